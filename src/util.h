/* util.h: allocation, growable buffers, a string hash map and error helpers
 * shared by every stage.  Internal to the library. */
#ifndef CG_UTIL_H
#define CG_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "citegraph.h"

/* Allocation: on exhaustion these print one line and exit(3); the library
 * never continues with a NULL it did not expect. */
/* The allocator of cg_set_mem: these never return NULL. */
void cg_free(void *p);
void *cg_xmalloc(size_t n);
void *cg_xcalloc(size_t n, size_t size);
void *cg_xrealloc(void *p, size_t n);
char *cg_xstrdup(const char *s);
char *cg_xstrndup(const char *s, size_t n);
char *cg_xsprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* fmt (only %s, %d, %ld, %u, %lu, %zu, %%: no flags, width or precision)
 * with ap into out[0, cap) as vsnprintf writes it: the length, or -1 when
 * the format uses anything else, a %s is NULL or the text does not fit
 * (then vsnprintf it). */
int cg_quick_vformat(char *out, size_t cap, const char *fmt, va_list ap);

/* Growable byte buffer, always NUL-terminated. */
typedef struct cg_buf {
    char *s;
    size_t len, cap;
} cg_buf;

void cg_buf_grow_slow(cg_buf *b, size_t extra);
/* Room for `extra` more bytes and the NUL. */
static inline void cg_buf_grow(cg_buf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap)
        cg_buf_grow_slow(b, extra);
}
/* Appends s[0..n). */
static inline void cg_buf_add(cg_buf *b, const char *s, size_t n)
{
    cg_buf_grow(b, n);
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}
/* Appends a NUL-terminated string (a literal's length is known at compile
 * time; cg_buf_lit says so for arrays). */
static inline void cg_buf_puts(cg_buf *b, const char *s)
{
    cg_buf_add(b, s, strlen(s));
}
#define cg_buf_lit(b, lit) cg_buf_add((b), "" lit, sizeof(lit) - 1)
void cg_buf_putc_slow(cg_buf *b, char c);
static inline void cg_buf_putc(cg_buf *b, char c)
{
    if (b->len + 2 <= b->cap) {
        b->s[b->len++] = c;
        b->s[b->len] = '\0';
    } else {
        cg_buf_putc_slow(b, c);
    }
}
void cg_buf_printf(cg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *cg_buf_take(cg_buf *b); /* returns the string, leaves b empty */
void cg_buf_free(cg_buf *b);

/* Growable array of pointers. */
typedef struct cg_vec {
    void **v;
    size_t n, cap;
} cg_vec;

void cg_vec_push(cg_vec *a, void *p);
void cg_vec_free(cg_vec *a, void (*free_item)(void *));
/* Pushes copies of the non-empty sep-separated parts of s onto out. */
void cg_split(const char *s, char sep, cg_vec *out);

/* String -> size_t map (open addressing, keys copied; each slot keeps
 * its key's hash, so that a probe compares strings only when the hashes
 * agree and growing hashes no key again). */
typedef struct cg_map {
    char **keys;
    size_t *vals;
    size_t n, cap;
    uint64_t *hashes;
} cg_map;

int cg_map_get(const cg_map *m, const char *key, size_t *val);
void cg_map_put(cg_map *m, const char *key, size_t val);
/* The hash of a key, and the calls that take it instead of hashing again:
 * cg_map_get_h; cg_map_adopt_h inserts a key that is not in the map yet,
 * taking the string over (it was allocated with cg_xmalloc). */
uint64_t cg_map_hash(const char *key);
int cg_map_get_h(const cg_map *m, const char *key, uint64_t h, size_t *val);
void cg_map_adopt_h(cg_map *m, char *key, uint64_t h, size_t val);
/* Room for n keys without growing. */
void cg_map_reserve(cg_map *m, size_t n);
void cg_map_free(cg_map *m);

/* Errors.  The file name and the message are stored as cg_visible makes
 * them (they may hold bytes from the input). */
void cg_error_set(cg_error *err, const char *file, long line, long col,
                  const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Text for a terminal: control characters (C0, DEL, C1) and bytes that are
 * not UTF-8 escaped as \n, \t, \r, \x1b, \xff, \u009b; everything else kept.
 * Applying it twice gives the same text.  cg_buf_put_visible appends s[0..n)
 * so escaped; cg_visible writes s into dst[cap], cut between characters. */
void cg_buf_put_visible(cg_buf *b, const char *s, size_t n);
void cg_visible(char *dst, size_t cap, const char *s);

/* UTF-8 helpers. */
/* Decodes one code point at s (n bytes left); returns its length, or 0 when
 * the sequence is invalid (overlong, surrogate, truncated, > U+10FFFF). */
size_t cg_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (4 bytes at most); returns the length. */
size_t cg_utf8_encode(uint32_t cp, char *out);
/* Number of characters in s[0..n) (invalid bytes count one each). */
size_t cg_utf8_count(const char *s, size_t n);
/* Display width in a terminal: 2 for East Asian wide characters. */
size_t cg_utf8_width(const char *s);
/* s cut to `width` display columns, at a space or after a wide character
 * where it can, with "…" in the last column; NULL when s fits.  The caller
 * frees it. */
char *cg_utf8_shorten(const char *s, size_t width);

int cg_is_cjk(uint32_t cp); /* CJK ideographs, kana, hangul and CJK punctuation */

/* ASCII helpers that ignore the locale. */
int cg_strncaseeq(const char *a, const char *b, size_t n);
int cg_cmp_str(const void *a, const void *b); /* qsort on char* */
/* The first occurrence of needle in hay, or NULL (memmem is not C11). */
const char *cg_memmem(const char *hay, size_t hl, const char *needle, size_t nl);
/* qsort that accepts an empty (possibly NULL) array. */
void cg_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* With CITEGRAPH_TIMINGS=N in the environment (N >= depth), prints the
 * time since the previous phase of the same or a shallower depth:
 * "citegraph: timing: NAME  S s", indented by depth (docs/performance.md).
 * Depth 1: the command's phases; 2: the steps of finishing a graph. */
void cg_phase(int depth, const char *name);

/* Opens the shared library `soname` (dlopen, RTLD_NOW | RTLD_LOCAL) and
 * looks up n functions by name, each stored at table + offsets[k] (the
 * object pointer dlsym returns, copied into the function pointer it is, as
 * POSIX allows).  0 when every one is there; else -1, the library closed,
 * and problem (of len bytes) saying why. */
int cg_dl_open(const char *soname, const char *const *names, const size_t *offsets, size_t n,
               void *table, char *problem, size_t len);

#endif
