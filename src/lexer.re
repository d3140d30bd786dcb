/* lexer.re: the clean text as tokens, one at a time (re2c, UTF-8).
 *
 * Shapes only (lex.h).  Each rule keeps what it matched; where the longest
 * candidate of a rule could run far and then fail (a symbol without a
 * digit, a title without its closing bracket, a URL), its length is bounded
 * so that every byte is read a bounded number of times: the lexer is linear
 * on any input.  Generated into lexer.c at build time by re2c. */
#include <stddef.h>
#include <string.h>

#include "lex.h"

#define MAX_TITLE 600  /* bytes between 《 and 》 */
#define MAX_URL 4096   /* bytes of a URL, continuation lines included */

/*!include:re2c "unicode_categories.re" */


/* ---- UN symbols ------------------------------------------------------
 *   symbol = part ([ ]{0,2} "-" [ ]{0,2} "\n"? part)?      (a joint symbol)
 *   part   = head ("/" "\n"? comp){1,9}
 *   head   = [A-Z] [A-Z0-9]* ("." [A-Z0-9]+){0,3}
 *   comp   = alnum+ ([.-] alnum+){0,4} | [A-Za-z]{1,8} "." ("\n" | [ ]{1,2}) [0-9]{1,4}
 * read greedily (the longest match), every run bounded (MAX_COMP): a
 * symbol is short, and a long run that only looks like one is read once. */
#define MAX_COMP 32

static int is_alnum(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static int is_upper_alnum(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* A run of f-characters of 1..MAX_COMP bytes at p: its end, or NULL. */
static const unsigned char *run(const unsigned char *p, const unsigned char *end, int (*f)(unsigned char))
{
    const unsigned char *q = p;
    while (q < end && q - p < MAX_COMP && f(*q))
        q++;
    return q > p ? q : NULL;
}

static const unsigned char *head_end(const unsigned char *p, const unsigned char *end)
{
    if (p >= end || !(*p >= 'A' && *p <= 'Z'))
        return NULL;
    const unsigned char *q = run(p, end, is_upper_alnum);
    for (int k = 0; k < 3 && q && q + 1 < end && *q == '.' && is_upper_alnum(q[1]); k++)
        q = run(q + 1, end, is_upper_alnum);
    return q;
}

static int is_letter(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static const unsigned char *comp_end(const unsigned char *p, const unsigned char *end)
{
    /* "Add.\n1": a modifier cut by a line break; "Rev. 1", "PV. 5": one
     * or two spaces after its full stop (a component of letters alone
     * ends no symbol) */
    const unsigned char *w = run(p, end, is_letter);
    if (w && w - p <= 8 && w + 2 < end && w[0] == '.') {
        const unsigned char *g = w + 1;
        if (*g == '\n')
            g++;
        else
            for (int k = 0; k < 2 && g < end && *g == ' '; k++)
                g++;
        const unsigned char *d = g > w + 1 && g < end && is_digit(*g) ? run(g, end, is_digit) : NULL;
        if (d && d - g <= 4)
            return d;
    }
    const unsigned char *q = run(p, end, is_alnum);
    for (int k = 0; k < 4 && q && q + 1 < end && (*q == '.' || *q == '-') && is_alnum(q[1]); k++)
        q = run(q + 1, end, is_alnum);
    return q;
}

static const unsigned char *part_end(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *q = head_end(p, end);
    if (!q)
        return NULL;
    int comps = 0;
    while (comps < 9 && q < end && *q == '/') {
        const unsigned char *c = q + 1;
        if (c < end && *c == '\n') {
            c++;
            /* the rest of a symbol cut after its slash starts with a digit
             * or a capital ("A/HRC/54/⏎22", "A/75/⏎Add.1"), never a word of
             * the text: "S/2021/⏎sur ce point" */
            if (c < end && !is_digit(*c) && !(*c >= 'A' && *c <= 'Z'))
                break;
        }
        const unsigned char *e = c < end ? comp_end(c, end) : NULL;
        if (!e)
            break;
        q = e;
        comps++;
    }
    return comps ? q : NULL;
}

static const unsigned char *symbol_end(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *q = part_end(p, end);
    if (!q)
        return NULL;
    const unsigned char *r = q;
    for (int k = 0; k < 2 && r < end && *r == ' '; k++)
        r++;
    if (r < end && *r == '-') {
        r++;
        for (int k = 0; k < 2 && r < end && *r == ' '; k++)
            r++;
        if (r < end && *r == '\n')
            r++;
        const unsigned char *e = part_end(r, end);
        if (e)
            return e;
    }
    return q;
}

/* A symbol must carry a digit somewhere: "TCP/IP" is not a UN symbol. */
static int has_digit(const unsigned char *a, const unsigned char *b)
{
    for (; a < b; a++)
        if (*a >= '0' && *a <= '9')
            return 1;
    return 0;
}

static const unsigned char *alnum_end(const unsigned char *a, const unsigned char *b)
{
    const unsigned char *i = a;
    while (i < b && ((*i >= 'A' && *i <= 'Z') || (*i >= 'a' && *i <= 'z') || (*i >= '0' && *i <= '9')))
        i++;
    return i > a ? i : a + 1;
}

static int url_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("-._~:/?#[]@!$&'*+,;=%()", c) != NULL);
}

/* The bytes of the URL character at p (below lim), or 0: the ASCII ones
 * of RFC 3986, and the letters of an IRI's path written as they are in
 * the Latin and Cyrillic scripts ("politique-étrangère", "новости"), not
 * × ÷, not the punctuation of any script, not CJK (Chinese text runs on
 * from a link with no space: "见https://x.org/a的报告"). */
static size_t url_char_at(const unsigned char *p, const unsigned char *lim)
{
    if (url_char(*p))
        return 1;
    if (p + 1 >= lim || (p[1] & 0xC0) != 0x80)
        return 0;
    if (*p >= 0xC3 && *p <= 0xC9) /* U+00C0 .. U+027F */
        return *p == 0xC3 && (p[1] == 0x97 || p[1] == 0xB7) ? 0 : 2;
    return *p >= 0xD0 && *p <= 0xD3 ? 2 : 0; /* U+0400 .. U+04FF */
}

/* The rest of a URL from p: URL characters, and the lines a hard line
 * break cut it into, when the line ended inside it (after . / - _ ? = & #)
 * and the next line starts, unindented, with what can only be the rest of
 * it.  Bounded by MAX_URL from the URL's start a. */
static const unsigned char *url_end(const unsigned char *a, const unsigned char *p,
                                    const unsigned char *end)
{
    const unsigned char *lim = end - a > MAX_URL ? a + MAX_URL : end;
    size_t cl;
    while (p < lim && (cl = url_char_at(p, lim)) != 0)
        p += cl;
    for (;;) {
        if (p + 1 >= lim || *p != '\n' || !strchr("./-_?=&#", p[-1]))
            return p;
        unsigned char c = p[1];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c && strchr("/?=&#%_", c))))
            return p;
        /* after a full stop only a word goes on (DisplayNews. / aspx): a
         * digit there is the next footnote's number */
        if (p[-1] == '.' && !(c >= 'a' && c <= 'z'))
            return p;
        /* a line that starts a link of its own is not the rest of this one */
        if ((size_t)(lim - p) > 5 && (memcmp(p + 1, "http", 4) == 0 || memcmp(p + 1, "www.", 4) == 0))
            return p;
        p++;
        while (p < lim && (cl = url_char_at(p, lim)) != 0)
            p += cl;
    }
}

/* Trailing punctuation is not part of a URL; a closing bracket is, when it
 * closes one opened inside the URL (undocs.org/S/RES/822(1993)).  One that
 * closes nothing opened in it ends it, with what follows: the bracket the
 * URL was written in, then a footnote's number ("(see https://x.org/a).1",
 * "（见 https://x.org/a）1。"). */
static const unsigned char *url_trim(const unsigned char *a, const unsigned char *end)
{
    long paren = 0, square = 0;
    for (const unsigned char *i = a; i < end; i++) {
        paren += *i == '(' ? 1 : *i == ')' ? -1 : 0;
        square += *i == '[' ? 1 : *i == ']' ? -1 : 0;
        if (paren < 0 || square < 0) {
            end = i;
            paren = square = 0;
            break;
        }
    }
    while (end > a) {
        unsigned char c = end[-1];
        if (strchr(".,;:!?'\"*", c)) {
            end--;
        } else if (c == ')' && paren < 0) {
            paren++;
            end--;
        } else if (c == ']' && square < 0) {
            square++;
            end--;
        } else {
            break;
        }
    }
    return end;
}

/* 《...》 within MAX_TITLE bytes, with no 《 inside: the end after 》, or NULL. */
static const unsigned char *title_end(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *lim = end - p > MAX_TITLE + 3 ? p + MAX_TITLE + 3 : end;
    for (; p + 3 <= lim; p++) {
        if (*p == 0)
            return NULL;
        if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x8B)
            return p + 3;
        if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x8A)
            return NULL;
    }
    return NULL;
}

static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static uint32_t decode_at(const unsigned char *p, const unsigned char *end, size_t *len)
{
    size_t l = utf8_len(*p);
    if ((size_t)(end - p) < l)
        l = 1;
    *len = l;
    switch (l) {
    case 1: return *p;
    case 2: return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    case 3: return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    default:
        return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
               (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    }
}

static int cp_upper(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x100 && c <= 0x17F && !(c & 1) && c != 0x138) ||
           (c >= 0x391 && c <= 0x3AB) || (c >= 0x400 && c <= 0x42F);
}

#define cp_lower cg_lex_lower

/* TF_CAP and TF_UPPER of a word. */
static int word_case(const unsigned char *a, const unsigned char *b)
{
    size_t l;
    uint32_t c = decode_at(a, b, &l);
    if (!cp_upper(c))
        return 0;
    int letters = 1, lower = 0;
    for (const unsigned char *p = a + l; p < b; p += l) {
        c = decode_at(p, b, &l);
        letters++;
        lower |= cp_lower(c);
    }
    return TF_CAP | (letters >= 2 && !lower ? TF_UPPER : 0);
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 1;
*/

void cg_lexer_init(cg_lexer *lx, const char *s, size_t n)
{
    lx->base = lx->cur = (const unsigned char *)s;
    lx->end = lx->base + n;
    lx->pending = 0;
}

void cg_lex_next(cg_lexer *lx, cg_token *out)
{
    const unsigned char *YYCURSOR = lx->cur, *YYMARKER = lx->cur, *YYCTXMARKER = lx->cur;
    const unsigned char *start;
    cg_tok_type type;
    int flags = 0;
    for (;;) {
        start = YYCURSOR;
        if (start >= lx->end) {
            type = TK_EOF;
            goto emit;
        }
        /* the common case of English text: spaces, and a run of ASCII
         * letters that cannot begin a longer shape (a symbol "S/..." or
         * "E/CN.4", a link "http:", "www.", "undocs.org/", a word going on
         * with an accented letter) */
        if (*start == ' ') {
            while (YYCURSOR < lx->end && *YYCURSOR == ' ')
                YYCURSOR++;
            lx->pending |= TF_WS;
            continue;
        }
        if ((unsigned)((*start | 0x20) - 'a') < 26u) {
            const unsigned char *q = start + 1;
            int upper_first = *start <= 'Z', lower = 0;
            while (q < lx->end && (unsigned)((*q | 0x20) - 'a') < 26u) {
                lower |= *q >= 'a';
                q++;
            }
            unsigned char c = q < lx->end ? *q : 0;
            if (c < 0x80 && c != '/' && c != '.' && c != ':' &&
                !(upper_first && ((c >= '0' && c <= '9') || c == '-'))) {
                YYCURSOR = q;
                type = TK_WORD;
                flags = upper_first ? TF_CAP | (q - start >= 2 && !lower ? TF_UPPER : 0) : 0;
                goto emit;
            }
        }
        /* the common case of Chinese text: an ideograph U+4000..U+9FFF that
         * is not a numeral, a token of its own */
        if (*start >= 0xE4 && *start <= 0xE9 && lx->end - start >= 3 && (start[1] & 0xC0) == 0x80 &&
            (start[2] & 0xC0) == 0x80) {
            uint32_t cp = (uint32_t)(start[0] & 0x0F) << 12 | (uint32_t)(start[1] & 0x3F) << 6 | (start[2] & 0x3F);
            if (cg_lex_plain_cjk(cp)) {
                YYCURSOR = start + 3;
                type = TK_CHAR;
                goto emit;
            }
        }
        /*!re2c
            d      = [0-9];
            yr     = [12] d d d;
            roman  = [IVXLC]{1,12};
            sp     = [ \t]* ("\n" [ \t]*)?;
            /* a resolution's part letters: A to H, and the Arabic texts'
             * names of the letters (ألف A, باء B, ... حاء H; ألف also
             * without its hamza) */
            part   = [A-H] | "ألف" | "الف" | "باء" | "جيم" | "دال" | "هاء" | "واو" | "زاي" | "حاء";
            psep   = "and" | "和" | "及" | "," | "、" | "،" | "و";
            c1     = [A-Z] [A-Z0-9]* ("." [A-Z0-9]+){0,3};
            cnum   = [零〇一二三四五六七八九十百千两]{1,12};
            cjk    = [\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303c\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff];
            wordch = (L | M) \ cjk;

            "\x00" { YYCURSOR = lx->end; type = TK_EOF; goto emit; }

            [ \t]+      { lx->pending |= TF_WS; continue; }
            "\n" " "+   { lx->pending |= TF_WS | TF_NL | TF_PARA; continue; }
            "\n"        { lx->pending |= TF_WS | TF_NL; continue; }

            c1 "/" {
                const unsigned char *e = symbol_end(start, lx->end);
                /* a symbol never ends with its slash: one cut there and
                 * not joined ("A/HRC/54/⏎␣␣22", "A/78/ 548") is the prefix
                 * of a series, no document; of a joint symbol whose second
                 * half is cut, the first half stands */
                if (e && e < lx->end && *e == '/') {
                    const unsigned char *q = part_end(start, lx->end), *d = NULL;
                    if (q && q < e && *q != '/')
                        d = q; /* "A/75/693 - S/2020/" */
                    else /* "A/75/693-S/2020/": the last hyphen before a capital */
                        for (const unsigned char *k = e; k-- > start && !d;)
                            if (*k == '-' && k + 1 < e && k[1] >= 'A' && k[1] <= 'Z' && part_end(start, k) == k)
                                d = k;
                    e = d;
                }
                if (!e || !has_digit(start, e)) {
                    YYCURSOR = alnum_end(start, e ? e : YYCURSOR);
                    flags = word_case(start, YYCURSOR);
                    type = TK_WORD;
                } else {
                    YYCURSOR = e;
                    type = TK_SYMBOL;
                }
                goto emit;
            }
            'http' 's'? '://' | 'www.' | 'undocs.org/' {
                YYCURSOR = url_trim(start, url_end(start, YYCURSOR, lx->end));
                type = TK_URL;
                goto emit;
            }
            "《" {
                const unsigned char *e = title_end(YYCURSOR, lx->end);
                if (e) {
                    YYCURSOR = e;
                    type = TK_TITLE;
                } else {
                    type = TK_CHAR; /* a stray bracket */
                }
                goto emit;
            }
            d{1,4} sp "(" sp yr sp ")"  { type = TK_NUM_YEAR; goto emit; }
            d{1,4} (sp part (sp psep sp part)?)? sp "(" sp ("S-" | "ES-")? roman sp ")" {
                type = TK_NUM_ROMAN; goto emit;
            }
            /* the Arabic texts' sessions: 2625 (د-25), 1725 (الدورة 16),
             * with the parts: 217 ألف (د-3), 181 ألف وباء (د-2) */
            d{1,4} (sp part (sp psep sp part)?)? sp "(" sp ("د" sp "-" | "الدورة") sp d{1,2} sp ")" {
                type = TK_NUM_ROMAN; goto emit;
            }
            ("ES-" | "S-")? d{1,4} "/" d{1,4} { type = TK_SLASHNUM; goto emit; }
            /* and their special sessions: دإط-11/1 (ES-11/1), دإ-34/1 (S-34/1) */
            ("دإط" | "دإ") sp "-" sp d{1,4} "/" d{1,4} { type = TK_SLASHNUM; goto emit; }
            /* ... after the "and" joined to them: ودإط-11/1 is و and دإط-11/1 */
            "و" / ("دإط" | "دإ") sp "-" sp d{1,4} "/" d{1,4} { type = TK_WORD; goto emit; }
            /* ... and to a symbol: وS/2022/5 is و and S/2022/5 */
            "و" / c1 "/" { type = TK_WORD; goto emit; }
            d{1,6} "/" [A-Z]{1,8} "." d{1,4} { type = TK_DECISION; goto emit; }
            d+      { type = TK_NUM; goto emit; }
            cnum    { type = TK_CNUM; goto emit; }
            cjk     { type = TK_CHAR; goto emit; }
            wordch+ { flags = word_case(start, YYCURSOR); type = TK_WORD; goto emit; }
            [\x00-\x7F] { type = TK_PUNCT; goto emit; }
            [^]     { type = TK_CHAR; goto emit; }
            *       { type = TK_CHAR; goto emit; }
        */
    }
emit:
    (void)YYMARKER;
    (void)YYCTXMARKER;
    out->type = (uint8_t)type;
    out->start = (uint32_t)(start - lx->base);
    out->end = (uint32_t)(YYCURSOR - lx->base);
    out->vid = 0;
    out->roles = 0;
    out->flags = (uint8_t)(lx->pending | flags);
    lx->pending = 0;
    lx->cur = YYCURSOR;
}

uint32_t cg_token_cp(const char *s, const cg_token *t)
{
    size_t l;
    if (t->end <= t->start)
        return 0;
    return decode_at((const unsigned char *)s + t->start, (const unsigned char *)s + t->end, &l);
}

static uint32_t fold_cp(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c < 0x80)
        return c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    if (c >= 0x100 && c <= 0x137 && !(c & 1))
        return c + 1;
    if (c >= 0x139 && c <= 0x148 && (c & 1))
        return c + 1;
    if (c >= 0x14A && c <= 0x177 && !(c & 1))
        return c + 1;
    if (c == 0x178)
        return 0xFF;
    if (c >= 0x179 && c <= 0x17E && (c & 1))
        return c + 1;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32;
    if (c == 0x401 || c == 0x451)
        return 0x435; /* Ё, ё -> е */
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x460 && c <= 0x4FF && !(c & 1) && !(c >= 0x482 && c <= 0x489) && c != 0x4C0)
        return c + 1;
    if (c == 0x622 || c == 0x623 || c == 0x625 || c == 0x671)
        return 0x627; /* آ أ إ ٱ -> ا: PDFs and typists drop the hamza */
    if (c == 0x649)
        return 0x64A; /* ى -> ي */
    if (c == 0x2018 || c == 0x2019)
        return '\'';
    return c;
}

/* Arabic tatweel and harakat carry no meaning for matching. */
static int ignorable(uint32_t c)
{
    return c == 0x640 || (c >= 0x64B && c <= 0x65F) || c == 0x670;
}

static size_t put_cp(uint32_t c, char *o)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | c >> 6);
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | c >> 12);
        o[1] = (char)(0x80 | (c >> 6 & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | c >> 18);
    o[1] = (char)(0x80 | (c >> 12 & 0x3F));
    o[2] = (char)(0x80 | (c >> 6 & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

size_t cg_token_key(const char *s, const cg_token *t, char *buf, size_t cap)
{
    const unsigned char *p = (const unsigned char *)s + t->start;
    const unsigned char *e = (const unsigned char *)s + t->end;
    size_t n = 0;
    switch (t->type) {
    case TK_URL:
    case TK_EOF:
        return 0;
    case TK_WORD:
        if (e - p <= (ptrdiff_t)cap) {
            /* ASCII words: lower case, byte by byte */
            const unsigned char *q = p;
            while (q < e && *q < 0x80) {
                if (*q != '-' && *q != '\n') /* a word joined at a line end */
                    buf[n++] = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
                q++;
            }
            if (q == e)
                return n;
            n = 0;
        }
        /* fall through */
    case TK_CHAR:
    case TK_PUNCT:
        while (p < e) {
            size_t l;
            uint32_t c = decode_at(p, e, &l);
            p += l;
            if (ignorable(c))
                continue;
            if (t->type == TK_WORD && (c == '-' || c == '\n' || c == 0x2010))
                continue; /* a word joined at a line end: "résolu-\ntion" */
            c = fold_cp(c);
            if (n + 4 > cap)
                return 0;
            n += put_cp(c, buf + n);
        }
        return n;
    default:
        /* numbers, symbols, 《titles》: white space out, case kept */
        for (; p < e; p++) {
            if (*p == ' ' || *p == '\n' || *p == '\t')
                continue;
            if (n + 1 > cap)
                return 0;
            buf[n++] = (char)*p;
        }
        return n;
    }
}
