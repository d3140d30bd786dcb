/* cli_top.c: `citegraph top [-g GRAPH | PATH...] [-n N] [--json]`. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph top [options] (-g GRAPH | PATH...)\n"
          "\n"
          "The most-cited instruments and documents: by citing letters, then\n"
          "mentions.  Articles count for their instrument unless --articles.\n"
          "\n"
          "  -g, --graph FILE      a graph written by `citegraph build`\n"
          "  -n, --limit N         rows (default 10; 0 for all)\n"
          "      --articles        rank articles themselves\n"
          "      --urls            let web references take part\n"
          "  -r, --registry FILE   add registry entries when scanning PATHs\n"
          "  -m, --manifest FILE   file name -> symbol, date, sender (JSON or CSV)\n"
          "      --json            machine-readable output\n"
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok; 1 the graph or some inputs had problems; 2 usage error.\n",
          fp);
}

int cli_top(int argc, char **argv)
{
    static const struct option opts[] = {
        {"graph", required_argument, NULL, 'g'}, {"limit", required_argument, NULL, 'n'},
        {"articles", no_argument, NULL, 'a'},    {"urls", no_argument, NULL, 'u'},
        {"registry", required_argument, NULL, 'r'}, {"manifest", required_argument, NULL, 'm'}, {"json", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},        {NULL, 0, NULL, 0}};
    const char *graph = NULL;
    cg_top_options o = {10, 0, 0};
    char *regs[32];
    size_t nregs = 0;
    const char *manifest_path = NULL;
    int json = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:n:r:m:h", opts, NULL)) != -1) {
        switch (c) {
        case 'g': graph = optarg; break;
        case 'n': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 0) {
                cli_errorf("top: -n takes a whole number, not '%s'", optarg);
                return EXIT_USAGE;
            }
            o.limit = (size_t)v;
            break;
        }
        case 'a': o.articles = 1; break;
        case 'u': o.include_urls = 1; break;
        case 'r':
            if (nregs < 32)
                regs[nregs++] = optarg;
            break;
        case 'j': json = 1; break;
        case 'm': manifest_path = optarg; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if ((graph != NULL) == (optind < argc)) {
        cli_errorf("top: give either -g GRAPH or PATHs to scan");
        help(stderr);
        return EXIT_USAGE;
    }
    cg_graph *g = NULL;
    int problems = 0;
    cg_error err = {0};
    if (graph) {
        if (cg_graph_load_graphml(&g, graph, &err) != CG_OK) {
            cli_error(&err);
            return EXIT_INPUT;
        }
    } else {
        cg_registry *reg = NULL;
        int rc = cli_registry(&reg, regs, nregs);
        if (rc != EXIT_OK)
            return rc;
        cg_manifest *manifest = NULL;
        if ((rc = cli_manifest(&manifest, manifest_path)) != EXIT_OK) {
            cg_registry_free(reg);
            return rc;
        }
        cli_files files = {0};
        cli_collect(&files, argv + optind, (size_t)(argc - optind), &problems);
        problems += cli_scan_into(&g, reg, manifest, &files, 0);
        cg_manifest_free(manifest);
        cli_files_free(&files);
        cg_registry_free(reg);
    }
    cg_top *t = NULL;
    if (cg_graph_top(&t, g, &o, &err) != CG_OK) {
        cli_error(&err);
        cg_graph_free(g);
        return EXIT_INPUT;
    }
    size_t n = cg_top_count(t);
    if (json) {
        json_t *arr = json_array();
        for (size_t k = 0; k < n; k++) {
            const cg_top_row *r = cg_top_row_at(t, k);
            json_array_append_new(
                arr, json_pack("{s:i, s:s, s:s, s:s, s:I, s:I, s:f, s:s}", "rank", (int)k + 1,
                               "id", r->id, "label", r->label ? r->label : r->id, "kind",
                               cg_kind_name(r->kind), "letters", (json_int_t)r->letters,
                               "mentions", (json_int_t)r->mentions, "pagerank", r->pagerank,
                               "senders", r->senders));
        }
        json_dumpf(arr, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
        json_decref(arr);
    } else {
        size_t wid = 2;
        for (size_t k = 0; k < n; k++) {
            size_t w = cg_utf8_width(cg_top_row_at(t, k)->id);
            if (w > wid)
                wid = w;
        }
        printf("%4s  %7s  %8s  ", "rank", "letters", "mentions");
        cli_pad("id", wid);
        printf("  %-14s  %s\n", "cited by", "label");
        for (size_t k = 0; k < n; k++) {
            const cg_top_row *r = cg_top_row_at(t, k);
            printf("%4zu  %7ld  %8ld  ", k + 1, r->letters, r->mentions);
            cli_pad(r->id, wid);
            fputs("  ", stdout);
            cli_pad(r->senders, 14);
            printf("  %s\n", r->label && strcmp(r->label, r->id) ? r->label : "");
        }
    }
    cg_top_free(t);
    cg_graph_free(g);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("cannot write to standard output");
        return EXIT_INPUT;
    }
    return problems ? EXIT_INPUT : EXIT_OK;
}
