/* fuzz_registry: the input is a user registry file (--registry).
 *
 * The input is written to a temporary file and loaded with cg_registry_load
 * into a registry holding the built-in data.  A load that gets past the
 * JSON parser may change the registry, so such an input gets a fresh one
 * (cg_registry_new, ~20 ms under ASan): no input depends on the ones
 * before it.  Most mutated inputs are not JSON at all; for those, which
 * cg_registry_load rejects before it touches the registry, one pristine
 * registry made at start-up is reused, checked with jansson (the parser
 * and the flags the library uses) first.  Should the library accept such
 * an input after all, the shared registry is replaced.  When it loads, a short letter naming instruments,
 * cases and reporters is scanned with the registry, so that the entries
 * just added (their titles, names, labels and dates) go through the title
 * and phrase lookups of the scanner. */
#include <jansson.h>

#include "fuzz_common.h"

static const char *path;
static cg_registry *pristine; /* built-in data only, for inputs that are not JSON */

/* Titles of the seed registries (tests/fuzz/corpus/registry) and of the
 * built-in data, in both languages, in the places the scanner looks. */
static const char letter[] =
    "2021 年 8 月 18 日亚美尼亚常驻联合国代表给秘书长的信\n\n"
    "根据《联合国宪章》第 2 条第 4 款和《测试公约》第 5 条，以及《条约汇编》，"
    "第 1514(XV)号决议和《世界人权宣言》第 3 条，参见科孚海峡案和 Test Case v. Example。\n\n"
    "Letter dated 1 October 2020 from the Permanent Representative of Azerbaijan "
    "to the United Nations addressed to the Secretary-General\n\n"
    "Under Article 51 of the Charter of the United Nations, the Test Convention, "
    "the Convention on Testing, the Example v. Test case and the Corfu Channel case "
    "(I.C.J. Reports 1949, p. 4), United Nations, Treaty Series, vol. 1, "
    "and the Friendly Relations Declaration, resolution 2625 (XXV).\n";

static cg_registry *new_registry(void)
{
    cg_registry *reg = NULL;
    cg_error err;
    if (cg_registry_new(&reg, &err) != CG_OK) {
        FUZZ_FAIL("cg_registry_new: %s", err.message);
    }
    return reg;
}

/* Whether jansson parses the input as cg_registry_load will. */
static int is_json(const uint8_t *data, size_t size)
{
    json_error_t je;
    json_t *root = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &je);
    json_decref(root);
    return root != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!path) {
        cg_init();
        path = fuzz_tmpfile("registry.json");
        pristine = new_registry();
    }
    fuzz_write(path, data, size);
    int shared = !is_json(data, size);
    cg_registry *reg = shared ? pristine : new_registry();
    cg_error err;
    memset(&err, 0, sizeof err);
    cg_status st = cg_registry_load(reg, path, &err);
    if (st == CG_OK) {
        cg_document *doc = NULL;
        if (cg_document_scan(&doc, reg, "letter.txt", letter, sizeof letter - 1, &err) != CG_OK) {
            FUZZ_FAIL("the fixed letter no longer scans: %s", err.message);
        }
        fuzz_walk_document(doc);
        cg_document_free(doc);
    } else {
        if (st != CG_ERR_FORMAT && st != CG_ERR_IO) {
            FUZZ_FAIL("unexpected status %d: %s", (int)st, err.message);
        }
        fuzz_touch(err.message);
    }
    if (!shared) {
        cg_registry_free(reg);
    } else if (st == CG_OK) {
        /* loaded what jansson rejects: the shared registry has changed */
        cg_registry_free(pristine);
        pristine = new_registry();
    }
    return 0;
}
