/* write_dot.c: Graphviz DOT, nodes coloured by kind (the palette of
 * docs/formats.md), letters as boxes, edges as thick as their weight. */
#include <stdlib.h>
#include <string.h>

#include "attrs.h"
#include "writers.h"

static void quoted(FILE *fp, const char *s)
{
    fputc('"', fp);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fputc('\\', fp);
        if (*p == '\n')
            fputs("\\n", fp);
        else if (*p >= 0x20)
            fputc(*p, fp);
    }
    fputc('"', fp);
}

cg_status cg_write_dot(const cg_graph *g, FILE *fp, cg_error *err)
{
    fputs("digraph citegraph {\n"
          "  graph [overlap=false, splines=true, outputorder=edgesfirst, fontname=\"sans\"];\n"
          "  node [style=filled, fontname=\"sans\", fontsize=10, penwidth=0];\n"
          "  edge [color=\"#9e9e9e80\", arrowsize=0.5];\n",
          fp);
    for (size_t i = 0; i < g->nodes.n; i++) {
        const gnode *n = g->nodes.v[i];
        int r, gg, b;
        cg_kind_color(n->kind, &r, &gg, &b);
        fputs("  ", fp);
        quoted(fp, n->name);
        fputs(" [label=", fp);
        quoted(fp, n->name);
        fputs(", tooltip=", fp);
        quoted(fp, n->label ? n->label : n->name);
        fprintf(fp, ", shape=%s, fillcolor=\"#%02x%02x%02x\", fontcolor=\"%s\", kind=\"%s\"];\n",
                n->kind == CG_KIND_LETTER ? "box" : "ellipse", r, gg, b,
                n->kind == CG_KIND_URL || n->kind == CG_KIND_ARTICLE ? "black" : "white",
                cg_kind_name(n->kind));
    }
    for (size_t i = 0; i < g->edges.n; i++) {
        const gedge *e = g->edges.v[i];
        fputs("  ", fp);
        quoted(fp, ((const gnode *)g->nodes.v[e->from])->name);
        fputs(" -> ", fp);
        quoted(fp, ((const gnode *)g->nodes.v[e->to])->name);
        fprintf(fp, " [weight=%ld, penwidth=%.1f%s];\n", e->weight > 0 ? e->weight : 1,
                0.6 + 0.4 * (double)(e->weight > 0 ? e->weight : 1),
                e->kind == CG_EDGE_PART_OF ? ", style=dashed" : "");
    }
    fputs("}\n", fp);
    if (ferror(fp)) {
        cg_error_set(err, NULL, 0, 0, "DOT: write error");
        return CG_ERR_IO;
    }
    return CG_OK;
}
