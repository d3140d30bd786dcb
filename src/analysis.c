/* analysis.c: measures on the graph (igraph) and the most-cited ranking.
 *
 * in_degree: citing letters (one `cites` edge per letter and target);
 * mentions: the sum of those edges' weights; pagerank: igraph's PRPACK
 * PageRank over all edges, weighted, damping 0.85; hub and authority:
 * HITS (igraph, weighted); betweenness: igraph, directed, unweighted (a
 * weight is a count of mentions, not a distance), exact, computed when the
 * graph is small (V * E at most CG_BETWEENNESS_EXACT_MAX) or when asked,
 * else absent (NaN); community: Leiden
 * (modularity) on the letters' projection (communities()), numbered by
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
 * matter and the things they cite with them.  Leiden (modularity, seeded)
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

static cg_status communities(cg_graph *g, cg_error *err)
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
    igraph_vector_int_t ev, mem;
    igraph_vector_t w, strength;
    igraph_t ug;
    int have = 0;
    cg_status st = CG_OK;
    long *raw = cg_xmalloc((nn ? nn : 1) * sizeof *raw);
    for (size_t k = 0; k < nn; k++)
        raw[k] = -1;
    size_t nu = 0;
    if (igraph_vector_int_init(&ev, 0) != IGRAPH_SUCCESS)
        goto oom;
    have |= 1;
    if (igraph_vector_init(&w, 0) != IGRAPH_SUCCESS)
        goto oom;
    have |= 2;
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
        if (igraph_vector_int_push_back(&ev, (igraph_integer_t)e->from) != IGRAPH_SUCCESS ||
            igraph_vector_int_push_back(&ev, (igraph_integer_t)e->to) != IGRAPH_SUCCESS ||
            igraph_vector_push_back(&w, wt) != IGRAPH_SUCCESS)
            goto oom;
        total += wt;
        nu++;
    }
    cg_phase(3, "projection");
    if (nu) {
        if (igraph_create(&ug, &ev, (igraph_integer_t)nn, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
            goto oom;
        have |= 4;
        if (igraph_vector_init(&strength, 0) != IGRAPH_SUCCESS)
            goto oom;
        have |= 8;
        if (igraph_strength(&ug, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &w) != IGRAPH_SUCCESS)
            goto oom;
        if (igraph_vector_int_init(&mem, 0) != IGRAPH_SUCCESS)
            goto oom;
        have |= 16;
        cg_phase(3, "graph");
        igraph_integer_t nc = 0;
        igraph_real_t quality = 0;
        igraph_rng_seed(igraph_rng_default(), 20261123);
        igraph_error_t rc = igraph_community_leiden(&ug, &w, &strength, 1.0 / (2.0 * total), 0.01, 0, 2,
                                                    &mem, &nc, &quality);
        if (rc != IGRAPH_SUCCESS) {
            cg_error_set(err, NULL, 0, 0, "igraph: Leiden: %s", igraph_strerror(rc));
            st = CG_ERR_GRAPH;
            goto done;
        }
        cg_phase(3, "leiden");
        /* a node outside the split (a hub, or not linked) keeps -1 */
        for (size_t k = 0; k < nn; k++)
            if (VECTOR(strength)[k] > 0)
                raw[k] = (long)VECTOR(mem)[k];
    }
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
    if (0) {
    oom:
        cg_error_set(err, NULL, 0, 0, "igraph: out of memory");
        st = CG_ERR_GRAPH;
    }
done:
    if (have & 16)
        igraph_vector_int_destroy(&mem);
    if (have & 8)
        igraph_vector_destroy(&strength);
    if (have & 4)
        igraph_destroy(&ug);
    if (have & 2)
        igraph_vector_destroy(&w);
    if (have & 1)
        igraph_vector_int_destroy(&ev);
    cg_free(raw);
    cg_free(is_hub);
    cg_free(cites);
    return st;
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


/* first_cited, last_cited and cited_by, from the letters citing a node. */
static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct sndc {
    const char *iso;
    size_t len, count;
} sndc;

static int cmp_sndc(const void *a, const void *b)
{
    const sndc *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    size_t l = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->iso, y->iso, l);
    return c ? c : x->len < y->len ? -1 : x->len > y->len;
}

/* first_cited, last_cited and cited_by ("ARM 3 · AZE 2": citing letters
 * by their first sender, most first), from the citing letters of each node
 * (the edges by target, in one pass). */
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
    const char **snd = cg_xmalloc((deg[nn] ? deg[nn] : 1) * sizeof *snd);
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
        snd[deg[e->to] + fill[e->to]++] = from->sender && *from->sender ? from->sender : "?";
    }
    for (size_t k = 0; k < nn; k++) {
        gnode *n = g->nodes.v[k];
        n->first_cited = first[k] ? cg_xstrdup(first[k]) : NULL;
        n->last_cited = last[k] ? cg_xstrdup(last[k]) : NULL;
    }
    cg_free(first);
    cg_free(last);
    sndc *v = NULL;
    size_t capv = 0;
    for (size_t k = 0; k < nn; k++) {
        size_t a = deg[k], n = deg[k + 1] - a;
        if (!n)
            continue;
        qsort(snd + a, n, sizeof *snd, cmp_cstr);
        if (n > capv)
            v = cg_xrealloc(v, (capv = n) * sizeof *v);
        size_t nv = 0;
        for (size_t q = 0; q < n; q++) {
            const char *s = snd[a + q];
            size_t l = strcspn(s, " ");
            if (l > 15)
                l = 15;
            if (nv && v[nv - 1].len == l && memcmp(v[nv - 1].iso, s, l) == 0)
                v[nv - 1].count++;
            else
                v[nv++] = (sndc){s, l, 1};
        }
        /* a sender written "ARM" and one written "ARM AZE" count as one */
        qsort(v, nv, sizeof *v, cmp_sndc);
        size_t w = 0;
        for (size_t q = 0; q < nv; q++) {
            size_t r = 0;
            while (r < w && !(v[r].len == v[q].len && memcmp(v[r].iso, v[q].iso, v[q].len) == 0))
                r++;
            if (r < w)
                v[r].count += v[q].count;
            else
                v[w++] = v[q];
        }
        qsort(v, w, sizeof *v, cmp_sndc);
        cg_buf b = {0};
        for (size_t q = 0; q < w; q++) {
            if (q)
                cg_buf_puts(&b, " · ");
            cg_buf_add(&b, v[q].iso, v[q].len);
            cg_buf_putc(&b, ' ');
            char num[24];
            int nl = snprintf(num, sizeof num, "%zu", v[q].count);
            cg_buf_add(&b, num, (size_t)nl);
        }
        ((gnode *)g->nodes.v[k])->cited_by = cg_buf_take(&b);
    }
    cg_free(v);
    cg_free(snd);
    cg_free(fill);
    cg_free(deg);
}

/* The work beside igraph (which is not thread-safe): the chunks of the
 * caller's side work (the evidence, pulled by every thread, the one
 * running igraph too once it is done with Leiden), the caller's after(),
 * who cites what, and HITS once every chunk is done.  Each reads the edges
 * and writes fields of its own. */
typedef struct side {
    cg_graph *g;
    const cg_side_work *w;
    size_t next, done; /* chunks handed out, items finished */
    pthread_mutex_t lock;
    pthread_cond_t all_done;
} side;

/* Runs chunks until none is left. */
static void side_chunks(side *s)
{
    const cg_side_work *w = s->w;
    if (!w || !w->chunk || !w->n)
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

static void side_wait(side *s)
{
    if (!s->w || !s->w->chunk)
        return;
    pthread_mutex_lock(&s->lock);
    while (s->done < s->w->n)
        pthread_cond_wait(&s->all_done, &s->lock);
    pthread_mutex_unlock(&s->lock);
}

/* The first helper thread: chunks, after(), who cites what, HITS. */
static void *side_main(void *p)
{
    side *s = p;
    side_chunks(s);
    if (s->w && s->w->after)
        s->w->after(s->g);
    citing_letters(s->g);
    side_wait(s);
    if (s->g->edges.n)
        hits(s->g);
    return NULL;
}

/* The other helper threads: chunks only. */
static void *side_more(void *p)
{
    side_chunks(p);
    return NULL;
}

enum { MAX_SIDE = 63 };

static cg_status analyse(cg_graph *g, const cg_side_work *w, cg_error *err)
{
    cg_status st = CG_OK;
    size_t nn = g->nodes.n, ne = g->edges.n;
    side sd = {g, w, 0, 0, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};
    pthread_t th[MAX_SIDE];
    unsigned started = 0;
    if (g->threads > 1) {
        unsigned want = g->threads - 1 > MAX_SIDE ? MAX_SIDE : g->threads - 1;
        if (cg_thread_start(&th[0], side_main, &sd) == 0) {
            started = 1;
            while (started < want && cg_thread_start(&th[started], side_more, &sd) == 0)
                started++;
        }
    }
    if (!started) {
        /* one thread: the side work first, in order */
        side_chunks(&sd);
        if (w && w->after)
            w->after(g);
    }
    cg_phase(2, "side work");

    igraph_t ig;
    igraph_vector_int_t ev;
    igraph_vector_t w8, pr;
    int have_g = 0, have_ev = 0, have_w = 0, have_pr = 0;
    g->has_betweenness = 1; /* an empty graph: nothing to leave out */
    if (!nn)
        goto done;
    /* communities first: they read no weight, so they run while the
     * helpers build the evidence */
    st = communities(g, err);
    if (st != CG_OK)
        goto done;
    cg_phase(2, "communities");
    side_chunks(&sd);
    side_wait(&sd);
    cg_phase(2, "evidence wait");
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
    cg_phase(2, "pagerank");
    {
        /* betweenness is O(V E): on request, or for small graphs; else
         * absent (NaN), the writers leave it out */
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
    }
    cg_phase(2, "betweenness");
    if (!started) {
        /* HITS: hubs cite good authorities; a graph without edges has neither */
        if (ne)
            hits(g);
        cg_phase(2, "hits");
        citing_letters(g);
        cg_phase(2, "cited-by");
    }
done:
    for (unsigned t = 0; t < started; t++)
        pthread_join(th[t], NULL);
    if (started)
        cg_phase(2, "hits, cited-by");
    pthread_cond_destroy(&sd.all_done);
    pthread_mutex_destroy(&sd.lock);
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

cg_status cg_graph_analyse_with(cg_graph *g, const cg_side_work *w, cg_error *err)
{
    pthread_mutex_lock(&igraph_lock);
    cg_status st = analyse(g, w, err);
    pthread_mutex_unlock(&igraph_lock);
    return st;
}

cg_status cg_graph_analyse(cg_graph *g, cg_error *err)
{
    return cg_graph_analyse_with(g, NULL, err);
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
