/* analysis.c: measures on the graph (igraph) and the most-cited ranking.
 *
 * in_degree: citing letters (one `cites` edge per letter and target);
 * mentions: the sum of those edges' weights; pagerank: igraph's PRPACK
 * PageRank over all edges, weighted, damping 0.85; hub and authority:
 * HITS (igraph, weighted); betweenness: igraph, directed, unweighted (a
 * weight is a count of mentions, not a distance); community: Infomap on
 * the directed weighted graph (igraph, seeded, so that the same graph
 * gives the same modules), numbered by size; first_cited, last_cited and
 * cited_by from the citing letters. */
#include <igraph/igraph.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"

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

/* Infomap modules, renumbered 1, 2, ... from the largest. */
static cg_status communities(cg_graph *g, const igraph_t *ig, const igraph_vector_t *w, cg_error *err)
{
    size_t nn = g->nodes.n;
    igraph_vector_int_t mem;
    if (igraph_vector_int_init(&mem, 0) != IGRAPH_SUCCESS) {
        cg_error_set(err, NULL, 0, 0, "igraph: out of memory");
        return CG_ERR_GRAPH;
    }
    igraph_real_t codelength;
    igraph_rng_seed(igraph_rng_default(), 20261123);
    igraph_error_t rc = igraph_community_infomap(ig, g->edges.n ? w : NULL, NULL, 10, &mem, &codelength);
    if (rc != IGRAPH_SUCCESS) {
        igraph_vector_int_destroy(&mem);
        cg_error_set(err, NULL, 0, 0, "igraph: Infomap: %s", igraph_strerror(rc));
        return CG_ERR_GRAPH;
    }
    long maxm = 0;
    for (size_t k = 0; k < nn; k++)
        if (VECTOR(mem)[k] > maxm)
            maxm = (long)VECTOR(mem)[k];
    modsize *ms = cg_xcalloc((size_t)maxm + 1, sizeof *ms);
    for (long m = 0; m <= maxm; m++) {
        ms[m].module = m;
        ms[m].first = (size_t)-1;
    }
    for (size_t k = 0; k < nn; k++) {
        modsize *x = &ms[VECTOR(mem)[k]];
        x->size++;
        if (k < x->first)
            x->first = k;
    }
    cg_sort(ms, (size_t)maxm + 1, sizeof *ms, cmp_mod);
    long *rank = cg_xcalloc((size_t)maxm + 1, sizeof *rank);
    for (long r = 0; r <= maxm; r++)
        rank[ms[r].module] = r + 1;
    for (size_t k = 0; k < nn; k++)
        ((gnode *)g->nodes.v[k])->community = rank[VECTOR(mem)[k]];
    free(rank);
    free(ms);
    igraph_vector_int_destroy(&mem);
    return CG_OK;
}

static char *senders_string(const cg_map *m);

/* first_cited, last_cited and cited_by, from the letters citing a node. */
static void citing_letters(cg_graph *g)
{
    size_t nn = g->nodes.n;
    cg_map *by = cg_xcalloc(nn ? nn : 1, sizeof *by);
    for (size_t k = 0; k < nn; k++) {
        gnode *n = g->nodes.v[k];
        free(n->first_cited);
        free(n->last_cited);
        free(n->cited_by);
        n->first_cited = n->last_cited = n->cited_by = NULL;
    }
    for (size_t k = 0; k < g->edges.n; k++) {
        gedge *e = g->edges.v[k];
        if (e->kind != CG_EDGE_CITES)
            continue;
        gnode *from = g->nodes.v[e->from], *to = g->nodes.v[e->to];
        if (from->date) {
            if (!to->first_cited || strcmp(from->date, to->first_cited) < 0) {
                free(to->first_cited);
                to->first_cited = cg_xstrdup(from->date);
            }
            if (!to->last_cited || strcmp(from->date, to->last_cited) > 0) {
                free(to->last_cited);
                to->last_cited = cg_xstrdup(from->date);
            }
        }
        char iso[16];
        const char *s = from->sender && *from->sender ? from->sender : "?";
        size_t l = strcspn(s, " ");
        snprintf(iso, sizeof iso, "%.*s", (int)(l < 15 ? l : 15), s);
        size_t c = 0;
        cg_map_get(&by[e->to], iso, &c);
        cg_map_put(&by[e->to], iso, c + 1);
    }
    for (size_t k = 0; k < nn; k++) {
        if (by[k].n)
            ((gnode *)g->nodes.v[k])->cited_by = senders_string(&by[k]);
        cg_map_free(&by[k]);
    }
    free(by);
}

cg_status cg_graph_analyse(cg_graph *g, cg_error *err)
{
    cg_status st = CG_OK;
    size_t nn = g->nodes.n, ne = g->edges.n;
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
    if (!nn)
        return CG_OK;

    igraph_t ig;
    igraph_vector_int_t ev;
    igraph_vector_t w, pr;
    int have_g = 0, have_ev = 0, have_w = 0, have_pr = 0;
    IGCHECK(igraph_vector_int_init(&ev, (igraph_integer_t)(2 * ne)));
    have_ev = 1;
    IGCHECK(igraph_vector_init(&w, (igraph_integer_t)ne));
    have_w = 1;
    for (size_t k = 0; k < ne; k++) {
        gedge *e = g->edges.v[k];
        VECTOR(ev)[2 * k] = (igraph_integer_t)e->from;
        VECTOR(ev)[2 * k + 1] = (igraph_integer_t)e->to;
        VECTOR(w)[k] = e->weight > 0 ? (igraph_real_t)e->weight : 1.0;
    }
    IGCHECK(igraph_create(&ig, &ev, (igraph_integer_t)nn, IGRAPH_DIRECTED));
    have_g = 1;
    IGCHECK(igraph_vector_init(&pr, 0));
    have_pr = 1;
    igraph_real_t value;
    IGCHECK(igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, igraph_vss_all(),
                            IGRAPH_DIRECTED, 0.85, &w, NULL));
    for (size_t k = 0; k < nn; k++)
        ((gnode *)g->nodes.v[k])->pagerank = finite_or_zero(VECTOR(pr)[k]);

    /* HITS: hubs cite good authorities; a graph without edges has neither */
    if (ne) {
        igraph_vector_t hub, auth;
        IGCHECK(igraph_vector_init(&hub, 0));
        if (igraph_vector_init(&auth, 0) != IGRAPH_SUCCESS) {
            igraph_vector_destroy(&hub);
            cg_error_set(err, NULL, 0, 0, "igraph: out of memory");
            st = CG_ERR_GRAPH;
            goto done;
        }
        igraph_error_t rc = igraph_hub_and_authority_scores(&ig, &hub, &auth, &value, 1, &w, NULL);
        if (rc == IGRAPH_SUCCESS)
            for (size_t k = 0; k < nn; k++) {
                ((gnode *)g->nodes.v[k])->hub = finite_or_zero(VECTOR(hub)[k]);
                ((gnode *)g->nodes.v[k])->authority = finite_or_zero(VECTOR(auth)[k]);
            }
        igraph_vector_destroy(&hub);
        igraph_vector_destroy(&auth);
        if (rc != IGRAPH_SUCCESS) {
            cg_error_set(err, NULL, 0, 0, "igraph: HITS: %s", igraph_strerror(rc));
            st = CG_ERR_GRAPH;
            goto done;
        }
    }
    igraph_vector_t bt;
    IGCHECK(igraph_vector_init(&bt, 0));
    {
        igraph_error_t rc = igraph_betweenness(&ig, &bt, igraph_vss_all(), IGRAPH_DIRECTED, NULL);
        if (rc == IGRAPH_SUCCESS)
            for (size_t k = 0; k < nn; k++)
                ((gnode *)g->nodes.v[k])->betweenness = finite_or_zero(VECTOR(bt)[k]);
        igraph_vector_destroy(&bt);
        IGCHECK(rc);
    }
    st = communities(g, &ig, &w, err);
    if (st != CG_OK)
        goto done;
    citing_letters(g);
done:
    if (have_pr)
        igraph_vector_destroy(&pr);
    if (have_g)
        igraph_destroy(&ig);
    if (have_w)
        igraph_vector_destroy(&w);
    if (have_ev)
        igraph_vector_int_destroy(&ev);
    return st;
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
    free(v);
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
    free(a);
    free(up);
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
    free(kr);
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
    free(t->rows);
    cg_vec_free(&t->strings, free);
    free(t);
}
