/* arena.h: a bump allocator for what lives as long as one document's
 * scan: mention ids, labels, sentences.  Reset between documents, freed
 * at once; no per-item free.  Internal. */
#ifndef CG_ARENA_H
#define CG_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct cg_arena_chunk cg_arena_chunk;

typedef struct cg_arena {
    cg_arena_chunk *head;  /* the chunk being filled */
    cg_arena_chunk *spare; /* chunks kept by a reset */
} cg_arena;

void *cg_arena_alloc(cg_arena *a, size_t n);
char *cg_arena_strndup(cg_arena *a, const char *s, size_t n);
char *cg_arena_strdup(cg_arena *a, const char *s);
char *cg_arena_printf(cg_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Everything allocated is released; the memory is kept for reuse. */
void cg_arena_reset(cg_arena *a);
void cg_arena_free(cg_arena *a);

#endif
