/* lang.h: what a language is to the scanner.
 *
 * A language is data: the words and phrases that play a part in the
 * citation grammar (each with a role and a value), its months and
 * ordinals, the names of the bodies that adopt resolutions, the shape of
 * its dates, its sentence ends, the labels it gives to what it cites and
 * the patterns of its letter headers.  The scan core (scan*.c) is written
 * against roles, never against strings; src/lang/<code>.c holds one
 * `cg_lang` and nothing else but the hooks that data cannot express.
 *
 * The phrases of every language, the registry titles and the names of the
 * States are compiled at build time into one vocabulary and one trie over
 * tokens (src/tools/gen_tables.c -> tables.c): nothing here is parsed at
 * run time.  Internal to the library. */
#ifndef CG_LANG_H
#define CG_LANG_H

#include <stddef.h>
#include <stdint.h>

/* The languages citegraph reads; the order is the order of `languages`
 * lists and of label fallbacks. */
typedef enum cg_lang_id {
    CG_LANG_ZH = 0,
    CG_LANG_EN,
    CG_LANG_FR,
    CG_LANG_ES,
    CG_LANG_RU,
    CG_LANG_AR,
    CG_LANG_COUNT
} cg_lang_id;

/* The scripts a language is written in: language detection counts the
 * letters of each script (normalize.c), then, among the languages of the
 * script that dominates, the hits of their function words (detect.c). */
typedef enum cg_script {
    CG_SCRIPT_LATIN = 0,
    CG_SCRIPT_HAN,
    CG_SCRIPT_CYRILLIC,
    CG_SCRIPT_ARABIC,
    CG_SCRIPT_COUNT
} cg_script;

#define CG_LANG_BIT(l) (1u << (l))
#define CG_LANG_ALL ((1u << CG_LANG_COUNT) - 1)

/* Roles of words and phrases in the grammar.  A phrase may have several
 * roles; a role may carry a value (a month's number, a body's letter, an
 * ordinal, a registry entry, a State). */
#define CG_ROLES(X)                                                                     \
    X(NONE)                                                                             \
    /* resolutions and decisions */                                                     \
    X(RES_NOUN)        /* resolution(s); 决议 after 号 */                                 \
    X(DEC_NOUN)        /* decision(s); 决定 */                                           \
    X(NUM_PREFIX)      /* 第: before a number */                                         \
    X(NUM_SUFFIX)      /* 号: after a number */                                          \
    X(BODY)            /* a body that adopts resolutions; value 'S','A','E','H','C','X' */ \
    X(LIST_SEP)        /* 、 , ， between the items of a list */                         \
    X(AND)             /* and, 和, 及, 与 */                                              \
    X(OR)              /* or, 或 */                                                      \
    X(AS_WELL_AS)      /* as well as, 以及 */                                            \
    X(OF)              /* of: "resolution 1503 (XLVIII) of the Economic and Social Council"; adopted by */ \
    X(ARTICLE_DEF)     /* the, a: articles before a short title */                      \
    X(ITS)             /* its, 其: the body or State named before */                    \
    X(THEIR)           /* their: the first of several */                               \
    X(MY)              /* my, our, 我, 我国, 本国 */                                      \
    X(VOLUME_BEFORE)   /* Reports, Recueil: a Roman number after it is a volume */      \
    /* dates */                                                                         \
    X(MONTH)           /* value 1..12 */                                                \
    X(YEAR_MARK)       /* 年 */                                                          \
    X(MONTH_MARK)      /* 月 */                                                          \
    X(DAY_MARK)        /* 日 */                                                          \
    /* articles of instruments */                                                       \
    X(ART_NOUN)        /* Article(s), art., arts.; 条 after a number */                  \
    X(PARA_NOUN)       /* paragraph(s), para(s).; 款 项 段 after a number */              \
    X(LOCATOR)         /* words that may stand between a title and its article */       \
    X(ALSO_INCLUDING)  /* in particular, 特别是: may stand there too */                  \
    X(COORD)           /* "and the", 以及: coordinates two titles (besides AND and , 、) */                         \
    /* titles */                                                                        \
    X(ENTITLED)        /* entitled, titled, 题为: a quoted title follows */              \
    X(SHORT_OF)        /* of, for after a one-word short title: "the Charter of Paris" */ \
    X(UNITED_NATIONS)  /* "the United Nations" after such an "of"; ООН, الدولي after a body */ \
    X(APPLICATION_OF)  /* "Application of", 的适用: a case named after a convention */   \
    /* letters cited by description */                                                  \
    X(LETTER_NOUN)     /* letter(s); 信, 同文信, 函 */                                    \
    X(NOTE_NOUN)       /* note(s) (of "note verbale") */                               \
    X(VERBALE)         /* verbale(s); 普通照会 as a whole is LETTER_NOUN */               \
    X(DATED)           /* dated; "of" before a date */                                  \
    X(FROM)            /* from: the sender follows */                                  \
    X(FROM_STOP)       /* in, which, concerning: the sender's part ends */             \
    X(ADDRESSED)       /* addressed */                                                 \
    X(TO)              /* to; 给 */                                                     \
    X(DE)              /* 的 */                                                          \
    X(ADDRESSEE)       /* Secretary-General, President of the Security Council ...; value: cg_addressee */ \
    X(ADDRESSEE_END)   /* Council, Assembly: where an addressee may end */              \
    X(SENT_END)        /* 。！？ */                                                       \
    /* statements by the President of the Security Council, by date */                  \
    X(STATEMENT_NOUN)  /* statement(s), 声明; value 3: a court's decision (advisory opinion, judgment) */ \
    X(BY)              /* by: "the statement by the President of ..." */               \
    X(PRESIDENT)       /* President: "the statement by its President" */               \
    /* the header */                                                                    \
    X(IDENTICAL)       /* identical (letters) */                                       \
    X(TITLE_END)       /* 的信, 的同文信, 的普通照会: the end of a Chinese title line */    \
    X(ANNEX_OF)        /* 的附件 */                                                       \
    X(LETTER_ANNEX)    /* 信的附件 */                                                     \
    X(ANNEX)           /* annex */                                                      \
    X(SESSION)         /* session; 届会议 */                                             \
    X(YEAR_WORD)       /* year; 年 after an ordinal */                                  \
    X(AGENDA)          /* agenda; 议程 */                                                \
    X(ITEM)            /* item(s); 项目 */                                               \
    X(PROVISIONAL)     /* provisional (agenda) */                                      \
    X(ORDINAL)         /* first ... ninetieth; value */                                \
    X(ORDINAL_TENS)    /* twenty ... ninety, before a hyphen; value */                 \
    X(ABOUT)           /* 关于: the subject of an annex */                               \
    X(SIGNED)          /* signed, 签名: an annex's signature */                          \
    X(MASTHEAD)        /* United Nations, 联合国: may precede a masthead symbol */        \
    /* entries from the data */                                                         \
    X(TITLE)           /* a registry title; value: entry index */                      \
    X(TITLE_SHORT)     /* a one-word short title, only after an article; value: entry */ \
    X(CASE_NAME)       /* an ICJ case name; value: entry index */                      \
    X(REPORTER)        /* a reporter or collection; value: reporter index */           \
    X(STATE)           /* a State's name; value: State index */                        \
    X(COUNT_)

#define CG_ROLE_ENUM(name) CG_R_##name,
typedef enum cg_role { CG_ROLES(CG_ROLE_ENUM) } cg_role;
#undef CG_ROLE_ENUM
#define CG_ROLE_COUNT ((int)CG_R_COUNT_)
/* the roles of a word are the bits of a uint64_t (cg_token.roles) */
_Static_assert(CG_R_COUNT_ <= 64, "too many roles for the 64 bits of a word's roles");

/* Addressees of letters (value of CG_R_ADDRESSEE), in the order the
 * metadata lists them. */
typedef enum cg_addressee {
    CG_ADDR_SG = 1,   /* secretary-general */
    CG_ADDR_PSC,      /* president-sc */
    CG_ADDR_PGA,      /* president-ga */
    CG_ADDR_PHRC,     /* president-hrc */
    CG_ADDR_PECOSOC,  /* president-ecosoc (an addressee, not listed in metadata) */
    CG_ADDR_COUNT
} cg_addressee;

/* Flags of a phrase. */
enum {
    CG_PF_CAPITAL = 1, /* only when the first word is capitalised in the text */
    CG_PF_UPPER = 2    /* only when written in capitals (UNTS, OIC) */
};

/* One word or phrase of a language and its role. */
typedef struct cg_kwdef {
    const char *text; /* as written; tokenized by the lexer at build time */
    uint8_t role;     /* cg_role */
    uint8_t flags;    /* CG_PF_* */
    int32_t value;
} cg_kwdef;

/* Word order of the grammar's families. */
enum {
    CG_ORDER_HEAD_FIRST = 0, /* resolution 822 (1993); Article 51; my letter dated ... */
    CG_ORDER_HEAD_LAST = 1   /* 第 822(1993)号决议; 第五十一条; 2020 年 12 月 29 日…的信 */
};

/* The forms of a letter, for its label. */
typedef enum cg_letter_form {
    CG_LETTER = 0,      /* Letter dated ... */
    CG_LETTER_IDENTICAL, /* Identical letters dated ... */
    CG_LETTER_NOTE      /* Note verbale dated ... */
} cg_letter_form;

/* Labels a language gives to what a letter cites. */
typedef struct cg_labels {
    const char *body[8];     /* indexed by cg_body_index(): S, A, E, H */
    const char *resolution;  /* printf: body, number ("%s第%s号决议", "%s resolution %s") */
    const char *resolution_paren; /* number with its year or session: "%s resolution %.*s %s" (en) or NULL */
    const char *article;     /* instrument, article */
    const char *article_para;/* instrument, article, paragraph */
    /* an article with a suffix ("8 bis", 第八条之二): printf of the
     * instrument, the article, the paragraph (0: none) and the suffix in
     * this language's words (article_suffix_names, else the Latin one) */
    const char *article_sfx, *article_para_sfx;
    /* the suffixes bis, ter, ... (cg_article_suffixes' order) as labels
     * write them, or NULL: the Latin words */
    const char *const *article_suffix_names;
    /* a letter's label by its form (cg_letter_form): printf of the date in
     * words and the senders' names */
    const char *letter[3];
    /* the words of a title that say its form (head first: how it begins;
     * head last: how it ends); [CG_LETTER] unused */
    const char *letter_key[3];
    /* put before a State's name where a letter's title does ("the Russian
     * Federation"), or NULL */
    const char *state_article;
    /* a date in words: printf of the day (int), the month's name and the
     * year (int), e.g. "%1$d %2$s %3$d", "%3$d年%2$s%1$d日" */
    const char *date;
    const char *date_first;  /* the same for the first day of a month, or NULL: "%1$der %2$s %3$d" (1er) */
    const char *months[12];  /* as dates write them: "January", "1月" */
    /* several senders: between the first ones, and before the last */
    const char *list_sep, *list_and;
} cg_labels;

typedef struct cg_lang {
    const char *code;        /* ISO 639-1: "zh", "en" */
    const char *name;        /* in English: "Chinese" */
    int script;              /* cg_script */
    /* words frequent in running text of this language and rare in the
     * others of its script (ASCII or Latin-1, lower case; NULL-terminated;
     * may be NULL when the script has one language): language detection
     * counts them (docs/languages.md) */
    const char *const *function_words;
    int order;               /* CG_ORDER_* */
    /* what a head governs follows it in the genitive, without a word for
     * "of": "резолюция 822 (1993) Совета Безопасности", "статья 51 Устава",
     * "пункт 4 статьи 2", "письмо Постоянного представителя Армении от ..." */
    int genitive;
    /* dates may be written month first, the day after it and a comma
     * before the year ("March 1, 2010"), as well as day first */
    int month_first;
    /* the ordinal of a session or a year follows its noun ("الدورة
     * الاستثنائية الطارئة العاشرة  السنة الثامنة والسبعون"): the one before
     * a noun is the previous noun's */
    int ordinal_follows;
    /* prefixes written joined to a registry title, as data ("و", "ب", "ل":
     * "بميثاق الأمم المتحدة"; ل before ال drops the alef: "للميثاق"), or
     * NULL; NULL-terminated */
    const char *const *joined_prefixes;
    /* the conjunction "and" written joined to the next word (Arabic و:
     * "المادة 2 (4) والمادة 51"), or NULL */
    const char *joined_and;
    const cg_kwdef *words;   /* ends with {NULL} */
    /* sentence ends: abbreviations after which a full stop does not end a
     * sentence (ASCII, matched case-insensitively), and whether a one- or
     * two-letter word before a full stop is an abbreviation */
    const char *const *abbreviations;
    int short_words_abbreviate;
    /* words after a registry title that make it part of another name, in
     * a language whose adjectives follow the noun ("Statut de la Cour
     * constitutionnelle", "Protocole II modifié", "Declaración Universal
     * sobre la Diversidad Cultural"): ASCII case ignored; NULL-terminated,
     * or NULL */
    const char *const *other_names;
    /* the Security Council named alone, as a subject after the Council was
     * named in full ("the Council", "le Conseil", "el Consejo"): one word,
     * with its capital, or NULL */
    const char *council;
    /* an article inserted after another: the words after its number that
     * say so ("8 bis", "8bis", "15 ter"), in the order of
     * cg_article_suffixes (bis, ter, quater, ...), NULL-terminated, or NULL;
     * and a mark before a numeral after the article that says it (zh 之:
     * 第八条之二 is article 8 bis), or NULL */
    const char *const *article_suffixes;
    const char *article_suffix_mark;
    /* after an article, the words that give it to the instruments that
     * follow as one they share ("article 3 common to the Geneva
     * Conventions", "commun aux", "общей для"): phrases as those below
     * (the longest that matches is taken); NULL-terminated, or NULL */
    const char *const *common_to;
    /* the head nouns of instruments' titles that, after the article and
     * with a capital, name the one the letter named last
     * ("article 2 of the Convention", "l'article 5 de la Convention",
     * "el artículo 3 del Tratado"), and the words after such a noun that
     * make it the start of another instrument's name ("the Convention on
     * Cluster Munitions", "la Convention sur …"); NULL-terminated, or NULL */
    const char *const *generic_titles;
    const char *const *name_links;
    /* the words right after a body that opens a sentence that make it the
     * subject of what the sentence adopts ("人权理事会于 2022 年 5 月 12 日…
     * 通过了第 S-34/1 号决议", "人权理事会在…"), where no "its" says it;
     * NULL-terminated, or NULL */
    const char *const *subject_links;
    /* the words before a body that make it the subject of what the
     * sentence (or the clause they open) adopts, in a language that puts
     * the verb first and names the body a noun governs right after it,
     * with no preposition ("وقد اتخذ مجلس حقوق الإنسان في دورته …", but
     * "تقرير مجلس حقوق الإنسان في دورته …" is the Council's report): there
     * a body after another word is a subject only after one of these;
     * NULL-terminated, or NULL */
    const char *const *subject_verbs;
    /* the words right before a resolution's noun (and its article) that
     * say the body named before was established by it, so did not adopt
     * it ("the Human Rights Council, established by resolution 60/251",
     * "créé par la résolution", "учрежденный резолюцией", "المنشأ بموجب
     * القرار"); NULL-terminated, or NULL */
    const char *const *established;
    /* the words right before a registry title (an article between or
     * not) that make it part of another instrument's name: "the Protocol
     * Additional to the Geneva Conventions of 12 August 1949", "le
     * Protocole additionnel aux Conventions de Genève": the protocol is
     * meant, not the Conventions; NULL-terminated, or NULL */
    const char *const *instrument_to;
    /* letters cited by their date, head first ("my letter dated …"):
     * - letter_to: the words between the noun and its date: to whom it
     *   was written, "my letter to you of 3 March 2022", "addressed to you"
     *   (an addressee of the grammar is read as well: "my letter to the
     *   President of the Security Council dated …"), or the adjectives
     *   that follow the noun, "mes deux lettres précédentes, datées des …";
     * - letter_before: the words between "my" and the noun, "my two
     *   previous letters", "my most recent letter";
     * - letter_subject, letter_latest: a letter's noun with no date, its
     *   subject, then after a comma the words that give the date of the
     *   last of them, "my previous letters on the subject, the latest
     *   dated 12 March 2022", "my letters, most recently that of …".
     * NULL-terminated, or NULL */
    const char *const *letter_to;
    const char *const *letter_before;
    const char *const *letter_subject;
    const char *const *letter_latest;
    /* a decision of the International Court of Justice cited by its date
     * (STATEMENT_NOUN of value 3: "advisory opinion", "judgment"): the
     * words that name the Court right before the noun ("the Court's"),
     * right after it ("of the International Court of Justice", "by the
     * Court"), or anywhere in the sentence when "its" stands before the
     * noun ("the Court", "In its Advisory Opinion of …, the Court …");
     * NULL-terminated, or NULL */
    const char *const *court;
    /* the verbs of adopting a text, right after a generic organ of the
     * language (a body of value 'x': "Government", "Cabinet of Ministers")
     * and right before the noun ("its" between or not), that make the
     * resolution or decision that organ's: "The Government adopted
     * decision No. 2022/15"; NULL-terminated, or NULL */
    const char *const *adopt_verbs;
    /* the words before a generic noun of generic_titles that make it the
     * instrument named before ("of the said Convention", "de ladite
     * Convention", "de dicha Convención", "данной Конвенции", "من هذه
     * الاتفاقية"); NULL-terminated, or NULL */
    const char *const *anaphors;
    /* the phrases that start with a word of name_links and make no name
     * ("Статья 7 Конвенции по сути нарушается", "of the Convention on the
     * contrary", "de la Convention pour sa part"); NULL-terminated, or
     * NULL */
    const char *const *link_idioms;
    /* the words between a letter's noun and its date that make it the
     * writer's own ("the letter I addressed to you on 3 March 2022", "la
     * lettre que je vous ai adressée le", "la carta que le dirigí el",
     * "письмо, которое я направил Вам", "الرسالة التي وجهتها إليكم في");
     * NULL-terminated, or NULL */
    const char *const *my_letter;
    /* the words after a letter's date that open a clause naming its
     * sender ("la lettre datée du 3 mars 2022 que le Représentant permanent
     * de … vous a adressée", "the letter dated … that the Permanent
     * Representative of … addressed to you"); NULL-terminated, or NULL */
    const char *const *sender_rel;
    /* the words after a letter's date that open a clause naming its
     * sender after the clause's verb of sending ("la carta de fecha 3 de
     * marzo de 2022 que le dirigió el Representante Permanente de …", "la
     * lettre datée du … que vous a adressée le Représentant permanent de
     * …", "письмо от …, которое направил Вам Постоянный представитель …",
     * "الرسالة المؤرخة … التي وجهها إليكم الممثل الدائم …"); the sender
     * follows, an addressee may stand before it; NULL-terminated, or NULL */
    const char *const *sender_verb;
    /* the word that pairs a list of letters' dates with a list of their
     * senders in order ("the letters dated 1 and 5 March 2022 from the
     * Permanent Representatives of Azerbaijan and Türkiye, respectively");
     * NULL-terminated, or NULL */
    const char *const *respectively;
    /* in a language whose sender stands in the genitive before the date,
     * the words that open an addressee with no preposition (Russian
     * datives: "письмо Генерального секретаря Постоянному представителю
     * Азербайджана от …": the sender is the Secretary-General's);
     * NULL-terminated, or NULL */
    const char *const *addressee_start;
    /* the words after a letter's date that make it the writer's own, the
     * clause ending there ("the letter dated 18 April 2022 that I addressed
     * to you", "la carta de fecha … que le dirigí", "الرسالة المؤرخة … التي
     * وجهتها إليكم،"); NULL-terminated, or NULL */
    const char *const *my_letter_after;
    /* in a language whose sender stands in the genitive, the words that
     * open a sender named right after the date, with no preposition
     * ("письмо от 12 мая 2022 года Министра иностранных дел Азербайджана");
     * NULL-terminated, or NULL */
    const char *const *sender_start;
    /* the words that say a case's short name is the Court's decision in a
     * language that writes case names in title case ("the LaGrand case",
     * "the Chagos advisory opinion", "the advisory opinion on Western
     * Sahara"); NULL-terminated, or NULL */
    const char *const *case_words;
    /* Where generic_titles lists a noun in the forms a language gives it
     * (Russian cases "Конвенции", "Договора"; Arabic with its article and
     * joined prefixes "الاتفاقية", "للاتفاقية"; Chinese "《公约》",
     * "该公约"): the nouns as an instrument's label writes them ("конвенция",
     * "договор", "اتفاقية", "公约"), or NULL (the form itself is then looked
     * for in the label, whole: en fr es).  A form is the noun of the head
     * whose stem it holds (the head less its last generic_cut letters,
     * the longest that a form holds winning: "Конвенции" holds "конвенци",
     * "الاتفاقية" "اتفاقية"), and the label must hold a word that ends with
     * the head ("الاتفاقية الدولية …", "Международная конвенция …",
     * "…国际公约"); NULL-terminated */
    const char *const *generic_heads;
    int generic_cut;
    /* the words a resolution's part letters are written with where the
     * language does not write the Latin capital ("53/243 ألف"; a second
     * one may carry joined_and: "ألف وباء"): one word each,
     * NULL-terminated, or NULL */
    const char *const *part_letters;
    /* Phrases the grammar reads as data, each as written (matched token by
     * token on the folded keys: case, accents as lex.h folds them); each
     * list NULL-terminated, or NULL:
     * - made: the participle between a statement's noun and its author,
     *   "the statement made by the President of ...", "la déclaration
     *   faite par", "la declaración formulada por";
     * - on_date: the word before a date that says "on" it ("on 3 May
     *   2016", "le 3 mai 2016", "el 3 de mayo de 2016");
     * - symbol_intro: the words between a letter cited by description and
     *   its symbol, "my letter of 3 May 2021 contained in document
     *   S/2021/420", "publiée sous la cote", "распространенное в качестве
     *   документа", 作为 (the symbol then takes over, as one in brackets);
     * - sender_words: words of a sender's title that hold what would
     *   otherwise end the sender ("a.i." with its full stops, "в делах"
     *   with its preposition: "Chargé d'affaires a.i.", "Временного
     *   поверенного в делах"). */
    const char *const *made;
    const char *const *on_date;
    const char *const *symbol_intro;
    const char *const *sender_words;
    /* - other_courts: the courts and treaty bodies other than the
     *   International Court of Justice before which States named as the
     *   parties of its cases have brought other cases ("the European Court
     *   of Human Rights", 欧洲人权法院, "the International Criminal Court");
     * - icj_names: the International Court of Justice's names (国际法院,
     *   "the International Court of Justice", "ICJ"). */
    const char *const *other_courts;
    const char *const *icj_names;
    /* - name_before: words right before a registry title, in a language
     *   whose modifiers come first, that make it part of another name
     *   (常设国际法院规约, the Statute of the Permanent Court of
     *   International Justice, is not 国际法院规约). */
    const char *const *name_before;
    /* - letter_lookalikes: words that begin with a letter's noun but are
     *   other words (信息 information, 信念 belief, 信号 signal). */
    const char *const *letter_lookalikes;
    /* - own_refs: the words right before a symbol (a colon, full stop,
     *   bracket or number sign between) that make it a State's own
     *   reference number, not a UN document ("(ref: PM/UN/2022/123)",
     *   "our reference MFA/2022/15", "Ref. No. NV/2022/45", "N/Réf.",
     *   "исх. №", 文号). */
    const char *const *own_refs;
    /* - own_refs_after: the same words right after the symbol, in a
     *   language whose nouns follow their numbers ("第DPM/UN/2022/123号照会",
     *   a note verbale's own number). */
    const char *const *own_refs_after;
    /* - opcw: the names of the Organisation for the Prohibition of
     *   Chemical Weapons and its Technical Secretariat, whose notes are
     *   numbered S/number/year: named before in the sentence, they make
     *   "S/2001/2021" theirs, which could be the Council's by its shape. */
    const char *const *opcw;
    cg_labels labels;
} cg_lang;

/* The phrase lists of a language that words_at() reads (scan.h): the
 * build turns each into paths of vocabulary ids (tables.h, cg_tlists), so
 * that no phrase is lexed at run time. */
typedef enum cg_list_id {
    CG_LIST_MADE,
    CG_LIST_ON_DATE,
    CG_LIST_SYMBOL_INTRO,
    CG_LIST_SENDER_WORDS,
    CG_LIST_COMMON_TO,
    CG_LIST_PART_LETTERS,
    CG_LIST_GENERIC_TITLES,
    CG_LIST_NAME_LINKS,
    CG_LIST_SUBJECT_LINKS,
    CG_LIST_SUBJECT_VERBS,
    CG_LIST_ESTABLISHED,
    CG_LIST_OTHER_COURTS,
    CG_LIST_ICJ_NAMES,
    CG_LIST_NAME_BEFORE,
    CG_LIST_LETTER_LOOKALIKES,
    CG_LIST_INSTRUMENT_TO,
    CG_LIST_LETTER_TO,
    CG_LIST_LETTER_BEFORE,
    CG_LIST_LETTER_SUBJECT,
    CG_LIST_LETTER_LATEST,
    CG_LIST_COURT,
    CG_LIST_ADOPT_VERBS,
    CG_LIST_ANAPHORS,
    CG_LIST_LINK_IDIOMS,
    CG_LIST_MY_LETTER,
    CG_LIST_SENDER_REL,
    CG_LIST_OWN_REFS,
    CG_LIST_OWN_REFS_AFTER,
    CG_LIST_OPCW,
    CG_LIST_SENDER_VERB,
    CG_LIST_RESPECTIVELY,
    CG_LIST_ADDRESSEE_START,
    CG_LIST_MY_LETTER_AFTER,
    CG_LIST_SENDER_START,
    CG_LIST_CASE_WORDS,
    CG_LIST_COUNT
} cg_list_id;

/* The list `id` of language L, or NULL. */
static inline const char *const *cg_lang_list(const cg_lang *L, int id)
{
    switch (id) {
    case CG_LIST_MADE: return L->made;
    case CG_LIST_ON_DATE: return L->on_date;
    case CG_LIST_SYMBOL_INTRO: return L->symbol_intro;
    case CG_LIST_SENDER_WORDS: return L->sender_words;
    case CG_LIST_COMMON_TO: return L->common_to;
    case CG_LIST_PART_LETTERS: return L->part_letters;
    case CG_LIST_GENERIC_TITLES: return L->generic_titles;
    case CG_LIST_NAME_LINKS: return L->name_links;
    case CG_LIST_SUBJECT_LINKS: return L->subject_links;
    case CG_LIST_SUBJECT_VERBS: return L->subject_verbs;
    case CG_LIST_ESTABLISHED: return L->established;
    case CG_LIST_OTHER_COURTS: return L->other_courts;
    case CG_LIST_ICJ_NAMES: return L->icj_names;
    case CG_LIST_NAME_BEFORE: return L->name_before;
    case CG_LIST_LETTER_LOOKALIKES: return L->letter_lookalikes;
    case CG_LIST_INSTRUMENT_TO: return L->instrument_to;
    case CG_LIST_LETTER_TO: return L->letter_to;
    case CG_LIST_LETTER_BEFORE: return L->letter_before;
    case CG_LIST_LETTER_SUBJECT: return L->letter_subject;
    case CG_LIST_LETTER_LATEST: return L->letter_latest;
    case CG_LIST_COURT: return L->court;
    case CG_LIST_ADOPT_VERBS: return L->adopt_verbs;
    case CG_LIST_ANAPHORS: return L->anaphors;
    case CG_LIST_LINK_IDIOMS: return L->link_idioms;
    case CG_LIST_MY_LETTER: return L->my_letter;
    case CG_LIST_SENDER_REL: return L->sender_rel;
    case CG_LIST_OWN_REFS: return L->own_refs;
    case CG_LIST_OWN_REFS_AFTER: return L->own_refs_after;
    case CG_LIST_OPCW: return L->opcw;
    case CG_LIST_SENDER_VERB: return L->sender_verb;
    case CG_LIST_RESPECTIVELY: return L->respectively;
    case CG_LIST_ADDRESSEE_START: return L->addressee_start;
    case CG_LIST_MY_LETTER_AFTER: return L->my_letter_after;
    case CG_LIST_SENDER_START: return L->sender_start;
    case CG_LIST_CASE_WORDS: return L->case_words;
    default: return NULL;
    }
}

extern const cg_lang cg_lang_zh;
extern const cg_lang cg_lang_en;
extern const cg_lang cg_lang_fr;
extern const cg_lang cg_lang_es;
extern const cg_lang cg_lang_ru;
extern const cg_lang cg_lang_ar;

/* The table of every language, indexed by cg_lang_id. */
extern const cg_lang *const cg_langs[CG_LANG_COUNT];

/* The suffixes of an article inserted after another, as identifiers
 * write them: "bis" (2), "ter" (3), ... "decies" (10); NULL-terminated.
 * cg_article_suffixes[n - 2] is the n-th. */
extern const char *const cg_article_suffixes[];

/* The series of other organizations' documents and of States' own
 * reference numbers, which are not UN documents however much their symbols
 * look like one: how the symbol begins, as it writes it, its root's slash
 * or full stop included ("GOV/", "INFCIRC/", "GB."), NULL-terminated
 * (lang.c; docs/forms.md, "Not UN documents"). */
extern const char *const cg_other_series[];

/* The roots of the UN's own series that a State's words for its own
 * reference number ("ref.", "réf.", "编号") do not make the State's: the
 * principal organs', the human rights treaty bodies', and the other
 * series of the UN symbols notes ("(ref. CERD/C/GC/35)" cites the
 * document); NULL-terminated (lang.c). */
extern const char *const cg_un_series[];

/* The names of the United Nations that a State's reference number holds as
 * a component of its own ("DPM/UN/2022/123", "MPNY/ONU/2022/5"): no UN
 * symbol names the Organization itself; NULL-terminated (lang.c). */
extern const char *const cg_un_components[];

/* The language whose code is `code`, or -1. */
int cg_lang_find(const char *code);

/* Index of a body letter in cg_labels.body: S 0, A 1, E 2, H 3, else -1. */
int cg_body_index(int body);

/* An argument of a label format: a string (%s) or a number (%d, %ld, the
 * * of %.*s). */
typedef struct cg_farg {
    const char *s;
    long v;
} cg_farg;

/* A label format of cg_labels (%s, %d, %ld, %.*s, %%, each also as
 * %N$..., %N$.*M$s) filled with a[0, n) into out[0, cap) as printf would
 * write it: the length, or (size_t)-1 when the format uses anything else
 * or the text does not fit (then printf it). */
size_t cg_lang_format(char *out, size_t cap, const char *fmt, const cg_farg *a, int n);

#endif
