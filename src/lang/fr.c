/* fr.c: French.  Words and phrases with their roles in the grammar,
 * function words for language detection, sentence ends, labels (lang.h).
 * Elided articles and prepositions (l', d') are two tokens to the lexer:
 * "l'Article" is "l" "'" "Article". */
#include "lang.h"

#define W(text, role) {text, CG_R_##role, 0, 0}
#define V(text, role, value) {text, CG_R_##role, 0, value}
#define U(text, role, value) {text, CG_R_##role, CG_PF_UPPER, value}

static const cg_kwdef words[] = {
    /* resolutions and decisions */
    W("résolution", RES_NOUN), W("résolutions", RES_NOUN),
    /* "la rés. 2202 (2015)" */
    W("rés", RES_NOUN),
    /* the number's sign: "la résolution n° 2202 (2015)", "nos 242 et 338" */
    W("n°", NUM_PREFIX), W("nº", NUM_PREFIX), W("no", NUM_PREFIX), W("nos", NUM_PREFIX),
    W("n°s", NUM_PREFIX), W("numéro", NUM_PREFIX), W("№", NUM_PREFIX),
    W("décision", DEC_NOUN), W("décisions", DEC_NOUN),
    V("Conseil de sécurité", BODY, 'S'), V("Assemblée générale", BODY, 'A'),
    V("Assemblée", BODY, 'A'), V("Conseil économique et social", BODY, 'E'),
    U("ECOSOC", BODY, 'E'), V("Conseil des droits de l'homme", BODY, 'H'),
    V("Commission des droits de l'homme", BODY, 'C'),
    /* the abbreviations of the United Nations' organs, letter for letter
     * (Conseil de sécurité des Nations Unies, Assemblée générale des
     * Nations Unies, Conseil des droits de l'homme: the Human Rights
     * Committee numbers no resolution) */
    U("CSNU", BODY, 'S'), U("AGNU", BODY, 'A'), U("CDH", BODY, 'H'),
    /* bodies outside the United Nations: their resolutions are not the UN's */
    U("OCI", BODY, 'X'), U("OTSC", BODY, 'X'), U("CEI", BODY, 'X'), U("UE", BODY, 'X'),
    U("UA", BODY, 'X'), U("OSCE", BODY, 'X'), U("OTAN", BODY, 'X'), U("OEA", BODY, 'X'),
    V("Ligue des États arabes", BODY, 'X'), V("Organisation de la coopération islamique", BODY, 'X'),
    V("Organisation de la Conférence islamique", BODY, 'X'),
    V("Organisation du Traité de sécurité collective", BODY, 'X'),
    V("Assemblée parlementaire", BODY, 'X'), V("Conseil de l'Europe", BODY, 'X'),
    V("Parlement européen", BODY, 'X'), V("Union européenne", BODY, 'X'),
    V("Union africaine", BODY, 'X'), V("Organisation des États américains", BODY, 'X'),
    V("Communauté d'États indépendants", BODY, 'X'),
    /* national parliaments: their resolutions are not the UN's */
    V("Assemblée nationale", BODY, 'X'), V("Parlement", BODY, 'X'), V("Sénat", BODY, 'X'),
    V("Milli Majlis", BODY, 'X'), V("Assemblée fédérale", BODY, 'X'), V("Douma", BODY, 'X'),
    V("Rada", BODY, 'X'),
    /* the organs that adopt the resolutions of other organizations and of
     * treaties ("la résolution 12 du Conseil ministériel de l'OSCE") */
    V("Conseil des ministres des affaires étrangères", BODY, 'X'),
    V("Conférence des Parties", BODY, 'X'), V("Réunion des Parties", BODY, 'X'),
    V("Sommet islamique", BODY, 'X'), V("Conseil des chefs d'État", BODY, 'X'),
    V("Conseil de sécurité collective", BODY, 'X'), V("Conseil de paix et de sécurité", BODY, 'X'),
    V("Conseil ministériel", BODY, 'X'), V("Conseil permanent", BODY, 'X'),
    /* lists */
    W(",", LIST_SEP), W("et", AND), W("ou", OR), W("ainsi que", AS_WELL_AS),
    W("de", OF), W("du", OF), W("des", OF), W("d", OF), W("le", ARTICLE_DEF),
    W("la", ARTICLE_DEF), W("les", ARTICLE_DEF), W("l", ARTICLE_DEF),
    /* the article in a contraction: "au TNP", "du TNP", "aux Conventions" */
    W("au", ARTICLE_DEF), W("aux", ARTICLE_DEF), W("du", ARTICLE_DEF), W("des", ARTICLE_DEF), W("sa", ITS),
    W("son", ITS), W("ses", ITS), W("leur", THEIR), W("leurs", THEIR), W("ma", MY),
    W("mon", MY), W("mes", MY), W("notre", MY), W("nos", MY), W("Recueil", VOLUME_BEFORE),
    W("Reports", VOLUME_BEFORE),
    /* dates: 1er octobre 2020 */
    V("janvier", MONTH, 1), V("février", MONTH, 2), V("mars", MONTH, 3), V("avril", MONTH, 4),
    V("mai", MONTH, 5), V("juin", MONTH, 6), V("juillet", MONTH, 7), V("août", MONTH, 8),
    V("septembre", MONTH, 9), V("octobre", MONTH, 10), V("novembre", MONTH, 11),
    V("décembre", MONTH, 12), W("er", DAY_MARK),
    /* articles: l'Article 51, le paragraphe 4 de l'Article 2, l'Article 2 (4) */
    W("Article", ART_NOUN), W("Articles", ART_NOUN), W("art", ART_NOUN),
    W("paragraphe", PARA_NOUN), W("paragraphes", PARA_NOUN), W("alinéa", PARA_NOUN),
    /* a subparagraph (value 1): "l'article 8, paragraphe 2, sous-alinéa i)" */
    V("sous-alinéa", PARA_NOUN, 1),
    /* what may stand between a title and its article */
    W("Nations", LOCATOR), W("Unies", LOCATOR), W("Recueil", LOCATOR), W("des", LOCATOR),
    W("Traités", LOCATOR), W("vol", LOCATOR), W("n", LOCATOR), W("no", LOCATOR),
    W("p", LOCATOR), W("C", LOCATOR), W("I", LOCATOR), W("J", LOCATOR), W("arrêt", LOCATOR),
    W("de", LOCATOR), W("du", LOCATOR), W("à", LOCATOR), W("et", LOCATOR), W("en", LOCATOR),
    W("notamment", LOCATOR), W("particulier", LOCATOR), W("y", LOCATOR), W("compris", LOCATOR),
    W("commun", LOCATOR), W("par", LOCATOR), W("et la", COORD), W("et le", COORD),
    W("et les", COORD), W("et l'", COORD),
    /* titles */
    W("intitulé", ENTITLED), W("intitulée", ENTITLED), W("intitulés", ENTITLED),
    W("intitulées", ENTITLED), W("de", SHORT_OF), W("pour", SHORT_OF),
    W("des Nations Unies", UNITED_NATIONS), W("de l'Organisation des Nations Unies", UNITED_NATIONS),
    W("de l'ONU", UNITED_NATIONS), W("l'ONU", UNITED_NATIONS), /* "la Charte de l'ONU" */
    W("Application de", APPLICATION_OF),
    /* letters: ma lettre datée du 29 décembre 2020; la lettre datée du 1er
     * octobre 2020, adressée au Secrétaire général par le Représentant
     * permanent de l'Azerbaïdjan */
    W("lettre", LETTER_NOUN), W("lettres", LETTER_NOUN), W("note", NOTE_NOUN),
    W("notes", NOTE_NOUN), W("verbale", VERBALE), W("verbales", VERBALE),
    W("datée du", DATED), W("datées du", DATED), W("daté du", DATED), W("datés du", DATED),
    W("en date du", DATED), W("du", DATED),
    /* several dates: "mes lettres datées des 1er et 5 mars 2022" */
    W("datées des", DATED), W("datés des", DATED), W("en date des", DATED),
    W("par", FROM), W("émanant", FROM), W("de", FROM), W("du", FROM), W("des", FROM),
    W("dans", FROM_STOP), W("qui", FROM_STOP), W("concernant", FROM_STOP),
    W("relative", FROM_STOP), W("relatives", FROM_STOP), W("sur", FROM_STOP),
    W("adressée", ADDRESSED), W("adressées", ADDRESSED), W("adressé", ADDRESSED),
    W("adressés", ADDRESSED), W("au", TO), W("à", TO), W("aux", TO),
    V("Secrétaire général", ADDRESSEE, CG_ADDR_SG),
    V("Président du Conseil de sécurité", ADDRESSEE, CG_ADDR_PSC),
    V("Présidente du Conseil de sécurité", ADDRESSEE, CG_ADDR_PSC),
    V("Président de l'Assemblée générale", ADDRESSEE, CG_ADDR_PGA),
    V("Présidente de l'Assemblée générale", ADDRESSEE, CG_ADDR_PGA),
    V("Président du Conseil des droits de l'homme", ADDRESSEE, CG_ADDR_PHRC),
    V("Présidente du Conseil des droits de l'homme", ADDRESSEE, CG_ADDR_PHRC),
    V("Président du Conseil économique et social", ADDRESSEE, CG_ADDR_PECOSOC),
    V("Présidente du Conseil économique et social", ADDRESSEE, CG_ADDR_PECOSOC),
    W("général", ADDRESSEE_END), W("générale", ADDRESSEE_END), W("sécurité", ADDRESSEE_END),
    W("homme", ADDRESSEE_END), W("social", ADDRESSEE_END),
    /* statements by the President of the Security Council: la déclaration du
     * Président du Conseil de sécurité du 22 mars 2015; la déclaration de son
     * Président */
    W("déclaration", STATEMENT_NOUN), W("déclarations", STATEMENT_NOUN), W("par", BY),
    V("déclaration présidentielle", STATEMENT_NOUN, 1), V("déclarations présidentielles", STATEMENT_NOUN, 1),
    W("Président", PRESIDENT), W("Présidente", PRESIDENT), W("Présidence", PRESIDENT),
    /* the header: Soixante-quinzième session, Soixante-seizième année,
     * Points 34, 70 et 135 de l'ordre du jour */
    W("identiques", IDENTICAL), W("annexe", ANNEX), W("session", SESSION),
    W("année", YEAR_WORD), W("ordre du jour", AGENDA), W("point", ITEM), W("points", ITEM),
    W("provisoire", PROVISIONAL), W("signé", SIGNED), W("signée", SIGNED),
    W("Nations Unies", MASTHEAD),
    V("premier", ORDINAL, 1), V("première", ORDINAL, 1), V("unième", ORDINAL, 1),
    V("deuxième", ORDINAL, 2), V("troisième", ORDINAL, 3), V("quatrième", ORDINAL, 4),
    V("cinquième", ORDINAL, 5), V("sixième", ORDINAL, 6), V("septième", ORDINAL, 7),
    V("huitième", ORDINAL, 8), V("neuvième", ORDINAL, 9), V("dixième", ORDINAL, 10),
    V("onzième", ORDINAL, 11), V("douzième", ORDINAL, 12), V("treizième", ORDINAL, 13),
    V("quatorzième", ORDINAL, 14), V("quinzième", ORDINAL, 15), V("seizième", ORDINAL, 16),
    V("vingtième", ORDINAL, 20), V("trentième", ORDINAL, 30), V("quarantième", ORDINAL, 40),
    V("cinquantième", ORDINAL, 50), V("soixantième", ORDINAL, 60),
    V("dix", ORDINAL_TENS, 10), V("vingt", ORDINAL_TENS, 20), V("trente", ORDINAL_TENS, 30),
    V("quarante", ORDINAL_TENS, 40), V("cinquante", ORDINAL_TENS, 50),
    V("soixante", ORDINAL_TENS, 60),
    {0, 0, 0, 0}};

/* words of French running text that English and Spanish do not use */
static const char *const function_words[] = {
    "le", "du", "des", "et", "est", "une", "dans", "pour", "qui", "sur", "au", "aux", "ce",
    "cette", "nous", "ne", "pas", "à", "été", "avec", "sont", "leur", "ont", "il", "elle", 0};

static const char *const abbreviations[] = {"par", "art", "vol", "Corr", "Add", "Rev", "Suppl",
                                            "no", "nos", "rés", "M", "Mme", 0};

/* after a title ("le Statut de la Cour", "la Déclaration universelle",
 * "le Protocole II"), the words that make it another instrument's name */
static const char *const other_names[] = {
    "constitutionnelle", "pénale", "suprême", "européenne", "interaméricaine", "africaine",
    "arabe", "sociale", "islamique", "modifié", "modifiée", "sur", "relatif", "relative", 0};

/* "article 3 common to the Geneva Conventions": the article they share */
static const char *const common_to[] = {"commun aux quatre", "commun à toutes les", "commun aux", "communs aux quatre", "communs aux", "commun à", 0};
/* "la déclaration faite par le Président du Conseil de sécurité le 3 mai 2016" */
static const char *const made[] = {"faite", "faites", "prononcée", "prononcées", 0};
static const char *const on_date[] = {"le", 0};

/* "ma lettre du 3 mai 2021 publiée sous la cote S/2021/420" */
static const char *const symbol_intro[] = {
    "publiée sous la cote", "publiées sous la cote", "publié sous la cote",
    "distribuée sous la cote", "distribuées sous la cote", "distribué sous la cote",
    "parue sous la cote", "qui a été publiée sous la cote", "qui a été distribuée sous la cote",
    "figurant dans le document", "reproduite dans le document", 0};

/* "le Chargé d'affaires a.i. de la Mission permanente de ...": its full stops */
static const char *const sender_words[] = {"a.i.", 0};

/* "l'article 2 de la Convention": the instrument named last */
static const char *const generic_titles[] = {"Convention", "Traité", "Pacte", "Statut", "Protocole",
                                             "Accord", "Déclaration", 0};
static const char *const name_links[] = {"sur", "contre", "pour", "relative", "relatif",
                                         "concernant", "entre", "de", "du", "des", "d", 0};

/* "le Conseil des droits de l'homme, créé par la résolution 60/251": the
 * body named before did not adopt the resolution; a participle of
 * establishing and what follows it before "la résolution" */
#define EST(x)                                                                                     \
    x " par", x " en application de", x " en vertu de", x " aux termes de", x " conformément à", \
        x " en application des", x " en vertu des", x " aux termes des", x " conformément aux"
static const char *const established[] = {
    EST("créé"), EST("créée"), EST("créés"), EST("créées"), EST("établi"), EST("établie"),
    EST("établis"), EST("établies"), EST("institué"), EST("instituée"), EST("mis en place"),
    EST("mise en place"), 0};
#undef EST
/* « la Cour européenne des droits de l'homme, dans l'affaire Géorgie c. Russie » */
static const char *const other_courts[] = {"Cour européenne des droits de l'homme", "Cour pénale internationale",
                                           "Cour permanente d'arbitrage", "Cour de justice de l'Union européenne",
                                           "Tribunal international du droit de la mer",
                                           "Cour interaméricaine des droits de l'homme", "tribunal arbitral",
                                           "Comité pour l'élimination de la discrimination raciale", "CEDH", 0};
static const char *const icj_names[] = {"Cour internationale de Justice", "CIJ", 0};

/* "le Protocole additionnel aux Conventions de Genève": les Conventions
 * nomment le protocole, elles ne sont pas citées */
static const char *const instrument_to[] = {
    "Protocole additionnel", "Protocoles additionnels", "Protocole additionnel I",
    "Protocole additionnel II", "Protocole additionnel III", "Protocole facultatif se rapportant à",
    "Protocoles facultatifs se rapportant à", 0};

/* lettres citées par leur date (lang.h) : « mes deux lettres précédentes,
 * datées des 9 et 11 mars 2022 », « mes lettres précédentes sur la
 * question, la dernière en date du 12 mars 2022 » (les adjectifs après le
 * nom, dans letter_to) */
static const char *const letter_to[] = {"précédente", "précédentes", "antérieure", "antérieures",
                                        "adressée à Votre Excellence", "adressées à Votre Excellence", 0};
static const char *const letter_before[] = {"deux", "trois", "quatre", "cinq", "précédente", "précédentes",
                                            "dernière", "dernières", "deux précédentes", "deux dernières", 0};
static const char *const letter_subject[] = {"sur la question", "sur cette question", "sur le sujet",
                                             "sur ce sujet", "à ce sujet", "sur ce point", 0};
static const char *const letter_latest[] = {
    "la dernière en date du", "la plus récente en date du", "la dernière datée du",
    "la plus récente datée du", "la dernière étant datée du", "la plus récente étant datée du",
    "dont la dernière est datée du", "dont la plus récente est datée du", "la dernière du", 0};

/* "l'article 7 de ladite Convention", "de cette Convention", "de la
 * même Convention": the one named before */
static const char *const anaphors[] = {"ladite", "ledit", "cette", "ce", "cet", "présente", "présent",
                                       "même", "susmentionnée", "susmentionné", "précitée",
                                       "précité", 0};

/* after "la Convention", the phrases starting with a word of name_links
 * that name nothing */
static const char *const link_idioms[] = {"pour sa part", "pour leur part", "de plus", "de même",
                                          "de surcroît", "de fait", "entre autres", "pour autant",
                                          "de toute évidence", 0};

/* "la lettre que je vous ai adressée le 3 mars 2022": the writer's own */
static const char *const my_letter[] = {"que je vous ai adressée le", "que je vous ai adressée en date du",
                                        "que je vous ai adressées le", "que je vous ai envoyée le",
                                        "que je vous ai fait parvenir le", "que je vous ai transmise le",
                                        0};

/* "the letter dated … that the Permanent Representative of … addressed to you" */
static const char *const sender_rel[] = {"que", "qu", 0};

/* "(réf. : PM/UN/2022/123)", "N/Réf. MFA/2022/15", "note verbale no …":
 * a State's own reference number */
static const char *const own_refs[] = {"réf", "réf. no", "référence", "notre référence", "note verbale no", "note verbale n°",
                                       "note no", "note n°", 0};

/* the OPCW and its Technical Secretariat (lang.h) */
static const char *const opcw[] = {"OIAC", "Organisation pour l'interdiction des armes chimiques", "Secrétariat technique", 0};
/* "la lettre datée du 3 mars 2022 que vous a adressée le Représentant
 * permanent de …": the sender after the clause's verb */
static const char *const sender_verb[] = {"que vous a adressée", "que vous a adressées", "que vous ont adressée",
                                          "que vous ont adressées", "que vous a envoyée", "que vous ont envoyée",
                                          "que vous a transmise", "que vous ont transmise",
                                          "que vous a fait parvenir", "que vous ont fait parvenir", 0};

/* "the letters dated 1 and 5 March 2022 from … of Azerbaijan and Türkiye,
 * respectively": each date its sender, in order */
static const char *const respectively[] = {"respectivement", 0};

/* "the letter dated 18 April 2022 that I addressed to you": the writer's
 * own, said after the date */
static const char *const my_letter_after[] = {"que je vous ai adressée", "que je vous ai adressées", "que je vous ai envoyée", "que je vous ai envoyées",
                                                 "que je vous ai fait parvenir", 0};

const cg_lang cg_lang_fr = {
    .code = "fr",
    .name = "French",
    .script = CG_SCRIPT_LATIN,
    .function_words = function_words,
    .order = CG_ORDER_HEAD_FIRST,
    .words = words,
    .abbreviations = abbreviations,
    .other_names = other_names,
    .short_words_abbreviate = 0,
    .article_suffixes = cg_article_suffixes, /* 8 bis, 8bis, 15 ter */
    .common_to = common_to,
    .generic_titles = generic_titles,
    .name_links = name_links,
    .established = established,
    .my_letter = my_letter,
    .my_letter_after = my_letter_after,
    .respectively = respectively,
    .sender_rel = sender_rel,
    .sender_verb = sender_verb,
    .anaphors = anaphors,
    .link_idioms = link_idioms,
    .made = made,
    .council = "Conseil",
    .on_date = on_date,
    .symbol_intro = symbol_intro,
    .sender_words = sender_words,
    .other_courts = other_courts,
    .icj_names = icj_names,
    .instrument_to = instrument_to,
    .letter_to = letter_to,
    .letter_before = letter_before,
    .letter_subject = letter_subject,
    .letter_latest = letter_latest,
    .own_refs = own_refs,
    .opcw = opcw,
    .labels = {
        .body = {"du Conseil de sécurité", "de l'Assemblée générale",
                 "du Conseil économique et social", "du Conseil des droits de l'homme"},
        .resolution = "Résolution %2$s %1$s",
        .resolution_paren = "Résolution %3$.*2$s %4$s %1$s",
        .article = "%s, Article %ld",
        .article_para = "%s, Article %ld, paragraphe %ld",
        .article_sfx = "%1$s, Article %2$ld %4$s",
        .article_para_sfx = "%1$s, Article %2$ld %4$s, paragraphe %3$ld",
        .letter = {"Lettre datée du %s (%s)", "Lettres identiques datées du %s (%s)",
                   "Note verbale datée du %s (%s)"},
        .letter_key = {NULL, "Lettres identiques", "Note verbale"},
        .state_article = NULL,
        .date = "%1$d %2$s %3$d",
        .date_first = "%1$der %2$s %3$d", /* 1er octobre 2020 */
        .months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                   "septembre", "octobre", "novembre", "décembre"},
        .list_sep = ", ",
        .list_and = " et ",
    },
};
