/* fuzz_cache: the input is an entry of the scan cache (src/cli/docbin.c),
 * as a damaged or forged cache file could hand it to cli_doc_decode (the
 * row's checksum is checked before; this is what a checksum that matches
 * by chance, or a cache written by hand, would reach).
 *
 * cli_doc_decode; on success the letter is walked, encoded again, decoded
 * again and encoded a third time: the last two encodings must be the same
 * bytes (what the cache writes reads back exactly), and the letter is added
 * to a graph, finished and written as GraphML to /dev/null.  A refusal must
 * say why and hand nothing out. */
#include "fuzz_common.h"

#include "docbin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    if (!init) {
        cg_init();
        init = 1;
    }
    cg_document *d = NULL;
    cg_error err;
    memset(&err, 0, sizeof err);
    cg_status st = cli_doc_decode(&d, data, size, "cached.txt", "cached.txt", &err);
    if (st != CG_OK) {
        if (d || st != CG_ERR_FORMAT || !err.message[0])
            FUZZ_FAIL("a refusal says why and hands nothing out (status %d)", (int)st);
        fuzz_touch(err.message);
        return 0;
    }
    fuzz_walk_document(d);
    cg_buf a = {0}, b = {0};
    cli_doc_encode(&a, d);
    cg_document *d2 = NULL;
    if (cli_doc_decode(&d2, a.s, a.len, "cached.txt", "cached.txt", &err) != CG_OK)
        FUZZ_FAIL("an entry written is not read back: %s", err.message);
    cli_doc_encode(&b, d2);
    if (a.len != b.len || memcmp(a.s, b.s, a.len) != 0)
        FUZZ_FAIL("an entry written and read back is not the same");
    cg_buf_free(&a);
    cg_buf_free(&b);
    cg_graph *g = NULL;
    cg_graph_new(&g, &err);
    cg_graph_add(g, d2, &err);
    if (cg_graph_finish(g, &err) == CG_OK) {
        fuzz_walk_graph(g);
        fuzz_write_all(g);
    }
    cg_graph_free(g);
    cg_document_free(d2);
    cg_document_free(d);
    return 0;
}
