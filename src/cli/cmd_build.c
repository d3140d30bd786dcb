/* cmd_build.c: `citegraph build PATH... -o OUT`: scan letters and write
 * their citation graph, in the format the output's name says. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"

static const char *output, *format, *gexf_version, *evidence, *cache_dir;
static int strict, allow_empty, quiet, json, no_cache;
static cli_list args, measures;

static const cli_opt_spec opts[] = {
    {CLI_OPT_VALUE, "output", 'o', &output, "FILE",
     "where the graph goes, in the format its name says (.graphml, .gexf, .json, .jsonl, .dot; "
     "NAME.csv for the CSV pair; GraphML for any other name); - for standard output, which is the "
     "default unless it is a terminal.  A file is replaced only when the new one is complete; checked before "
     "scanning; never one of the inputs",
     NULL, 0, NULL, "give one output (export writes the graph again in another format)",
     CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_VALUE, "format", 'f', &format, "FORMAT",
     "the format, whatever the name of the output says (csv: -o is a folder, or NAME.csv for "
     "NAME.nodes.csv and NAME.edges.csv)",
     cli_formats, 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_VALUE, "gexf-version", 0, &gexf_version, "V",
     "the GEXF version: 1.3 (the default), or 1.2 (1.2draft) for networkx", "1.3 1.2", 0, NULL, NULL,
     CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_VALUE, "evidence", 0, &evidence, "WHAT",
     "what an edge keeps: first (the default), its first sentence (400 characters at most) and the "
     "count of the others (weight); full, every sentence (always so for JSON Lines)",
     "first full", 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_LIST, "measures", 0, &measures, "WHAT",
     "measures beyond the default ones: betweenness however large the graph (exact, O(V E): hours "
     "for millions of edges; by default it is computed while V x E <= 5e7, else left out of the "
     "outputs, as stats says)",
     "betweenness", 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_VALUE, "cache", 0, &cache_dir, "DIR",
     "keep the scan cache in DIR/citegraph.cache (made when missing) rather than next to the output "
     "(OUT.cache): what each letter gave, so that the next build scans only new and changed files "
     "(docs/cache.md)",
     NULL, 0, NULL, NULL, CLI_COMPLETE_DIR, 0, NULL},
    {CLI_OPT_SWITCH, "no-cache", 0, &no_cache, NULL,
     "scan every letter, and neither read nor write a scan cache", NULL, 0, NULL, NULL,
     CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "strict", 0, &strict, NULL,
     "any input problem is a failure: nothing is written", NULL, 0, NULL, NULL, CLI_COMPLETE_NONE,
     0, NULL},
    {CLI_OPT_SWITCH, "allow-empty", 0, &allow_empty, NULL,
     "write the graph even when no letter was read (else that is an error and the output is not "
     "touched)",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "quiet", 'q', &quiet, NULL, "no progress and no summary on standard error",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "json", 0, &json, NULL,
     "a summary as one JSON document on standard output (docs/schemas/build.schema.json); needs -o",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "PATH", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_GROUP, "scanning", 0, NULL, NULL, "scanning", NULL, 0, NULL, NULL, CLI_COMPLETE_NONE,
     0, cli_scan_group},
    CLI_GROUP("language", "language", cli_lang_group),
    CLI_GROUP("labels", "labels", cli_label_group),
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

static const char *const usage[] = {"[options] PATH... -o OUT", NULL};

static const cli_example examples[] = {
    {"citegraph build letters/ -o graph.graphml",
     "every letter under letters/ (searched recursively) into one graph"},
    {"citegraph build letters/ -o graph.gexf", "the same graph as GEXF with a timeline, for Gephi"},
    {"citegraph build letters/ -o tables.csv",
     "the CSV pair for Gephi's spreadsheet import: tables.nodes.csv and tables.edges.csv"},
    {"citegraph build --manifest catalogue.csv letters/ -o graph.graphml",
     "symbols, dates and senders from a catalogue"},
    {"citegraph build shard1.jsonl shard2.jsonl -o graph.graphml",
     "the graph of letters scanned elsewhere (citegraph scan --jsonl; docs/scale.md)"},
    {NULL, NULL},
};

/* Where the scan cache goes: --cache DIR, else next to a regular output
 * file; NULL: none (standard output, a device, a folder, --no-cache). */
static char *cache_path(const char *out)
{
    if (no_cache)
        return NULL;
    if (cache_dir) {
        if (mkdir(cache_dir, 0777) != 0 && errno != EEXIST)
            return NULL;
        size_t l = strlen(cache_dir);
        return cg_xsprintf("%s%scitegraph.cache", cache_dir, l && cache_dir[l - 1] == '/' ? "" : "/");
    }
    struct stat st;
    if (strcmp(out, "-") == 0 || (stat(out, &st) == 0 && !S_ISREG(st.st_mode)))
        return NULL;
    return cg_xsprintf("%s.cache", out);
}

static int run(void)
{
    if (!args.n)
        return cli_usage("which letters? give the PATHs of files or folders to scan (citegraph "
                         "build letters/ -o graph.graphml)");
    const char *out = output ? output : "-";
    if (!output && isatty(STDOUT_FILENO))
        return cli_usage("give -o FILE (its name says the format: .graphml, .gexf, .json, .jsonl, "
                         ".csv, .dot), or redirect standard output (citegraph build ... > "
                         "graph.graphml)");
    if (json && strcmp(out, "-") == 0)
        return cli_usage("--json prints a summary on standard output: give -o FILE for the graph");
    if (no_cache && cache_dir)
        return cli_usage("--cache DIR and --no-cache: give one");
    if (cache_dir && mkdir(cache_dir, 0777) != 0 && errno != EEXIST)
        return cli_usage("--cache %s: cannot make the folder: %s", cache_dir, strerror(errno));
    const char *fmt = NULL;
    int rc = cli_format_of(out, format, &fmt);
    if (rc != EXIT_OK)
        return rc;
    if (gexf_version && strcmp(fmt, "gexf") != 0)
        return cli_usage("--gexf-version goes with GEXF output (-o NAME.gexf or -f gexf), not %s", fmt);
    for (size_t k = 0; k < measures.n; k++)
        if (strcmp(measures.v[k], "betweenness") == 0)
            cli_measures |= CG_MEASURES_EXACT_BETWEENNESS;
    if ((evidence && strcmp(evidence, "full") == 0) || strcmp(fmt, "jsonl") == 0)
        cli_evidence = CG_EVIDENCE_FULL; /* JSON Lines: every mention with its sentence */
    else
        cli_drop_mentions = 1; /* written once, not filtered: its edges' text is all it needs */
    /* where the graph goes, checked before anything is read */
    cli_outputs outs;
    rc = cli_outputs_plan(&outs, fmt, gexf_version && strcmp(gexf_version, "1.2") == 0, out);
    if (rc != EXIT_OK)
        return rc;
    outs.quiet = quiet;
    int problems = 0;
    size_t scanned = 0;
    cg_graph *g = NULL;
    char *cpath = cache_path(out);
    if (cpath) {
        /* what decides what a scan finds, beyond the scanner: the
         * registries, the work limit and the language */
        char *rfp = cli_cache_registry(cli_src.regs.v, cli_src.regs.n);
        char *fp = cg_xsprintf("%s max-refs=%zu lang=%s", rfp,
                               cli_max_refs > 0 ? (size_t)cli_max_refs : CG_MAX_REFS,
                               cli_lang ? cli_lang : "detected");
        cli_scan_cache = cli_cache_open(cpath, fp, quiet);
        free(fp);
        free(rfp);
        free(cpath);
    }
    rc = cli_scan_for_output(&g, &outs, cli_src.regs.v, cli_src.regs.n, cli_src.manifest, args.v,
                             args.n, quiet, &problems, &scanned);
    if (rc != EXIT_OK) {
        cli_cache_close(cli_scan_cache, 0);
        cli_scan_cache = NULL;
        cli_outputs_free(&outs);
        return rc;
    }
    int write_failed = 0;
    if (strict && problems) {
        cli_errorf("%d input%s had problems: nothing written (--strict)", problems,
                   problems == 1 ? "" : "s");
        write_failed = 1;
    } else if (cli_require_letters(g, args.v, args.n, scanned, &outs, allow_empty) != EXIT_OK) {
        write_failed = 1;
    } else {
        write_failed = cli_outputs_write(&outs, g) != EXIT_OK;
        cli_phase("write");
    }
    size_t from_cache = cli_cache_hits(cli_scan_cache);
    int cached = cli_scan_cache != NULL;
    cli_cache_close(cli_scan_cache, !write_failed);
    cli_scan_cache = NULL;
    if (json) {
        json_t *paths = json_array();
        for (size_t k = 0; k < outs.n; k++)
            json_array_append_new(paths, cli_json_str(outs.paths[k]));
        json_t *o = json_object();
        json_object_set_new(o, "output", cli_json_str(out));
        json_object_set_new(o, "format", json_string(fmt));
        json_object_set_new(o, "files_written", paths);
        json_object_set_new(o, "files", json_integer((json_int_t)scanned));
        json_object_set_new(o, "problems", json_integer(problems));
        json_object_set_new(o, "from_cache", cached ? json_integer((json_int_t)from_cache) : json_null());
        json_object_set_new(o, "nodes", json_integer((json_int_t)cg_graph_node_count(g)));
        json_object_set_new(o, "edges", json_integer((json_int_t)cg_graph_edge_count(g)));
        json_object_set_new(o, "betweenness", json_boolean(cg_graph_has_betweenness(g)));
        json_object_set_new(o, "written", json_boolean(!write_failed));
        cli_json_print(o);
    } else if (!quiet && strcmp(out, "-") != 0) {
        char fromc[64] = "";
        if (from_cache)
            snprintf(fromc, sizeof fromc, " (%zu from the scan cache)", from_cache);
        fprintf(stderr, "citegraph: %zu file%s%s, %zu nodes, %zu edges%s%s%s%s%s\n", scanned,
                scanned == 1 ? "" : "s", fromc, cg_graph_node_count(g), cg_graph_edge_count(g),
                write_failed ? "" : " -> ", write_failed ? "" : out,
                write_failed ? "" : " (", write_failed ? "" : fmt, write_failed ? "" : ")");
        if (problems)
            fprintf(stderr, "citegraph: some inputs had problems, see above\n");
    }
    cli_outputs_free(&outs);
    cli_graph_release(g);
    /* (a failed write to standard output has been reported already) */
    if (!(write_failed && strcmp(out, "-") == 0) && (fflush(stdout) != 0 || ferror(stdout))) {
        cli_errorf("cannot write to standard output");
        return EXIT_INPUT;
    }
    return problems || write_failed ? EXIT_INPUT : EXIT_OK;
}

const cli_cmd cli_cmd_build = {
    "build",
    "scan letters and write their citation graph",
    usage,
    "Scans letters (files, folders searched recursively for .txt, .md, .markdown, .text, .html, "
    ".htm, .pdf and .docx, or - for standard input) and writes their citation graph: GraphML unless the "
    "name of the output or -f says another format.  UTF-8, UTF-16 and UTF-32 (with or without "
    "a byte-order mark) and GB18030 are read.\n\n"
    "A letter that cannot be read is reported (citegraph: FILE:LINE:COL: message) and the "
    "others go into the graph; when no letter at all is read, nothing is written.\n\n"
    "A file named .jsonl or .ndjson on the command line is read as the JSON Lines of citegraph scan "
    "--jsonl (one letter per line): its letters go into the graph as if they had been scanned here "
    "(docs/scale.md).\n\n"
    "What each letter gave is kept in a scan cache next to the output (OUT.cache, or "
    "DIR/citegraph.cache with --cache DIR): the next build reads only the files that are new or "
    "changed, drops those that are gone, and writes the same bytes as a build from scratch.  A "
    "damaged or foreign cache file is said and replaced (docs/cache.md).",
    opts,
    examples,
    "some inputs had problems (the others are in the graph), no letter was read, or the output "
    "could not be written",
    run,
};
