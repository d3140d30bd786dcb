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
#include "registry_add.h"
#include "text.h"
#include "validate.h"

/* ---- entries --------------------------------------------------------- */

size_t cg_registry_entry_count(const cg_registry *reg)
{
    return cg_ntentries + reg->user.n;
}

const cg_entry *cg_registry_entry(const cg_registry *reg, size_t ix)
{
    size_t u;
    if (ix < cg_ntentries && !(reg && cg_imap_get(&reg->shadow, ix, &u)))
        return &cg_tentries[ix];
    if (ix < cg_ntentries)
        ix = u;
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
    cg_free(f);
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
    cg_free(f);
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

/* An ASCII word's id: folded, hashed and compared in one pass over the
 * text (no key is built); 0 when the word has other bytes (or no id). */
static uint32_t ascii_word_vid(const char *s, size_t n, int *ascii)
{
    uint32_t h = 2166136261u;
    *ascii = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            *ascii = 0;
            return 0;
        }
        c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        h = (h ^ c) * 16777619u;
    }
    if (!h)
        h = 1;
    for (uint32_t k = h & cg_vslot_mask;; k = (k + 1) & cg_vslot_mask) {
        const cg_vslot *sl = &cg_vslots[k];
        if (!sl->hash)
            return 0;
        if (sl->hash != h)
            continue;
        const cg_vword *w = &cg_vwords[sl->vid];
        if (w->len != n)
            continue;
        const char *key = cg_vkeys + w->key;
        size_t i = 0;
        for (; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if ((char)(c >= 'A' && c <= 'Z' ? c + 32 : c) != key[i])
                break;
        }
        if (i == n)
            return sl->vid;
    }
}

uint32_t cg_token_vid(const cg_registry *reg, const char *s, const cg_token *t)
{
    if (t->type == TK_WORD && !(reg && reg->ov)) {
        int ascii;
        uint32_t v = ascii_word_vid(s + t->start, t->end - t->start, &ascii);
        if (ascii)
            return v;
    }
    char key[64];
    size_t kl = cg_token_key(s, t, key, sizeof key);
    return kl ? cg_registry_vid(reg, key, kl) : 0;
}

uint32_t cg_registry_vid(const cg_registry *reg, const char *key, size_t n)
{
    uint32_t v = cg_vocab_find(key, n);
    if (v || !reg || !reg->ov)
        return v;
    char *k = cg_xstrndup(key, n);
    size_t id = 0;
    cg_map_get(&reg->ov->vocab, k, &id);
    cg_free(k);
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
    cg_vec_free(v, cg_free);
    cg_free(v);
}

static void overlay_free(cg_overlay *ov)
{
    if (!ov)
        return;
    cg_map_free(&ov->vocab);
    cg_map_free(&ov->edges);
    cg_map_free(&ov->roots);
    cg_vec_free(&ov->pays, vec_free_pays);
    cg_free(ov);
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
            cg_free(k);
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

/* ---- adding entries (registry_add.h) ----------------------------------- */

size_t cg_registry_find(const cg_registry *reg, const char *id)
{
    size_t ix;
    if (cg_map_get(&reg->user_ids, id, &ix))
        return ix;
    for (uint32_t k = 0; k < cg_ntentries; k++)
        if (strcmp(cg_tentries[k].id, id) == 0)
            return k;
    return CG_NONE;
}

const cg_entry *cg_registry_at(const cg_registry *reg, size_t ix)
{
    return cg_registry_entry(reg, ix);
}

const char *cg_registry_origin(const cg_registry *reg, size_t ix)
{
    size_t u;
    if (ix < cg_ntentries && !cg_imap_get(&reg->shadow, ix, &u))
        return NULL;
    if (ix < cg_ntentries)
        ix = u;
    ix -= cg_ntentries;
    return ix < reg->origins.n ? reg->origins.v[ix] : NULL;
}

static const char *keep(cg_registry *reg, const char *s)
{
    if (!s)
        return NULL;
    char *c = cg_xstrdup(s);
    cg_vec_push(&reg->strings, c);
    return c;
}

size_t cg_registry_put(cg_registry *reg, const char *id, cg_kind kind, const char *label_en,
                       const char *label_zh, const char *date, const char *origin)
{
    size_t ix;
    cg_entry *e;
    if (cg_map_get(&reg->user_ids, id, &ix)) {
        e = reg->user.v[ix - cg_ntentries];
        cg_free(reg->origins.v[ix - cg_ntentries]);
        reg->origins.v[ix - cg_ntentries] = origin ? cg_xstrdup(origin) : NULL;
    } else {
        /* a new entry, or one shadowing a built-in entry of that id: the
         * built-in titles then name the user's entry */
        e = cg_xcalloc(1, sizeof *e);
        size_t builtin = cg_registry_find(reg, id);
        if (builtin != CG_NONE)
            *e = cg_tentries[builtin];
        e->id = keep(reg, id);
        ix = cg_ntentries + reg->user.n;
        cg_vec_push(&reg->user, e);
        cg_vec_push(&reg->origins, origin ? cg_xstrdup(origin) : NULL);
        cg_map_put(&reg->user_ids, id, ix);
        if (builtin != CG_NONE)
            cg_imap_put(&reg->shadow, builtin, ix);
    }
    e->kind = (uint8_t)kind;
    if (label_en)
        e->label[CG_LANG_EN] = keep(reg, label_en);
    if (label_zh)
        e->label[CG_LANG_ZH] = keep(reg, label_zh);
    if (date)
        e->date = keep(reg, date);
    return ix;
}

void cg_registry_put_title(cg_registry *reg, size_t ix, const char *lang, const char *title)
{
    char *f = cg_fold_title(title, strlen(title));
    if (*f && !cg_map_get(&reg->user_titles, f, NULL))
        cg_map_put(&reg->user_titles, f, ix);
    cg_free(f);
    const cg_entry *e = cg_registry_entry(reg, ix);
    const char *ph = cg_title_phrase(title);
    if (e && e->kind == CG_KIND_CASE)
        overlay_add(reg, ph, CG_R_CASE_NAME, (int32_t)ix);
    else if (!cg_is_short_title(title))
        overlay_add(reg, ph, CG_R_TITLE, (int32_t)ix);
    else if (cg_lang_find(lang) != CG_LANG_ZH)
        overlay_add(reg, ph, CG_R_TITLE_SHORT, (int32_t)ix);
}

char *cg_registry_fold_title(const char *title)
{
    return cg_fold_title(title, strlen(title));
}

size_t cg_registry_title_owner(const cg_registry *reg, const char *title)
{
    const cg_entry *e = cg_registry_title(reg, title, strlen(title));
    return e ? cg_registry_find(reg, e->id) : CG_NONE;
}

void cg_registry_put_reporter(cg_registry *reg, const char *title)
{
    cg_vec_push(&reg->user_reporters, cg_fold_title(title, strlen(title)));
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

long cg_state_index(const char *code, size_t n)
{
    for (uint32_t k = 0; k < cg_ntstates; k++) {
        const char *s = cg_tstates[k];
        if (n && s[0] != code[0])
            continue; /* the first letter decides most */
        if (strlen(s) == n && memcmp(s, code, n) == 0)
            return (long)k;
    }
    return -1;
}

int cg_state_known(const char *iso3)
{
    size_t n = strlen(iso3);
    return n == 3 && cg_state_index(iso3, n) >= 0;
}

cg_status cg_registry_new(cg_registry **out, cg_error *err)
{
    (void)err;
    *out = cg_xcalloc(1, sizeof **out);
    return CG_OK;
}

void cg_registry_free(cg_registry *reg)
{
    if (!reg)
        return;
    cg_vec_free(&reg->user, cg_free);
    cg_map_free(&reg->user_ids);
    cg_map_free(&reg->user_titles);
    cg_vec_free(&reg->user_reporters, cg_free);
    cg_vec_free(&reg->strings, cg_free);
    cg_vec_free(&reg->origins, cg_free);
    cg_vec_free(&reg->warnings, cg_free);
    cg_imap_free(&reg->shadow);
    overlay_free(reg->ov);
    cg_free(reg);
}
