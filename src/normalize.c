/* normalize.c: from the bytes read to the clean text the lexer sees.
 *
 * Text extracted from PDFs breaks lines anywhere, doubles them, indents
 * paragraphs, and prints digits, letters and brackets in full width.  The
 * clean text folds all of that, and keeps a map back to where every byte
 * came from, so that references keep their line and offset:
 *   - a run of white space becomes one space, "\n" when it held a line
 *     break, "\n " when a paragraph starts there, nothing between two CJK
 *     characters (a line wrapped inside Chinese text);
 *   - a paragraph starts at a hard break (heading, footnote rule), at a line
 *     indented beyond the text's indentation, and at a blank line after a
 *     line that ended short: one to which the next line's first word would
 *     still have fitted (a line at the full measure wraps; a short one ends
 *     its paragraph), or at any blank line in Markdown and HTML;
 *   - full-width ASCII becomes ASCII, and a dash between letters or digits
 *     a hyphen (joint symbols are printed with en dashes);
 *   - Arabic-Indic digits become ASCII digits, Arabic presentation forms
 *     their base letters; tatweel, Arabic diacritics and bidirectional
 *     marks are left out;
 *   - a Cyrillic or Greek capital that looks like a Latin one becomes it
 *     inside a UN symbol, as a resolution's part letter or in a session's
 *     Roman number ("А/77/150" with a Cyrillic А, "60/283 В", "2625
 *     (ХХV)"), never in a word; the Roman numerals of Unicode (Ⅹ) become
 *     Latin capitals.
 * One pass over the text after a first one over its lines. */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "utf8.h"
#include "util.h"

/* ---- offset maps ---------------------------------------------------- */

void cg_omap_put(cg_omap *m, size_t d, size_t s)
{
    if (m->n) {
        size_t k = m->n - 1;
        if ((int64_t)s - (int64_t)m->src[k] == (int64_t)d - (int64_t)m->dst[k])
            return; /* on the current segment */
        if (m->dst[k] == d) {
            m->src[k] = (uint32_t)s;
            return;
        }
    }
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 64;
        m->dst = cg_xrealloc(m->dst, m->cap * sizeof *m->dst);
        m->src = cg_xrealloc(m->src, m->cap * sizeof *m->src);
    }
    m->dst[m->n] = (uint32_t)d;
    m->src[m->n] = (uint32_t)s;
    m->n++;
}

size_t cg_omap_get(const cg_omap *m, size_t d)
{
    if (!m->n || d < m->dst[0])
        return d;
    size_t lo = 0, hi = m->n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (m->dst[mid] <= d)
            lo = mid;
        else
            hi = mid;
    }
    return m->src[lo] + (d - m->dst[lo]);
}

void cg_omap_free(cg_omap *m)
{
    cg_free(m->dst);
    cg_free(m->src);
    memset(m, 0, sizeof *m);
}

/* ---- characters ----------------------------------------------------- */

static inline int is_space_cp(uint32_t cp)
{
    if (cp <= ' ')
        return 1; /* ASCII controls and the space */
    if (cp < 0xA0)
        return 0;
    return cp == 0xFFFE || cp == 0xFFFF || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
           cp == '\f' || cp == '\v' || cp == 0x3000 || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x202F || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029 || cp < 0x20;
}

static inline int is_newline_cp(uint32_t cp)
{
    return cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x2028 || cp == 0x2029;
}

static inline int ascii_alnum(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Full-width forms of what matters to citations become ASCII; so do the
 * Arabic-Indic and Eastern Arabic-Indic digits (٨٢٢ (١٩٩٣), ۸۲۲). */
static inline uint32_t fold(uint32_t cp)
{
    if (cp >= 0x660 && cp <= 0x6F9) {
        if (cp <= 0x669)
            return '0' + (cp - 0x660);
        if (cp >= 0x6F0)
            return '0' + (cp - 0x6F0);
        return cp;
    }
    if (cp < 0xFF08)
        return cp;
    if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
        (cp >= 0xFF41 && cp <= 0xFF5A))
        return cp - 0xFEE0;
    switch (cp) {
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    case 0xFF0F: return '/';
    case 0xFF3B: return '[';
    case 0xFF3D: return ']';
    default: return cp;
    }
}

/* What the clean text leaves out: the Arabic tatweel (ـ, a stretch of the
 * line) and diacritics (harakat, shadda, sukun, superscript alef, Quranic
 * marks), and the bidirectional marks, embeddings and isolates PDFs and
 * word processors put around left-to-right runs (LRM, RLM, ALM, LRE ...
 * PDF, LRI ... PDI): a symbol written left-to-right inside right-to-left
 * text reads as it would alone. */
static inline int is_ignored(uint32_t cp)
{
    if (cp < 0x61C)
        return cp == 0xAD; /* the soft hyphen: an invisible place to cut a word */
    return cp == 0x640 || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670 ||
           (cp >= 0x6D6 && cp <= 0x6DC) || (cp >= 0x6DF && cp <= 0x6E4) || cp == 0x6E7 ||
           cp == 0x6E8 || (cp >= 0x6EA && cp <= 0x6ED) || cp == 0x200E || cp == 0x200F ||
           cp == 0x61C || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The Arabic presentation forms (U+FB50..U+FDFF, U+FE70..U+FEFF) and the
 * base letters each stands for (a ligature: several; a diacritic's form:
 * none), generated at build time from src/data/unicode/arabic-forms.tsv
 * (src/tools/gen_arabic_fold.c). */
typedef struct arabic_form {
    uint32_t cp;
    uint8_t len;
    const char *s;
} arabic_form;

static const arabic_form arabic_forms[] = {
#include "arabic_fold.inc"
};

static const arabic_form *arabic_form_of(uint32_t cp)
{
    size_t lo = 0, hi = sizeof arabic_forms / sizeof *arabic_forms;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (arabic_forms[mid].cp == cp)
            return &arabic_forms[mid];
        if (arabic_forms[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static inline uint32_t decode(const char *s, size_t n, size_t i, size_t *len)
{
    return cg_u8(s + i, n - i, len);
}

/* ---- Cyrillic and Greek look-alikes in UN symbols -------------------- */

/* The Latin capital a Cyrillic or Greek capital looks like, or 0:
 * А В Е К М Н О Р С Т Х, Ѕ І Ј; Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ. */
static uint32_t lookalike_latin(uint32_t cp)
{
    switch (cp) {
    case 0x410: return 'A';
    case 0x412: return 'B';
    case 0x415: return 'E';
    case 0x41A: return 'K';
    case 0x41C: return 'M';
    case 0x41D: return 'H';
    case 0x41E: return 'O';
    case 0x420: return 'P';
    case 0x421: return 'C';
    case 0x422: return 'T';
    case 0x425: return 'X';
    case 0x405: return 'S';
    case 0x406: return 'I';
    case 0x408: return 'J';
    case 0x391: return 'A';
    case 0x392: return 'B';
    case 0x395: return 'E';
    case 0x396: return 'Z';
    case 0x397: return 'H';
    case 0x399: return 'I';
    case 0x39A: return 'K';
    case 0x39C: return 'M';
    case 0x39D: return 'N';
    case 0x39F: return 'O';
    case 0x3A1: return 'P';
    case 0x3A4: return 'T';
    case 0x3A5: return 'Y';
    case 0x3A7: return 'X';
    default: return 0;
    }
}

/* What a symbol is made of: ASCII letters, digits, . - / and look-alikes. */
static int symbol_cp(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           c == '/' || c == '.' || c == '-' || lookalike_latin(c);
}

/* The code point before byte i, its start in *at; 0 at the start. */
static uint32_t cp_before(const char *s, size_t n, size_t i, size_t *at)
{
    size_t k = i;
    while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80 && i - k < 3)
        k--;
    if (k == 0) {
        *at = 0;
        return 0;
    }
    k--;
    size_t l;
    *at = k;
    return decode(s, n, k, &l);
}

/* The code point before byte i past the white space there (spaces, tabs,
 * no-break and thin spaces, line breaks: at most eight), its start in
 * *at; *ws: how many were passed. */
static uint32_t cp_before_ws(const char *s, size_t n, size_t i, size_t *at, int *ws)
{
    uint32_t c = cp_before(s, n, i, at);
    *ws = 0;
    while (*ws < 8 && c && is_space_cp(c)) {
        (*ws)++;
        c = cp_before(s, n, *at, at);
    }
    return c;
}

/* Whether the look-alike capital at src[i, i + l) stands in a UN symbol or
 * as a resolution's part letter, so that it is read as the Latin letter:
 *   - inside a run of symbol characters holding a "/" and a digit, every
 *     letter of it a capital or a look-alike ("А/77/150", "S/РRST/2020/1",
 *     "А/HRC/RES/46/1", also cut by a line break after a "/"; never a
 *     Russian word: its small letters are not symbol characters);
 *   - alone between a number and what is not a letter ("60/283 В", "217 А
 *     (III)", with any white space between, as PDFs leave it).
 * Each side is read 48 bytes at most. */
static int lookalike_in_symbol(const char *src, size_t n, size_t i, size_t l)
{
    size_t a = i, b = i + l, at;
    int slash = 0, digit = 0;
    while (i - a < 48) {
        uint32_t c = cp_before(src, n, a, &at);
        if (!c || !symbol_cp(c))
            break;
        slash |= c == '/';
        digit |= c >= '0' && c <= '9';
        a = at;
    }
    while (b < n && b - i < 48) {
        size_t cl;
        uint32_t c = decode(src, n, b, &cl);
        if (c == '\n' && src[b - 1] == '/') {
            b++; /* "А/" at the end of a line: the lexer joins the symbol */
            continue;
        }
        if (!symbol_cp(c))
            break;
        slash |= c == '/';
        digit |= c >= '0' && c <= '9';
        b += cl;
    }
    if (slash && digit)
        return 1;
    if (a != i || b != i + l)
        return 0;
    /* a part letter: a number, white space, the letter, then no letter */
    int ws;
    uint32_t c = cp_before_ws(src, n, a, &at, &ws);
    if (!ws || !(c >= '0' && c <= '9'))
        return 0;
    if (b < n) {
        size_t cl;
        uint32_t d = decode(src, n, b, &cl);
        if (!is_space_cp(d) &&
            (d > 0x7F || (d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')))
            return 0;
    }
    return 1;
}

/* A letter of a Roman number: I V X L C D M, or a Cyrillic or Greek
 * capital that looks like one (Х І С М, Ι Χ Μ): its Latin letter, or 0. */
static uint32_t roman_letter(uint32_t c)
{
    uint32_t l = c < 0x80 ? c : lookalike_latin(c);
    return l == 'I' || l == 'V' || l == 'X' || l == 'L' || l == 'C' || l == 'D' || l == 'M' ? l : 0;
}

/* Whether the look-alike capital at src[i, i + l) is a letter of a
 * session's Roman number between brackets after a resolution's number:
 * "2625 (ХХV)", "3314 (ХХIХ)" typed with Cyrillic Х, "217 A (ІІІ)"; the
 * brackets hold Roman letters only (a Russian word never: its small
 * letters are not Roman), and a digit or a part letter stands before them.
 * Each side is read 12 letters at most. */
static int lookalike_in_session(const char *src, size_t n, size_t i, size_t l)
{
    size_t a = i, b = i + l, at;
    uint32_t c;
    for (;;) {
        c = cp_before(src, n, a, &at);
        if (!c || !roman_letter(c) || i - a > 24)
            break;
        a = at;
    }
    if (c != '(')
        return 0;
    for (;;) {
        if (b >= n || b - i > 24)
            return 0;
        size_t cl;
        uint32_t d = decode(src, n, b, &cl);
        if (d == ')')
            break;
        if (!roman_letter(d))
            return 0;
        b += cl;
    }
    int ws;
    c = cp_before_ws(src, n, at, &at, &ws);
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || lookalike_latin(c);
}

/* The Roman numerals of Unicode (Ⅰ … Ⅻ, Ⅼ Ⅽ Ⅾ Ⅿ, and their small forms):
 * the Latin capitals they stand for ("第2625(ⅩⅩⅤ)号决议"). */
static const arabic_form roman_forms[] = {
    {0x2160, 1, "I"}, {0x2161, 2, "II"}, {0x2162, 3, "III"}, {0x2163, 2, "IV"},
    {0x2164, 1, "V"}, {0x2165, 2, "VI"}, {0x2166, 3, "VII"}, {0x2167, 4, "VIII"},
    {0x2168, 2, "IX"}, {0x2169, 1, "X"}, {0x216A, 2, "XI"}, {0x216B, 3, "XII"},
    {0x216C, 1, "L"}, {0x216D, 1, "C"}, {0x216E, 1, "D"}, {0x216F, 1, "M"},
};

static const arabic_form *roman_form_of(uint32_t cp)
{
    if (cp >= 0x2170 && cp <= 0x217F)
        cp -= 0x10;
    return cp >= 0x2160 && cp <= 0x216F ? &roman_forms[cp - 0x2160] : NULL;
}

static inline int is_dash(uint32_t cp)
{
    return cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 ||
           cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D;
}

/* A letter of the scripts that cut words with a hyphen: Latin, Greek,
 * Cyrillic. */
static inline int cased_letter(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x386 && c <= 0x3CE) ||
           (c >= 0x400 && c <= 0x45F);
}

/* Columns a character takes in fixed-width PDF text. */
static inline unsigned width_of(uint32_t cp)
{
    return cg_cjk(cp) || (cp >= 0xFF01 && cp <= 0xFF60) ? 2 : 1;
}


/* A three-byte CJK character at i that the normalizer copies as it is:
 * U+3001..U+9FFF (U+3000 is a space), and ，：；！？ */
static inline int cjk_plain(const char *str, size_t n, size_t i)
{
    const unsigned char *s = (const unsigned char *)str + i;
    if (i + 3 > n || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
        return 0;
    if (s[0] >= 0xE4 && s[0] <= 0xE9)
        return 1;
    if (s[0] == 0xE3)
        return !(s[1] == 0x80 && s[2] == 0x80);
    if (s[0] == 0xEF && s[1] == 0xBC)
        return s[2] == 0x8C || s[2] == 0x9A || s[2] == 0x9B || s[2] == 0x81 || s[2] == 0x9F;
    return 0;
}

/* ---- spans ---------------------------------------------------------- */

typedef struct cursor {
    const cg_spans *sp;
    size_t k;
} cursor;

/* The markup flags of byte i (i increasing). */
static inline unsigned flags_at(cursor *c, size_t i)
{
    if (!c->sp)
        return 0;
    while (c->k < c->sp->n && c->sp->v[c->k].b <= i)
        c->k++;
    if (c->k < c->sp->n && c->sp->v[c->k].a <= i)
        return c->sp->v[c->k].flags;
    return 0;
}

/* ---- the lines' shape ----------------------------------------------- */

typedef struct shape {
    size_t indent;  /* the indentation of running text */
    size_t measure; /* the width of a full line */
    size_t widest;  /* the widest line (a full line of a text too short to have a measure) */
} shape;

/* The indentation of running text is the most common indentation of long
 * lines: PDF text indents a paragraph's first line further than the rest
 * (UN documents print body text at 6 and first lines at 11; Chinese text
 * extracted at 0 and 1), so a line indented beyond it starts a paragraph.
 * The measure is the width most lines of running text reach: the widest
 * line of the most common band of widths (bands of four columns, lines of
 * 20 columns or more), so that long link lines and short headings do not
 * move it; a text with fewer than three lines in that band has none. */
static shape text_shape(const char *src, size_t n)
{
    size_t hist[41] = {0};
    size_t band[256] = {0}, band_max[256] = {0};
    size_t i = 0, widest = 0;
    while (i < n) {
        size_t w = 0, k = i;
        while (k < n && (src[k] == ' ' || src[k] == '\t')) {
            w += src[k] == '\t' ? 8 : 1;
            k++;
        }
        size_t e = k, cols = w, last = w;
        while (e < n && src[e] != '\n') {
            /* eight ASCII bytes, none a line break, at once */
            if (e + 8 <= n) {
                uint64_t eight;
                memcpy(&eight, src + e, 8);
                uint64_t nl = eight ^ 0x0A0A0A0A0A0A0A0Aull;
                if (!(eight & 0x8080808080808080ull) && !((nl - 0x0101010101010101ull) & ~nl & 0x8080808080808080ull)) {
                    int q = 7;
                    while (q >= 0 && (src[e + q] == ' ' || src[e + q] == '\t' || src[e + q] == '\r'))
                        q--;
                    if (q >= 0)
                        last = cols + (size_t)q + 1;
                    cols += 8;
                    e += 8;
                    continue;
                }
            }
            unsigned char c = (unsigned char)src[e];
            if (c < 0x80) {
                cols++;
                if (c != ' ' && c != '\t' && c != '\r')
                    last = cols;
                e++;
            } else if (c >= 0xE3 && c <= 0xED) {
                /* CJK, hangul: two columns; U+3000 is a space */
                cols += 2;
                if (!(c == 0xE3 && e + 2 < n && (unsigned char)src[e + 1] == 0x80 &&
                      (unsigned char)src[e + 2] == 0x80))
                    last = cols;
                e += 3;
            } else {
                size_t l;
                uint32_t cp = decode(src, n, e, &l);
                cols += width_of(cp);
                if (!is_space_cp(cp))
                    last = cols;
                e += l;
            }
        }
        if (e - k >= 40 && w <= 40)
            hist[w]++;
        if (last > widest)
            widest = last;
        if (last >= 20) {
            size_t b = last / 4 < 255 ? last / 4 : 255;
            band[b]++;
            if (last > band_max[b])
                band_max[b] = last;
        }
        i = e + 1;
    }
    shape sh = {0, 0, widest};
    for (size_t w = 1; w <= 40; w++)
        if (hist[w] > hist[sh.indent])
            sh.indent = w;
    size_t best = 0;
    for (size_t b = 1; b < 256; b++)
        if (band[b] && band[b] >= band[best])
            best = b;
    /* fewer lines than that say nothing about the measure */
    sh.measure = band[best] >= 3 ? band_max[best] : 0;
    return sh;
}

/* The width of the word that starts at i (up to white space), in columns:
 * what a line that ended before it would have had to fit. */
static size_t word_width(const char *s, size_t n, size_t i)
{
    size_t w = 0;
    while (i < n && w < 200) {
        size_t l;
        uint32_t cp = decode(s, n, i, &l);
        if (is_space_cp(cp))
            break;
        w += width_of(cp);
        if (cg_cjk(cp))
            break; /* Chinese wraps between any two characters */
        i += l;
    }
    return w;
}

/* Whether the line going on at i (its first character, after its
 * indentation) reaches past `width` columns, counted from `indent`: a
 * wider line after a blank one shows that the line before could have
 * taken its next word (a text whose paragraphs are lines of their own has
 * no measure to say so). */
static int line_reaches(const char *s, size_t n, size_t i, size_t indent, size_t width)
{
    size_t w = indent;
    while (i < n && s[i] != '\n' && s[i] != '\r') {
        size_t l;
        uint32_t cp = decode(s, n, i, &l);
        w += width_of(cp);
        if (w > width && !is_space_cp(cp))
            return 1; /* (its trailing spaces reach nothing) */
        i += l;
    }
    return 0;
}

/* Whether the clean text s[0, n) ends with a word of one to three small
 * letters ("of the", "de la", "в", "и"), one no paragraph ends with. */
static int ends_small_word(const char *s, size_t n)
{
    size_t k = n;
    while (k > 0 && ((unsigned)(((unsigned char)s[k - 1] | 0x20) - 'a') < 26u || (unsigned char)s[k - 1] >= 0x80))
        k--;
    size_t letters = 0;
    while (k < n) {
        size_t l;
        if (!cg_small_letter(decode(s, n, k, &l)) || ++letters > 3)
            return 0;
        k += l;
    }
    return letters > 0;
}

/* ---- references cut by a line break --------------------------------- */

/* Characters a symbol, a resolution number or a URL is made of. */
static inline int ref_char(unsigned c)
{
    return ascii_alnum(c) || (c && c < 0x80 && strchr("/.-_~%?=&#+:()[]", (int)c) != NULL);
}

static inline int has_any(const char *s, size_t n, const char *set)
{
    for (size_t k = 0; k < n; k++)
        if (strchr(set, s[k]))
            return 1;
    return 0;
}

static int starts_ci(const char *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    if (n < l)
        return 0;
    for (size_t k = 0; k < l; k++)
        if ((s[k] | 0x20) != w[k])
            return 0;
    return 1;
}

/* A URL, or what a URL starts with ("https://ww", "www.ohch"). */
static int url_like(const char *s, size_t n)
{
    for (size_t k = 0; k + 3 <= n; k++)
        if (s[k] == ':' && s[k + 1] == '/' && s[k + 2] == '/')
            return 1;
    return starts_ci(s, n, "www.");
}

/* A link that reads as complete: a path whose last segment is a number
 * ("…/mg/185746", "?NewsID=26708") or that ends with the extension of a
 * page or file ("….html", "….pdf"). */
static int complete_link(const char *s, size_t n)
{
    const char *scheme = NULL;
    for (size_t k = 0; k + 3 <= n && !scheme; k++)
        if (s[k] == ':' && s[k + 1] == '/' && s[k + 2] == '/')
            scheme = s + k + 3;
    const char *host = scheme ? scheme : s;
    const char *path = memchr(host, '/', n - (size_t)(host - s));
    if (!path)
        return 0;
    size_t d = n;
    while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9')
        d--;
    if (d < n && d > 0 && (s[d - 1] == '/' || s[d - 1] == '='))
        return 1;
    static const char *const ext[] = {".html", ".htm", ".pdf", ".aspx", ".asp", ".php", ".shtml", ".jsp", ".doc", ".docx"};
    for (size_t q = 0; q < sizeof ext / sizeof *ext; q++) {
        size_t el = strlen(ext[q]);
        if (n > el && starts_ci(s + n - el, el, ext[q]))
            return 1;
    }
    return 0;
}

/* Whether the line break between the text written so far (ending with the
 * last word of a line, at clean offset `end`) and the word that starts at
 * source offset i cuts one reference in two that must be joined:
 * "S/2021/1⏎05号", "第 2254(20⏎15)号", "https://mfa.go⏎v.az/…",
 * "A/76/⏎878".  `cjk_line`: the line ended inside Chinese text, which PDF
 * wraps at a fixed width with no regard for Latin tokens (a Latin run is
 * cut anywhere); elsewhere lines break between words, so only a URL or a
 * symbol that cannot end where the line did is continued.  Whether the
 * line was full is the caller's. */
/* The digits r[0..n) starts with (r is not NUL-terminated). */
static size_t digit_run(const char *r, size_t n)
{
    size_t k = 0;
    while (k < n && r[k] >= '0' && r[k] <= '9')
        k++;
    return k;
}

/* The clean text ends with the prefix of a special session's number, cut
 * after its hyphen: "ES-", "S-", "A/RES/ES-", "A/HRC/S-" (a word of its
 * own, or a symbol's last part). */
static int session_prefix_cut(const char *clean, size_t end)
{
    if (end < 2 || clean[end - 1] != '-')
        return 0;
    size_t a = end - 1, k = a; /* the letters before the hyphen: [k, a) */
    while (k > 0 && clean[k - 1] >= 'A' && clean[k - 1] <= 'Z')
        k--;
    size_t wl = a - k;
    if (!((wl == 2 && clean[k] == 'E' && clean[k + 1] == 'S') || (wl == 1 && clean[k] == 'S')))
        return 0;
    return k == 0 || clean[k - 1] == ' ' || clean[k - 1] == '\n' || clean[k - 1] == '/' || clean[k - 1] == '(' ||
           (unsigned char)clean[k - 1] >= 0x80;
}

/* The clean text ends with a symbol cut after a slash: "(A/HRC/54/",
 * "S/2023/" (a capital first; never a link). */
static int slash_cut(const char *clean, size_t end)
{
    if (end < 3 || clean[end - 1] != '/')
        return 0;
    size_t a = end;
    while (a > 0 && end - a < 64 && (ascii_alnum((unsigned char)clean[a - 1]) || strchr("/.-", clean[a - 1])))
        a--;
    if (a > 0 && !strchr(" \n([", clean[a - 1]) && (unsigned char)clean[a - 1] < 0x80)
        return 0; /* (after Chinese or Arabic text with no space: "作为S/2022/") */
    return clean[a] >= 'A' && clean[a] <= 'Z' && memchr(clean + a, '/', end - 1 - a) != NULL;
}

/* Whether the line going on at i starts with a footnote's number: one to
 * three digits, a space or a tab, then a word. */
static int footnote_number_at(const char *src, size_t n, size_t i)
{
    size_t k = i;
    while (k < n && k - i < 4 && src[k] >= '0' && src[k] <= '9')
        k++;
    if (k == i || k - i > 3 || k + 1 >= n || (src[k] != ' ' && src[k] != '\t'))
        return 0;
    while (k < n && (src[k] == ' ' || src[k] == '\t'))
        k++;
    return k < n && !(src[k] >= '0' && src[k] <= '9') && src[k] != '\n' && src[k] != '\r' &&
           src[k] != '(' && src[k] != '/';
}

static int cut_reference(const char *clean, size_t end, const char *src, size_t n, size_t i, int cjk_line)
{
    /* the left half: the run of reference characters ending the line */
    size_t a = end;
    while (a > 0 && end - a < 4096 && ref_char((unsigned char)clean[a - 1]))
        a--;
    while (a < end && (clean[a] == '(' || clean[a] == '['))
        a++;
    if (a == end)
        return 0;
    const char *l = clean + a;
    size_t ln = end - a;
    char last = l[ln - 1];
    /* the right half, folded, up to white space or a character outside
     * references */
    char r[96];
    size_t rn = 0, k = i;
    while (k < n && rn < sizeof r) {
        size_t len;
        uint32_t c = fold(decode(src, n, k, &len));
        if (c >= 0x80 || !ref_char(c))
            break;
        r[rn++] = (char)c;
        k += len;
    }
    if (!rn)
        return 0;
    /* the right half trimmed of the punctuation that may follow a reference */
    size_t rt = rn;
    while (rt > 0 && strchr(".,;:)]", r[rt - 1]))
        rt--;
    /* the start of a link cut: "https://⏎www.un.org", "ww⏎w.un.org" */
    static const char *const starts[] = {"https://", "http://", "www."};
    for (size_t q = 0; q < 3; q++) {
        size_t sl = strlen(starts[q]);
        if (ln < sl && ln + rn >= sl && (ln >= 2 || q < 2)) {
            char both[16];
            memcpy(both, l, ln);
            memcpy(both + ln, r, sl - ln);
            if (starts_ci(both, sl, starts[q]))
                return 1;
        }
        if (q < 2 && ln == sl && starts_ci(l, ln, starts[q]))
            return 1;
    }
    /* a line that starts a link of its own */
    if (starts_ci(r, rn, "http") || starts_ci(r, rn, "www."))
        return 0;
    int url = url_like(l, ln);
    int symbol = !url && l[0] >= 'A' && l[0] <= 'Z' && memchr(l, '/', ln) != NULL;
    /* after a full stop only a word goes on (DisplayNews.⏎aspx): anything
     * else ends a sentence */
    if (url && last == '.' && !(r[0] >= 'a' && r[0] <= 'z'))
        return 0;
    /* a symbol goes on after a full stop only into the rest of a series
     * (E/CN.⏎4/2005/…): a number there is the next footnote's */
    if (symbol && last == '.' && !memchr(r, '/', rt))
        return 0;
    if (!cjk_line) {
        if (url)
            return r[0] != '(' && r[0] != ')' && r[0] != '[' && r[0] != ']' &&
                   (strchr("-/._?=&#%~+:", last) || has_any(r, rt, "/.-_=&?#%") ||
                    (rt && digit_run(r, rn) == rt && last >= '0' && last <= '9'));
        /* (the rest of a symbol starts with a digit or a capital:
         * "A/75/⏎Add.1", never a word of the text: "S/2021/⏎sur") */
        return symbol && strchr("/-.", last) &&
               ((r[0] >= '0' && r[0] <= '9') || (r[0] >= 'A' && r[0] <= 'Z') ||
                (last != '/' && ascii_alnum((unsigned char)r[0])));
    }
    /* an emergency special session's E cut from its S: "大会第E⏎S-10/14号决议" */
    if (ln == 1 && (l[0] | 0x20) == 'e' && rn >= 3 && (r[0] | 0x20) == 's' && r[1] == '-' &&
        r[2] >= '0' && r[2] <= '9')
        return 1;
    /* in Chinese text: any run of reference characters goes on, but two
     * words of Latin letters are two words ("Human⏎Rights") */
    int alpha_l = 1;
    for (size_t q = 0; q < ln && alpha_l; q++)
        alpha_l = (l[q] | 0x20) >= 'a' && (l[q] | 0x20) <= 'z';
    if (alpha_l && (r[0] | 0x20) >= 'a' && (r[0] | 0x20) <= 'z')
        return 0;
    if (url && (r[0] == '(' || r[0] == '['))
        return 0;
    /* a word of Latin text after a complete link: "…/mg/185746⏎Jojug
     * Marjanli 村" (the rest of a link runs on to Chinese or punctuation) */
    if (ascii_alnum((unsigned char)last) && rn == rt && !has_any(r, rn, "/.-_=&?#%") && k < n &&
        src[k] == ' ' && k + 1 < n && ascii_alnum((unsigned char)src[k + 1]))
        return 0;
    /* a complete link before a word of Latin letters and then Chinese:
     * "…/articles/52736⏎Jojug 村", "…/3ae6b3aa0.html⏎Agdam 市"; a link is
     * complete when its last segment is a number or it ends with the
     * extension of a page or file (a link cut inside a word of its path
     * goes on: "…/press-rel⏎eases/2022") */
    if (url && rn == rt && !has_any(r, rn, "/.-_=&?#%") && complete_link(l, ln) &&
        !(rn == 1 && ln > 4 && (((r[0] | 0x20) == 'l' && starts_ci(l + ln - 4, 4, ".htm")) ||
                                ((r[0] | 0x20) == 'x' && (starts_ci(l + ln - 4, 4, ".doc") ||
                                                          starts_ci(l + ln - 4, 4, ".asp")))))) {
        /* (…/page.htm⏎l is a cut .html) */
        size_t q = 0;
        while (q < rn && (unsigned)(((unsigned char)r[q] | 0x20) - 'a') < 26u)
            q++;
        if (q == rn)
            return 0;
    }
    /* a number before a date's number: "议程项目 10、51、92 和 137⏎⏎  1994 年 1 月": joined, the
     * two would make a year of more than four digits (or a month or day
     * of more than two), so they are two numbers ("19⏎94 年" is one) */
    if (digit_run(l, ln) == ln && digit_run(r, rn) == rn) {
        size_t q = k;
        while (q < n && (src[q] == ' ' || src[q] == '\t'))
            q++;
        size_t len;
        uint32_t c = q < n ? decode(src, n, q, &len) : 0;
        if ((c == 0x5E74 && ln + rn > 4) || ((c == 0x6708 || c == 0x65E5) && ln + rn > 2))
            return 0;
    }
    /* a complete symbol before a date: "S/2021/105⏎2021 年" */
    if (symbol && last >= '0' && last <= '9' && digit_run(r, rn) == rn) {
        while (k < n && (src[k] == ' ' || src[k] == '\t'))
            k++;
        size_t len;
        uint32_t c = k < n ? decode(src, n, k, &len) : 0;
        if (c == 0x5E74 || c == 0x6708 || c == 0x65E5) /* 年 月 日 */
            return 0;
    }
    return 1;
}

/* ---- output --------------------------------------------------------- */

typedef struct out {
    cg_text *t;
    size_t cap;
    int echo;        /* inside an echo range */
    size_t next_src; /* the source offset that continues the current map segment */
} out;

static void grow(out *o, size_t extra)
{
    cg_text *t = o->t;
    if (t->n + extra + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 1024;
        while (cap < t->n + extra + 1)
            cap *= 2;
        t->s = cg_xrealloc(t->s, cap);
        o->cap = cap;
    }
}

static void set_echo(out *o, int echo)
{
    cg_text *t = o->t;
    if (echo == o->echo)
        return;
    if (t->necho == t->echo_cap)
        t->echo = cg_xrealloc(t->echo, (t->echo_cap = t->echo_cap ? t->echo_cap * 2 : 16) * sizeof *t->echo);
    t->echo[t->necho++] = (uint32_t)t->n;
    o->echo = echo;
}

/* Appends bytes that came from source offset orig; the map gets a point
 * only where the shift between the two texts changes. */
static inline void emit(out *o, const char *bytes, size_t len, size_t orig, int echo)
{
    cg_text *t = o->t;
    if (t->n + len + 1 > o->cap)
        grow(o, len);
    if (echo != o->echo)
        set_echo(o, echo);
    if (orig != o->next_src)
        cg_omap_put(&t->map, t->n, orig);
    o->next_src = orig + len;
    memcpy(t->s + t->n, bytes, len);
    t->n += len;
}

/* The next code point that is not white space or dropped markup. */
static uint32_t peek_next(const char *src, size_t n, const cg_spans *sp, size_t i)
{
    cursor c = {sp, 0};
    while (i < n) {
        size_t l;
        uint32_t cp = decode(src, n, i, &l);
        if (!(flags_at(&c, i) & (CG_MASK_DROP | CG_MASK_SPACE)) && !is_space_cp(cp) &&
            !is_ignored(cp))
            return fold(cp);
        i += l;
    }
    return 0;
}

static void new_para(cg_text *t, size_t start)
{
    if (t->nparas == t->para_cap)
        t->paras = cg_xrealloc(t->paras, (t->para_cap = t->para_cap ? t->para_cap * 2 : 16) * sizeof *t->paras);
    memset(&t->paras[t->nparas], 0, sizeof t->paras[t->nparas]);
    t->paras[t->nparas++].start = (uint32_t)start;
}

static inline void count_script(cg_scripts *sc, uint32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F))
        sc->latin++;
    else if (c >= 0x400 && c <= 0x52F)
        sc->cyrillic++;
    else if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0xFB50 && c <= 0xFEFC))
        sc->arabic++;
    else if (cg_cjk(c))
        sc->cjk++;
}

void cg_normalize(cg_text *t, const char *src, size_t n, const cg_spans *spans, int blank_is_para)
{
    memset(t, 0, sizeof *t);
    out o = {t, 0, 0, 0};
    cursor cur = {spans && spans->n ? spans : NULL, 0};
    const cg_spans *sp = cur.sp;
    shape sh = text_shape(src, n);
    new_para(t, 0);
    uint32_t prev = 0;
    int pending = 0, newlines = 0, hard = 0;
    int furniture = 0; /* the white space pending holds a line of page furniture */
    int shy = 0; /* the last character written was followed by a soft hyphen */
    int nobreak = 0; /* the white space pending is no-break spaces only */
    size_t indent = 0, ws_at = 0;
    size_t col = 0, line_w = 0, last_w = 0; /* columns on the source line; the width of the line before */
    size_t line_indent = 0, last_indent = 0;    /* the indentation of this line and the one before */
    int line_cjk = 0, last_cjk = 0;         /* the source line holds Chinese; the line before did */
    int line_echo = 0, last_echo = 0;       /* the source line is a link annotation; the line before was */
    size_t full = sh.measure ? sh.measure : sh.widest; /* the width of a full line, for cut references */

    for (size_t i = 0; i < n;) {
        /* the common case: printable ASCII outside markup, with single
         * spaces between its words, copied as is */
        if (!pending && (unsigned char)src[i] > ' ' && (unsigned char)src[i] < 0x7F &&
            !flags_at(&cur, i)) {
            size_t lim = sp && cur.k < sp->n ? sp->v[cur.k].a : n;
            size_t j = i, letters = 0;
            for (;;) {
                /* eight printable bytes at a time, their letters counted
                 * in the word (the per-byte flags of "between 0x60 and
                 * 0x7B" of the bytes with 0x20 set) */
                while (j + 8 <= lim) {
                    uint64_t w;
                    memcpy(&w, src + j, 8);
                    uint64_t del = w ^ 0x7F7F7F7F7F7F7F7Full;
                    if ((w & 0x8080808080808080ull) || ((w - 0x2121212121212121ull) & ~w & 0x8080808080808080ull) ||
                        ((del - 0x0101010101010101ull) & ~del & 0x8080808080808080ull))
                        break;
                    uint64_t y = w | 0x2020202020202020ull, lo7 = y & 0x7F7F7F7F7F7F7F7Full;
                    uint64_t f = (0x0101010101010101ull * (127 + 0x7B) - lo7) & ~y &
                                 (lo7 + 0x0101010101010101ull * (127 - 0x60)) & 0x8080808080808080ull;
                    letters += (size_t)(((f >> 7) * 0x0101010101010101ull) >> 56);
                    j += 8;
                }
                while (j < lim && (unsigned char)src[j] > ' ' && (unsigned char)src[j] < 0x7F) {
                    letters += (unsigned)(((unsigned char)src[j] | 0x20) - 'a') < 26u;
                    j++;
                }
                if (j + 1 < lim && src[j] == ' ' && (unsigned char)src[j + 1] > ' ' &&
                    (unsigned char)src[j + 1] < 0x7F)
                    j++;
                else
                    break;
            }
            emit(&o, src + i, j - i, i, 0);
            shy = 0;
            t->scripts.latin += (uint32_t)letters;
            t->paras[t->nparas - 1].sc.latin += (uint32_t)letters;
            col += j - i;
            line_w = col;
            prev = (unsigned char)src[j - 1];
            i = j;
            continue;
        }
        /* CJK characters U+3001..U+9FFF and the full-width punctuation that
         * stays as it is (，：；！？) outside markup: never space, never folded */
        if (!pending && cjk_plain(src, n, i) && !flags_at(&cur, i)) {
            size_t lim = sp && cur.k < sp->n ? sp->v[cur.k].a : n;
            size_t j = i;
            while (j + 3 <= lim && cjk_plain(src, n, j))
                j += 3;
            if (j > i) {
                emit(&o, src + i, j - i, i, 0);
                shy = 0;
                uint32_t chars = (uint32_t)((j - i) / 3);
                t->scripts.cjk += chars;
                t->paras[t->nparas - 1].sc.cjk += chars;
                col += 2 * chars;
                line_w = col;
                line_cjk = 1;
                size_t l3;
                prev = decode(src, n, j - 3, &l3);
                i = j;
                continue;
            }
        }
        /* a run of ASCII spaces outside markup: what the loop below does
         * for each of them, at once */
        if (src[i] == ' ' && !flags_at(&cur, i)) {
            size_t lim = sp && cur.k < sp->n ? sp->v[cur.k].a : n;
            size_t j = i;
            while (j < lim && src[j] == ' ')
                j++;
            if (j > i) {
                if (!pending)
                    ws_at = i;
                pending = 1;
                nobreak = 0;
                if (newlines)
                    indent += j - i;
                col += j - i;
                i = j;
                continue;
            }
        }
        size_t l;
        uint32_t cp = decode(src, n, i, &l);
        unsigned m = flags_at(&cur, i);
        if ((m & CG_MASK_DROP) || is_ignored(cp)) {
            if (cp == 0xAD && !pending && !(m & CG_MASK_DROP))
                shy = 1; /* a word may be cut here */
            i += l;
            continue;
        }
        /* a presentation form: its base letters */
        const arabic_form *form = cp >= 0xFB50 && cp <= 0xFEFC ? arabic_form_of(cp)
                                  : cp >= 0x2160 && cp <= 0x217F ? roman_form_of(cp)
                                                                 : NULL;
        if (form && !form->len) {
            i += l;
            continue;
        }
        if ((m & CG_MASK_SPACE) || is_space_cp(cp)) {
            if ((m & CG_MASK_RUNNING) && !is_space_cp(cp)) {
                if (t->nrunning && t->running[t->nrunning - 1][1] == i)
                    t->running[t->nrunning - 1][1] = (uint32_t)(i + l);
                else if (t->nrunning < 4) {
                    t->running[t->nrunning][0] = (uint32_t)i;
                    t->running[t->nrunning][1] = (uint32_t)(i + l);
                    t->nrunning++;
                }
            }
            /* (a no-break space, narrow or not, or an ideographic space:
             * what a typist puts where the line must not break) */
            int nb = !(m & CG_MASK_SPACE) && (cp == 0xA0 || cp == 0x202F || cp == 0x2007 || cp == 0x3000);
            nobreak = pending ? nobreak && nb : nb;
            if (!pending)
                ws_at = i;
            pending = 1;
            if ((m & CG_MASK_SPACE) && !(m & CG_MASK_BREAK) && newlines && !is_space_cp(cp))
                furniture = 1;
            if (is_newline_cp(cp) || (m & CG_MASK_BREAK)) {
                if (!(cp == '\n' && i > 0 && src[i - 1] == '\r')) {
                    if (!newlines || line_w) {
                        last_w = line_w;
                        last_cjk = line_cjk;
                        last_echo = line_echo;
                        last_indent = line_indent;
                    }
                    newlines++;
                }
                indent = 0;
                col = line_w = 0;
                line_cjk = 0;
                line_echo = 0;
            } else {
                unsigned w = cp == '\t' ? 8 : cp == 0x3000 ? 2 : 1; /* columns */
                if (newlines)
                    indent += w;
                col += w;
            }
            if (m & CG_MASK_BREAK)
                hard = 1;
            i += l;
            continue;
        }
        size_t fl;
        uint32_t c = form ? cg_u8(form->s, form->len, &fl) : fold(cp);
        if (cp >= 0x391 && cp <= 0x42F && lookalike_latin(cp) &&
            (lookalike_in_symbol(src, n, i, l) || (roman_letter(cp) && lookalike_in_session(src, n, i, l)))) {
            c = lookalike_latin(cp);
            t->lookalikes++;
        }
        if (cp == 0x2010 || cp == 0x2011) {
            c = '-'; /* a hyphen, breaking or not, is the hyphen: "د‑3", "по‑прежнему" */
        } else if (is_dash(cp) && (ascii_alnum(prev) || prev == ')')) {
            uint32_t next = peek_next(src, n, sp, i + l);
            if (ascii_alnum(next))
                c = '-';
        }
        if (pending && prev) {
            int blank = newlines >= 2;
            /* a blank line after a line that could have taken the next
             * word (with room to spare for the punctuation rules of
             * Chinese typesetting) ends a paragraph */
            size_t tol = sh.measure / 6 > 8 ? sh.measure / 6 : 8;
            size_t ww = word_width(src, n, i);
            int indented = newlines && indent > sh.indent;
            /* (a Latin, Cyrillic or Arabic text without a measure
             * has paragraphs of a line each: it was never laid out on
             * pages, and a blank line in it ends one, full stop or not;
             * not where a link or a symbol is cut, "…/5/0/⏎⏎40690.pdf",
             * nor after "of the", before small letters) */
            int para = hard || indented || (blank_is_para && blank) ||
                       (blank && !sh.measure && !last_cjk && !cg_cjk(cp) && !(c >= 'a' && c <= 'z') &&
                        !(prev < 0x80 && strchr("/-?=&_~%#+:.", (int)prev)) && !ends_small_word(t->s, t->n)) ||
                       (blank && sh.measure && last_w + ww + tol <= sh.measure) ||
                       (blank && sh.widest > last_w + ww + tol && line_reaches(src, n, i, indent, last_w + ww + tol));
            /* a reference cut by the break of a full line (one the next
             * word would not have fitted, give or take a proportional
             * glyph) goes on across it: "S/2021/1⏎05", "https://mfa.go⏎
             * v.az".  Chinese PDF text has a blank line after every
             * line, and an indented line starts a paragraph; Latin text
             * has no blank line inside a paragraph, and a footnote's
             * continuation lines are indented a little further */
            /* (in Latin text a footnote's number, less indented than the
             * footnote's line before, starts the next footnote:
             * "https://mfa.gov.ua/…/ukraine-20223⏎2 See …" is no cut link;
             * so it does after a link annotation, a URL alone on its line,
             * on a line indented otherwise) */
            int cut = newlines && !hard && !(blank_is_para && blank) && full >= 20 &&
                      !(((!last_cjk && indent + 2 <= last_indent) || (last_echo && indent != last_indent)) &&
                        footnote_number_at(src, n, i)) &&
                      last_w + ww + 6 > full && ref_char(prev) && ref_char(c) &&
                      (last_cjk ? !indented : !blank && indent <= sh.indent + 6) && cut_reference(t->s, t->n, src, n, i, last_cjk);
            /* a special session's number cut after its hyphen goes on on
             * any line: "resolution ES-⏎11/1", "A/HRC/RES/S-⏎34/1" (a symbol
             * cannot end there) */
            if (!cut && (newlines == 1 || furniture) && !hard && !indented && c >= '0' && c <= '9' &&
                session_prefix_cut(t->s, t->n))
                cut = 1;
            /* a symbol cut after a slash at the foot of a page goes on
             * past the page's furniture (job number, bar code, page
             * number, running header) on the next: "(A/HRC/54/⏎23-20114
             * (F)⏎*2320114*⏎2/3⏎A/78/548⏎22)" is A/HRC/54/22 (a symbol
             * cannot end with its slash; the lexer joins "/⏎22") */
            if (!cut && para && furniture && !hard && !indented && ascii_alnum(c) && slash_cut(t->s, t->n))
                para = 0;
            /* a word cut after a soft hyphen at the end of a line goes on
             * on the next: "sécu\u00AD⏎rité" (the hyphen shown there is
             * one the word processor made; a word's own hyphen is U+002D) */
            if (!cut && shy && newlines && !hard && !para && cased_letter(prev) && cased_letter(c))
                cut = 1;
            /* a symbol's parts joined by a no-break space after its slash
             * are one symbol ("S/RES/\u00A02334 (2016)"): the typist kept
             * them together; a plain space there cuts it, as before.  The
             * rest starts with a digit or a series' capitals ("RES/",
             * "PRST/"), never a word: "A/78/\u00A0and" */
            if (!cut && nobreak && !newlines && slash_cut(t->s, t->n) &&
                ((c >= '0' && c <= '9') ||
                 (c >= 'A' && c <= 'Z' && i + 1 < n &&
                  ((src[i + 1] >= 'A' && src[i + 1] <= 'Z') || (src[i + 1] >= '0' && src[i + 1] <= '9') || src[i + 1] == '.'))))
                cut = 1;
            if (cut)
                ; /* one reference: nothing between its halves */
            else if (para) {
                emit(&o, "\n ", 2, ws_at, 0);
                new_para(t, t->n);
            }
            else if (cg_cjk(prev) && cg_cjk(c))
                ; /* a line wrapped inside Chinese text: join */
            else if (newlines)
                emit(&o, "\n", 1, ws_at, 0);
            else
                emit(&o, " ", 1, ws_at, 0);
        }
        if (newlines)
            line_indent = indent;
        pending = newlines = hard = shy = furniture = nobreak = 0;
        indent = 0;
        char enc[4];
        size_t el = form ? form->len : c == cp ? l : cg_utf8_encode(c, enc);
        emit(&o, form ? form->s : c == cp ? src + i : enc, el, i, (m & CG_MASK_ECHO) != 0);
        line_echo = (m & CG_MASK_ECHO) != 0;
        if (el != l || form)
            o.next_src = (size_t)-1; /* a folded character: the next byte needs a point */
        count_script(&t->scripts, c);
        count_script(&t->paras[t->nparas - 1].sc, c);
        col += width_of(cp);
        line_w = col;
        /* (a line of Latin text with curly quotes “…” or a bullet is not
         * Chinese: those count as CJK only for joining Chinese lines) */
        if (c >= 0x2E80 && cg_cjk(c))
            line_cjk = 1;
        prev = c;
        i += l;
    }
    grow(&o, 0);
    set_echo(&o, 0);
    cg_omap_put(&t->map, t->n, n);
    t->s[t->n] = '\0';
    t->src = src;
    t->src_len = n;
}

void cg_text_free(cg_text *t)
{
    cg_free(t->s);
    cg_omap_free(&t->map);
    cg_free(t->echo);
    cg_free(t->paras);
    cg_free(t->breaks);
    memset(t, 0, sizeof *t);
}

size_t cg_text_orig(const cg_text *t, size_t i)
{
    return cg_omap_get(&t->map, i);
}

int cg_text_echo(const cg_text *t, size_t i)
{
    /* ranges alternate: [echo[0], echo[1]) in, [echo[1], echo[2]) out ... */
    size_t lo = 0, hi = t->necho;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->echo[mid] <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo & 1;
}
