/* reader.c: checks a file's bytes and marks what is markup.
 *
 * The reader never rewrites the text: it lists spans of markup that the
 * normalizer honours, so that every reference keeps its offset in the
 * original file.  It recognises plain text (as extracted from PDFs) and
 * Markdown, and marks link annotations (a URL alone on its line, a link
 * target) as echoes of the text around them, and page furniture (job
 * numbers, bar codes, page numbers, running headers) as white space. */
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "utf8.h"
#include "util.h"

typedef cg_spans mark_t;

/* Adds flags to bytes [a, b); spans are sorted and merged by
 * cg_reader_prepare at the end. */
static void set(mark_t *m, size_t a, size_t b, unsigned bits)
{
    if (a >= b)
        return;
    if (m->n && m->v[m->n - 1].b == a && m->v[m->n - 1].flags == bits) {
        m->v[m->n - 1].b = (uint32_t)b;
        return;
    }
    if (m->n == m->cap)
        m->v = cg_xrealloc(m->v, (m->cap = m->cap ? m->cap * 2 : 16) * sizeof *m->v);
    m->v[m->n].a = (uint32_t)a;
    m->v[m->n].b = (uint32_t)b;
    m->v[m->n].flags = bits;
    m->n++;
}

void cg_spans_free(cg_spans *sp)
{
    cg_free(sp->v);
    memset(sp, 0, sizeof *sp);
}

static int cmp_span(const void *x, const void *y)
{
    const cg_span *a = x, *b = y;
    return a->a < b->a ? -1 : a->a > b->a ? 1 : a->b < b->b ? -1 : a->b > b->b;
}

/* Sorted, non-overlapping spans with the flags of every span covering
 * each byte OR'ed: a sweep over the boundaries. */
static void normalize_spans(cg_spans *m)
{
    if (m->n < 2)
        return;
    size_t nb = 2 * m->n;
    uint32_t *cuts = cg_xmalloc(nb * sizeof *cuts);
    for (size_t k = 0; k < m->n; k++) {
        cuts[2 * k] = m->v[k].a;
        cuts[2 * k + 1] = m->v[k].b;
    }
    /* sort the cut points */
    for (size_t gap = nb / 2; gap > 0; gap /= 2)
        for (size_t i = gap; i < nb; i++)
            for (size_t j = i; j >= gap && cuts[j - gap] > cuts[j]; j -= gap) {
                uint32_t t = cuts[j];
                cuts[j] = cuts[j - gap];
                cuts[j - gap] = t;
            }
    qsort(m->v, m->n, sizeof *m->v, cmp_span);
    cg_spans out = {0};
    size_t first = 0; /* spans before it end at or before the current piece */
    for (size_t c = 0; c + 1 < nb; c++) {
        uint32_t a = cuts[c], b = cuts[c + 1];
        if (a == b)
            continue;
        unsigned flags = 0;
        while (first < m->n && m->v[first].b <= a)
            first++;
        for (size_t k = first; k < m->n && m->v[k].a <= a; k++)
            if (m->v[k].b > a)
                flags |= m->v[k].flags;
        if (flags)
            set(&out, a, b, flags);
    }
    cg_free(cuts);
    cg_free(m->v);
    *m = out;
}

static int is_url_start(const char *s, size_t n)
{
    return (n >= 7 && memcmp(s, "http://", 7) == 0) || (n >= 8 && memcmp(s, "https://", 8) == 0) ||
           (n >= 4 && memcmp(s, "www.", 4) == 0);
}

/* A line that holds nothing but one URL is a PDF link annotation: the
 * reference it repeats is already in the text above it.  [a, b) is the
 * line without its surrounding white space. */
static void echo_line(const char *s, size_t a, size_t b, mark_t *mask)
{
    if (b <= a || !is_url_start(s + a, b - a))
        return;
    for (size_t k = a; k < b; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c <= ' ' || c >= 0x80)
            return;
    }
    if (strchr(".,;", s[b - 1]) == NULL)
        set(mask, a, b, CG_MASK_ECHO);
}

static int furniture_line(const char *s, size_t a, size_t b)
{
    /* the footer "Please recycle" under the recycling mark */
    if (b - a == 14 && cg_strncaseeq(s + a, "Please recycle", 14))
        return 1;
    /* a page number between dashes, "- 2 -" */
    if (b - a >= 3 && s[a] == '-' && s[b - 1] == '-') {
        size_t q = a + 1, d = 0;
        while (q < b && s[q] == ' ')
            q++;
        while (q < b && s[q] >= '0' && s[q] <= '9')
            q++, d++;
        while (q < b && s[q] == ' ')
            q++;
        if (d >= 1 && d <= 3 && q == b - 1)
            return 1;
    }
    size_t i = a, digits = 0, run = 0;
    int job = 0;
    while (i < b) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            digits++, run++;
        else if (c == '-' && run == 2 && i + 6 <= b) {
            size_t k = i + 1, d = 0;
            while (k < b && s[k] >= '0' && s[k] <= '9')
                k++, d++;
            if (d == 5)
                job = 1;
        } else if (!strchr(" \t\r*()/CEFRSA", c)) {
            return 0;
        }
        if (!(c >= '0' && c <= '9'))
            run = 0;
        i++;
    }
    if (job)
        return 1;
    /* *2013735* */
    if (b - a >= 9 && s[a] == '*' && s[b - 1] == '*' && digits == b - a - 2)
        return 1;
    /* 2/3: a page of the pages, not more than 200 of them (a line of its
     * own "75/540", "46/1" or "1996/31" is a resolution or decision cut
     * from the words before it by a line break, as narrow columns do) */
    size_t k = a;
    long page = 0, pages = 0;
    while (k < b && s[k] >= '0' && s[k] <= '9' && k - a < 4)
        page = page * 10 + (s[k++] - '0');
    if (k > a && k < b && s[k] == '/') {
        size_t q = k + 1;
        while (q < b && s[q] >= '0' && s[q] <= '9' && q - k <= 4)
            pages = pages * 10 + (s[q++] - '0');
        return q == b && q > k + 1 && page >= 1 && page <= pages && pages <= 200;
    }
    return 0;
}

/* A line that holds one symbol, or a joint symbol (A/75/915–S/2021/531),
 * and nothing else but the asterisk of a reissue: a masthead, running
 * header or footer. */
static int symbol_only_line(const char *s, size_t a, size_t b)
{
    int slash = 0;
    if (b > a + 1 && s[b - 1] == '*')
        b--;
    if (a >= b || s[a] < 'A' || s[a] > 'Z')
        return 0;
    for (size_t i = a; i < b; i++) {
        char c = s[i];
        /* a symbol's first part is its organ's letters (A/, S/, E/CN.4/):
         * "ES-11/15.3" alone on a line is a resolution and a footnote's
         * number at the end of a paragraph, not a running header */
        if (!slash && c != '/' && !(c >= 'A' && c <= 'Z'))
            return 0;
        if (c == '/')
            slash = 1;
        else if ((unsigned char)c == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94) && i > a)
            i += 2; /* the en or em dash of a joint symbol */
        else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   c == '.' || c == '-'))
            return 0;
    }
    return slash && b - a <= 48;
}

/* One pass over the lines (memchr finds their ends): link annotations,
 * job numbers, bar codes and page numbers; symbol-only lines next to them
 * (a running header or footer: "S/2021/700⏎1/2  21-10833 (E)", "2/3
 * 21-18011⏎A/76/582⏎S/2021/1000") are marked as they come, symbol-only
 * lines that repeat are counted and marked after.  Both are the
 * document's own symbol (CG_MASK_RUNNING), not text. */
static void mark_lines(const char *s, size_t n, mark_t *mask)
{
    cg_map seen = {0};
    cg_vec sym_lines = {0}; /* "a b" offsets of symbol-only lines, as keys */
    size_t i = 0;
    enum { L_OTHER, L_FURNITURE, L_SYMBOL, L_RUNNING } prev = L_OTHER;
    uint32_t pend[4][2]; /* symbol-only lines since the last other line, not marked yet */
    size_t npend = 0;
    const unsigned running = CG_MASK_SPACE | CG_MASK_RUNNING;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n;
        size_t a = i, b = e;
        while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
            a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
            b--;
        if (b > a) {
            echo_line(s, a, b, mask);
            int kind = L_OTHER;
            if (b - a < 60) {
                if (furniture_line(s, a, b)) {
                    set(mask, a, b, CG_MASK_SPACE);
                    kind = L_FURNITURE;
                    for (size_t q = 0; q < npend; q++)
                        set(mask, pend[q][0], pend[q][1], running);
                    npend = 0;
                } else if (symbol_only_line(s, a, b)) {
                    if (prev == L_FURNITURE || prev == L_RUNNING) {
                        set(mask, a, b, running);
                        kind = L_RUNNING;
                    } else {
                        kind = L_SYMBOL;
                        if (npend < 4) {
                            pend[npend][0] = (uint32_t)a;
                            pend[npend][1] = (uint32_t)b;
                            npend++;
                        }
                    }
                    char *key = cg_xstrndup(s + a, b - a);
                    size_t c = 0;
                    cg_map_get(&seen, key, &c);
                    cg_map_put(&seen, key, c + 1);
                    cg_free(key);
                    uint32_t *ab = cg_xmalloc(2 * sizeof *ab);
                    ab[0] = (uint32_t)a;
                    ab[1] = (uint32_t)b;
                    cg_vec_push(&sym_lines, ab);
                }
            }
            if (kind == L_OTHER)
                npend = 0;
            prev = kind;
        }
        i = e + 1;
    }
    for (size_t k = 0; k < sym_lines.n; k++) {
        const uint32_t *ab = sym_lines.v[k];
        char *key = cg_xstrndup(s + ab[0], ab[1] - ab[0]);
        size_t c = 0;
        cg_map_get(&seen, key, &c);
        if (c >= 2)
            set(mask, ab[0], ab[1], running); /* a running header */
        cg_free(key);
    }
    cg_vec_free(&sym_lines, cg_free);
    cg_map_free(&seen);
}

/* Markdown: a link "](", a "<sup>", or a "# " heading at a line's start. */
static int looks_markdown(const char *s, size_t n)
{
    for (const char *p = s; (p = memchr(p, ']', n - (size_t)(p - s))) != NULL && p + 1 < s + n; p++)
        if (p[1] == '(')
            return 1;
    for (const char *p = s; (p = memchr(p, '<', n - (size_t)(p - s))) != NULL; p++)
        if ((size_t)(s + n - p) > 5 && memcmp(p, "<sup>", 5) == 0)
            return 1;
    for (size_t i = 0; i < n;) {
        if (s[i] == '#') {
            size_t k = i;
            while (k < n && s[k] == '#')
                k++;
            if (k < n && k - i <= 6 && s[k] == ' ')
                return 1;
        }
        const char *nl = memchr(s + i, '\n', n - i);
        if (!nl)
            break;
        i = (size_t)(nl - s) + 1;
    }
    return 0;
}

/* Whether what stands between "<" and ">" is a URL of a scheme (an
 * autolink), not a tag: "https://…", "http://…", "www.…". */
static int autolink_target(const char *s, size_t n)
{
    return is_url_start(s, n) || (n >= 7 && cg_strncaseeq(s, "http://", 7)) ||
           (n >= 8 && cg_strncaseeq(s, "https://", 8));
}

static void mark_markdown(const char *s, size_t n, mark_t *mask)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int bol = i == 0 || s[i - 1] == '\n';
        if (bol && c == '#') {
            size_t k = i;
            while (k < n && s[k] == '#')
                k++;
            if (k < n && s[k] == ' ') {
                set(mask, i, k, CG_MASK_SPACE | CG_MASK_BREAK);
                i = k;
                continue;
            }
        }
        if (bol && c == '>' && i + 1 < n && s[i + 1] == ' ') {
            set(mask, i, i + 1, CG_MASK_SPACE);
            continue;
        }
        if (c == '\\' && i + 1 < n && strchr("\\`*_{}[]()#+-.!<>|", s[i + 1])) {
            set(mask, i, i + 1, CG_MASK_DROP);
            i++;
            continue;
        }
        if ((c == '*' || c == '_') && i + 1 < n && s[i + 1] == c) {
            set(mask, i, i + 2, CG_MASK_DROP);
            i++;
            continue;
        }
        if (c == '<' && i + 1 < n &&
            ((s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
             s[i + 1] == '/')) {
            size_t k = i + 1;
            while (k < n && k - i < 200 && s[k] != '>' && s[k] != '<' && s[k] != '\n')
                k++;
            /* an autolink, <https://www.osce.org/mg/85>: the link is text,
             * the angle brackets only are markup */
            int autolink = autolink_target(s + i + 1, k - i - 1);
            if (k < n && s[k] == '>' && autolink) {
                set(mask, i, i + 1, CG_MASK_SPACE);
                set(mask, k, k + 1, CG_MASK_SPACE);
                i = k;
                continue;
            }
            if (k < n && s[k] == '>') {
                set(mask, i, k + 1, CG_MASK_SPACE);
                i = k;
            }
            continue;
        }
        if (c == '[') {
            /* [text](target): keep the text, drop the brackets; a target
             * other than a local anchor stays, as an echo of the text. */
            size_t k = i + 1;
            while (k < n && s[k] != ']' && s[k] != '\n' && k - i < 2000)
                k++;
            if (k + 1 < n && s[k] == ']' && s[k + 1] == '(') {
                size_t e = k + 2;
                while (e < n && s[e] != ')' && s[e] != '\n' && s[e] != ' ')
                    e++;
                if (e < n && s[e] == ')') {
                    set(mask, i, i + 1, CG_MASK_DROP);
                    if (e == k + 2 || s[k + 2] == '#') {
                        set(mask, k, e + 1, CG_MASK_DROP);
                    } else {
                        set(mask, k, k + 2, CG_MASK_SPACE);
                        set(mask, k + 2, e, CG_MASK_ECHO);
                        set(mask, e, e + 1, CG_MASK_DROP);
                    }
                    i = e;
                }
            }
        }
    }
}

/* The line and column of byte i, for an error message. */
static void where(const char *s, size_t i, long *line, long *col)
{
    long l = 1;
    size_t ls = 0;
    for (size_t k = 0; k < i; k++)
        if (s[k] == '\n') {
            l++;
            ls = k + 1;
        }
    *line = l;
    *col = (long)cg_utf8_count(s + ls, i - ls) + 1;
}

cg_status cg_reader_prepare(const char *name, const char *s, size_t n, cg_spans *mask,
                            cg_format *format, int allow_markdown, int utf8_checked, cg_error *err)
{
    memset(mask, 0, sizeof *mask);
    size_t start = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        set(mask, 0, 3, CG_MASK_DROP);
        start = 3;
    }
    size_t nul = (size_t)-1;
    size_t bad = utf8_checked ? n : cg_utf8_check(s, n, &nul);
    if (bad < n) {
        long line, col;
        where(s, bad, &line, &col);
        if (nul == bad)
            cg_error_set(err, name, line, col, "binary file (NUL byte): not a text document");
        else
            cg_error_set(err, name, line, col, "invalid UTF-8 (byte 0x%02X at offset %zu)",
                         (unsigned char)s[bad], bad);
        cg_spans_free(mask);
        return CG_ERR_INPUT;
    }
    int blank = 1;
    for (size_t i = start; i < n && blank;) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\n' || c == '\v') {
            i++;
        } else if (c < 0x80) {
            blank = 0;
        } else {
            size_t l;
            uint32_t cp = cg_u8(s + i, n - i, &l);
            if (cp != 0x3000 && cp != 0xA0 && cp != 0xFEFF)
                blank = 0;
            i += l;
        }
    }
    if (blank) {
        cg_error_set(err, name, 0, 0, n ? "no text (only white space)" : "empty file");
        cg_spans_free(mask);
        return CG_ERR_INPUT;
    }
    *format = allow_markdown && looks_markdown(s, n) ? CG_FORMAT_MARKDOWN : CG_FORMAT_TEXT;
    if (*format == CG_FORMAT_MARKDOWN)
        mark_markdown(s, n, mask);
    mark_lines(s, n, mask);
    normalize_spans(mask);
    return CG_OK;
}
