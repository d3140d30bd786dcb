/* cmd_related.c: `citegraph related NODE`: co-citation for what letters
 * cite, bibliographic coupling for letters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static long limit = 10;
static cli_list args;

static const cli_opt_spec opts[] = {
    {CLI_OPT_NUMBER, "limit", 'n', &limit, "N", "rows to show (default 10; 0 for all)", NULL, 0,
     NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "NODE", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    CLI_GRAPH_GROUPS,
    CLI_END,
};

static const char *const usage[] = {"[options] NODE (-g GRAPH | PATH...)", NULL};

static const cli_example examples[] = {
    {"citegraph related -g graph.graphml 'resolution 822 (1993)'",
     "what the letters citing S/RES/822(1993) cite with it"},
    {"citegraph related -g graph.graphml A/75/379",
     "the letters sharing the most references with A/75/379"},
    {NULL, NULL},
};

static int run(void)
{
    if (!args.n)
        return cli_usage("which node? (citegraph related -g graph.graphml 'resolution 822 (1993)')");
    cli_graph cg;
    int rc = cli_graph_open(&cg, args.v + 1, args.n - 1, 1);
    size_t full = CG_NONE;
    if (rc == EXIT_OK && (full = cli_node(&cg, args.v[0])) == CG_NONE)
        rc = EXIT_INPUT;
    if (rc != EXIT_OK) {
        cli_graph_close(&cg);
        return rc;
    }
    const cg_graph *g = cg.g;
    size_t node = cli_node_in_filtered(&cg, full);
    cg_node_view self;
    cg_graph_node_view(cg.full, full, &self);
    int letter = self.kind == CG_KIND_LETTER && self.in_corpus;
    cg_related *rows = NULL;
    size_t n = node == CG_NONE ? 0 : cg_graph_related(g, node, (size_t)limit, &rows);
    if (cli_json) {
        json_t *arr = json_array();
        for (size_t k = 0; k < n; k++) {
            cg_node_view v;
            cg_graph_node_view(g, rows[k].node, &v);
            json_t *o = json_object();
            json_object_set_new(o, "id", cli_json_str(v.name));
            json_object_set_new(o, "kind", json_string(cg_kind_name(v.kind)));
            json_object_set_new(o, letter ? "shared" : "together", json_integer(rows[k].together));
            json_object_set_new(o, letter ? "references" : "letters", cli_json_words(rows[k].shared));
            json_array_append_new(arr, o);
        }
        json_t *o = json_object();
        json_object_set_new(o, "id", cli_json_str(self.name));
        json_object_set_new(o, "relation",
                            json_string(letter ? "bibliographic-coupling" : "co-citation"));
        json_object_set_new(o, "related", arr);
        cli_json_print(o);
    } else {
        cg_buf b = {0};
        cli_styled(&b, CLI_BOLD, self.name);
        cg_buf_printf(&b, ": %s\n",
                      letter ? "letters sharing references with it (bibliographic coupling)"
                             : "cited together with it (co-citation)");
        size_t wid = 2, W = cli_width();
        for (size_t k = 0; k < n; k++) {
            cg_node_view v;
            cg_graph_node_view(g, rows[k].node, &v);
            if (cg_utf8_width(v.name) > wid)
                wid = cg_utf8_width(v.name);
        }
        if (wid > W / 2)
            wid = W / 2;
        for (size_t k = 0; k < n; k++) {
            cg_node_view v;
            cg_graph_node_view(g, rows[k].node, &v);
            cg_buf_printf(&b, "%4ld  ", rows[k].together);
            cli_fit(&b, v.name, wid, 1, CLI_BOLD);
            cg_buf_puts(&b, "  ");
            cli_fit(&b, rows[k].shared, W > wid + 8 + 10 ? W - wid - 8 : 10, 0, CLI_DIM);
            cg_buf_putc(&b, '\n');
        }
        cli_flush(&b);
    }
    cg_related_free(rows, n);
    int problems = cg.problems;
    cli_graph_close(&cg);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}

const cli_cmd cli_cmd_related = {
    "related",
    "co-citation and bibliographic coupling",
    usage,
    "For an instrument or a document: what is most often cited in the same letters "
    "(co-citation; articles count for their instrument), with those letters.  For a letter: "
    "the letters sharing the most references with it (bibliographic coupling), with the shared "
    "references.  NODE is taken in the words of the letters, as trace takes it.",
    opts,
    examples,
    "the node is not in the graph, the graph cannot be read, or some letters scanned had "
    "problems",
    run,
};
