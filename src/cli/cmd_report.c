/* cmd_report.c: `citegraph report`: the graph as one HTML page that opens
 * in any browser, offline (docs/report.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *output, *title;
static long top = -1;
static int allow_empty, json;
static cli_list args;

static const cli_opt_spec opts[] = {
    {CLI_OPT_VALUE, "output", 'o', &output, "OUT",
     "where the page goes (report.html); - for standard output; written as citegraph build writes",
     NULL, 0, NULL, "give one output (run report again for another page)", CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_VALUE, "title", 0, &title, "TEXT", "the page's title (default: Citation graph)", NULL, 0,
     NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_NUMBER, "top", 'n', &top, "N", "rows of the most-cited table (default 100)", NULL, 1, NULL,
     NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "allow-empty", 0, &allow_empty, NULL,
     "when scanning PATHs, write even if no letter was read", NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0,
     NULL},
    {CLI_OPT_SWITCH, "json", 0, &json, NULL,
     "a summary as one JSON document on standard output (docs/schemas/report.schema.json); needs "
     "-o FILE",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "PATH", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    CLI_GROUP("graph", "where the graph comes from", cli_graph_group),
    CLI_GROUP("filters", "filters", cli_filter_group),
    CLI_GROUP("labels", "labels", cli_label_group),
    CLI_END,
};

static const char *const usage[] = {"[options] -o OUT.html (-g GRAPH | PATH...)", NULL};

static const cli_example examples[] = {
    {"citegraph report tests/corpus/seeds -o report.html",
     "the sample letters as a page to open in a browser, offline"},
    {"citegraph report -g graph.graphml --label-lang en -o report.html",
     "labels in English where the registry or the label formats give one"},
    {"citegraph report -g graph.graphml --sender ARM,AZE --since 2020-09 -o conflict.html",
     "only the letters of Armenia and Azerbaijan since September 2020, and what they cite"},
    {NULL, NULL},
};

static int run(void)
{
    if (!output)
        return cli_usage("where to? give -o OUT.html (- for standard output)");
    if (json && strcmp(output, "-") == 0)
        return cli_usage("--json prints a summary on standard output: give -o FILE for the page");
    if (cli_src.graph && args.n)
        return cli_usage("give -g GRAPH or PATHs of letters to scan, not both");
    if (!cli_src.graph && !args.n)
        return cli_usage("which graph? give -g GRAPH (written by citegraph build) or PATHs of "
                         "letters to scan");
    cg_filter filter;
    int rc = cli_filter_make(&filter);
    if (rc != EXIT_OK)
        return rc;
    /* where the page goes, checked before anything is read */
    cli_outputs outs;
    rc = cli_outputs_plan(&outs, "graphml", 0, output);
    if (rc != EXIT_OK) {
        cli_filter_free(&filter);
        return rc;
    }
    cli_graph cg;
    memset(&cg, 0, sizeof cg);
    size_t nfiles = 0;
    if (cli_src.graph) {
        const char *more[1] = {cli_src.graph};
        rc = cli_outputs_not_inputs(&outs, NULL, more, 1);
        if (rc == EXIT_OK)
            rc = cli_graph_open(&cg, NULL, 0, 1);
    } else {
        cg_graph *g = NULL;
        rc = cli_scan_for_output(&g, &outs, cli_src.regs.v, cli_src.regs.n, cli_src.manifest, args.v,
                                 args.n, 0, &cg.problems, &nfiles);
        if (rc == EXIT_OK)
            rc = cli_require_letters(g, args.v, args.n, nfiles, &outs, allow_empty);
        cg.full = cg.g = g;
        cg.filter = filter;
        if (rc == EXIT_OK && !cg_filter_is_empty(&filter)) {
            cg_error err = {0};
            if (cg_graph_filter(&cg.g, g, &filter, &err) != CG_OK) {
                cg.g = g;
                cli_error(&err);
                rc = EXIT_INPUT;
            }
        }
        if (rc == EXIT_OK)
            cli_filter_note(&cg);
        memset(&filter, 0, sizeof filter); /* cg owns the strings now */
    }
    /* the registry gives the labels in every language */
    if (rc == EXIT_OK && !cg.reg)
        rc = cli_registry(&cg.reg, cli_src.regs.v, cli_src.regs.n);
    cg_report_options ro;
    memset(&ro, 0, sizeof ro);
    ro.language = cli_label_lang;
    ro.title = title;
    ro.reg = cg.reg;
    ro.top = top > 0 ? (size_t)top : 0;
    outs.report = &ro;
    int written = 0;
    if (rc == EXIT_OK) {
        rc = cli_outputs_write(&outs, cg.g);
        written = rc == EXIT_OK;
    }
    if (json && cg.g) {
        json_t *o = json_object();
        json_object_set_new(o, "output", cli_json_str(output));
        json_object_set_new(o, "source", cli_json_str(cli_src.graph));
        json_object_set_new(o, "files", cli_src.graph ? json_null() : json_integer((json_int_t)nfiles));
        json_object_set_new(o, "problems", json_integer(cg.problems));
        json_object_set_new(o, "filters", cli_filter_json(&cg.filter));
        json_object_set_new(o, "labels", cli_label_lang ? json_string(cli_label_lang) : json_null());
        json_object_set_new(o, "nodes", json_integer((json_int_t)cg_graph_node_count(cg.g)));
        json_object_set_new(o, "edges", json_integer((json_int_t)cg_graph_edge_count(cg.g)));
        json_object_set_new(o, "written", json_boolean(written));
        cli_json_print(o);
    }
    cli_outputs_free(&outs);
    int problems = cg.problems;
    cli_graph_close(&cg);
    cli_filter_free(&filter);
    if (rc == EXIT_OK && problems)
        rc = EXIT_INPUT;
    if (rc != EXIT_OK && strcmp(output, "-") == 0)
        return rc;
    return cli_finish_stdout(rc);
}

const cli_cmd cli_cmd_report = {
    "report",
    "the graph as one HTML page to explore in a browser, offline",
    usage,
    "Writes one self-contained HTML file (its scripts, styles and data inside it: it opens from "
    "a file, without a network) from a GraphML file (-g) or from letters scanned as build scans "
    "them: the graph drawn with sigma.js (laid out ahead, nodes coloured by kind and sized by "
    "PageRank), a search by identifier, by a reference as letters write it or by words of a "
    "title, the citations of a node with the letters, dates, sentences, files and lines, what it "
    "cites, a timeline showing the graph as of a date, filters (kind, sender, dates, language, "
    "minimum in-degree), the most-cited table with the contested mark and the senders, and the "
    "replies between letters.  The tables hold everything the drawing shows (docs/report.md).\n\n"
    "With filters, only the citations they keep are in the page, as export writes them.",
    opts,
    examples,
    "the graph, some inputs or the output had problems, or no letter was read",
    run,
};
