/* cli_build.c: `citegraph build PATH... [-o OUT.graphml]`. */
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
          "  -o, --output FILE     write here (through a temporary file renamed into\n"
          "                        place); default: standard output\n"
          "  -r, --registry FILE   add instruments, cases and reporters (JSON, same\n"
          "                        layout as src/data/registry.json); repeatable\n"
          "  -f, --format FORMAT   graphml (default), gexf, json, jsonl, csv (-o is then a\n"
          "                        folder), dot; see `citegraph export --help`\n"
          "  -m, --manifest FILE   file name -> symbol, date, sender, language (JSON\n"
          "                        or CSV): what a catalogue knows beats the header\n"
          "      --json            print a summary as JSON on standard output\n"
          "      --strict          any input problem is a failure: nothing is written\n" CLI_FOLLOW_SPECIAL_HELP
          "  -q, --quiet           no progress and no summary on standard error\n"
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 all inputs went through; 1 some inputs had problems (each is\n"
          "reported as citegraph: FILE:LINE:COL: message, the others are in the graph)\n"
          "or the output could not be written; 2 usage error.\n",
          fp);
}

int cli_build(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"registry", required_argument, NULL, 'r'}, {"manifest", required_argument, NULL, 'm'},
        {"json", no_argument, NULL, 'j'},         {"quiet", no_argument, NULL, 'q'},
        {"format", required_argument, NULL, 'f'}, {"gexf-version", required_argument, NULL, 'G'},
        {"strict", no_argument, NULL, 'S'}, {"follow-special", no_argument, NULL, CLI_OPT_FOLLOW_SPECIAL},
        {"help", no_argument, NULL, 'h'},         {NULL, 0, NULL, 0}};
    const char *output = "-";
    char *regs[32];
    size_t nregs = 0;
    const char *manifest_path = NULL, *format = "graphml";
    int gexf12 = 0, strict = 0;
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
    cg_registry *reg = NULL;
    int rc = cli_registry(&reg, regs, nregs);
    if (rc != EXIT_OK)
        return rc;
    cg_manifest *manifest = NULL;
    if ((rc = cli_manifest(&manifest, manifest_path)) != EXIT_OK) {
        cg_registry_free(reg);
        return rc;
    }
    int problems = 0;
    cli_files files = {0};
    cli_collect(&files, argv + optind, (size_t)(argc - optind), &problems);
    cg_graph *g = NULL;
    problems += cli_scan_into(&g, reg, manifest, &files, quiet);
    cg_manifest_free(manifest);
    int write_failed = 0;
    if (strict && problems) {
        cli_errorf("%d input%s had problems: nothing written (--strict)", problems,
                   problems == 1 ? "" : "s");
        write_failed = 1;
    } else {
        write_failed = cli_write_format(g, format, gexf12, output) != EXIT_OK;
    }
    size_t scanned = files.n;
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
    cg_registry_free(reg);
    cli_files_free(&files);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("cannot write to standard output");
        return EXIT_INPUT;
    }
    return problems || write_failed ? EXIT_INPUT : EXIT_OK;
}
