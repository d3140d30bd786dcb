/* validate.c: opening users' files safely, JSON errors in plain words with
 * positions, dates, languages (validate.h). */
#include "validate.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif
#ifndef O_NOCTTY
#define O_NOCTTY 0
#endif

static const char *kind_of(mode_t m)
{
    if (S_ISDIR(m))
        return "a folder";
    if (S_ISFIFO(m))
        return "a FIFO (named pipe)";
    if (S_ISCHR(m))
        return "a character device";
    if (S_ISBLK(m))
        return "a block device";
    if (S_ISSOCK(m))
        return "a socket";
    return "not a regular file";
}

int cg_open_regular(const char *path, const char *what, size_t max, size_t *size,
                    cg_status *st, cg_error *err)
{
    struct stat sb;
    /* stat first: a device or a FIFO is refused without being opened */
    if (stat(path, &sb) != 0) {
        int e = errno;
        *st = CG_ERR_IO;
        if (e == ENOENT)
            cg_error_set(err, path, 0, 0, "no such file: give %s", what);
        else if (e == ENOTDIR)
            cg_error_set(err, path, 0, 0, "no such file (a part of the path is not a folder): give %s",
                         what);
        else if (e == EACCES)
            cg_error_set(err, path, 0, 0, "cannot open: permission denied");
        else
            cg_error_set(err, path, 0, 0, "cannot open: %s", strerror(e));
        return -1;
    }
    if (!S_ISREG(sb.st_mode)) {
        *st = CG_ERR_FORMAT;
        cg_error_set(err, path, 0, 0, "is %s, not a file: give %s", kind_of(sb.st_mode), what);
        return -1;
    }
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        *st = CG_ERR_IO;
        if (e == EACCES)
            cg_error_set(err, path, 0, 0, "cannot open: permission denied");
        else
            cg_error_set(err, path, 0, 0, "cannot open: %s", strerror(e));
        return -1;
    }
    /* the path may have changed between stat and open: what counts is
     * what was opened */
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        *st = CG_ERR_FORMAT;
        cg_error_set(err, path, 0, 0, "is %s, not a file: give %s", kind_of(sb.st_mode), what);
        close(fd);
        return -1;
    }
    if ((unsigned long long)sb.st_size > (unsigned long long)max) {
        *st = CG_ERR_FORMAT;
        if (max >= ((size_t)1 << 30))
            cg_error_set(err, path, 0, 0, "larger than %zu GiB: too large to be read as %s",
                         max >> 30, what);
        else
            cg_error_set(err, path, 0, 0, "larger than %zu MiB: too large to be read as %s",
                         max >> 20, what);
        close(fd);
        return -1;
    }
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    *size = (size_t)sb.st_size;
    *st = CG_OK;
    return fd;
}

cg_status cg_read_user_file(const char *path, const char *what, size_t max, char **data,
                            size_t *len, size_t *skipped, cg_error *err)
{
    *data = NULL;
    *len = 0;
    *skipped = 0;
    size_t size;
    cg_status st;
    int fd = cg_open_regular(path, what, max, &size, &st, err);
    if (fd < 0)
        return st;
    cg_buf b = {0};
    cg_buf_grow(&b, size + 1);
    char chunk[65536];
    for (;;) {
        ssize_t got = read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            cg_error_set(err, path, 0, 0, "read error: %s", strerror(errno));
            cg_buf_free(&b);
            close(fd);
            return CG_ERR_IO;
        }
        if (got == 0)
            break;
        if (b.len + (size_t)got > max) {
            cg_error_set(err, path, 0, 0, "larger than %zu MiB: too large to be read as %s",
                         max >> 20, what);
            cg_buf_free(&b);
            close(fd);
            return CG_ERR_FORMAT;
        }
        cg_buf_add(&b, chunk, (size_t)got);
    }
    close(fd);
    size_t n = b.len;
    char *s = cg_buf_take(&b);
    /* a BOM, as editors and spreadsheets on Windows write it */
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        memmove(s, s + 3, n - 3 + 1);
        n -= 3;
        *skipped = 3;
    }
    *len = n;
    *data = s;
    return CG_OK;
}

size_t cg_utf8_invalid_at(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!l)
            return i;
        i += l;
    }
    return n;
}

void cg_text_line_col(const char *s, size_t n, size_t pos, long *line, long *col)
{
    long l = 1, c = 1;
    if (pos > n)
        pos = n;
    for (size_t i = 0; i < pos; i++) {
        if (s[i] == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)s[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

/* ---- a small JSON lexer over text jansson has seen ------------------- */

typedef struct jlex {
    const char *s;
    size_t n, i;
} jlex;

static void jl_space(jlex *l)
{
    while (l->i < l->n && (l->s[l->i] == ' ' || l->s[l->i] == '\t' || l->s[l->i] == '\n' ||
                           l->s[l->i] == '\r'))
        l->i++;
}

/* Skips one token starting at l->i (after white space); returns its
 * first byte, or 0 at the end. */
static char jl_token(jlex *l)
{
    jl_space(l);
    if (l->i >= l->n)
        return 0;
    char c = l->s[l->i];
    if (c == '"') {
        l->i++;
        while (l->i < l->n && l->s[l->i] != '"' && l->s[l->i] != '\n') {
            if (l->s[l->i] == '\\' && l->i + 1 < l->n)
                l->i++;
            l->i++;
        }
        if (l->i < l->n && l->s[l->i] == '"')
            l->i++;
        return c;
    }
    if ((c >= '0' && c <= '9') || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        while (l->i < l->n) {
            char d = l->s[l->i];
            if (!((d >= '0' && d <= '9') || d == '-' || d == '+' || d == '.' ||
                  (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z')))
                break;
            l->i++;
        }
        return c;
    }
    l->i++;
    while (l->i < l->n && ((unsigned char)l->s[l->i] & 0xC0) == 0x80)
        l->i++;
    return c;
}

/* The start of the token that holds byte pos - 1 (jansson's positions
 * point just after the token it complains about). */
static size_t token_start(const char *s, size_t n, size_t pos)
{
    jlex l = {s, n, 0};
    if (pos == 0)
        return 0;
    size_t last = 0;
    while (l.i < n) {
        jl_space(&l);
        size_t start = l.i;
        if (!jl_token(&l))
            break;
        if (start >= pos)
            return last;
        last = start;
        if (l.i >= pos)
            return start;
    }
    return last;
}

/* Skips one JSON value (the text is valid JSON). */
static void jl_value(jlex *l)
{
    char c = jl_token(l);
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        for (;;) {
            jl_space(l);
            if (l->i >= l->n)
                return;
            if (l->s[l->i] == close) {
                l->i++;
                return;
            }
            if (c == '{') {
                jl_token(l); /* key */
                jl_token(l); /* : */
            }
            jl_value(l);
            jl_space(l);
            if (l->i < l->n && l->s[l->i] == ',')
                l->i++;
        }
    }
}

/* Whether the string token at l->s[a..b) (quotes included) is key. */
static int key_is(const char *s, size_t a, size_t b, const char *key)
{
    /* compare through jansson: the key may hold escapes */
    json_t *j = json_loadb(s + a, b - a, JSON_DECODE_ANY, NULL);
    int eq = json_is_string(j) && strcmp(json_string_value(j), key) == 0;
    json_decref(j);
    return eq;
}

int cg_json_locate(const char *data, size_t len, const cg_jstep *path, size_t depth,
                   int want_key, long *line, long *col)
{
    jlex l = {data, len, 0};
    size_t at = 0, key_at = 0;
    for (size_t d = 0; d <= depth; d++) {
        jl_space(&l);
        at = l.i;
        if (d == depth)
            break;
        if (l.i >= l.n)
            goto missing;
        char open = l.s[l.i];
        if (open != '{' && open != '[')
            goto missing;
        l.i++;
        size_t index = 0;
        int found = 0;
        for (;;) {
            jl_space(&l);
            if (l.i >= l.n || l.s[l.i] == '}' || l.s[l.i] == ']')
                goto missing;
            if (open == '{') {
                size_t ka = l.i;
                jl_token(&l);
                size_t kb = l.i;
                jl_token(&l); /* : */
                if (path[d].key && key_is(data, ka, kb, path[d].key)) {
                    key_at = ka;
                    found = 1;
                    break;
                }
            } else if (!path[d].key && index == path[d].index) {
                key_at = l.i;
                found = 1;
                break;
            }
            jl_value(&l);
            index++;
            jl_space(&l);
            if (l.i < l.n && l.s[l.i] == ',')
                l.i++;
        }
        if (!found)
            goto missing;
    }
    cg_text_line_col(data, len, want_key && depth ? key_at : at, line, col);
    return 0;
missing:
    *line = 1;
    *col = 1;
    return -1;
}

/* ---- jansson's errors in plain words ---------------------------------- */

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

json_t *cg_json_parse(const char *data, size_t len, const char *file, cg_error *err)
{
    size_t bad = cg_utf8_invalid_at(data, len);
    long line, col;
    if (bad < len && len >= 2 &&
        ((data[0] == '\xFF' && data[1] == '\xFE') || (data[0] == '\xFE' && data[1] == '\xFF'))) {
        cg_error_set(err, file, 1, 1, "UTF-16: save the file as UTF-8");
        return NULL;
    }
    if (bad < len) {
        cg_text_line_col(data, len, bad, &line, &col);
        cg_error_set(err, file, line, col, "not UTF-8 (byte 0x%02X): save the file as UTF-8",
                     (unsigned char)data[bad]);
        return NULL;
    }
    json_error_t je;
    json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
    if (root)
        return root;
    size_t pos = je.position > 0 ? (size_t)je.position : 0;
    if (pos > len)
        pos = len;
    size_t start = token_start(data, len, pos);
    int at_end = 0;
    {
        /* nothing but white space from the position on: the error is at the end */
        size_t i = pos;
        while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
            i++;
        at_end = i >= len;
    }
    const char tok = start < len ? data[start] : 0;
    const char *msg = "not valid JSON here";
    char buf[256];
    switch (json_error_code(&je)) {
    case json_error_premature_end_of_input:
        if (tok == '"' && !(pos >= 1 && start + 1 < pos && data[pos - 1] == '"')) {
            msg = "a string is not closed: the file ends before its closing \"";
        } else if (starts(je.text, "'[' or '{' expected")) {
            msg = "the file is empty (or only white space): JSON is expected";
            start = len;
        } else {
            msg = "the file ends before the JSON is complete: a closing ] or } is missing";
            start = len;
        }
        break;
    case json_error_end_of_input_expected:
        msg = "text after the end of the JSON: the file holds one object, closed by its last }";
        break;
    case json_error_null_character:
        msg = "a NUL character (\\u0000) in a string: remove it";
        break;
    case json_error_duplicate_key: {
        json_t *k = json_loadb(data + start, pos > start ? pos - start : 0, JSON_DECODE_ANY, NULL);
        char *q = cg_quote(json_is_string(k) ? json_string_value(k) : "", 60);
        snprintf(buf, sizeof buf, "key \"%s\" given twice in one object: keep one", q);
        cg_free(q);
        json_decref(k);
        msg = buf;
        break;
    }
    case json_error_numeric_overflow:
        msg = "number too large";
        break;
    case json_error_stack_overflow:
        msg = "nested too deep";
        break;
    case json_error_out_of_memory:
        msg = "out of memory";
        break;
    case json_error_invalid_utf8:
        msg = "not UTF-8: save the file as UTF-8";
        break;
    case json_error_invalid_syntax:
    default:
        if (starts(je.text, "'[' or '{' expected")) {
            msg = at_end && tok == 0 ? "the file is empty (or only white space): JSON is expected"
                                     : "JSON is an object ({...}) or an array ([...]): one is expected here";
        } else if (starts(je.text, "string or '}' expected")) {
            msg = tok == '}' ? "a comma before }: remove it"
                  : tok == '\'' ? "a key in single quotes: JSON keys are in double quotes"
                                : "a key in double quotes (\"name\": value) or } expected";
        } else if (starts(je.text, "':' expected")) {
            msg = "':' expected after the key";
        } else if (starts(je.text, "'}' expected")) {
            msg = "',' or '}' expected: is a comma missing before this?";
        } else if (starts(je.text, "']' expected")) {
            msg = "',' or ']' expected: is a comma missing before this?";
        } else if (starts(je.text, "unexpected token")) {
            msg = tok == ']' || tok == '}' ? "a comma before the closing bracket: remove it"
                                           : "a value expected here";
        } else if (starts(je.text, "unexpected newline")) {
            msg = "a string is not closed on its line: end it with \" (write a line break as \\n)";
        } else if (starts(je.text, "control character")) {
            msg = "a control character inside a string: write it escaped (\\t, \\n, \\u0001)";
        } else if (starts(je.text, "invalid escape")) {
            msg = "an invalid escape: after \\ come \", \\, /, b, f, n, r, t or u and four hex digits";
        } else if (starts(je.text, "invalid Unicode")) {
            msg = "an invalid \\u escape (a lone surrogate, or not four hex digits)";
        } else if (starts(je.text, "invalid token")) {
            msg = "not a JSON value: strings are in double quotes, numbers decimal (no leading "
                  "zero, no NaN), true, false and null in lower case";
        }
        break;
    }
    cg_text_line_col(data, len, start, &line, &col);
    cg_error_set(err, file, line, col, "%s", msg);
    return NULL;
}

/* ---- dates, languages, quoting ----------------------------------------- */

static int digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

const char *cg_date_problem(const char *s, int partial)
{
    size_t n = strlen(s);
    const char *form = partial ? "a date is YYYY-MM-DD (or YYYY-MM, or YYYY)" : "a date is YYYY-MM-DD";
    if (!(n == 10 || (partial && (n == 4 || n == 7))) || !digits(s, 4))
        return form;
    if (n >= 7 && (s[4] != '-' || !digits(s + 5, 2)))
        return form;
    if (n == 10 && (s[7] != '-' || !digits(s + 8, 2)))
        return form;
    int y = atoi(s);
    if (y < 1000)
        return "the year must have four digits, from 1000";
    if (n == 4)
        return NULL;
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    if (m < 1 || m > 12)
        return "no such month (months are 01 to 12)";
    if (n == 7)
        return NULL;
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int max = mdays[m - 1] + (m == 2 && leap);
    if (d < 1 || d > max)
        return "no such day in that month";
    return NULL;
}

int cg_un_language(const char *s)
{
    static const char *const langs[] = {"ar", "zh", "en", "fr", "ru", "es"};
    for (size_t k = 0; k < sizeof langs / sizeof langs[0]; k++)
        if (strcmp(s, langs[k]) == 0)
            return 1;
    return 0;
}

char *cg_quote(const char *s, size_t max)
{
    cg_buf b = {0};
    size_t chars = 0;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        if (chars == max) {
            cg_buf_puts(&b, "...");
            break;
        }
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        size_t l = c < 0x80 ? 1 : cg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (c == '\n')
            cg_buf_puts(&b, "\\n");
        else if (c == '\t')
            cg_buf_puts(&b, "\\t");
        else if (c == '"' || c == '\\')
            cg_buf_printf(&b, "\\%c", c);
        else if (c < 0x20 || c == 0x7F || !l)
            cg_buf_printf(&b, "\\x%02X", c);
        else
            cg_buf_add(&b, s + i, l);
        i += l ? l : 1;
        chars++;
    }
    return cg_buf_take(&b);
}
