/* manifest.c: file name -> symbol, date, sender, language, from JSON or CSV,
 * for corpora whose files say less than their catalogue.
 *
 * A manifest is checked whole when it is read, and every problem is an
 * error that names the file, line and column of the value and says the
 * fix: unknown keys or columns, a file listed twice, dates that are not
 * real calendar dates, sender codes that are not States of the built-in
 * list, languages other than the six of the UN, symbols that do not look
 * like UN symbols, and two files with one symbol, unless they are language
 * versions of one letter (docs/cli.md): each names a different language
 * and both give the same symbols (and the same date and sender where both
 * give them).  A UTF-8 BOM at the start is skipped, as spreadsheets write
 * it. */
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "read.h"
#include "resolver.h"
#include "validate.h"

#define WHAT "a manifest (CSV with a header row, or JSON; docs/cli.md)"
#define COLUMNS "file, symbol, date, sender, language"

enum { F_FILE, F_SYMBOL, F_DATE, F_SENDER, F_LANGUAGE, F_N };
static const char *const field_names[F_N] = {"file", "symbol", "date", "sender", "language"};

typedef struct mentry {
    char *file, *symbol, *date, *sender, *language;
    long line, col; /* of the file name */
} mentry;

#define AMBIGUOUS ((size_t)-1)

struct cg_manifest {
    cg_vec entries; /* mentry* */
    cg_map by_file; /* path as written -> index */
    cg_map by_base; /* base name -> index, AMBIGUOUS when two rows share it */
    cg_map by_symbol; /* symbol -> index of the first row giving it */
};

/* One row being read: each field's value (NULL: not given) and where it is. */
typedef struct row {
    const char *v[F_N];
    long line[F_N], col[F_N];
    long at_line, at_col; /* the row itself */
} row;

typedef struct mctx {
    cg_manifest *m;
    const char *path;
    cg_error *err;
} mctx;

static const char *base_of(const char *p)
{
    const char *b = strrchr(p, '/');
    return b ? b + 1 : p;
}

static void entry_free(void *p)
{
    mentry *e = p;
    cg_free(e->file);
    cg_free(e->symbol);
    cg_free(e->date);
    cg_free(e->sender);
    cg_free(e->language);
    cg_free(e);
}

static cg_status fail_at(mctx *c, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static cg_status fail_at(mctx *c, long line, long col, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cg_error_set(c->err, c->path, line, col, "%s", msg);
    return CG_ERR_FORMAT;
}

static char *trimmed(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return cg_xstrndup(s, n);
}

/* "A/75/693-S/2020/1307", "a/75/693 s/2020/1307" -> "A/75/693 S/2020/1307"
 * (as cg_document_override reads it); NULL with *bad set to the first
 * part that is not a UN symbol. */
static char *canon_symbols(const char *v, char **bad)
{
    cg_buf b = {0};
    *bad = NULL;
    char *copy = cg_xstrdup(v);
    for (char *sv = NULL, *t = strtok_r(copy, " ,;\t", &sv); t; t = strtok_r(NULL, " ,;\t", &sv)) {
        size_t cuts[4], n = strlen(t), a = 0;
        size_t nc = cg_split_joint(t, n, cuts);
        for (size_t k = 0; k <= nc; k++) {
            size_t e = k < nc ? cuts[k] : n;
            char *sym = cg_canon_symbol(t + a, e - a);
            int ok = sym[0] >= 'A' && sym[0] <= 'Z' && strchr(sym, '/') != NULL &&
                     sym[strlen(sym) - 1] != '/';
            for (const char *p = sym; ok && *p; p++)
                ok = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
                     (*p >= '0' && *p <= '9') || strchr("/.()-", *p) != NULL;
            if (!ok) {
                *bad = cg_xstrndup(t + a, e - a);
                cg_free(sym);
                cg_free(copy);
                cg_buf_free(&b);
                return NULL;
            }
            if (b.len)
                cg_buf_putc(&b, ' ');
            cg_buf_puts(&b, sym);
            cg_free(sym);
            a = e + 1;
        }
    }
    cg_free(copy);
    return b.s ? cg_buf_take(&b) : NULL;
}

/* Whether two space-separated lists hold the same items. */
static int same_set(const char *a, const char *b)
{
    cg_vec x = {0}, y = {0};
    cg_split(a, ' ', &x);
    cg_split(b, ' ', &y);
    int same = x.n == y.n;
    if (same) {
        cg_sort(x.v, x.n, sizeof *x.v, cg_cmp_str);
        cg_sort(y.v, y.n, sizeof *y.v, cg_cmp_str);
        for (size_t k = 0; k < x.n && same; k++)
            same = strcmp(x.v[k], y.v[k]) == 0;
    }
    cg_vec_free(&x, cg_free);
    cg_vec_free(&y, cg_free);
    return same;
}

/* Whether the space-separated list holds item. */
static int has_item(const char *list, const char *item)
{
    size_t l = strlen(item);
    for (const char *p = list; p && (p = strstr(p, item)) != NULL; p++)
        if ((p == list || p[-1] == ' ') && (p[l] == ' ' || p[l] == '\0'))
            return 1;
    return 0;
}

/* Checks one row and adds it. */
static cg_status add_row(mctx *c, const row *r)
{
    cg_manifest *m = c->m;
    const char *file = r->v[F_FILE];
    if (!file || !*file)
        return fail_at(c, r->at_line, r->at_col,
                       "an entry without a file name: each entry names the file it describes");
    size_t first;
    if (cg_map_get(&m->by_file, file, &first)) {
        const mentry *f = m->entries.v[first];
        char *q = cg_quote(file, 80);
        cg_status st = fail_at(c, r->line[F_FILE], r->col[F_FILE],
                               "\"%s\" is listed twice (first on line %ld): keep one entry per file",
                               q, f->line);
        cg_free(q);
        return st;
    }
    mentry *e = cg_xcalloc(1, sizeof *e);
    e->line = r->line[F_FILE];
    e->col = r->col[F_FILE];
    cg_status st = CG_OK;
    for (int k = F_SYMBOL; k < F_N && st == CG_OK; k++) {
        if (!r->v[k])
            continue;
        char *v = trimmed(r->v[k]);
        if (!*v) {
            cg_free(v);
            continue;
        }
        char *q = cg_quote(v, 60);
        long L = r->line[k], C = r->col[k];
        if (k == F_SYMBOL) {
            char *bad;
            e->symbol = canon_symbols(v, &bad);
            if (!e->symbol && bad) {
                char *bq = cg_quote(bad, 60);
                if (strcmp(bad, v))
                    st = fail_at(c, L, C, "symbol \"%s\": \"%s\" is not a UN document symbol "
                                          "(A/75/693, S/2020/1307; a joint letter: "
                                          "A/75/693-S/2020/1307)", q, bq);
                else
                    st = fail_at(c, L, C, "symbol \"%s\" is not a UN document symbol (A/75/693, "
                                          "S/2020/1307; a joint letter: A/75/693-S/2020/1307)", bq);
                cg_free(bq);
                cg_free(bad);
            }
        } else if (k == F_DATE) {
            const char *why = cg_date_problem(v, 0);
            if (why)
                st = fail_at(c, L, C, "invalid date \"%s\": %s", q, why);
            else
                e->date = cg_xstrdup(v);
        } else if (k == F_SENDER) {
            cg_buf b = {0};
            for (char *p = v; *p; p++)
                if (*p >= 'a' && *p <= 'z')
                    *p = (char)(*p - 32);
            cg_vec codes = {0};
            cg_split(v, ' ', &codes);
            for (size_t i = 0; i < codes.n && st == CG_OK; i++) {
                if (!cg_state_known(codes.v[i])) {
                    char *cq = cg_quote(codes.v[i], 20);
                    st = fail_at(c, L, C, "unknown State code \"%s\": a sender is the ISO 3166-1 "
                                          "alpha-3 code of a UN Member or observer State (ARM, AZE, "
                                          "...), joint senders separated by spaces", cq);
                    cg_free(cq);
                }
                cg_buf_printf(&b, "%s%s", b.len ? " " : "", (char *)codes.v[i]);
            }
            cg_vec_free(&codes, cg_free);
            e->sender = cg_buf_take(&b);
        } else if (k == F_LANGUAGE) {
            for (char *p = v; *p; p++)
                if (*p >= 'A' && *p <= 'Z')
                    *p = (char)(*p + 32);
            if (!cg_un_language(v))
                st = fail_at(c, L, C, "unknown language \"%s\": the languages are " CG_UN_LANGUAGES, q);
            else
                e->language = cg_xstrdup(v);
        }
        cg_free(q);
        cg_free(v);
    }
    /* two files with one symbol: only language versions of one letter */
    if (st == CG_OK && e->symbol) {
        cg_vec syms = {0};
        cg_split(e->symbol, ' ', &syms);
        for (size_t i = 0; i < syms.n && st == CG_OK; i++) {
            size_t j;
            if (!cg_map_get(&m->by_symbol, syms.v[i], &j))
                continue;
            /* every earlier entry with this symbol: one group */
            for (size_t o = j; o < m->entries.n && st == CG_OK; o++) {
                const mentry *x = m->entries.v[o];
                if (!x->symbol || !has_item(x->symbol, syms.v[i]))
                    continue;
                char *xq = cg_quote(x->file, 80), *sq = cg_quote(syms.v[i], 40);
                long L = r->line[F_SYMBOL], C = r->col[F_SYMBOL];
                if (!e->language || !x->language)
                    st = fail_at(c, L, C, "symbol \"%s\" is also given to \"%s\" (line %ld): two files "
                                          "with one symbol are one letter, allowed only for its "
                                          "language versions: give each its \"language\"",
                                 sq, xq, x->line);
                else if (!strcmp(e->language, x->language))
                    st = fail_at(c, L, C, "symbol \"%s\" is also given to \"%s\" (line %ld), in the same "
                                          "language (%s): language versions of one letter differ "
                                          "in language; is one of the symbols wrong?",
                                 sq, xq, x->line, e->language);
                else if (!same_set(e->symbol, x->symbol))
                    st = fail_at(c, L, C, "\"%s\" (line %ld) is a language version of this letter "
                                          "(symbol \"%s\") but gives other symbols: the versions of a "
                                          "letter give the same symbols",
                                 xq, x->line, sq);
                else if ((e->date && x->date && strcmp(e->date, x->date)) ||
                         (e->sender && x->sender && !same_set(e->sender, x->sender)))
                    st = fail_at(c, L, C, "\"%s\" (line %ld) is a language version of this letter "
                                          "(symbol \"%s\") but gives another date or sender",
                                 xq, x->line, sq);
                cg_free(xq);
                cg_free(sq);
            }
        }
        cg_vec_free(&syms, cg_free);
    }
    if (st != CG_OK) {
        entry_free(e);
        return st;
    }
    e->file = cg_xstrdup(file);
    size_t ix = m->entries.n;
    cg_vec_push(&m->entries, e);
    cg_map_put(&m->by_file, e->file, ix);
    size_t b;
    const char *base = base_of(e->file);
    cg_map_put(&m->by_base, base, cg_map_get(&m->by_base, base, &b) ? AMBIGUOUS : ix);
    if (e->symbol) {
        cg_vec syms = {0};
        cg_split(e->symbol, ' ', &syms);
        for (size_t i = 0; i < syms.n; i++)
            if (!cg_map_get(&m->by_symbol, syms.v[i], NULL))
                cg_map_put(&m->by_symbol, syms.v[i], ix);
        cg_vec_free(&syms, cg_free);
    }
    return CG_OK;
}

/* ---- JSON --------------------------------------------------------------- */

static const char *jtype(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "true or false";
    case JSON_NULL: return "null";
    }
    return "a value";
}

static cg_status json_entry(mctx *c, const char *data, size_t len, json_t *o, cg_jstep *path,
                            const char *keyed_file)
{
    long line, col;
    cg_json_locate(data, len, path, 1, 0, &line, &col);
    if (!json_is_object(o))
        return fail_at(c, line, col, "a manifest entry is an object ({\"file\": \"...\", \"symbol\": "
                                     "\"...\"}), not %s", jtype(o));
    row r;
    memset(&r, 0, sizeof r);
    r.at_line = line;
    r.at_col = col;
    if (keyed_file) {
        r.v[F_FILE] = keyed_file;
        cg_json_locate(data, len, path, 1, 1, &r.line[F_FILE], &r.col[F_FILE]);
    }
    const char *k;
    json_t *v;
    json_object_foreach(o, k, v) {
        cg_jstep p2[2] = {path[0], {k, 0}};
        int f;
        for (f = 0; f < F_N && strcmp(k, field_names[f]); f++)
            ;
        if (f == F_N || (keyed_file && f == F_FILE)) {
            cg_json_locate(data, len, p2, 2, 1, &line, &col);
            char *q = cg_quote(k, 40);
            cg_status st =
                f == F_N ? fail_at(c, line, col, "unknown key \"%s\": a manifest entry has " COLUMNS, q)
                         : fail_at(c, line, col, "\"file\" inside an entry keyed by file name: the "
                                                 "key is the file; remove \"file\"");
            cg_free(q);
            return st;
        }
        cg_json_locate(data, len, p2, 2, 0, &r.line[f], &r.col[f]);
        if (!json_is_string(v))
            return fail_at(c, r.line[f], r.col[f], "\"%s\" must be a string, not %s", k, jtype(v));
        r.v[f] = json_string_value(v);
    }
    return add_row(c, &r);
}

static cg_status load_json(mctx *c, const char *data, size_t len)
{
    json_t *root = cg_json_parse(data, len, c->path, c->err);
    if (!root)
        return CG_ERR_FORMAT;
    cg_status st = CG_OK;
    size_t i;
    json_t *o;
    const char *key;
    if (json_is_array(root)) {
        json_array_foreach(root, i, o) {
            cg_jstep p = {NULL, i};
            if ((st = json_entry(c, data, len, o, &p, NULL)) != CG_OK)
                break;
        }
    } else {
        json_object_foreach(root, key, o) {
            cg_jstep p = {key, 0};
            if ((st = json_entry(c, data, len, o, &p, key)) != CG_OK)
                break;
        }
    }
    json_decref(root);
    return st;
}

/* ---- CSV (RFC 4180) ------------------------------------------------------ */

typedef struct cell {
    char *v;
    long line, col;
} cell;

typedef struct csv {
    const char *s;
    size_t n, i;
    long line, col;
} csv;

static void csv_adv(csv *p)
{
    if (p->s[p->i] == '\n') {
        p->line++;
        p->col = 1;
    } else if (((unsigned char)p->s[p->i] & 0xC0) != 0x80) {
        p->col++;
    }
    p->i++;
}

/* One record into cells (at most 64 kept, *count says how many there
 * were); returns 0, 1 at the end of the input, or -1 with an error. */
static int csv_record(mctx *c, csv *p, cell *cells, int *count)
{
    if (p->i >= p->n)
        return 1;
    int n = 0;
    for (;;) {
        cg_buf f = {0};
        long fl = p->line, fc = p->col;
        if (p->i < p->n && p->s[p->i] == '"') {
            csv_adv(p);
            for (;;) {
                if (p->i >= p->n) {
                    cg_buf_free(&f);
                    fail_at(c, fl, fc, "a quoted field is not closed: add the closing \"");
                    goto bad;
                }
                if (p->s[p->i] == '"') {
                    if (p->i + 1 < p->n && p->s[p->i + 1] == '"') {
                        cg_buf_putc(&f, '"');
                        csv_adv(p);
                        csv_adv(p);
                        continue;
                    }
                    csv_adv(p);
                    break;
                }
                cg_buf_putc(&f, p->s[p->i]);
                csv_adv(p);
            }
            if (p->i < p->n && p->s[p->i] == '\r')
                csv_adv(p);
            if (p->i < p->n && p->s[p->i] != ',' && p->s[p->i] != '\n') {
                cg_buf_free(&f);
                fail_at(c, p->line, p->col, "text after the closing quote of a field: a field is "
                                            "either all quoted or not at all (write \" as \"\")");
                goto bad;
            }
        } else {
            while (p->i < p->n && p->s[p->i] != ',' && p->s[p->i] != '\n') {
                if (!(p->s[p->i] == '\r' && p->i + 1 < p->n && p->s[p->i + 1] == '\n'))
                    cg_buf_putc(&f, p->s[p->i]);
                csv_adv(p);
            }
        }
        if (n < 64) {
            cells[n].v = f.s ? cg_buf_take(&f) : cg_xstrdup("");
            cells[n].line = fl;
            cells[n].col = fc;
        } else {
            cg_buf_free(&f);
        }
        n++;
        if (p->i < p->n && p->s[p->i] == ',') {
            csv_adv(p);
            continue;
        }
        if (p->i < p->n)
            csv_adv(p); /* the line end */
        *count = n;
        return 0;
    }
bad:
    for (int k = 0; k < n && k < 64; k++)
        cg_free(cells[k].v);
    return -1;
}

static void cells_free(cell *cells, int n)
{
    for (int k = 0; k < n && k < 64; k++)
        cg_free(cells[k].v);
}

static cg_status load_csv(mctx *c, const char *data, size_t len)
{
    size_t bad = cg_utf8_invalid_at(data, len);
    const char *nul = memchr(data, '\0', len);
    if (nul && (size_t)(nul - data) < bad) {
        long l, col;
        cg_text_line_col(data, len, (size_t)(nul - data), &l, &col);
        return fail_at(c, l, col, "a NUL byte: not a CSV text file");
    }
    if (bad < len) {
        long l, col;
        cg_text_line_col(data, len, bad, &l, &col);
        if (len >= 2 && ((data[0] == '\xFF' && data[1] == '\xFE') || (data[0] == '\xFE' && data[1] == '\xFF')))
            return fail_at(c, 1, 1, "UTF-16 (a spreadsheet's \"Unicode text\"): save the CSV as UTF-8");
        return fail_at(c, l, col, "not UTF-8 (byte 0x%02X): save the CSV as UTF-8",
                       (unsigned char)data[bad]);
    }
    csv p = {data, len, 0, 1, 1};
    cell head[64];
    int nh = 0;
    int rc = csv_record(c, &p, head, &nh);
    if (rc < 0)
        return CG_ERR_FORMAT;
    if (rc > 0)
        return fail_at(c, 1, 1, "empty: a manifest CSV starts with a header row naming its columns "
                                "(" COLUMNS ")");
    int col[F_N] = {-1, -1, -1, -1, -1};
    cg_status st = CG_OK;
    if (nh > 64)
        st = fail_at(c, 1, 1, "more than 64 columns: a manifest has the columns " COLUMNS);
    for (int k = 0; k < nh && k < 64 && st == CG_OK; k++) {
        char *name = trimmed(head[k].v);
        int f;
        for (f = 0; f < F_N && !cg_strncaseeq(name, field_names[f], strlen(field_names[f]) + 1); f++)
            ;
        char *q = cg_quote(name, 40);
        if (f == F_N && (strchr(name, ';') || strchr(name, '\t')))
            st = fail_at(c, head[k].line, head[k].col,
                         "unknown column \"%s\": the columns seem separated by %s; citegraph reads "
                         "comma-separated CSV (save it as CSV with commas)",
                         q, strchr(name, ';') ? "';'" : "tabs");
        else if (f == F_N && !*name)
            st = fail_at(c, head[k].line, head[k].col,
                         "a column without a name: the header names each column (" COLUMNS ")");
        else if (f == F_N)
            st = fail_at(c, head[k].line, head[k].col,
                         "unknown column \"%s\": a manifest has the columns " COLUMNS, q);
        else if (col[f] >= 0)
            st = fail_at(c, head[k].line, head[k].col, "column \"%s\" named twice in the header", q);
        else
            col[f] = k;
        cg_free(q);
        cg_free(name);
    }
    if (st == CG_OK && col[F_FILE] < 0)
        st = fail_at(c, 1, 1, "the header names no \"file\" column: a manifest has the columns " COLUMNS);
    cells_free(head, nh);
    if (st != CG_OK)
        return st;
    cell f[64];
    int nf;
    for (;;) {
        long at_line = p.line;
        rc = csv_record(c, &p, f, &nf);
        if (rc > 0)
            break;
        if (rc < 0)
            return CG_ERR_FORMAT;
        if (nf == 1 && !*f[0].v) { /* a blank line */
            cells_free(f, nf);
            continue;
        }
        if (nf != nh) {
            cells_free(f, nf);
            return fail_at(c, at_line, 1, "this row has %d field%s, the header %d column%s: every "
                                          "row has one field per column (empty ones too)",
                           nf, nf == 1 ? "" : "s", nh, nh == 1 ? "" : "s");
        }
        row r;
        memset(&r, 0, sizeof r);
        r.at_line = at_line;
        r.at_col = 1;
        for (int k = 0; k < F_N; k++) {
            if (col[k] < 0)
                continue;
            const cell *x = &f[col[k]];
            r.v[k] = *x->v ? x->v : NULL;
            r.line[k] = x->line;
            r.col[k] = x->col;
        }
        if (!r.v[F_FILE]) {
            r.at_line = f[col[F_FILE]].line;
            r.at_col = f[col[F_FILE]].col;
        }
        st = add_row(c, &r);
        cells_free(f, nf);
        if (st != CG_OK)
            return st;
    }
    return CG_OK;
}

cg_status cg_manifest_load(cg_manifest **out, const char *path, cg_error *err)
{
    *out = NULL;
    char *data;
    size_t len, bom;
    cg_status st = cg_read_user_file(path, WHAT, CG_MAX_DOCUMENT, &data, &len, &bom, err);
    if (st != CG_OK)
        return st;
    cg_manifest *m = cg_xcalloc(1, sizeof *m);
    mctx c = {m, path, err};
    const char *dot = strrchr(path, '.');
    int is_csv = dot && cg_strncaseeq(dot, ".csv", 5);
    st = is_csv ? load_csv(&c, data, len) : load_json(&c, data, len);
    cg_free(data);
    if (st != CG_OK) {
        cg_manifest_free(m);
        return st;
    }
    *out = m;
    return CG_OK;
}

int cg_manifest_apply(const cg_manifest *m, cg_document *doc)
{
    const char *file = cg_document_meta(doc)->file;
    size_t ix;
    if (!cg_map_get(&m->by_file, file, &ix) &&
        (!cg_map_get(&m->by_base, base_of(file), &ix) || ix == AMBIGUOUS))
        return 0;
    const mentry *e = m->entries.v[ix];
    cg_document_override(doc, e->symbol, e->date, e->sender, e->language);
    return 1;
}

void cg_manifest_free(cg_manifest *m)
{
    if (!m)
        return;
    cg_vec_free(&m->entries, entry_free);
    cg_map_free(&m->by_file);
    cg_map_free(&m->by_base);
    cg_map_free(&m->by_symbol);
    cg_free(m);
}
