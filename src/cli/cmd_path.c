/* cmd_path.c: `citegraph path A B`: the shortest citation paths. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph path [options] A B (-g GRAPH | PATH...)\n"
          "\n"
          "The shortest citation paths from A to B, following citations (a letter\n"
          "to what it cites, an article to its instrument).  When there is none,\n"
          "the shortest paths ignoring direction (\"A and B are both cited by ...\").\n"
          "\n" CLI_SOURCE_HELP
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok (also when no path exists); 1 unknown identifier, or the\n"
          "graph or some inputs had problems; 2 usage error.\n",
          fp);
}

int cli_path(int argc, char **argv)
{
    static const struct option opts[] = {CLI_SOURCE_OPTIONS, {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_source src = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:r:m:h", opts, NULL)) != -1) {
        int r = cli_source_option(&src, c, optarg);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        if (c == 'h') {
            help(stdout);
            return EXIT_OK;
        }
        help(stderr);
        return EXIT_USAGE;
    }
    if (argc - optind < 2) {
        cli_errorf("path: two identifiers needed");
        help(stderr);
        return EXIT_USAGE;
    }
    const char *a = argv[optind], *b = argv[optind + 1];
    optind += 2;
    cg_graph *g = NULL;
    int problems = 0;
    int rc = cli_open_graph(&g, &src, argv + optind, (size_t)(argc - optind), &problems);
    if (rc != EXIT_OK)
        return rc;
    size_t na = cli_find(g, a), nb = na == CG_NONE ? CG_NONE : cli_find(g, b);
    if (na == CG_NONE || nb == CG_NONE) {
        cg_graph_free(g);
        return EXIT_INPUT;
    }
    size_t **paths = NULL, *lens = NULL, np = 0;
    int undirected = 0;
    cg_error err = {0};
    if (cg_graph_paths(g, na, nb, 1, &paths, &lens, &np, &undirected, &err) != CG_OK) {
        cli_error(&err);
        cg_graph_free(g);
        return EXIT_INPUT;
    }
    json_t *arr = src.json ? json_array() : NULL;
    if (!src.json) {
        if (!np)
            printf("no path between %s and %s\n", a, b);
        else
            printf("%zu shortest path%s of %zu step%s%s\n", np, np == 1 ? "" : "s", lens[0] - 1,
                   lens[0] == 2 ? "" : "s", undirected ? ", ignoring direction" : "");
    }
    for (size_t k = 0; k < np; k++) {
        json_t *p = src.json ? json_array() : NULL;
        for (size_t q = 0; q < lens[k]; q++) {
            cg_node_view v;
            cg_graph_node_view(g, paths[k][q], &v);
            if (src.json)
                json_array_append_new(p, json_string(v.name));
            else
                printf("%s%s", q ? (undirected ? " — " : " -> ") : "  ", v.name);
        }
        if (src.json)
            json_array_append_new(arr, p);
        else
            putchar('\n');
        free(paths[k]);
    }
    free(paths);
    free(lens);
    if (src.json) {
        json_t *o = json_pack("{s:s, s:s, s:b, s:o}", "from", a, "to", b, "directed", !undirected,
                              "paths", arr);
        json_dumpf(o, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
        json_decref(o);
    }
    cg_graph_free(g);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}
