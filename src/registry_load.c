/* registry_load.c: users' --registry files.
 *
 * A file is read whole, parsed with jansson, and checked completely before
 * anything is added (registry_add.h): the sections and keys it may have,
 * the type of every value, ids in the form their kind takes, calendar
 * dates, the six UN languages, ids given once, titles naming one entry, and
 * no silent change to an entry the registry already has: replacing one
 * takes "override": true on the entry, and is reported as a warning.
 * Every error gives the line and column of the value at fault
 * (cg_json_locate: jansson keeps no positions) and says the fix. */
#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "registry_add.h"
#include "resolver.h"
#include "validate.h"

#define MAX_REGISTRY ((size_t)64 << 20)
#define WHAT "a registry file (JSON in the layout of src/data/registry.json)"

typedef struct titledef {
    const char *lang, *title;
} titledef;

/* One checked entry, waiting to be added. */
typedef struct pending {
    const char *id;
    cg_kind kind;
    const char *label_en, *label_zh, *date;
    int override;
    size_t replaces; /* the entry it replaces, or CG_NONE */
    long line, col;  /* of its id */
    cg_vec titles;   /* titledef* */
} pending;

typedef struct ctx {
    const char *path, *data;
    size_t len;
    cg_registry *reg;
    cg_error *err;
    cg_jstep steps[8];
    size_t depth;
    cg_map ids;      /* id -> index into entries (within this file) */
    cg_map titles;   /* folded title -> index into entries (within this file) */
    cg_vec entries;  /* pending* */
    cg_vec reporters;/* const char* */
} ctx;

static void push_key(ctx *c, const char *key)
{
    c->steps[c->depth].key = key;
    c->steps[c->depth].index = 0;
    c->depth++;
}

static void push_index(ctx *c, size_t i)
{
    c->steps[c->depth].key = NULL;
    c->steps[c->depth].index = i;
    c->depth++;
}

static void pop(ctx *c)
{
    c->depth--;
}

static void where(const ctx *c, int want_key, long *line, long *col)
{
    cg_json_locate(c->data, c->len, c->steps, c->depth, want_key, line, col);
}

/* Sets the error at the current value (or its key) and returns CG_ERR_FORMAT. */
static cg_status fail(ctx *c, int at_key, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static cg_status fail(ctx *c, int at_key, const char *fmt, ...)
{
    long line, col;
    where(c, at_key, &line, &col);
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cg_error_set(c->err, c->path, line, col, "%s", msg);
    return CG_ERR_FORMAT;
}

static const char *type_name(const json_t *v)
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

static void pending_free(void *p)
{
    pending *e = p;
    cg_vec_free(&e->titles, cg_free);
    cg_free(e);
}

/* ids: instrument:SLUG, icj:SLUG (lower-case letters, digits, hyphens),
 * or a UN symbol written as citegraph writes it. */
static int slug_ok(const char *s)
{
    if (!*s || *s == '-')
        return 0;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return 0;
    return s[strlen(s) - 1] != '-';
}

static cg_status check_id(ctx *c, const char *id, cg_kind kind, int is_case)
{
    char *q = cg_quote(id, 80);
    cg_status st = CG_OK;
    if (is_case) {
        if (strncmp(id, "icj:", 4) != 0 || !slug_ok(id + 4))
            st = fail(c, 0, "case id \"%s\" is not icj: followed by lower-case letters, digits and "
                            "hyphens (icj:corfu-channel)", q);
    } else if (kind == CG_KIND_INSTRUMENT) {
        if (strncmp(id, "instrument:", 11) != 0 || !slug_ok(id + 11))
            st = fail(c, 0, "instrument id \"%s\" is not instrument: followed by lower-case letters, "
                            "digits and hyphens (instrument:baku-declaration-2019)", q);
    } else {
        const char *prefix = kind == CG_KIND_GA_RESOLUTION ? "A/RES/"
                             : kind == CG_KIND_SC_RESOLUTION ? "S/RES/" : NULL;
        char *canon = cg_canon_symbol(id, strlen(id));
        int ok = strcmp(canon, id) == 0 && strchr(id, '/') && !strchr(id, ' ') &&
                 (!prefix || strncmp(id, prefix, strlen(prefix)) == 0);
        if (!ok)
            st = fail(c, 0, "id \"%s\" is not a %s symbol as citegraph writes it (%s)", q,
                      cg_kind_name(kind),
                      kind == CG_KIND_GA_RESOLUTION   ? "A/RES/2625(XXV)"
                      : kind == CG_KIND_SC_RESOLUTION ? "S/RES/822(1993)"
                                                      : "S/2020/1307");
        cg_free(canon);
    }
    cg_free(q);
    return st;
}

/* "label": {"en": "...", "zh": "..."} */
static cg_status check_label(ctx *c, json_t *v, pending *e)
{
    if (!json_is_object(v))
        return fail(c, 0, "\"label\" must be an object of labels by language ({\"en\": \"...\", "
                          "\"zh\": \"...\"}), not %s", type_name(v));
    const char *lang;
    json_t *t;
    json_object_foreach(v, lang, t) {
        push_key(c, lang);
        if (!cg_un_language(lang)) {
            char *q = cg_quote(lang, 20);
            cg_status st = fail(c, 1, "unknown language \"%s\": the languages are " CG_UN_LANGUAGES, q);
            cg_free(q);
            return st;
        }
        if (!json_is_string(t))
            return fail(c, 0, "a label must be a string, not %s", type_name(t));
        if (!*json_string_value(t))
            return fail(c, 0, "a label cannot be empty");
        if (!strcmp(lang, "en"))
            e->label_en = json_string_value(t);
        else if (!strcmp(lang, "zh"))
            e->label_zh = json_string_value(t);
        pop(c);
    }
    return CG_OK;
}

/* Who a title belongs to, for a message: "\"instrument:un-charter\" (built
 * in)", "\"X\" (FILE:L:C)", "\"X\" (line L of this file)". */
static char *owner_desc(ctx *c, size_t ix, int in_file)
{
    const char *id, *origin = NULL;
    if (in_file) {
        const pending *o = c->entries.v[ix];
        char *q = cg_quote(o->id, 80);
        char *s = cg_xsprintf("\"%s\" (line %ld of this file)", q, o->line);
        cg_free(q);
        return s;
    }
    id = cg_registry_at(c->reg, ix)->id;
    origin = cg_registry_origin(c->reg, ix);
    char *q = cg_quote(id, 80);
    char *s = origin ? cg_xsprintf("\"%s\" (%s)", q, origin) : cg_xsprintf("\"%s\" (built in)", q);
    cg_free(q);
    return s;
}

/* "titles"/"names": {"en": ["...", ...], ...} */
static cg_status check_titles(ctx *c, json_t *v, const char *key, pending *e, size_t self)
{
    if (!json_is_object(v))
        return fail(c, 0, "\"%s\" must be an object of lists by language ({\"en\": [\"...\"]}), "
                          "not %s", key, type_name(v));
    const char *lang;
    json_t *list;
    json_object_foreach(v, lang, list) {
        push_key(c, lang);
        if (!cg_un_language(lang)) {
            char *q = cg_quote(lang, 20);
            cg_status st = fail(c, 1, "unknown language \"%s\": the languages are " CG_UN_LANGUAGES, q);
            cg_free(q);
            return st;
        }
        if (!json_is_array(list))
            return fail(c, 0, "the %s in a language are a list ([\"...\", ...]), not %s", key,
                        type_name(list));
        size_t k;
        json_t *t;
        json_array_foreach(list, k, t) {
            push_index(c, k);
            if (!json_is_string(t))
                return fail(c, 0, "a %s must be a string, not %s", !strcmp(key, "names") ? "name" : "title",
                            type_name(t));
            const char *title = json_string_value(t);
            char *f = cg_registry_fold_title(title);
            if (!*f) {
                cg_free(f);
                return fail(c, 0, "a %s cannot be empty", !strcmp(key, "names") ? "name" : "title");
            }
            size_t other;
            if (cg_map_get(&c->titles, f, &other) && other != self) {
                char *q = cg_quote(title, 80), *o = owner_desc(c, other, 1);
                cg_status st = fail(c, 0, "\"%s\" already names %s: a title names one entry", q, o);
                cg_free(q);
                cg_free(o);
                cg_free(f);
                return st;
            }
            size_t owner = cg_registry_title_owner(c->reg, title);
            if (owner != CG_NONE && owner != cg_registry_find(c->reg, e->id)) {
                char *q = cg_quote(title, 80), *o = owner_desc(c, owner, 0);
                cg_status st = fail(c, 0, "\"%s\" already names %s: a title names one entry; "
                                          "remove it here (or override that entry)", q, o);
                cg_free(q);
                cg_free(o);
                cg_free(f);
                return st;
            }
            cg_map_put(&c->titles, f, self);
            cg_free(f);
            titledef *td = cg_xmalloc(sizeof *td);
            td->lang = lang;
            td->title = title;
            cg_vec_push(&e->titles, td);
            pop(c);
        }
        pop(c);
    }
    if (!e->titles.n)
        return fail(c, 1, "\"%s\" lists none: give at least one", key);
    return CG_OK;
}

/* One entry of "instruments" or "cases". */
static cg_status check_entry(ctx *c, json_t *o, int is_case)
{
    const char *what = is_case ? "a case" : "an instrument";
    const char *names = is_case ? "names" : "titles";
    const char *keys = is_case ? "id, label, names, date, override"
                               : "id, kind, label, titles, date, override";
    if (!json_is_object(o))
        return fail(c, 0, "%s is an object ({\"id\": ..., \"%s\": ...}), not %s", what, names,
                    type_name(o));
    const char *k;
    json_t *v;
    /* keys and types first, in the order of the file */
    json_object_foreach(o, k, v) {
        push_key(c, k);
        int known = !strcmp(k, "id") || !strcmp(k, "label") || !strcmp(k, names) ||
                    !strcmp(k, "date") || !strcmp(k, "override") || (!is_case && !strcmp(k, "kind"));
        if (!known) {
            char *q = cg_quote(k, 40);
            cg_status st = fail(c, 1, "unknown key \"%s\" in %s: the keys are %s", q, what, keys);
            cg_free(q);
            return st;
        }
        if ((!strcmp(k, "id") || !strcmp(k, "kind") || !strcmp(k, "date")) && !json_is_string(v))
            return fail(c, 0, "\"%s\" must be a string, not %s", k, type_name(v));
        if (!strcmp(k, "override") && !json_is_boolean(v))
            return fail(c, 0, "\"override\" must be true or false, not %s", type_name(v));
        pop(c);
    }
    pending *e = cg_xcalloc(1, sizeof *e);
    size_t self = c->entries.n;
    cg_vec_push(&c->entries, e);
    e->kind = is_case ? CG_KIND_CASE : CG_KIND_INSTRUMENT;
    e->replaces = CG_NONE;
    json_t *id = json_object_get(o, "id");
    if (!id)
        return fail(c, 0, "%s needs an \"id\" (%s)", what,
                    is_case ? "icj:corfu-channel" : "instrument:baku-declaration-2019");
    e->id = json_string_value(id);
    json_t *kind = json_object_get(o, "kind");
    if (kind) {
        push_key(c, "kind");
        const char *kn = json_string_value(kind);
        cg_kind kk;
        if (cg_kind_parse(&kk, kn) != 0 ||
            !(kk == CG_KIND_INSTRUMENT || kk == CG_KIND_GA_RESOLUTION ||
              kk == CG_KIND_SC_RESOLUTION || kk == CG_KIND_DOCUMENT)) {
            char *q = cg_quote(kn, 40);
            cg_status st = fail(c, 0, "unknown kind \"%s\": an entry of \"instruments\" is an "
                                      "instrument, ga-resolution, sc-resolution or document", q);
            cg_free(q);
            return st;
        }
        e->kind = kk;
        pop(c);
    }
    json_t *ov = json_object_get(o, "override");
    e->override = json_is_true(ov);
    push_key(c, "id");
    where(c, 0, &e->line, &e->col);
    cg_status st = check_id(c, e->id, e->kind, is_case);
    if (st != CG_OK)
        return st;
    size_t first;
    char *q = cg_quote(e->id, 80);
    if (cg_map_get(&c->ids, e->id, &first)) {
        const pending *f = c->entries.v[first];
        st = fail(c, 0, "\"%s\" is given twice in this file (first at line %ld, column %ld): keep one",
                  q, f->line, f->col);
        cg_free(q);
        return st;
    }
    cg_map_put(&c->ids, e->id, self);
    size_t known = cg_registry_find(c->reg, e->id);
    const cg_entry *ke = known != CG_NONE ? cg_registry_get(c->reg, e->id) : NULL;
    if (ke && !e->override) {
        const char *origin = cg_registry_origin(c->reg, known);
        if (origin)
            st = fail(c, 0, "\"%s\" is already defined at %s: give it once, or add \"override\": "
                            "true to this entry to replace it", q, origin);
        else
            st = fail(c, 0, "\"%s\" is a built-in entry: a registry file cannot change it "
                            "silently; add \"override\": true to this entry to replace it", q);
        cg_free(q);
        return st;
    }
    pop(c);
    if (e->override && !ke) {
        push_key(c, "override");
        st = fail(c, 0, "\"override\": true, but there is no entry \"%s\" to replace: check the id, "
                        "or remove \"override\"", q);
        cg_free(q);
        return st;
    }
    cg_free(q);
    if (ke) {
        e->replaces = known;
        if (ke->kind == CG_KIND_CASE && !is_case)
            return fail(c, 0, "\"%s\" is a case: override it in \"cases\"", e->id);
        if (!kind && !is_case)
            e->kind = ke->kind; /* an override keeps the kind unless it says otherwise */
    }
    json_t *label = json_object_get(o, "label");
    if (label) {
        push_key(c, "label");
        if ((st = check_label(c, label, e)) != CG_OK)
            return st;
        pop(c);
    }
    json_t *date = json_object_get(o, "date");
    if (date) {
        push_key(c, "date");
        const char *why = cg_date_problem(json_string_value(date), 1);
        if (why) {
            char *dq = cg_quote(json_string_value(date), 40);
            st = fail(c, 0, "invalid date \"%s\": %s", dq, why);
            cg_free(dq);
            return st;
        }
        e->date = json_string_value(date);
        pop(c);
    }
    json_t *titles = json_object_get(o, names);
    if (!titles) {
        if (!e->override)
            return fail(c, 0, "%s needs \"%s\" ({\"en\": [\"...\"], \"zh\": [\"...\"]}): the names "
                              "letters cite it by", what, names);
    } else {
        push_key(c, names);
        if ((st = check_titles(c, titles, names, e, self)) != CG_OK)
            return st;
        pop(c);
    }
    return CG_OK;
}

static cg_status check_section(ctx *c, json_t *arr, int is_case)
{
    if (!json_is_array(arr))
        return fail(c, 0, "\"%s\" must be a list of entries ([{...}, ...]), not %s",
                    is_case ? "cases" : "instruments", type_name(arr));
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        push_index(c, i);
        cg_status st = check_entry(c, o, is_case);
        if (st != CG_OK)
            return st;
        pop(c);
    }
    return CG_OK;
}

static cg_status check_reporters(ctx *c, json_t *v)
{
    if (!json_is_object(v))
        return fail(c, 0, "\"reporters\" must be an object of lists by language ({\"en\": [\"...\"]}), "
                          "not %s", type_name(v));
    const char *lang;
    json_t *list;
    json_object_foreach(v, lang, list) {
        push_key(c, lang);
        if (!cg_un_language(lang)) {
            char *q = cg_quote(lang, 20);
            cg_status st = fail(c, 1, "unknown language \"%s\": the languages are " CG_UN_LANGUAGES, q);
            cg_free(q);
            return st;
        }
        if (!json_is_array(list))
            return fail(c, 0, "the reporters in a language are a list ([\"...\", ...]), not %s",
                        type_name(list));
        size_t k;
        json_t *t;
        json_array_foreach(list, k, t) {
            push_index(c, k);
            if (!json_is_string(t))
                return fail(c, 0, "a reporter must be a string, not %s", type_name(t));
            char *f = cg_registry_fold_title(json_string_value(t));
            int empty = !*f;
            cg_free(f);
            if (empty)
                return fail(c, 0, "a reporter cannot be empty");
            cg_vec_push(&c->reporters, (void *)json_string_value(t));
            pop(c);
        }
        pop(c);
    }
    return CG_OK;
}

static cg_status check_file(ctx *c, json_t *root)
{
    if (!json_is_object(root))
        return fail(c, 0, "a registry file is an object ({\"instruments\": [...], \"cases\": [...], "
                          "\"reporters\": {...}}), not %s", type_name(root));
    const char *k;
    json_t *v;
    json_object_foreach(root, k, v) {
        push_key(c, k);
        cg_status st = CG_OK;
        if (!strcmp(k, "instruments"))
            st = check_section(c, v, 0);
        else if (!strcmp(k, "cases"))
            st = check_section(c, v, 1);
        else if (!strcmp(k, "reporters"))
            st = check_reporters(c, v);
        else if (!strcmp(k, "about")) {
            if (!json_is_string(v))
                st = fail(c, 0, "\"about\" must be a string, not %s", type_name(v));
        } else {
            char *q = cg_quote(k, 40);
            st = fail(c, 1, "unknown section \"%s\": a registry file has \"instruments\", \"cases\", "
                            "\"reporters\" (and \"about\")", q);
            cg_free(q);
        }
        if (st != CG_OK)
            return st;
        pop(c);
    }
    return CG_OK;
}

/* Everything checked: the entries go in, overrides are reported. */
static void apply(ctx *c)
{
    for (size_t k = 0; k < c->entries.n; k++) {
        pending *e = c->entries.v[k];
        char *origin = cg_xsprintf("%s:%ld:%ld", c->path, e->line, e->col);
        if (e->replaces != CG_NONE) {
            const char *was = cg_registry_origin(c->reg, e->replaces);
            const cg_entry *old = cg_registry_at(c->reg, e->replaces);
            cg_buf what = {0};
            if (e->kind != old->kind)
                cg_buf_printf(&what, "its kind (%s)", cg_kind_name(e->kind));
            if (e->label_en || e->label_zh)
                cg_buf_printf(&what, "%sits label%s", what.len ? ", " : "",
                              e->label_en && e->label_zh ? "s" : "");
            if (e->date)
                cg_buf_printf(&what, "%sits date", what.len ? ", " : "");
            if (what.len)
                cg_buf_puts(&what, " replaced");
            if (e->titles.n)
                cg_buf_printf(&what, "%s%zu %s added", what.len ? "; " : "", e->titles.n,
                              e->kind == CG_KIND_CASE ? (e->titles.n == 1 ? "name" : "names")
                                                      : (e->titles.n == 1 ? "title" : "titles"));
            char *q = cg_quote(e->id, 80);
            char *msg = was ? cg_xsprintf("%s: \"%s\" overrides the entry of %s: %s", origin, q, was,
                                          what.len ? what.s : "nothing changed")
                            : cg_xsprintf("%s: \"%s\" overrides the built-in entry: %s", origin, q,
                                          what.len ? what.s : "nothing changed");
            cg_free(q);
            cg_buf_free(&what);
            cg_registry_warn(c->reg, msg);
        }
        size_t ix = cg_registry_put(c->reg, e->id, e->kind, e->label_en, e->label_zh, e->date, origin);
        cg_free(origin);
        for (size_t t = 0; t < e->titles.n; t++) {
            const titledef *td = e->titles.v[t];
            cg_registry_put_title(c->reg, ix, td->lang, td->title);
        }
    }
    for (size_t k = 0; k < c->reporters.n; k++)
        cg_registry_put_reporter(c->reg, c->reporters.v[k]);
}

cg_status cg_registry_load(cg_registry *reg, const char *path, cg_error *err)
{
    char *data;
    size_t len, bom;
    cg_status st = cg_read_user_file(path, WHAT, MAX_REGISTRY, &data, &len, &bom, err);
    if (st != CG_OK)
        return st;
    json_t *root = cg_json_parse(data, len, path, err);
    if (!root) {
        cg_free(data);
        return CG_ERR_FORMAT;
    }
    ctx c;
    memset(&c, 0, sizeof c);
    c.path = path;
    c.data = data;
    c.len = len;
    c.reg = reg;
    c.err = err;
    st = check_file(&c, root);
    if (st == CG_OK)
        apply(&c);
    cg_vec_free(&c.entries, pending_free);
    cg_vec_free(&c.reporters, NULL);
    cg_map_free(&c.ids);
    cg_map_free(&c.titles);
    json_decref(root);
    cg_free(data);
    return st;
}
