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
    W("décision", DEC_NOUN), W("décisions", DEC_NOUN),
    V("Conseil de sécurité", BODY, 'S'), V("Assemblée générale", BODY, 'A'),
    V("Assemblée", BODY, 'A'), V("Conseil économique et social", BODY, 'E'),
    U("ECOSOC", BODY, 'E'), V("Conseil des droits de l'homme", BODY, 'H'),
    V("Commission des droits de l'homme", BODY, 'C'),
    /* bodies outside the United Nations: their resolutions are not the UN's */
    U("OCI", BODY, 'X'), U("OTSC", BODY, 'X'), U("CEI", BODY, 'X'), U("UE", BODY, 'X'),
    U("UA", BODY, 'X'), U("OSCE", BODY, 'X'), U("OTAN", BODY, 'X'),
    V("Ligue des États arabes", BODY, 'X'), V("Organisation de la coopération islamique", BODY, 'X'),
    V("Assemblée parlementaire", BODY, 'X'), V("Conseil de l'Europe", BODY, 'X'),
    V("Parlement européen", BODY, 'X'), V("Union européenne", BODY, 'X'),
    V("Union africaine", BODY, 'X'), V("Organisation des États américains", BODY, 'X'),
    V("Assemblée nationale", BODY, 'X'), V("Parlement", BODY, 'X'),
    /* lists */
    W(",", LIST_SEP), W("et", AND), W("ou", OR), W("ainsi que", AS_WELL_AS),
    W("de", OF), W("du", OF), W("des", OF), W("d", OF), W("le", ARTICLE_DEF),
    W("la", ARTICLE_DEF), W("les", ARTICLE_DEF), W("l", ARTICLE_DEF), W("sa", ITS),
    W("son", ITS), W("ses", ITS), W("leur", THEIR), W("leurs", THEIR), W("ma", MY),
    W("mon", MY), W("mes", MY), W("notre", MY), W("nos", MY), W("Recueil", VOLUME_BEFORE),
    W("Reports", VOLUME_BEFORE),
    /* dates */
    V("janvier", MONTH, 1), V("février", MONTH, 2), V("mars", MONTH, 3), V("avril", MONTH, 4),
    V("mai", MONTH, 5), V("juin", MONTH, 6), V("juillet", MONTH, 7), V("août", MONTH, 8),
    V("septembre", MONTH, 9), V("octobre", MONTH, 10), V("novembre", MONTH, 11),
    V("décembre", MONTH, 12),
    /* articles */
    W("Article", ART_NOUN), W("Articles", ART_NOUN), W("art", ART_NOUN),
    W("paragraphe", PARA_NOUN), W("paragraphes", PARA_NOUN), W("par", PARA_NOUN),
    W("alinéa", PARA_NOUN),
    /* titles */
    W("intitulé", ENTITLED), W("intitulée", ENTITLED), W("intitulés", ENTITLED),
    W("intitulées", ENTITLED),
    /* letters */
    W("lettre", LETTER_NOUN), W("lettres", LETTER_NOUN), W("note", NOTE_NOUN),
    W("notes", NOTE_NOUN), W("verbale", VERBALE), W("verbales", VERBALE),
    W("datée du", DATED), W("datées du", DATED), W("en date du", DATED), W("du", DATED),
    W("adressée", ADDRESSED), W("adressées", ADDRESSED),
    V("Secrétaire général", ADDRESSEE, CG_ADDR_SG),
    V("Président du Conseil de sécurité", ADDRESSEE, CG_ADDR_PSC),
    V("Présidente du Conseil de sécurité", ADDRESSEE, CG_ADDR_PSC),
    V("Président de l'Assemblée générale", ADDRESSEE, CG_ADDR_PGA),
    V("Présidente de l'Assemblée générale", ADDRESSEE, CG_ADDR_PGA),
    V("Président du Conseil des droits de l'homme", ADDRESSEE, CG_ADDR_PHRC),
    V("Présidente du Conseil des droits de l'homme", ADDRESSEE, CG_ADDR_PHRC),
    /* the header */
    W("identiques", IDENTICAL), W("annexe", ANNEX), W("session", SESSION),
    W("année", YEAR_WORD), W("ordre du jour", AGENDA), W("point", ITEM), W("points", ITEM),
    W("provisoire", PROVISIONAL), W("signé", SIGNED), W("Nations Unies", MASTHEAD),
    V("premier", ORDINAL, 1), V("première", ORDINAL, 1), V("deuxième", ORDINAL, 2),
    V("troisième", ORDINAL, 3), V("quatrième", ORDINAL, 4), V("cinquième", ORDINAL, 5),
    V("sixième", ORDINAL, 6), V("septième", ORDINAL, 7), V("huitième", ORDINAL, 8),
    V("neuvième", ORDINAL, 9), V("dixième", ORDINAL, 10),
    {0, 0, 0, 0}};

/* words of French running text that English and Spanish do not use */
static const char *const function_words[] = {
    "le", "du", "des", "et", "est", "une", "dans", "pour", "qui", "sur", "au", "aux", "ce",
    "cette", "nous", "ne", "pas", "à", "été", "avec", "sont", "leur", "ont", "il", "elle", 0};

static const char *const abbreviations[] = {"par", "art", "vol", "Corr", "Add", "Rev", "Suppl",
                                            "no", "M", "Mme", 0};

const cg_lang cg_lang_fr = {
    .code = "fr",
    .name = "French",
    .script = CG_SCRIPT_LATIN,
    .function_words = function_words,
    .order = CG_ORDER_HEAD_FIRST,
    .words = words,
    .abbreviations = abbreviations,
    .short_words_abbreviate = 0,
    .labels = {
        .body = {"du Conseil de sécurité", "de l'Assemblée générale",
                 "du Conseil économique et social", "du Conseil des droits de l'homme"},
        .resolution = "Résolution %2$s %1$s",
        .resolution_paren = "Résolution %3$.*2$s %4$s %1$s",
        .article = "%s, Article %ld",
        .article_para = "%s, Article %ld, paragraphe %ld",
        .letter = {"Lettre datée du %s (%s)", "Lettres identiques datées du %s (%s)",
                   "Note verbale datée du %s (%s)"},
        .letter_key = {NULL, "Lettres identiques", "Note verbale"},
        .state_article = NULL,
        .date = "%1$d %2$s %3$d",
        .months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                   "septembre", "octobre", "novembre", "décembre"},
        .list_sep = ", ",
        .list_and = " et ",
    },
};
