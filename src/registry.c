/* registry.c: the registry at run time.
 *
 * The built-in entries, titles, reporters, States and phrases are the
 * generated tables (tables.h): creating a registry costs nothing.  Entries
 * from users' files (cg_registry_load) are kept beside them, with their
 * phrases in an overlay trie over the same token ids. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "kinds.h"
#include "lex.h"
#include "registry.h"
#include "text.h"

/* ---- entries --------------------------------------------------------- */

size_t cg_registry_entry_count(const cg_registry *reg)
{
    return cg_ntentries + reg->user.n;
}

const cg_entry *cg_registry_entry(const cg_registry *reg, size_t ix)
{
    if (ix < cg_ntentries)
        return &cg_tentries[ix];
    ix -= cg_ntentries;
    return ix < reg->user.n ? reg->user.v[ix] : NULL;
}

const char *cg_entry_label(const cg_entry *e, int l)
{
    if (l >= 0 && l < CG_LANG_COUNT && e->label[l])
        return e->label[l];
    if (e->label[CG_LANG_EN])
        return e->label[CG_LANG_EN];
    for (int k = 0; k < CG_LANG_COUNT; k++)
        if (e->label[k])
            return e->label[k];
    return NULL;
}

const cg_entry *cg_registry_get(const cg_registry *reg, const char *id)
{
    size_t ix;
    if (cg_map_get(&reg->user_ids, id, &ix))
        return cg_registry_entry(reg, ix);
    for (uint32_t k = 0; k < cg_ntentries; k++)
        if (strcmp(cg_tentries[k].id, id) == 0)
            return &cg_tentries[k];
    return NULL;
}

const char *cg_registry_state(size_t ix)
{
    return ix < cg_ntstates ? cg_tstates[ix] : "?";
}

const cg_entry *cg_registry_title(const cg_registry *reg, const char *title, size_t len)
{
    char *f = cg_fold_title(title, len);
    const cg_entry *e = NULL;
    size_t ix;
    if (cg_map_get(&reg->user_titles, f, &ix)) {
        e = cg_registry_entry(reg, ix);
    } else {
        size_t lo = 0, hi = cg_nttitles;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int c = strcmp(cg_ttitles[mid].folded, f);
            if (c == 0) {
                e = cg_registry_entry(reg, cg_ttitles[mid].entry);
                break;
            }
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    free(f);
    return e;
}

int cg_registry_is_reporter(const cg_registry *reg, const char *title, size_t len)
{
    char *f = cg_fold_title(title, len);
    int hit = 0;
    /* 《条约汇编》, 《1986年国际法院案例汇编》, 《大会正式记录，……》 */
    for (size_t k = 0; cg_treporters[k] && !hit; k++)
        hit = strstr(f, cg_treporters[k]) != NULL;
    for (size_t k = 0; k < reg->user_reporters.n && !hit; k++)
        hit = strstr(f, reg->user_reporters.v[k]) != NULL;
    free(f);
    return hit;
}

/* ---- vocabulary and tries ------------------------------------------- */

uint32_t cg_vocab_find(const char *key, size_t n)
{
    uint32_t h = cg_vhash(key, n);
    for (uint32_t k = h & cg_vslot_mask;; k = (k + 1) & cg_vslot_mask) {
        const cg_vslot *s = &cg_vslots[k];
        if (!s->hash)
            return 0;
        if (s->hash == h) {
            const cg_vword *w = &cg_vwords[s->vid];
            if (w->len == n && memcmp(cg_vkeys + w->key, key, n) == 0)
                return s->vid;
        }
    }
}

uint32_t cg_registry_vid(const cg_registry *reg, const char *key, size_t n)
{
    uint32_t v = cg_vocab_find(key, n);
    if (v || !reg || !reg->ov)
        return v;
    char *k = cg_xstrndup(key, n);
    size_t id = 0;
    cg_map_get(&reg->ov->vocab, k, &id);
    free(k);
    return (uint32_t)id;
}

static uint32_t ov_lookup(const cg_map *m, uint32_t a, uint32_t b)
{
    char key[32];
    snprintf(key, sizeof key, "%u:%u", a, b);
    size_t v = 0;
    cg_map_get(m, key, &v);
    return (uint32_t)v;
}

cg_tpos cg_trie_start(const cg_registry *reg, uint32_t vid)
{
    cg_tpos p = {0, 0};
    if (vid && vid < cg_nvwords)
        p.s = cg_vwords[vid].root;
    if (vid && reg && reg->ov)
        p.o = ov_lookup(&reg->ov->roots, 0, vid);
    return p;
}

cg_tpos cg_trie_step(const cg_registry *reg, cg_tpos p, uint32_t vid)
{
    cg_tpos q = {0, 0};
    if (!vid)
        return q;
    if (p.s) {
        const cg_tnode *n = &cg_tnodes[p.s];
        size_t lo = n->edge0, hi = n->edge0 + n->nedge;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (cg_tedges[mid].vid == vid) {
                q.s = cg_tedges[mid].node;
                break;
            }
            if (cg_tedges[mid].vid < vid)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    if (p.o && reg && reg->ov)
        q.o = ov_lookup(&reg->ov->edges, p.o, vid);
    return q;
}

const cg_tpay *cg_trie_pays(const cg_registry *reg, cg_tpos p, size_t *ns,
                            const cg_tpay *const **user, size_t *nu)
{
    *nu = 0;
    *user = NULL;
    if (p.o && reg && reg->ov && p.o < reg->ov->pays.n) {
        const cg_vec *v = reg->ov->pays.v[p.o];
        if (v) {
            *user = (const cg_tpay *const *)v->v;
            *nu = v->n;
        }
    }
    if (!p.s) {
        *ns = 0;
        return NULL;
    }
    *ns = cg_tnodes[p.s].npay;
    return &cg_tpays[cg_tnodes[p.s].pay0];
}

/* ---- user phrases ---------------------------------------------------- */

static void vec_free_pays(void *v)
{
    if (!v)
        return;
    cg_vec_free(v, free);
    free(v);
}

static void overlay_free(cg_overlay *ov)
{
    if (!ov)
        return;
    cg_map_free(&ov->vocab);
    cg_map_free(&ov->edges);
    cg_map_free(&ov->roots);
    cg_vec_free(&ov->pays, vec_free_pays);
    free(ov);
}

static uint32_t ov_node(cg_overlay *ov, cg_map *m, uint32_t a, uint32_t b)
{
    char key[32];
    snprintf(key, sizeof key, "%u:%u", a, b);
    size_t v;
    if (cg_map_get(m, key, &v))
        return (uint32_t)v;
    if (!ov->pays.n)
        cg_vec_push(&ov->pays, NULL); /* node 0 */
    v = ov->pays.n;
    cg_vec_push(&ov->pays, NULL);
    cg_map_put(m, key, v);
    return (uint32_t)v;
}

/* Files a user's phrase: tokenized as letters are. */
static void overlay_add(cg_registry *reg, const char *text, int role, int32_t value)
{
    if (!reg->ov) {
        reg->ov = cg_xcalloc(1, sizeof *reg->ov);
        reg->ov->next_vid = cg_nvwords;
    }
    cg_overlay *ov = reg->ov;
    cg_text t;
    cg_normalize(&t, text, strlen(text), NULL, 0);
    cg_lexer lx;
    cg_lexer_init(&lx, t.s, t.n);
    uint32_t node = 0;
    for (;;) {
        cg_token tk;
        cg_lex_next(&lx, &tk);
        if (tk.type == TK_EOF)
            break;
        char key[64];
        size_t kl = cg_token_key(t.s, &tk, key, sizeof key);
        if (!kl) {
            node = 0;
            break;
        }
        uint32_t vid = cg_vocab_find(key, kl);
        if (!vid) {
            char *k = cg_xstrndup(key, kl);
            size_t id;
            if (!cg_map_get(&ov->vocab, k, &id)) {
                id = ov->next_vid++;
                cg_map_put(&ov->vocab, k, id);
            }
            free(k);
            vid = (uint32_t)id;
        }
        node = ov_node(ov, node ? &ov->edges : &ov->roots, node, vid);
    }
    cg_text_free(&t);
    if (!node)
        return;
    cg_vec **slot = (cg_vec **)&ov->pays.v[node];
    if (!*slot)
        *slot = cg_xcalloc(1, sizeof **slot);
    cg_tpay *p = cg_xcalloc(1, sizeof *p);
    p->langs = CG_LANG_ALL;
    p->role = (uint8_t)role;
    p->value = value;
    cg_vec_push(*slot, p);
}

/* ---- users' files ---------------------------------------------------- */

static const char *keep(cg_registry *reg, const char *s)
{
    if (!s)
        return NULL;
    char *c = cg_xstrdup(s);
    cg_vec_push(&reg->strings, c);
    return c;
}

static const char *json_str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* One instrument or case from a user's file: a new entry (shadowing a
 * built-in one with the same id), its titles and phrases. */
static void add_entry_json(cg_registry *reg, json_t *o, const char *id, cg_kind kind,
                           const char *names)
{
    size_t ix;
    cg_entry *e;
    if (cg_map_get(&reg->user_ids, id, &ix)) {
        e = (cg_entry *)cg_registry_entry(reg, ix);
    } else {
        e = cg_xcalloc(1, sizeof *e);
        const cg_entry *builtin = cg_registry_get(reg, id);
        if (builtin)
            *e = *builtin;
        e->id = keep(reg, id);
        ix = cg_ntentries + reg->user.n;
        cg_vec_push(&reg->user, e);
        cg_map_put(&reg->user_ids, id, ix);
    }
    e->kind = (uint8_t)kind;
    json_t *label = json_object_get(o, "label");
    const char *lang;
    json_t *v;
    json_object_foreach(label, lang, v) {
        int l = cg_lang_find(lang);
        if (l >= 0 && json_is_string(v))
            e->label[l] = keep(reg, json_string_value(v));
    }
    if (json_str(o, "date"))
        e->date = keep(reg, json_str(o, "date"));
    json_t *list;
    json_object_foreach(json_object_get(o, names), lang, list) {
        int l = cg_lang_find(lang);
        size_t k;
        json_t *t;
        json_array_foreach(list, k, t) {
            if (!json_is_string(t))
                continue;
            const char *title = json_string_value(t);
            char *f = cg_fold_title(title, strlen(title));
            if (*f && !cg_map_get(&reg->user_titles, f, NULL))
                cg_map_put(&reg->user_titles, f, ix);
            free(f);
            int shortf = cg_is_short_title(title);
            const char *ph = cg_title_phrase(title);
            if (kind == CG_KIND_CASE)
                overlay_add(reg, ph, CG_R_CASE_NAME, (int32_t)ix);
            else if (!shortf)
                overlay_add(reg, ph, CG_R_TITLE, (int32_t)ix);
            else if (l != CG_LANG_ZH)
                overlay_add(reg, ph, CG_R_TITLE_SHORT, (int32_t)ix);
        }
    }
}

static cg_status load_json(cg_registry *reg, json_t *root, const char *file, cg_error *err)
{
    if (!json_is_object(root)) {
        cg_error_set(err, file, 1, 1, "registry: the top level must be an object");
        return CG_ERR_FORMAT;
    }
    json_t *arr = json_object_get(root, "instruments");
    size_t i;
    json_t *o;
    /* check first, add after: a malformed file adds nothing */
    for (int pass = 0; pass < 2; pass++) {
        json_array_foreach(arr, i, o) {
            const char *id = json_str(o, "id");
            const char *kind = json_str(o, "kind");
            cg_kind k = CG_KIND_INSTRUMENT;
            if (!id || (kind && cg_kind_parse(&k, kind) != 0) ||
                !json_is_object(json_object_get(o, "titles"))) {
                cg_error_set(err, file, 0, 0,
                             "registry: instruments[%zu] needs \"id\", a known \"kind\" and "
                             "\"titles\"", i);
                return CG_ERR_FORMAT;
            }
            if (pass)
                add_entry_json(reg, o, id, k, "titles");
        }
        arr = json_object_get(root, "cases");
        json_array_foreach(arr, i, o) {
            const char *id = json_str(o, "id");
            if (!id || strncmp(id, "icj:", 4) != 0 || !json_is_object(json_object_get(o, "names"))) {
                cg_error_set(err, file, 0, 0,
                             "registry: cases[%zu] needs an \"id\" starting with icj: and \"names\"", i);
                return CG_ERR_FORMAT;
            }
            if (pass)
                add_entry_json(reg, o, id, CG_KIND_CASE, "names");
        }
        arr = json_object_get(root, "instruments");
    }
    const char *lang;
    json_t *list;
    json_object_foreach(json_object_get(root, "reporters"), lang, list) {
        size_t k;
        json_t *t;
        json_array_foreach(list, k, t) if (json_is_string(t)) {
            const char *s = json_string_value(t);
            cg_vec_push(&reg->user_reporters, cg_fold_title(s, strlen(s)));
        }
    }
    return CG_OK;
}

cg_status cg_registry_new(cg_registry **out, cg_error *err)
{
    (void)err;
    *out = cg_xcalloc(1, sizeof **out);
    return CG_OK;
}

cg_status cg_registry_load(cg_registry *reg, const char *path, cg_error *err)
{
    json_error_t je;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        int io = je.line <= 0 && je.position == 0;
        cg_error_set(err, path, je.line > 0 ? je.line : 0, je.column > 0 ? je.column : 0, "%s",
                     je.text);
        return io ? CG_ERR_IO : CG_ERR_FORMAT;
    }
    cg_status st = load_json(reg, root, path, err);
    json_decref(root);
    return st;
}

void cg_registry_free(cg_registry *reg)
{
    if (!reg)
        return;
    cg_vec_free(&reg->user, free);
    cg_map_free(&reg->user_ids);
    cg_map_free(&reg->user_titles);
    cg_vec_free(&reg->user_reporters, free);
    cg_vec_free(&reg->strings, free);
    overlay_free(reg->ov);
    free(reg);
}
