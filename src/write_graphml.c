/* write_graphml.c: GraphML that validates against the GraphML 1.0 schema
 * and opens in Gephi, Gephi Lite (graphology), networkx and igraph
 * (docs/graphml.md).  Keys first, then nodes, then edges; every key typed
 * and declared for node or edge; strings stripped of C0 controls; numbers
 * finite, in the C locale. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"
#include "par.h"

/* XML text: & < > " escaped, C0 controls (other than tab and line feed)
 * and U+FFFE, U+FFFF (not XML characters) dropped, CR as &#13;. */
static void put_escaped(cg_buf *o, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        const unsigned char *q = p;
        while (q < e && *q >= 0x20 && *q != '&' && *q != '<' && *q != '>' && *q != '"' && *q != 0x7F &&
               *q != 0xEF)
            q++;
        cg_buf_add(o, (const char *)p, (size_t)(q - p));
        if (q >= e)
            break;
        p = q;
        switch (*p) {
        case '&': cg_buf_puts(o, "&amp;"); break;
        case '<': cg_buf_puts(o, "&lt;"); break;
        case '>': cg_buf_puts(o, "&gt;"); break;
        case '"': cg_buf_puts(o, "&quot;"); break;
        case '\t': case '\n': cg_buf_putc(o, (char)*p); break;
        case '\r': cg_buf_puts(o, "&#13;"); break;
        case 0xEF:
            if (p + 2 < e && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
                p += 3;
                continue;
            }
            cg_buf_putc(o, (char)*p);
            break;
        default:
            break; /* a C0 control or DEL */
        }
        p++;
    }
}

static void put_data(cg_buf *o, cg_buf *val, const cg_attr *a, const void *obj, int is_letter)
{
    val->len = 0;
    if (!cg_attr_put(val, a, obj, is_letter))
        return;
    cg_buf_puts(o, "      <data key=\"");
    cg_buf_puts(o, a->key);
    cg_buf_puts(o, "\">");
    put_escaped(o, val->s, val->len);
    cg_buf_puts(o, "</data>\n");
}

static void put_long(cg_buf *o, long v)
{
    char num[32], *e = num + sizeof num, *q = e;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        *--q = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    cg_buf_add(o, q, (size_t)(e - q));
}

/* Nodes and edges are formatted in chunks on the graph's threads
 * (cg_graph_set_threads) and written in order: the same bytes for any
 * number of threads. */
typedef struct gml {
    const cg_graph *g;
    char **ids;
} gml;

enum { GRAIN = 2048 };

static void make_ids(void *ctx, size_t b, size_t e)
{
    gml *w = ctx;
    for (size_t i = b; i < e; i++)
        w->ids[i] = cg_graphml_id(((gnode *)w->g->nodes.v[i])->name);
}

static void fmt_nodes(void *ctx, size_t b, size_t e, cg_buf *o)
{
    const gml *w = ctx;
    cg_buf val = {0};
    for (size_t i = b; i < e; i++) {
        const gnode *n = w->g->nodes.v[i];
        cg_buf_puts(o, "    <node id=\"");
        cg_buf_puts(o, w->ids[i]);
        cg_buf_puts(o, "\">\n");
        int letter = n->kind == CG_KIND_LETTER;
        for (size_t k = 0; k < cg_node_attr_count; k++)
            put_data(o, &val, &cg_node_attrs[k], n, letter);
        int r, gg, bl;
        cg_kind_color(n->kind, &r, &gg, &bl);
        cg_buf_puts(o, "      <data key=\"r\">");
        put_long(o, r);
        cg_buf_puts(o, "</data>\n      <data key=\"g\">");
        put_long(o, gg);
        cg_buf_puts(o, "</data>\n      <data key=\"b\">");
        put_long(o, bl);
        cg_buf_puts(o, "</data>\n      <data key=\"size\">");
        put_long(o, 10 + 4 * n->in_degree);
        cg_buf_puts(o, ".0</data>\n    </node>\n");
    }
    cg_buf_free(&val);
}

static void fmt_edges(void *ctx, size_t b, size_t e, cg_buf *o)
{
    const gml *w = ctx;
    cg_buf val = {0};
    for (size_t i = b; i < e; i++) {
        const gedge *ed = w->g->edges.v[i];
        cg_buf_puts(o, "    <edge id=\"e");
        put_long(o, (long)i);
        cg_buf_puts(o, "\" source=\"");
        cg_buf_puts(o, w->ids[ed->from]);
        cg_buf_puts(o, "\" target=\"");
        cg_buf_puts(o, w->ids[ed->to]);
        cg_buf_puts(o, "\">\n");
        for (size_t k = 0; k < cg_edge_attr_count; k++)
            put_data(o, &val, &cg_edge_attrs[k], ed, 1);
        cg_buf_puts(o, "    </edge>\n");
    }
    cg_buf_free(&val);
}

static int sink_file(void *sctx, const char *s, size_t len)
{
    return fwrite(s, 1, len, (FILE *)sctx) != len;
}

cg_status cg_graph_write_graphml(const cg_graph *g, FILE *fp, cg_error *err)
{
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    cg_buf o = {0};
    cg_buf_puts(&o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                    "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                    "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t k = 0; k < cg_node_attr_count; k++) {
        cg_buf_puts(&o, "  <key id=\"");
        cg_buf_puts(&o, cg_node_attrs[k].key);
        cg_buf_puts(&o, "\" for=\"node\" attr.name=\"");
        cg_buf_puts(&o, cg_node_attrs[k].name);
        cg_buf_puts(&o, "\" attr.type=\"");
        cg_buf_puts(&o, cg_attr_graphml_type(cg_node_attrs[k].type));
        cg_buf_puts(&o, "\"/>\n");
    }
    cg_buf_puts(&o, "  <key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>\n"
                    "  <key id=\"g\" for=\"node\" attr.name=\"g\" attr.type=\"int\"/>\n"
                    "  <key id=\"b\" for=\"node\" attr.name=\"b\" attr.type=\"int\"/>\n"
                    "  <key id=\"size\" for=\"node\" attr.name=\"size\" attr.type=\"double\"/>\n");
    for (size_t k = 0; k < cg_edge_attr_count; k++) {
        cg_buf_puts(&o, "  <key id=\"");
        cg_buf_puts(&o, cg_edge_attrs[k].key);
        cg_buf_puts(&o, "\" for=\"edge\" attr.name=\"");
        cg_buf_puts(&o, cg_edge_attrs[k].name);
        cg_buf_puts(&o, "\" attr.type=\"");
        cg_buf_puts(&o, cg_attr_graphml_type(cg_edge_attrs[k].type));
        cg_buf_puts(&o, "\"/>\n");
    }
    cg_buf_puts(&o, "  <graph id=\"citegraph\" edgedefault=\"directed\">\n");
    int failed = sink_file(fp, o.s, o.len);
    /* the node ids, made once */
    gml w = {g, cg_xcalloc(g->nodes.n ? g->nodes.n : 1, sizeof *w.ids)};
    cg_par_for(g->threads, g->nodes.n, GRAIN, make_ids, &w);
    if (!failed)
        failed = cg_par_emit(g->threads, g->nodes.n, GRAIN, fmt_nodes, &w, sink_file, fp);
    if (!failed)
        failed = cg_par_emit(g->threads, g->edges.n, GRAIN, fmt_edges, &w, sink_file, fp);
    if (!failed)
        failed = sink_file(fp, "  </graph>\n</graphml>\n", 22);
    for (size_t i = 0; i < g->nodes.n; i++)
        cg_free(w.ids[i]);
    cg_free(w.ids);
    cg_buf_free(&o);
    if (failed || ferror(fp)) {
        cg_error_set(err, NULL, 0, 0, "write error: %s", strerror(errno));
        return CG_ERR_IO;
    }
    return CG_OK;
}

cg_status cg_graph_save_graphml(const cg_graph *g, const char *path, cg_error *err)
{
    return cg_graph_save(g, CG_OUTPUT_GRAPHML, path, err);
}
