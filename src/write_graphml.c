/* write_graphml.c: GraphML that validates against the GraphML 1.0 schema
 * and opens in Gephi, Gephi Lite (graphology), networkx and igraph
 * (docs/graphml.md).  Keys first, then nodes, then edges; every key typed
 * and declared for node or edge; strings stripped of C0 controls; numbers
 * finite, in the C locale. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"
#include "par.h"

/* XML text: & < > " escaped, C0 controls (other than tab and line feed)
 * and U+FFFE, U+FFFF (not XML characters) dropped, CR as &#13;.  The
 * string ends at its NUL: one pass, no strlen.  esc[c] is 0 for a byte
 * copied as it is. */
static const unsigned char esc[256] = {
    [0x00 ... 0x1F] = 1, ['&'] = 1, ['<'] = 1, ['>'] = 1, ['"'] = 1, [0x7F] = 1, [0xEF] = 1,
};

static void put_escaped(cg_buf *o, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    for (;;) {
        const unsigned char *q = p;
        /* on to the next byte to escape or drop; a U+Fxxx other than the
         * noncharacters U+FFFE and U+FFFF (the full-width ，（） of Chinese
         * text) is copied with the run */
        while (!esc[*q] || (*q == 0xEF && !(q[1] == 0xBF && (q[2] == 0xBE || q[2] == 0xBF))))
            q++;
        if (q > p)
            cg_buf_add(o, (const char *)p, (size_t)(q - p));
        p = q;
        switch (*p) {
        case '\0': return;
        case '&': cg_buf_lit(o, "&amp;"); break;
        case '<': cg_buf_lit(o, "&lt;"); break;
        case '>': cg_buf_lit(o, "&gt;"); break;
        case '"': cg_buf_lit(o, "&quot;"); break;
        case '\t': case '\n': cg_buf_putc(o, (char)*p); break;
        case '\r': cg_buf_lit(o, "&#13;"); break;
        case 0xEF: /* U+FFFE or U+FFFF, as the run stopped there */
            p += 3;
            continue;
        default:
            break; /* a C0 control or DEL */
        }
        p++;
    }
}

/* "      <data key=\"KEY\">" of each attribute, made once per write. */
typedef struct opentag {
    char s[96];
    size_t n;
} opentag;

static void make_tag(opentag *t, const char *key)
{
    int n = snprintf(t->s, sizeof t->s, "      <data key=\"%s\">", key);
    t->n = n > 0 && (size_t)n < sizeof t->s ? (size_t)n : 0;
}

static void put_data(cg_buf *o, const opentag *t, const cg_attr *a, const void *obj, int is_letter)
{
    if (a->type == AT_STR || a->type == AT_LIST) {
        const char *v = *(char *const *)((const char *)obj + a->off);
        if (!v || (a->letters_only && !is_letter))
            return;
        cg_buf_add(o, t->s, t->n);
        put_escaped(o, v);
        cg_buf_lit(o, "</data>\n");
        return;
    }
    /* numbers, booleans and kind names: nothing to escape */
    size_t at = o->len;
    cg_buf_add(o, t->s, t->n);
    if (!cg_attr_put(o, a, obj, is_letter)) {
        o->len = at;
        o->s[at] = '\0';
        return;
    }
    cg_buf_lit(o, "</data>\n");
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
    size_t *idlen;
    opentag *ntag, *etag;
} gml;

enum { GRAIN = 2048 };

static void make_ids(void *ctx, size_t b, size_t e)
{
    gml *w = ctx;
    for (size_t i = b; i < e; i++)
    {
        w->ids[i] = cg_graphml_id(((gnode *)w->g->nodes.v[i])->name);
        w->idlen[i] = strlen(w->ids[i]);
    }
}

static void fmt_nodes(void *ctx, size_t b, size_t e, cg_buf *o)
{
    const gml *w = ctx;
    for (size_t i = b; i < e; i++) {
        const gnode *n = w->g->nodes.v[i];
        cg_buf_lit(o, "    <node id=\"");
        cg_buf_add(o, w->ids[i], w->idlen[i]);
        cg_buf_lit(o, "\">\n");
        int letter = n->kind == CG_KIND_LETTER;
        for (size_t k = 0; k < cg_node_attr_count; k++)
            put_data(o, &w->ntag[k], &cg_node_attrs[k], n, letter);
        int r, gg, bl;
        cg_kind_color(n->kind, &r, &gg, &bl);
        cg_buf_lit(o, "      <data key=\"r\">");
        put_long(o, r);
        cg_buf_lit(o, "</data>\n      <data key=\"g\">");
        put_long(o, gg);
        cg_buf_lit(o, "</data>\n      <data key=\"b\">");
        put_long(o, bl);
        cg_buf_lit(o, "</data>\n      <data key=\"size\">");
        put_long(o, 10 + 4 * n->in_degree);
        cg_buf_lit(o, ".0</data>\n    </node>\n");
    }
}

static void fmt_edges(void *ctx, size_t b, size_t e, cg_buf *o)
{
    const gml *w = ctx;
    for (size_t i = b; i < e; i++) {
        const gedge *ed = w->g->edges.v[i];
        cg_buf_lit(o, "    <edge id=\"e");
        put_long(o, (long)i);
        cg_buf_lit(o, "\" source=\"");
        cg_buf_add(o, w->ids[ed->from], w->idlen[ed->from]);
        cg_buf_lit(o, "\" target=\"");
        cg_buf_add(o, w->ids[ed->to], w->idlen[ed->to]);
        cg_buf_lit(o, "\">\n");
        for (size_t k = 0; k < cg_edge_attr_count; k++)
            put_data(o, &w->etag[k], &cg_edge_attrs[k], ed, 1);
        cg_buf_lit(o, "    </edge>\n");
    }
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
    size_t nn = g->nodes.n ? g->nodes.n : 1;
    gml w = {g, cg_xcalloc(nn, sizeof *w.ids), cg_xcalloc(nn, sizeof *w.idlen),
             cg_xcalloc(cg_node_attr_count, sizeof *w.ntag),
             cg_xcalloc(cg_edge_attr_count, sizeof *w.etag)};
    for (size_t k = 0; k < cg_node_attr_count; k++)
        make_tag(&w.ntag[k], cg_node_attrs[k].key);
    for (size_t k = 0; k < cg_edge_attr_count; k++)
        make_tag(&w.etag[k], cg_edge_attrs[k].key);
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
    cg_free(w.idlen);
    cg_free(w.ntag);
    cg_free(w.etag);
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
