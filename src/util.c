/* util.c: allocation, buffers, the string map, errors and UTF-8. */
#include "util.h"

#include <dlfcn.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The allocator (cg_set_mem): the C library's by default, which prints one
 * line and aborts when memory runs out (there is nothing else to do from
 * deep inside a scan; a caller that can do better gives its own). */
static void oom(void)
{
    static const char msg[] = "citegraph: out of memory\n";
    if (fwrite(msg, 1, sizeof msg - 1, stderr) != sizeof msg - 1)
        (void)0;
    abort();
}

static void *std_calloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p)
        oom();
    return p;
}

static void *std_realloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q)
        oom();
    return q;
}

static const cg_mem std_mem = {std_calloc, std_realloc, free};
static const cg_mem *mem = &std_mem;

void cg_set_mem(const cg_mem *m)
{
    mem = m ? m : &std_mem;
}

const cg_mem *cg_default_mem(void)
{
    return &std_mem;
}

void cg_free(void *p)
{
    mem->free(p);
}

void *cg_xmalloc(size_t n)
{
    return mem->realloc(NULL, n ? n : 1);
}

void *cg_xcalloc(size_t n, size_t size)
{
    return mem->calloc(n ? n : 1, size ? size : 1);
}

void *cg_xrealloc(void *p, size_t n)
{
    return mem->realloc(p, n ? n : 1);
}

char *cg_xstrdup(const char *s)
{
    return cg_xstrndup(s, strlen(s));
}

char *cg_xstrndup(const char *s, size_t n)
{
    char *p = cg_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Writes an unsigned number backwards ending at e; returns its start. */
static char *digits_back(char *e, unsigned long long u)
{
    do
        *--e = (char)('0' + u % 10);
    while (u /= 10);
    return e;
}

int cg_quick_vformat(char *out, size_t cap, const char *fmt, va_list ap)
{
    size_t n = 0;
    for (const char *p = fmt; *p; p++) {
        const char *piece;
        size_t len;
        char num[24];
        if (*p != '%') {
            piece = p;
            len = 1;
        } else if (p[1] == '%') {
            piece = p++;
            len = 1;
        } else {
            p++;
            int lng = 0;
            if (*p == 'l')
                lng = 1, p++;
            else if (*p == 'z')
                lng = 2, p++;
            if (*p == 's' && !lng) {
                piece = va_arg(ap, const char *);
                if (!piece)
                    return -1;
                len = strlen(piece);
            } else if (*p == 'd' && lng < 2) {
                long long v = lng ? (long long)va_arg(ap, long) : (long long)va_arg(ap, int);
                unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
                char *b = digits_back(num + sizeof num, u);
                if (v < 0)
                    *--b = '-';
                piece = b;
                len = (size_t)(num + sizeof num - b);
            } else if (*p == 'u') {
                unsigned long long u = lng == 2 ? (unsigned long long)va_arg(ap, size_t)
                                       : lng ? (unsigned long long)va_arg(ap, unsigned long)
                                             : (unsigned long long)va_arg(ap, unsigned);
                char *b = digits_back(num + sizeof num, u);
                piece = b;
                len = (size_t)(num + sizeof num - b);
            } else {
                return -1; /* anything else: printf */
            }
        }
        if (n + len >= cap)
            return -1;
        memcpy(out + n, piece, len);
        n += len;
    }
    if (n >= cap || n > 0x7fffffff)
        return -1;
    out[n] = '\0';
    return (int)n;
}

char *cg_xsprintf(const char *fmt, ...)
{
    /* the common formats (%s %d %ld %u %zu) without printf; one printf
     * pass for the rest when it fits in a line, two beyond */
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = cg_quick_vformat(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_start(ap, fmt);
        n = vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
    }
    if (n < 0)
        oom();
    char *s = cg_xmalloc((size_t)n + 1);
    if ((size_t)n < sizeof buf) {
        memcpy(s, buf, (size_t)n + 1);
        return s;
    }
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

void cg_buf_grow_slow(cg_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->s = cg_xrealloc(b->s, cap);
    b->cap = cap;
}

void cg_buf_putc_slow(cg_buf *b, char c)
{
    cg_buf_add(b, &c, 1);
}

void cg_buf_printf(cg_buf *b, const char *fmt, ...)
{
    char quick[256];
    va_list ap;
    va_start(ap, fmt);
    int q = cg_quick_vformat(quick, sizeof quick, fmt, ap);
    va_end(ap);
    if (q >= 0) {
        cg_buf_add(b, quick, (size_t)q);
        return;
    }
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    cg_buf_grow(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *cg_buf_take(cg_buf *b)
{
    char *s = b->s ? b->s : cg_xstrdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void cg_buf_free(cg_buf *b)
{
    cg_free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

void cg_vec_push(cg_vec *a, void *p)
{
    if (a->n == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 16;
        a->v = cg_xrealloc(a->v, a->cap * sizeof *a->v);
    }
    a->v[a->n++] = p;
}

void cg_vec_free(cg_vec *a, void (*free_item)(void *))
{
    if (free_item)
        for (size_t i = 0; i < a->n; i++)
            free_item(a->v[i]);
    cg_free(a->v);
    a->v = NULL;
    a->n = a->cap = 0;
}

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

uint64_t cg_map_hash(const char *key)
{
    return hash_str(key);
}

int cg_map_get(const cg_map *m, const char *key, size_t *val)
{
    return m->cap ? cg_map_get_h(m, key, hash_str(key), val) : 0;
}

int cg_map_get_h(const cg_map *m, const char *key, uint64_t h, size_t *val)
{
    if (!m->cap)
        return 0;
    size_t i = (size_t)h & (m->cap - 1);
    while (m->keys[i]) {
        if (m->hashes[i] == h && strcmp(m->keys[i], key) == 0) {
            if (val)
                *val = m->vals[i];
            return 1;
        }
        i = (i + 1) & (m->cap - 1);
    }
    return 0;
}

static void map_insert(cg_map *m, char *key, uint64_t h, size_t val)
{
    size_t i = (size_t)h & (m->cap - 1);
    while (m->keys[i])
        i = (i + 1) & (m->cap - 1);
    m->keys[i] = key;
    m->vals[i] = val;
    m->hashes[i] = h;
}

static void map_grow(cg_map *m, size_t cap)
{
    {
        cg_map old = *m;
        m->cap = cap;
        m->keys = cg_xcalloc(m->cap, sizeof *m->keys);
        m->vals = cg_xcalloc(m->cap, sizeof *m->vals);
        m->hashes = cg_xmalloc(m->cap * sizeof *m->hashes);
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i])
                map_insert(m, old.keys[i], old.hashes[i], old.vals[i]);
        cg_free(old.keys);
        cg_free(old.vals);
        cg_free(old.hashes);
    }
}

void cg_map_reserve(cg_map *m, size_t n)
{
    size_t cap = m->cap ? m->cap : 64;
    while ((n + 1) * 2 > cap)
        cap *= 2;
    if (cap > m->cap)
        map_grow(m, cap);
}

void cg_map_adopt_h(cg_map *m, char *key, uint64_t h, size_t val)
{
    if ((m->n + 1) * 2 > m->cap)
        map_grow(m, m->cap ? m->cap * 2 : 64);
    map_insert(m, key, h, val);
    m->n++;
}

void cg_map_put(cg_map *m, const char *key, size_t val)
{
    uint64_t h = hash_str(key);
    if (m->cap) {
        size_t i = (size_t)h & (m->cap - 1);
        while (m->keys[i]) {
            if (m->hashes[i] == h && strcmp(m->keys[i], key) == 0) {
                m->vals[i] = val;
                return;
            }
            i = (i + 1) & (m->cap - 1);
        }
    }
    cg_map_adopt_h(m, cg_xstrdup(key), h, val);
}

void cg_map_free(cg_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        cg_free(m->keys[i]);
    cg_free(m->keys);
    cg_free(m->vals);
    cg_free(m->hashes);
    memset(m, 0, sizeof *m);
}

/* One piece of s for a terminal, at s[*i]: the bytes themselves when they are
 * a printable UTF-8 character, else an escape; *i moves past them. */
static size_t visible_piece(const char *s, size_t n, size_t *i, char out[8])
{
    const unsigned char *u = (const unsigned char *)s + *i;
    uint32_t cp;
    size_t l = cg_utf8_decode(u, n - *i, &cp);
    if (l && cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F)) {
        memcpy(out, u, l);
        *i += l;
        return l;
    }
    if (!l) {
        /* not UTF-8: the byte */
        snprintf(out, 8, "\\x%02x", u[0]);
        *i += 1;
        return 4;
    }
    *i += l;
    switch (cp) {
    case '\n': memcpy(out, "\\n", 2); return 2;
    case '\t': memcpy(out, "\\t", 2); return 2;
    case '\r': memcpy(out, "\\r", 2); return 2;
    default:
        if (cp < 0x80) {
            snprintf(out, 8, "\\x%02x", (unsigned)cp);
            return 4;
        }
        snprintf(out, 8, "\\u%04x", (unsigned)cp); /* C1 controls: U+0080-U+009F */
        return 6;
    }
}

void cg_buf_put_visible(cg_buf *b, const char *s, size_t n)
{
    char piece[8];
    for (size_t i = 0; i < n;) {
        size_t l = visible_piece(s, n, &i, piece);
        cg_buf_add(b, piece, l);
    }
}

void cg_visible(char *dst, size_t cap, const char *s)
{
    if (!cap)
        return;
    size_t n = strlen(s), w = 0;
    char piece[8];
    for (size_t i = 0; i < n;) {
        size_t l = visible_piece(s, n, &i, piece);
        if (w + l + 1 > cap)
            break; /* cut between characters, never inside one */
        memcpy(dst + w, piece, l);
        w += l;
    }
    dst[w] = '\0';
}

void cg_error_set(cg_error *err, const char *file, long line, long col, const char *fmt, ...)
{
    if (!err)
        return;
    /* for display: a file name or a message holding bytes from the input
     * must not send escape sequences to a terminal */
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *name = cg_xstrdup(file ? file : ""); /* file may be err->file */
    cg_visible(err->file, sizeof err->file, name);
    cg_free(name);
    err->line = line;
    err->column = col;
    cg_visible(err->message, sizeof err->message, msg);
}

size_t cg_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

size_t cg_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t cg_utf8_count(const char *s, size_t n)
{
    /* every byte that is not a continuation byte (10xxxxxx), eight at a
     * time: a byte's bit 7 set and its bit 6 clear, the eight flags (0 or 1
     * a byte once shifted down) summed into the top byte by the multiply */
    size_t cont = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t c = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
        cont += (size_t)((c * 0x0101010101010101ull) >> 56);
    }
    for (; i < n; i++)
        cont += ((unsigned char)s[i] & 0xC0) == 0x80;
    return n - cont;
}

static int wide(uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
           (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

size_t cg_utf8_width(const char *s)
{
    size_t w = 0, n = strlen(s);
    const unsigned char *p = (const unsigned char *)s;
    while (n) {
        uint32_t cp;
        size_t l = cg_utf8_decode(p, n, &cp);
        if (!l) {
            l = 1;
            cp = '?';
        }
        w += wide(cp) ? 2 : (cp >= 0x300 && cp <= 0x36F) ? 0 : 1;
        p += l;
        n -= l;
    }
    return w;
}

char *cg_utf8_shorten(const char *s, size_t width)
{
    if (width < 2 || cg_utf8_width(s) <= width)
        return NULL;
    /* the longest prefix that leaves a column for the ellipsis, cut after
     * the last space in it (or after any wide character), unless that
     * keeps less than half of it */
    size_t n = strlen(s), w = 0, end = 0, brk = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (size_t at = 0; at < n;) {
        uint32_t cp;
        size_t l = cg_utf8_decode(p + at, n - at, &cp);
        if (!l) {
            l = 1;
            cp = '?';
        }
        size_t cw = wide(cp) ? 2 : (cp >= 0x300 && cp <= 0x36F) ? 0 : 1;
        if (w + cw > width - 1)
            break;
        w += cw;
        at += l;
        end = at;
        if (cp == ' ')
            brk = at - 1;
        else if (wide(cp))
            brk = at;
    }
    if (brk * 2 >= end)
        end = brk;
    while (end && (s[end - 1] == ' ' || s[end - 1] == ',' || s[end - 1] == ';' || s[end - 1] == ':'))
        end--;
    return cg_xsprintf("%.*s\xe2\x80\xa6", (int)end, s); /* … */
}

int cg_is_cjk(uint32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF65) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x20000 && cp <= 0x3FFFD) ||
           (cp >= 0x2010 && cp <= 0x2027 && cp != 0x2013 && cp != 0x2014) || cp == 0x2022;
}

int cg_strncaseeq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return 0;
        if (!x)
            return 1;
    }
    return 1;
}

int cg_cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void cg_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

void cg_split(const char *s, char sep, cg_vec *out)
{
    while (s && *s) {
        const char *e = strchr(s, sep);
        size_t l = e ? (size_t)(e - s) : strlen(s);
        if (l)
            cg_vec_push(out, cg_xstrndup(s, l));
        s = e ? e + 1 : NULL;
    }
}

const char *cg_memmem(const char *hay, size_t hl, const char *needle, size_t nl)
{
    if (!nl)
        return hay;
    for (size_t i = 0; i + nl <= hl; i++) {
        const char *p = memchr(hay + i, needle[0], hl - i - nl + 1);
        if (!p)
            return NULL;
        i = (size_t)(p - hay);
        if (memcmp(p, needle, nl) == 0)
            return p;
    }
    return NULL;
}

/* CITEGRAPH_TIMINGS=N: where time goes, one line a phase up to depth N:
 * the wall time, and the processor time of the thread that says it (the
 * one that matters on a busy machine). */
static double secs(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

void cg_phase(int depth, const char *name)
{
    static int level = -1;
    static struct timespec last[4], lastc[4];
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&lock);
    if (level < 0) {
        const char *e = getenv("CITEGRAPH_TIMINGS");
        level = e ? atoi(e) : 0;
        struct timespec now, cpu;
        clock_gettime(CLOCK_MONOTONIC, &now);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
        for (int k = 0; k < 4; k++) {
            last[k] = now;
            lastc[k] = cpu;
        }
    }
    if (depth <= level && depth >= 1 && depth <= 3) {
        struct timespec now, cpu;
        clock_gettime(CLOCK_MONOTONIC, &now);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
        fprintf(stderr, "citegraph: timing: %*s%-12s %8.3f s wall %8.3f s cpu\n", 2 * (depth - 1), "",
                name, secs(&last[depth], &now), secs(&lastc[depth], &cpu));
        /* a phase ends the deeper ones' intervals too */
        for (int k = depth; k < 4; k++) {
            last[k] = now;
            lastc[k] = cpu;
        }
    }
    pthread_mutex_unlock(&lock);
}

int cg_dl_open(const char *soname, const char *const *names, const size_t *offsets, size_t n,
               void *table, char *problem, size_t len)
{
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *e = dlerror();
        if (e)
            snprintf(problem, len, "%s", e);
        else
            snprintf(problem, len, "%s: not found", soname);
        return -1;
    }
    for (size_t k = 0; k < n; k++) {
        void *sym = dlsym(h, names[k]);
        if (!sym) {
            snprintf(problem, len, "%s has no %s", soname, names[k]);
            dlclose(h);
            return -1;
        }
        memcpy((char *)table + offsets[k], &sym, sizeof sym);
    }
    return 0;
}
