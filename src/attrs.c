/* attrs.c: the attribute table, the palette and the GraphML id escape. */
#include <jansson.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"

#define N(field) offsetof(gnode, field)
#define E(field) offsetof(gedge, field)

const cg_attr cg_node_attrs[] = {
    {"name", "name", AT_STR, N(name), 0, 0, 0},
    {"label", "label", AT_STR, N(label), 0, 0, 0},
    {"kind", "kind", AT_KIND, N(kind), 0, 0, 0},
    {"date", "date", AT_STR, N(date), 0, 0, 0},
    {"sender", "sender", AT_STR, N(sender), 0, 0, 0},
    {"symbols", "symbols", AT_STR, N(symbols), 0, 0, 0},
    {"session", "session", AT_LONG, N(session), 1, 0, LONG_MAX},
    {"sc_year", "sc_year", AT_LONG, N(sc_year), 1, 0, LONG_MAX},
    {"agenda_items", "agenda_items", AT_STR, N(agenda), 0, 0, 0},
    {"file", "file", AT_LIST, N(file), 0, 0, 0},
    {"languages", "languages", AT_STR, N(language), 0, 0, 0},
    {"title", "title", AT_STR, N(title), 0, 0, 0},
    {"addressee", "addressee", AT_STR, N(addressee), 0, 0, 0},
    {"annex_author", "annex_author", AT_STR, N(annex_author), 0, 0, 0},
    {"parent", "parent", AT_STR, N(parent), 0, 0, 0},
    {"in_corpus", "in_corpus", AT_BOOL, N(in_corpus), 1, 0, 0},
    {"in_degree", "in_degree", AT_LONG, N(in_degree), 0, 0, LONG_MAX},
    {"mentions", "mentions", AT_LONG, N(mentions), 0, 0, LONG_MAX},
    {"pagerank", "pagerank", AT_DOUBLE, N(pagerank), 0, 0, 0},
    {"hub", "hub", AT_DOUBLE, N(hub), 0, 0, 0},
    {"authority", "authority", AT_DOUBLE, N(authority), 0, 0, 0},
    {"betweenness", "betweenness", AT_DOUBLE, N(betweenness), 0, 0, 0},
    {"community", "community", AT_LONG, N(community), 0, 0, LONG_MAX},
    {"first_cited", "first_cited", AT_STR, N(first_cited), 0, 0, 0},
    {"last_cited", "last_cited", AT_STR, N(last_cited), 0, 0, 0},
    {"cited_by", "cited_by", AT_STR, N(cited_by), 0, 0, 0},
};
const size_t cg_node_attr_count = sizeof cg_node_attrs / sizeof cg_node_attrs[0];

const cg_attr cg_edge_attrs[] = {
    {"kind", "edge_kind", AT_EKIND, E(kind), 0, 0, 0},
    /* one edge's mentions are sentences of a few letters: far below 2^31,
     * and sums over millions of edges stay far from LONG_MAX */
    {"weight", "weight", AT_LONG, E(weight), 0, 1, 2147483647L},
    {"text", "text", AT_STR, E(text), 0, 0, 0},
    {"sentence", "sentence", AT_STR, E(sentence), 0, 0, 0},
    {"locations", "locations", AT_LIST, E(locations), 0, 0, 0},
    {"offsets", "offsets", AT_STR, E(offsets), 0, 0, 0},
    {"anachronism", "anachronism", AT_BOOL, E(anachronism), 0, 0, 0},
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
        else
            cg_buf_printf(&b, "_%02X", c);
    }
    return cg_buf_take(&b);
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
    size_t n = strlen(s);
    cg_buf_putc(b, '"');
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
    cg_buf_putc(b, '"');
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
                free(out->v[k]);
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

void cg_strlist_add(char **list, const char *item, int unique)
{
    if (!item)
        return;
    cg_vec items = {0};
    cg_strlist_parse(*list, &items, NULL);
    int have = 0;
    for (size_t k = 0; unique && k < items.n && !have; k++)
        have = strcmp(items.v[k], item) == 0;
    if (!have) {
        cg_vec_push(&items, cg_xstrdup(item));
        free(*list);
        *list = cg_strlist_join(&items);
    }
    cg_vec_free(&items, free);
}

void cg_strlist_sort(char **list)
{
    if (!*list)
        return;
    cg_vec items = {0};
    cg_strlist_parse(*list, &items, NULL);
    cg_sort(items.v, items.n, sizeof *items.v, cg_cmp_str);
    free(*list);
    *list = cg_strlist_join(&items);
    cg_vec_free(&items, free);
}

char *cg_strlist_first(const char *list)
{
    cg_vec items = {0};
    cg_strlist_parse(list, &items, NULL);
    char *first = items.n ? cg_xstrdup(items.v[0]) : NULL;
    cg_vec_free(&items, free);
    return first;
}
