/* analysis.c: measures on the graph (igraph) and the most-cited ranking.
 *
 * in_degree: citing letters (one `cites` edge per letter and target);
 * mentions: the sum of those edges' weights; pagerank: igraph's PRPACK
 * PageRank over all edges, weighted, damping 0.85. */
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
    for (size_t k = 0; k < nn; k++) {
        double v = VECTOR(pr)[k];
        ((gnode *)g->nodes.v[k])->pagerank = v == v && v < 1e300 && v > -1e300 ? v : 0.0;
    }
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

static int cmp_rows(const void *a, const void *b)
{
    const cg_top_row *x = a, *y = b;
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
        if (!a[k].letters || n->kind == CG_KIND_LETTER)
            continue;
        if (n->kind == CG_KIND_URL && !o.include_urls)
            continue;
        if (n->kind == CG_KIND_ARTICLE && !o.articles)
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
    }
    for (size_t k = 0; k < nn; k++)
        cg_map_free(&a[k].senders);
    free(a);
    free(up);
    cg_sort(t->rows, t->n, sizeof *t->rows, cmp_rows);
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
