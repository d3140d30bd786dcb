/* cmd_path.c: `citegraph path A B`: the shortest citation paths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static cli_list args;

static const cli_opt_spec opts[] = {
    {CLI_OPT_ARGS, "A B", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    CLI_GRAPH_GROUPS,
    CLI_END,
};

static const char *const usage[] = {"[options] A B (-g GRAPH | PATH...)", NULL};

static const cli_example examples[] = {
    {"citegraph path -g graph.graphml A/75/379 'UN Charter'",
     "how a letter reaches the Charter: directly, through an article or through other letters"},
    {"citegraph path -g graph.graphml 'resolution 822 (1993)' 'resolution 853 (1993)'",
     "two resolutions linked by the letters citing both"},
    {NULL, NULL},
};

static int run(void)
{
    if (args.n < 2)
        return cli_usage("which two nodes? (citegraph path -g graph.graphml A/75/379 'UN Charter')");
    cli_graph cg;
    int rc = cli_graph_open(&cg, args.v + 2, args.n - 2, 1);
    size_t fa = CG_NONE, fb = CG_NONE;
    if (rc == EXIT_OK && ((fa = cli_node(&cg, args.v[0])) == CG_NONE ||
                          (fb = cli_node(&cg, args.v[1])) == CG_NONE))
        rc = EXIT_INPUT;
    if (rc != EXIT_OK) {
        cli_graph_close(&cg);
        return rc;
    }
    const cg_graph *g = cg.g;
    size_t na = cli_node_in_filtered(&cg, fa), nb = cli_node_in_filtered(&cg, fb);
    cg_node_view va, vb;
    cg_graph_node_view(cg.full, fa, &va);
    cg_graph_node_view(cg.full, fb, &vb);
    size_t **paths = NULL, *lens = NULL, np = 0;
    int undirected = 0;
    cg_error err = {0};
    if (na != CG_NONE && nb != CG_NONE &&
        cg_graph_paths(g, na, nb, 1, &paths, &lens, &np, &undirected, &err) != CG_OK) {
        cli_error(&err);
        cli_graph_close(&cg);
        return EXIT_INPUT;
    }
    json_t *arr = cli_json ? json_array() : NULL;
    cg_buf b = {0};
    if (!cli_json) {
        if (!np)
            cg_buf_printf(&b, "no path between %s and %s%s%s\n", va.name, vb.name,
                          cg_filter_is_empty(&cg.filter) ? "" : " in the letters of ",
                          cg_filter_is_empty(&cg.filter) ? "" : cli_filter_words());
        else
            cg_buf_printf(&b, "%zu shortest path%s of %zu step%s%s\n", np, np == 1 ? "" : "s",
                          lens[0] - 1, lens[0] == 2 ? "" : "s",
                          undirected ? ", ignoring direction" : "");
    }
    for (size_t k = 0; k < np; k++) {
        json_t *p = cli_json ? json_array() : NULL;
        cg_buf line = {0};
        for (size_t q = 0; q < lens[k]; q++) {
            cg_node_view v;
            cg_graph_node_view(g, paths[k][q], &v);
            if (cli_json)
                json_array_append_new(p, cli_json_str(v.name));
            else
                cg_buf_printf(&line, "%s%s", q ? (undirected ? " — " : " -> ") : "", v.name);
        }
        if (cli_json) {
            json_array_append_new(arr, p);
        } else {
            cg_buf_puts(&b, "  ");
            cli_wrap(&b, line.s, 2, 6, cli_width());
            cg_buf_putc(&b, '\n');
        }
        cg_buf_free(&line);
        free(paths[k]);
    }
    free(paths);
    free(lens);
    if (cli_json) {
        json_t *o = json_object();
        json_object_set_new(o, "from", cli_json_str(va.name));
        json_object_set_new(o, "to", cli_json_str(vb.name));
        json_object_set_new(o, "directed", json_boolean(!undirected));
        json_object_set_new(o, "paths", arr);
        cli_json_print(o);
    }
    cli_flush(&b);
    int problems = cg.problems;
    cli_graph_close(&cg);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}

const cli_cmd cli_cmd_path = {
    "path",
    "the shortest citation paths between two nodes",
    usage,
    "The shortest citation paths from A to B, following citations (a letter to what it cites, "
    "an article to its instrument).  When there is none, the shortest paths ignoring direction "
    "(\"A and B are both cited by ...\").  A and B are taken in the words of the letters, as "
    "trace takes its NODE.",
    opts,
    examples,
    "A or B is not in the graph, the graph cannot be read, or some letters scanned had "
    "problems (no path is not an error)",
    run,
};
