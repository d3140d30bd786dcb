/* es.c: Spanish.  Words and phrases with their roles in the grammar,
 * function words for language detection, sentence ends, labels (lang.h). */
#include "lang.h"

#define W(text, role) {text, CG_R_##role, 0, 0}
#define V(text, role, value) {text, CG_R_##role, 0, value}
#define U(text, role, value) {text, CG_R_##role, CG_PF_UPPER, value}

static const cg_kwdef words[] = {
    /* resolutions and decisions */
    W("resolución", RES_NOUN), W("resoluciones", RES_NOUN),
    /* "la res. 2202 (2015)" */
    W("res", RES_NOUN),
    /* the number's sign: "la resolución núm. 2202 (2015)", "n.º 2202", "Nos. 242 y 338" */
    W("núm", NUM_PREFIX), W("núms", NUM_PREFIX), W("nº", NUM_PREFIX), W("n°", NUM_PREFIX),
    W("n.º", NUM_PREFIX), W("n.°", NUM_PREFIX), W("No", NUM_PREFIX), W("Nos", NUM_PREFIX),
    W("número", NUM_PREFIX), W("№", NUM_PREFIX),
    W("decisión", DEC_NOUN), W("decisiones", DEC_NOUN),
    V("Consejo de Seguridad", BODY, 'S'), V("Asamblea General", BODY, 'A'),
    V("Asamblea", BODY, 'A'), V("Consejo Económico y Social", BODY, 'E'),
    U("ECOSOC", BODY, 'E'), V("Consejo de Derechos Humanos", BODY, 'H'),
    V("Comisión de Derechos Humanos", BODY, 'C'),
    /* the abbreviations of the United Nations' organs, letter for letter
     * (Consejo de Seguridad de las Naciones Unidas, Asamblea General de
     * las Naciones Unidas, Consejo de Derechos Humanos: the Human Rights
     * Committee numbers no resolution) */
    U("CSNU", BODY, 'S'), U("AGNU", BODY, 'A'), U("CDH", BODY, 'H'),
    /* bodies outside the United Nations: their resolutions are not the UN's */
    U("OCI", BODY, 'X'), U("OTSC", BODY, 'X'), U("CEI", BODY, 'X'), U("UE", BODY, 'X'),
    U("UA", BODY, 'X'), U("OSCE", BODY, 'X'), U("OTAN", BODY, 'X'), U("OEA", BODY, 'X'),
    V("Liga de los Estados Árabes", BODY, 'X'),
    V("Organización de Cooperación Islámica", BODY, 'X'),
    V("Organización de la Cooperación Islámica", BODY, 'X'),
    V("Organización del Tratado de Seguridad Colectiva", BODY, 'X'),
    V("Asamblea Parlamentaria", BODY, 'X'), V("Consejo de Europa", BODY, 'X'),
    V("Parlamento Europeo", BODY, 'X'), V("Unión Europea", BODY, 'X'),
    V("Unión Africana", BODY, 'X'), V("Organización de los Estados Americanos", BODY, 'X'),
    V("Comunidad de Estados Independientes", BODY, 'X'),
    /* national parliaments: their resolutions are not the UN's */
    V("Asamblea Nacional", BODY, 'X'), V("Congreso", BODY, 'X'), V("Parlamento", BODY, 'X'),
    V("Senado", BODY, 'X'), V("Milli Majlis", BODY, 'X'), V("Asamblea Federal", BODY, 'X'),
    V("Duma", BODY, 'X'), V("Rada", BODY, 'X'),
    /* the organs that adopt the resolutions of other organizations and of
     * treaties ("la resolución 12 de la Conferencia de las Partes") */
    V("Consejo de Ministros de Relaciones Exteriores", BODY, 'X'),
    V("Conferencia de las Partes", BODY, 'X'), V("Reunión de las Partes", BODY, 'X'),
    V("Cumbre Islámica", BODY, 'X'), V("Consejo de Jefes de Estado", BODY, 'X'),
    V("Consejo de Seguridad Colectiva", BODY, 'X'), V("Consejo de Paz y Seguridad", BODY, 'X'),
    V("Consejo Ministerial", BODY, 'X'), V("Consejo Permanente", BODY, 'X'),
    /* lists */
    W(",", LIST_SEP), W("y", AND), W("e", AND), W("o", OR), W("u", OR),
    W("así como", AS_WELL_AS), W("de", OF), W("del", OF), W("el", ARTICLE_DEF),
    W("la", ARTICLE_DEF), W("los", ARTICLE_DEF), W("las", ARTICLE_DEF),
    /* the article in a contraction: "del TNP", "al TNP" */
    W("del", ARTICLE_DEF), W("al", ARTICLE_DEF), W("su", ITS),
    W("sus", THEIR), W("mi", MY), W("mis", MY), W("nuestra", MY), W("nuestro", MY),
    W("nuestras", MY), W("nuestros", MY), W("Recueil", VOLUME_BEFORE), W("Reports", VOLUME_BEFORE),
    /* dates: 29 de diciembre de 2020 */
    V("enero", MONTH, 1), V("febrero", MONTH, 2), V("marzo", MONTH, 3), V("abril", MONTH, 4),
    V("mayo", MONTH, 5), V("junio", MONTH, 6), V("julio", MONTH, 7), V("agosto", MONTH, 8),
    V("septiembre", MONTH, 9), V("setiembre", MONTH, 9), V("octubre", MONTH, 10),
    V("noviembre", MONTH, 11), V("diciembre", MONTH, 12),
    /* articles: el Artículo 2, párrafo 4, de la Carta */
    W("Artículo", ART_NOUN), W("Artículos", ART_NOUN), W("art", ART_NOUN),
    W("párrafo", PARA_NOUN), W("párrafos", PARA_NOUN), W("párr", PARA_NOUN),
    W("apartado", PARA_NOUN),
    /* the ordinal mark after a number: "el artículo 1º", "1.º" */
    W("º", DAY_MARK), W("°", DAY_MARK), /* "1º de marzo", "1° de marzo", "1.º de marzo" */
    /* a subparagraph (value 1): "artículo 8, párrafo 2, inciso b)" */
    V("inciso", PARA_NOUN, 1), V("incisos", PARA_NOUN, 1), V("subpárrafo", PARA_NOUN, 1),
    /* what may stand between a title and its article */
    W("Naciones", LOCATOR), W("Unidas", LOCATOR), W("Treaty", LOCATOR), W("Series", LOCATOR),
    W("vol", LOCATOR), W("núm", LOCATOR), W("No", LOCATOR), W("p", LOCATOR), W("pág", LOCATOR),
    W("C", LOCATOR), W("I", LOCATOR), W("J", LOCATOR), W("fallo", LOCATOR), W("de", LOCATOR),
    W("del", LOCATOR), W("y", LOCATOR), W("en", LOCATOR), W("particular", LOCATOR),
    W("especialmente", LOCATOR), W("incluido", LOCATOR), W("común", LOCATOR),
    W("y la", COORD), W("y el", COORD), W("y los", COORD), W("y las", COORD),
    /* titles */
    W("titulado", ENTITLED), W("titulada", ENTITLED), W("titulados", ENTITLED),
    W("tituladas", ENTITLED), W("intitulado", ENTITLED), W("intitulada", ENTITLED),
    W("de", SHORT_OF), W("para", SHORT_OF), W("de las Naciones Unidas", UNITED_NATIONS),
    W("de la ONU", UNITED_NATIONS), W("la ONU", UNITED_NATIONS), /* "la Carta de la ONU" */
    W("Aplicación de", APPLICATION_OF),
    /* letters: mi carta de fecha 29 de diciembre de 2020; la carta de fecha
     * 1 de octubre de 2020 dirigida al Secretario General por el
     * Representante Permanente de Azerbaiyán */
    W("carta", LETTER_NOUN), W("cartas", LETTER_NOUN), W("nota", NOTE_NOUN),
    W("notas", NOTE_NOUN), W("verbal", VERBALE), W("verbales", VERBALE),
    W("de fecha", DATED), W("de fechas", DATED), W("fechada el", DATED), W("fechadas el", DATED), W("del", DATED),
    W("por", FROM), W("de", FROM), W("del", FROM), W("en", FROM_STOP), W("que", FROM_STOP),
    W("sobre", FROM_STOP), W("relativa", FROM_STOP), W("relativo", FROM_STOP),
    W("acerca", FROM_STOP), W("dirigida", ADDRESSED), W("dirigidas", ADDRESSED),
    W("dirigido", ADDRESSED), W("dirigidos", ADDRESSED), W("al", TO), W("a", TO),
    V("Secretario General", ADDRESSEE, CG_ADDR_SG),
    V("Presidente del Consejo de Seguridad", ADDRESSEE, CG_ADDR_PSC),
    V("Presidenta del Consejo de Seguridad", ADDRESSEE, CG_ADDR_PSC),
    V("Presidente de la Asamblea General", ADDRESSEE, CG_ADDR_PGA),
    V("Presidenta de la Asamblea General", ADDRESSEE, CG_ADDR_PGA),
    V("Presidente del Consejo de Derechos Humanos", ADDRESSEE, CG_ADDR_PHRC),
    V("Presidenta del Consejo de Derechos Humanos", ADDRESSEE, CG_ADDR_PHRC),
    V("Presidente del Consejo Económico y Social", ADDRESSEE, CG_ADDR_PECOSOC),
    V("Presidenta del Consejo Económico y Social", ADDRESSEE, CG_ADDR_PECOSOC),
    W("General", ADDRESSEE_END), W("Seguridad", ADDRESSEE_END), W("Humanos", ADDRESSEE_END),
    W("Social", ADDRESSEE_END), W("usted", ADDRESSEE_END), /* "dirigidas a usted por …" */
    /* statements by the President of the Security Council: la declaración de
     * la Presidencia del Consejo de Seguridad de 22 de marzo de 2015 */
    W("declaración", STATEMENT_NOUN), W("declaraciones", STATEMENT_NOUN), W("por", BY),
    V("declaración presidencial", STATEMENT_NOUN, 1), V("declaraciones presidenciales", STATEMENT_NOUN, 1),
    W("Presidente", PRESIDENT), W("Presidenta", PRESIDENT), W("Presidencia", PRESIDENT),
    V("Presidencia del Consejo de Seguridad", ADDRESSEE, CG_ADDR_PSC),
    /* the header: Septuagésimo quinto período de sesiones, Septuagésimo sexto
     * año, Temas 34, 70 y 135 del programa */
    W("idénticas", IDENTICAL), W("anexo", ANNEX), W("período de sesiones", SESSION),
    W("periodo de sesiones", SESSION), W("año", YEAR_WORD), W("programa", AGENDA),
    W("tema", ITEM), W("temas", ITEM), W("provisional", PROVISIONAL), W("firmado", SIGNED),
    W("firmada", SIGNED), W("Naciones Unidas", MASTHEAD),
    V("primero", ORDINAL, 1), V("primer", ORDINAL, 1), V("primera", ORDINAL, 1),
    V("segundo", ORDINAL, 2), V("tercero", ORDINAL, 3), V("tercer", ORDINAL, 3),
    V("cuarto", ORDINAL, 4), V("quinto", ORDINAL, 5), V("sexto", ORDINAL, 6),
    V("séptimo", ORDINAL, 7), V("octavo", ORDINAL, 8), V("noveno", ORDINAL, 9),
    V("décimo", ORDINAL, 10), V("undécimo", ORDINAL, 11), V("duodécimo", ORDINAL, 12),
    V("vigésimo", ORDINAL, 20), V("trigésimo", ORDINAL, 30), V("cuadragésimo", ORDINAL, 40),
    V("quincuagésimo", ORDINAL, 50), V("sexagésimo", ORDINAL, 60), V("septuagésimo", ORDINAL, 70),
    V("octogésimo", ORDINAL, 80), V("nonagésimo", ORDINAL, 90),
    V("vigésimo", ORDINAL_TENS, 20), V("trigésimo", ORDINAL_TENS, 30),
    V("cuadragésimo", ORDINAL_TENS, 40), V("quincuagésimo", ORDINAL_TENS, 50),
    V("sexagésimo", ORDINAL_TENS, 60), V("septuagésimo", ORDINAL_TENS, 70),
    V("octogésimo", ORDINAL_TENS, 80), V("nonagésimo", ORDINAL_TENS, 90),
    {0, 0, 0, 0}};

/* words of Spanish running text that English and French do not use */
static const char *const function_words[] = {
    "el", "los", "las", "del", "y", "una", "por", "con", "para", "su", "sus", "al", "es",
    "lo", "como", "fue", "está", "han", "ha", "este", "esta", "sobre", "más", "ya", 0};

static const char *const abbreviations[] = {"párr", "art", "vol", "Corr", "Add", "Rev",
                                            "Suppl", "núm", "núms", "res", "Sr", "Sra", 0};

/* after a title ("el Estatuto de la Corte", "la Declaración Universal",
 * "el Protocolo II"), the words that make it another instrument's name */
static const char *const other_names[] = {
    "Constitucional", "Penal", "Suprema", "Europea", "Interamericana", "Africana", "Árabe",
    "Social", "Islámica", "Enmendado", "sobre", "relativo", "relativa", 0};

/* "article 3 common to the Geneva Conventions": the article they share */
static const char *const common_to[] = {"común a los cuatro", "común a todos los", "común a los", "comunes a los cuatro", "comunes a los", "común a", 0};
/* "la declaración formulada por la Presidencia del Consejo de Seguridad el 3 de
 * mayo de 2016" */
static const char *const made[] = {"formulada", "formuladas", "emitida", "emitidas", 0};
static const char *const on_date[] = {"el", 0};

/* "mi carta de fecha 3 de mayo de 2021, que figura en el documento S/2021/420" */
static const char *const symbol_intro[] = {
    "que figura en el documento", "que figuran en el documento", "publicada con la signatura",
    "distribuida con la signatura", "publicada como documento", "distribuida como documento",
    "que se publicó con la signatura", "que se distribuyó con la signatura",
    "que se distribuyó como documento", 0};

/* "el Encargado de Negocios a.i. de la Misión Permanente de ...": its full
 * stops, and its "a" that is no "to" */
static const char *const sender_words[] = {"a.i.", 0};

/* "el artículo 2 de la Convención": the instrument named last */
static const char *const generic_titles[] = {"Convención", "Convenio", "Tratado", "Pacto", "Estatuto",
                                             "Protocolo", "Acuerdo", "Declaración", 0};
static const char *const name_links[] = {"sobre", "contra", "para", "relativa", "relativo",
                                         "entre", "de", "del", 0};

/* "el Consejo de Derechos Humanos, establecido en virtud de la resolución
 * 60/251": the body named before did not adopt it; a participle of
 * establishing and what follows it before "la resolución" */
#define EST(x)                                                                                     \
    x " por", x " en virtud de", x " de conformidad con", x " mediante", x " con arreglo a",      \
        x " conforme a"
static const char *const established[] = {
    EST("establecido"), EST("establecida"), EST("establecidos"), EST("establecidas"),
    EST("creado"), EST("creada"), EST("creados"), EST("creadas"), EST("instituido"),
    EST("instituida"), 0};
#undef EST
/* "el Tribunal Europeo de Derechos Humanos, en el asunto Georgia c. Rusia" */
static const char *const other_courts[] = {"Tribunal Europeo de Derechos Humanos", "Corte Penal Internacional",
                                           "Corte Permanente de Arbitraje", "Tribunal de Justicia de la Unión Europea",
                                           "Tribunal Internacional del Derecho del Mar",
                                           "Corte Interamericana de Derechos Humanos", "tribunal arbitral",
                                           "Comité para la Eliminación de la Discriminación Racial", "TEDH", 0};
static const char *const icj_names[] = {"Corte Internacional de Justicia", "CIJ", 0};

/* "el Protocolo adicional a los Convenios de Ginebra": los Convenios
 * nombran el protocolo, no se citan */
static const char *const instrument_to[] = {
    "Protocolo adicional a", "Protocolos adicionales a", "Protocolo adicional I a",
    "Protocolo adicional II a", "Protocolo adicional III a", "Protocolo facultativo de",
    "Protocolos facultativos de", 0};

/* cartas citadas por su fecha (lang.h): "mis dos cartas anteriores, de
 * fecha 9 y 11 de marzo de 2022", "mis cartas anteriores sobre la
 * cuestión, la más reciente de fecha 12 de marzo de 2022" (los adjetivos
 * tras el nombre, en letter_to) */
static const char *const letter_to[] = {"anterior", "anteriores", "precedente", "precedentes",
                                        "dirigida a usted", "dirigidas a usted", 0};
static const char *const letter_before[] = {"dos", "tres", "cuatro", "cinco", "anterior", "anteriores",
                                            "última", "últimas", "dos anteriores", "dos últimas", 0};
static const char *const letter_subject[] = {"sobre la cuestión", "sobre esta cuestión", "sobre el tema",
                                             "sobre este tema", "sobre el particular", "al respecto",
                                             "sobre este asunto", 0};
static const char *const letter_latest[] = {
    "la más reciente de fecha", "la última de fecha", "la más reciente de", "la última de",
    "la más reciente fechada el", "la última fechada el", "siendo la más reciente de fecha",
    "siendo la última de fecha", 0};

/* "el artículo 7 de dicha Convención", "de la citada Convención", "de la
 * misma Convención": the one named before */
static const char *const anaphors[] = {"dicha", "dicho", "esta", "este", "citada", "citado",
                                       "mencionada", "mencionado", "misma", "mismo",
                                       "presente", 0};

/* after "la Convención", the phrases starting with a word of name_links
 * that name nothing */
static const char *const link_idioms[] = {"para empezar", "entre otros", "entre otras", "de hecho",
                                          "de igual modo", "de este modo", "sobre todo",
                                          "de manera clara", 0};

/* "la carta que le dirigí el 3 de marzo de 2022": the writer's own */
static const char *const my_letter[] = {"que le dirigí el", "que le envié el", "que le remití el",
                                        "que le dirigí con fecha", "que le hice llegar el", 0};

/* "(ref.: PM/UN/2022/123)", "nuestra referencia MFA/2022/15", "nota verbal
 * núm. …": a State's own reference number */
static const char *const own_refs[] = {"ref", "ref. núm", "ref. No", "referencia", "nota verbal núm", "nota verbal no", "nota núm",
                                       "nota no", "nota verbal n°", "nota n°", 0};

/* the OPCW and its Technical Secretariat (lang.h) */
static const char *const opcw[] = {"OPAQ", "Organización para la Prohibición de las Armas Químicas", "Secretaría Técnica", 0};
/* "la carta de fecha 3 de marzo de 2022 que le dirigió el Representante
 * Permanente de …": the sender after the clause's verb (the writer's own
 * "que le dirigí" is my_letter's) */
static const char *const sender_verb[] = {"que le dirigió", "que le dirigieron", "que le envió", "que le enviaron",
                                          "que le remitió", "que le remitieron", "que le transmitió",
                                          "que le transmitieron", "que le hizo llegar", "que le hicieron llegar",
                                          "que dirigió", "que dirigieron", "que envió", "que enviaron",
                                          "que remitió", "que remitieron", 0};

/* "the letters dated 1 and 5 March 2022 from … of Azerbaijan and Türkiye,
 * respectively": each date its sender, in order */
static const char *const respectively[] = {"respectivamente", 0};

/* "the letter dated 18 April 2022 that I addressed to you": the writer's
 * own, said after the date */
static const char *const my_letter_after[] = {"que le dirigí", "que le envié", "que le remití", "que le hice llegar", 0};

const cg_lang cg_lang_es = {
    .code = "es",
    .name = "Spanish",
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
    .sender_verb = sender_verb,
    .anaphors = anaphors,
    .link_idioms = link_idioms,
    .made = made,
    .council = "Consejo",
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
        .body = {"del Consejo de Seguridad", "de la Asamblea General",
                 "del Consejo Económico y Social", "del Consejo de Derechos Humanos"},
        .resolution = "Resolución %2$s %1$s",
        .resolution_paren = "Resolución %3$.*2$s %4$s %1$s",
        .article = "%s, Artículo %ld",
        .article_para = "%s, Artículo %ld, párrafo %ld",
        .article_sfx = "%1$s, Artículo %2$ld %4$s",
        .article_para_sfx = "%1$s, Artículo %2$ld %4$s, párrafo %3$ld",
        .letter = {"Carta de fecha %s (%s)", "Cartas idénticas de fecha %s (%s)",
                   "Nota verbal de fecha %s (%s)"},
        .letter_key = {NULL, "Cartas idénticas", "Nota verbal"},
        .state_article = NULL,
        .date = "%1$d de %2$s de %3$d",
        .months = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                   "septiembre", "octubre", "noviembre", "diciembre"},
        .list_sep = ", ",
        .list_and = " y ",
    },
};
