/* ru.c: Russian.  Words and phrases with their roles in the grammar, labels
 * (lang.h).  Russian declines: every noun of the grammar is listed in the
 * six cases, singular and plural, as the grammar meets it ("резолюция",
 * "резолюции", "резолюцию", "резолюцией", "резолюций", "резолюциях" ...).
 * What a head governs follows it in the genitive without a preposition
 * ("резолюция 822 (1993) Совета Безопасности", "статья 51 Устава", "пункт 4
 * статьи 2 Устава", "письмо Постоянного представителя Армении от ..."):
 * `genitive` says so to the grammar.  The lexer folds ё to е. */
#include "lang.h"

#define W(text, role) {text, CG_R_##role, 0, 0}
#define V(text, role, value) {text, CG_R_##role, 0, value}
#define C(text, role, value) {text, CG_R_##role, CG_PF_CAPITAL, value}
#define U(text, role, value) {text, CG_R_##role, CG_PF_UPPER, value}

/* the six cases of "Совет Безопасности" and the like: nominative, genitive,
 * dative, accusative (= nominative or genitive), instrumental, prepositional */
#define BODY6(nom, gen, dat, acc, ins, pre, v)                                                   \
    V(nom, BODY, v), V(gen, BODY, v), V(dat, BODY, v), V(acc, BODY, v), V(ins, BODY, v),         \
        V(pre, BODY, v)
#define ROLE6(a, b, c, d, e, f, r) W(a, r), W(b, r), W(c, r), W(d, r), W(e, r), W(f, r)

static const cg_kwdef words[] = {
    /* resolutions and decisions, singular and plural */
    W("резолюция", RES_NOUN), W("резолюции", RES_NOUN), W("резолюцию", RES_NOUN),
    W("резолюцией", RES_NOUN), W("резолюций", RES_NOUN), W("резолюциям", RES_NOUN),
    W("резолюциями", RES_NOUN), W("резолюциях", RES_NOUN),
    /* the number's sign: "резолюция Совета Безопасности № 2202 (2015)", "№№ 242 и 338" */
    W("№", NUM_PREFIX), W("№№", NUM_PREFIX),
    ROLE6("решение", "решения", "решению", "решением", "решении", "решений", DEC_NOUN),
    W("решениям", DEC_NOUN), W("решениями", DEC_NOUN), W("решениях", DEC_NOUN),
    BODY6("Совет Безопасности", "Совета Безопасности", "Совету Безопасности",
          "Совет Безопасности", "Советом Безопасности", "Совете Безопасности", 'S'),
    U("СБ", BODY, 'S'),
    /* "Совет" alone, capitalised: the Council named before */
    C("Совет", BODY, 'S'), C("Совета", BODY, 'S'), C("Совету", BODY, 'S'),
    C("Советом", BODY, 'S'), C("Совете", BODY, 'S'),
    BODY6("Генеральная Ассамблея", "Генеральной Ассамблеи", "Генеральной Ассамблее",
          "Генеральную Ассамблею", "Генеральной Ассамблеей", "Генеральной Ассамблее", 'A'),
    BODY6("Ассамблея", "Ассамблеи", "Ассамблее", "Ассамблею", "Ассамблеей", "Ассамблее", 'A'),
    U("ГА", BODY, 'A'),
    BODY6("Экономический и Социальный Совет", "Экономического и Социального Совета",
          "Экономическому и Социальному Совету", "Экономический и Социальный Совет",
          "Экономическим и Социальным Советом", "Экономическом и Социальном Совете", 'E'),
    U("ЭКОСОС", BODY, 'E'),
    BODY6("Совет по правам человека", "Совета по правам человека", "Совету по правам человека",
          "Совет по правам человека", "Советом по правам человека", "Совете по правам человека",
          'H'),
    BODY6("Комиссия по правам человека", "Комиссии по правам человека",
          "Комиссии по правам человека", "Комиссию по правам человека",
          "Комиссией по правам человека", "Комиссии по правам человека", 'C'),
    /* bodies outside the United Nations: their resolutions are not the UN's */
    U("ОИС", BODY, 'X'), U("ОДКБ", BODY, 'X'), U("СНГ", BODY, 'X'), U("ЕС", BODY, 'X'),
    U("АС", BODY, 'X'), U("ОБСЕ", BODY, 'X'), U("НАТО", BODY, 'X'), U("ОАГ", BODY, 'X'),
    U("ПАСЕ", BODY, 'X'),
    BODY6("Лига арабских государств", "Лиги арабских государств", "Лиге арабских государств",
          "Лигу арабских государств", "Лигой арабских государств", "Лиге арабских государств", 'X'),
    BODY6("Организация исламского сотрудничества", "Организации исламского сотрудничества",
          "Организации исламского сотрудничества", "Организацию исламского сотрудничества",
          "Организацией исламского сотрудничества", "Организации исламского сотрудничества", 'X'),
    BODY6("Европейский парламент", "Европейского парламента", "Европейскому парламенту",
          "Европейский парламент", "Европейским парламентом", "Европейском парламенте", 'X'),
    BODY6("Европейский союз", "Европейского союза", "Европейскому союзу", "Европейский союз",
          "Европейским союзом", "Европейском союзе", 'X'),
    BODY6("Парламентская ассамблея", "Парламентской ассамблеи", "Парламентской ассамблее",
          "Парламентскую ассамблею", "Парламентской ассамблеей", "Парламентской ассамблее", 'X'),
    BODY6("Совет Европы", "Совета Европы", "Совету Европы", "Совет Европы", "Советом Европы",
          "Совете Европы", 'X'),
    /* national parliaments: their resolutions are not the UN's */
    BODY6("Национальное собрание", "Национального собрания", "Национальному собранию",
          "Национальное собрание", "Национальным собранием", "Национальном собрании", 'X'),
    BODY6("Федеральное собрание", "Федерального собрания", "Федеральному собранию",
          "Федеральное собрание", "Федеральным собранием", "Федеральном собрании", 'X'),
    BODY6("Государственная дума", "Государственной думы", "Государственной думе",
          "Государственную думу", "Государственной думой", "Государственной думе", 'X'),
    BODY6("Парламент", "Парламента", "Парламенту", "Парламент", "Парламентом", "Парламенте", 'X'),
    BODY6("Сенат", "Сената", "Сенату", "Сенат", "Сенатом", "Сенате", 'X'),
    BODY6("Дума", "Думы", "Думе", "Думу", "Думой", "Думе", 'X'),
    BODY6("Верховная рада", "Верховной рады", "Верховной раде", "Верховную раду",
          "Верховной радой", "Верховной раде", 'X'),
    BODY6("Рада", "Рады", "Раде", "Раду", "Радой", "Раде", 'X'),
    BODY6("Милли Меджлис", "Милли Меджлиса", "Милли Меджлису", "Милли Меджлис",
          "Милли Меджлисом", "Милли Меджлисе", 'X'),
    /* lists */
    W(",", LIST_SEP), W("и", AND), W("или", OR), W("а также", AS_WELL_AS),
    /* "от 23 декабря 2016 года" after a resolution number */
    W("от", OF), W("своей", ITS), W("своих", ITS), W("свою", ITS), W("своем", ITS),
    W("своими", ITS), W("своего", ITS), W("своему", ITS), W("его", ITS), W("ее", ITS), W("их", THEIR),
    ROLE6("мое", "моего", "моему", "моим", "моем", "мои", MY), W("моих", MY), W("моими", MY),
    ROLE6("наше", "нашего", "нашему", "нашим", "нашем", "наши", MY), W("наших", MY),
    /* dates: 29 декабря 2020 года; the nominative in headers */
    V("января", MONTH, 1), V("февраля", MONTH, 2), V("марта", MONTH, 3), V("апреля", MONTH, 4),
    V("мая", MONTH, 5), V("июня", MONTH, 6), V("июля", MONTH, 7), V("августа", MONTH, 8),
    V("сентября", MONTH, 9), V("октября", MONTH, 10), V("ноября", MONTH, 11),
    V("декабря", MONTH, 12),
    /* articles: статья 51 Устава, пункт 4 статьи 2 Устава, статья 2 (4) */
    ROLE6("статья", "статьи", "статье", "статью", "статьей", "статей", ART_NOUN),
    W("статьям", ART_NOUN), W("статьями", ART_NOUN), W("статьях", ART_NOUN), W("ст", ART_NOUN),
    ROLE6("пункт", "пункта", "пункту", "пунктом", "пункте", "пункты", PARA_NOUN),
    W("пунктов", PARA_NOUN), W("пунктам", PARA_NOUN), W("пунктами", PARA_NOUN),
    W("пунктах", PARA_NOUN), W("п", PARA_NOUN),
    /* what may stand between a title and its article */
    W("Организации", LOCATOR), W("Объединенных", LOCATOR), W("Наций", LOCATOR),
    W("в", LOCATOR), W("частности", LOCATOR), W("том", LOCATOR), W("числе", LOCATOR),
    W("и", LOCATOR), W("общей", LOCATOR), W("общая", LOCATOR), W("т", LOCATOR),
    W("с", LOCATOR), W("стр", LOCATOR), W("№", LOCATOR), W("Сборник", LOCATOR),
    W("договоров", LOCATOR), W("и в", COORD),
    /* titles */
    W("озаглавленная", ENTITLED), W("озаглавленной", ENTITLED), W("озаглавленную", ENTITLED),
    W("озаглавленные", ENTITLED), W("озаглавленных", ENTITLED), W("озаглавленный", ENTITLED),
    W("озаглавленного", ENTITLED), W("Организации Объединенных Наций", UNITED_NATIONS),
    /* (after a body, before the numbers: "резолюция Совета Безопасности ООН 2202 (2015)") */
    W("ООН", UNITED_NATIONS),
    W("Применение", APPLICATION_OF), W("Применении", APPLICATION_OF),
    /* letters: мое письмо от 29 декабря 2020 года; письмо Постоянного
     * представителя Азербайджана от 1 октября 2020 года на имя Генерального
     * секретаря; вербальная нота Постоянного представительства ... */
    ROLE6("письмо", "письма", "письму", "письмом", "письме", "писем", LETTER_NOUN),
    W("письмам", LETTER_NOUN), W("письмами", LETTER_NOUN), W("письмах", LETTER_NOUN),
    /* "вербальная нота": the adjective first; the noun heads the rule */
    ROLE6("нота", "ноты", "ноте", "ноту", "нотой", "нот", NOTE_NOUN), W("нотах", NOTE_NOUN),
    W("нотами", NOTE_NOUN),
    ROLE6("нота", "ноты", "ноте", "ноту", "нотой", "нот", LETTER_NOUN), W("нотах", LETTER_NOUN),
    W("нотами", LETTER_NOUN),
    ROLE6("вербальная", "вербальной", "вербальную", "вербальные", "вербальных", "вербальными",
          VERBALE),
    W("от", DATED), W("датированное", DATED), W("датированном", DATED),
    W("датированного", DATED), W("датированные", DATED), W("датированных", DATED),
    W("направленное", ADDRESSED), W("направленного", ADDRESSED), W("направленном", ADDRESSED),
    W("направленные", ADDRESSED), W("направленных", ADDRESSED), W("направленным", ADDRESSED),
    W("на имя", ADDRESSED),
    W("в", FROM_STOP), W("которое", FROM_STOP), W("которой", FROM_STOP),
    W("котором", FROM_STOP), W("которых", FROM_STOP), W("касающееся", FROM_STOP),
    W("относительно", FROM_STOP), W("о", FROM_STOP), W("об", FROM_STOP),
    V("Генерального секретаря", ADDRESSEE, CG_ADDR_SG),
    V("Генеральный секретарь", ADDRESSEE, CG_ADDR_SG),
    V("Генеральному секретарю", ADDRESSEE, CG_ADDR_SG),
    V("Председателя Совета Безопасности", ADDRESSEE, CG_ADDR_PSC),
    V("Председатель Совета Безопасности", ADDRESSEE, CG_ADDR_PSC),
    V("Председателю Совета Безопасности", ADDRESSEE, CG_ADDR_PSC),
    V("Председателя Генеральной Ассамблеи", ADDRESSEE, CG_ADDR_PGA),
    V("Председатель Генеральной Ассамблеи", ADDRESSEE, CG_ADDR_PGA),
    V("Председателю Генеральной Ассамблеи", ADDRESSEE, CG_ADDR_PGA),
    V("Председателя Совета по правам человека", ADDRESSEE, CG_ADDR_PHRC),
    V("Председателю Совета по правам человека", ADDRESSEE, CG_ADDR_PHRC),
    V("Председателя Экономического и Социального Совета", ADDRESSEE, CG_ADDR_PECOSOC),
    W("секретаря", ADDRESSEE_END), W("секретарю", ADDRESSEE_END), W("Безопасности", ADDRESSEE_END),
    W("Ассамблеи", ADDRESSEE_END), W("человека", ADDRESSEE_END), W("Совета", ADDRESSEE_END),
    /* statements by the President of the Security Council: заявление
     * Председателя Совета Безопасности от 22 марта 2015 года */
    ROLE6("заявление", "заявления", "заявлению", "заявлением", "заявлении", "заявлений",
          STATEMENT_NOUN),
    W("заявлениям", STATEMENT_NOUN), W("заявлениями", STATEMENT_NOUN),
    W("заявлениях", STATEMENT_NOUN), W("Председателя", PRESIDENT),
    /* the header: Семьдесят пятая сессия, Семьдесят шестой год, Пункты 34,
     * 70 и 135 повестки дня */
    W("идентичные", IDENTICAL), W("идентичных", IDENTICAL), W("идентичным", IDENTICAL),
    W("Приложение", ANNEX), W("к", TO), W("сессия", SESSION), W("сессии", SESSION),
    W("год", YEAR_WORD), W("года", YEAR_WORD), W("г", YEAR_WORD), W("повестки дня", AGENDA), W("повестка дня", AGENDA),
    W("пункт", ITEM), W("пункты", ITEM), W("пункту", ITEM), W("пунктам", ITEM), W("пункта", ITEM),
    W("пунктов", ITEM), W("предварительной", PROVISIONAL),
    W("Подпись", SIGNED), W("Подписано", SIGNED), W("Организация Объединенных Наций", MASTHEAD),
    V("первая", ORDINAL, 1), V("первой", ORDINAL, 1), V("первый", ORDINAL, 1),
    V("вторая", ORDINAL, 2), V("второй", ORDINAL, 2), V("третья", ORDINAL, 3),
    V("третьей", ORDINAL, 3), V("третий", ORDINAL, 3), V("четвертая", ORDINAL, 4),
    V("четвертой", ORDINAL, 4), V("четвертый", ORDINAL, 4), V("пятая", ORDINAL, 5),
    V("пятой", ORDINAL, 5), V("пятый", ORDINAL, 5), V("шестая", ORDINAL, 6),
    V("шестой", ORDINAL, 6), V("седьмая", ORDINAL, 7), V("седьмой", ORDINAL, 7),
    V("восьмая", ORDINAL, 8), V("восьмой", ORDINAL, 8), V("девятая", ORDINAL, 9),
    V("девятой", ORDINAL, 9), V("девятый", ORDINAL, 9), V("десятая", ORDINAL, 10),
    V("десятой", ORDINAL, 10), V("десятый", ORDINAL, 10), V("двадцатая", ORDINAL, 20),
    V("двадцатой", ORDINAL, 20), V("двадцатый", ORDINAL, 20), V("тридцатая", ORDINAL, 30),
    V("тридцатой", ORDINAL, 30), V("тридцатый", ORDINAL, 30), V("сороковая", ORDINAL, 40),
    V("сороковой", ORDINAL, 40), V("пятидесятая", ORDINAL, 50), V("пятидесятой", ORDINAL, 50),
    V("пятидесятый", ORDINAL, 50), V("шестидесятая", ORDINAL, 60),
    V("шестидесятой", ORDINAL, 60), V("шестидесятый", ORDINAL, 60),
    V("семидесятая", ORDINAL, 70), V("семидесятой", ORDINAL, 70), V("семидесятый", ORDINAL, 70),
    V("восьмидесятая", ORDINAL, 80), V("восьмидесятой", ORDINAL, 80),
    V("восьмидесятый", ORDINAL, 80),
    V("двадцать", ORDINAL_TENS, 20), V("тридцать", ORDINAL_TENS, 30),
    V("сорок", ORDINAL_TENS, 40), V("пятьдесят", ORDINAL_TENS, 50),
    V("шестьдесят", ORDINAL_TENS, 60), V("семьдесят", ORDINAL_TENS, 70),
    V("восемьдесят", ORDINAL_TENS, 80), V("девяносто", ORDINAL_TENS, 90),
    {0, 0, 0, 0}};

static const char *const abbreviations[] = {"ст", "п", "пп", "т", "г", "гг", "стр", "Corr",
                                            "Add", "Rev", "Suppl", 0};

/* "article 3 common to the Geneva Conventions": the article they share */
static const char *const common_to[] = {"общая для всех четырех", "общей для всех четырех", "общую для всех четырех", "общая для четырех", "общей для четырех", "общую для четырех", "общая для всех", "общей для всех", "общую для всех", "общие для всех четырех", "общие для четырех", "общие для всех", "общая для", "общей для", "общую для", "общие для", "общих для", 0};
/* "мое письмо от 3 мая 2021 года, распространенное в качестве документа
 * S/2021/420": the participle in the cases and genders a letter or a note takes */
static const char *const symbol_intro[] = {
    "распространенное в качестве документа", "распространенного в качестве документа",
    "распространенному в качестве документа", "распространенным в качестве документа",
    "распространенном в качестве документа", "распространенная в качестве документа",
    "распространенной в качестве документа", "распространенную в качестве документа",
    "распространенные в качестве документа", "распространенных в качестве документа",
    "опубликованное в качестве документа", "опубликованном в качестве документа",
    "содержащееся в документе", "содержащемся в документе", "содержащегося в документе", 0};

/* "Временного поверенного в делах Азербайджана": "в" that does not end the
 * sender */
static const char *const sender_words[] = {"в делах", 0};

/* "статьи 2 и 5 Конвенции", "статьей 3 Договора": the instrument named
 * last; the nouns in the cases an article governs them in, and as labels
 * write them (the nominative, whose last letter the cases replace) */
static const char *const generic_titles[] = {
    "Конвенция", "Конвенции", "Конвенцию", "Конвенцией",
    "Договор", "Договора", "Договору", "Договором", "Договоре",
    "Пакт", "Пакта", "Пакту", "Пактом", "Пакте",
    "Статут", "Статута", "Статуту", "Статутом", "Статуте",
    "Протокол", "Протокола", "Протоколу", "Протоколом", "Протоколе",
    "Соглашение", "Соглашения", "Соглашению", "Соглашением", "Соглашении",
    "Декларация", "Декларации", "Декларацию", "Декларацией",
    /* a State's acts, which no instrument of the registry is: "статья 5
     * закона о гражданстве" is no article of the instrument named before */
    "Закон", "Закона", "Закону", "Законом", "Законе", "Кодекс", "Кодекса", "Кодексу", "Кодексом",
    "Кодексе", "Указ", "Указа", "Указу", "Указом", "Указе", 0};
static const char *const generic_heads[] = {"конвенция", "договор", "пакт", "статут",
                                            "протокол", "соглашение", "декларация", "закон",
                                            "кодекс", "указ", 0};
static const char *const name_links[] = {"о", "об", "по", "против", "между", "относительно",
                                         "к", "касающаяся", "касающийся", "касающейся",
                                         "касающегося", 0};

/* "Совет по правам человека, учрежденный резолюцией 60/251": the body
 * named before did not adopt the resolution; the participle in every case
 * and gender, and what may follow it before "резолюцией", "резолюции" */
#define EST1(x) x, x " в соответствии с", x " согласно", x " на основании"
#define EST(x)                                                                                     \
    EST1(x "ый"), EST1(x "ого"), EST1(x "ому"), EST1(x "ым"), EST1(x "ом"), EST1(x "ая"),       \
        EST1(x "ой"), EST1(x "ую"), EST1(x "ые"), EST1(x "ых"), EST1(x "ыми")
static const char *const established[] = {EST("учрежденн"), EST("созданн"), 0};
#undef EST
#undef EST1

/* "статья 7 данной Конвенции", "указанного Договора": the one named
 * before; the adjectives in the cases an article governs */
#define AN(x) x "ой", x "ого", x "ому", x "ым", x "ом"
static const char *const anaphors[] = {AN("данн"), AN("указанн"), AN("упомянут"), AN("вышеупомянут"),
                                       "настоящей", "настоящего", "настоящему", "настоящим",
                                       "настоящем", "этой", "этого", "этому", "этим", "этом", 0};
#undef AN

/* after "Конвенции", the phrases starting with a word of name_links that
 * name nothing ("по-прежнему" is a word joined by its hyphen) */
static const char *const link_idioms[] = {"к тому же", "к сожалению", "по сути", "по существу",
                                          "по крайней мере", "по мнению", "по словам", "по данным",
                                          "о том", "о чем", 0};

/* "письмо, которое я направил Вам 3 марта 2022 года": the writer's own */
static const char *const my_letter[] = {", которое я направил Вам", ", которое я направил в Ваш адрес",
                                        ", которое я направила Вам", ", которые я направил Вам",
                                        ", направленном мною Вам", ", направленное мною Вам", 0};

const cg_lang cg_lang_ru = {
    .code = "ru",
    .name = "Russian",
    .script = CG_SCRIPT_CYRILLIC,
    .function_words = 0, /* the only language of its script */
    .order = CG_ORDER_HEAD_FIRST,
    .genitive = 1,
    .words = words,
    .abbreviations = abbreviations,
    .short_words_abbreviate = 0,
    .common_to = common_to,
    .generic_titles = generic_titles,
    .name_links = name_links,
    .established = established,
    .my_letter = my_letter,
    .anaphors = anaphors,
    .link_idioms = link_idioms,
    .generic_heads = generic_heads,
    .generic_cut = 1,
    .symbol_intro = symbol_intro,
    .sender_words = sender_words,
    .labels = {
        .body = {"Совета Безопасности", "Генеральной Ассамблеи",
                 "Экономического и Социального Совета", "Совета по правам человека"},
        .resolution = "Резолюция %2$s %1$s",
        .resolution_paren = "Резолюция %3$.*2$s %4$s %1$s",
        .article = "%s, статья %ld",
        .article_para = "%s, статья %ld, пункт %ld",
        .article_sfx = "%1$s, статья %2$ld %4$s",
        .article_para_sfx = "%1$s, статья %2$ld %4$s, пункт %3$ld",
        .letter = {"Письмо от %s (%s)", "Идентичные письма от %s (%s)",
                   "Вербальная нота от %s (%s)"},
        .letter_key = {NULL, "Идентичные письма", "Вербальная нота"},
        .state_article = NULL,
        .date = "%1$d %2$s %3$d года",
        .months = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря"},
        .list_sep = ", ",
        .list_and = " и ",
    },
};
