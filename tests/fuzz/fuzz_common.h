/* fuzz_common.h: what the libFuzzer targets of tests/fuzz share
 * (docs/fuzzing.md).
 *
 * Each target is one .c file defining LLVMFuzzerTestOneInput.  Here: the
 * input written to a temporary file made once and reused (the loaders take
 * a path); walks that read every string a document or a graph hands out
 * (ASan checks each byte; a sink keeps the optimiser from dropping the
 * reads) and run the queries of the command line; every output format to
 * /dev/null; GraphML written and read back.  Where the library breaks its
 * own contract (header comments in include/citegraph.h), FUZZ_FAIL stops the
 * run as a crash would, saying why. */
#ifndef CITEGRAPH_FUZZ_COMMON_H
#define CITEGRAPH_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "citegraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads go here so that the optimiser keeps them. */
static volatile size_t fuzz_sink;

/* Touches every byte of a string (NULL allowed): ASan checks each read. */
static inline void fuzz_touch(const char *s)
{
    if (s)
        fuzz_sink += strlen(s);
}

/* Stops the run, like a crash, when the library breaks its own contract;
 * the line before the stack trace says why. */
#define FUZZ_FAIL(...)                                                            \
    do {                                                                          \
        fprintf(stderr, "fuzz: " __VA_ARGS__);                                    \
        fputc('\n', stderr);                                                      \
        abort();                                                                  \
    } while (0)

static inline void fuzz_die(const char *what)
{
    perror(what);
    abort();
}

/* A private folder for the temporary files, made on first use; it and the
 * files made in it are removed at exit. */
static char fuzz_tmp_dir[4096];
static char fuzz_tmp_paths[4][4096];
static int fuzz_tmp_count;

static void fuzz_tmp_cleanup(void)
{
    for (int k = 0; k < fuzz_tmp_count; k++)
        unlink(fuzz_tmp_paths[k]);
    rmdir(fuzz_tmp_dir);
}

/* Returns the path of a temporary file called `name` ("input.json": the
 * loaders go by the extension) in the private folder, created empty.  Call
 * once per file and reuse the path: fuzz_write rewrites it for each input. */
static inline const char *fuzz_tmpfile(const char *name)
{
    if (!fuzz_tmp_dir[0]) {
        const char *dir = getenv("TMPDIR");
        if (!dir || !*dir)
            dir = "/tmp";
        snprintf(fuzz_tmp_dir, sizeof fuzz_tmp_dir, "%s/citegraph-fuzz-XXXXXX", dir);
        if (!mkdtemp(fuzz_tmp_dir))
            fuzz_die(fuzz_tmp_dir);
        atexit(fuzz_tmp_cleanup);
    }
    if (fuzz_tmp_count == 4)
        FUZZ_FAIL("fuzz_tmpfile: more than 4 files");
    char *p = fuzz_tmp_paths[fuzz_tmp_count++];
    snprintf(p, sizeof fuzz_tmp_paths[0], "%s/%s", fuzz_tmp_dir, name);
    FILE *fp = fopen(p, "wb");
    if (!fp || fclose(fp) != 0)
        fuzz_die(p);
    return p;
}

/* Replaces the content of `path` with the input. */
static inline void fuzz_write(const char *path, const uint8_t *data, size_t size)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        fuzz_die(path);
    if (size && fwrite(data, 1, size, fp) != size)
        fuzz_die(path);
    if (fclose(fp) != 0)
        fuzz_die(path);
}

/* /dev/null for writing, opened once. */
static inline FILE *fuzz_devnull(void)
{
    static FILE *fp;
    if (!fp && !(fp = fopen("/dev/null", "w")))
        fuzz_die("/dev/null");
    return fp;
}

/* A document's metadata and every reference, every string touched. */
static inline void fuzz_walk_document(const cg_document *doc)
{
    const cg_meta *m = cg_document_meta(doc);
    fuzz_touch(m->id);
    fuzz_touch(m->file);
    fuzz_touch(m->language);
    fuzz_touch(m->title);
    fuzz_touch(m->date);
    fuzz_touch(m->sender);
    fuzz_touch(m->symbols);
    fuzz_touch(m->addressee);
    fuzz_touch(m->agenda_items);
    fuzz_touch(m->annex_author);
    fuzz_touch(m->encoding);
    fuzz_touch(m->format);
    fuzz_sink += (size_t)m->session + (size_t)m->sc_year + (size_t)m->has_annex;
    size_t n = cg_document_ref_count(doc);
    for (size_t i = 0; i < n; i++) {
        const cg_ref *r = cg_document_ref(doc, i);
        if (!r)
            FUZZ_FAIL("cg_document_ref(%zu) is NULL with %zu references", i, n);
        fuzz_touch(r->target);
        fuzz_touch(cg_kind_name(r->kind));
        fuzz_touch(r->label);
        fuzz_touch(r->parent);
        fuzz_touch(r->parent_label);
        fuzz_touch(r->symbols);
        fuzz_touch(r->alias);
        fuzz_touch(r->text);
        fuzz_touch(r->sentence);
        fuzz_sink += r->offset + r->length + (size_t)r->line + (size_t)r->column + (size_t)r->echo;
    }
    if (cg_document_ref(doc, n) != NULL)
        FUZZ_FAIL("cg_document_ref past the end is not NULL");
}

/* A finished graph: every node and edge view, the warnings, the most-cited
 * ranking, and the queries of the command line on the first nodes. */
static inline void fuzz_walk_graph(const cg_graph *g)
{
    size_t nn = cg_graph_node_count(g), ne = cg_graph_edge_count(g);
    for (size_t i = 0; i < nn; i++) {
        cg_node_view v;
        if (cg_graph_node_view(g, i, &v) != 0)
            FUZZ_FAIL("cg_graph_node_view(%zu) failed with %zu nodes", i, nn);
        fuzz_touch(v.name);
        fuzz_touch(v.label);
        fuzz_touch(v.date);
        fuzz_touch(v.sender);
        fuzz_touch(v.symbols);
        fuzz_touch(v.file);
        fuzz_touch(v.languages);
        fuzz_touch(v.title);
        fuzz_touch(v.parent);
        fuzz_touch(v.first_cited);
        fuzz_touch(v.last_cited);
        fuzz_touch(v.cited_by);
        if (v.name)
            fuzz_sink += cg_graph_find(g, v.name);
    }
    cg_node_view nv;
    if (cg_graph_node_view(g, nn, &nv) != -1)
        FUZZ_FAIL("cg_graph_node_view past the end did not answer -1");
    for (size_t i = 0; i < ne; i++) {
        cg_edge_view e;
        if (cg_graph_edge_view(g, i, &e) != 0)
            FUZZ_FAIL("cg_graph_edge_view(%zu) failed with %zu edges", i, ne);
        if (e.from >= nn || e.to >= nn)
            FUZZ_FAIL("edge %zu: %zu -> %zu with %zu nodes", i, e.from, e.to, nn);
        fuzz_touch(e.text);
        fuzz_touch(e.sentence);
        fuzz_touch(e.locations);
    }
    for (size_t i = 0; i < cg_graph_warning_count(g); i++)
        fuzz_touch(cg_graph_warning(g, i));

    cg_top_options opts;
    memset(&opts, 0, sizeof opts);
    for (int variant = 0; variant < 3; variant++) {
        if (variant == 1) { /* top --articles --urls --by pagerank -n 5 */
            opts.articles = 1;
            opts.include_urls = 1;
            opts.by = CG_RANK_PAGERANK;
            opts.limit = 5;
        } else if (variant == 2) { /* top --kind --sender --since --until --by mentions */
            opts.filter.kinds = CG_KIND_BIT(CG_KIND_SC_RESOLUTION) | CG_KIND_BIT(CG_KIND_LETTER);
            opts.filter.senders = "ARM AZE";
            opts.filter.since = "2020";
            opts.filter.until = "2021-12-31";
            opts.by = CG_RANK_MENTIONS;
            opts.limit = 0;
        }
        cg_top *t = NULL;
        cg_error err;
        if (cg_graph_top(&t, g, &opts, &err) == CG_OK) {
            for (size_t i = 0; i < cg_top_count(t); i++) {
                const cg_top_row *r = cg_top_row_at(t, i);
                fuzz_touch(r->id);
                fuzz_touch(r->label);
                fuzz_touch(r->senders);
            }
        }
        cg_top_free(t);
    }

    /* the part a filter selects is a graph of its own, no larger; words
     * and references are looked up without trouble */
    cg_graph *part = NULL;
    cg_error ferr;
    if (cg_graph_filter(&part, g, &opts.filter, &ferr) == CG_OK) {
        if (cg_graph_node_count(part) > nn || cg_graph_edge_count(part) > ne)
            FUZZ_FAIL("a filtered graph larger than the graph (%zu > %zu nodes)",
                      cg_graph_node_count(part), nn);
        cg_graph_free(part);
    }
    for (size_t i = 0; i < (nn < 2 ? nn : 2); i++) {
        cg_node_view v;
        cg_graph_node_view(g, i, &v);
        size_t *hits = NULL;
        size_t nh = cg_graph_search(&hits, g, NULL, v.label ? v.label : v.name);
        for (size_t k = 0; k < nh; k++)
            if (hits[k] >= nn)
                FUZZ_FAIL("a search hit past the end (%zu of %zu)", hits[k], nn);
        free(hits);
        /* a node is found by its own name (an empty name names nothing) */
        size_t back = *v.name ? cg_graph_resolve(NULL, NULL, g, NULL, v.name) : CG_NONE;
        cg_node_view bv;
        if (*v.name && (back == CG_NONE || cg_graph_node_view(g, back, &bv) != 0 ||
                        strcmp(bv.name, v.name) != 0))
            FUZZ_FAIL("node %zu (%s) not found by its own name", i, v.name);
    }

    /* trace, related and path, as the command line runs them, on a few
     * nodes: enough to reach the code, bounded in time. */
    size_t lim = nn < 4 ? nn : 4;
    for (size_t i = 0; i < lim; i++) {
        size_t *ix = NULL;
        size_t n = cg_graph_citations_of(g, i, 1, &ix);
        for (size_t k = 0; k < n; k++)
            if (ix[k] >= ne)
                FUZZ_FAIL("an edge index past the end (%zu of %zu)", ix[k], ne);
        free(ix);
        ix = NULL;
        n = cg_graph_references_of(g, i, &ix);
        for (size_t k = 0; k < n; k++)
            if (ix[k] >= ne)
                FUZZ_FAIL("an edge index past the end (%zu of %zu)", ix[k], ne);
        free(ix);
        cg_related *rel = NULL;
        size_t nr = cg_graph_related(g, i, 5, &rel);
        for (size_t k = 0; k < nr; k++)
            fuzz_touch(rel[k].shared);
        cg_related_free(rel, nr);
    }
    /* All shortest paths can be exponentially many (a chain of diamonds):
     * only on small graphs, where that stays cheap. */
    if (nn >= 2 && ne <= 40) {
        size_t **paths = NULL, *lens = NULL, np = 0;
        int undirected = 0;
        cg_error err;
        if (cg_graph_paths(g, 0, nn - 1, 1, &paths, &lens, &np, &undirected, &err) == CG_OK) {
            for (size_t k = 0; k < np; k++)
                free(paths[k]);
            free(paths);
            free(lens);
        }
    }
    const char *sug[3];
    fuzz_sink += cg_graph_suggest(g, "S/RES/822(1993)", sug, 3);
}

/* Writes the graph as GraphML to `path`, reads it back and checks that no
 * node and no edge was lost: what citegraph writes, citegraph reads. */
static inline void fuzz_readback(const cg_graph *g, const char *path)
{
    cg_error err;
    FILE *fp = fopen(path, "w");
    if (!fp)
        fuzz_die(path);
    if (cg_graph_write_graphml(g, fp, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_write_graphml: %s", err.message);
    if (fclose(fp) != 0)
        fuzz_die(path);
    cg_graph *back = NULL;
    if (cg_graph_load_graphml(&back, path, &err) != CG_OK) {
        FUZZ_FAIL("the GraphML citegraph wrote does not read back: line %ld: %s",
                err.line, err.message);
    }
    if (cg_graph_node_count(back) != cg_graph_node_count(g) ||
        cg_graph_edge_count(back) != cg_graph_edge_count(g)) {
        FUZZ_FAIL("GraphML read back with %zu nodes, %zu edges; written with %zu, %zu",
                cg_graph_node_count(back), cg_graph_edge_count(back), cg_graph_node_count(g),
                cg_graph_edge_count(g));
    }
    cg_graph_free(back);
}

/* Every output format (docs/formats.md) to /dev/null. */
static inline void fuzz_write_all(const cg_graph *g)
{
    for (int f = CG_OUTPUT_GRAPHML; f <= CG_OUTPUT_DOT; f++) {
        cg_error err;
        if (cg_graph_write(g, (cg_output)f, fuzz_devnull(), &err) != CG_OK)
            FUZZ_FAIL("cg_graph_write(format %d): %s", f, err.message);
    }
}

#endif
