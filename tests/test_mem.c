/* test_mem.c: the library's own allocations go through cg_set_mem.  A
 * counting allocator is installed first; a letter is scanned, a graph made,
 * finished, written and freed, and a registry file loaded: every block
 * allocated through it is freed through it, and it was used at all.
 * Exits 1 when not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "citegraph.h"

static long live, total;

static void *count_calloc(size_t n, size_t size)
{
    live++;
    total++;
    return cg_default_mem()->calloc(n, size);
}

static void *count_realloc(void *p, size_t n)
{
    if (!p) {
        live++;
        total++;
    }
    return cg_default_mem()->realloc(p, n);
}

static void count_free(void *p)
{
    if (p)
        live--;
    cg_default_mem()->free(p);
}

static const cg_mem counting = {count_calloc, count_realloc, count_free};

int main(void)
{
    cg_set_mem(&counting);
    const char *text = "United Nations S/2021/100\n\nLetter dated 1 January 2021 from the Permanent "
                       "Representative of Armenia to the United Nations addressed to the "
                       "Secretary-General\n\nRecalling resolutions 822 (1993) and 853 (1993), "
                       "article 2 (4) of the Charter of the United Nations, and A/75/693.\n";
    cg_error err = {0};
    cg_registry *reg = NULL;
    cg_graph *g = NULL;
    cg_document *d = NULL;
    int bad = 0;
    if (cg_registry_new(&reg, &err) != CG_OK || cg_graph_new(&g, &err) != CG_OK ||
        cg_document_scan(&d, reg, "l.txt", text, strlen(text), &err) != CG_OK ||
        cg_graph_add(g, d, &err) != CG_OK || cg_graph_finish(g, &err) != CG_OK) {
        printf("FAIL: %s\n", err.message);
        bad = 1;
    }
    if (cg_document_ref_count(d) < 4) {
        printf("FAIL: %zu references found, 4 expected\n", cg_document_ref_count(d));
        bad = 1;
    }
    FILE *null = tmpfile();
    if (!null || cg_graph_write(g, CG_OUTPUT_GRAPHML, null, &err) != CG_OK) {
        printf("FAIL: write: %s\n", err.message);
        bad = 1;
    }
    if (null)
        fclose(null);
    char *e = NULL;
    cg_name_escape(&e, "a\x1b.txt");
    count_free(e); /* handed over: freed with the allocator */
    cg_document_free(d);
    cg_graph_free(g);
    cg_registry_free(reg);
    if (total < 50) {
        printf("FAIL: only %ld allocations went through the allocator\n", total);
        bad = 1;
    }
    if (live != 0) {
        printf("FAIL: %ld blocks allocated through the allocator not freed through it\n", live);
        bad = 1;
    }
    printf("%ld allocations, %ld left: %s\n", total, live, bad ? "failed" : "ok");
    return bad;
}
