/* read_graphml.c: reads a GraphML citation graph back with libxml2 (no
 * network, no entity expansion), so that queries can run on a graph that
 * `citegraph build` wrote: write-then-read loses nothing the writer wrote. */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"

typedef struct keydef {
    char *id;
    char *name;
    int for_edge;
} keydef;

static const cg_attr *find_attr(const cg_attr *tab, size_t n, const char *name)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(tab[k].name, name) == 0)
            return &tab[k];
    return NULL;
}

static int set_field(const cg_attr *a, void *obj, const char *v)
{
    char *field = (char *)obj + a->off;
    switch (a->type) {
    case AT_STR:
        free(*(char **)field);
        *(char **)field = cg_xstrdup(v);
        return 0;
    case AT_LONG:
        *(long *)field = strtol(v, NULL, 10);
        return 0;
    case AT_DOUBLE:
        *(double *)field = strtod(v, NULL);
        return 0;
    case AT_BOOL:
        *(int *)field = strcmp(v, "true") == 0 || strcmp(v, "1") == 0;
        return 0;
    case AT_KIND: {
        cg_kind k;
        if (cg_kind_parse(&k, v) != 0)
            return -1;
        *(cg_kind *)field = k;
        return 0;
    }
    case AT_EKIND:
        *(cg_edge_kind *)field = strcmp(v, "part-of") == 0 ? CG_EDGE_PART_OF : CG_EDGE_CITES;
        return 0;
    }
    return 0;
}

static const char *key_name(const keydef *keys, size_t nk, const char *id, int for_edge)
{
    for (size_t k = 0; k < nk; k++)
        if (strcmp(keys[k].id, id) == 0 && keys[k].for_edge == for_edge)
            return keys[k].name;
    return NULL;
}

static int is_el(xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

cg_status cg_graph_load_graphml(cg_graph **out, const char *path, cg_error *err)
{
    *out = NULL;
    xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        const xmlError *xe = xmlGetLastError();
        cg_error_set(err, path, xe ? xe->line : 0, xe ? xe->int2 : 0, "not readable GraphML: %s",
                     xe && xe->message ? xe->message : "parse error");
        if (err) {
            size_t l = strlen(err->message);
            if (l && err->message[l - 1] == '\n')
                err->message[l - 1] = '\0';
        }
        return CG_ERR_FORMAT;
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root || !is_el(root, "graphml")) {
        cg_error_set(err, path, root ? root->line : 0, 0, "not a GraphML document");
        xmlFreeDoc(doc);
        return CG_ERR_FORMAT;
    }
    cg_status st = CG_OK;
    keydef *keys = NULL;
    size_t nk = 0;
    xmlNode *graph = NULL;
    for (xmlNode *c = root->children; c; c = c->next) {
        if (is_el(c, "key")) {
            xmlChar *id = xmlGetProp(c, BAD_CAST "id");
            xmlChar *fr = xmlGetProp(c, BAD_CAST "for");
            xmlChar *nm = xmlGetProp(c, BAD_CAST "attr.name");
            if (id && nm) {
                keys = cg_xrealloc(keys, (nk + 1) * sizeof *keys);
                keys[nk].id = cg_xstrdup((const char *)id);
                keys[nk].name = cg_xstrdup((const char *)nm);
                keys[nk].for_edge = fr && strcmp((const char *)fr, "edge") == 0;
                nk++;
            }
            xmlFree(id);
            xmlFree(fr);
            xmlFree(nm);
        } else if (is_el(c, "graph") && !graph) {
            graph = c;
        }
    }
    cg_graph *g = NULL;
    cg_graph_new(&g, err);
    cg_map gid = {0};
    if (!graph) {
        cg_error_set(err, path, root->line, 0, "no <graph> element");
        st = CG_ERR_FORMAT;
        goto done;
    }
    for (xmlNode *c = graph->children; c && st == CG_OK; c = c->next) {
        if (!is_el(c, "node"))
            continue;
        xmlChar *id = xmlGetProp(c, BAD_CAST "id");
        gnode *n = cg_xcalloc(1, sizeof *n);
        n->kind = CG_KIND_DOCUMENT;
        for (xmlNode *d = c->children; d; d = d->next) {
            if (!is_el(d, "data"))
                continue;
            xmlChar *k = xmlGetProp(d, BAD_CAST "key");
            const char *name = k ? key_name(keys, nk, (const char *)k, 0) : NULL;
            const cg_attr *a = name ? find_attr(cg_node_attrs, cg_node_attr_count, name) : NULL;
            if (a) {
                xmlChar *v = xmlNodeGetContent(d);
                if (set_field(a, n, v ? (const char *)v : "") != 0) {
                    cg_error_set(err, path, d->line, 0, "unknown node kind '%s'", (const char *)v);
                    st = CG_ERR_FORMAT;
                }
                xmlFree(v);
            }
            xmlFree(k);
        }
        if (!n->name)
            n->name = cg_xstrdup(id ? (const char *)id : "");
        if (!id || cg_map_get(&gid, (const char *)id, NULL) || cg_map_get(&g->by_name, n->name, NULL)) {
            if (st == CG_OK)
                cg_error_set(err, path, c->line, 0, "node without id or with a duplicate id");
            st = CG_ERR_FORMAT;
            cg_gnode_free(n);
        } else {
            cg_map_put(&gid, (const char *)id, g->nodes.n);
            cg_map_put(&g->by_name, n->name, g->nodes.n);
            cg_vec_push(&g->nodes, n);
        }
        xmlFree(id);
    }
    for (xmlNode *c = graph->children; c && st == CG_OK; c = c->next) {
        if (!is_el(c, "edge"))
            continue;
        xmlChar *s = xmlGetProp(c, BAD_CAST "source");
        xmlChar *t = xmlGetProp(c, BAD_CAST "target");
        size_t from, to;
        if (!s || !t || !cg_map_get(&gid, (const char *)s, &from) ||
            !cg_map_get(&gid, (const char *)t, &to)) {
            cg_error_set(err, path, c->line, 0, "edge between unknown nodes");
            st = CG_ERR_FORMAT;
        } else {
            gedge *e = cg_xcalloc(1, sizeof *e);
            e->weight = 1;
            for (xmlNode *d = c->children; d; d = d->next) {
                if (!is_el(d, "data"))
                    continue;
                xmlChar *k = xmlGetProp(d, BAD_CAST "key");
                const char *name = k ? key_name(keys, nk, (const char *)k, 1) : NULL;
                const cg_attr *a = name ? find_attr(cg_edge_attrs, cg_edge_attr_count, name) : NULL;
                if (a) {
                    xmlChar *v = xmlNodeGetContent(d);
                    set_field(a, e, v ? (const char *)v : "");
                    xmlFree(v);
                }
                xmlFree(k);
            }
            e->from = from;
            e->to = to;
            cg_imap_put(&g->by_pair, cg_graph_pair_key(from, to, e->kind), g->edges.n);
            cg_vec_push(&g->edges, e);
        }
        xmlFree(s);
        xmlFree(t);
    }
    if (st == CG_OK)
        g->finished = 1;
done:
    cg_map_free(&gid);
    for (size_t k = 0; k < nk; k++) {
        free(keys[k].id);
        free(keys[k].name);
    }
    free(keys);
    xmlFreeDoc(doc);
    if (st != CG_OK) {
        cg_graph_free(g);
        return st;
    }
    *out = g;
    return CG_OK;
}
