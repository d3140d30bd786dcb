/* fuzz_graphml: the input is a GraphML file.
 *
 * It is written to a temporary file (made once, rewritten for each input)
 * and read with cg_graph_load_graphml, the reader behind every query
 * command (top, trace, path, related, stats).  A graph that loads is
 * walked (every node and edge view), ranked with cg_graph_top, queried as
 * the command line does, written in every output format to /dev/null, and
 * written as GraphML and read back: a graph citegraph read, citegraph
 * writes so that it reads again with every node and edge. */
#include "fuzz_common.h"

static const char *path, *back_path;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path) {
        cg_init();
        path = fuzz_tmpfile("input.graphml");
        back_path = fuzz_tmpfile("readback.graphml");
    }
    fuzz_write(path, data, size);
    cg_graph *g = NULL;
    cg_error err;
    memset(&err, 0, sizeof err);
    cg_status st = cg_graph_load_graphml(&g, path, &err);
    if (st != CG_OK) {
        if (g != NULL)
            FUZZ_FAIL("a failed load hands nothing out");
        fuzz_touch(err.message);
        return 0;
    }
    fuzz_walk_graph(g);
    if (cg_graph_write_graphml(g, fuzz_devnull(), &err) != CG_OK)
        FUZZ_FAIL("cg_graph_write_graphml to /dev/null: %s", err.message);
    fuzz_write_all(g);
    fuzz_readback(g, back_path);
    cg_graph_free(g);
    return 0;
}
