/* attrs.c: the attribute table, the palette and the GraphML id escape. */
#define _GNU_SOURCE /* memmem */
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"

#define N(field) offsetof(gnode, field)
#define E(field) offsetof(gedge, field)

const cg_attr cg_node_attrs[] = {
    {"name", "name", AT_STR, N(name), 0, 0, 0, 0},
    {"label", "label", AT_STR, N(label), 0, 0, 0, 0},
    {"kind", "kind", AT_KIND, N(kind), 0, 0, 0, 0},
    {"date", "date", AT_STR, N(date), 0, 0, 0, 0},
    {"sender", "sender", AT_STR, N(sender), 0, 0, 0, 0},
    {"symbols", "symbols", AT_STR, N(symbols), 0, 0, 0, 0},
    {"session", "session", AT_LONG, N(session), 1, 0, LONG_MAX, 0},
    {"sc_year", "sc_year", AT_LONG, N(sc_year), 1, 0, LONG_MAX, 0},
    {"agenda_items", "agenda_items", AT_STR, N(agenda), 0, 0, 0, 0},
    {"file", "file", AT_LIST, N(file), 0, 0, 0, 0},
    {"languages", "languages", AT_STR, N(language), 0, 0, 0, 0},
    {"title", "title", AT_STR, N(title), 0, 0, 0, 0},
    {"addressee", "addressee", AT_STR, N(addressee), 0, 0, 0, 0},
    {"annex_author", "annex_author", AT_STR, N(annex_author), 0, 0, 0, 0},
    {"parent", "parent", AT_STR, N(parent), 0, 0, 0, 0},
    {"in_corpus", "in_corpus", AT_BOOL, N(in_corpus), 1, 0, 0, 0},
    {"in_degree", "in_degree", AT_LONG, N(in_degree), 0, 0, LONG_MAX, 0},
    {"mentions", "mentions", AT_LONG, N(mentions), 0, 0, LONG_MAX, 0},
    {"pagerank", "pagerank", AT_DOUBLE, N(pagerank), 0, 0, 0, 0},
    {"hub", "hub", AT_DOUBLE, N(hub), 0, 0, 0, 0},
    {"authority", "authority", AT_DOUBLE, N(authority), 0, 0, 0, 0},
    {"betweenness", "betweenness", AT_DOUBLE, N(betweenness), 0, 0, 0, 1},
    {"community", "community", AT_LONG, N(community), 0, 0, LONG_MAX, 0},
    {"first_cited", "first_cited", AT_STR, N(first_cited), 0, 0, 0, 0},
    {"last_cited", "last_cited", AT_STR, N(last_cited), 0, 0, 0, 0},
    {"cited_by", "cited_by", AT_STR, N(cited_by), 0, 0, 0, 0},
};
const size_t cg_node_attr_count = sizeof cg_node_attrs / sizeof cg_node_attrs[0];

const cg_attr cg_edge_attrs[] = {
    {"kind", "edge_kind", AT_EKIND, E(kind), 0, 0, 0, 0},
    /* one edge's mentions are sentences of a few letters: far below 2^31,
     * and sums over millions of edges stay far from LONG_MAX */
    {"weight", "weight", AT_LONG, E(weight), 0, 1, 2147483647L, 0},
    {"text", "text", AT_STR, E(text), 0, 0, 0, 0},
    {"sentence", "sentence", AT_STR, E(sentence), 0, 0, 0, 0},
    {"locations", "locations", AT_LIST, E(locations), 0, 0, 0, 0},
    {"offsets", "offsets", AT_STR, E(offsets), 0, 0, 0, 0},
    {"anachronism", "anachronism", AT_BOOL, E(anachronism), 0, 0, 0, 0},
};
const size_t cg_edge_attr_count = sizeof cg_edge_attrs / sizeof cg_edge_attrs[0];

const char *cg_attr_graphml_type(cg_attr_type t)
{
    switch (t) {
    case AT_LONG: return "long";
    case AT_DOUBLE: return "double";
    case AT_BOOL: return "boolean";
    default: return "string";
    }
}

void cg_kind_color(cg_kind k, int *r, int *g, int *b)
{
    static const int pal[CG_KIND_COUNT][3] = {
        {66, 133, 244},  /* letter: blue */
        {219, 68, 55},   /* sc-resolution: red */
        {244, 160, 0},   /* ga-resolution: amber */
        {117, 117, 117}, /* document: grey */
        {15, 157, 88},   /* instrument: green */
        {129, 201, 149}, /* article: light green */
        {171, 71, 188},  /* title: purple */
        {0, 172, 193},   /* case: teal */
        {189, 189, 189}, /* url: light grey */
    };
    int i = (unsigned)k < CG_KIND_COUNT ? (int)k : 3;
    *r = pal[i][0];
    *g = pal[i][1];
    *b = pal[i][2];
}

char *cg_graphml_id(const char *name)
{
    cg_buf b = {0};
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        unsigned c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == ':')
            cg_buf_putc(&b, (char)c);
        else {
            char hex[3] = {'_', "0123456789ABCDEF"[c >> 4], "0123456789ABCDEF"[c & 15]};
            cg_buf_add(&b, hex, 3);
        }
    }
    return b.s ? cg_buf_take(&b) : cg_xstrdup("");
}

char *cg_attr_value(const cg_attr *a, const void *obj, int is_letter)
{
    const char *field = (const char *)obj + a->off;
    if (a->letters_only && !is_letter)
        return NULL;
    switch (a->type) {
    case AT_STR:
    case AT_LIST: {
        const char *v = *(char *const *)field;
        return v ? cg_xstrdup(v) : NULL;
    }
    case AT_LONG: {
        long v = *(const long *)field;
        return a->letters_only && !v ? NULL : cg_xsprintf("%ld", v);
    }
    case AT_DOUBLE: {
        double v = *(const double *)field;
        if (a->optional && isnan(v))
            return NULL;
        if (!(v == v) || v > 1e300 || v < -1e300 || v == 0.0)
            v = 0.0;
        return cg_xsprintf("%.10g", v);
    }
    case AT_BOOL:
        return cg_xstrdup(*(const int *)field ? "true" : "false");
    case AT_KIND:
        return cg_xstrdup(cg_kind_name(*(const cg_kind *)field));
    case AT_EKIND:
        return cg_xstrdup(*(const cg_edge_kind *)field == CG_EDGE_PART_OF ? "part-of" : "cites");
    }
    return NULL;
}

/* ---- list attributes ----------------------------------------------------- */

static void put_item(cg_buf *b, const char *s)
{
    cg_buf_putc(b, '"');
    cg_strlist_escape(b, s);
    cg_buf_putc(b, '"');
}

void cg_strlist_escape(cg_buf *b, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t l = cg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
            if (!l) {
                cg_buf_puts(b, "\\ufffd");
                i++;
            } else if (cp == 0xFFFE || cp == 0xFFFF) {
                cg_buf_printf(b, "\\u%04x", (unsigned)cp);
                i += l;
            } else {
                cg_buf_add(b, s + i, l);
                i += l;
            }
            continue;
        }
        switch (c) {
        case '"': cg_buf_puts(b, "\\\""); break;
        case '\\': cg_buf_puts(b, "\\\\"); break;
        case '\n': cg_buf_puts(b, "\\n"); break;
        case '\t': cg_buf_puts(b, "\\t"); break;
        case '\r': cg_buf_puts(b, "\\r"); break;
        default:
            if (c < 0x20 || c == 0x7F)
                cg_buf_printf(b, "\\u%04x", c);
            else
                cg_buf_putc(b, (char)c);
        }
        i++;
    }
}

char *cg_strlist_join(const cg_vec *items)
{
    cg_buf b = {0};
    cg_buf_putc(&b, '[');
    for (size_t k = 0; k < items->n; k++) {
        if (k)
            cg_buf_putc(&b, ',');
        put_item(&b, items->v[k]);
    }
    cg_buf_putc(&b, ']');
    return cg_buf_take(&b);
}

int cg_strlist_parse(const char *s, cg_vec *out, size_t *bad)
{
    size_t start = out->n;
    if (bad)
        *bad = 0;
    if (!s)
        return 0;
    const char *p = s;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (*p != '[') {
        /* the space-separated form of earlier versions */
        cg_split(s, ' ', out);
        return 0;
    }
    json_error_t je;
    json_t *a = json_loads(s, 0, &je);
    size_t i;
    json_t *v;
    if (!json_is_array(a)) {
        if (bad)
            *bad = je.position > 0 ? (size_t)je.position - 1 : 0;
        json_decref(a);
        return -1;
    }
    json_array_foreach(a, i, v) {
        if (!json_is_string(v)) {
            for (size_t k = start; k < out->n; k++)
                cg_free(out->v[k]);
            out->n = start;
            if (bad)
                *bad = 0;
            json_decref(a);
            return -1;
        }
        cg_vec_push(out, cg_xstrdup(json_string_value(v)));
    }
    json_decref(a);
    return 0;
}

/* Whether the canonical list `list` holds the encoded item `enc` ("..."
 * with its quotes) as a whole item.  A quote inside an item is always
 * escaped, so an unescaped one is an item's edge: a match bounded by '['
 * or ',' before and ',' or ']' after is an item, never part of one. */
static int list_holds(const char *list, size_t len, const char *enc, size_t elen)
{
    const char *p = list, *end = list + len;
    while ((p = memmem(p, (size_t)(end - p), enc, elen)) != NULL) {
        if (p > list && (p[-1] == '[' || p[-1] == ',') && p + elen < end &&
            (p[elen] == ',' || p[elen] == ']'))
            return 1;
        p++;
    }
    return 0;
}

void cg_strlist_add(char **list, const char *item, int unique)
{
    if (!item)
        return;
    const char *l = *list;
    while (l && (*l == ' ' || *l == '\t' || *l == '\n' || *l == '\r'))
        l++;
    if (l && *l != '[') {
        /* the space-separated form of earlier versions: made canonical */
        cg_vec items = {0};
        cg_strlist_parse(*list, &items, NULL);
        cg_free(*list);
        *list = cg_strlist_join(&items);
        cg_vec_free(&items, cg_free);
    }
    /* in place, in the canonical form: no parse of what is there (a letter
     * in thousands of files would make that quadratic) */
    cg_buf enc = {0};
    put_item(&enc, item);
    size_t len = *list ? strlen(*list) : 0;
    if (len < 2 || (*list)[len - 1] != ']') {
        cg_free(*list);
        cg_buf b = {0};
        cg_buf_putc(&b, '[');
        cg_buf_add(&b, enc.s, enc.len);
        cg_buf_putc(&b, ']');
        *list = cg_buf_take(&b);
    } else if (!unique || !list_holds(*list, len, enc.s, enc.len)) {
        int empty = len == 2; /* "[]" */
        char *n = cg_xrealloc(*list, len + enc.len + 2);
        size_t at = len - 1; /* the ']' */
        if (!empty)
            n[at++] = ',';
        memcpy(n + at, enc.s, enc.len);
        at += enc.len;
        n[at++] = ']';
        n[at] = '\0';
        *list = n;
    }
    cg_buf_free(&enc);
}

void cg_strlist_sort(char **list)
{
    if (!*list)
        return;
    cg_vec items = {0};
    cg_strlist_parse(*list, &items, NULL);
    cg_sort(items.v, items.n, sizeof *items.v, cg_cmp_str);
    cg_free(*list);
    *list = cg_strlist_join(&items);
    cg_vec_free(&items, cg_free);
}

char *cg_strlist_first(const char *list)
{
    cg_vec items = {0};
    cg_strlist_parse(list, &items, NULL);
    char *first = items.n ? cg_xstrdup(items.v[0]) : NULL;
    cg_vec_free(&items, cg_free);
    return first;
}

/* The value of an attribute appended to b as the writers write it;
 * returns 0 (b unchanged) when it has none.  Same values as
 * cg_attr_value, without an allocation. */
int cg_attr_put(cg_buf *b, const cg_attr *a, const void *obj, int is_letter)
{
    const char *field = (const char *)obj + a->off;
    if (a->letters_only && !is_letter)
        return 0;
    char num[32];
    switch (a->type) {
    case AT_STR:
    case AT_LIST: {
        const char *v = *(char *const *)field;
        if (!v)
            return 0;
        cg_buf_puts(b, v);
        return 1;
    }
    case AT_LONG: {
        long v = *(const long *)field;
        if (a->letters_only && !v)
            return 0;
        /* digits, backwards */
        char *e = num + sizeof num, *q = e;
        unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
        do {
            *--q = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *--q = '-';
        cg_buf_add(b, q, (size_t)(e - q));
        return 1;
    }
    case AT_DOUBLE: {
        double v = *(const double *)field;
        if (a->optional && isnan(v))
            return 0;
        if (!(v == v) || v > 1e300 || v < -1e300 || v == 0.0) {
            cg_buf_putc(b, '0');
            return 1;
        }
        cg_buf_add(b, num, cg_fmt_g10(v, num));
        return 1;
    }
    case AT_BOOL:
        cg_buf_puts(b, *(const int *)field ? "true" : "false");
        return 1;
    case AT_KIND:
        cg_buf_puts(b, cg_kind_name(*(const cg_kind *)field));
        return 1;
    case AT_EKIND:
        cg_buf_puts(b, *(const cg_edge_kind *)field == CG_EDGE_PART_OF ? "part-of" : "cites");
        return 1;
    }
    return 0;
}

/* "%.10g" of v, exactly as printf writes it, without printf's cost where
 * the exact product fits in 128 bits (values from about 1e-13 up); else
 * by snprintf.  The decimal digits come from the exact binary value:
 * N = mantissa * 10^k, divided by 2^s with the remainder compared to a
 * half (ties to even, as printf rounds). */
size_t cg_fmt_g10(double v, char *out)
{
    if (v == 0.0 || !(v == v) || v > 1e300 || v < -1e300)
        return (size_t)snprintf(out, 32, "%.10g", v);
    int neg = v < 0;
    double a = neg ? -v : v;
    int e2;
    double fr = frexp(a, &e2); /* a = fr * 2^e2, fr in [0.5, 1) */
    uint64_t mant = (uint64_t)ldexp(fr, 53);
    int exp2 = e2 - 53; /* a = mant * 2^exp2 exactly */
    int e10 = (int)floor(log10(a));
    int k = 9 - e10; /* a * 10^k has ten digits before the point */
    if (exp2 > 0 || k < 0 || k > 22 || -exp2 > 127)
        return (size_t)snprintf(out, 32, "%.10g", v);
    static const uint64_t p10[] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                   10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                   100000000000ull, 1000000000000ull, 10000000000000ull,
                                   100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                   100000000000000000ull, 1000000000000000000ull,
                                   10000000000000000000ull};
    unsigned __int128 n = (unsigned __int128)mant * (k <= 19 ? p10[k] : p10[19]);
    if (k > 19) {
        unsigned __int128 hi = n * p10[k - 19];
        if (hi / p10[k - 19] != n)
            return (size_t)snprintf(out, 32, "%.10g", v);
        n = hi;
    }
    int sh = -exp2;
    unsigned __int128 q = sh ? n >> sh : n;
    unsigned __int128 r = sh ? n - (q << sh) : 0;
    /* log10 may be off by one at a power of ten: bring q to ten digits */
    if (q >= (unsigned __int128)p10[10] || q < (unsigned __int128)p10[9])
        return (size_t)snprintf(out, 32, "%.10g", v);
    if (sh) {
        unsigned __int128 half = (unsigned __int128)1 << (sh - 1);
        if (r > half || (r == half && (q & 1)))
            q++;
    }
    if (q == (unsigned __int128)p10[10]) {
        q = p10[9];
        e10++;
    }
    char dig[11];
    uint64_t d = (uint64_t)q;
    for (int i = 9; i >= 0; i--) {
        dig[i] = (char)('0' + d % 10);
        d /= 10;
    }
    int nd = 10;
    while (nd > 1 && dig[nd - 1] == '0')
        nd--; /* %g drops trailing zeros */
    char *o = out;
    if (neg)
        *o++ = '-';
    if (e10 < -4 || e10 >= 10) {
        *o++ = dig[0];
        if (nd > 1) {
            *o++ = '.';
            for (int i = 1; i < nd; i++)
                *o++ = dig[i];
        }
        *o++ = 'e';
        int x = e10;
        *o++ = x < 0 ? '-' : '+';
        if (x < 0)
            x = -x;
        if (x >= 100)
            *o++ = (char)('0' + x / 100);
        *o++ = (char)('0' + x / 10 % 10);
        *o++ = (char)('0' + x % 10);
    } else if (e10 >= 0) {
        for (int i = 0; i <= e10; i++)
            *o++ = i < nd ? dig[i] : '0';
        if (nd > e10 + 1) {
            *o++ = '.';
            for (int i = e10 + 1; i < nd; i++)
                *o++ = dig[i];
        }
    } else {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -e10 - 1; i++)
            *o++ = '0';
        for (int i = 0; i < nd; i++)
            *o++ = dig[i];
    }
    *o = '\0';
    return (size_t)(o - out);
}
