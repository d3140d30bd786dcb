/* cmd_find.c: `citegraph find WORDS...`: the nodes whose identifiers,
 * labels or titles hold the words, in any language. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static long limit = 20;
static cli_list args;

static const cli_opt_spec opts[] = {
    {CLI_OPT_NUMBER, "limit", 'n', &limit, "N", "rows to show (default 20; 0 for all)", NULL, 0,
     NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "WORDS", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    CLI_GRAPH_GROUPS,
    CLI_END,
};

static const char *const usage[] = {"[options] WORDS... (-g GRAPH | PATH...)", NULL};

static const cli_example examples[] = {
    {"citegraph find -g graph.graphml charter", "every node whose id, label or title holds a word starting charter"},
    {"citegraph find -g graph.graphml 联合国宪章", "the same in Chinese (matched as a substring)"},
    {"citegraph find -g graph.graphml --kind letter armenia 2021",
     "Armenia's letters of 2021 (words of their titles and ids)"},
    {NULL, NULL},
};

/* Without -g, the trailing arguments that name files or folders are the
 * PATHs to scan; the others are the words. */
static size_t words_end(void)
{
    if (cli_src.graph)
        return args.n;
    size_t k = args.n;
    struct stat st;
    while (k > 1 && (strcmp(args.v[k - 1], "-") == 0 || stat(args.v[k - 1], &st) == 0))
        k--;
    return k;
}

static int run(void)
{
    size_t nw = words_end();
    int blank = 1;
    for (size_t k = 0; k < nw; k++)
        if (args.v[k][strspn(args.v[k], " \t\n")])
            blank = 0;
    if (!nw || blank)
        return cli_usage("which words? (citegraph find -g graph.graphml charter)");
    cli_graph cg;
    int rc = cli_graph_open(&cg, args.v + nw, args.n - nw, 1);
    if (rc != EXIT_OK) {
        cli_graph_close(&cg);
        return rc;
    }
    cg_buf q = {0};
    for (size_t k = 0; k < nw; k++)
        cg_buf_printf(&q, "%s%s", k ? " " : "", args.v[k]);
    size_t *hits = NULL;
    size_t n = cg_graph_search(&hits, cg.g, cg.reg, q.s);
    /* what the words name as a reference, when the search does not list it */
    cg_match how;
    size_t named = cg_graph_resolve(&how, NULL, cg.g, cg.reg, q.s);
    if (named != CG_NONE) {
        size_t k = 0;
        while (k < n && hits[k] != named)
            k++;
        if (k == n) {
            hits = cg_xrealloc(hits, (n + 1) * sizeof *hits);
            memmove(hits + 1, hits, n * sizeof *hits);
            hits[0] = named;
            n++;
        }
    }
    size_t shown = limit && (size_t)limit < n ? (size_t)limit : n;
    if (cli_json) {
        json_t *arr = json_array();
        for (size_t k = 0; k < shown; k++) {
            cg_node_view v;
            cg_graph_node_view(cg.g, hits[k], &v);
            json_t *o = json_object();
            json_object_set_new(o, "id", cli_json_str(v.name));
            json_object_set_new(o, "kind", json_string(cg_kind_name(v.kind)));
            json_object_set_new(o, "label", cli_json_str(v.label ? v.label : v.name));
            json_object_set_new(o, "title", cli_json_str(v.title));
            json_object_set_new(o, "in_degree", json_integer(v.in_degree));
            json_object_set_new(o, "in_corpus", json_boolean(v.in_corpus));
            json_array_append_new(arr, o);
        }
        json_t *o = json_object();
        json_object_set_new(o, "words", cli_json_str(q.s));
        cg_node_view nv;
        json_object_set_new(o, "named",
                            named != CG_NONE && cg_graph_node_view(cg.g, named, &nv) == 0
                                ? cli_json_str(nv.name)
                                : json_null());
        json_object_set_new(o, "count", json_integer((json_int_t)n));
        json_object_set_new(o, "matches", arr);
        cli_json_print(o);
    } else {
        size_t W = cli_width(), idw = 2, kw = 4;
        for (size_t k = 0; k < shown; k++) {
            cg_node_view v;
            cg_graph_node_view(cg.g, hits[k], &v);
            size_t a = cg_utf8_width(v.name), b = strlen(cg_kind_name(v.kind));
            idw = a > idw ? a : idw;
            kw = b > kw ? b : kw;
        }
        if (idw > W / 2)
            idw = W / 2;
        cg_buf b = {0};
        for (size_t k = 0; k < shown; k++) {
            cg_node_view v;
            cg_graph_node_view(cg.g, hits[k], &v);
            cli_fit(&b, v.name, idw, 1, CLI_BOLD);
            cg_buf_puts(&b, "  ");
            cli_fit(&b, cg_kind_name(v.kind), kw, 1, CLI_DIM);
            cg_buf_printf(&b, "  %5ld  ", v.in_degree);
            size_t used = idw + 2 + kw + 2 + 7;
            const char *label = v.label && strcmp(v.label, v.name) ? v.label : v.title ? v.title : "";
            /* the label has what is left of the width: cut, or left out
             * when not even a few columns are left (the row never runs
             * over; find -n 1 --json gives it whole) */
            if (W >= used + 4)
                cli_fit(&b, label, W - used, 0, CLI_PLAIN);
            while (b.len && b.s[b.len - 1] == ' ')
                b.s[--b.len] = '\0';
            cg_buf_putc(&b, '\n');
        }
        if (n > shown)
            cg_buf_printf(&b, "(%zu more: -n 0 lists them all)\n", n - shown);
        cli_flush(&b);
        if (!n)
            cli_errorf("find: no node holds '%s' (ids, symbols, labels and titles are searched; "
                       "words match at their start, Chinese anywhere)",
                       q.s);
    }
    free(hits);
    cg_buf_free(&q);
    int problems = cg.problems;
    cli_graph_close(&cg);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}

const cli_cmd cli_cmd_find = {
    "find",
    "the nodes whose ids, labels or titles hold some words",
    usage,
    "Lists the nodes whose identifier, symbols, label or title (and the registry's names of an "
    "instrument or a case, in every language) hold every word given: id, kind, the letters "
    "citing it, label; the most cited first.  Words match at the start of a word, with case and "
    "accents folded (charter finds Charter, resolu finds résolution); Chinese matches anywhere "
    "(宪章 finds 联合国宪章).  A reference as letters write it (resolution 822 (1993), the "
    "Charter) is listed first.  Without -g, the last arguments that are files or folders are "
    "the letters to scan.",
    opts,
    examples,
    "the graph cannot be read, or some letters scanned had problems (no match is not an error: "
    "standard error says so)",
    run,
};
