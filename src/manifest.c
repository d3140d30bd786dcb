/* manifest.c: file name -> symbol, date, sender, language, from JSON or CSV,
 * for corpora whose files say less than their catalogue. */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct mentry {
    char *file, *symbol, *date, *sender, *language;
} mentry;

struct cg_manifest {
    cg_vec entries; /* mentry* */
    cg_map by_file; /* path and base name -> index */
};

static const char *base_of(const char *p)
{
    const char *b = strrchr(p, '/');
    return b ? b + 1 : p;
}

static void entry_free(void *p)
{
    mentry *e = p;
    free(e->file);
    free(e->symbol);
    free(e->date);
    free(e->sender);
    free(e->language);
    free(e);
}

static void add_entry(cg_manifest *m, mentry *e)
{
    size_t ix = m->entries.n;
    cg_vec_push(&m->entries, e);
    cg_map_put(&m->by_file, e->file, ix);
    if (!cg_map_get(&m->by_file, base_of(e->file), NULL))
        cg_map_put(&m->by_file, base_of(e->file), ix);
}

static char *jdup(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) && *json_string_value(v) ? cg_xstrdup(json_string_value(v)) : NULL;
}

static int valid_field(const char *v, int what);

static int entry_ok(const mentry *e)
{
    return (!e->date || valid_field(e->date, 'd')) && (!e->sender || valid_field(e->sender, 's'));
}

/* One JSON entry for `file` (taken): added when its fields are valid. */
static int json_entry(cg_manifest *m, json_t *o, char *file)
{
    mentry *e = cg_xcalloc(1, sizeof *e);
    e->file = file;
    e->symbol = jdup(o, "symbol");
    e->date = jdup(o, "date");
    e->sender = jdup(o, "sender");
    e->language = jdup(o, "language");
    if (!entry_ok(e)) {
        entry_free(e);
        return 0;
    }
    add_entry(m, e);
    return 1;
}

static cg_status load_json(cg_manifest *m, const char *path, cg_error *err)
{
    json_error_t je;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        cg_error_set(err, path, je.line > 0 ? je.line : 0, je.column > 0 ? je.column : 0, "%s", je.text);
        return CG_ERR_FORMAT;
    }
    size_t i;
    json_t *o;
    const char *key;
    if (json_is_array(root)) {
        json_array_foreach(root, i, o) {
            char *file = jdup(o, "file");
            if (!file) {
                cg_error_set(err, path, 0, 0, "manifest entry %zu has no \"file\"", i);
                json_decref(root);
                return CG_ERR_FORMAT;
            }
            if (!json_entry(m, o, file)) {
                cg_error_set(err, path, 0, 0, "manifest entry %zu: a date is YYYY-MM-DD, a sender ISO3 codes", i);
                json_decref(root);
                return CG_ERR_FORMAT;
            }
        }
    } else if (json_is_object(root)) {
        json_object_foreach(root, key, o) {
            if (!json_entry(m, o, cg_xstrdup(key))) {
                cg_error_set(err, path, 0, 0, "manifest entry \"%s\": a date is YYYY-MM-DD, a sender ISO3 codes", key);
                json_decref(root);
                return CG_ERR_FORMAT;
            }
        }
    } else {
        cg_error_set(err, path, 1, 1, "a manifest is an array or an object");
        json_decref(root);
        return CG_ERR_FORMAT;
    }
    json_decref(root);
    return CG_OK;
}

/* One RFC 4180 record: fields into out (at most max); returns the count,
 * or -1 at the end of the input.  *line counts physical lines. */
static int csv_record(FILE *fp, char **out, int max, long *line)
{
    int c = fgetc(fp);
    if (c == EOF)
        return -1;
    int n = 0;
    cg_buf f = {0};
    int quoted = 0, in_q = 0;
    for (;; c = fgetc(fp)) {
        if (c == EOF || (!in_q && (c == ',' || c == '\n'))) {
            if (n < max)
                out[n++] = f.s ? cg_buf_take(&f) : cg_xstrdup("");
            else
                cg_buf_free(&f);
            quoted = 0;
            if (c == ',')
                continue;
            if (c == '\n')
                (*line)++;
            return n;
        }
        if (c == '\r' && !in_q)
            continue;
        if (c == '"') {
            if (!quoted && !f.len) {
                quoted = in_q = 1;
                continue;
            }
            if (in_q) {
                int d = fgetc(fp);
                if (d == '"') {
                    cg_buf_putc(&f, '"');
                    continue;
                }
                in_q = 0;
                ungetc(d, fp);
                continue;
            }
        }
        if (c == '\n')
            (*line)++;
        cg_buf_putc(&f, (char)c);
    }
}

/* A field is UTF-8; a date YYYY-MM-DD; a sender ISO3 codes separated by
 * spaces. */
static int valid_field(const char *v, int what)
{
    size_t n = strlen(v);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)v + i, n - i, &cp);
        if (!l)
            return 0;
        i += l;
    }
    if (!n)
        return 1;
    if (what == 'd')
        return n == 10 && v[4] == '-' && v[7] == '-' && strspn(v, "0123456789-") == 10;
    if (what == 's') {
        for (size_t i = 0; i < n; i++)
            if (!((v[i] >= 'A' && v[i] <= 'Z') || v[i] == ' '))
                return 0;
    }
    return 1;
}

static cg_status load_csv(cg_manifest *m, const char *path, cg_error *err)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        cg_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return CG_ERR_IO;
    }
    char *head[16];
    long line = 1;
    int nh = csv_record(fp, head, 16, &line);
    int col[5] = {-1, -1, -1, -1, -1};
    static const char *const names[5] = {"file", "symbol", "date", "sender", "language"};
    for (int k = 0; k < nh; k++)
        for (int q = 0; q < 5; q++)
            if (cg_strncaseeq(head[k], names[q], strlen(names[q]) + 1))
                col[q] = k;
    for (int k = 0; k < nh; k++)
        free(head[k]);
    if (col[0] < 0) {
        fclose(fp);
        cg_error_set(err, path, 1, 1, "the CSV header names no \"file\" column");
        return CG_ERR_FORMAT;
    }
    char *f[16];
    int nf;
    long at = line;
    while ((nf = csv_record(fp, f, 16, &line)) >= 0) {
        const char *bad = NULL;
        for (int k = 0; k < nf && !bad; k++)
            if (!valid_field(f[k], k == col[2] ? 'd' : k == col[3] ? 's' : 0))
                bad = k == col[2] ? "a date must be YYYY-MM-DD"
                      : k == col[3] ? "a sender must be ISO 3166-1 alpha-3 codes (ARM, AZE ...)"
                                    : "not valid UTF-8";
        if (bad) {
            for (int k = 0; k < nf; k++)
                free(f[k]);
            fclose(fp);
            cg_error_set(err, path, at, 0, "manifest: %s", bad);
            return CG_ERR_FORMAT;
        }
        at = line;
        if (nf > col[0] && *f[col[0]]) {
            mentry *e = cg_xcalloc(1, sizeof *e);
            char **dst[5] = {&e->file, &e->symbol, &e->date, &e->sender, &e->language};
            for (int q = 0; q < 5; q++)
                if (col[q] >= 0 && col[q] < nf && *f[col[q]])
                    *dst[q] = cg_xstrdup(f[col[q]]);
            add_entry(m, e);
        }
        for (int k = 0; k < nf; k++)
            free(f[k]);
    }
    fclose(fp);
    return CG_OK;
}

cg_status cg_manifest_load(cg_manifest **out, const char *path, cg_error *err)
{
    *out = NULL;
    cg_manifest *m = cg_xcalloc(1, sizeof *m);
    const char *dot = strrchr(path, '.');
    cg_status st = dot && cg_strncaseeq(dot, ".csv", 5) ? load_csv(m, path, err) : load_json(m, path, err);
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
    if (!cg_map_get(&m->by_file, file, &ix) && !cg_map_get(&m->by_file, base_of(file), &ix))
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
    free(m);
}
