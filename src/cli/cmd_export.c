/* cmd_export.c: `citegraph export`: the graph (or the part the filters
 * select) in another format. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *output, *format, *gexf_version;
static int allow_empty, json;
static cli_list args;

static const cli_opt_spec opts[] = {
    {CLI_OPT_VALUE, "output", 'o', &output, "OUT",
     "where the graph goes, in the format its name says (.graphml, .gexf, .json, .jsonl, .dot; "
     "NAME.csv for the CSV pair; GraphML for any other name); - for standard output; written as "
     "citegraph build writes",
     NULL, 0, NULL, "give one output (run export again for another format)", CLI_COMPLETE_FILE, 0,
     NULL},
    {CLI_OPT_VALUE, "format", 'f', &format, "FORMAT",
     "the format, whatever the name of the output says (csv: OUT is a folder, or NAME.csv for "
     "NAME.nodes.csv and NAME.edges.csv)",
     cli_formats, 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_VALUE, "gexf-version", 0, &gexf_version, "V",
     "the GEXF version: 1.3 (the default), or 1.2 (1.2draft) for networkx", "1.3 1.2", 0, NULL, NULL,
     CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_SWITCH, "allow-empty", 0, &allow_empty, NULL,
     "when scanning PATHs, write even if no letter was read", NULL, 0, NULL, NULL,
     CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "json", 0, &json, NULL,
     "a summary as one JSON document on standard output (docs/schemas/export.schema.json); needs "
     "-o FILE",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "PATH", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_GROUP, "graph", 0, NULL, NULL, "where the graph comes from", NULL, 0, NULL, NULL,
     CLI_COMPLETE_NONE, 0, cli_graph_group},
    {CLI_OPT_GROUP, "filters", 0, NULL, NULL, "filters", NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0,
     cli_filter_group},
    CLI_GROUP("labels", "labels", cli_label_group),
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

static const char *const usage[] = {"[options] -o OUT (-g GRAPH | PATH...)", NULL};

static const cli_example examples[] = {
    {"citegraph export -g graph.graphml -o graph.gexf",
     "GEXF 1.3 with a timeline, colours and sizes, for Gephi"},
    {"citegraph export -g graph.graphml --sender ARM,AZE --since 2020-09 -o conflict.gexf",
     "only the letters of Armenia and Azerbaijan since September 2020, and what they cite"},
    {"citegraph export -g graph.graphml -f csv -o tables/",
     "nodes.csv and edges.csv in the folder tables/ (made when missing)"},
    {"citegraph export -g graph.graphml -f jsonl -o - | jq -c .",
     "one line per mention, with file, line, offsets and sentence"},
    {NULL, NULL},
};

static int run(void)
{
    if (!output)
        return cli_usage("where to? give -o OUT (its name says the format: .graphml, .gexf, .json, "
                         ".jsonl, .csv, .dot; - for standard output)");
    if (json && strcmp(output, "-") == 0)
        return cli_usage("--json prints a summary on standard output: give -o FILE for the graph");
    if (cli_src.graph && args.n)
        return cli_usage("give -g GRAPH or PATHs of letters to scan, not both");
    if (!cli_src.graph && !args.n)
        return cli_usage("which graph? give -g GRAPH (written by citegraph build) or PATHs of "
                         "letters to scan");
    const char *fmt = NULL;
    int rc = cli_format_of(output, format, &fmt);
    if (rc != EXIT_OK)
        return rc;
    if (gexf_version && strcmp(fmt, "gexf") != 0)
        return cli_usage("--gexf-version goes with GEXF output (-o NAME.gexf or -f gexf), not %s", fmt);
    cg_filter filter;
    if ((rc = cli_filter_make(&filter)) != EXIT_OK)
        return rc;
    /* where the graph goes, checked before anything is read */
    cli_outputs outs;
    rc = cli_outputs_plan(&outs, fmt, gexf_version && strcmp(gexf_version, "1.2") == 0, output);
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
        if (strcmp(fmt, "jsonl") == 0)
            cli_evidence = CG_EVIDENCE_FULL; /* JSON Lines: every mention with its sentence */
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
    int written = 0;
    if (rc == EXIT_OK) {
        rc = cli_outputs_write(&outs, cg.g);
        written = rc == EXIT_OK;
    }
    if (json && cg.g) {
        json_t *paths = json_array();
        for (size_t k = 0; k < outs.n; k++)
            json_array_append_new(paths, cli_json_str(outs.paths[k]));
        json_t *o = json_object();
        json_object_set_new(o, "output", cli_json_str(output));
        json_object_set_new(o, "format", json_string(fmt));
        json_object_set_new(o, "files_written", paths);
        json_object_set_new(o, "source", cli_json_str(cli_src.graph));
        json_object_set_new(o, "files", cli_src.graph ? json_null() : json_integer((json_int_t)nfiles));
        json_object_set_new(o, "problems", json_integer(cg.problems));
        json_object_set_new(o, "filters", cli_filter_json(&cg.filter));
        json_object_set_new(o, "nodes", json_integer((json_int_t)cg_graph_node_count(cg.g)));
        json_object_set_new(o, "edges", json_integer((json_int_t)cg_graph_edge_count(cg.g)));
        json_object_set_new(o, "written", json_boolean(written));
        cli_json_print(o);
    }
    cli_outputs_free(&outs);
    int problems = cg.problems;
    cli_graph_close(&cg); /* also what a failed open left (the registry) */
    cli_filter_free(&filter);
    if (rc == EXIT_OK && problems)
        rc = EXIT_INPUT;
    if (rc != EXIT_OK && strcmp(output, "-") == 0)
        return rc; /* a failed write to standard output has been reported */
    return cli_finish_stdout(rc);
}

const cli_cmd cli_cmd_export = {
    "export",
    "the graph (or the part filters select) as GEXF, JSON, CSV, DOT...",
    usage,
    "Writes the graph as graphml, gexf (GEXF 1.3 with a timeline, colours and sizes), json "
    "(node-link: networkx, d3), jsonl (one line per mention, with file, line, byte offsets and "
    "sentence), csv (nodes.csv and edges.csv for Gephi's spreadsheet import) or dot (Graphviz), "
    "from a GraphML file (-g) or from letters scanned as build scans them.  The format is the "
    "one the name of the output says unless -f says it.\n\n"
    "With filters, only the citations they keep are written, with the nodes they link (and the "
    "instruments of the articles); measures (in-degree, PageRank, communities) are computed "
    "again on that part.",
    opts,
    examples,
    "the graph, some inputs or the output had problems, or no letter was read",
    run,
};
