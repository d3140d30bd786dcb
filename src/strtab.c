/* strtab.c: open addressing, tables kept at most half full. */
#include <stdlib.h>
#include <string.h>

#include "strtab.h"
#include "util.h"

uint64_t cg_hash64(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static void strtab_grow(cg_strtab *t)
{
    size_t ns = t->nslots ? t->nslots * 2 : 256;
    uint32_t *slots = cg_xcalloc(ns, sizeof *slots);
    for (size_t i = 0; i < t->n; i++) {
        size_t k = (size_t)t->hashes[i] & (ns - 1);
        while (slots[k])
            k = (k + 1) & (ns - 1);
        slots[k] = (uint32_t)i + 1;
    }
    cg_free(t->slots);
    t->slots = slots;
    t->nslots = ns;
}

/* The slot of s (hash h): where it is, or the empty one where it would
 * go. */
static size_t strtab_probe(const cg_strtab *t, const char *s, uint64_t h)
{
    size_t k = (size_t)h & (t->nslots - 1);
    while (t->slots[k]) {
        uint32_t i = t->slots[k] - 1;
        if (t->hashes[i] == h && strcmp(t->strs[i], s) == 0)
            break;
        k = (k + 1) & (t->nslots - 1);
    }
    return k;
}

uint32_t cg_strtab_find(const cg_strtab *t, const char *s)
{
    if (!t->nslots)
        return UINT32_MAX;
    size_t n = strlen(s);
    size_t k = strtab_probe(t, s, cg_hash64(s, n));
    return t->slots[k] ? t->slots[k] - 1 : UINT32_MAX;
}

uint32_t cg_strtab_intern(cg_strtab *t, const char *s)
{
    size_t n = strlen(s);
    uint64_t h = cg_hash64(s, n);
    if ((t->n + 1) * 2 > t->nslots)
        strtab_grow(t);
    size_t k = strtab_probe(t, s, h);
    if (t->slots[k])
        return t->slots[k] - 1;
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        t->strs = cg_xrealloc(t->strs, t->cap * sizeof *t->strs);
        t->hashes = cg_xrealloc(t->hashes, t->cap * sizeof *t->hashes);
    }
    uint32_t i = (uint32_t)t->n++;
    t->strs[i] = cg_xmalloc(n + 1);
    memcpy(t->strs[i], s, n + 1);
    t->hashes[i] = h;
    t->slots[k] = i + 1;
    return i;
}

void cg_strtab_free(cg_strtab *t)
{
    for (size_t i = 0; i < t->n; i++)
        cg_free(t->strs[i]);
    cg_free(t->strs);
    cg_free(t->hashes);
    cg_free(t->slots);
    memset(t, 0, sizeof *t);
}

int cg_imap_get(const cg_imap *m, uint64_t key, size_t *val)
{
    if (!m->cap)
        return 0;
    size_t k = (size_t)mix(key) & (m->cap - 1);
    while (m->keys[k]) {
        if (m->keys[k] == key + 1) {
            if (val)
                *val = m->vals[k];
            return 1;
        }
        k = (k + 1) & (m->cap - 1);
    }
    return 0;
}

void cg_imap_put(cg_imap *m, uint64_t key, size_t val)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        uint64_t *keys = cg_xcalloc(cap, sizeof *keys);
        size_t *vals = cg_xcalloc(cap, sizeof *vals);
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) {
                size_t k = (size_t)mix(m->keys[i] - 1) & (cap - 1);
                while (keys[k])
                    k = (k + 1) & (cap - 1);
                keys[k] = m->keys[i];
                vals[k] = m->vals[i];
            }
        cg_free(m->keys);
        cg_free(m->vals);
        m->keys = keys;
        m->vals = vals;
        m->cap = cap;
    }
    size_t k = (size_t)mix(key) & (m->cap - 1);
    while (m->keys[k]) {
        if (m->keys[k] == key + 1) {
            m->vals[k] = val;
            return;
        }
        k = (k + 1) & (m->cap - 1);
    }
    m->keys[k] = key + 1;
    m->vals[k] = val;
    m->n++;
}

void cg_imap_clear(cg_imap *m)
{
    if (m->cap)
        memset(m->keys, 0, m->cap * sizeof *m->keys);
    m->n = 0;
}

void cg_imap_free(cg_imap *m)
{
    cg_free(m->keys);
    cg_free(m->vals);
    memset(m, 0, sizeof *m);
}
