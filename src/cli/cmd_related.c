/* cmd_related.c: `citegraph related ID`: co-citation for what letters
 * cite, bibliographic coupling for letters. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph related [options] ID (-g GRAPH | PATH...)\n"
          "\n"
          "For an instrument or document: what is most often cited in the same\n"
          "letters (co-citation; articles count for their instrument), with those\n"
          "letters.  For a letter: the letters sharing the most references with it\n"
          "(bibliographic coupling), with the shared references.\n"
          "\n"
          "  -n, --limit N         rows (default 10; 0 for all)\n" CLI_SOURCE_HELP
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok; 1 unknown identifier, or the graph or some inputs had\n"
          "problems; 2 usage error.\n",
          fp);
}

int cli_related(int argc, char **argv)
{
    static const struct option opts[] = {{"limit", required_argument, NULL, 'n'},
                                         CLI_SOURCE_OPTIONS,
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_source src = {0};
    size_t limit = 10;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:r:m:n:h", opts, NULL)) != -1) {
        int r = cli_source_option(&src, c, optarg);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        switch (c) {
        case 'n':
            if (cli_count("related", "-n", optarg, 0, &limit) != 0)
                return EXIT_USAGE;
            break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_errorf("related: which identifier?");
        help(stderr);
        return EXIT_USAGE;
    }
    const char *id = argv[optind++];
    cg_graph *g = NULL;
    int problems = 0;
    int rc = cli_open_graph(&g, &src, argv + optind, (size_t)(argc - optind), &problems);
    if (rc != EXIT_OK)
        return rc;
    size_t node = cli_find(g, id);
    if (node == CG_NONE) {
        cg_graph_free(g);
        return EXIT_INPUT;
    }
    cg_node_view self;
    cg_graph_node_view(g, node, &self);
    int letter = self.kind == CG_KIND_LETTER && self.in_corpus;
    cg_related *rows = NULL;
    size_t n = cg_graph_related(g, node, limit, &rows);
    if (src.json) {
        json_t *arr = json_array();
        for (size_t k = 0; k < n; k++) {
            cg_node_view v;
            cg_graph_node_view(g, rows[k].node, &v);
            json_array_append_new(arr, json_pack("{s:s, s:s, s:I, s:s}", "id", v.name, "kind",
                                                 cg_kind_name(v.kind), letter ? "shared" : "together",
                                                 (json_int_t)rows[k].together,
                                                 letter ? "references" : "letters", rows[k].shared));
        }
        json_t *o = json_pack("{s:s, s:s, s:o}", "id", self.name, "relation",
                              letter ? "bibliographic-coupling" : "co-citation", "related", arr);
        json_dumpf(o, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
        json_decref(o);
    } else {
        printf("%s: %s\n", self.name,
               letter ? "letters sharing references with it (bibliographic coupling)"
                      : "cited together with it (co-citation)");
        size_t wid = 2;
        for (size_t k = 0; k < n; k++) {
            cg_node_view v;
            cg_graph_node_view(g, rows[k].node, &v);
            if (cg_utf8_width(v.name) > wid)
                wid = cg_utf8_width(v.name);
        }
        for (size_t k = 0; k < n; k++) {
            cg_node_view v;
            cg_graph_node_view(g, rows[k].node, &v);
            printf("%4ld  ", rows[k].together);
            cli_pad(v.name, wid);
            printf("  %s\n", rows[k].shared);
        }
    }
    cg_related_free(rows, n);
    cg_graph_free(g);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}
