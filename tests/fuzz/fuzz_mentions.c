/* fuzz_mentions: the input is a JSON Lines file as citegraph scan --jsonl
 * writes it, read as build reads a FILE.jsonl (src/cli/docjson.c).
 *
 * cli_jsonl_read; on success every letter is walked, written back as
 * scan --jsonl writes it and read again (the second reading must give the
 * same letter: the same bytes in the scan cache's binary form), put in
 * the scan cache's binary form and read back from it (the same bytes
 * again), and the letters make a graph, finished, walked and written in
 * every format to /dev/null.  A refusal must say why and hand nothing out
 * but the letters of the lines before. */
#include "fuzz_common.h"

#include "cli.h"
#include "docbin.h"
#include "docjson.h"

static void same_entry(const cg_document *a, const cg_document *b, const char *what)
{
    cg_buf x = {0}, y = {0};
    cli_doc_encode(&x, a);
    cli_doc_encode(&y, b);
    if (x.len != y.len || memcmp(x.s, y.s, x.len) != 0)
        FUZZ_FAIL("%s: not the same letter", what);
    cg_buf_free(&x);
    cg_buf_free(&y);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    if (!init) {
        cg_init();
        init = 1;
    }
    cg_vec docs = {0};
    cg_error err;
    memset(&err, 0, sizeof err);
    cg_status st = cli_jsonl_read(&docs, "in.jsonl", (const char *)data, size, &err);
    if (st != CG_OK) {
        if (st != CG_ERR_FORMAT || !err.message[0])
            FUZZ_FAIL("a refusal says why (status %d)", (int)st);
        fuzz_touch(err.message);
    }
    cg_graph *g = NULL;
    cg_graph_new(&g, &err);
    for (size_t k = 0; k < docs.n; k++) {
        cg_document *d = docs.v[k];
        fuzz_walk_document(d);
        const cg_meta *m = cg_document_meta(d);
        /* through the JSON of scan --jsonl */
        json_t *o = cli_doc_json(d, NULL);
        cg_document *d2 = NULL;
        if (cli_doc_from_json(&d2, o, "again", 1, m->file, NULL, &err) != CG_OK)
            FUZZ_FAIL("a letter written as JSON is not read back: %s", err.message);
        json_decref(o);
        same_entry(d, d2, "JSON written and read back");
        cg_document_free(d2);
        /* through the scan cache's binary form */
        cg_buf b = {0};
        cli_doc_encode(&b, d);
        cg_document *d3 = NULL;
        if (cli_doc_decode(&d3, b.s, b.len, m->file, NULL, &err) != CG_OK)
            FUZZ_FAIL("a cache entry is not read back: %s", err.message);
        cg_buf_free(&b);
        same_entry(d, d3, "cache entry written and read back");
        cg_document_free(d3);
        cg_error ge;
        memset(&ge, 0, sizeof ge);
        cg_graph_add(g, d, &ge);
        cg_document_free(d);
    }
    cg_vec_free(&docs, NULL);
    if (cg_graph_finish(g, &err) == CG_OK) {
        fuzz_walk_graph(g);
        fuzz_write_all(g);
    }
    cg_graph_free(g);
    return 0;
}
