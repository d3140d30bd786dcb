/* labels.c: the labels of a graph in one language (cg_graph_relabel).
 *
 * A node's label is made when the letter that first cites it is scanned,
 * in that letter's language.  Relabelling gives every node the label the
 * chosen language has for it (cg_label_in: a registry entry's title in
 * that language, an article's from its instrument's, a resolution's in
 * the language's format); a node the language gives nothing for keeps
 * its own.  Letters keep theirs: a letter's label is its title, written in
 * its own language. */
#include <string.h>

#include "graph.h"
#include "lang/lang.h"
#include "writers.h"

cg_status cg_graph_relabel(cg_graph *g, const cg_registry *reg, const char *language, cg_error *err)
{
    int lang = cg_lang_find(language);
    if (lang < 0) {
        cg_buf codes = {0};
        for (int l = 0; l < CG_LANG_COUNT; l++)
            cg_buf_printf(&codes, "%s%s", l ? (l + 1 == CG_LANG_COUNT ? " or " : ", ") : "",
                          cg_langs[l]->code);
        cg_error_set(err, NULL, 0, 0, "language '%s': labels are given in %s", language ? language : "",
                     codes.s);
        cg_buf_free(&codes);
        return CG_ERR_USAGE;
    }
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "the graph is relabelled once it is finished (cg_graph_finish)");
        return CG_ERR_USAGE;
    }
    for (size_t k = 0; k < g->nodes.n; k++) {
        gnode *n = g->nodes.v[k];
        if (n->kind == CG_KIND_LETTER)
            continue;
        char *l = cg_label_in(reg, n->name, n->kind, n->parent, lang);
        if (l) {
            cg_free(n->label);
            n->label = l;
        }
    }
    return CG_OK;
}
