/* write_graphml.c: GraphML that validates against the GraphML 1.0 schema
 * and opens in Gephi, Gephi Lite (graphology), networkx and igraph
 * (docs/graphml.md).  Keys first, then nodes, then edges; every key typed
 * and declared for node or edge; strings stripped of C0 controls; numbers
 * finite, in the C locale. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"

/* Output goes through a buffer of its own, written out in large pieces. */
typedef struct out {
    FILE *fp;
    cg_buf b;
    int failed;
} out;

static void flush_out(out *o)
{
    if (o->b.len && fwrite(o->b.s, 1, o->b.len, o->fp) != o->b.len)
        o->failed = 1;
    o->b.len = 0;
    if (o->b.s)
        o->b.s[0] = '\0';
}

static inline void put(out *o, const char *s)
{
    cg_buf_puts(&o->b, s);
}

/* XML text: & < > " escaped, C0 controls (other than tab and line feed)
 * and U+FFFE, U+FFFF (not XML characters) dropped, CR as &#13;. */
static void put_escaped(out *o, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        const unsigned char *q = p;
        while (q < e && *q >= 0x20 && *q != '&' && *q != '<' && *q != '>' && *q != '"' && *q != 0x7F &&
               *q != 0xEF)
            q++;
        cg_buf_add(&o->b, (const char *)p, (size_t)(q - p));
        if (q >= e)
            break;
        p = q;
        switch (*p) {
        case '&': put(o, "&amp;"); break;
        case '<': put(o, "&lt;"); break;
        case '>': put(o, "&gt;"); break;
        case '"': put(o, "&quot;"); break;
        case '\t': case '\n': cg_buf_putc(&o->b, (char)*p); break;
        case '\r': put(o, "&#13;"); break;
        case 0xEF:
            if (p + 2 < e && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
                p += 3;
                continue;
            }
            cg_buf_putc(&o->b, (char)*p);
            break;
        default:
            break; /* a C0 control or DEL */
        }
        p++;
    }
}

static void put_data(out *o, cg_buf *val, const cg_attr *a, const void *obj, int is_letter)
{
    val->len = 0;
    if (!cg_attr_put(val, a, obj, is_letter))
        return;
    put(o, "      <data key=\"");
    put(o, a->key);
    put(o, "\">");
    put_escaped(o, val->s, val->len);
    put(o, "</data>\n");
}

static void put_long(out *o, long v)
{
    char num[32], *e = num + sizeof num, *q = e;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        *--q = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    cg_buf_add(&o->b, q, (size_t)(e - q));
}

cg_status cg_graph_write_graphml(const cg_graph *g, FILE *fp, cg_error *err)
{
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    out o = {fp, {0}, 0};
    cg_buf val = {0};
    cg_buf_grow(&o.b, 1 << 16);
    put(&o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
            "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t k = 0; k < cg_node_attr_count; k++) {
        put(&o, "  <key id=\"");
        put(&o, cg_node_attrs[k].key);
        put(&o, "\" for=\"node\" attr.name=\"");
        put(&o, cg_node_attrs[k].name);
        put(&o, "\" attr.type=\"");
        put(&o, cg_attr_graphml_type(cg_node_attrs[k].type));
        put(&o, "\"/>\n");
    }
    put(&o, "  <key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>\n"
            "  <key id=\"g\" for=\"node\" attr.name=\"g\" attr.type=\"int\"/>\n"
            "  <key id=\"b\" for=\"node\" attr.name=\"b\" attr.type=\"int\"/>\n"
            "  <key id=\"size\" for=\"node\" attr.name=\"size\" attr.type=\"double\"/>\n");
    for (size_t k = 0; k < cg_edge_attr_count; k++) {
        put(&o, "  <key id=\"");
        put(&o, cg_edge_attrs[k].key);
        put(&o, "\" for=\"edge\" attr.name=\"");
        put(&o, cg_edge_attrs[k].name);
        put(&o, "\" attr.type=\"");
        put(&o, cg_attr_graphml_type(cg_edge_attrs[k].type));
        put(&o, "\"/>\n");
    }
    put(&o, "  <graph id=\"citegraph\" edgedefault=\"directed\">\n");
    /* the node ids, made once */
    char **ids = cg_xmalloc((g->nodes.n ? g->nodes.n : 1) * sizeof *ids);
    for (size_t i = 0; i < g->nodes.n; i++)
        ids[i] = cg_graphml_id(((gnode *)g->nodes.v[i])->name);
    for (size_t i = 0; i < g->nodes.n && !o.failed; i++) {
        const gnode *n = g->nodes.v[i];
        put(&o, "    <node id=\"");
        put(&o, ids[i]);
        put(&o, "\">\n");
        int letter = n->kind == CG_KIND_LETTER;
        for (size_t k = 0; k < cg_node_attr_count; k++)
            put_data(&o, &val, &cg_node_attrs[k], n, letter);
        int r, gg, b;
        cg_kind_color(n->kind, &r, &gg, &b);
        put(&o, "      <data key=\"r\">");
        put_long(&o, r);
        put(&o, "</data>\n      <data key=\"g\">");
        put_long(&o, gg);
        put(&o, "</data>\n      <data key=\"b\">");
        put_long(&o, b);
        put(&o, "</data>\n      <data key=\"size\">");
        put_long(&o, 10 + 4 * n->in_degree);
        put(&o, ".0</data>\n    </node>\n");
        if (o.b.len > (1 << 16))
            flush_out(&o);
    }
    for (size_t i = 0; i < g->edges.n && !o.failed; i++) {
        const gedge *e = g->edges.v[i];
        put(&o, "    <edge id=\"e");
        put_long(&o, (long)i);
        put(&o, "\" source=\"");
        put(&o, ids[e->from]);
        put(&o, "\" target=\"");
        put(&o, ids[e->to]);
        put(&o, "\">\n");
        for (size_t k = 0; k < cg_edge_attr_count; k++)
            put_data(&o, &val, &cg_edge_attrs[k], e, 1);
        put(&o, "    </edge>\n");
        if (o.b.len > (1 << 16))
            flush_out(&o);
    }
    put(&o, "  </graph>\n</graphml>\n");
    flush_out(&o);
    for (size_t i = 0; i < g->nodes.n; i++)
        free(ids[i]);
    free(ids);
    cg_buf_free(&o.b);
    cg_buf_free(&val);
    if (o.failed || ferror(fp)) {
        cg_error_set(err, NULL, 0, 0, "write error: %s", strerror(errno));
        return CG_ERR_IO;
    }
    return CG_OK;
}

cg_status cg_graph_save_graphml(const cg_graph *g, const char *path, cg_error *err)
{
    return cg_graph_save(g, CG_OUTPUT_GRAPHML, path, err);
}
