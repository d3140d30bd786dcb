/* test_leiden.c: the communities of src/leiden.c.
 *   1. two cliques joined by one edge: two communities, one a clique;
 *   2. a ring of 12 triangles: each triangle in one community, the
 *      modularity igraph's Leiden finds;
 *   3. isolated nodes and a node alone: each in a community of its own;
 *   4. planted partitions (groups of nodes, dense inside, sparse between,
 *      drawn from a fixed seed): every community connected (what Leiden
 *      guarantees), the modularity within 0.005 of igraph's Leiden on the
 *      same graph, and the same communities from a second run;
 *   5. weights count: a heavy edge keeps its two ends together.
 * Prints what fails; exits 1 when something does. */
#include <igraph/igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "leiden.h"

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("FAIL: %s\n", what);
        failures++;
    }
}

typedef struct edges {
    uint32_t *src, *dst;
    double *w;
    size_t n, cap;
} edges;

static void add(edges *e, uint32_t a, uint32_t b, double w)
{
    if (e->n == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 64;
        e->src = realloc(e->src, e->cap * sizeof *e->src);
        e->dst = realloc(e->dst, e->cap * sizeof *e->dst);
        e->w = realloc(e->w, e->cap * sizeof *e->w);
        if (!e->src || !e->dst || !e->w)
            abort();
    }
    e->src[e->n] = a;
    e->dst[e->n] = b;
    e->w[e->n++] = w;
}

/* modularity's node weights (strengths) and resolution */
static size_t run(size_t n, const edges *e, uint32_t *mem, double *res_out, double *strength)
{
    double total = 0;
    memset(strength, 0, n * sizeof *strength);
    for (size_t k = 0; k < e->n; k++) {
        strength[e->src[k]] += e->w[k];
        strength[e->dst[k]] += e->w[k];
        total += e->w[k];
    }
    double res = total > 0 ? 1.0 / (2.0 * total) : 1.0;
    if (res_out)
        *res_out = res;
    return cg_leiden(n, e->n, e->src, e->dst, e->w, strength, res, 2, mem);
}

static int same_comm(const uint32_t *mem, uint32_t a, uint32_t b)
{
    return mem[a] == mem[b];
}

/* every community induces a connected subgraph (union-find over the
 * edges inside communities) */
static int connected(size_t n, const edges *e, const uint32_t *mem, size_t k)
{
    uint32_t *up = malloc(n * sizeof *up);
    for (size_t v = 0; v < n; v++)
        up[v] = (uint32_t)v;
    for (size_t q = 0; q < e->n; q++) {
        uint32_t a = e->src[q], b = e->dst[q];
        if (mem[a] != mem[b])
            continue;
        while (up[a] != a)
            a = up[a] = up[up[a]];
        while (up[b] != b)
            b = up[b] = up[up[b]];
        if (a != b)
            up[a] = b;
    }
    size_t roots = 0;
    for (size_t v = 0; v < n; v++)
        roots += up[v] == v;
    free(up);
    return roots == k;
}

static double modularity(size_t n, const edges *e, const uint32_t *mem)
{
    igraph_vector_int_t ev, m;
    igraph_vector_t w;
    igraph_t g;
    igraph_vector_int_init(&ev, (igraph_integer_t)(2 * e->n));
    igraph_vector_init(&w, (igraph_integer_t)e->n);
    for (size_t k = 0; k < e->n; k++) {
        VECTOR(ev)[2 * k] = e->src[k];
        VECTOR(ev)[2 * k + 1] = e->dst[k];
        VECTOR(w)[k] = e->w[k];
    }
    igraph_create(&g, &ev, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
    igraph_vector_int_init(&m, (igraph_integer_t)n);
    for (size_t v = 0; v < n; v++)
        VECTOR(m)[v] = mem[v];
    igraph_real_t q = 0;
    igraph_modularity(&g, &m, &w, 1.0, IGRAPH_UNDIRECTED, &q);
    igraph_vector_int_destroy(&m);
    igraph_destroy(&g);
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&ev);
    return q;
}

static double igraph_leiden_q(size_t n, const edges *e, const double *strength, double res)
{
    igraph_vector_int_t ev, m;
    igraph_vector_t w, nw;
    igraph_t g;
    igraph_vector_int_init(&ev, (igraph_integer_t)(2 * e->n));
    igraph_vector_init(&w, (igraph_integer_t)e->n);
    igraph_vector_init(&nw, (igraph_integer_t)n);
    for (size_t k = 0; k < e->n; k++) {
        VECTOR(ev)[2 * k] = e->src[k];
        VECTOR(ev)[2 * k + 1] = e->dst[k];
        VECTOR(w)[k] = e->w[k];
    }
    for (size_t v = 0; v < n; v++)
        VECTOR(nw)[v] = strength[v];
    igraph_create(&g, &ev, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
    igraph_vector_int_init(&m, 0);
    igraph_rng_seed(igraph_rng_default(), 20261123);
    igraph_integer_t nc = 0;
    igraph_real_t quality = 0;
    igraph_community_leiden(&g, &w, &nw, res, 0.01, 0, 2, &m, &nc, &quality);
    uint32_t *mem = malloc(n * sizeof *mem);
    for (size_t v = 0; v < n; v++)
        mem[v] = (uint32_t)VECTOR(m)[v];
    double q = modularity(n, e, mem);
    free(mem);
    igraph_vector_int_destroy(&m);
    igraph_destroy(&g);
    igraph_vector_destroy(&nw);
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&ev);
    return q;
}

static uint64_t rng = 88172645463325252u;

static double uniform(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (double)(rng >> 11) / 9007199254740992.0;
}

int main(void)
{
    char msg[200];
    {
        /* 1. two cliques of 6, nodes interleaved (0, 2, 4 … and 1, 3, 5 …) */
        edges e = {0};
        for (uint32_t a = 0; a < 12; a += 2)
            for (uint32_t b = a + 2; b < 12; b += 2) {
                add(&e, a, b, 1);
                add(&e, a + 1, b + 1, 1);
            }
        add(&e, 10, 11, 1);
        uint32_t mem[12];
        double s[12];
        size_t k = run(12, &e, mem, NULL, s);
        check(k == 2, "two cliques: two communities");
        for (uint32_t v = 2; v < 12; v++)
            check(same_comm(mem, v, v % 2), "two cliques: each clique one community");
        free(e.src), free(e.dst), free(e.w);
    }
    {
        /* 2. a ring of 12 triangles, each joined to the next by one edge */
        edges e = {0};
        for (uint32_t t = 0; t < 12; t++) {
            uint32_t a = 3 * t;
            add(&e, a, a + 1, 1);
            add(&e, a + 1, a + 2, 1);
            add(&e, a, a + 2, 1);
            add(&e, a + 2, (a + 3) % 36, 1);
        }
        uint32_t mem[36];
        double s[36], res;
        size_t k = run(36, &e, mem, &res, s);
        /* modularity joins neighbouring triangles (its resolution limit:
         * two triangles together score more than each alone) */
        double q = modularity(36, &e, mem), qi = igraph_leiden_q(36, &e, s, res);
        snprintf(msg, sizeof msg, "ring of triangles: %zu communities, modularity %.4f, igraph's %.4f", k, q, qi);
        check(k >= 4 && k <= 12 && q >= qi - 1e-9, msg);
        for (uint32_t t = 0; t < 12; t++)
            check(same_comm(mem, 3 * t, 3 * t + 1) && same_comm(mem, 3 * t, 3 * t + 2),
                  "ring of triangles: a triangle together");
        free(e.src), free(e.dst), free(e.w);
    }
    {
        /* 3. nodes 0, 1 joined, 2 and 3 alone, 4 with a loop only */
        edges e = {0};
        add(&e, 0, 1, 1);
        add(&e, 4, 4, 1);
        uint32_t mem[5];
        double s[5];
        size_t k = run(5, &e, mem, NULL, s);
        check(k == 4, "isolated nodes: four communities");
        check(mem[0] == mem[1] && mem[2] != mem[3] && mem[2] != mem[0] && mem[4] != mem[2],
              "isolated nodes: each alone");
        check(mem[0] == 0, "numbered by first node");
        check(cg_leiden(0, 0, NULL, NULL, NULL, NULL, 1.0, 2, NULL) == 0, "empty graph");
        free(e.src), free(e.dst), free(e.w);
    }
    for (int round = 0; round < 4; round++) {
        /* 4. planted partitions */
        size_t groups = 8 + 8 * (size_t)round, size = 20 + 10 * (size_t)round, n = groups * size;
        double pin = 0.3, pout = 0.6 / (double)n;
        edges e = {0};
        for (uint32_t a = 0; a < n; a++)
            for (uint32_t b = a + 1; b < n; b++)
                if (uniform() < (a / size == b / size ? pin : pout))
                    add(&e, a, b, 0.5 + uniform());
        uint32_t *mem = malloc(n * sizeof *mem), *again = malloc(n * sizeof *again);
        double *s = malloc(n * sizeof *s), res;
        size_t k = run(n, &e, mem, &res, s);
        size_t k2 = run(n, &e, again, NULL, s);
        check(k == k2 && !memcmp(mem, again, n * sizeof *mem), "planted: the same communities again");
        snprintf(msg, sizeof msg, "planted %zu x %zu: every community connected", groups, size);
        check(connected(n, &e, mem, k), msg);
        double q = modularity(n, &e, mem), qi = igraph_leiden_q(n, &e, s, res);
        snprintf(msg, sizeof msg, "planted %zu x %zu: modularity %.4f, igraph's %.4f", groups, size, q, qi);
        check(q >= qi - 0.005, msg);
        printf("planted %zu x %zu: %zu communities, modularity %.4f (igraph's Leiden %.4f)\n", groups, size,
               k, q, qi);
        free(mem), free(again), free(s);
        free(e.src), free(e.dst), free(e.w);
    }
    {
        /* 5. a path 0-1-2-3 with 1-2 heavy: 1 and 2 together */
        edges e = {0};
        add(&e, 0, 1, 1);
        add(&e, 1, 2, 50);
        add(&e, 2, 3, 1);
        add(&e, 3, 4, 1);
        add(&e, 4, 5, 1);
        add(&e, 5, 3, 1);
        uint32_t mem[6];
        double s[6];
        run(6, &e, mem, NULL, s);
        check(mem[1] == mem[2], "a heavy edge keeps its ends together");
        check(mem[3] == mem[4] && mem[4] == mem[5] && mem[3] != mem[1], "the triangle apart");
        free(e.src), free(e.dst), free(e.w);
    }
    if (failures)
        printf("%d failed\n", failures);
    return failures != 0;
}
