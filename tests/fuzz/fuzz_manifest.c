/* fuzz_manifest: the input is a manifest (--manifest).
 *
 * The first byte chooses the format, as the file name does for the
 * library: even -> .csv, odd -> .json; the rest is the file.  It is written
 * to one of two temporary files (made once) and read with
 * cg_manifest_load.  When it loads, it is applied to three small letters
 * (matched by path as given, by base name, and not at all), which runs
 * cg_document_override with whatever symbols, dates, senders and languages
 * the manifest holds; the letters then make a graph (as `build --manifest`
 * does), which is finished, walked, written in every output format to
 * /dev/null, and written as GraphML and read back (nothing may be lost). */
#include "fuzz_common.h"

static const char *csv_path, *json_path, *graphml_path;
static cg_registry *reg;

static const char letter[] =
    "2021 年 8 月 18 日亚美尼亚常驻联合国代表给秘书长的信\n\n"
    "安理会第 822(1993)号决议和 A/75/379 号文件。\n";

/* The names the seed manifests (tests/fuzz/corpus/manifest) use. */
static const char *const names[] = {"letters/letter.txt", "a.txt", "none.txt"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cg_error err;
    memset(&err, 0, sizeof err);
    if (!reg) {
        cg_init();
        csv_path = fuzz_tmpfile("manifest.csv");
        json_path = fuzz_tmpfile("manifest.json");
        graphml_path = fuzz_tmpfile("readback.graphml");
        if (cg_registry_new(&reg, &err) != CG_OK)
            FUZZ_FAIL("cg_registry_new: %s", err.message);
    }
    if (size == 0)
        return 0;
    const char *path = data[0] % 2 == 0 ? csv_path : json_path;
    fuzz_write(path, data + 1, size - 1);
    cg_manifest *m = NULL;
    cg_status st = cg_manifest_load(&m, path, &err);
    if (st != CG_OK) {
        if (m != NULL)
            FUZZ_FAIL("a failed load hands nothing out");
        if (st != CG_ERR_FORMAT && st != CG_ERR_IO)
            FUZZ_FAIL("unexpected status %d: %s", (int)st, err.message);
        fuzz_touch(err.message);
        return 0;
    }
    cg_graph *g = NULL;
    if (cg_graph_new(&g, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_new: %s", err.message);
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        cg_document *doc = NULL;
        if (cg_document_scan(&doc, reg, names[k], letter, sizeof letter - 1, &err) != CG_OK)
            FUZZ_FAIL("the fixed letter no longer scans: %s", err.message);
        fuzz_sink += (size_t)cg_manifest_apply(m, doc);
        fuzz_walk_document(doc);
        if (cg_graph_add(g, doc, &err) != CG_OK)
            FUZZ_FAIL("cg_graph_add: %s", err.message);
        cg_document_free(doc);
    }
    cg_manifest_free(m);
    if (cg_graph_finish(g, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_finish: %s", err.message);
    fuzz_walk_graph(g);
    if (cg_graph_write_graphml(g, fuzz_devnull(), &err) != CG_OK)
        FUZZ_FAIL("cg_graph_write_graphml to /dev/null: %s", err.message);
    fuzz_write_all(g);
    fuzz_readback(g, graphml_path);
    cg_graph_free(g);
    return 0;
}
