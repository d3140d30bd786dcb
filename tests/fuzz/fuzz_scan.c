/* fuzz_scan: the input is a letter.
 *
 * Every input goes through cg_document_scan (reader, normalizer, lexer,
 * scanner, resolver, metadata) and every reference and metadata string is
 * read back.  The first input and every GRAPH_EVERY-th after it also go
 * through the graph stage: the letter, and each page of it (parts split at
 * form feeds, as PDF text has them) as letters of their own, are added to a
 * graph, which is finished, queried, written in every output format to
 * /dev/null, then written as GraphML, read back and compared
 * (write-then-read loses no node and no edge).  A rejected input on its
 * turn gives the empty graph (every file of a corpus rejected).  Because the
 * first input always takes the graph stage, a reproducer run alone
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
        FUZZ_FAIL("cg_registry_new: %s", err.message);
    }
    graphml_path = fuzz_tmpfile("readback.graphml");
}

/* doc is NULL when the input was rejected: the graph is then empty, as the
 * one `citegraph build` writes when no file could be read. */
static void graph_stage(const cg_document *doc, const uint8_t *data, size_t size)
{
    cg_graph *g = NULL;
    cg_error err;
    if (cg_graph_new(&g, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_new: %s", err.message);
    if (doc && cg_graph_add(g, doc, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_add: %s", err.message);
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
                    FUZZ_FAIL("cg_graph_add (page %d): %s", part, err.message);
            }
            cg_document_free(pd);
            s = ff ? ff + 1 : end;
        }
    }
    if (cg_graph_finish(g, &err) != CG_OK) /* igraph failing on a few letters */
        FUZZ_FAIL("cg_graph_finish: %s", err.message);
    if (cg_graph_finish(g, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_finish a second time (a no-op) failed: %s", err.message);
    cg_error uerr;
    if (doc && cg_graph_add(g, doc, &uerr) != CG_ERR_USAGE)
        FUZZ_FAIL("cg_graph_add after cg_graph_finish did not answer CG_ERR_USAGE");
    fuzz_walk_graph(g);
    if (cg_graph_write_graphml(g, fuzz_devnull(), &err) != CG_OK)
        FUZZ_FAIL("cg_graph_write_graphml to /dev/null: %s", err.message);
    fuzz_write_all(g);
    fuzz_readback(g, graphml_path);
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
            FUZZ_FAIL("a failed scan hands nothing out");
        if (st != CG_ERR_INPUT && st != CG_ERR_NOMEM) {
            FUZZ_FAIL("unexpected status %d: %s", (int)st, err.message);
        }
        fuzz_touch(err.message);
        if (inputs++ % GRAPH_EVERY == 0)
            graph_stage(NULL, data, size);
        return 0;
    }
    fuzz_walk_document(doc);
    if (inputs++ % GRAPH_EVERY == 0)
        graph_stage(doc, data, size);
    cg_document_free(doc);
    return 0;
}
