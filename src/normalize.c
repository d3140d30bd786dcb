/* normalize.c: from the original bytes to the clean text the lexer sees.
 *
 * Text extracted from PDFs breaks lines anywhere, doubles them, indents
 * paragraphs, and prints digits, letters and brackets in full width.  The
 * clean text folds all of that, and remembers for every byte where it came
 * from in the original, so that references keep their line and offset. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int is_space_cp(uint32_t cp)
{
    return cp == 0xFFFE || cp == 0xFFFF || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0x3000 || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
           cp == 0xFEFF || (cp < 0x20);
}

static int is_newline_cp(uint32_t cp)
{
    return cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0x2028 || cp == 0x2029;
}

static int ascii_alnum(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Full-width forms of what matters to citations become ASCII. */
static uint32_t fold(uint32_t cp)
{
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

static int is_dash(uint32_t cp)
{
    return cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 ||
           cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D;
}

typedef struct out {
    cg_buf s;
    uint32_t *orig;
    unsigned char *echo;
    size_t cap;
} out;

static void emit(out *o, const char *bytes, size_t len, size_t orig, int echo)
{
    if (o->s.len + len + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 1024;
        while (cap < o->s.len + len + 1)
            cap *= 2;
        o->orig = cg_xrealloc(o->orig, cap * sizeof *o->orig);
        o->echo = cg_xrealloc(o->echo, cap);
        o->cap = cap;
    }
    for (size_t k = 0; k < len; k++) {
        o->orig[o->s.len + k] = (uint32_t)orig;
        o->echo[o->s.len + k] = (unsigned char)echo;
    }
    cg_buf_add(&o->s, bytes, len);
}

/* The next code point that is not white space or dropped markup. */
static uint32_t peek_next(const char *src, size_t n, const unsigned char *mask, size_t i)
{
    while (i < n) {
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)src + i, n - i, &cp);
        if (!l)
            return 0;
        if (!(mask[i] & (CG_MASK_DROP | CG_MASK_SPACE)) && !is_space_cp(cp))
            return fold(cp);
        i += l;
    }
    return 0;
}

/* The indentation of running text: the most common indentation of long
 * lines.  PDF text indents a paragraph's first line further than the rest
 * (UN documents print body text at 6 and first lines at 11; Chinese text
 * extracted at 0 and 1), so a line indented beyond it starts a paragraph. */
static size_t base_indent(const char *src, size_t n)
{
    size_t hist[41] = {0};
    size_t i = 0;
    while (i < n) {
        size_t w = 0, k = i;
        while (k < n && (src[k] == ' ' || src[k] == '\t')) {
            w += src[k] == '\t' ? 8 : 1;
            k++;
        }
        size_t e = k;
        while (e < n && src[e] != '\n')
            e++;
        if (e - k >= 40 && w <= 40)
            hist[w]++;
        i = e + 1;
    }
    size_t best = 0;
    for (size_t w = 1; w <= 40; w++)
        if (hist[w] > hist[best])
            best = w;
    return best;
}

void cg_normalize(cg_text *t, const char *src, size_t n, const unsigned char *mask,
                  int blank_is_para)
{
    out o = {0};
    uint32_t prev = 0;
    int pending = 0, newlines = 0, indent = 0, hard = 0;
    size_t base = base_indent(src, n);
    size_t ws_at = 0;

    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)src + i, n - i, &cp);
        if (!l) { /* the reader rejects invalid UTF-8; stay safe anyway */
            cp = 0xFFFD;
            l = 1;
        }
        unsigned char m = mask[i];
        if (m & CG_MASK_DROP) {
            i += l;
            continue;
        }
        if ((m & CG_MASK_SPACE) || is_space_cp(cp)) {
            if (!pending)
                ws_at = i;
            pending = 1;
            if (is_newline_cp(cp) || (m & CG_MASK_BREAK)) {
                if (!(cp == '\n' && i > 0 && src[i - 1] == '\r'))
                    newlines++;
                indent = 0;
            } else if (newlines) {
                indent += cp == '\t' ? 8 : cp == 0x3000 ? 2 : 1; /* columns */
            }
            if (m & CG_MASK_BREAK)
                hard = 1;
            i += l;
            continue;
        }
        uint32_t c = fold(cp);
        if (is_dash(cp) && (ascii_alnum(prev) || prev == ')')) {
            uint32_t next = peek_next(src, n, mask, i + l);
            if (ascii_alnum(next))
                c = '-';
        }
        if (pending && prev) {
            int para = hard || (newlines && (size_t)indent > base) ||
                       (blank_is_para && newlines >= 2);
            if (para)
                emit(&o, "\n ", 2, ws_at, 0);
            else if (cg_is_cjk(prev) && cg_is_cjk(c))
                ; /* a line wrapped inside Chinese text: join */
            else if (newlines)
                emit(&o, "\n", 1, ws_at, 0);
            else
                emit(&o, " ", 1, ws_at, 0);
        }
        pending = newlines = indent = hard = 0;
        char enc[4];
        size_t el = cg_utf8_encode(c, enc);
        emit(&o, enc, el, i, (m & CG_MASK_ECHO) != 0);
        prev = c;
        i += l;
    }
    emit(&o, "", 0, n, 0);
    if (!o.orig) {
        o.orig = cg_xmalloc(sizeof *o.orig);
        o.echo = cg_xmalloc(1);
    }
    o.orig[o.s.len] = (uint32_t)n;
    o.echo[o.s.len] = 0;
    if (!o.s.s)
        cg_buf_puts(&o.s, "");
    t->n = o.s.len;
    t->s = cg_buf_take(&o.s);
    t->orig = o.orig;
    t->echo = o.echo;
    t->src = src;
    t->src_len = n;

    size_t cap = 64;
    t->lines = cg_xmalloc(cap * sizeof *t->lines);
    t->nlines = 0;
    t->lines[t->nlines++] = 0;
    for (size_t i = 0; i < n; i++)
        if (src[i] == '\n') {
            if (t->nlines == cap) {
                cap *= 2;
                t->lines = cg_xrealloc(t->lines, cap * sizeof *t->lines);
            }
            t->lines[t->nlines++] = i + 1;
        }
}

void cg_text_free(cg_text *t)
{
    free(t->s);
    free(t->orig);
    free(t->echo);
    free(t->lines);
    memset(t, 0, sizeof *t);
}

void cg_text_position(const cg_text *t, size_t orig, long *line, long *col)
{
    size_t lo = 0, hi = t->nlines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (t->lines[mid] <= orig)
            lo = mid;
        else
            hi = mid;
    }
    *line = (long)lo + 1;
    size_t ls = t->lines[lo];
    if (orig > t->src_len)
        orig = t->src_len;
    *col = (long)cg_utf8_count(t->src + ls, orig - ls) + 1;
}

/* ---- sentences ------------------------------------------------------ */

static int starts_with(const char *s, size_t n, size_t i, const char *lit)
{
    size_t l = strlen(lit);
    return i + l <= n && memcmp(s + i, lit, l) == 0;
}

/* Is there a sentence boundary right before offset i? */
static int boundary_before(const cg_text *t, size_t i)
{
    const char *s = t->s;
    if (i == 0)
        return 1;
    if (i >= 3 && (starts_with(s, t->n, i - 3, "。") || starts_with(s, t->n, i - 3, "！") ||
                   starts_with(s, t->n, i - 3, "？")))
        return 1;
    if (i >= 2 && s[i - 2] == '\n' && s[i - 1] == ' ')
        return 1; /* paragraph */
    if (s[i - 1] == '_' && s[i] != '_')
        return 1; /* footnote rule */
    /* ". 3 United Nations, Treaty Series": a footnote starts */
    if (i >= 2 && (s[i - 1] == ' ' || s[i - 1] == '\n') && strchr(".!?", s[i - 2]) && i + 2 < t->n && s[i] >= '1' &&
        s[i] <= '9') {
        size_t k = i;
        while (k < t->n && s[k] >= '0' && s[k] <= '9')
            k++;
        if (k - i <= 2 && k + 1 < t->n && s[k] == ' ' &&
            ((s[k + 1] >= 'A' && s[k + 1] <= 'Z') || (unsigned char)s[k + 1] >= 0x80))
            return 1;
    }
    if (i >= 2 && (s[i - 1] == ' ' || s[i - 1] == '\n') && strchr(".!?", s[i - 2]) && i < t->n &&
        ((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0x80)) {
        /* ". The": not after a one- or two-letter abbreviation (p., No, para.) */
        size_t w = i - 2;
        size_t k = w;
        while (k > 0 && ((s[k - 1] >= 'a' && s[k - 1] <= 'z') || (s[k - 1] >= 'A' && s[k - 1] <= 'Z')))
            k--;
        size_t wl = w - k;
        if (s[i - 2] == '.' && (wl <= 2 || (wl <= 5 && (cg_strncaseeq(s + k, "para", 4) ||
                                                         cg_strncaseeq(s + k, "paras", 5) ||
                                                         cg_strncaseeq(s + k, "art", 3) ||
                                                         cg_strncaseeq(s + k, "arts", 4) ||
                                                         cg_strncaseeq(s + k, "vol", 3) ||
                                                         cg_strncaseeq(s + k, "Corr", 4) ||
                                                         cg_strncaseeq(s + k, "Add", 3) ||
                                                         cg_strncaseeq(s + k, "Rev", 3) ||
                                                         cg_strncaseeq(s + k, "Suppl", 5)))))
            return 0;
        return 1;
    }
    return 0;
}

int cg_sentence_break(const cg_text *t, size_t pos)
{
    return pos <= t->n && boundary_before(t, pos);
}

void cg_sentence_bounds(const cg_text *t, size_t pos, size_t *a, size_t *b)
{
    const size_t max_side = 600;
    size_t i = pos;
    while (i > 0 && pos - i < max_side && !boundary_before(t, i))
        i--;
    size_t j = pos + 1;
    while (j < t->n && j - pos < max_side && !boundary_before(t, j))
        j++;
    /* keep to character boundaries */
    while (i > 0 && ((unsigned char)t->s[i] & 0xC0) == 0x80)
        i--;
    while (j < t->n && ((unsigned char)t->s[j] & 0xC0) == 0x80)
        j++;
    while (i < j && (t->s[i] == ' ' || t->s[i] == '\n' || t->s[i] == '_'))
        i++;
    while (j > i && (t->s[j - 1] == ' ' || t->s[j - 1] == '\n' || t->s[j - 1] == '_'))
        j--;
    *a = i;
    *b = j;
}
