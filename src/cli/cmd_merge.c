/* cmd_merge.c: `citegraph merge A.graphml B.graphml... -o OUT`: the graph
 * of the letters of several graphs, as one build of all of them writes it.
 *
 * A graph does not keep all that its letters said (with --evidence first,
 * only the first sentence of an edge), but the scan cache next to it
 * (A.graphml.cache) keeps every letter as scanned.  So each graph is
 * checked to be citegraph's (its <graph id="citegraph">) and read; its
 * cache is read whole, and built alone it must give the graph's bytes (the
 * cache is the graph's, with the same options); then the letters of all
 * the caches are added in the order of their paths, as a build of all the
 * files adds them: nodes with the same id are one node, letters in several
 * files one letter, weights and evidence counted over every mention, and
 * the measures computed on the whole. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"

static const char *output, *format, *evidence, *manifest_path;
static int quiet, json;
static cli_list args, measures;

static const cli_opt_spec opts[] = {
    {CLI_OPT_VALUE, "output", 'o', &output, "FILE",
     "where the merged graph goes, in the format its name says (as build -o); never one of the "
     "graphs merged",
     NULL, 0, NULL, "give one output", CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_VALUE, "format", 'f', &format, "FORMAT", "the format, whatever the name of the output says",
     cli_formats, 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_VALUE, "evidence", 0, &evidence, "WHAT",
     "what an edge keeps, as the graphs were built with: first (the default) or full", "first full", 0,
     NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_LIST, "measures", 0, &measures, "WHAT",
     "measures beyond the default ones, as the graphs were built with: betweenness", "betweenness", 0,
     NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_VALUE, "manifest", 'm', &manifest_path, "FILE",
     "the manifest the graphs were built with (build --manifest)", NULL, 0, NULL, NULL,
     CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_SWITCH, "quiet", 'q', &quiet, NULL, "no summary on standard error", NULL, 0, NULL, NULL,
     CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "json", 0, &json, NULL,
     "a summary as one JSON document on standard output (docs/schemas/merge.schema.json); needs -o",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "GRAPH", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_GRAPH, 0, NULL},
    CLI_GROUP("labels", "labels (as the graphs were built with)", cli_label_group),
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

static const char *const usage[] = {"[options] GRAPH GRAPH... -o OUT", NULL};

static const cli_example examples[] = {
    {"citegraph merge alice.graphml bob.graphml -o team.graphml",
     "two people's graphs as one (each built by citegraph build, with its scan cache next to it)"},
    {NULL, NULL},
};

/* Is the file a GraphML that citegraph wrote?  Its <graph> says id="citegraph". */
static int written_by_citegraph(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 1; /* the reader says why it cannot be opened */
    char buf[65537];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    const char *g = strstr(buf, "<graph ");
    if (!g)
        return 0;
    const char *end = strchr(g, '>');
    const char *id = strstr(g, " id=\"citegraph\"");
    return id && end && id < end;
}

static int same_file(const char *a, const char *b)
{
    struct stat x, y;
    return stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

static void configure(cg_graph *g)
{
    cg_error err = {0};
    cg_graph_set_evidence(g, cli_evidence, &err);
    cg_graph_set_measures(g, cli_measures, &err);
    cg_graph_set_threads(g, cli_threads());
}

/* The graph of rows[from, to) with the manifest; NULL after a message. */
static cg_registry *merge_reg; /* for --label-lang: the built-in registry's titles */

static cg_graph *build_of(cli_cache_row **rows, size_t n, const cg_manifest *m)
{
    cg_graph *g = NULL;
    cg_error err = {0};
    cg_graph_new(&g, &err);
    configure(g);
    for (size_t k = 0; k < n; k++) {
        if (m)
            cg_manifest_apply(m, rows[k]->doc);
        memset(&err, 0, sizeof err);
        if (cg_graph_add(g, rows[k]->doc, &err) != CG_OK) {
            cli_error(&err);
            cg_graph_free(g);
            return NULL;
        }
    }
    memset(&err, 0, sizeof err);
    if (cg_graph_finish(g, &err) != CG_OK) {
        cli_error(&err);
        cg_graph_free(g);
        return NULL;
    }
    if (cli_relabel(g, merge_reg) != EXIT_OK) {
        cg_graph_free(g);
        return NULL;
    }
    return g;
}

/* Does g, written as GraphML, give the bytes of the file at path? */
static int writes_as(const cg_graph *g, const char *path)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *ms = open_memstream(&mem, &len);
    if (!ms)
        return 0;
    cg_error err = {0};
    int ok = cg_graph_write_graphml(g, ms, &err) == CG_OK;
    ok = fclose(ms) == 0 && ok;
    if (ok) {
        FILE *f = fopen(path, "rb");
        ok = f != NULL;
        size_t at = 0;
        char buf[65536];
        while (ok) {
            size_t r = fread(buf, 1, sizeof buf, f);
            if (r == 0)
                break;
            ok = at + r <= len && memcmp(mem + at, buf, r) == 0;
            at += r;
        }
        ok = ok && at == len;
        if (f)
            fclose(f);
    }
    free(mem);
    return ok;
}

static int cmp_row(const void *a, const void *b)
{
    const cli_cache_row *x = *(cli_cache_row *const *)a, *y = *(cli_cache_row *const *)b;
    int c = strcmp(x->path, y->path);
    return c ? c : strcmp(x->name, y->name);
}

static int merge(void)
{
    if (args.n < 2)
        return cli_usage("which graphs? give two GRAPHs or more (citegraph merge a.graphml b.graphml -o "
                         "c.graphml)");
    const char *out = output ? output : "-";
    if (!output && isatty(STDOUT_FILENO))
        return cli_usage("give -o FILE (its name says the format), or redirect standard output");
    if (json && strcmp(out, "-") == 0)
        return cli_usage("--json prints a summary on standard output: give -o FILE for the graph");
    const char *fmt = NULL;
    int rc = cli_format_of(out, format, &fmt);
    if (rc != EXIT_OK)
        return rc;
    for (size_t k = 0; k < measures.n; k++)
        if (strcmp(measures.v[k], "betweenness") == 0)
            cli_measures |= CG_MEASURES_EXACT_BETWEENNESS;
    if (evidence && strcmp(evidence, "full") == 0)
        cli_evidence = CG_EVIDENCE_FULL;
    for (size_t k = 0; k < args.n; k++)
        if (strcmp(out, "-") != 0 && (strcmp(out, args.v[k]) == 0 || same_file(out, args.v[k]))) {
            cli_errorf("%s: is one of the graphs merged: give another -o", out);
            return EXIT_INPUT;
        }
    cli_outputs outs;
    rc = cli_outputs_plan(&outs, fmt, 0, out);
    if (rc != EXIT_OK)
        return rc;
    outs.quiet = quiet;
    cg_manifest *manifest = NULL;
    if ((rc = cli_manifest(&manifest, manifest_path)) != EXIT_OK) {
        cli_outputs_free(&outs);
        return rc;
    }
    cg_vec all = {0};
    char *registry = NULL;
    rc = EXIT_OK;
    for (size_t k = 0; k < args.n && rc == EXIT_OK; k++) {
        const char *gp = args.v[k];
        cg_error err = {0};
        cg_graph *g = NULL;
        if (cg_graph_load_graphml(&g, gp, &err) != CG_OK) {
            cli_error(&err);
            rc = EXIT_INPUT;
            break;
        }
        cg_graph_free(g);
        if (!written_by_citegraph(gp)) {
            cli_errorf("%s: not a graph written by citegraph build (another tool's GraphML keeps too little "
                       "of the letters to be merged): build the union from the letters", gp);
            rc = EXIT_INPUT;
            break;
        }
        char *cp = cg_xsprintf("%s.cache", gp);
        cg_vec rows = {0};
        char *reg = NULL;
        if (cli_cache_load(cp, &rows, &reg, &err) != 0) {
            cli_error(&err);
            rc = EXIT_INPUT;
        } else if (registry && strcmp(registry, reg) != 0) {
            cli_errorf("%s: built with other registries (--registry) than %s: build them with the same, then "
                       "merge", gp, args.v[0]);
            rc = EXIT_INPUT;
        } else {
            cg_graph *own = build_of((cli_cache_row **)rows.v, rows.n, manifest);
            if (!own) {
                rc = EXIT_INPUT;
            } else if (!writes_as(own, gp)) {
                cli_errorf("%s: not the graph its scan cache %s builds (built with another --evidence, "
                           "--measures or --manifest, or its letters changed since): build it again, then merge",
                           gp, cp);
                rc = EXIT_INPUT;
            }
            cg_graph_free(own);
        }
        if (!registry)
            registry = reg;
        else
            free(reg);
        free(cp);
        for (size_t i = 0; i < rows.n; i++)
            cg_vec_push(&all, rows.v[i]);
        free(rows.v);
    }
    cg_graph *g = NULL;
    size_t letters = 0;
    if (rc == EXIT_OK) {
        /* the files of all the graphs in the order a build of all of them
         * reads them; a file in several graphs is read once */
        cg_sort(all.v, all.n, sizeof *all.v, cmp_row);
        size_t w = 0;
        for (size_t k = 0; k < all.n && rc == EXIT_OK; k++) {
            cli_cache_row *r = all.v[k];
            if (w && cmp_row(&all.v[w - 1], &all.v[k]) == 0) {
                if (((cli_cache_row *)all.v[w - 1])->hash != r->hash) {
                    cli_errorf("%s: in two of the graphs, with different contents: build them again from the "
                               "same files, then merge", r->path);
                    rc = EXIT_INPUT;
                }
                cli_cache_row_free(r);
                continue;
            }
            all.v[w++] = r;
        }
        all.n = w;
        letters = w;
        /* JSON Lines keep every mention with its sentence, as build -o
         * x.jsonl does */
        if (strcmp(fmt, "jsonl") == 0)
            cli_evidence = CG_EVIDENCE_FULL;
        if (rc == EXIT_OK && !(g = build_of((cli_cache_row **)all.v, all.n, manifest)))
            rc = EXIT_INPUT;
    }
    int write_failed = 0;
    if (rc == EXIT_OK) {
        write_failed = cli_outputs_write(&outs, g) != EXIT_OK;
        if (write_failed)
            rc = EXIT_INPUT;
    }
    if (json && g) {
        json_t *o = json_object();
        json_object_set_new(o, "output", cli_json_str(out));
        json_object_set_new(o, "format", json_string(fmt));
        json_t *in = json_array();
        for (size_t k = 0; k < args.n; k++)
            json_array_append_new(in, cli_json_str(args.v[k]));
        json_object_set_new(o, "graphs", in);
        json_object_set_new(o, "files", json_integer((json_int_t)letters));
        json_object_set_new(o, "nodes", json_integer((json_int_t)cg_graph_node_count(g)));
        json_object_set_new(o, "edges", json_integer((json_int_t)cg_graph_edge_count(g)));
        json_object_set_new(o, "written", json_boolean(!write_failed));
        cli_json_print(o);
    } else if (g && !quiet && !write_failed && strcmp(out, "-") != 0) {
        fprintf(stderr, "citegraph: %zu graphs, %zu files, %zu nodes, %zu edges -> %s (%s)\n", args.n, letters,
                cg_graph_node_count(g), cg_graph_edge_count(g), out, fmt);
    }
    cg_vec_free(&all, cli_cache_row_free);
    free(registry);
    cg_manifest_free(manifest);
    cli_outputs_free(&outs);
    cg_graph_free(g);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("cannot write to standard output");
        return EXIT_INPUT;
    }
    return rc;
}

static int run(void)
{
    if (cli_label_lang) {
        int rc = cli_registry(&merge_reg, NULL, 0);
        if (rc != EXIT_OK)
            return rc;
    }
    int rc = merge();
    cg_registry_free(merge_reg);
    merge_reg = NULL;
    return rc;
}

const cli_cmd cli_cmd_merge = {
    "merge",
    "unite graphs built by citegraph, as one build of all their letters",
    usage,
    "Writes the graph of the letters of all the GRAPHs, byte for byte what one citegraph build of all "
    "their files writes: a node with the same id in several graphs is one node, a letter in several "
    "files one letter, weights and evidence counted over every mention, the measures computed on the "
    "whole.\n\n"
    "Each GRAPH must have been written by citegraph build, with its scan cache next to it (GRAPH.cache, "
    "which build keeps unless --no-cache): the graph alone does not keep all that its letters said, the "
    "cache does.  Each graph is checked against its cache (built alone, the cache must give the graph's "
    "bytes: give the --evidence, --measures and --manifest the graphs were built with).  A GraphML "
    "written by another tool, a graph without its cache, or a file found in two graphs with different "
    "contents is refused, said in one line, and nothing is written.",
    opts,
    examples,
    "a graph was refused (another tool's, no cache, not its cache's, a file in two graphs with "
    "different contents), or the output could not be written",
    run,
};
