/* en.c: English.  Words and phrases with their roles in the grammar,
 * sentence ends, labels (lang.h). */
#include "lang.h"

#define W(text, role) {text, CG_R_##role, 0, 0}
#define V(text, role, value) {text, CG_R_##role, 0, value}
#define U(text, role, value) {text, CG_R_##role, CG_PF_UPPER, value}

static const cg_kwdef words[] = {
    /* resolutions and decisions */
    W("resolution", RES_NOUN), W("resolutions", RES_NOUN),
    /* "SC res. 2202 (2015)" */
    W("res", RES_NOUN),
    /* the number's sign: "resolution No. 2202 (2015)", "resolutions Nos. 242 and 338" */
    W("No", NUM_PREFIX), W("Nos", NUM_PREFIX), W("№", NUM_PREFIX),
    W("decision", DEC_NOUN), W("decisions", DEC_NOUN),
    V("Security Council", BODY, 'S'), V("General Assembly", BODY, 'A'), V("Assembly", BODY, 'A'),
    U("GA", BODY, 'A'), U("UNGA", BODY, 'A'), U("UNSC", BODY, 'S'), U("SC", BODY, 'S'),
    /* UNSCR 1244 (1999): the noun with its body in one word */
    U("UNSCR", RES_NOUN, 0), W("UNSCRs", RES_NOUN), U("UNSCR", BODY, 'S'), V("UNSCRs", BODY, 'S'),
    V("Economic and Social Council", BODY, 'E'), U("ECOSOC", BODY, 'E'),
    V("Human Rights Council", BODY, 'H'), V("Commission on Human Rights", BODY, 'C'),
    U("HRC", BODY, 'H'), U("UNHRC", BODY, 'H'), /* "HRC resolution 31/36" */
    /* bodies outside the United Nations: their resolutions are not the UN's */
    U("OIC", BODY, 'X'), U("CSTO", BODY, 'X'), U("CIS", BODY, 'X'), U("EU", BODY, 'X'),
    U("AU", BODY, 'X'), U("OSCE", BODY, 'X'), U("NATO", BODY, 'X'),
    V("Arab League", BODY, 'X'), V("League of Arab States", BODY, 'X'),
    V("Organization of the Islamic Conference", BODY, 'X'),
    V("Organisation of Islamic Cooperation", BODY, 'X'),
    V("Organization of Islamic Cooperation", BODY, 'X'),
    V("Collective Security Treaty Organization", BODY, 'X'),
    V("Parliamentary Assembly", BODY, 'X'), V("Council of Europe", BODY, 'X'),
    V("European Parliament", BODY, 'X'), V("European Union", BODY, 'X'),
    V("African Union", BODY, 'X'), V("Organization of American States", BODY, 'X'),
    V("Commonwealth of Independent States", BODY, 'X'),
    /* the organs that adopt the resolutions and decisions of other
     * organizations and of treaties */
    V("Council of Foreign Ministers", BODY, 'X'), V("Conference of the Parties", BODY, 'X'),
    V("Meeting of the Parties", BODY, 'X'), V("Islamic Summit", BODY, 'X'),
    V("Council of Heads of State", BODY, 'X'), V("Collective Security Council", BODY, 'X'),
    V("Peace and Security Council", BODY, 'X'), V("Ministerial Council", BODY, 'X'),
    V("Inter-American", BODY, 'X'),
    /* the organs of the specialized agencies and other organizations that
     * number resolutions as the Assembly does: "World Health Assembly
     * resolution 75/12", "resolution 65/12 of the General Conference of the
     * IAEA", "the IAEA Board of Governors resolution" */
    V("World Health Assembly", BODY, 'X'), V("General Conference", BODY, 'X'),
    V("Board of Governors", BODY, 'X'), V("Executive Board", BODY, 'X'),
    V("Non-Aligned Movement", BODY, 'X'), V("Movement of Non-Aligned Countries", BODY, 'X'),
    V("Shanghai Cooperation Organization", BODY, 'X'), V("Inter-Parliamentary Union", BODY, 'X'),
    /* a State's organs: their resolutions and decisions are not the UN's;
     * named right before the noun only ("Cabinet of Ministers resolution
     * No. 2021/12", "Government decision No. 2022/15"): "My Government
     * recalls resolution 68/262" is the Assembly's */
    V("Government", BODY, 'x'), V("Cabinet", BODY, 'x'), V("Cabinet of Ministers", BODY, 'x'),
    V("Verkhovna Rada", BODY, 'x'), V("Milli Majlis", BODY, 'x'), V("National Assembly", BODY, 'x'),
    V("Parliament", BODY, 'x'), V("State Duma", BODY, 'x'),
    W("adopted by", OF), /* "resolution 8/123 adopted by the Council of Foreign Ministers" */
    /* lists */
    W(",", LIST_SEP), W("and", AND), W("or", OR), W("as well as", AS_WELL_AS),
    W("of", OF), W("the", ARTICLE_DEF), W("its", ITS), W("their", THEIR), W("my", MY),
    W("our", MY), W("Reports", VOLUME_BEFORE), W("Recueil", VOLUME_BEFORE),
    W("in particular", ALSO_INCLUDING), W("notably", ALSO_INCLUDING),
    W("including", ALSO_INCLUDING), W("especially", ALSO_INCLUDING),
    /* dates */
    V("January", MONTH, 1), V("February", MONTH, 2), V("March", MONTH, 3), V("April", MONTH, 4),
    V("May", MONTH, 5), V("June", MONTH, 6), V("July", MONTH, 7), V("August", MONTH, 8),
    V("September", MONTH, 9), V("October", MONTH, 10), V("November", MONTH, 11),
    V("December", MONTH, 12),
    /* articles */
    W("Article", ART_NOUN), W("Articles", ART_NOUN), W("art", ART_NOUN), W("arts", ART_NOUN),
    W("paragraph", PARA_NOUN), W("paragraphs", PARA_NOUN), W("para", PARA_NOUN),
    W("paras", PARA_NOUN),
    /* a subparagraph (value 1): never a paragraph's number; "Article 2,
     * paragraph 4, subparagraph (a)" is paragraph 4 */
    V("subparagraph", PARA_NOUN, 1), V("subparagraphs", PARA_NOUN, 1),
    V("sub-paragraph", PARA_NOUN, 1),
    /* what may stand between a title and its article: reporters, volumes,
     * pages, dates */
    W("UNTS", LOCATOR), W("vol", LOCATOR), W("No", LOCATOR), W("p", LOCATOR), W("pp", LOCATOR),
    W("United", LOCATOR), W("Nations", LOCATOR), W("Treaty", LOCATOR), W("Series", LOCATOR),
    W("I", LOCATOR), W("C", LOCATOR), W("J", LOCATOR), W("Reports", LOCATOR),
    W("Judgment", LOCATOR), W("of", LOCATOR), W("at", LOCATOR), W("para", LOCATOR),
    W("and", LOCATOR), W("in", LOCATOR), W("particular", LOCATOR), W("especially", LOCATOR),
    W("notably", LOCATOR), W("including", LOCATOR), W("common", LOCATOR),
    W("and the", COORD),
    /* titles */
    W("entitled", ENTITLED), W("titled", ENTITLED), W("of", SHORT_OF), W("for", SHORT_OF),
    W("the United Nations", UNITED_NATIONS), W("the UN", UNITED_NATIONS), W("Application of", APPLICATION_OF),
    /* letters */
    W("letter", LETTER_NOUN), W("letters", LETTER_NOUN), W("note", NOTE_NOUN),
    W("notes", NOTE_NOUN), W("verbale", VERBALE), W("verbales", VERBALE), W("dated", DATED),
    /* "addressed to the Secretary-General by the Permanent Representative of
     * Jordan": the sender after the addressee, as "par" and "por" */
    W("from", FROM), W("by", FROM), W("in", FROM_STOP), W("which", FROM_STOP), W("concerning", FROM_STOP),
    W("addressed", ADDRESSED), W("to", TO),
    /* "resolutions 1267 (1999) through 2368 (2017)": a range's "to" */
    W("through", TO),
    V("Secretary-General", ADDRESSEE, CG_ADDR_SG),
    V("President of the Security Council", ADDRESSEE, CG_ADDR_PSC),
    V("President of the General Assembly", ADDRESSEE, CG_ADDR_PGA),
    V("President of the Human Rights Council", ADDRESSEE, CG_ADDR_PHRC),
    V("President of the Economic and Social Council", ADDRESSEE, CG_ADDR_PECOSOC),
    W("statement", STATEMENT_NOUN), W("statements", STATEMENT_NOUN), W("by", BY),
    V("presidential statement", STATEMENT_NOUN, 1), V("presidential statements", STATEMENT_NOUN, 1),
    /* a press statement is the Council members' (SC/…), never an S/PRST */
    V("press statement", STATEMENT_NOUN, 2), V("press statements", STATEMENT_NOUN, 2),
    /* "the Court's Advisory Opinion of 9 July 2004": a decision of the
     * International Court of Justice by its date (cg_lang.court) */
    V("advisory opinion", STATEMENT_NOUN, 3), V("judgment", STATEMENT_NOUN, 3),
    V("judgement", STATEMENT_NOUN, 3),
    W("President", PRESIDENT),
    {"Council", CG_R_BODY, CG_PF_CAPITAL, 'S'}, /* "Council resolution 2216"; not before "of" */
    W("Council", ADDRESSEE_END), W("Assembly", ADDRESSEE_END), W("Secretary-General", ADDRESSEE_END),
    W("you", ADDRESSEE_END), /* "addressed to you (S/2022/290)" */
    /* the header */
    W("identical", IDENTICAL), W("annex", ANNEX), W("session", SESSION), W("year", YEAR_WORD),
    W("agenda", AGENDA), W("item", ITEM), W("items", ITEM), W("provisional", PROVISIONAL),
    /* "Item 98 of the preliminary list*": a General Assembly document
     * issued before the session's agenda is adopted (A/76/877) */
    W("preliminary list", AGENDA),
    W("signed", SIGNED), W("United Nations", MASTHEAD),
    V("first", ORDINAL, 1), V("second", ORDINAL, 2), V("third", ORDINAL, 3),
    V("fourth", ORDINAL, 4), V("fifth", ORDINAL, 5), V("sixth", ORDINAL, 6),
    V("seventh", ORDINAL, 7), V("eighth", ORDINAL, 8), V("ninth", ORDINAL, 9),
    V("tenth", ORDINAL, 10), V("eleventh", ORDINAL, 11), V("twelfth", ORDINAL, 12),
    V("thirteenth", ORDINAL, 13), V("fourteenth", ORDINAL, 14), V("fifteenth", ORDINAL, 15),
    V("sixteenth", ORDINAL, 16), V("seventeenth", ORDINAL, 17), V("eighteenth", ORDINAL, 18),
    V("nineteenth", ORDINAL, 19), V("twentieth", ORDINAL, 20), V("thirtieth", ORDINAL, 30),
    V("fortieth", ORDINAL, 40), V("fiftieth", ORDINAL, 50), V("sixtieth", ORDINAL, 60),
    V("seventieth", ORDINAL, 70), V("eightieth", ORDINAL, 80), V("ninetieth", ORDINAL, 90),
    V("twenty", ORDINAL_TENS, 20), V("thirty", ORDINAL_TENS, 30), V("forty", ORDINAL_TENS, 40),
    V("fifty", ORDINAL_TENS, 50), V("sixty", ORDINAL_TENS, 60), V("seventy", ORDINAL_TENS, 70),
    V("eighty", ORDINAL_TENS, 80), V("ninety", ORDINAL_TENS, 90),
    {0, 0, 0, 0}};

/* words of English running text that French and Spanish do not use */
static const char *const function_words[] = {
    "the", "of", "and", "to", "in", "that", "which", "is", "are", "was", "were", "with",
    "by", "has", "have", "been", "this", "from", "its", "on", "for", "be", "it", "will", 0};

static const char *const abbreviations[] = {"para", "paras", "art", "arts", "vol", "Corr",
                                            "Add", "Rev", "Suppl", "res", "Nos", 0};

/* "article 3 common to the Geneva Conventions": the article they share */
static const char *const common_to[] = {"common to the four", "common to all four", "common to all the", "common to the", "common to all", "common to", 0};

/* "the statement made by the President of the Security Council on 3 May 2016" */
static const char *const made[] = {"made", "issued", "delivered", 0};
static const char *const on_date[] = {"on", 0};

/* "my letter of 3 May 2021 contained in document S/2021/420" */
static const char *const symbol_intro[] = {
    "contained in document", "issued as document", "circulated as document",
    "published as document", "which was circulated as document", "which was issued as document",
    "which is contained in document", "circulated under the symbol", "issued under the symbol", 0};

/* "the Chargé d'affaires a.i. of the Permanent Mission of ...": its full stops */
static const char *const sender_words[] = {"a.i.", 0};

/* "article 2 of the Convention": the instrument named last */
static const char *const generic_titles[] = {"Convention", "Treaty", "Covenant", "Statute",
                                             "Protocol", "Agreement", "Declaration", 0};
static const char *const name_links[] = {"on", "against", "for", "relating", "concerning",
                                         "between", "of", "to", 0};

/* "the Human Rights Council, established by resolution 60/251": the body
 * named before did not adopt the resolution */
static const char *const established[] = {
    "established by", "established pursuant to", "established under", "established in accordance with",
    "established in", "established through", "created by", "created pursuant to", "created under",
    "created in accordance with", "created in", "set up by", "set up pursuant to", "set up under",
    "set up in accordance with", "set up in", "instituted by", "instituted pursuant to",
    "constituted by", "constituted pursuant to", "mandated by", "mandated pursuant to", "mandated under",
    "re-established by", "re-established pursuant to", "which was established by",
    "which was established pursuant to", "which was established under", "which was created by",
    "which was set up by", "that was established by", "as established by", "as established in",
    "as created by", 0};
/* "the European Court of Human Rights, in Georgia v. Russia (II)": another court's case */
static const char *const other_courts[] = {"European Court of Human Rights", "European Commission of Human Rights",
                                           "International Criminal Court", "Permanent Court of Arbitration",
                                           "Court of Justice of the European Union", "European Court of Justice",
                                           "International Tribunal for the Law of the Sea",
                                           "Inter-American Court of Human Rights",
                                           "African Court on Human and Peoples' Rights", "arbitral tribunal",
                                           "Committee on the Elimination of Racial Discrimination", "ECHR", "ECtHR", 0};
static const char *const icj_names[] = {"International Court of Justice", "ICJ", 0};
/* a case's short name then one of these, or one of these then "on" and the
 * name, written as a name (scan_titles.c case_written_as_name) */
static const char *const case_words[] = {"case", "cases", "advisory opinion", "judgment",
                                         "judgement", 0};

/* "the Protocol Additional to the Geneva Conventions of 12 August 1949":
 * the Conventions name the protocol, they are not cited */
static const char *const instrument_to[] = {
    "Protocol Additional to", "Protocols Additional to", "Additional Protocol to",
    "Additional Protocols to", "Additional Protocol I to", "Additional Protocol II to",
    "Additional Protocol III to", "Optional Protocol to", "Optional Protocols to", 0};

/* letters by their date (lang.h): "my letter to you of 3 March 2022",
 * "my two previous letters, dated …", "my previous letters on the
 * subject, the latest dated …" */
static const char *const letter_to[] = {"to you", "addressed to you", "sent to you", "to Your Excellency",
                                        "addressed to Your Excellency", 0};
static const char *const letter_before[] = {
    "previous", "earlier", "prior", "last", "latest", "recent", "most recent", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "two previous", "three previous", "several previous",
    "two earlier", "two most recent", "two latest", "two last", "joint", "most recent joint", 0};
static const char *const letter_subject[] = {
    "on the subject", "on this subject", "on the matter", "on this matter", "on the issue",
    "on this issue", "on the question", "on this question", "in this regard", "in this connection",
    "on this topic", "on the topic", 0};
static const char *const letter_latest[] = {
    "the latest dated", "the latest of which is dated", "the latest of which was dated",
    "the latest being dated", "the latest being that of", "the latest one dated", "the most recent dated",
    "the most recent of which is dated", "the most recent of which was dated", "the most recent being dated",
    "the most recent being that of", "the most recent one dated", "the last dated",
    "the last of which is dated", "the last of which was dated", "the last one dated",
    "most recently that of", "most recently that dated", "most recently the one dated", 0};

/* "The Government adopted decision No. 2022/15": a generic organ's own */
static const char *const adopt_verbs[] = {"adopted", "approved", "issued", "passed", "enacted", "took",
                                          "has adopted", "has approved", "has issued", "has passed",
                                          "has taken", "had adopted", "had approved", "have adopted",
                                          "have approved", 0};

/* the International Court of Justice, before or after its decision's noun */
static const char *const court[] = {
    "the Court's", "the Court’s", "the ICJ's", "the ICJ’s", "the International Court of Justice's",
    "the International Court of Justice’s", "of the International Court of Justice", "of the Court",
    "of the ICJ", "by the International Court of Justice", "by the Court", "by the ICJ",
    "the International Court of Justice", "the Court", "the ICJ", 0};

/* "article 7 of the said Convention", "of this Treaty": the one named before */
static const char *const anaphors[] = {"said", "this", "that", "present", "same", "aforementioned",
                                       "aforesaid", "above-mentioned", 0};

/* after "the Convention", the phrases starting with a word of name_links
 * that name nothing */
static const char *const link_idioms[] = {"on the contrary", "on the other hand", "on the one hand",
                                          "for its part", "for their part", "for example",
                                          "for instance", "of course", "to that end",
                                          "to this end", 0};

/* "the letter I addressed to you on 3 March 2022": the writer's own */
static const char *const my_letter[] = {"I addressed to you on", "that I addressed to you on",
                                        "which I addressed to you on", "I sent you on",
                                        "that I sent you on", "I sent to you on", "that I sent to you on",
                                        "to you of", "to you dated", 0};

/* "the letter dated … that the Permanent Representative of … addressed to you" */
static const char *const sender_rel[] = {"that", "which", 0};

/* "(ref: PM/UN/2022/123)", "Ref. No. NV/2022/45", "our reference
 * MFA/2022/15", "note verbale No. …": a State's own reference number */
static const char *const own_refs[] = {"ref", "reference", "ref. No", "ref No", "reference No", "reference number",
                                       "note verbale No", "note No", 0};

/* the OPCW and its Technical Secretariat (lang.h) */
static const char *const opcw[] = {"OPCW", "Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons", "Technical Secretariat", 0};
/* "the letters dated 1 and 5 March 2022 from … of Azerbaijan and Türkiye,
 * respectively": each date its sender, in order */
static const char *const respectively[] = {"respectively", 0};

/* "the letter dated 18 April 2022 that I addressed to you": the writer's
 * own, said after the date */
static const char *const my_letter_after[] = {"that I addressed to you", "which I addressed to you", "that I sent to you", "which I sent to you", 0};

const cg_lang cg_lang_en = {
    .code = "en",
    .month_first = 1,
    .name = "English",
    .script = CG_SCRIPT_LATIN,
    .function_words = function_words,
    .order = CG_ORDER_HEAD_FIRST,
    .words = words,
    .abbreviations = abbreviations,
    .short_words_abbreviate = 1,
    .article_suffixes = cg_article_suffixes, /* 8 bis, 8bis, 15 ter */
    .common_to = common_to,
    .generic_titles = generic_titles,
    .name_links = name_links,
    .established = established,
    .my_letter = my_letter,
    .my_letter_after = my_letter_after,
    .respectively = respectively,
    .sender_rel = sender_rel,
    .anaphors = anaphors,
    .link_idioms = link_idioms,
    .made = made,
    .council = "Council",
    .on_date = on_date,
    .symbol_intro = symbol_intro,
    .sender_words = sender_words,
    .other_courts = other_courts,
    .icj_names = icj_names,
    .case_words = case_words,
    .instrument_to = instrument_to,
    .letter_to = letter_to,
    .letter_before = letter_before,
    .letter_subject = letter_subject,
    .letter_latest = letter_latest,
    .court = court,
    .adopt_verbs = adopt_verbs,
    .own_refs = own_refs,
    .opcw = opcw,
    .labels = {
        .body = {"Security Council", "General Assembly", "Economic and Social Council",
                 "Human Rights Council"},
        .resolution = "%s resolution %s",
        .resolution_paren = "%s resolution %.*s %s",
        .article = "%s, Article %ld",
        .article_para = "%s, Article %ld (%ld)",
        .article_sfx = "%1$s, Article %2$ld %4$s",
        .article_para_sfx = "%1$s, Article %2$ld %4$s (%3$ld)",
        .letter = {"Letter dated %s from %s", "Identical letters dated %s from %s",
                   "Note verbale dated %s from %s"},
        .letter_key = {NULL, "Identical letters", "Note verbale"},
        .state_article = "the ",
        .date = "%1$d %2$s %3$d",
        .months = {"January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"},
        .list_sep = ", ",
        .list_and = " and ",
    },
};
