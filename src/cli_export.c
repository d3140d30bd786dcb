/* cli_export.c: `citegraph export`: the graph in another format. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "util.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph export [options] --format FORMAT -o OUT (-g GRAPH | PATH...)\n"
          "\n"
          "Writes the graph as graphml, gexf (GEXF 1.3 with a timeline, colours and\n"
          "sizes), json (node-link: networkx, d3), jsonl (one line per mention, with\n"
          "file, line, byte offsets and sentence), csv (OUT is a folder: nodes.csv and\n"
          "edges.csv for Gephi's spreadsheet import) or dot (Graphviz).\n"
          "\n"
          "  -f, --format FORMAT   graphml, gexf, json, jsonl, csv, dot\n"
          "      --gexf-version V  1.3 (default) or 1.2 (1.2draft, for networkx)\n"
          "  -o, --output OUT      file (folder for csv); - for standard output\n" CLI_SOURCE_HELP
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok; 1 the graph, some inputs or the output had problems;\n"
          "2 usage error.\n",
          fp);
}

int cli_write_format(const cg_graph *g, const char *format, int gexf12, const char *out)
{
    cg_error err = {0};
    if (strcmp(format, "csv") == 0) {
        if (strcmp(out, "-") == 0) {
            cli_errorf("csv writes two files: -o takes a folder");
            return EXIT_USAGE;
        }
        if (mkdir(out, 0777) != 0 && errno != EEXIST) {
            cli_errorf("%s: cannot create the folder: %s", out, strerror(errno));
            return EXIT_INPUT;
        }
        char *nodes = cg_xsprintf("%s/nodes.csv", out), *edges = cg_xsprintf("%s/edges.csv", out);
        int rc = EXIT_OK;
        if (cg_graph_save(g, CG_OUTPUT_CSV_NODES, nodes, &err) != CG_OK ||
            cg_graph_save(g, CG_OUTPUT_CSV_EDGES, edges, &err) != CG_OK) {
            cli_error(&err);
            rc = EXIT_INPUT;
        }
        free(nodes);
        free(edges);
        return rc;
    }
    cg_output f;
    if (cg_output_parse(&f, format) != 0) {
        cli_errorf("unknown format '%s' (graphml, gexf, json, jsonl, csv, dot)", format);
        return EXIT_USAGE;
    }
    if (f == CG_OUTPUT_GEXF && gexf12)
        f = CG_OUTPUT_GEXF_1_2;
    if (cg_graph_save(g, f, out, &err) != CG_OK) {
        cli_error(&err);
        return EXIT_INPUT;
    }
    return EXIT_OK;
}

int cli_export(int argc, char **argv)
{
    enum { OPT_GEXF_VERSION = 256 };
    static const struct option opts[] = {{"format", required_argument, NULL, 'f'},
                                         {"output", required_argument, NULL, 'o'},
                                         {"gexf-version", required_argument, NULL, OPT_GEXF_VERSION},
                                         CLI_SOURCE_OPTIONS,
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_source src = {0};
    const char *format = NULL, *out = NULL;
    int gexf12 = 0, c;
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
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (!format || !out) {
        cli_errorf("export: --format and -o are needed");
        help(stderr);
        return EXIT_USAGE;
    }
    cg_graph *g = NULL;
    int problems = 0;
    int rc = cli_open_graph(&g, &src, argv + optind, (size_t)(argc - optind), &problems);
    if (rc != EXIT_OK)
        return rc;
    rc = cli_write_format(g, format, gexf12, out);
    cg_graph_free(g);
    if (rc == EXIT_OK && problems)
        rc = EXIT_INPUT;
    return cli_finish_stdout(rc);
}
