/* fuzz_scan: the input is a letter.
 *
 * Every input goes through cg_document_scan (reader, normalizer, lexer,
 * scanner, resolver, metadata) and every reference and metadata string is
 * read back.  The first input and every GRAPH_EVERY-th after it also go
 * through the graph stage: the letter, and each page of it (parts split at
 * form feeds, as PDF text has them) as letters of their own, are added to a
 * graph, which is finished, queried, written as GraphML, read back and
 * compared (write-then-read loses no node and no edge).  Because the first
 * input always takes the graph stage, a reproducer run alone
 * (`fuzz_scan crash-FILE`) replays both stages. */
#include "fuzz_common.h"

#define GRAPH_EVERY 16
#define MAX_PARTS 4

static cg_registry *reg;
static unsigned long inputs;
static const char *graphml_path;

static void init(void)
{
    cg_error err;
    cg_init();
    if (cg_registry_new(&reg, &err) != CG_OK) {
        fprintf(stderr, "fuzz_scan: cg_registry_new: %s\n", err.message);
        abort();
    }
    graphml_path = fuzz_tmpfile(".graphml");
}

static void graph_stage(const cg_document *doc, const uint8_t *data, size_t size)
{
    cg_graph *g = NULL;
    cg_error err;
    if (cg_graph_new(&g, &err) != CG_OK)
        abort();
    if (cg_graph_add(g, doc, &err) != CG_OK) {
        fprintf(stderr, "fuzz_scan: cg_graph_add: %s\n", err.message);
        abort();
    }
    /* pages as letters of their own: letters citing letters, joint symbols
     * merged across letters, one letter in several files */
    const char *s = (const char *)data, *end = s + size;
    if (memchr(s, '\f', size)) {
        int part = 0;
        while (s < end && part < MAX_PARTS) {
            const char *ff = memchr(s, '\f', (size_t)(end - s));
            const char *stop = ff ? ff : end;
            char name[32];
            snprintf(name, sizeof name, "fuzz-page-%d", part++);
            cg_document *pd = NULL;
            if (cg_document_scan(&pd, reg, name, s, (size_t)(stop - s), &err) == CG_OK) {
                if (cg_graph_add(g, pd, &err) != CG_OK)
                    abort();
            }
            cg_document_free(pd);
            s = ff ? ff + 1 : end;
        }
    }
    if (cg_graph_finish(g, &err) != CG_OK) {
        /* igraph failing on a graph of a few letters is a finding too */
        fprintf(stderr, "fuzz_scan: cg_graph_finish: %s\n", err.message);
        abort();
    }
    if (cg_graph_finish(g, &err) != CG_OK) /* documented no-op */
        abort();
    cg_error uerr;
    if (cg_graph_add(g, doc, &uerr) != CG_ERR_USAGE) /* after finish: usage error */
        abort();
    fuzz_walk_graph(g);
    if (cg_graph_write_graphml(g, fuzz_devnull(), &err) != CG_OK)
        abort();

    /* write, read back, compare */
    FILE *fp = fopen(graphml_path, "w");
    if (!fp)
        fuzz_die(graphml_path);
    if (cg_graph_write_graphml(g, fp, &err) != CG_OK)
        abort();
    if (fclose(fp) != 0)
        fuzz_die(graphml_path);
    cg_graph *back = NULL;
    if (cg_graph_load_graphml(&back, graphml_path, &err) != CG_OK) {
        fprintf(stderr, "fuzz_scan: the GraphML citegraph wrote does not read back: %s:%ld: %s\n",
                err.file, err.line, err.message);
        abort();
    }
    if (cg_graph_node_count(back) != cg_graph_node_count(g) ||
        cg_graph_edge_count(back) != cg_graph_edge_count(g)) {
        fprintf(stderr, "fuzz_scan: read back %zu nodes, %zu edges; wrote %zu, %zu\n",
                cg_graph_node_count(back), cg_graph_edge_count(back), cg_graph_node_count(g),
                cg_graph_edge_count(g));
        abort();
    }
    cg_graph_free(back);
    cg_graph_free(g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!reg)
        init();
    cg_document *doc = NULL;
    cg_error err;
    memset(&err, 0, sizeof err);
    cg_status st = cg_document_scan(&doc, reg, "fuzz", (const char *)data, size, &err);
    if (st != CG_OK) {
        if (doc != NULL)
            abort(); /* a failed scan hands nothing out */
        if (st != CG_ERR_INPUT && st != CG_ERR_NOMEM) {
            fprintf(stderr, "fuzz_scan: unexpected status %d: %s\n", (int)st, err.message);
            abort();
        }
        fuzz_touch(err.message);
        inputs++;
        return 0;
    }
    fuzz_walk_document(doc);
    if (inputs++ % GRAPH_EVERY == 0)
        graph_stage(doc, data, size);
    cg_document_free(doc);
    return 0;
}
