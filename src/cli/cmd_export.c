/* cmd_export.c: `citegraph export`: the graph in another format. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph export [options] --format FORMAT -o OUT (-g GRAPH | PATH...)\n"
          "\n"
          "Writes the graph as graphml, gexf (GEXF 1.3 with a timeline, colours and\n"
          "sizes), json (node-link: networkx, d3), jsonl (one line per mention, with\n"
          "file, line, byte offsets and sentence), csv (OUT is a folder: nodes.csv and\n"
          "edges.csv for Gephi's spreadsheet import; OUT.csv gives OUT.nodes.csv and\n"
          "OUT.edges.csv) or dot (Graphviz).\n"
          "\n"
          "  -f, --format FORMAT   graphml, gexf, json, jsonl, csv, dot\n"
          "      --gexf-version V  1.3 (default) or 1.2 (1.2draft, for networkx)\n"
          "  -o, --output OUT      file (folder or NAME.csv for csv); - for standard\n"
          "                        output; written as `citegraph build -o` writes\n" CLI_SOURCE_HELP
          "      --allow-empty     when scanning PATHs, write even if no letter was read\n"
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok; 1 the graph, some inputs or the output had problems (or\n"
          "no letter was read); 2 usage error.\n",
          fp);
}

int cli_export(int argc, char **argv)
{
    enum { OPT_GEXF_VERSION = 256, OPT_ALLOW_EMPTY };
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"gexf-version", required_argument, NULL, OPT_GEXF_VERSION},
                                         {"allow-empty", no_argument, NULL, OPT_ALLOW_EMPTY},
                                         CLI_SOURCE_OPTIONS,
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_source src = {0};
    const char *format = NULL, *out = NULL;
    int gexf12 = 0, allow_empty = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:r:m:f:o:h", opts, NULL)) != -1) {
        int r = cli_source_option(&src, c, optarg);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        switch (c) {
        case 'f': format = optarg; break;
        case 'o': out = optarg; break;
        case OPT_GEXF_VERSION:
            if (strcmp(optarg, "1.2") && strcmp(optarg, "1.3")) {
                cli_errorf("export: --gexf-version takes 1.2 or 1.3");
                return EXIT_USAGE;
            }
            gexf12 = strcmp(optarg, "1.2") == 0;
            break;
        case OPT_ALLOW_EMPTY: allow_empty = 1; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (!format || !out) {
        cli_errorf("export: --format and -o are needed");
        help(stderr);
        return EXIT_USAGE;
    }
    char **paths = argv + optind;
    size_t npaths = (size_t)(argc - optind);
    if ((src.graph != NULL) == (npaths > 0)) {
        cli_errorf("give either -g GRAPH or PATHs to scan");
        return EXIT_USAGE;
    }
    /* where the graph goes, checked before anything is read */
    cli_outputs outs;
    int rc = cli_outputs_plan(&outs, format, gexf12, out);
    if (rc != EXIT_OK)
        return rc;
    cg_graph *g = NULL;
    int problems = 0;
    if (src.graph) {
        const char *more[1] = {src.graph};
        rc = cli_outputs_not_inputs(&outs, NULL, more, 1);
        if (rc == EXIT_OK)
            rc = cli_open_graph(&g, &src, NULL, 0, &problems);
    } else {
        size_t nfiles = 0;
        rc = cli_scan_for_output(&g, &outs, src.regs, src.nregs, src.manifest, paths, npaths, 0,
                                 &problems, &nfiles);
        if (rc == EXIT_OK)
            rc = cli_require_letters(g, paths, npaths, nfiles, &outs, allow_empty);
    }
    if (rc == EXIT_OK)
        rc = cli_outputs_write(&outs, g);
    cli_outputs_free(&outs);
    cg_graph_free(g);
    if (rc == EXIT_OK && problems)
        rc = EXIT_INPUT;
    if (rc != EXIT_OK && strcmp(out, "-") == 0)
        return rc; /* a failed write to standard output has been reported */
    return cli_finish_stdout(rc);
}
