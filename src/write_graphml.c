/* write_graphml.c: GraphML that validates against the GraphML 1.0 schema
 * and opens in Gephi, Gephi Lite (graphology), networkx and igraph
 * (docs/graphml.md).  Keys first, then nodes, then edges; every key typed
 * and declared for node or edge; strings stripped of C0 controls; numbers
 * finite, in the C locale. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"

static void put_escaped(FILE *fp, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        /* U+FFFE and U+FFFF are not XML characters */
        if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
            p += 2;
            continue;
        }
        switch (*p) {
        case '&': fputs("&amp;", fp); break;
        case '<': fputs("&lt;", fp); break;
        case '>': fputs("&gt;", fp); break;
        case '"': fputs("&quot;", fp); break;
        case '\t': case '\n': fputc(*p, fp); break;
        case '\r': fputs("&#13;", fp); break;
        default:
            if (*p >= 0x20 && *p != 0x7F)
                fputc(*p, fp);
        }
    }
}

static void put_data(FILE *fp, const cg_attr *a, const void *obj, int is_letter)
{
    char *v = cg_attr_value(a, obj, is_letter);
    if (!v)
        return;
    fprintf(fp, "      <data key=\"%s\">", a->key);
    put_escaped(fp, v);
    fputs("</data>\n", fp);
    free(v);
}

cg_status cg_graph_write_graphml(const cg_graph *g, FILE *fp, cg_error *err)
{
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
          fp);
    for (size_t k = 0; k < cg_node_attr_count; k++)
        fprintf(fp, "  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                cg_node_attrs[k].key, cg_node_attrs[k].name,
                cg_attr_graphml_type(cg_node_attrs[k].type));
    fputs("  <key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>\n"
          "  <key id=\"g\" for=\"node\" attr.name=\"g\" attr.type=\"int\"/>\n"
          "  <key id=\"b\" for=\"node\" attr.name=\"b\" attr.type=\"int\"/>\n"
          "  <key id=\"size\" for=\"node\" attr.name=\"size\" attr.type=\"double\"/>\n",
          fp);
    for (size_t k = 0; k < cg_edge_attr_count; k++)
        fprintf(fp, "  <key id=\"%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                cg_edge_attrs[k].key, cg_edge_attrs[k].name,
                cg_attr_graphml_type(cg_edge_attrs[k].type));
    fputs("  <graph id=\"citegraph\" edgedefault=\"directed\">\n", fp);
    for (size_t i = 0; i < g->nodes.n; i++) {
        const gnode *n = g->nodes.v[i];
        char *id = cg_graphml_id(n->name);
        fprintf(fp, "    <node id=\"%s\">\n", id);
        free(id);
        int letter = n->kind == CG_KIND_LETTER;
        for (size_t k = 0; k < cg_node_attr_count; k++)
            put_data(fp, &cg_node_attrs[k], n, letter);
        int r, gg, b;
        cg_kind_color(n->kind, &r, &gg, &b);
        fprintf(fp,
                "      <data key=\"r\">%d</data>\n      <data key=\"g\">%d</data>\n"
                "      <data key=\"b\">%d</data>\n      <data key=\"size\">%.1f</data>\n",
                r, gg, b, 10.0 + 4.0 * (double)n->in_degree);
        fputs("    </node>\n", fp);
    }
    for (size_t i = 0; i < g->edges.n; i++) {
        const gedge *e = g->edges.v[i];
        char *s = cg_graphml_id(((gnode *)g->nodes.v[e->from])->name);
        char *t = cg_graphml_id(((gnode *)g->nodes.v[e->to])->name);
        fprintf(fp, "    <edge id=\"e%zu\" source=\"%s\" target=\"%s\">\n", i, s, t);
        free(s);
        free(t);
        for (size_t k = 0; k < cg_edge_attr_count; k++)
            put_data(fp, &cg_edge_attrs[k], e, 1);
        fputs("    </edge>\n", fp);
    }
    fputs("  </graph>\n</graphml>\n", fp);
    if (ferror(fp)) {
        cg_error_set(err, NULL, 0, 0, "write error: %s", strerror(errno));
        return CG_ERR_IO;
    }
    return CG_OK;
}

cg_status cg_graph_save_graphml(const cg_graph *g, const char *path, cg_error *err)
{
    return cg_graph_save(g, CG_OUTPUT_GRAPHML, path, err);
}
