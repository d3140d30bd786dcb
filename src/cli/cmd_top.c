/* cmd_top.c: `citegraph top`: the most-cited instruments and documents. */
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
          "The most-cited instruments and documents, with who cites them\n"
          "(\"ARM 3 · AZE 2\"); one cited by more than one sender is marked contested.\n"
          "Articles count for their instrument unless --articles.\n"
          "\n"
          "  -n, --limit N         rows (default 10; 0 for all)\n"
          "      --kind KIND       only this kind (sc-resolution, ga-resolution, document,\n"
          "                        instrument, article, title, case, url)\n"
          "      --sender ISO3     count only the letters of this sender\n"
          "      --since DATE      count only letters dated on or after DATE (YYYY[-MM[-DD]])\n"
          "      --until DATE      count only letters dated on or before DATE\n"
          "      --by WHAT         rank by letters (default), mentions or pagerank\n"
          "      --articles        rank articles themselves\n"
          "      --urls            let web references take part\n" CLI_SOURCE_HELP
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok; 1 the graph or some inputs had problems; 2 usage error.\n",
          fp);
}

enum { OPT_KIND = 256, OPT_SENDER, OPT_SINCE, OPT_UNTIL, OPT_BY };

int cli_top(int argc, char **argv)
{
    static const struct option opts[] = {
        {"limit", required_argument, NULL, 'n'}, {"articles", no_argument, NULL, 'a'},
        {"urls", no_argument, NULL, 'u'},        {"kind", required_argument, NULL, OPT_KIND},
        {"sender", required_argument, NULL, OPT_SENDER},
        {"since", required_argument, NULL, OPT_SINCE},
        {"until", required_argument, NULL, OPT_UNTIL},
        {"by", required_argument, NULL, OPT_BY}, CLI_SOURCE_OPTIONS,
        {"help", no_argument, NULL, 'h'},        {NULL, 0, NULL, 0}};
    cli_source src = {0};
    cg_top_options o = {10, 0, 0, -1, NULL, NULL, NULL, 0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:n:r:m:h", opts, NULL)) != -1) {
        int r = cli_source_option(&src, c, optarg);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        switch (c) {
        case 'n':
            if (cli_count("top", "-n", optarg, 0, &o.limit) != 0)
                return EXIT_USAGE;
            break;
        case 'a': o.articles = 1; break;
        case 'u': o.include_urls = 1; break;
        case OPT_KIND: {
            cg_kind k;
            if (cg_kind_parse(&k, optarg) != 0 || k == CG_KIND_LETTER) {
                cli_errorf("top: unknown kind '%s'", optarg);
                return EXIT_USAGE;
            }
            o.kind = (int)k;
            if (k == CG_KIND_ARTICLE)
                o.articles = 1;
            if (k == CG_KIND_URL)
                o.include_urls = 1;
            break;
        }
        case OPT_SENDER: o.sender = optarg; break;
        case OPT_SINCE: o.since = optarg; break;
        case OPT_UNTIL: o.until = optarg; break;
        case OPT_BY:
            if (!strcmp(optarg, "letters"))
                o.by = 0;
            else if (!strcmp(optarg, "mentions"))
                o.by = 1;
            else if (!strcmp(optarg, "pagerank"))
                o.by = 2;
            else {
                cli_errorf("top: --by takes letters, mentions or pagerank, not '%s'", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    cg_graph *g = NULL;
    int problems = 0;
    int rc = cli_open_graph(&g, &src, argv + optind, (size_t)(argc - optind), &problems);
    if (rc != EXIT_OK) {
        if (rc == EXIT_USAGE)
            help(stderr);
        return rc;
    }
    cg_top *t = NULL;
    cg_error err = {0};
    if (cg_graph_top(&t, g, &o, &err) != CG_OK) {
        cli_error(&err);
        cg_graph_free(g);
        return EXIT_INPUT;
    }
    size_t n = cg_top_count(t);
    if (src.json) {
        json_t *arr = json_array();
        for (size_t k = 0; k < n; k++) {
            const cg_top_row *r = cg_top_row_at(t, k);
            json_array_append_new(
                arr, json_pack("{s:i, s:s, s:s, s:s, s:I, s:I, s:f, s:s, s:b}", "rank", (int)k + 1,
                               "id", r->id, "label", r->label ? r->label : r->id, "kind",
                               cg_kind_name(r->kind), "letters", (json_int_t)r->letters,
                               "mentions", (json_int_t)r->mentions, "pagerank", r->pagerank,
                               "senders", r->senders, "contested", r->contested));
        }
        json_dumpf(arr, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
        json_decref(arr);
    } else {
        size_t wid = 2, sw = 8;
        for (size_t k = 0; k < n; k++) {
            const cg_top_row *r = cg_top_row_at(t, k);
            if (cg_utf8_width(r->id) > wid)
                wid = cg_utf8_width(r->id);
            if (cg_utf8_width(r->senders) > sw)
                sw = cg_utf8_width(r->senders);
        }
        printf("%4s  %7s  %8s  ", "rank", "letters", "mentions");
        cli_pad("id", wid);
        fputs("  ", stdout);
        cli_pad("cited by", sw);
        printf("  %s\n", "label");
        for (size_t k = 0; k < n; k++) {
            const cg_top_row *r = cg_top_row_at(t, k);
            printf("%4zu  %7ld  %8ld  ", k + 1, r->letters, r->mentions);
            cli_pad(r->id, wid);
            fputs("  ", stdout);
            cli_pad(r->senders, sw);
            printf("  %s%s\n", r->label && strcmp(r->label, r->id) ? r->label : "",
                   r->contested ? "  [contested]" : "");
        }
    }
    cg_top_free(t);
    cg_graph_free(g);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}
