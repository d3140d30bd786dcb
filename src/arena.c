/* arena.c: chunks of at least 64 KiB, each used from the start; a reset
 * keeps them for the next document. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"

struct cg_arena_chunk {
    cg_arena_chunk *next;
    size_t used, cap;
    max_align_t data[];
};

#define CHUNK ((size_t)64 << 10)

void *cg_arena_alloc(cg_arena *a, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    cg_arena_chunk *c = a->head;
    if (!c || c->used + n > c->cap) {
        cg_arena_chunk *s = a->spare;
        if (s && s->cap >= n) {
            a->spare = s->next;
            c = s;
        } else {
            size_t cap = n > CHUNK ? n : CHUNK;
            c = cg_xmalloc(sizeof *c + cap);
            c->cap = cap;
        }
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

char *cg_arena_strndup(cg_arena *a, const char *s, size_t n)
{
    char *p = cg_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *cg_arena_strdup(cg_arena *a, const char *s)
{
    return s ? cg_arena_strndup(a, s, strlen(s)) : NULL;
}

char *cg_arena_printf(cg_arena *a, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = cg_quick_vformat(buf, sizeof buf, fmt, ap); /* (printf for the rest) */
    va_end(ap);
    if (n < 0) {
        va_start(ap, fmt);
        n = vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
    }
    if (n < 0)
        return cg_arena_strdup(a, "");
    if ((size_t)n < sizeof buf)
        return cg_arena_strndup(a, buf, (size_t)n);
    char *p = cg_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void cg_arena_reset(cg_arena *a)
{
    while (a->head) {
        cg_arena_chunk *c = a->head;
        a->head = c->next;
        c->next = a->spare;
        a->spare = c;
    }
}

void cg_arena_free(cg_arena *a)
{
    cg_arena_reset(a);
    while (a->spare) {
        cg_arena_chunk *c = a->spare;
        a->spare = c->next;
        cg_free(c);
    }
}
