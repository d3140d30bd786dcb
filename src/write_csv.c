/* write_csv.c: nodes.csv and edges.csv in the columns Gephi's spreadsheet
 * import expects (Id, Label; Source, Target, Weight) followed by every
 * attribute; RFC 4180 quoting, UTF-8, CRLF line ends. */
#include <stdlib.h>
#include <string.h>

#include "attrs.h"
#include "writers.h"

static void field(FILE *fp, const char *s)
{
    if (!s)
        return;
    if (strpbrk(s, ",\"\r\n") == NULL) {
        fputs(s, fp);
        return;
    }
    fputc('"', fp);
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            fputc('"', fp);
        fputc(*p, fp);
    }
    fputc('"', fp);
}

cg_status cg_write_csv(const cg_graph *g, FILE *fp, int edges, cg_error *err)
{
    const cg_attr *tab = edges ? cg_edge_attrs : cg_node_attrs;
    size_t n = edges ? cg_edge_attr_count : cg_node_attr_count;
    fputs(edges ? "Source,Target,Weight" : "Id,Label", fp);
    for (size_t k = 0; k < n; k++) {
        const char *nm = tab[k].name;
        if (!strcmp(nm, "name") || !strcmp(nm, "label") || !strcmp(nm, "weight"))
            continue;
        fputc(',', fp);
        fputs(nm, fp);
    }
    fputs("\r\n", fp);
    size_t rows = edges ? g->edges.n : g->nodes.n;
    for (size_t i = 0; i < rows; i++) {
        const void *obj = edges ? g->edges.v[i] : g->nodes.v[i];
        int letter = !edges && ((const gnode *)obj)->kind == CG_KIND_LETTER;
        if (edges) {
            const gedge *e = obj;
            field(fp, ((const gnode *)g->nodes.v[e->from])->name);
            fputc(',', fp);
            field(fp, ((const gnode *)g->nodes.v[e->to])->name);
            fprintf(fp, ",%ld", e->weight);
        } else {
            const gnode *nd = obj;
            field(fp, nd->name);
            fputc(',', fp);
            char *l = cg_clean_string(nd->label ? nd->label : nd->name);
            field(fp, l);
            cg_free(l);
        }
        for (size_t k = 0; k < n; k++) {
            const char *nm = tab[k].name;
            if (!strcmp(nm, "name") || !strcmp(nm, "label") || !strcmp(nm, "weight"))
                continue;
            fputc(',', fp);
            char *v = cg_attr_value(&tab[k], obj, letter || edges);
            if (v) {
                char *c = cg_clean_string(v);
                field(fp, c);
                cg_free(c);
                cg_free(v);
            }
        }
        fputs("\r\n", fp);
    }
    if (ferror(fp)) {
        cg_error_set(err, NULL, 0, 0, "CSV: write error");
        return CG_ERR_IO;
    }
    return CG_OK;
}
