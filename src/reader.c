/* reader.c: checks a file's bytes and marks what is markup.
 *
 * The reader never rewrites the text: it fills a per-byte mask that the
 * normalizer honours, so that every reference keeps its offset in the
 * original file.  It recognises plain text (as extracted from PDFs) and
 * Markdown, and marks link annotations (a URL alone on its line, a link
 * target) as echoes of the text around them. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void set(unsigned char *mask, size_t a, size_t b, unsigned char bits);

static int is_url_start(const char *s, size_t n)
{
    return (n >= 7 && memcmp(s, "http://", 7) == 0) || (n >= 8 && memcmp(s, "https://", 8) == 0) ||
           (n >= 4 && memcmp(s, "www.", 4) == 0);
}

/* A line that holds nothing but one URL is a PDF link annotation: the
 * reference it repeats is already in the text above it. */
static void mark_echo_lines(const char *s, size_t n, unsigned char *mask)
{
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && s[e] != '\n')
            e++;
        size_t a = i, b = e;
        while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
            a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
            b--;
        if (b > a && is_url_start(s + a, b - a)) {
            int plain = 1;
            for (size_t k = a; k < b; k++) {
                unsigned char c = (unsigned char)s[k];
                if (c <= ' ' || c >= 0x80) {
                    plain = 0;
                    break;
                }
            }
            if (plain && strchr(".,;", s[b - 1]) == NULL)
                for (size_t k = a; k < b; k++)
                    mask[k] |= CG_MASK_ECHO;
        }
        i = e + 1;
    }
}

/* Page furniture printed on every page of a UN document: the job number
 * "20-13735 (C)    221020    231020", the bar code "*2013735*", the page
 * "2/3", and symbol-only header lines that repeat.  They would otherwise
 * cut sentences (and the forms in them) in two. */
static int furniture_line(const char *s, size_t a, size_t b)
{
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
    /* 2/3 */
    size_t k = a;
    while (k < b && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k > a && k < b && s[k] == '/') {
        size_t q = k + 1;
        while (q < b && s[q] >= '0' && s[q] <= '9')
            q++;
        return q == b && q > k + 1 && b - a <= 7;
    }
    return 0;
}

static int symbol_only_line(const char *s, size_t a, size_t b)
{
    int slash = 0;
    if (a >= b || s[a] < 'A' || s[a] > 'Z')
        return 0;
    for (size_t i = a; i < b; i++) {
        char c = s[i];
        if (c == '/')
            slash = 1;
        else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   c == '.' || c == '-'))
            return 0;
    }
    return slash && b - a <= 40;
}

static void mark_furniture(const char *s, size_t n, unsigned char *mask)
{
    cg_map seen = {0};
    for (int pass = 0; pass < 2; pass++) {
        size_t i = 0;
        while (i < n) {
            size_t e = i;
            while (e < n && s[e] != '\n')
                e++;
            size_t a = i, b = e;
            while (a < b && (s[a] == ' ' || s[a] == '\t'))
                a++;
            while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
                b--;
            if (b > a && b - a < 60) {
                if (pass == 1 && furniture_line(s, a, b))
                    set(mask, a, b, CG_MASK_SPACE);
                else if (symbol_only_line(s, a, b)) {
                    char *key = cg_xstrndup(s + a, b - a);
                    size_t c = 0;
                    cg_map_get(&seen, key, &c);
                    if (pass == 0)
                        cg_map_put(&seen, key, c + 1);
                    else if (c >= 2)
                        set(mask, a, b, CG_MASK_SPACE); /* a running header */
                    free(key);
                }
            }
            i = e + 1;
        }
    }
    cg_map_free(&seen);
}

static int looks_markdown(const char *s, size_t n)
{
    int score = 0;
    for (size_t i = 0; i + 1 < n && score < 2; i++) {
        if (s[i] == ']' && s[i + 1] == '(')
            score++;
        else if (s[i] == '<' && n - i > 5 && memcmp(s + i, "<sup>", 5) == 0)
            score++;
        else if ((i == 0 || s[i - 1] == '\n') && s[i] == '#') {
            size_t k = i;
            while (k < n && s[k] == '#')
                k++;
            if (k < n && k - i <= 6 && s[k] == ' ')
                score++;
        }
    }
    return score > 0;
}

static void set(unsigned char *mask, size_t a, size_t b, unsigned char bits)
{
    for (size_t k = a; k < b; k++)
        mask[k] |= bits;
}

static void mark_markdown(const char *s, size_t n, unsigned char *mask)
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
            mask[i] |= CG_MASK_DROP;
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
                    mask[i] |= CG_MASK_DROP;
                    if (e == k + 2 || s[k + 2] == '#') {
                        set(mask, k, e + 1, CG_MASK_DROP);
                    } else {
                        set(mask, k, k + 2, CG_MASK_SPACE);
                        set(mask, k + 2, e, CG_MASK_ECHO);
                        mask[e] |= CG_MASK_DROP;
                    }
                    i = e;
                }
            }
        }
    }
}

cg_status cg_reader_prepare(const char *name, const char *s, size_t n, unsigned char *mask,
                            cg_format *format, int allow_markdown, cg_error *err)
{
    memset(mask, 0, n);
    size_t start = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        set(mask, 0, 3, CG_MASK_DROP);
        start = 3;
    }
    int blank = 1;
    long line = 1;
    size_t line_start = 0;
    for (size_t i = start; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) {
            cg_error_set(err, name, line, (long)cg_utf8_count(s + line_start, i - line_start) + 1,
                         "binary file (NUL byte): not a text document");
            return CG_ERR_INPUT;
        }
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!l) {
            cg_error_set(err, name, line, (long)cg_utf8_count(s + line_start, i - line_start) + 1,
                         "invalid UTF-8 (byte 0x%02X at offset %zu)", c, i);
            return CG_ERR_INPUT;
        }
        if (c == '\n') {
            line++;
            line_start = i + 1;
        } else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\f' || cp == 0x3000 || cp == 0xA0)) {
            blank = 0;
        }
        i += l;
    }
    if (blank) {
        cg_error_set(err, name, 0, 0, n ? "no text (only white space)" : "empty file");
        return CG_ERR_INPUT;
    }
    *format = allow_markdown && looks_markdown(s, n) ? CG_FORMAT_MARKDOWN : CG_FORMAT_TEXT;
    if (*format == CG_FORMAT_MARKDOWN)
        mark_markdown(s, n, mask);
    mark_echo_lines(s, n, mask);
    mark_furniture(s, n, mask);
    return CG_OK;
}
