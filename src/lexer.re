/* lexer.re: splits the clean text into tokens (re2c, UTF-8).
 *
 * The lexer knows the shapes: UN symbols, URLs, 《titles》, resolution
 * numbers in their three shapes (822 (1993), 2625 (XXV), 75/1), numbers,
 * Chinese numerals, words, single characters.  The grammar of citations
 * (lists, articles, bodies) is the scanner's business (scanner.c).
 * Generated into lexer.c at build time by re2c. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A symbol must carry a digit somewhere: "TCP/IP" is not a UN symbol. */
static int has_digit(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

static size_t word_end(const char *s, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
                     (s[i] >= '0' && s[i] <= '9')))
        i++;
    return i > a ? i : a + 1;
}

static int url_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("-._~:/?#[]@!$&'*+,;=%()", c) != NULL);
}

/* A URL cut by a hard line break goes on when the line ended inside it
 * (after . / - _ ? = & #) and the next line starts, unindented, with what
 * can only be the rest of it (lower case, digits, or URL punctuation). */
static size_t url_continue(const char *s, size_t n, size_t end)
{
    for (;;) {
        if (end + 1 >= n || s[end] != '\n' || !strchr("./-_?=&#", s[end - 1]))
            return end;
        unsigned char c = (unsigned char)s[end + 1];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("/?=&#%_", c)))
            return end;
        /* after a full stop only a word goes on (DisplayNews. / aspx): a
         * digit there is the next footnote's number */
        if (s[end - 1] == '.' && !(c >= 'a' && c <= 'z'))
            return end;
        /* a line that starts a link of its own is not the rest of this one */
        if (strncmp(s + end + 1, "http", 4) == 0 || strncmp(s + end + 1, "www.", 4) == 0)
            return end;
        size_t e = end + 1;
        while (e < n && url_char((unsigned char)s[e]))
            e++;
        end = e;
    }
}

/* Trailing punctuation is not part of a URL; a closing bracket is, when it
 * closes one opened inside the URL (undocs.org/S/RES/822(1993)). */
static size_t url_trim(const char *s, size_t a, size_t end)
{
    while (end > a) {
        char c = s[end - 1];
        if (strchr(".,;:!?'\"*", c)) {
            end--;
            continue;
        }
        if (c == ')' || c == ']') {
            char open = c == ')' ? '(' : '[';
            int depth = 0;
            for (size_t i = a; i < end; i++)
                depth += s[i] == open ? 1 : s[i] == c ? -1 : 0;
            if (depth < 0) {
                end--;
                continue;
            }
        }
        break;
    }
    return end;
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 1;
*/

size_t cg_lex(const cg_text *t, cg_token **out)
{
    const unsigned char *base = (const unsigned char *)t->s;
    const unsigned char *YYCURSOR = base;
    const unsigned char *YYMARKER = base;
    cg_token *tok = NULL;
    size_t ntok = 0, cap = 0;
    int ws = 0, nl = 0, para = 0;

    for (;;) {
        const unsigned char *start = YYCURSOR;
        cg_tok_type type;
        size_t a = (size_t)(start - base);
        /*!re2c
            d      = [0-9];
            yr     = [12] d d d;
            roman  = [IVXLC]+;
            sp     = [ \t]* ("\n" [ \t]*)?;
            alnum  = [A-Za-z0-9];
            c1     = [A-Z] [A-Z0-9]* ("." [A-Z0-9]+)*;
            cn     = alnum+ ([.-] alnum+)* | [A-Za-z]+ "." "\n" [0-9]+;
            sym1   = c1 ("/" "\n"? cn)+;
            cnum   = [零〇一二三四五六七八九十百千两]+;
            urlc   = [A-Za-z0-9\-._~:/?#@!$&'*+,;=%()[\]];

            "\x00" { break; }

            [ \t]+ { ws = 1; continue; }
            "\n" " "+ { ws = 1; nl = 1; para = 1; continue; }
            "\n"   { ws = 1; nl = 1; continue; }

            sym1 ([ ]* "-" [ ]* "\n"? sym1)? {
                size_t e = (size_t)(YYCURSOR - base);
                if (!has_digit(t->s, a, e)) {
                    YYCURSOR = base + word_end(t->s, a, e);
                    type = TK_WORD;
                } else {
                    type = TK_SYMBOL;
                }
                goto emit;
            }
            ('http' 's'? '://' | 'www.' | 'undocs.org/') urlc+ {
                size_t e = url_continue(t->s, t->n, (size_t)(YYCURSOR - base));
                e = url_trim(t->s, a, e);
                YYCURSOR = base + e;
                type = TK_URL;
                goto emit;
            }
            "《" [^《》\x00]* "》" {
                if (YYCURSOR - start > 600) {
                    YYCURSOR = start + 3; /* not a title: a stray bracket */
                    type = TK_CHAR;
                } else {
                    type = TK_TITLE;
                }
                goto emit;
            }
            d{1,4} sp "(" sp yr sp ")"  { type = TK_NUM_YEAR; goto emit; }
            d{1,4} (sp [A-H] (sp ("and" | "和" | "及" | "," | "、") sp [A-H])?)? sp "(" sp ("S-" | "ES-")? roman sp ")" {
                type = TK_NUM_ROMAN; goto emit;
            }
            ("ES-" | "S-")? d{1,4} "/" d{1,4} { type = TK_SLASHNUM; goto emit; }
            d+ "/" [A-Z]+ "." d+ { type = TK_DECISION; goto emit; }
            d+      { type = TK_NUM; goto emit; }
            cnum    { type = TK_CNUM; goto emit; }
            [A-Za-z]+ { type = TK_WORD; goto emit; }
            [\x00-\x7F] { type = TK_PUNCT; goto emit; }
            [^]     { type = TK_CHAR; goto emit; }
            *       { type = TK_CHAR; goto emit; }
        */
    emit:
        if (ntok + 2 > cap) {
            cap = cap ? cap * 2 : 256;
            tok = cg_xrealloc(tok, cap * sizeof *tok);
        }
        tok[ntok].type = type;
        tok[ntok].start = (uint32_t)a;
        tok[ntok].end = (uint32_t)(YYCURSOR - base);
        tok[ntok].ws = (unsigned)ws;
        tok[ntok].nl = (unsigned)nl;
        tok[ntok].para = (unsigned)para;
        ws = nl = para = 0;
        ntok++;
    }
    if (ntok + 1 > cap)
        tok = cg_xrealloc(tok, (ntok + 1) * sizeof *tok);
    tok[ntok].type = TK_EOF;
    tok[ntok].start = tok[ntok].end = (uint32_t)t->n;
    tok[ntok].ws = tok[ntok].nl = tok[ntok].para = 0;
    *out = tok;
    return ntok;
}
