/* registry.c: instruments, ICJ cases, reporters and States, read with
 * jansson from the compiled-in data (src/data/registry.json,
 * countries.json).  Users' --registry files are read by registry_load.c,
 * which checks them and adds their entries through the functions of
 * registry_add.h.
 *
 * Three lookups serve the scanner: a title inside 《》 (exact, after folding
 * white space and ASCII case), a phrase in running text (case names,
 * English titles, State names: longest match at a position), and whether a
 * title is a reporter that only locates what it follows. */
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "registry_add.h"
#include "validate.h"

extern const char cg_data_registry[];
extern const size_t cg_data_registry_len;
extern const char cg_data_countries[];
extern const size_t cg_data_countries_len;

typedef struct phrase {
    char *text;      /* folded: ASCII lower case, no white space */
    size_t entry;    /* index into entries (or countries) */
    int needs_the;   /* a one-word English short form: only after "the" */
} phrase;

typedef struct phrase_index {
    cg_vec all;      /* phrase* */
    cg_map first;    /* first code point (as a string) -> index into buckets */
    cg_vec buckets;  /* cg_vec* of phrase* */
} phrase_index;

struct cg_registry {
    cg_vec entries;      /* cg_entry* */
    cg_map by_id;
    cg_map titles;       /* folded title -> entry index (+1: 0 means short-only) */
    phrase_index phrases;
    cg_vec reporters;    /* folded prefixes */
    cg_vec iso3;         /* char* */
    phrase_index countries;
    cg_vec origins;      /* per entry: NULL built in, else "FILE:LINE:COL" of the user's entry */
    cg_vec warnings;     /* char*: "FILE:LINE:COL: message" from the user's files */
};

/* Folds a title for comparison: white space out, ASCII lower case, a
 * leading "the" out, typographic apostrophes made ASCII. */
static char *fold_title(const char *s, size_t n)
{
    cg_buf b = {0};
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n'))
        i++;
    if (n - i > 4 && cg_strncaseeq(s + i, "the", 3) && (s[i + 3] == ' ' || s[i + 3] == '\n'))
        i += 4;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            continue;
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
            cg_buf_putc(&b, '\'');
            i += 2;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        cg_buf_putc(&b, (char)c);
    }
    return cg_buf_take(&b);
}

static void phrase_add(phrase_index *ix, const char *text, size_t entry, int needs_the)
{
    char *f = fold_title(text, strlen(text));
    if (!*f) {
        free(f);
        return;
    }
    phrase *p = cg_xmalloc(sizeof *p);
    p->text = f;
    p->entry = entry;
    p->needs_the = needs_the;
    cg_vec_push(&ix->all, p);
    uint32_t cp;
    size_t l = cg_utf8_decode((const unsigned char *)f, strlen(f), &cp);
    char key[8];
    memcpy(key, f, l ? l : 1);
    key[l ? l : 1] = '\0';
    size_t b;
    if (!cg_map_get(&ix->first, key, &b)) {
        b = ix->buckets.n;
        cg_vec_push(&ix->buckets, cg_xcalloc(1, sizeof(cg_vec)));
        cg_map_put(&ix->first, key, b);
    }
    cg_vec_push(ix->buckets.v[b], p);
}

static void phrase_free(void *p)
{
    free(((phrase *)p)->text);
    free(p);
}

static void bucket_free(void *v)
{
    cg_vec_free(v, NULL);
    free(v);
}

static void phrase_index_free(phrase_index *ix)
{
    cg_vec_free(&ix->all, phrase_free);
    cg_vec_free(&ix->buckets, bucket_free);
    cg_map_free(&ix->first);
}

static int is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Matches a folded phrase against the text at s, skipping white space in
 * the text and folding ASCII case; returns the bytes consumed or 0. */
static size_t match_folded(const char *f, const char *s, size_t n)
{
    size_t i = 0;
    for (const char *p = f; *p; p++) {
        while (i < n && (s[i] == ' ' || s[i] == '\n'))
            i++;
        if (i >= n)
            return 0;
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && *p == '\'' && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
            i += 3;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)*p)
            return 0;
        i++;
    }
    /* an ASCII phrase ends at a word boundary */
    size_t fl = strlen(f);
    if (fl && is_word_byte((unsigned char)f[fl - 1]) && i < n && is_word_byte((unsigned char)s[i]))
        return 0;
    return i;
}

static size_t phrase_lookup(const phrase_index *ix, const char *s, size_t n, int after_the,
                            size_t *entry)
{
    uint32_t cp;
    size_t l = cg_utf8_decode((const unsigned char *)s, n, &cp);
    if (!l)
        return 0;
    char key[8];
    memcpy(key, s, l);
    key[l] = '\0';
    if (l == 1 && key[0] >= 'A' && key[0] <= 'Z')
        key[0] = (char)(key[0] + 32);
    size_t b;
    if (!cg_map_get(&ix->first, key, &b))
        return 0;
    const cg_vec *bucket = ix->buckets.v[b];
    size_t best = 0;
    for (size_t k = 0; k < bucket->n; k++) {
        const phrase *p = bucket->v[k];
        if (p->needs_the && !after_the)
            continue;
        size_t m = match_folded(p->text, s, n);
        if (m > best) {
            best = m;
            *entry = p->entry;
        }
    }
    return best;
}

static int is_short_title(const char *t)
{
    int ascii = 1, spaces = 0;
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        if (*p >= 0x80)
            ascii = 0;
        if (*p == ' ')
            spaces++;
        if ((*p & 0xC0) != 0x80)
            chars++;
    }
    return ascii ? spaces == 0 : chars <= 2;
}

static const char *json_str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static void set_str(char **dst, const char *v)
{
    if (v) {
        free(*dst);
        *dst = cg_xstrdup(v);
    }
}

/* ---- the adding functions (registry_add.h) ------------------------------ */

size_t cg_registry_find(const cg_registry *reg, const char *id)
{
    size_t ix;
    return cg_map_get(&reg->by_id, id, &ix) ? ix : CG_NONE;
}

const cg_entry *cg_registry_at(const cg_registry *reg, size_t ix)
{
    return reg->entries.v[ix];
}

const char *cg_registry_origin(const cg_registry *reg, size_t ix)
{
    return ix < reg->origins.n ? reg->origins.v[ix] : NULL;
}

size_t cg_registry_put(cg_registry *reg, const char *id, cg_kind kind, const char *label_en,
                       const char *label_zh, const char *date, const char *origin)
{
    size_t ix = cg_registry_find(reg, id);
    if (ix == CG_NONE) {
        cg_entry *e = cg_xcalloc(1, sizeof *e);
        e->id = cg_xstrdup(id);
        ix = reg->entries.n;
        cg_vec_push(&reg->entries, e);
        cg_vec_push(&reg->origins, NULL);
        cg_map_put(&reg->by_id, id, ix);
    }
    cg_entry *e = reg->entries.v[ix];
    e->kind = kind;
    set_str(&e->label_en, label_en);
    set_str(&e->label_zh, label_zh);
    set_str(&e->date, date);
    if (origin) {
        free(reg->origins.v[ix]);
        reg->origins.v[ix] = cg_xstrdup(origin);
    }
    return ix;
}

/* A title (or a case name): inside 《》 it resolves by exact lookup; in
 * running text by phrase (one-word short forms only after "the", and only
 * in the languages written in Latin letters). */
void cg_registry_put_title(cg_registry *reg, size_t ix, const char *lang, const char *title)
{
    const cg_entry *e = reg->entries.v[ix];
    char *f = fold_title(title, strlen(title));
    if (*f && !cg_map_get(&reg->titles, f, NULL))
        cg_map_put(&reg->titles, f, ix);
    free(f);
    int shortf = is_short_title(title);
    int ascii = strcmp(lang, "en") == 0 || strcmp(lang, "fr") == 0 || strcmp(lang, "es") == 0;
    if (e->kind == CG_KIND_CASE || !shortf)
        phrase_add(&reg->phrases, title, ix, 0);
    else if (ascii)
        phrase_add(&reg->phrases, title, ix, 1);
}

char *cg_registry_fold_title(const char *title)
{
    return fold_title(title, strlen(title));
}

size_t cg_registry_title_owner(const cg_registry *reg, const char *title)
{
    char *f = fold_title(title, strlen(title));
    size_t ix;
    int found = *f && cg_map_get(&reg->titles, f, &ix);
    free(f);
    return found ? ix : CG_NONE;
}

void cg_registry_put_reporter(cg_registry *reg, const char *title)
{
    cg_vec_push(&reg->reporters, fold_title(title, strlen(title)));
}

void cg_registry_warn(cg_registry *reg, char *msg)
{
    cg_vec_push(&reg->warnings, msg);
}

size_t cg_registry_warning_count(const cg_registry *reg)
{
    return reg->warnings.n;
}

const char *cg_registry_warning(const cg_registry *reg, size_t i)
{
    return i < reg->warnings.n ? reg->warnings.v[i] : NULL;
}

/* ---- the built-in data ---------------------------------------------------- */

/* One instrument or case of the built-in data: labels, date and names
 * ("titles" or "names"). */
static void builtin_entry(cg_registry *reg, json_t *o, const char *id, cg_kind kind,
                          const char *names)
{
    json_t *label = json_object_get(o, "label");
    size_t ix = cg_registry_put(reg, id, kind, json_str(label, "en"), json_str(label, "zh"),
                                json_str(o, "date"), NULL);
    const char *lang;
    json_t *list;
    json_object_foreach(json_object_get(o, names), lang, list) {
        size_t k;
        json_t *t;
        json_array_foreach(list, k, t) if (json_is_string(t))
            cg_registry_put_title(reg, ix, lang, json_string_value(t));
    }
}

static cg_status load_builtin(cg_registry *reg, json_t *root, cg_error *err)
{
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(root, "instruments"), i, o) {
        const char *id = json_str(o, "id");
        const char *kind = json_str(o, "kind");
        cg_kind k = CG_KIND_INSTRUMENT;
        if (!id || (kind && cg_kind_parse(&k, kind) != 0)) {
            cg_error_set(err, "registry.json", 0, 0, "built-in instruments[%zu] is damaged", i);
            return CG_ERR_FORMAT;
        }
        builtin_entry(reg, o, id, k, "titles");
    }
    json_array_foreach(json_object_get(root, "cases"), i, o) {
        const char *id = json_str(o, "id");
        if (!id) {
            cg_error_set(err, "registry.json", 0, 0, "built-in cases[%zu] is damaged", i);
            return CG_ERR_FORMAT;
        }
        builtin_entry(reg, o, id, CG_KIND_CASE, "names");
    }
    const char *lang;
    json_t *list;
    json_object_foreach(json_object_get(root, "reporters"), lang, list) {
        size_t k;
        json_t *t;
        json_array_foreach(list, k, t) if (json_is_string(t))
            cg_registry_put_reporter(reg, json_string_value(t));
    }
    return CG_OK;
}

static cg_status load_countries(cg_registry *reg, json_t *root, cg_error *err)
{
    json_t *arr = json_object_get(root, "countries");
    if (!json_is_array(arr)) {
        cg_error_set(err, "countries.json", 0, 0, "no \"countries\" array");
        return CG_ERR_FORMAT;
    }
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *iso = json_str(o, "iso3");
        if (!iso)
            continue;
        size_t ix = reg->iso3.n;
        cg_vec_push(&reg->iso3, cg_xstrdup(iso));
        const char *lang;
        json_t *list;
        json_object_foreach(o, lang, list) {
            if (!json_is_array(list))
                continue;
            size_t k;
            json_t *t;
            json_array_foreach(list, k, t) if (json_is_string(t))
                phrase_add(&reg->countries, json_string_value(t), ix, 0);
        }
    }
    return CG_OK;
}

static cg_status parse_into(cg_registry *reg, const char *data, size_t len, const char *file,
                            int countries, cg_error *err)
{
    json_error_t je;
    json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        cg_error_set(err, file, je.line, je.column, "the built-in data is damaged");
        return CG_ERR_FORMAT;
    }
    cg_status st = countries ? load_countries(reg, root, err) : load_builtin(reg, root, err);
    json_decref(root);
    return st;
}

cg_status cg_registry_new(cg_registry **out, cg_error *err)
{
    *out = NULL;
    cg_registry *reg = cg_xcalloc(1, sizeof *reg);
    cg_status st = parse_into(reg, cg_data_registry, cg_data_registry_len, "registry.json", 0, err);
    if (st == CG_OK)
        st = parse_into(reg, cg_data_countries, cg_data_countries_len, "countries.json", 1, err);
    if (st != CG_OK) {
        cg_registry_free(reg);
        return st;
    }
    *out = reg;
    return CG_OK;
}

/* The States' codes, sorted, for cg_state_known: read once from the
 * built-in data (the same list cg_registry_new reads). */
static char (*state_codes)[4];
static size_t state_count;
static pthread_once_t states_once = PTHREAD_ONCE_INIT;

static int cmp_code(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static void read_states(void)
{
    json_t *root = json_loadb(cg_data_countries, cg_data_countries_len, 0, NULL);
    json_t *arr = json_object_get(root, "countries");
    state_codes = cg_xcalloc(json_array_size(arr) + 1, sizeof *state_codes);
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *iso = json_str(o, "iso3");
        if (iso && strlen(iso) == 3)
            memcpy(state_codes[state_count++], iso, 4);
    }
    json_decref(root);
    cg_sort(state_codes, state_count, sizeof *state_codes, cmp_code);
}

int cg_state_known(const char *iso3)
{
    pthread_once(&states_once, read_states);
    if (strlen(iso3) != 3)
        return 0;
    return bsearch(iso3, state_codes, state_count, sizeof *state_codes, cmp_code) != NULL;
}

static void entry_free(void *p)
{
    cg_entry *e = p;
    free(e->id);
    free(e->label_en);
    free(e->label_zh);
    free(e->date);
    free(e);
}

void cg_registry_free(cg_registry *reg)
{
    if (!reg)
        return;
    cg_vec_free(&reg->entries, entry_free);
    cg_map_free(&reg->by_id);
    cg_map_free(&reg->titles);
    phrase_index_free(&reg->phrases);
    cg_vec_free(&reg->reporters, free);
    cg_vec_free(&reg->iso3, free);
    phrase_index_free(&reg->countries);
    cg_vec_free(&reg->origins, free);
    cg_vec_free(&reg->warnings, free);
    free(reg);
}

const cg_entry *cg_registry_title(const cg_registry *reg, const char *title, size_t len)
{
    char *f = fold_title(title, len);
    size_t ix;
    int found = cg_map_get(&reg->titles, f, &ix);
    free(f);
    return found ? reg->entries.v[ix] : NULL;
}

int cg_registry_is_reporter(const cg_registry *reg, const char *title, size_t len)
{
    char *f = fold_title(title, len);
    int hit = 0;
    for (size_t k = 0; k < reg->reporters.n && !hit; k++) {
        /* 《条约汇编》, 《1986年国际法院案例汇编》, 《大会正式记录，……》 */
        hit = strstr(f, reg->reporters.v[k]) != NULL;
    }
    free(f);
    return hit;
}

size_t cg_registry_phrase_at(const cg_registry *reg, const char *s, size_t n,
                             const cg_entry **entry)
{
    size_t ix = 0;
    size_t m = phrase_lookup(&reg->phrases, s, n, 0, &ix);
    if (m)
        *entry = reg->entries.v[ix];
    return m;
}

size_t cg_registry_phrase_after_the(const cg_registry *reg, const char *s, size_t n,
                                    const cg_entry **entry)
{
    size_t ix = 0;
    size_t m = phrase_lookup(&reg->phrases, s, n, 1, &ix);
    if (m)
        *entry = reg->entries.v[ix];
    return m;
}

size_t cg_registry_country_at(const cg_registry *reg, const char *s, size_t n, const char **iso3)
{
    size_t ix = 0;
    size_t m = phrase_lookup(&reg->countries, s, n, 0, &ix);
    if (m)
        *iso3 = reg->iso3.v[ix];
    return m;
}

const cg_entry *cg_registry_get(const cg_registry *reg, const char *id)
{
    size_t ix;
    return cg_map_get(&reg->by_id, id, &ix) ? reg->entries.v[ix] : NULL;
}

char *cg_states_in(const cg_registry *reg, const char *s, size_t a, size_t b)
{
    cg_buf out = {0};
    for (size_t i = a; i < b;) {
        const char *iso = NULL;
        size_t l = cg_registry_country_at(reg, s + i, b - i, &iso);
        int word_start = i == a || !((s[i - 1] >= 'a' && s[i - 1] <= 'z') ||
                                     (s[i - 1] >= 'A' && s[i - 1] <= 'Z'));
        if (l && iso && word_start) {
            if (!out.s || !strstr(out.s, iso)) {
                if (out.len)
                    cg_buf_putc(&out, ' ');
                cg_buf_puts(&out, iso);
            }
            i += l;
        } else {
            i++;
            while (i < b && ((unsigned char)s[i] & 0xC0) == 0x80)
                i++;
        }
    }
    return out.s ? cg_buf_take(&out) : NULL;
}
