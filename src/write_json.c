/* write_json.c: node-link JSON (networkx.node_link_graph and d3 read it
 * directly; nodes keyed by canonical identifier) and JSON Lines of
 * mentions (one line per citation found, for jq and pandas), with jansson. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"
#include "writers.h"

/* A list attribute (AT_LIST) as a JSON array of strings. */
static json_t *list_json(const char *v)
{
    cg_vec items = {0};
    json_t *a = json_array();
    cg_strlist_parse(v, &items, NULL);
    for (size_t k = 0; k < items.n; k++)
        json_array_append_new(a, json_string(items.v[k]));
    cg_vec_free(&items, cg_free);
    return a;
}

static json_t *typed(const cg_attr *a, const char *v)
{
    switch (a->type) {
    case AT_LONG: return json_integer(strtoll(v, NULL, 10));
    case AT_DOUBLE: return json_real(strtod(v, NULL));
    case AT_BOOL: return json_boolean(strcmp(v, "true") == 0);
    case AT_LIST: return list_json(v);
    default: return json_string(v);
    }
}

static void put_attrs(json_t *o, const cg_attr *tab, size_t n, const void *obj, int letter)
{
    for (size_t k = 0; k < n; k++) {
        char *v = cg_attr_value(&tab[k], obj, letter);
        if (v) {
            json_t *j = typed(&tab[k], v);
            if (j)
                json_object_set_new(o, tab[k].name, j);
            cg_free(v);
        }
    }
}

static cg_status dump(json_t *j, FILE *fp, size_t flags, cg_error *err)
{
    int rc = json_dumpf(j, fp, flags | JSON_ENSURE_ASCII * 0 | JSON_REAL_PRECISION(10));
    json_decref(j);
    if (rc != 0 || fputc('\n', fp) == EOF) {
        cg_error_set(err, NULL, 0, 0, "JSON: write error");
        return CG_ERR_IO;
    }
    return CG_OK;
}

cg_status cg_write_json(const cg_graph *g, FILE *fp, cg_error *err)
{
    json_t *nodes = json_array(), *links = json_array();
    for (size_t i = 0; i < g->nodes.n; i++) {
        const gnode *n = g->nodes.v[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", json_string(n->name));
        put_attrs(o, cg_node_attrs, cg_node_attr_count, n, n->kind == CG_KIND_LETTER);
        json_array_append_new(nodes, o);
    }
    for (size_t i = 0; i < g->edges.n; i++) {
        const gedge *e = g->edges.v[i];
        json_t *o = json_object();
        json_object_set_new(o, "source", json_string(((const gnode *)g->nodes.v[e->from])->name));
        json_object_set_new(o, "target", json_string(((const gnode *)g->nodes.v[e->to])->name));
        put_attrs(o, cg_edge_attrs, cg_edge_attr_count, e, 1);
        json_array_append_new(links, o);
    }
    json_t *root = json_pack("{s:b, s:b, s:{s:s}, s:o, s:o}", "directed", 1, "multigraph", 0,
                             "graph", "name", "citegraph", "nodes", nodes, "links", links);
    return dump(root, fp, JSON_INDENT(1), err);
}

/* The n-th item of a space-separated list ("" when missing). */
static char *nth(const char *list, size_t n)
{
    if (!list)
        return cg_xstrdup("");
    const char *p = list;
    for (size_t k = 0; k < n && p; k++) {
        p = strchr(p, ' ');
        if (p)
            p++;
    }
    if (!p)
        return cg_xstrdup("");
    size_t l = strcspn(p, " ");
    return cg_xstrndup(p, l);
}

cg_status cg_write_jsonl(const cg_graph *g, FILE *fp, cg_error *err)
{
    for (size_t i = 0; i < g->edges.n; i++) {
        const gedge *e = g->edges.v[i];
        if (e->kind != CG_EDGE_CITES)
            continue;
        const gnode *from = g->nodes.v[e->from], *to = g->nodes.v[e->to];
        if (e->nm) {
            for (size_t k = 0; k < e->nm; k++) {
                const gmention *m = &e->m[k];
                const char *sentence = m->sentence != UINT32_MAX ? cg_strtab_get(&g->strs, m->sentence) : NULL;
                json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:I, s:I, s:I, s:I, s:s?, s:b}",
                                      "letter", from->name, "target", to->name, "kind",
                                      cg_kind_name(to->kind), "text", cg_strtab_get(&g->strs, m->form),
                                      "file", g->file_of_rank[m->file],
                                      "line", (json_int_t)m->line, "column", (json_int_t)m->column,
                                      "offset", (json_int_t)m->offset, "length",
                                      (json_int_t)m->length, "sentence", sentence, "link", m->echo);
                cg_status st = dump(o, fp, JSON_COMPACT, err);
                if (st != CG_OK)
                    return st;
            }
            continue;
        }
        /* a graph read back from GraphML keeps locations (a list: file
         * names may hold spaces) and offsets */
        cg_vec locs = {0};
        cg_strlist_parse(e->locations, &locs, NULL);
        for (size_t k = 0; k < locs.n; k++) {
            char *loc = cg_xstrdup(locs.v[k]), *off = nth(e->offsets, k);
            /* FILE:LINE:COL, the file itself may hold colons */
            char *c2 = strrchr(loc, ':');
            char *c1 = NULL;
            if (c2) {
                *c2 = '\0';
                c1 = strrchr(loc, ':');
                if (c1)
                    *c1 = '\0';
            }
            json_t *o = json_pack("{s:s, s:s, s:s, s:s?, s:s, s:I, s:I, s:I, s:I, s:s?}", "letter",
                                  from->name, "target", to->name, "kind", cg_kind_name(to->kind),
                                  "text", e->text, "file", loc, "line",
                                  (json_int_t)(c1 ? strtol(c1 + 1, NULL, 10) : 0), "column",
                                  (json_int_t)(c2 ? strtol(c2 + 1, NULL, 10) : 0), "offset",
                                  (json_int_t)strtoll(off, NULL, 10), "length",
                                  (json_int_t)(strchr(off, '+') ? strtoll(strchr(off, '+') + 1, NULL, 10) : 0),
                                  "sentence", e->sentence);
            cg_free(loc);
            cg_free(off);
            cg_status st = dump(o, fp, JSON_COMPACT, err);
            if (st != CG_OK) {
                cg_vec_free(&locs, cg_free);
                return st;
            }
        }
        cg_vec_free(&locs, cg_free);
    }
    return CG_OK;
}
