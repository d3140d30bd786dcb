/* analysis.c: measures on the graph and the most-cited ranking.
 *
 * in_degree: citing letters (one `cites` edge per letter and target);
 * mentions: the sum of those edges' weights; pagerank: igraph's PRPACK
 * PageRank over all edges, weighted, damping 0.85; hub and authority:
 * HITS (power iteration, weighted: hits()); betweenness: igraph, directed, unweighted (a
 * weight is a count of mentions, not a distance), exact, computed when the
 * graph is small (V * E at most CG_BETWEENNESS_EXACT_MAX) or when asked,
 * else absent (NaN); community: Leiden (modularity; citegraph's own,
 * leiden.c) on the letters' projection (communities()), numbered by
 * size; first_cited, last_cited and cited_by from the citing letters.
 * Every measure computed by default on a large graph is near-linear in it. */
#include <igraph/igraph.h>
#include <math.h>
#include <pthread.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "leiden.h"
#include "par.h"

#define IGCHECK(call)                                                                  \
    do {                                                                               \
        igraph_error_t rc_ = (call);                                                   \
        if (rc_ != IGRAPH_SUCCESS) {                                                   \
            cg_error_set(err, NULL, 0, 0, "igraph: %s", igraph_strerror(rc_));         \
            st = CG_ERR_GRAPH;                                                         \
            goto done;                                                                 \
        }                                                                              \
    } while (0)

static double finite_or_zero(double v)
{
    return v == v && v < 1e300 && v > -1e300 && v != 0.0 ? v : 0.0; /* no NaN, Inf or -0 */
}

typedef struct modsize {
    long module;
    size_t size;
    size_t first; /* smallest node index: ties broken by name order */
} modsize;

static int cmp_mod(const void *a, const void *b)
{
    const modsize *x = a, *y = b;
    if (x->size != y->size)
        return x->size > y->size ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* igraph's random numbers are shared by the process: one graph is
 * analysed at a time, each from the same seed. */
static pthread_mutex_t igraph_lock = PTHREAD_MUTEX_INITIALIZER;

/* Communities.  Letters are what a reader groups: letters about one
 * matter and the things they cite with them.  Leiden (modularity; leiden.c)
 * runs on the undirected graph of the letters of the corpus and what they
 * cite, each citation weighed by 1 / log2(2 + the target's in-degree) (a
 * target cited by few letters says more about them), a citation between
 * two letters and an article's part-of edge by 1.  A target cited by more
 * than a quarter of the letters (or by more than CG_COMMUNITY_HUB) is a
 * hub that tells nothing about who belongs with whom (the Charter is cited
 * by everyone): it is left out of the split and joins the community whose
 * letters cite it most, as does any node not reached (an instrument through
 * its articles).  Linear in the graph.  Communities are numbered by size
 * from 1; 0: a node no letter cites. */
#define CG_COMMUNITY_HUB 100

static void communities(cg_graph *g)
{
    size_t nn = g->nodes.n, ne = g->edges.n;
    size_t nl = 0;
    for (size_t k = 0; k < nn; k++) {
        const gnode *n = g->nodes.v[k];
        nl += n->kind == CG_KIND_LETTER && n->in_corpus;
    }
    size_t hub = nl / 4 > 3 ? nl / 4 : 3;
    if (hub > CG_COMMUNITY_HUB)
        hub = CG_COMMUNITY_HUB;
    /* citing letters per node */
    size_t *cites = cg_xcalloc(nn ? nn : 1, sizeof *cites);
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        const gnode *f = g->nodes.v[e->from];
        if (e->kind == CG_EDGE_CITES && f->kind == CG_KIND_LETTER && f->in_corpus)
            cites[e->to]++;
    }
    char *is_hub = cg_xcalloc(nn ? nn : 1, 1);
    for (size_t k = 0; k < nn; k++)
        is_hub[k] = cites[k] > hub;
    long *raw = cg_xmalloc((nn ? nn : 1) * sizeof *raw);
    for (size_t k = 0; k < nn; k++)
        raw[k] = -1;
    /* the projection's edges and their weights, and the nodes' strengths */
    uint32_t *src = cg_xmalloc((ne ? ne : 1) * sizeof *src), *dst = cg_xmalloc((ne ? ne : 1) * sizeof *dst);
    double *w = cg_xmalloc((ne ? ne : 1) * sizeof *w);
    double *strength = cg_xcalloc(nn ? nn : 1, sizeof *strength);
    size_t nu = 0;
    double total = 0;
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        const gnode *f = g->nodes.v[e->from], *t = g->nodes.v[e->to];
        double wt;
        if (e->kind == CG_EDGE_PART_OF)
            wt = 1.0;
        else if (f->kind == CG_KIND_LETTER && f->in_corpus && t->kind == CG_KIND_LETTER && t->in_corpus)
            wt = 1.0;
        else if (f->kind == CG_KIND_LETTER && f->in_corpus)
            wt = 1.0 / log2(2.0 + (double)cites[e->to]);
        else
            continue;
        if (is_hub[e->from] || is_hub[e->to])
            continue;
        src[nu] = (uint32_t)e->from;
        dst[nu] = (uint32_t)e->to;
        w[nu++] = wt;
        strength[e->from] += wt;
        strength[e->to] += wt;
        total += wt;
    }
    cg_phase(3, "projection");
    if (nu) {
        uint32_t *mem = cg_xmalloc(nn * sizeof *mem);
        cg_leiden(nn, nu, src, dst, w, strength, 1.0 / (2.0 * total), 2, mem);
        cg_phase(3, "leiden");
        /* a node outside the split (a hub, or not linked) keeps -1 */
        for (size_t k = 0; k < nn; k++)
            if (strength[k] > 0)
                raw[k] = (long)mem[k];
        cg_free(mem);
    }
    cg_free(src);
    cg_free(dst);
    cg_free(w);
    cg_free(strength);
    {
        /* the others: the community whose letters cite them most (their
         * articles' citations included); letters alone each on their own */
        long next = 0;
        for (size_t k = 0; k < nn; k++)
            if (raw[k] >= next)
                next = raw[k] + 1;
        size_t *kids = cg_xcalloc(nn + 1, sizeof *kids); /* articles of each instrument (CSR) */
        size_t *cdeg = cg_xcalloc(nn + 1, sizeof *cdeg); /* citing letters (CSR) */
        for (size_t k = 0; k < ne; k++) {
            const gedge *e = g->edges.v[k];
            const gnode *f = g->nodes.v[e->from];
            if (e->kind == CG_EDGE_PART_OF)
                kids[e->to + 1]++;
            else if (f->kind == CG_KIND_LETTER && f->in_corpus)
                cdeg[e->to + 1]++;
        }
        for (size_t k = 0; k < nn; k++) {
            kids[k + 1] += kids[k];
            cdeg[k + 1] += cdeg[k];
        }
        size_t *kid = cg_xmalloc((kids[nn] ? kids[nn] : 1) * sizeof *kid);
        size_t *cit = cg_xmalloc((cdeg[nn] ? cdeg[nn] : 1) * sizeof *cit);
        size_t *kf = cg_xcalloc(nn ? nn : 1, sizeof *kf), *cf = cg_xcalloc(nn ? nn : 1, sizeof *cf);
        for (size_t k = 0; k < ne; k++) {
            const gedge *e = g->edges.v[k];
            const gnode *f = g->nodes.v[e->from];
            if (e->kind == CG_EDGE_PART_OF)
                kid[kids[e->to] + kf[e->to]++] = e->from;
            else if (f->kind == CG_KIND_LETTER && f->in_corpus)
                cit[cdeg[e->to] + cf[e->to]++] = e->from;
        }
        for (size_t k = 0; k < nn; k++) { /* letters first: the others vote with them */
            const gnode *n = g->nodes.v[k];
            if (raw[k] < 0 && n->kind == CG_KIND_LETTER && n->in_corpus)
                raw[k] = next++;
        }
        double *score = cg_xcalloc((size_t)next + 1, sizeof *score);
        long *touched = cg_xmalloc(((size_t)next + 1) * sizeof *touched);
        for (size_t t = 0; t < nn; t++) {
            if (raw[t] >= 0)
                continue;
            size_t nt = 0;
            for (size_t pass = 0; pass < 1 + kids[t + 1] - kids[t]; pass++) {
                size_t node = pass ? kid[kids[t] + pass - 1] : t;
                for (size_t q = cdeg[node]; q < cdeg[node + 1]; q++) {
                    long c = raw[cit[q]];
                    if (c < 0)
                        continue;
                    if (score[c] == 0)
                        touched[nt++] = c;
                    score[c] += 1.0;
                }
            }
            long best = -1;
            for (size_t q = 0; q < nt; q++) {
                long c = touched[q];
                if (best < 0 || score[c] > score[best] || (score[c] == score[best] && c < best))
                    best = c;
            }
            for (size_t q = 0; q < nt; q++)
                score[touched[q]] = 0;
            raw[t] = best; /* -1: no letter cites it */
        }
        cg_free(score);
        cg_free(touched);
        cg_free(kid);
        cg_free(cit);
        cg_free(kf);
        cg_free(cf);
        cg_free(kids);
        cg_free(cdeg);
    }
    cg_phase(3, "the others");
    {
        /* numbered by size, ties by the first node */
        long maxm = -1;
        for (size_t k = 0; k < nn; k++)
            if (raw[k] > maxm)
                maxm = raw[k];
        modsize *ms = cg_xcalloc((size_t)maxm + 2, sizeof *ms);
        for (long m = 0; m <= maxm; m++) {
            ms[m].module = m;
            ms[m].first = (size_t)-1;
        }
        for (size_t k = 0; k < nn; k++)
            if (raw[k] >= 0) {
                modsize *x = &ms[raw[k]];
                x->size++;
                if (k < x->first)
                    x->first = k;
            }
        cg_sort(ms, (size_t)maxm + 1, sizeof *ms, cmp_mod);
        long *rank = cg_xcalloc((size_t)maxm + 2, sizeof *rank);
        for (long r = 0; r <= maxm; r++)
            rank[ms[r].module] = ms[r].size ? r + 1 : 0;
        for (size_t k = 0; k < nn; k++)
            ((gnode *)g->nodes.v[k])->community = raw[k] >= 0 ? rank[raw[k]] : 0;
        cg_free(rank);
        cg_free(ms);
    }
    cg_free(raw);
    cg_free(is_hub);
    cg_free(cites);
}

/* HITS by power iteration on the weighted edges (a linear pass an
 * iteration): authority = A' hub, hub = A authority, each scaled to a
 * maximum of 1, from hubs of 1, until no score moves by more than 1e-10
 * (at most 1000 rounds).  The same scores as igraph's (ARPACK) where the
 * principal eigenvector is unique, at a fraction of the cost on graphs of
 * many small components. */
typedef struct hits_edge {
    uint32_t from, to;
    double w;
} hits_edge;

static void hits(cg_graph *g)
{
    size_t nn = g->nodes.n, ne = g->edges.n;
    double *hub = cg_xmalloc((nn ? nn : 1) * sizeof *hub), *auth = cg_xmalloc((nn ? nn : 1) * sizeof *auth);
    double *nh = cg_xmalloc((nn ? nn : 1) * sizeof *nh);
    /* the edges as one flat array: the rounds stream through it */
    hits_edge *es = cg_xmalloc((ne ? ne : 1) * sizeof *es);
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        es[k].from = (uint32_t)e->from;
        es[k].to = (uint32_t)e->to;
        es[k].w = e->weight > 0 ? (double)e->weight : 1.0;
    }
    for (size_t k = 0; k < nn; k++)
        hub[k] = 1.0;
    for (int round = 0; round < 1000; round++) {
        memset(auth, 0, nn * sizeof *auth);
        for (size_t k = 0; k < ne; k++)
            auth[es[k].to] += es[k].w * hub[es[k].from];
        double ma = 0, mh = 0, delta = 0;
        for (size_t k = 0; k < nn; k++)
            if (auth[k] > ma)
                ma = auth[k];
        for (size_t k = 0; k < nn; k++)
            auth[k] = ma > 0 ? auth[k] / ma : 0;
        memset(nh, 0, nn * sizeof *nh);
        for (size_t k = 0; k < ne; k++)
            nh[es[k].from] += es[k].w * auth[es[k].to];
        for (size_t k = 0; k < nn; k++)
            if (nh[k] > mh)
                mh = nh[k];
        for (size_t k = 0; k < nn; k++) {
            double v = mh > 0 ? nh[k] / mh : 0;
            double d = v > hub[k] ? v - hub[k] : hub[k] - v;
            if (d > delta)
                delta = d;
            hub[k] = v;
        }
        if (delta < 1e-10) {
            break;
        }
    }
    cg_free(es);
    cg_free(nh);
    for (size_t k = 0; k < nn; k++) {
        ((gnode *)g->nodes.v[k])->hub = finite_or_zero(hub[k]);
        ((gnode *)g->nodes.v[k])->authority = finite_or_zero(auth[k]);
    }
    cg_free(hub);
    cg_free(auth);
}


/* first_cited, last_cited and cited_by ("ARM 3 · AZE 2": citing letters
 * by their first sender, most first, ties in byte order), from the citing
 * letters of each node (the edges by target, in one pass).  A sender is
 * known by the rank of its code among all the codes, so that a node's
 * senders sort and count as integers. */
typedef struct iso_key {
    char iso[16];
    size_t len;
    uint32_t id;
} iso_key;

static int cmp_iso_key(const void *a, const void *b)
{
    const iso_key *x = a, *y = b;
    size_t l = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->iso, y->iso, l);
    return c ? c : x->len < y->len ? -1 : x->len > y->len;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct rank_count {
    uint32_t rank;
    size_t count;
} rank_count;

static int cmp_rank_count(const void *a, const void *b)
{
    const rank_count *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static void citing_letters(cg_graph *g)
{
    size_t nn = g->nodes.n, ne = g->edges.n;
    size_t *deg = cg_xcalloc(nn + 1, sizeof *deg);
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        if (e->kind == CG_EDGE_CITES)
            deg[e->to + 1]++;
    }
    for (size_t k = 0; k < nn; k++)
        deg[k + 1] += deg[k];
    /* the sender code of each citing node, as an id (first seen first) */
    uint32_t *iso_of = cg_xmalloc((nn ? nn : 1) * sizeof *iso_of);
    for (size_t k = 0; k < nn; k++)
        iso_of[k] = UINT32_MAX;
    cg_map ids = {0};
    iso_key *keys = NULL;
    size_t nkeys = 0, capkeys = 0;
    uint32_t *snd = cg_xmalloc((deg[nn] ? deg[nn] : 1) * sizeof *snd);
    size_t *fill = cg_xcalloc(nn ? nn : 1, sizeof *fill);
    /* the first and last dates citing each node, copied once at the end */
    const char **first = cg_xcalloc(nn ? nn : 1, sizeof *first), **last = cg_xcalloc(nn ? nn : 1, sizeof *last);
    for (size_t k = 0; k < nn; k++) {
        gnode *n = g->nodes.v[k];
        cg_free(n->first_cited);
        cg_free(n->last_cited);
        cg_free(n->cited_by);
        n->first_cited = n->last_cited = n->cited_by = NULL;
    }
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        if (e->kind != CG_EDGE_CITES)
            continue;
        const gnode *from = g->nodes.v[e->from];
        if (from->date) {
            if (!first[e->to] || strcmp(from->date, first[e->to]) < 0)
                first[e->to] = from->date;
            if (!last[e->to] || strcmp(from->date, last[e->to]) > 0)
                last[e->to] = from->date;
        }
        if (iso_of[e->from] == UINT32_MAX) {
            /* "ARM AZE" counts as ARM; codes are cut to 15 bytes */
            const char *sn = from->sender && *from->sender ? from->sender : "?";
            size_t l = strcspn(sn, " ");
            if (l > 15)
                l = 15;
            char iso[16];
            memcpy(iso, sn, l);
            iso[l] = '\0';
            size_t id;
            if (!cg_map_get(&ids, iso, &id)) {
                id = nkeys;
                cg_map_put(&ids, iso, id);
                if (nkeys == capkeys)
                    keys = cg_xrealloc(keys, (capkeys = capkeys ? capkeys * 2 : 64) * sizeof *keys);
                memcpy(keys[nkeys].iso, iso, l + 1);
                keys[nkeys].len = l;
                keys[nkeys].id = (uint32_t)nkeys;
                nkeys++;
            }
            iso_of[e->from] = (uint32_t)id;
        }
        snd[deg[e->to] + fill[e->to]++] = iso_of[e->from];
    }
    cg_map_free(&ids);
    for (size_t k = 0; k < nn; k++) {
        gnode *n = g->nodes.v[k];
        n->first_cited = first[k] ? cg_xstrdup(first[k]) : NULL;
        n->last_cited = last[k] ? cg_xstrdup(last[k]) : NULL;
    }
    cg_free(first);
    cg_free(last);
    /* ids -> ranks in byte order; keys[rank] is then the code of a rank */
    cg_sort(keys, nkeys, sizeof *keys, cmp_iso_key);
    uint32_t *rank = cg_xmalloc((nkeys ? nkeys : 1) * sizeof *rank);
    for (size_t r = 0; r < nkeys; r++)
        rank[keys[r].id] = (uint32_t)r;
    for (size_t q = 0; q < deg[nn]; q++)
        snd[q] = rank[snd[q]];
    cg_free(rank);
    rank_count *v = NULL;
    size_t capv = 0;
    for (size_t k = 0; k < nn; k++) {
        size_t a = deg[k], n = deg[k + 1] - a;
        if (!n)
            continue;
        cg_sort(snd + a, n, sizeof *snd, cmp_u32);
        if (n > capv)
            v = cg_xrealloc(v, (capv = n) * sizeof *v);
        size_t w = 0;
        for (size_t q = 0; q < n; q++) {
            if (w && v[w - 1].rank == snd[a + q])
                v[w - 1].count++;
            else
                v[w++] = (rank_count){snd[a + q], 1};
        }
        cg_sort(v, w, sizeof *v, cmp_rank_count);
        cg_buf b = {0};
        for (size_t q = 0; q < w; q++) {
            if (q)
                cg_buf_lit(&b, " · ");
            cg_buf_add(&b, keys[v[q].rank].iso, keys[v[q].rank].len);
            cg_buf_putc(&b, ' ');
            char num[24], *e = num + sizeof num, *p = e;
            size_t c = v[q].count;
            do {
                *--p = (char)('0' + c % 10);
                c /= 10;
            } while (c);
            cg_buf_add(&b, p, (size_t)(e - p));
        }
        ((gnode *)g->nodes.v[k])->cited_by = cg_buf_take(&b);
    }
    cg_free(v);
    cg_free(keys);
    cg_free(snd);
    cg_free(fill);
    cg_free(deg);
    cg_free(iso_of);
}

/* The measures igraph computes (PageRank; betweenness when the graph is
 * small or it was asked for) and the in-degrees, once every edge has its
 * weight.  On the first helper thread while the caller's runs Leiden
 * (which is not igraph's), or on the caller's: one igraph call at a time
 * either way. */
static cg_status igraph_measures(cg_graph *g, cg_error *err)
{
    cg_status st = CG_OK;
    size_t nn = g->nodes.n, ne = g->edges.n;
    igraph_t ig;
    igraph_vector_int_t ev;
    igraph_vector_t w8, pr;
    int have_g = 0, have_ev = 0, have_w = 0, have_pr = 0;
    g->has_betweenness = 1; /* an empty graph: nothing to leave out */
    if (!nn)
        return CG_OK;
    for (size_t k = 0; k < nn; k++) {
        gnode *n = g->nodes.v[k];
        n->in_degree = n->mentions = 0;
        n->pagerank = 0;
    }
    for (size_t k = 0; k < ne; k++) {
        gedge *e = g->edges.v[k];
        if (e->kind != CG_EDGE_CITES)
            continue;
        gnode *t = g->nodes.v[e->to];
        t->in_degree++;
        t->mentions += e->weight;
    }
    IGCHECK(igraph_vector_int_init(&ev, (igraph_integer_t)(2 * ne)));
    have_ev = 1;
    IGCHECK(igraph_vector_init(&w8, (igraph_integer_t)ne));
    have_w = 1;
    for (size_t k = 0; k < ne; k++) {
        gedge *e = g->edges.v[k];
        VECTOR(ev)[2 * k] = (igraph_integer_t)e->from;
        VECTOR(ev)[2 * k + 1] = (igraph_integer_t)e->to;
        VECTOR(w8)[k] = e->weight > 0 ? (igraph_real_t)e->weight : 1.0;
    }
    IGCHECK(igraph_create(&ig, &ev, (igraph_integer_t)nn, IGRAPH_DIRECTED));
    have_g = 1;
    IGCHECK(igraph_vector_init(&pr, 0));
    have_pr = 1;
    igraph_real_t value;
#ifdef _OPENMP
    /* PRPACK's OpenMP loops sum in an order that depends on the threads and
     * their timing: on one thread, PageRank is the same bytes every run */
    omp_set_num_threads(1);
#endif
    IGCHECK(igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, igraph_vss_all(),
                            IGRAPH_DIRECTED, 0.85, &w8, NULL));
    for (size_t k = 0; k < nn; k++)
        ((gnode *)g->nodes.v[k])->pagerank = finite_or_zero(VECTOR(pr)[k]);
    /* betweenness is O(V E): on request, or for small graphs; else absent
     * (NaN), the writers leave it out */
    g->has_betweenness = g->exact_betweenness || (double)nn * (double)ne <= CG_BETWEENNESS_EXACT_MAX;
    if (g->has_betweenness) {
        igraph_vector_t bt;
        IGCHECK(igraph_vector_init(&bt, 0));
        igraph_error_t rc = igraph_betweenness(&ig, &bt, igraph_vss_all(), IGRAPH_DIRECTED, NULL);
        if (rc == IGRAPH_SUCCESS)
            for (size_t k = 0; k < nn; k++)
                ((gnode *)g->nodes.v[k])->betweenness = finite_or_zero(VECTOR(bt)[k]);
        igraph_vector_destroy(&bt);
        IGCHECK(rc);
    } else {
        for (size_t k = 0; k < nn; k++)
            ((gnode *)g->nodes.v[k])->betweenness = NAN;
    }
done:
    if (have_pr)
        igraph_vector_destroy(&pr);
    if (have_g)
        igraph_destroy(&ig);
    if (have_w)
        igraph_vector_destroy(&w8);
    if (have_ev)
        igraph_vector_int_destroy(&ev);
    return st;
}

/* The work beside igraph (which is not thread-safe): the chunks of the
 * caller's side work (the evidence, pulled by every thread from the
 * start, the one running igraph too once it is done with Leiden), then,
 * once the graph is in its final order (the gate), the caller's after(),
 * who cites what, and HITS once every chunk is done.  Each reads the edges
 * and writes fields of its own. */
enum { MAX_SIDE = 63 };

struct cg_side {
    cg_graph *g;
    cg_side_work w;
    size_t next, done; /* chunks handed out, items finished */
    size_t late_next;  /* late chunks handed out */
    int open;          /* the gate: the graph is in its final order */
    int late_open;     /* the late work may begin: every chunk done, after() too */
    pthread_mutex_t lock;
    pthread_cond_t all_done, opened, late_opened;
    pthread_t th[MAX_SIDE];
    unsigned started;
    cg_status st; /* igraph_measures' on the first helper */
    cg_error err;
};

/* Runs chunks until none is left. */
static void side_chunks(cg_side *s)
{
    const cg_side_work *w = &s->w;
    if (!w->chunk || !w->n)
        return;
    size_t grain = w->grain ? w->grain : 1;
    for (;;) {
        pthread_mutex_lock(&s->lock);
        size_t b = s->next;
        s->next = b < w->n ? b + grain : b;
        pthread_mutex_unlock(&s->lock);
        if (b >= w->n)
            return;
        size_t e = b + grain < w->n ? b + grain : w->n;
        w->chunk(w->ctx, b, e);
        pthread_mutex_lock(&s->lock);
        s->done += e - b;
        if (s->done == w->n)
            pthread_cond_broadcast(&s->all_done);
        pthread_mutex_unlock(&s->lock);
    }
}

static void side_wait(cg_side *s)
{
    if (!s->w.chunk)
        return;
    pthread_mutex_lock(&s->lock);
    while (s->done < s->w.n)
        pthread_cond_wait(&s->all_done, &s->lock);
    pthread_mutex_unlock(&s->lock);
}

/* The late work (the edges' text): every thread pulls its chunks once it
 * is open. */
static void late_chunks(cg_side *s)
{
    const cg_side_work *w = &s->w;
    if (!w->late)
        return;
    pthread_mutex_lock(&s->lock);
    while (!s->late_open)
        pthread_cond_wait(&s->late_opened, &s->lock);
    pthread_mutex_unlock(&s->lock);
    size_t n = s->g->edges.n, grain = w->late_grain ? w->late_grain : 1;
    for (;;) {
        pthread_mutex_lock(&s->lock);
        size_t b = s->late_next;
        s->late_next = b < n ? b + grain : b;
        pthread_mutex_unlock(&s->lock);
        if (b >= n)
            return;
        w->late(w->ctx, b, b + grain < n ? b + grain : n);
    }
}

static void open_late(cg_side *s)
{
    pthread_mutex_lock(&s->lock);
    s->late_open = 1;
    pthread_cond_broadcast(&s->late_opened);
    pthread_mutex_unlock(&s->lock);
}

/* The first helper thread: chunks, then past the gate after(), then (every
 * chunk done) the late work opened, who cites what, HITS, igraph's
 * measures, and the late work. */
static void *side_main(void *p)
{
    cg_side *s = p;
    side_chunks(s);
    pthread_mutex_lock(&s->lock);
    while (!s->open)
        pthread_cond_wait(&s->opened, &s->lock);
    pthread_mutex_unlock(&s->lock);
    if (s->w.after)
        s->w.after(s->g);
    side_wait(s);
    open_late(s);
    citing_letters(s->g);
    if (s->g->edges.n)
        hits(s->g);
    s->st = igraph_measures(s->g, &s->err);
    late_chunks(s);
    return NULL;
}

/* The other helper threads: chunks, then the late work. */
static void *side_more(void *p)
{
    side_chunks(p);
    late_chunks(p);
    return NULL;
}

cg_side *cg_side_start(cg_graph *g, const cg_side_work *w)
{
    cg_side *s = cg_xcalloc(1, sizeof *s);
    s->g = g;
    if (w)
        s->w = *w;
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->all_done, NULL);
    pthread_cond_init(&s->opened, NULL);
    pthread_cond_init(&s->late_opened, NULL);
    if (g->threads > 1) {
        unsigned want = g->threads - 1 > MAX_SIDE ? MAX_SIDE : g->threads - 1;
        if (cg_thread_start(&s->th[0], side_main, s) == 0) {
            s->started = 1;
            while (s->started < want && cg_thread_start(&s->th[s->started], side_more, s) == 0)
                s->started++;
        }
    }
    return s;
}

static cg_status analyse(cg_graph *g, cg_side *sd, cg_error *err)
{
    cg_status st = CG_OK;
    size_t nn = g->nodes.n, ne = g->edges.n;
    if (!sd->started) {
        /* one thread: the side work first, in order */
        side_chunks(sd);
        if (sd->w.after)
            sd->w.after(g);
    } else {
        pthread_mutex_lock(&sd->lock);
        sd->open = 1;
        pthread_cond_broadcast(&sd->opened);
        pthread_mutex_unlock(&sd->lock);
    }
    cg_phase(2, "side work");

    /* communities first: they read no weight, so they run while the
     * helpers build the evidence, then (the first of them) PageRank */
    if (nn)
        communities(g);
    cg_phase(2, "communities");
    side_chunks(sd);
    if (!sd->started) {
        st = igraph_measures(g, err);
        if (st != CG_OK)
            goto done;
        cg_phase(2, "pagerank, betweenness");
        /* HITS: hubs cite good authorities; a graph without edges has neither */
        if (ne)
            hits(g);
        cg_phase(2, "hits");
        citing_letters(g);
        cg_phase(2, "cited-by");
        open_late(sd);
    }
    late_chunks(sd);
    cg_phase(2, "edge-text");
done:
    if (sd->started && !sd->open) {
        pthread_mutex_lock(&sd->lock);
        sd->open = 1;
        pthread_cond_broadcast(&sd->opened);
        pthread_mutex_unlock(&sd->lock);
    }
    for (unsigned t = 0; t < sd->started; t++)
        pthread_join(sd->th[t], NULL);
    if (sd->started) {
        cg_phase(2, "hits, cited-by, pagerank");
        if (st == CG_OK && sd->st != CG_OK) {
            st = sd->st;
            *err = sd->err;
        }
    }
    pthread_cond_destroy(&sd->opened);
    pthread_cond_destroy(&sd->late_opened);
    pthread_cond_destroy(&sd->all_done);
    pthread_mutex_destroy(&sd->lock);
    cg_free(sd);
    return st;
}

cg_status cg_graph_analyse_side(cg_graph *g, cg_side *side, cg_error *err)
{
    if (!side)
        side = cg_side_start(g, NULL);
    pthread_mutex_lock(&igraph_lock);
    cg_status st = analyse(g, side, err);
    pthread_mutex_unlock(&igraph_lock);
    return st;
}

cg_status cg_graph_analyse(cg_graph *g, cg_error *err)
{
    return cg_graph_analyse_side(g, NULL, err);
}

/* ---- most cited ----------------------------------------------------- */

struct cg_top {
    cg_top_row *rows;
    size_t n;
    cg_vec strings;
};

typedef struct acc {
    long letters, mentions;
    size_t stamp;
    cg_map senders; /* ISO3 -> count */
} acc;

typedef struct keyed_row {
    double key; /* what the ranking is by */
    cg_top_row row;
} keyed_row;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed_row *kx = a, *ky = b;
    if (kx->key != ky->key)
        return kx->key > ky->key ? -1 : 1;
    const cg_top_row *x = &kx->row, *y = &ky->row;
    if (x->letters != y->letters)
        return x->letters > y->letters ? -1 : 1;
    if (x->mentions != y->mentions)
        return x->mentions > y->mentions ? -1 : 1;
    if (x->pagerank != y->pagerank)
        return x->pagerank > y->pagerank ? -1 : 1;
    return strcmp(x->id, y->id);
}

typedef struct sc {
    const char *iso;
    size_t count;
} sc;

static int cmp_sc(const void *a, const void *b)
{
    const sc *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->iso, y->iso);
}

static char *senders_string(const cg_map *m)
{
    sc *v = cg_xmalloc((m->n ? m->n : 1) * sizeof *v);
    size_t n = 0;
    for (size_t k = 0; k < m->cap; k++)
        if (m->keys[k]) {
            v[n].iso = m->keys[k];
            v[n].count = m->vals[k];
            n++;
        }
    cg_sort(v, n, sizeof *v, cmp_sc);
    cg_buf b = {0};
    for (size_t k = 0; k < n; k++)
        cg_buf_printf(&b, "%s%s %zu", k ? " · " : "", v[k].iso, v[k].count);
    cg_free(v);
    return cg_buf_take(&b);
}

cg_status cg_graph_top(cg_top **out, const cg_graph *g, const cg_top_options *opts, cg_error *err)
{
    *out = NULL;
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    cg_top_options o = {0};
    if (opts)
        o = *opts;
    cg_status fst = cg_filter_check(&o.filter, err);
    if (fst != CG_OK)
        return fst;
    unsigned kinds = o.filter.kinds;
    size_t nn = g->nodes.n;
    acc *a = cg_xcalloc(nn ? nn : 1, sizeof *a);
    for (size_t k = 0; k < nn; k++)
        a[k].stamp = (size_t)-1;
    /* where an article rolls up to */
    size_t *up = cg_xmalloc((nn ? nn : 1) * sizeof *up);
    for (size_t k = 0; k < nn; k++)
        up[k] = k;
    if (!o.articles)
        for (size_t k = 0; k < g->edges.n; k++) {
            gedge *e = g->edges.v[k];
            if (e->kind == CG_EDGE_PART_OF)
                up[e->from] = e->to;
        }
    for (size_t k = 0; k < g->edges.n; k++) {
        gedge *e = g->edges.v[k];
        if (e->kind != CG_EDGE_CITES)
            continue;
        gnode *from = g->nodes.v[e->from];
        if (!cg_graph_citation_passes(g, &o.filter, k))
            continue;
        size_t t = up[e->to];
        acc *x = &a[t];
        x->mentions += e->weight;
        if (x->stamp != e->from) {
            x->stamp = e->from;
            x->letters++;
            const char *s = from->sender && *from->sender ? from->sender : "?";
            char iso[16];
            size_t l = strcspn(s, " ");
            snprintf(iso, sizeof iso, "%.*s", (int)(l < 15 ? l : 15), s);
            size_t c = 0;
            cg_map_get(&x->senders, iso, &c);
            cg_map_put(&x->senders, iso, c + 1);
        }
    }
    cg_top *t = cg_xcalloc(1, sizeof *t);
    t->rows = cg_xcalloc(nn ? nn : 1, sizeof *t->rows);
    for (size_t k = 0; k < nn; k++) {
        gnode *n = g->nodes.v[k];
        if (!a[k].letters || (n->kind == CG_KIND_LETTER && !(kinds & CG_KIND_BIT(CG_KIND_LETTER))))
            continue;
        if (n->kind == CG_KIND_URL && !o.include_urls && !(kinds & CG_KIND_BIT(CG_KIND_URL)))
            continue;
        if (n->kind == CG_KIND_ARTICLE && !o.articles)
            continue;
        if (kinds && !(kinds & CG_KIND_BIT(n->kind)))
            continue;
        cg_top_row *r = &t->rows[t->n++];
        r->id = n->name;
        r->label = n->label;
        r->kind = n->kind;
        r->letters = a[k].letters;
        r->mentions = a[k].mentions;
        r->pagerank = n->pagerank;
        char *s = senders_string(&a[k].senders);
        cg_vec_push(&t->strings, s);
        r->senders = s;
        r->contested = a[k].senders.n > 1;
    }
    for (size_t k = 0; k < nn; k++)
        cg_map_free(&a[k].senders);
    cg_free(a);
    cg_free(up);
    keyed_row *kr = cg_xmalloc((t->n ? t->n : 1) * sizeof *kr);
    for (size_t k = 0; k < t->n; k++) {
        kr[k].row = t->rows[k];
        kr[k].key = o.by == CG_RANK_MENTIONS   ? (double)t->rows[k].mentions
                    : o.by == CG_RANK_PAGERANK ? t->rows[k].pagerank
                                               : (double)t->rows[k].letters;
    }
    cg_sort(kr, t->n, sizeof *kr, cmp_keyed);
    for (size_t k = 0; k < t->n; k++)
        t->rows[k] = kr[k].row;
    cg_free(kr);
    if (o.limit && t->n > o.limit)
        t->n = o.limit;
    *out = t;
    return CG_OK;
}

size_t cg_top_count(const cg_top *t)
{
    return t->n;
}

const cg_top_row *cg_top_row_at(const cg_top *t, size_t i)
{
    return i < t->n ? &t->rows[i] : NULL;
}

void cg_top_free(cg_top *t)
{
    if (!t)
        return;
    cg_free(t->rows);
    cg_vec_free(&t->strings, cg_free);
    cg_free(t);
}
