/* cmd_build.c: `citegraph build PATH... [-o OUT.graphml]`. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph build [options] PATH...\n"
          "\n"
          "Scans letters (files, folders searched recursively for .txt, .md and .html,\n"
          "or - for standard input) and writes their citation graph as GraphML.\n"
          "UTF-8, UTF-16 and UTF-32 (with or without BOM) and GB18030 are read.\n"
          "\n"
          "  -o, --output FILE     write here; default: standard output.  A file is\n"
          "                        replaced only when the new one is complete (owner,\n"
          "                        group and mode kept; a link's target is replaced);\n"
          "                        devices and FIFOs are written to; checked before\n"
          "                        scanning; never one of the inputs\n"
          "  -r, --registry FILE   add instruments, cases and reporters (JSON, same\n"
          "                        layout as src/data/registry.json); repeatable\n"
          "  -f, --format FORMAT   graphml (default), gexf, json, jsonl, csv (-o is then a\n"
          "                        folder, or NAME.csv for NAME.nodes.csv and\n"
          "                        NAME.edges.csv), dot; see `citegraph export --help`\n"
          "  -m, --manifest FILE   file name -> symbol, date, sender, language (JSON\n"
          "                        or CSV): what a catalogue knows beats the header\n"
          "      --json            print a summary as JSON on standard output\n"
          "      --strict          any input problem is a failure: nothing is written\n"
          "      --allow-empty     write the graph even when no letter was read (else\n"
          "                        that is an error and the output is not touched)\n"
          CLI_FOLLOW_SPECIAL_HELP
          "  -q, --quiet           no progress and no summary on standard error\n"
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 all inputs went through; 1 some inputs had problems (each is\n"
          "reported as citegraph: FILE:LINE:COL: message, the others are in the graph),\n"
          "no letter was read, or the output could not be written; 2 usage error.\n",
          fp);
}

int cli_build(int argc, char **argv)
{
    enum { OPT_ALLOW_EMPTY = 256 };
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"registry", required_argument, NULL, 'r'}, {"manifest", required_argument, NULL, 'm'},
        {"json", no_argument, NULL, 'j'},         {"quiet", no_argument, NULL, 'q'},
        {"format", required_argument, NULL, 'f'}, {"gexf-version", required_argument, NULL, 'G'},
        {"strict", no_argument, NULL, 'S'},       {"allow-empty", no_argument, NULL, OPT_ALLOW_EMPTY},
        {"follow-special", no_argument, NULL, CLI_OPT_FOLLOW_SPECIAL},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
    const char *output = "-";
    char *regs[32];
    size_t nregs = 0;
    const char *manifest_path = NULL, *format = "graphml";
    int gexf12 = 0, strict = 0, allow_empty = 0;
    int json = 0, quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:r:m:f:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': output = optarg; break;
        case 'r':
            if (nregs == 32) {
                cli_errorf("build: at most 32 --registry files");
                return EXIT_USAGE;
            }
            regs[nregs++] = optarg;
            break;
        case 'j': json = 1; break;
        case 'm': manifest_path = optarg; break;
        case 'f': format = optarg; break;
        case 'G': gexf12 = strcmp(optarg, "1.2") == 0; break;
        case 'S': strict = 1; break;
        case OPT_ALLOW_EMPTY: allow_empty = 1; break;
        case CLI_OPT_FOLLOW_SPECIAL: cli_follow_special = 1; break;
        case 'q': quiet = 1; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_errorf("build: no PATH given");
        help(stderr);
        return EXIT_USAGE;
    }
    if (json && strcmp(output, "-") == 0) {
        cli_errorf("build: --json needs -o FILE (standard output carries the summary)");
        return EXIT_USAGE;
    }
    /* where the graph goes, checked before anything is read */
    cli_outputs outs;
    int rc = cli_outputs_plan(&outs, format, gexf12, output);
    if (rc != EXIT_OK)
        return rc;
    outs.quiet = quiet;
    int problems = 0;
    size_t scanned = 0;
    cg_graph *g = NULL;
    char **paths = argv + optind;
    size_t npaths = (size_t)(argc - optind);
    rc = cli_scan_for_output(&g, &outs, regs, nregs, manifest_path, paths, npaths, quiet, &problems,
                             &scanned);
    if (rc != EXIT_OK) {
        cli_outputs_free(&outs);
        return rc;
    }
    int write_failed = 0;
    if (strict && problems) {
        cli_errorf("%d input%s had problems: nothing written (--strict)", problems,
                   problems == 1 ? "" : "s");
        write_failed = 1;
    } else if (cli_require_letters(g, paths, npaths, scanned, &outs, allow_empty) != EXIT_OK) {
        write_failed = 1;
    } else {
        write_failed = cli_outputs_write(&outs, g) != EXIT_OK;
    }
    cli_outputs_free(&outs);
    if (json) {
        json_t *o = json_pack("{s:s, s:I, s:I, s:I, s:I, s:b}", "output", output,
                              "files", (json_int_t)scanned, "problems", (json_int_t)problems,
                              "nodes", (json_int_t)cg_graph_node_count(g), "edges",
                              (json_int_t)cg_graph_edge_count(g), "written", !write_failed);
        json_dumpf(o, stdout, JSON_INDENT(2) | JSON_SORT_KEYS);
        fputc('\n', stdout);
        json_decref(o);
    } else if (!quiet && strcmp(output, "-") != 0) {
        fprintf(stderr, "citegraph: %zu file%s, %zu nodes, %zu edges%s%s%s\n", scanned,
                scanned == 1 ? "" : "s", cg_graph_node_count(g), cg_graph_edge_count(g),
                write_failed ? "" : " -> ", write_failed ? "" : output,
                problems ? " (some inputs had problems, see above)" : "");
    }
    cg_graph_free(g);
    /* (a failed write to standard output has been reported already) */
    if (!(write_failed && strcmp(output, "-") == 0) && (fflush(stdout) != 0 || ferror(stdout))) {
        cli_errorf("cannot write to standard output");
        return EXIT_INPUT;
    }
    return problems || write_failed ? EXIT_INPUT : EXIT_OK;
}
