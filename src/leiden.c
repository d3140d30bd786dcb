/* leiden.c: the Leiden algorithm (V. A. Traag, L. Waltman, N. J. van Eck,
 * "From Louvain to Leiden: guaranteeing well-connected communities",
 * Scientific Reports 9, 5233 (2019)), for the quality igraph's
 * igraph_community_leiden optimizes: the sum over pairs i, j in one
 * community of A_ij - resolution * n_i * n_j.
 *
 * Each level: (1) fast local moving: nodes are taken from a queue (every
 * node, in index order, then the neighbours of a node that moved) and each
 * goes to the neighbouring community, or an empty one, that gains most;
 * (2) refinement: within each community every node still alone and well
 * connected to its community joins the well-connected sub-community of
 * its community that gains most (the paper draws it at random, weighted by
 * exp(gain / beta); the largest gain is that draw's limit as beta goes to
 * 0, and needs no random numbers); (3) the graph of the refined
 * sub-communities, which start in the community of their nodes.  Until
 * refinement joins no node.  Ties go to the current community, then to
 * the community met first: nodes and edges in the same order give the
 * same communities, on any machine and in any thread.
 *
 * Memory: the graph as adjacency arrays (12 bytes a half-edge), and a few
 * arrays of the nodes. */
#include "leiden.h"

#include <string.h>

#include "util.h"

typedef struct lgraph {
    size_t n;
    size_t *off;  /* n + 1: node v's neighbours are adj[off[v] .. off[v + 1]) */
    uint32_t *adj;
    double *w;
    double *nw;   /* node weights */
} lgraph;

static void lgraph_free(lgraph *g)
{
    cg_free(g->off);
    cg_free(g->adj);
    cg_free(g->w);
    cg_free(g->nw);
    memset(g, 0, sizeof *g);
}

/* Scratch: an accumulator over community ids and the ids it touched. */
typedef struct accum {
    double *acc;
    uint32_t *touched;
    char *seen;
    size_t nt;
} accum;

static void acc_add(accum *a, uint32_t c, double wt)
{
    if (!a->seen[c]) {
        a->seen[c] = 1;
        a->acc[c] = 0;
        a->touched[a->nt++] = c;
    }
    a->acc[c] += wt;
}

static void acc_clear(accum *a)
{
    for (size_t k = 0; k < a->nt; k++)
        a->seen[a->touched[k]] = 0;
    a->nt = 0;
}

/* Numbers the communities from 0 in the order of their first node;
 * returns how many. */
static size_t renumber(uint32_t *comm, size_t n, uint32_t *map /* n, scratch */)
{
    for (size_t v = 0; v < n; v++)
        map[v] = UINT32_MAX;
    uint32_t k = 0;
    for (size_t v = 0; v < n; v++) {
        if (map[comm[v]] == UINT32_MAX)
            map[comm[v]] = k++;
        comm[v] = map[comm[v]];
    }
    return k;
}

/* A fixed permutation (Fisher-Yates with splitmix64 from a constant
 * seed): the order igraph draws at random, the same every run. */
static void shuffle(uint32_t *v, size_t n)
{
    uint64_t x = 0x9E3779B97F4A7C15u ^ (uint64_t)n;
    for (size_t k = n; k > 1; k--) {
        x += 0x9E3779B97F4A7C15u;
        uint64_t z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        z ^= z >> 31;
        size_t j = (size_t)(z % k);
        uint32_t t = v[k - 1];
        v[k - 1] = v[j];
        v[j] = t;
    }
}

/* (1) Fast local moving of the nodes of g between the communities comm
 * (ids below g->n). */
static void move_nodes(const lgraph *g, uint32_t *comm, double gamma, accum *a)
{
    size_t n = g->n;
    double *cw = cg_xcalloc(n, sizeof *cw);
    uint32_t *cn = cg_xcalloc(n, sizeof *cn);
    for (size_t v = 0; v < n; v++) {
        cw[comm[v]] += g->nw[v];
        cn[comm[v]]++;
    }
    /* the empty communities, the smallest id on top */
    uint32_t *empty = cg_xmalloc(n * sizeof *empty);
    size_t ne = 0;
    for (size_t c = n; c-- > 0;)
        if (!cn[c])
            empty[ne++] = (uint32_t)c;
    /* the queue: a ring of n, each node in it at most once */
    uint32_t *q = cg_xmalloc(n * sizeof *q);
    char *inq = cg_xmalloc(n);
    for (size_t v = 0; v < n; v++)
        q[v] = (uint32_t)v;
    shuffle(q, n);
    memset(inq, 1, n);
    size_t head = 0, len = n;
    while (len) {
        uint32_t v = q[head];
        head = head + 1 == n ? 0 : head + 1;
        len--;
        inq[v] = 0;
        uint32_t d = comm[v];
        for (size_t k = g->off[v]; k < g->off[v + 1]; k++)
            if (g->adj[k] != v)
                acc_add(a, comm[g->adj[k]], g->w[k]);
        double nv = g->nw[v];
        cw[d] -= nv;
        if (!--cn[d])
            cw[d] = 0; /* exactly: no rounding left over */
        uint32_t best = d;
        double bestgain = (a->seen[d] ? a->acc[d] : 0) - gamma * nv * cw[d];
        for (size_t k = 0; k < a->nt; k++) {
            uint32_t c = a->touched[k];
            double gain = a->acc[c] - gamma * nv * cw[c];
            if (gain > bestgain) {
                bestgain = gain;
                best = c;
            }
        }
        if (bestgain < 0 && cn[d] > 0) {
            /* alone is better: an empty community */
            best = empty[--ne];
        }
        acc_clear(a);
        comm[v] = best;
        cw[best] += nv;
        cn[best]++;
        if (best == d)
            continue;
        if (!cn[d])
            empty[ne++] = d;
        for (size_t k = g->off[v]; k < g->off[v + 1]; k++) {
            uint32_t u = g->adj[k];
            if (!inq[u] && comm[u] != best) {
                size_t tail = head + len < n ? head + len : head + len - n;
                q[tail] = u;
                inq[u] = 1;
                len++;
            }
        }
    }
    cg_free(cw);
    cg_free(cn);
    cg_free(empty);
    cg_free(q);
    cg_free(inq);
}

/* (2) The refinement of the communities comm (numbered 0 .. k - 1):
 * writes each node's sub-community (ids of nodes) to ref. */
static void refine(const lgraph *g, const uint32_t *comm, size_t k, double gamma, uint32_t *ref,
                   accum *a)
{
    size_t n = g->n;
    double *cw = cg_xcalloc(k ? k : 1, sizeof *cw); /* community weights */
    for (size_t v = 0; v < n; v++)
        cw[comm[v]] += g->nw[v];
    double *ext = cg_xcalloc(n, sizeof *ext);   /* a node's weight to the rest of its community */
    double *rext = cg_xmalloc(n * sizeof *rext); /* a sub-community's, to the rest of it */
    double *rw = cg_xmalloc(n * sizeof *rw);     /* sub-community weights */
    uint32_t *rn = cg_xmalloc(n * sizeof *rn);   /* sub-community sizes */
    for (size_t v = 0; v < n; v++) {
        for (size_t e = g->off[v]; e < g->off[v + 1]; e++)
            if (g->adj[e] != v && comm[g->adj[e]] == comm[v])
                ext[v] += g->w[e];
        ref[v] = (uint32_t)v;
        rext[v] = ext[v];
        rw[v] = g->nw[v];
        rn[v] = 1;
    }
    uint32_t *order = cg_xmalloc(n * sizeof *order);
    for (size_t v = 0; v < n; v++)
        order[v] = (uint32_t)v;
    shuffle(order, n);
    for (size_t o = 0; o < n; o++) {
        uint32_t v = order[o];
        uint32_t c = comm[v];
        double nv = g->nw[v];
        if (rn[ref[v]] != 1 || ext[v] < gamma * nv * (cw[c] - nv))
            continue; /* not alone, or not well connected to its community */
        for (size_t e = g->off[v]; e < g->off[v + 1]; e++) {
            uint32_t u = g->adj[e];
            if (u != v && comm[u] == c)
                acc_add(a, ref[u], g->w[e]);
        }
        uint32_t best = ref[v];
        double bestgain = 0;
        for (size_t t = 0; t < a->nt; t++) {
            uint32_t r = a->touched[t];
            if (r == ref[v] || rext[r] < gamma * rw[r] * (cw[c] - rw[r]))
                continue;
            double gain = a->acc[r] - gamma * nv * rw[r];
            if (gain > bestgain) {
                bestgain = gain;
                best = r;
            }
        }
        if (best != ref[v]) {
            uint32_t old = ref[v];
            rn[old] = 0;
            rw[old] = 0;
            rext[best] += ext[v] - 2 * a->acc[best];
            rw[best] += nv;
            rn[best]++;
            ref[v] = best;
        }
        acc_clear(a);
    }
    cg_free(order);
    cg_free(cw);
    cg_free(ext);
    cg_free(rext);
    cg_free(rw);
    cg_free(rn);
}

/* (3) The graph of the sub-communities ref (numbered 0 .. r - 1), its
 * edges between two of them summed, loops dropped. */
static void aggregate(const lgraph *g, const uint32_t *ref, size_t r, lgraph *out, accum *a)
{
    size_t n = g->n;
    /* the nodes of each sub-community, in order (CSR) */
    size_t *mo = cg_xcalloc(r + 1, sizeof *mo);
    uint32_t *mem = cg_xmalloc((n ? n : 1) * sizeof *mem);
    for (size_t v = 0; v < n; v++)
        mo[ref[v] + 1]++;
    for (size_t c = 0; c < r; c++)
        mo[c + 1] += mo[c];
    size_t *fill = cg_xcalloc(r ? r : 1, sizeof *fill);
    for (size_t v = 0; v < n; v++)
        mem[mo[ref[v]] + fill[ref[v]]++] = (uint32_t)v;
    cg_free(fill);
    out->n = r;
    out->off = cg_xmalloc((r + 1) * sizeof *out->off);
    out->nw = cg_xcalloc(r ? r : 1, sizeof *out->nw);
    size_t cap = g->off[n] ? g->off[n] : 1, len = 0;
    out->adj = cg_xmalloc(cap * sizeof *out->adj);
    out->w = cg_xmalloc(cap * sizeof *out->w);
    for (size_t c = 0; c < r; c++) {
        out->off[c] = len;
        for (size_t q = mo[c]; q < mo[c + 1]; q++) {
            uint32_t v = mem[q];
            out->nw[c] += g->nw[v];
            for (size_t e = g->off[v]; e < g->off[v + 1]; e++)
                if (ref[g->adj[e]] != c)
                    acc_add(a, ref[g->adj[e]], g->w[e]);
        }
        /* at most as many half-edges as the graph below has */
        for (size_t t = 0; t < a->nt; t++) {
            out->adj[len] = a->touched[t];
            out->w[len++] = a->acc[a->touched[t]];
        }
        acc_clear(a);
    }
    out->off[r] = len;
    cg_free(mo);
    cg_free(mem);
}

size_t cg_leiden(size_t n, size_t m, const uint32_t *src, const uint32_t *dst, const double *w,
                 const double *node_w, double resolution, int iterations, uint32_t *membership)
{
    if (!n)
        return 0;
    /* the graph, each edge in both directions, loops dropped */
    lgraph base = {0};
    base.n = n;
    base.off = cg_xcalloc(n + 1, sizeof *base.off);
    for (size_t k = 0; k < m; k++)
        if (src[k] != dst[k]) {
            base.off[src[k] + 1]++;
            base.off[dst[k] + 1]++;
        }
    for (size_t v = 0; v < n; v++)
        base.off[v + 1] += base.off[v];
    size_t h = base.off[n];
    base.adj = cg_xmalloc((h ? h : 1) * sizeof *base.adj);
    base.w = cg_xmalloc((h ? h : 1) * sizeof *base.w);
    size_t *fill = cg_xcalloc(n, sizeof *fill);
    for (size_t k = 0; k < m; k++) {
        uint32_t s = src[k], d = dst[k];
        if (s == d)
            continue;
        size_t i = base.off[s] + fill[s]++, j = base.off[d] + fill[d]++;
        base.adj[i] = d;
        base.w[i] = w[k];
        base.adj[j] = s;
        base.w[j] = w[k];
    }
    cg_free(fill);
    base.nw = cg_xmalloc(n * sizeof *base.nw);
    memcpy(base.nw, node_w, n * sizeof *base.nw);

    accum a;
    a.acc = cg_xmalloc(n * sizeof *a.acc);
    a.touched = cg_xmalloc(n * sizeof *a.touched);
    a.seen = cg_xcalloc(n, 1);
    a.nt = 0;
    uint32_t *map = cg_xmalloc(n * sizeof *map);  /* original node -> node of this level */
    uint32_t *comm = cg_xmalloc(n * sizeof *comm); /* this level's communities */
    uint32_t *ref = cg_xmalloc(n * sizeof *ref);
    uint32_t *scratch = cg_xmalloc(n * sizeof *scratch);
    for (size_t v = 0; v < n; v++)
        membership[v] = (uint32_t)v;
    size_t k = n;
    for (int it = 0; it < (iterations > 0 ? iterations : 1); it++) {
        const lgraph *g = &base;
        lgraph level = {0};
        for (size_t v = 0; v < n; v++) {
            map[v] = (uint32_t)v;
            comm[v] = membership[v];
        }
        for (;;) {
            move_nodes(g, comm, resolution, &a);
            k = renumber(comm, g->n, scratch);
            refine(g, comm, k, resolution, ref, &a);
            size_t r = renumber(ref, g->n, scratch);
            if (r == g->n)
                break; /* refinement joined nothing: comm is final */
            /* each sub-community starts in its community */
            for (size_t v = 0; v < g->n; v++)
                scratch[ref[v]] = comm[v];
            lgraph next = {0};
            aggregate(g, ref, r, &next, &a);
            for (size_t v = 0; v < n; v++)
                map[v] = ref[map[v]];
            memcpy(comm, scratch, r * sizeof *comm);
            lgraph_free(&level);
            level = next;
            g = &level;
        }
        for (size_t v = 0; v < n; v++)
            membership[v] = comm[map[v]];
        k = renumber(membership, n, scratch);
        lgraph_free(&level);
    }
    cg_free(a.acc);
    cg_free(a.touched);
    cg_free(a.seen);
    cg_free(map);
    cg_free(comm);
    cg_free(ref);
    cg_free(scratch);
    lgraph_free(&base);
    return k;
}
