/* ar.c: Arabic.  Words and phrases with their roles in the grammar, labels
 * (lang.h).  The conjunctions و, ف and the prepositions ب, ل are written joined
 * to the next word: a noun of the grammar is listed with them as data
 * ("والقرار", "بالقرار", "للقرار"; ل + ال is لل); و before a digit is a word
 * of its own to the lexer ("و853 (1993)").  Duals and plurals are words of
 * their own ("قرارا", "القرارين", "القرارات").  What a noun governs follows
 * it in construct (إضافة: "قرار مجلس الأمن 242 (1967)", "رسالة الممثل
 * الدائم لأذربيجان المؤرخة ..."): `genitive`.  Keys fold آ أ إ to ا and
 * ى to ي (lex.h), so that a text that lost its hamzas still matches. */
#include "lang.h"

#define W(text, role) {text, CG_R_##role, 0, 0}
#define V(text, role, value) {text, CG_R_##role, 0, value}

/* a word without the article, with و ف ب ل and وب ول فب فل joined */
#define P(x, r)                                                                                    \
    W(x, r), W("و" x, r), W("ب" x, r), W("ل" x, r), W("وب" x, r), W("ول" x, r), W("ف" x, r),       \
        W("فب" x, r), W("فل" x, r)
/* a word with the article ال: و ف ب, and ل + ال -> لل */
#define PA(x, r)                                                                                   \
    W("ال" x, r), W("وال" x, r), W("بال" x, r), W("لل" x, r), W("وبال" x, r), W("ولل" x, r),       \
        W("فال" x, r), W("فبال" x, r), W("فلل" x, r)
#define PV(x, r, v) V(x, r, v), V("و" x, r, v), V("ب" x, r, v), V("ل" x, r, v), V("ف" x, r, v)
#define PAV(x, r, v) V("ال" x, r, v), V("وال" x, r, v), V("بال" x, r, v), V("لل" x, r, v), V("فال" x, r, v)

static const cg_kwdef words[] = {
    /* resolutions and decisions: singular, dual (nominative, oblique),
     * plural; in construct and with the article */
    P("قرار", RES_NOUN), PA("قرار", RES_NOUN), P("قرارا", RES_NOUN), P("قراري", RES_NOUN),
    PA("قراران", RES_NOUN), PA("قرارين", RES_NOUN), P("قرارات", RES_NOUN),
    PA("قرارات", RES_NOUN), P("مقرر", DEC_NOUN), PA("مقرر", DEC_NOUN), P("مقررا", DEC_NOUN),
    P("مقرري", DEC_NOUN), PA("مقررين", DEC_NOUN), P("مقررات", DEC_NOUN),
    PA("مقررات", DEC_NOUN),
    PV("مجلس الأمن", BODY, 'S'), PAV("جمعية العامة", BODY, 'A'), PAV("جمعية", BODY, 'A'),
    PAV("مجلس الاقتصادي والاجتماعي", BODY, 'E'), PV("مجلس حقوق الإنسان", BODY, 'H'),
    PV("لجنة حقوق الإنسان", BODY, 'C'), PAV("مجلس", BODY, 'S'),
    /* bodies outside the United Nations: their resolutions are not the UN's */
    PV("منظمة التعاون الإسلامي", BODY, 'X'), PV("منظمة المؤتمر الإسلامي", BODY, 'X'),
    PV("جامعة الدول العربية", BODY, 'X'), PAV("اتحاد الأوروبي", BODY, 'X'),
    PAV("اتحاد الأفريقي", BODY, 'X'), PV("منظمة معاهدة الأمن الجماعي", BODY, 'X'),
    PV("منظمة الأمن والتعاون في أوروبا", BODY, 'X'), PV("رابطة الدول المستقلة", BODY, 'X'),
    PV("مجلس أوروبا", BODY, 'X'), PAV("برلمان الأوروبي", BODY, 'X'),
    PAV("جمعية البرلمانية", BODY, 'X'),
    /* national parliaments: their resolutions are not the UN's */
    PAV("برلمان", BODY, 'X'), PAV("جمعية الوطنية", BODY, 'X'), PV("مجلس النواب", BODY, 'X'),
    PV("مجلس الشعب", BODY, 'X'), PV("مجلس الشيوخ", BODY, 'X'), PV("ميلي مجلس", BODY, 'X'),
    PAV("مجلس الوطني", BODY, 'X'), PAV("دوما", BODY, 'X'), PAV("رادا", BODY, 'X'),
    /* "قرار مجلس الأمن رقم 2334 (2016)": the number's word */
    W("رقم", NUM_PREFIX), W("رقمي", NUM_PREFIX),
    /* lists */
    W(",", LIST_SEP), W("،", LIST_SEP), W("و", AND), W("أو", OR), W("وكذلك", AS_WELL_AS),
    W("فضلا عن", AS_WELL_AS), W("من", OF), W("الصادر عن", OF), W("الصادرين عن", OF),
    W("الصادرة عن", OF), W("في", LOCATOR),
    /* "في قراره 46/1": its resolution, the body named before */
    P("قراره", RES_NOUN), P("قراريه", RES_NOUN), P("قراراته", RES_NOUN), P("قرارها", RES_NOUN),
    P("قراريها", RES_NOUN), P("قراراتها", RES_NOUN),
    /* "في مقررها 75/540": its decision(s), the same */
    P("مقرره", DEC_NOUN), P("مقرريه", DEC_NOUN), P("مقرراته", DEC_NOUN), P("مقررها", DEC_NOUN),
    P("مقرريها", DEC_NOUN), P("مقرراتها", DEC_NOUN),
    /* dates: 29 كانون الأول/ديسمبر 2020; both names, or either */
    V("كانون الثاني/يناير", MONTH, 1), V("شباط/فبراير", MONTH, 2), V("آذار/مارس", MONTH, 3),
    V("نيسان/أبريل", MONTH, 4), V("أيار/مايو", MONTH, 5), V("حزيران/يونيه", MONTH, 6),
    V("حزيران/يونيو", MONTH, 6), V("تموز/يوليه", MONTH, 7), V("تموز/يوليو", MONTH, 7),
    V("آب/أغسطس", MONTH, 8), V("أيلول/سبتمبر", MONTH, 9), V("تشرين الأول/أكتوبر", MONTH, 10),
    V("تشرين الثاني/نوفمبر", MONTH, 11), V("كانون الأول/ديسمبر", MONTH, 12),
    V("يناير", MONTH, 1), V("فبراير", MONTH, 2), V("مارس", MONTH, 3), V("أبريل", MONTH, 4),
    V("مايو", MONTH, 5), V("يونيه", MONTH, 6), V("يونيو", MONTH, 6), V("يوليه", MONTH, 7),
    V("يوليو", MONTH, 7), V("أغسطس", MONTH, 8), V("سبتمبر", MONTH, 9), V("أكتوبر", MONTH, 10),
    V("نوفمبر", MONTH, 11), V("ديسمبر", MONTH, 12),
    V("كانون الثاني", MONTH, 1), V("شباط", MONTH, 2), V("آذار", MONTH, 3), V("نيسان", MONTH, 4),
    V("أيار", MONTH, 5), V("حزيران", MONTH, 6), V("تموز", MONTH, 7), V("آب", MONTH, 8),
    V("أيلول", MONTH, 9), V("تشرين الأول", MONTH, 10), V("تشرين الثاني", MONTH, 11),
    V("كانون الأول", MONTH, 12),
    /* articles: المادة 51 من ميثاق الأمم المتحدة; الفقرة 4 من المادة 2 من الميثاق */
    PA("مادة", ART_NOUN), P("مادة", ART_NOUN), PA("مادتين", ART_NOUN), PA("مادتان", ART_NOUN),
    PA("مواد", ART_NOUN), P("مواد", ART_NOUN), PA("فقرة", PARA_NOUN), P("فقرة", PARA_NOUN),
    PA("فقرتين", PARA_NOUN), PA("فقرات", PARA_NOUN),
    /* what may stand between a title and its article */
    W("الأمم", LOCATOR), W("المتحدة", LOCATOR), W("ولا", LOCATOR), W("سيما", LOCATOR),
    W("لا", LOCATOR), W("بما", LOCATOR), W("ذلك", LOCATOR), W("المشتركة", LOCATOR),
    W("مجموعة", LOCATOR), W("المعاهدات", LOCATOR), W("المجلد", LOCATOR), W("الصفحة", LOCATOR),
    W("و", LOCATOR), W("وكذلك", COORD),
    /* titles */
    W("المعنون", ENTITLED), W("المعنونة", ENTITLED), W("المعنونين", ENTITLED),
    W("المعنونتين", ENTITLED), W("بعنوان", ENTITLED), W("للأمم المتحدة", UNITED_NATIONS),
    /* (a Permanent Representative's "to the United Nations": "الممثل الدائم
     * لأوكرانيا لدى الأمم المتحدة", the sender going on over a line break) */
    W("لدى الأمم المتحدة", UNITED_NATIONS),
    /* (after a body, before the numbers: "قرار مجلس الأمن الدولي رقم 2254 (2015)") */
    W("الدولي", UNITED_NATIONS), W("التابع للأمم المتحدة", UNITED_NATIONS),
    W("تطبيق", APPLICATION_OF),
    /* letters: رسالتي المؤرخة 29 كانون الأول/ديسمبر 2020; الرسالة المؤرخة 1
     * تشرين الأول/أكتوبر 2020 الموجهة إلى الأمين العام من الممثل الدائم
     * لأذربيجان; رسالة الممثل الدائم لأذربيجان المؤرخة ... */
    P("رسالة", LETTER_NOUN), PA("رسالة", LETTER_NOUN), P("رسائل", LETTER_NOUN),
    PA("رسائل", LETTER_NOUN), PA("رسالتين", LETTER_NOUN), PA("رسالتان", LETTER_NOUN),
    P("رسالتا", LETTER_NOUN), P("رسالتان", LETTER_NOUN), P("رسالتين", LETTER_NOUN), P("رسالتي", LETTER_NOUN), P("رسالتي", MY), P("رسائلي", LETTER_NOUN),
    P("رسائلي", MY), P("رسالتنا", LETTER_NOUN), P("رسالتنا", MY), P("رسائلنا", LETTER_NOUN),
    P("رسائلنا", MY),
    /* مذكرة شفوية: the note verbale; مذكرتي الشفوية: mine */
    P("مذكرة", LETTER_NOUN), PA("مذكرة", LETTER_NOUN), P("مذكرات", LETTER_NOUN),
    PA("مذكرات", LETTER_NOUN), P("مذكرتي", LETTER_NOUN), P("مذكرتي", MY),
    P("مذكرتنا", LETTER_NOUN), P("مذكرتنا", MY),
    /* its, their: "مذكرتها الشفوية", "رسالته" (the State named before) */
    P("مذكرتها", LETTER_NOUN), P("مذكرتها", ITS), P("مذكرته", LETTER_NOUN), P("مذكرته", ITS),
    P("رسالتها", LETTER_NOUN), P("رسالتها", ITS), P("رسالته", LETTER_NOUN), P("رسالته", ITS), W("شفوية", IDENTICAL), W("الشفوية", IDENTICAL),
    W("شفويتين", IDENTICAL), W("الشفويتين", IDENTICAL), W("شفوي", IDENTICAL),
    W("المتطابقتين", IDENTICAL), W("المتطابقة", IDENTICAL), W("متطابقتان", IDENTICAL),
    W("متطابقة", IDENTICAL), W("المتطابقتان", IDENTICAL),
    W("المؤرخة", DATED), W("المؤرخ", DATED), W("المؤرختين", DATED), W("المؤرخين", DATED),
    W("المؤرخة في", DATED), W("المؤرخ في", DATED), W("مؤرخة", DATED), W("مؤرخ", DATED),
    W("مؤرختان", DATED), W("المؤرختان", DATED),
    /* "القرار 1701 (2006) الصادر في 11 آب/أغسطس 2006": issued on */
    W("الصادر في", DATED), W("الصادرة في", DATED),
    W("من", FROM), W("في", FROM_STOP), W("التي", FROM_STOP), W("الذي", FROM_STOP),
    W("بشأن", FROM_STOP), W("عن", FROM_STOP), W("المتعلقة", FROM_STOP),
    W("الموجهة", ADDRESSED), W("الموجه", ADDRESSED), W("الموجهتين", ADDRESSED),
    W("موجهة", ADDRESSED), W("موجه", ADDRESSED), W("موجهتان", ADDRESSED), W("إلى", TO),
    /* with و joined: "إلى الأمين العام ورئيسة مجلس الأمن" */
    PV("الأمين العام", ADDRESSEE, CG_ADDR_SG), PV("رئيس مجلس الأمن", ADDRESSEE, CG_ADDR_PSC),
    PV("رئيسة مجلس الأمن", ADDRESSEE, CG_ADDR_PSC), PV("رئيس الجمعية العامة", ADDRESSEE, CG_ADDR_PGA),
    PV("رئيسة الجمعية العامة", ADDRESSEE, CG_ADDR_PGA),
    PV("رئيس مجلس حقوق الإنسان", ADDRESSEE, CG_ADDR_PHRC),
    PV("رئيسة مجلس حقوق الإنسان", ADDRESSEE, CG_ADDR_PHRC),
    PV("رئيس المجلس الاقتصادي والاجتماعي", ADDRESSEE, CG_ADDR_PECOSOC),
    W("العام", ADDRESSEE_END), W("الأمن", ADDRESSEE_END), W("العامة", ADDRESSEE_END),
    W("الإنسان", ADDRESSEE_END), W("والاجتماعي", ADDRESSEE_END),
    W("إليكم", ADDRESSEE_END), /* "الموجهتين إليكم من الممثل الدائم …" */
    /* statements by the President of the Security Council: بيان رئيس مجلس
     * الأمن المؤرخ 22 آذار/مارس 2015 */
    P("بيان", STATEMENT_NOUN), PA("بيان", STATEMENT_NOUN), P("بيانات", STATEMENT_NOUN),
    PA("بيانات", STATEMENT_NOUN), P("بياني", STATEMENT_NOUN), PA("بيانين", STATEMENT_NOUN),
    /* البيان الرئاسي المؤرخ 22 آذار/مارس 2015: a presidential statement */
    PAV("بيان الرئاسي", STATEMENT_NOUN, 1), PV("بيان رئاسي", STATEMENT_NOUN, 1),
    /* "مجلس الأمن ... في بيان رئيسه المؤرخ ...": its President, in one word */
    W("رئيسه", ITS), W("رئيسه", PRESIDENT),
    /* "اعتمد مجلس حقوق الإنسان في دورته …": at its session, its meeting */
    W("دورته", ITS), W("دورتها", ITS), W("جلسته", ITS), W("جلستها", ITS),
    /* the header: البنود 34 و 70 و 135 من جدول الأعمال */
    W("مرفق", ANNEX), W("المرفق", ANNEX), W("الدورة", SESSION), W("السنة", YEAR_WORD),
    /* "القرار 2254 لسنة 2015", "رقم 2216 لعام 2015": of the year */
    W("لسنة", YEAR_WORD), W("لعام", YEAR_WORD),
    W("جدول الأعمال", AGENDA), W("البند", ITEM), W("البنود", ITEM), W("البندان", ITEM),
    W("المؤقت", PROVISIONAL), W("توقيع", SIGNED), W("التوقيع", SIGNED),
    W("الأمم المتحدة", MASTHEAD),
    V("الأولى", ORDINAL, 1), V("الأول", ORDINAL, 1), V("الثانية", ORDINAL, 2),
    V("الثاني", ORDINAL, 2), V("الثالثة", ORDINAL, 3), V("الثالث", ORDINAL, 3),
    V("الرابعة", ORDINAL, 4), V("الرابع", ORDINAL, 4), V("الخامسة", ORDINAL, 5),
    V("الخامس", ORDINAL, 5), V("السادسة", ORDINAL, 6), V("السادس", ORDINAL, 6),
    V("السابعة", ORDINAL, 7), V("السابع", ORDINAL, 7), V("الثامنة", ORDINAL, 8),
    V("الثامن", ORDINAL, 8), V("التاسعة", ORDINAL, 9), V("التاسع", ORDINAL, 9),
    V("العاشرة", ORDINAL, 10), V("العاشر", ORDINAL, 10), V("العشرون", ORDINAL, 20),
    V("الثلاثون", ORDINAL, 30), V("الأربعون", ORDINAL, 40), V("الخمسون", ORDINAL, 50),
    V("الستون", ORDINAL, 60), V("السبعون", ORDINAL, 70), V("الثمانون", ORDINAL, 80),
    V("التسعون", ORDINAL, 90),
    /* the tens in the oblique case ("للمادة العشرين"), and the unit "one"
     * as compounds write it ("الحادية والخمسين", "الحادي عشر") */
    V("العشرين", ORDINAL, 20), V("الثلاثين", ORDINAL, 30), V("الأربعين", ORDINAL, 40),
    V("الخمسين", ORDINAL, 50), V("الستين", ORDINAL, 60), V("السبعين", ORDINAL, 70),
    V("الثمانين", ORDINAL, 80), V("التسعين", ORDINAL, 90), V("الحادية", ORDINAL, 1),
    V("الحادي", ORDINAL, 1),
    /* "الثالثة عشرة", "الحادي عشر": ten after the unit, no و */
    V("عشرة", ORDINAL_TENS, 10), V("عشر", ORDINAL_TENS, 10),
    /* "الخامسة والسبعون": the tens after the unit, و joined */
    V("والعشرون", ORDINAL_TENS, 20), V("والثلاثون", ORDINAL_TENS, 30),
    V("والأربعون", ORDINAL_TENS, 40), V("والخمسون", ORDINAL_TENS, 50),
    V("والستون", ORDINAL_TENS, 60), V("والسبعون", ORDINAL_TENS, 70),
    V("والثمانون", ORDINAL_TENS, 80), V("والتسعون", ORDINAL_TENS, 90),
    V("والعشرين", ORDINAL_TENS, 20), V("والثلاثين", ORDINAL_TENS, 30),
    V("والأربعين", ORDINAL_TENS, 40), V("والخمسين", ORDINAL_TENS, 50),
    V("والستين", ORDINAL_TENS, 60), V("والسبعين", ORDINAL_TENS, 70),
    V("والثمانين", ORDINAL_TENS, 80), V("والتسعين", ORDINAL_TENS, 90),
    {0, 0, 0, 0}};

static const char *const abbreviations[] = {"Corr", "Add", "Rev", "Suppl", 0};

/* و ب ل and their pairs, joined to the registry's titles */
static const char *const joined_prefixes[] = {"و", "ب", "ل", "وب", "ول", "ف", 0};

/* a resolution's part letters by their names, A to H: "53/243 ألف وباء" */
static const char *const part_letters[] = {
    "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", 0};
/* "المادة 3 المشتركة بين اتفاقيات جنيف الأربع": an article the instruments
 * after it share */
static const char *const common_to[] = {"المشتركة بين جميع", "المشتركة بين", "المشتركة في",
                                        "المشتركة", 0};
/* "رسالتي المؤرخة 3 أيار/مايو 2021 الواردة في الوثيقة S/2021/420" */
static const char *const symbol_intro[] = {
    "الواردة في الوثيقة", "الوارد في الوثيقة", "الصادرة بوصفها الوثيقة",
    "الصادرة بوصفها وثيقة", "المعممة بوصفها الوثيقة", "الموزعة بوصفها الوثيقة",
    "التي صدرت بوصفها الوثيقة", "التي وزعت بوصفها الوثيقة", 0};

/* "المادتان 2 و 5 من الاتفاقية", "المادة 3 للاتفاقية": the instrument
 * named last; the nouns with their article and the prefixes joined to it,
 * and as labels write them (with or without the article: "الاتفاقية
 * الدولية …", "معاهدة عدم انتشار …", "نظام روما الأساسي …") */
#define GT(x) "ال" x, "وال" x, "بال" x, "لل" x, "فال" x
static const char *const generic_titles[] = {
    GT("اتفاقية"), GT("معاهدة"), GT("عهد"), GT("نظام الأساسي"), GT("بروتوكول"), GT("اتفاق"),
    GT("إعلان"), 0};
#undef GT
static const char *const generic_heads[] = {"اتفاقية", "معاهدة", "عهد", "نظام", "بروتوكول",
                                            "اتفاق", "إعلان", 0};
/* after such a noun, the words that make it the start of another name
 * ("الاتفاقية الأوروبية لحقوق الإنسان", "النظام الأساسي لمجلس أوروبا") */
static const char *const name_links[] = {
    "الدولية", "الدولي", "الأوروبية", "الأوروبي", "الأمريكية", "الأمريكي", "الأفريقية",
    "الأفريقي", "العربية", "العربي", "الإطارية", "الإطاري", "الإقليمية", "الإقليمي",
    "الثنائية", "الثنائي", "المتعلقة", "المتعلق", "الخاصة", "الخاص", "بشأن", "المتعددة",
    "لمحكمة", "للمحكمة", "لمجلس", "للقضاء", "لمكافحة", "لقمع", "لمنع", "لحماية", "لحظر",
    "للحد", "لتنظيم", "لحقوق", 0};


/* the verbs of adopting before their subject, a body ("وقد اتخذ مجلس حقوق
 * الإنسان في دورته …", "واعتمدت الجمعية العامة في دورتها …"), with و ف
 * joined and قد, وقد, فقد, لقد before */
#define SV(x) x, "و" x, "ف" x, "قد " x, "وقد " x, "فقد " x, "لقد " x
static const char *const subject_verbs[] = {
    SV("اتخذ"), SV("اتخذت"), SV("اعتمد"), SV("اعتمدت"), SV("أصدر"), SV("أصدرت"), 0};
#undef SV

/* "مجلس حقوق الإنسان، المنشأ بموجب القرار 60/251": the body named before
 * did not adopt the resolution; the participle and what may follow it
 * before "القرار", "بالقرار", "قرار" */
#define EST(x) x, x " بموجب", x " عملا", x " وفقا", x " بمقتضى"
static const char *const established[] = {
    EST("المنشأ"), EST("المنشأة"), EST("الذي أنشئ"), EST("التي أنشئت"), 0};
#undef EST
/* "المحكمة الأوروبية لحقوق الإنسان في قضية جورجيا ضد روسيا": another court's case */
static const char *const other_courts[] = {"المحكمة الأوروبية لحقوق الإنسان", "المحكمة الجنائية الدولية",
                                           "محكمة التحكيم الدائمة", "هيئة التحكيم", 0};
static const char *const icj_names[] = {"محكمة العدل الدولية", 0};

/* "المادة 7 من هذه الاتفاقية", "من هذا العهد": the one named before */
static const char *const anaphors[] = {"هذه", "هذا", "تلك", "ذلك", 0};

/* "الرسالة التي وجهتها إليكم في 3 آذار/مارس 2022": the writer's own */
static const char *const my_letter[] = {"التي وجهتها إليكم في", "التي وجهتها إليكم بتاريخ",
                                        "التي بعثت بها إليكم في", "التي وجهتها إليكم يوم", 0};

/* "(المرجع: PM/UN/2022/123)", "المذكرة الشفوية رقم EMB/2022/16": a
 * State's own reference number */
static const char *const own_refs[] = {"المرجع", "مرجعنا", "الرقم المرجعي", "رقم المرجع", "الشفوية رقم",
                                       "شفوية رقم", "المذكرة رقم", "مذكرة رقم", "والمذكرة رقم", "مذكرتنا رقم",
                                       "مذكرتها رقم", "مذكرته رقم", 0};

/* the OPCW and its Technical Secretariat (lang.h) */
static const char *const opcw[] = {"منظمة حظر الأسلحة الكيميائية", "الأمانة الفنية", 0};
/* "الرسالة المؤرخة 3 آذار/مارس 2022 التي وجهها إليكم الممثل الدائم …": the
 * sender after the clause's verb; the feminine "التي وجهتها إليكم البعثة
 * الدائمة …" too, when a sender follows (ending the clause, it is the
 * writer's own: my_letter_after, tried first) */
static const char *const sender_verb[] = {"التي وجهها إليكم", "التي وجهها", "التي وجهتها إليكم",
                                          "التي وجهتها", 0};

/* "the letters dated 1 and 5 March 2022 from … of Azerbaijan and Türkiye,
 * respectively": each date its sender, in order */
static const char *const respectively[] = {"على التوالي", 0};

/* "the letter dated 18 April 2022 that I addressed to you": the writer's
 * own, said after the date */
static const char *const my_letter_after[] = {"التي وجهتها إليكم", "اللتين وجهتهما إليكم", 0};

const cg_lang cg_lang_ar = {
    .code = "ar",
    .name = "Arabic",
    .script = CG_SCRIPT_ARABIC,
    .function_words = 0, /* the only language of its script */
    .order = CG_ORDER_HEAD_FIRST,
    .genitive = 1,
    .joined_prefixes = joined_prefixes,
    .joined_and = "و",
    .ordinal_follows = 1,
    .words = words,
    .abbreviations = abbreviations,
    .short_words_abbreviate = 0,
    .generic_titles = generic_titles,
    .name_links = name_links,
    .established = established,
    .my_letter = my_letter,
    .my_letter_after = my_letter_after,
    .respectively = respectively,
    .sender_verb = sender_verb,
    .anaphors = anaphors,
    .generic_heads = generic_heads,
    .symbol_intro = symbol_intro,
    .part_letters = part_letters,
    .subject_verbs = subject_verbs,
    .common_to = common_to,
    .other_courts = other_courts,
    .icj_names = icj_names,
    .own_refs = own_refs,
    .opcw = opcw,
    .labels = {
        .body = {"مجلس الأمن", "الجمعية العامة", "المجلس الاقتصادي والاجتماعي",
                 "مجلس حقوق الإنسان"},
        .resolution = "قرار %1$s %2$s",
        .resolution_paren = "قرار %1$s %3$.*2$s %4$s",
        .article = "%s، المادة %ld",
        .article_para = "%s، المادة %ld، الفقرة %ld",
        .article_sfx = "%1$s، المادة %2$ld %4$s",
        .article_para_sfx = "%1$s، المادة %2$ld %4$s، الفقرة %3$ld",
        .letter = {"رسالة مؤرخة %s (%s)", "رسالتان متطابقتان مؤرختان %s (%s)",
                   "مذكرة شفوية مؤرخة %s (%s)"},
        .letter_key = {NULL, "رسالتان متطابقتان", "مذكرة شفوية"},
        .state_article = NULL,
        .date = "%1$d %2$s %3$d",
        .months = {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل",
                   "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر",
                   "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"},
        .list_sep = "، ",
        .list_and = " و",
    },
};
