/* test_par.c: work over threads gives what one thread gives.
 *   1. cg_par_for visits every item once, for any thread count and grain;
 *   2. cg_par_emit hands the chunks over in order, and stops when the sink
 *      says so;
 *   3. a graph of a few thousand letters (made here, each citing several
 *      resolutions and an earlier letter) finished and written as GraphML
 *      and JSON with 1, 2, 3 and 8 threads: the same bytes each time.
 * Prints what differs; exits 1 when something does. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "citegraph.h"
#include "par.h"

static int failures;
static int large_seen; /* 1: a large graph had no betweenness; 2: one had it on request */

static void fail(const char *what)
{
    printf("FAIL: %s\n", what);
    failures++;
}

static void mark(void *ctx, size_t b, size_t e)
{
    unsigned char *seen = ctx;
    for (size_t i = b; i < e; i++)
        seen[i]++;
}

static void fmt_items(void *ctx, size_t b, size_t e, cg_buf *out)
{
    (void)ctx;
    for (size_t i = b; i < e; i++)
        cg_buf_printf(out, "%zu,", i);
}

typedef struct collect {
    cg_buf b;
    size_t calls, stop_after;
} collect;

static int sink(void *sctx, const char *s, size_t len)
{
    collect *c = sctx;
    cg_buf_add(&c->b, s, len);
    return ++c->calls == c->stop_after ? 7 : 0;
}

static void test_par(void)
{
    const unsigned threads[] = {1, 2, 3, 8};
    const size_t grains[] = {1, 7, 1000, 5000};
    const size_t n = 4099;
    cg_buf want = {0};
    fmt_items(NULL, 0, n, &want);
    for (size_t t = 0; t < 4; t++)
        for (size_t g = 0; g < 4; g++) {
            unsigned char *seen = calloc(n, 1);
            cg_par_for(threads[t], n, grains[g], mark, seen);
            for (size_t i = 0; i < n; i++)
                if (seen[i] != 1) {
                    fail("cg_par_for: an item not visited exactly once");
                    break;
                }
            free(seen);
            collect c = {{0}, 0, 0};
            int rc = cg_par_emit(threads[t], n, grains[g], fmt_items, NULL, sink, &c);
            if (rc != 0 || c.b.len != want.len || memcmp(c.b.s, want.s, want.len) != 0)
                fail("cg_par_emit: not the serial text");
            cg_buf_free(&c.b);
            /* a sink that fails at its third chunk stops the run there */
            collect s = {{0}, 0, 3};
            rc = cg_par_emit(threads[t], n, grains[g], fmt_items, NULL, sink, &s);
            size_t chunks = (n + grains[g] - 1) / grains[g];
            if (chunks >= 3 && (rc != 7 || s.calls != 3))
                fail("cg_par_emit: a failing sink does not stop the run");
            cg_buf_free(&s.b);
        }
    cg_buf_free(&want);
}

/* letter k: its own symbol and date, citing resolutions, a treaty article
 * and the letter before it */
static char *letter(size_t k)
{
    cg_buf b = {0};
    cg_buf_printf(&b,
                  "United Nations S/%zu/%zu\n\nSecurity Council Distr.: General\n%zu January 2021\n\n"
                  "Letter dated %zu January 2021 from the Permanent Representative of Armenia to the "
                  "United Nations addressed to the Secretary-General\n\n"
                  "Recalling Security Council resolutions %zu (1993), %zu (1993) and %zu (1994), and "
                  "article %zu of the Charter of the United Nations, and my letter (S/%zu/%zu).\n",
                  2021 - k % 3, 100 + k, 1 + k % 28, 1 + k % 28, 800 + k % 97, 900 + k % 53,
                  700 + k % 13, 1 + k % 50, 2021 - (k + 2) % 3, 100 + (k ? k - 1 : 0));
    return cg_buf_take(&b);
}

static char *graph_text(size_t letters, unsigned threads, int json, unsigned measures)
{
    cg_error err = {0};
    cg_registry *reg = NULL;
    cg_graph *g = NULL;
    if (cg_registry_new(&reg, &err) != CG_OK || cg_graph_new(&g, &err) != CG_OK) {
        fail(err.message);
        return NULL;
    }
    cg_graph_set_threads(g, threads);
    cg_graph_set_measures(g, measures, &err);
    for (size_t k = 0; k < letters; k++) {
        char *t = letter(k), name[64];
        snprintf(name, sizeof name, "l/%05zu.txt", k);
        cg_document *d = NULL;
        if (cg_document_scan(&d, reg, name, t, strlen(t), &err) != CG_OK ||
            cg_graph_add(g, d, &err) != CG_OK)
            fail(err.message);
        cg_document_free(d);
        free(t);
    }
    if (cg_graph_finish(g, &err) != CG_OK)
        fail(err.message);
    /* no betweenness above V x E = 5e7, unless asked */
    double ve = (double)cg_graph_node_count(g) * (double)cg_graph_edge_count(g);
    int want = (measures & CG_MEASURES_EXACT_BETWEENNESS) || ve <= 5e7;
    if (cg_graph_has_betweenness(g) != want)
        fail("betweenness: computed where the measures do not ask for it, or missing");
    {
        cg_node_view v;
        cg_graph_node_view(g, 0, &v);
        if (want ? isnan(v.betweenness) || v.betweenness < 0 : !isnan(v.betweenness))
            fail("betweenness: a node's value does not say whether the graph has it");
    }
    if (ve > 5e7)
        large_seen |= want ? 2 : 1;
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    cg_status st = cg_graph_write(g, json ? CG_OUTPUT_JSON : CG_OUTPUT_GRAPHML, fp, &err);
    if (st != CG_OK)
        fail(err.message);
    fclose(fp);
    /* the writers leave out what was not computed */
    if (!want && strstr(buf, json ? "\"betweenness\"" : "<data key=\"betweenness\">"))
        fail("betweenness written for a graph that has none");
    if (want && !strstr(buf, json ? "\"betweenness\"" : "<data key=\"betweenness\">"))
        fail("betweenness missing from a graph that has it");
    cg_graph_free(g);
    cg_registry_free(reg);
    return buf;
}

static void test_graph(void)
{
    const unsigned threads[] = {2, 3, 8};
    for (int json = 0; json < 2; json++) {
        char *one = graph_text(3000, 1, json, CG_MEASURES_DEFAULT);
        if (!one || strlen(one) < 100000) {
            fail("the graph of 3000 letters is too small to cut into chunks");
            free(one);
            continue;
        }
        for (size_t t = 0; t < 3; t++) {
            char *many = graph_text(3000, threads[t], json, CG_MEASURES_DEFAULT);
            if (!many || strcmp(one, many) != 0) {
                char what[96];
                snprintf(what, sizeof what, "%s with %u threads differs from one thread",
                         json ? "JSON" : "GraphML", threads[t]);
                fail(what);
            }
            free(many);
        }
        free(one);
    }
}

int main(void)
{
    test_par();
    test_graph();
    free(graph_text(5000, 2, 0, CG_MEASURES_DEFAULT));
    free(graph_text(5000, 2, 0, CG_MEASURES_EXACT_BETWEENNESS));
    if (large_seen != 3)
        fail("no graph large enough to leave betweenness out");
    printf("%s\n", failures ? "failed" : "ok");
    return failures != 0;
}
