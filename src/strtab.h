/* strtab.h: interned strings (each distinct string stored once, known by
 * its index) and a map from 64-bit keys to indices.  Internal. */
#ifndef CG_STRTAB_H
#define CG_STRTAB_H

#include <stddef.h>
#include <stdint.h>

typedef struct cg_strtab {
    char **strs;     /* by index */
    uint64_t *hashes; /* by index: a probe compares strings only when they agree */
    size_t n, cap;
    uint32_t *slots; /* index + 1, 0: empty */
    size_t nslots;
} cg_strtab;

/* The index of s (added when new). */
uint32_t cg_strtab_intern(cg_strtab *t, const char *s);
/* The index of s, or UINT32_MAX. */
uint32_t cg_strtab_find(const cg_strtab *t, const char *s);
static inline const char *cg_strtab_get(const cg_strtab *t, uint32_t i)
{
    return i < t->n ? t->strs[i] : NULL;
}
void cg_strtab_free(cg_strtab *t);

typedef struct cg_imap {
    uint64_t *keys;  /* key + 1, 0: empty */
    size_t *vals;
    size_t n, cap;
} cg_imap;

int cg_imap_get(const cg_imap *m, uint64_t key, size_t *val);
void cg_imap_put(cg_imap *m, uint64_t key, size_t val);
/* Empties the map, keeping its room (for as many keys again). */
void cg_imap_clear(cg_imap *m);
void cg_imap_free(cg_imap *m);

/* FNV-1a, 64 bits. */
uint64_t cg_hash64(const char *s, size_t n);

#endif
