/* attrs.c: the attribute table, the palette and the GraphML id escape. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "attrs.h"

#define N(field) offsetof(gnode, field)
#define E(field) offsetof(gedge, field)

const cg_attr cg_node_attrs[] = {
    {"name", "name", AT_STR, N(name), 0},
    {"label", "label", AT_STR, N(label), 0},
    {"kind", "kind", AT_KIND, N(kind), 0},
    {"date", "date", AT_STR, N(date), 0},
    {"sender", "sender", AT_STR, N(sender), 0},
    {"symbols", "symbols", AT_STR, N(symbols), 0},
    {"session", "session", AT_LONG, N(session), 1},
    {"sc_year", "sc_year", AT_LONG, N(sc_year), 1},
    {"agenda_items", "agenda_items", AT_STR, N(agenda), 0},
    {"file", "file", AT_STR, N(file), 0},
    {"languages", "languages", AT_STR, N(language), 0},
    {"title", "title", AT_STR, N(title), 0},
    {"addressee", "addressee", AT_STR, N(addressee), 0},
    {"annex_author", "annex_author", AT_STR, N(annex_author), 0},
    {"parent", "parent", AT_STR, N(parent), 0},
    {"in_corpus", "in_corpus", AT_BOOL, N(in_corpus), 1},
    {"in_degree", "in_degree", AT_LONG, N(in_degree), 0},
    {"mentions", "mentions", AT_LONG, N(mentions), 0},
    {"pagerank", "pagerank", AT_DOUBLE, N(pagerank), 0},
    {"hub", "hub", AT_DOUBLE, N(hub), 0},
    {"authority", "authority", AT_DOUBLE, N(authority), 0},
    {"betweenness", "betweenness", AT_DOUBLE, N(betweenness), 0},
    {"community", "community", AT_LONG, N(community), 0},
    {"first_cited", "first_cited", AT_STR, N(first_cited), 0},
    {"last_cited", "last_cited", AT_STR, N(last_cited), 0},
    {"cited_by", "cited_by", AT_STR, N(cited_by), 0},
};
const size_t cg_node_attr_count = sizeof cg_node_attrs / sizeof cg_node_attrs[0];

const cg_attr cg_edge_attrs[] = {
    {"kind", "edge_kind", AT_EKIND, E(kind), 0},
    {"weight", "weight", AT_LONG, E(weight), 0},
    {"text", "text", AT_STR, E(text), 0},
    {"sentence", "sentence", AT_STR, E(sentence), 0},
    {"locations", "locations", AT_STR, E(locations), 0},
    {"offsets", "offsets", AT_STR, E(offsets), 0},
    {"anachronism", "anachronism", AT_BOOL, E(anachronism), 0},
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
    case AT_STR: {
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
