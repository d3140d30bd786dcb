/* docjson.c: a scanned letter as one JSON object (`citegraph scan --json`
 * and `--jsonl`, docs/formats.md), and back: the JSON Lines of a scan are
 * an input of `citegraph build`, and the scan cache keeps each letter so. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "docjson.h"

json_t *cli_doc_json(const cg_document *doc, const char *name)
{
    const cg_meta *m = cg_document_meta(doc);
    json_t *refs = json_array();
    for (size_t k = 0; k < cg_document_ref_count(doc); k++) {
        const cg_ref *r = cg_document_ref(doc, k);
        json_t *o = json_object();
        json_object_set_new(o, "target", cli_json_str(r->target));
        json_object_set_new(o, "kind", json_string(cg_kind_name(r->kind)));
        json_object_set_new(o, "label", cli_json_str(r->label));
        json_object_set_new(o, "label_lang", cli_json_str(r->label_lang));
        json_object_set_new(o, "text", cli_json_str(r->text));
        json_object_set_new(o, "line", json_integer(r->line));
        json_object_set_new(o, "column", json_integer(r->column));
        if (r->page)
            json_object_set_new(o, "page", json_integer(r->page));
        json_object_set_new(o, "offset", json_integer((json_int_t)r->offset));
        json_object_set_new(o, "length", json_integer((json_int_t)r->length));
        json_object_set_new(o, "echo", json_boolean(r->echo));
        json_object_set_new(o, "sentence", cli_json_str(r->sentence));
        json_object_set_new(o, "parent", cli_json_str(r->parent));
        json_object_set_new(o, "parent_label", cli_json_str(r->parent_label));
        json_object_set_new(o, "alias", cli_json_str(r->alias));
        json_object_set_new(o, "symbols", cli_json_words(r->symbols));
        json_array_append_new(refs, o);
    }
    json_t *o = json_object();
    /* JSON holds only UTF-8: a name that is not is written escaped
     * (cg_name_escape), as in the id, and said (cli_name_warning) */
    json_object_set_new(o, "file", cli_json_str(m->file));
    if (name)
        json_object_set_new(o, "name", cli_json_str(name));
    json_object_set_new(o, "id", cli_json_str(m->id));
    json_object_set_new(o, "language", cli_json_str(m->language));
    json_object_set_new(o, "title", cli_json_str(m->title));
    json_object_set_new(o, "date", cli_json_str(m->date));
    json_object_set_new(o, "senders", cli_json_words(m->sender));
    json_object_set_new(o, "symbols", cli_json_words(m->symbols));
    json_object_set_new(o, "addressee", cli_json_str(m->addressee));
    json_object_set_new(o, "session", m->session ? json_integer(m->session) : json_null());
    json_object_set_new(o, "sc_year", m->sc_year ? json_integer(m->sc_year) : json_null());
    json_object_set_new(o, "agenda_items", cli_json_words(m->agenda_items));
    json_object_set_new(o, "annex", json_boolean(m->has_annex));
    json_object_set_new(o, "annex_author", cli_json_str(m->annex_author));
    json_object_set_new(o, "encoding", cli_json_str(m->encoding));
    json_object_set_new(o, "format", cli_json_str(m->format));
    json_object_set_new(o, "references", refs);
    return o;
}

/* ---- reading it back ---------------------------------------------------- */

typedef struct rd {
    const char *src; /* for messages */
    long line;
    cg_error *err;
    int bad;
    cg_buf words; /* a list of words joined, reused */
} rd;

static void fail(rd *r, const char *fmt, const char *key)
{
    if (r->bad)
        return;
    r->bad = 1;
    char msg[256];
    snprintf(msg, sizeof msg, fmt, key);
    cg_error_set(r->err, r->src, r->line, 0, "%s", msg);
}

/* A string member: NULL when absent or null; a wrong type is an error. */
static const char *str(rd *r, const json_t *o, const char *key, int required)
{
    const json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v)) {
        if (required)
            fail(r, "\"%s\" is missing: not a letter written by citegraph scan --jsonl", key);
        return NULL;
    }
    if (!json_is_string(v)) {
        fail(r, "\"%s\" is not a string", key);
        return NULL;
    }
    return json_string_value(v);
}

static long num(rd *r, const json_t *o, const char *key, long lo)
{
    const json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > 0x7fffffff) {
        fail(r, "\"%s\" is not a whole number in range", key);
        return 0;
    }
    return (long)json_integer_value(v);
}

static int flag(rd *r, const json_t *o, const char *key)
{
    const json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_boolean(v)) {
        fail(r, "\"%s\" is not true or false", key);
        return 0;
    }
    return json_is_true(v);
}

/* An array of words joined by spaces (NULL when empty); valid until the
 * next call. */
static const char *words(rd *r, const json_t *o, const char *key, cg_buf *b)
{
    const json_t *v = json_object_get(o, key);
    b->len = 0;
    if (b->s)
        b->s[0] = '\0';
    if (!v || json_is_null(v))
        return NULL;
    if (!json_is_array(v)) {
        fail(r, "\"%s\" is not an array of words", key);
        return NULL;
    }
    size_t i;
    const json_t *w;
    json_array_foreach(v, i, w) {
        const char *s = json_string_value(w);
        if (!s || !*s || strchr(s, ' ')) {
            fail(r, "\"%s\" is not an array of words", key);
            return NULL;
        }
        if (b->len)
            cg_buf_putc(b, ' ');
        cg_buf_puts(b, s);
    }
    return b->len ? b->s : NULL;
}

cg_status cli_doc_from_json(cg_document **out, const json_t *o, const char *src, long line,
                            const char *file, const char *name_as, cg_error *err)
{
    *out = NULL;
    rd r = {src, line, err, 0, {0}};
    if (!json_is_object(o)) {
        fail(&r, "not a JSON object: not a letter written by citegraph scan --jsonl%s", "");
        return CG_ERR_FORMAT;
    }
    if (!json_is_array(json_object_get(o, "references"))) {
        fail(&r, "no \"references\" array: not a letter written by citegraph scan --jsonl (a graph's "
                 "JSON Lines export cannot be read back; scan the letters with citegraph scan --jsonl)%s",
             "");
        return CG_ERR_FORMAT;
    }
    cg_meta m = {0};
    cg_buf b1 = {0}, b2 = {0}, b3 = {0};
    m.file = str(&r, o, "file", 1);
    const char *name = str(&r, o, "name", 0);
    m.language = str(&r, o, "language", 0);
    m.title = str(&r, o, "title", 0);
    m.date = str(&r, o, "date", 0);
    m.sender = words(&r, o, "senders", &b1);
    m.symbols = words(&r, o, "symbols", &b2);
    m.addressee = str(&r, o, "addressee", 0);
    m.session = num(&r, o, "session", 0);
    m.sc_year = num(&r, o, "sc_year", 0);
    m.agenda_items = words(&r, o, "agenda_items", &b3);
    m.has_annex = flag(&r, o, "annex");
    m.annex_author = str(&r, o, "annex_author", 0);
    m.encoding = str(&r, o, "encoding", 0);
    m.format = str(&r, o, "format", 0);
    cg_document *d = NULL;
    if (!r.bad && m.file && !*m.file)
        fail(&r, "\"%s\" is empty", "file");
    if (file)
        m.file = file;
    if (name_as)
        name = name_as;
    if (!r.bad)
        cg_document_new(&d, &m, name, err);
    cg_buf_free(&b1);
    cg_buf_free(&b2);
    cg_buf_free(&b3);
    if (!d) {
        cg_buf_free(&r.words);
        return CG_ERR_FORMAT;
    }
    size_t i;
    const json_t *ro;
    json_array_foreach(json_object_get(o, "references"), i, ro) {
        if (!json_is_object(ro)) {
            fail(&r, "a reference is not a JSON object%s", "");
            break;
        }
        cg_ref ref = {0};
        ref.target = str(&r, ro, "target", 1);
        const char *kind = str(&r, ro, "kind", 1);
        if (kind && cg_kind_parse(&ref.kind, kind) != 0)
            fail(&r, "unknown kind \"%s\"", kind);
        ref.label = str(&r, ro, "label", 0);
        ref.text = str(&r, ro, "text", 0);
        ref.line = num(&r, ro, "line", 0);
        ref.column = num(&r, ro, "column", 0);
        ref.page = num(&r, ro, "page", 0);
        const json_t *off = json_object_get(ro, "offset");
        if (off && (!json_is_integer(off) || json_integer_value(off) < 0))
            fail(&r, "\"%s\" is not a whole number in range", "offset");
        else if (off)
            ref.offset = (size_t)json_integer_value(off);
        ref.length = (size_t)num(&r, ro, "length", 0);
        ref.echo = flag(&r, ro, "echo");
        ref.sentence = str(&r, ro, "sentence", 0);
        ref.parent = str(&r, ro, "parent", 0);
        ref.parent_label = str(&r, ro, "parent_label", 0);
        ref.label_lang = str(&r, ro, "label_lang", 0);
        ref.alias = str(&r, ro, "alias", 0);
        ref.symbols = words(&r, ro, "symbols", &r.words);
        if (r.bad)
            break;
        if (ref.target && !*ref.target) {
            fail(&r, "\"%s\" is empty", "target");
            break;
        }
        if (cg_document_add_ref(d, &ref, err) != CG_OK) {
            r.bad = 1;
            break;
        }
    }
    cg_buf_free(&r.words);
    if (r.bad) {
        cg_document_free(d);
        return CG_ERR_FORMAT;
    }
    *out = d;
    return CG_OK;
}

/* One line of a JSON Lines file (without its end of line). */
static cg_status jsonl_line(cg_vec *docs, const char *path, long line, const char *data, size_t len,
                            cg_error *err)
{
    size_t a = 0, e = len;
    while (a < e && (data[a] == ' ' || data[a] == '\t' || data[a] == '\r'))
        a++;
    while (e > a && (data[e - 1] == ' ' || data[e - 1] == '\t' || data[e - 1] == '\r'))
        e--;
    if (a == e)
        return CG_OK; /* a blank line */
    json_error_t je;
    json_t *o = json_loadb(data + a, e - a, JSON_REJECT_DUPLICATES, &je);
    if (!o) {
        cg_error_set(err, path, line, je.column > 0 ? je.column : 0, "%s", je.text);
        return CG_ERR_FORMAT;
    }
    cg_document *d = NULL;
    cg_status st = cli_doc_from_json(&d, o, path, line, NULL, NULL, err);
    json_decref(o);
    if (st != CG_OK)
        return st;
    cg_vec_push(docs, d);
    return CG_OK;
}

cg_status cli_jsonl_read(cg_vec *docs, const char *path, const char *data, size_t len, cg_error *err)
{
    long line = 0;
    for (size_t at = 0; at < len;) {
        const char *nl = memchr(data + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - data) : len;
        cg_status st = jsonl_line(docs, path, ++line, data + at, end - at, err);
        if (st != CG_OK)
            return st;
        at = end + 1;
    }
    return CG_OK;
}

cg_status cli_jsonl_read_file(cg_vec *docs, const char *path, cg_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cg_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return CG_ERR_IO;
    }
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    long line = 0;
    cg_status st = CG_OK;
    while (st == CG_OK && (n = getline(&buf, &cap, f)) >= 0)
        st = jsonl_line(docs, path, ++line, buf, (size_t)n - (n > 0 && buf[n - 1] == '\n'), err);
    if (st == CG_OK && ferror(f)) {
        cg_error_set(err, path, 0, 0, "read error: %s", strerror(errno));
        st = CG_ERR_IO;
    }
    if (st == CG_OK && line == 0) {
        cg_error_set(err, path, 0, 0, "empty file: no letter (citegraph scan --jsonl writes one per line)");
        st = CG_ERR_INPUT;
    }
    free(buf);
    fclose(f);
    return st;
}

int cli_is_jsonl(const char *path)
{
    const char *dot = strrchr(path, '.');
    return dot && (strcasecmp(dot, ".jsonl") == 0 || strcasecmp(dot, ".ndjson") == 0);
}
