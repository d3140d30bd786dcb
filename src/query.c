/* query.c: reading the graph back: views of nodes and edges, lookups with
 * suggestions, citations of a node in time order, references of a letter,
 * shortest paths (igraph), co-citation and bibliographic coupling. */
#include <igraph/igraph.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"

size_t cg_graph_find(const cg_graph *g, const char *id)
{
    size_t ix;
    if (cg_map_get(&g->by_name, id, &ix))
        return ix;
    /* a second symbol of a joint document; letter:DATE:ISO3 of a letter
     * known by its symbol */
    size_t idl = strlen(id);
    for (size_t k = 0; k < g->nodes.n; k++) {
        const gnode *n = g->nodes.v[k];
        if (n->symbols) {
            const char *p = n->symbols;
            while ((p = strstr(p, id)) != NULL) {
                if ((p == n->symbols || p[-1] == ' ') && (p[idl] == ' ' || p[idl] == '\0'))
                    return k;
                p++;
            }
        }
        if (strncmp(id, "letter:", 7) == 0 && n->kind == CG_KIND_LETTER && n->date && n->sender &&
            idl >= 18 && strncmp(id + 7, n->date, 10) == 0 && id[17] == ':' &&
            strstr(n->sender, id + 18))
            return k;
    }
    return CG_NONE;
}

int cg_graph_node_view(const cg_graph *g, size_t i, cg_node_view *o)
{
    if (i >= g->nodes.n)
        return -1;
    const gnode *n = g->nodes.v[i];
    memset(o, 0, sizeof *o);
    o->name = n->name;
    o->label = n->label;
    o->kind = n->kind;
    o->date = n->date;
    o->sender = n->sender;
    o->symbols = n->symbols;
    o->file = n->file;
    o->languages = n->language;
    o->title = n->title;
    o->parent = n->parent;
    o->session = n->session;
    o->sc_year = n->sc_year;
    o->in_corpus = n->in_corpus;
    o->in_degree = n->in_degree;
    o->mentions = n->mentions;
    o->community = n->community;
    o->pagerank = n->pagerank;
    o->hub = n->hub;
    o->authority = n->authority;
    o->betweenness = n->betweenness;
    o->first_cited = n->first_cited;
    o->last_cited = n->last_cited;
    o->cited_by = n->cited_by;
    return 0;
}

int cg_graph_edge_view(const cg_graph *g, size_t i, cg_edge_view *o)
{
    if (i >= g->edges.n)
        return -1;
    const gedge *e = g->edges.v[i];
    memset(o, 0, sizeof *o);
    o->from = e->from;
    o->to = e->to;
    o->part_of = e->kind == CG_EDGE_PART_OF;
    o->weight = e->weight;
    o->text = e->text;
    o->sentence = e->sentence;
    o->locations = e->locations;
    o->anachronism = e->anachronism;
    return 0;
}

/* Levenshtein distance, ASCII case folded, bytes. */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 200 || lb > 200)
        return (size_t)-1;
    size_t *row = cg_xmalloc((lb + 1) * sizeof *row);
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t prev = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cur = row[j];
            char x = a[i - 1], y = b[j - 1];
            if (x >= 'A' && x <= 'Z')
                x = (char)(x + 32);
            if (y >= 'A' && y <= 'Z')
                y = (char)(y + 32);
            size_t best = prev + (x != y);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            prev = cur;
        }
    }
    size_t d = row[lb];
    cg_free(row);
    return d;
}

typedef struct scored {
    size_t d;
    const char *name;
} scored;

static int cmp_scored(const void *a, const void *b)
{
    const scored *x = a, *y = b;
    if (x->d != y->d)
        return x->d < y->d ? -1 : 1;
    return strcmp(x->name, y->name);
}

size_t cg_graph_suggest(const cg_graph *g, const char *id, const char **out, size_t max)
{
    size_t nn = g->nodes.n;
    scored *s = cg_xmalloc((nn ? nn : 1) * sizeof *s);
    for (size_t k = 0; k < nn; k++) {
        const gnode *n = g->nodes.v[k];
        s[k].name = n->name;
        s[k].d = distance(id, n->name);
        /* a name containing what was typed is a good guess */
        if (strstr(n->name, id) && s[k].d > 1)
            s[k].d = 1 + (strlen(n->name) - strlen(id)) / 8;
    }
    cg_sort(s, nn, sizeof *s, cmp_scored);
    size_t m = 0;
    for (size_t k = 0; k < nn && m < max; k++)
        if (s[k].d != (size_t)-1 && s[k].d <= strlen(id) / 3 + 1)
            out[m++] = s[k].name;
    cg_free(s);
    return m;
}

typedef struct edge_key {
    size_t edge;
    const char *date;
    const char *name;
} edge_key;

static int cmp_edge_key(const void *a, const void *b)
{
    const edge_key *x = a, *y = b;
    int c = strcmp(x->date ? x->date : "9999", y->date ? y->date : "9999");
    return c ? c : strcmp(x->name, y->name);
}

size_t cg_graph_citations_of(const cg_graph *g, size_t target, int rollup, size_t **out)
{
    edge_key *v = cg_xmalloc((g->edges.n ? g->edges.n : 1) * sizeof *v);
    size_t n = 0;
    for (size_t k = 0; k < g->edges.n; k++) {
        const gedge *e = g->edges.v[k];
        if (e->kind != CG_EDGE_CITES)
            continue;
        const gnode *to = g->nodes.v[e->to];
        int hit = e->to == target ||
                  (rollup && to->kind == CG_KIND_ARTICLE && to->parent &&
                   strcmp(to->parent, ((const gnode *)g->nodes.v[target])->name) == 0);
        if (!hit)
            continue;
        const gnode *from = g->nodes.v[e->from];
        v[n].edge = k;
        v[n].date = from->date;
        v[n].name = from->name;
        n++;
    }
    cg_sort(v, n, sizeof *v, cmp_edge_key);
    *out = cg_xmalloc((n ? n : 1) * sizeof **out);
    for (size_t k = 0; k < n; k++)
        (*out)[k] = v[k].edge;
    cg_free(v);
    return n;
}

size_t cg_graph_references_of(const cg_graph *g, size_t from, size_t **out)
{
    *out = cg_xmalloc((g->edges.n ? g->edges.n : 1) * sizeof **out);
    size_t n = 0;
    /* edges are sorted by (source, target, kind) already */
    for (size_t k = 0; k < g->edges.n; k++)
        if (((const gedge *)g->edges.v[k])->from == from)
            (*out)[n++] = k;
    return n;
}

cg_status cg_graph_paths(const cg_graph *g, size_t a, size_t b, int undirected_fallback,
                         size_t ***paths, size_t **lens, size_t *npaths, int *undirected,
                         cg_error *err)
{
    *paths = NULL;
    *lens = NULL;
    *npaths = 0;
    *undirected = 0;
    size_t nn = g->nodes.n, ne = g->edges.n;
    igraph_t ig;
    igraph_vector_int_t ev;
    if (igraph_vector_int_init(&ev, (igraph_integer_t)(2 * ne)) != IGRAPH_SUCCESS) {
        cg_error_set(err, NULL, 0, 0, "igraph: out of memory");
        return CG_ERR_GRAPH;
    }
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        VECTOR(ev)[2 * k] = (igraph_integer_t)e->from;
        VECTOR(ev)[2 * k + 1] = (igraph_integer_t)e->to;
    }
    igraph_error_t rc = igraph_create(&ig, &ev, (igraph_integer_t)nn, IGRAPH_DIRECTED);
    igraph_vector_int_destroy(&ev);
    if (rc != IGRAPH_SUCCESS) {
        cg_error_set(err, NULL, 0, 0, "igraph: %s", igraph_strerror(rc));
        return CG_ERR_GRAPH;
    }
    cg_status st = CG_OK;
    for (int pass = 0; pass < 2 && !*npaths; pass++) {
        if (pass == 1 && !undirected_fallback)
            break;
        igraph_vector_int_list_t vertices;
        if (igraph_vector_int_list_init(&vertices, 0) != IGRAPH_SUCCESS) {
            st = CG_ERR_GRAPH;
            break;
        }
        rc = igraph_get_all_shortest_paths(&ig, &vertices, NULL, NULL, (igraph_integer_t)a,
                                           igraph_vss_1((igraph_integer_t)b),
                                           pass ? IGRAPH_ALL : IGRAPH_OUT);
        if (rc != IGRAPH_SUCCESS) {
            cg_error_set(err, NULL, 0, 0, "igraph: %s", igraph_strerror(rc));
            igraph_vector_int_list_destroy(&vertices);
            st = CG_ERR_GRAPH;
            break;
        }
        size_t np = (size_t)igraph_vector_int_list_size(&vertices);
        if (np) {
            *paths = cg_xcalloc(np, sizeof **paths);
            *lens = cg_xcalloc(np, sizeof **lens);
            for (size_t k = 0; k < np; k++) {
                igraph_vector_int_t *p = igraph_vector_int_list_get_ptr(&vertices, (igraph_integer_t)k);
                size_t l = (size_t)igraph_vector_int_size(p);
                (*paths)[k] = cg_xmalloc((l ? l : 1) * sizeof ***paths);
                for (size_t q = 0; q < l; q++)
                    (*paths)[k][q] = (size_t)VECTOR(*p)[q];
                (*lens)[k] = l;
            }
            *npaths = np;
            *undirected = pass;
        }
        igraph_vector_int_list_destroy(&vertices);
    }
    igraph_destroy(&ig);
    return st;
}

static int cmp_related(const void *a, const void *b)
{
    const cg_related *x = a, *y = b;
    if (x->together != y->together)
        return x->together > y->together ? -1 : 1;
    return x->node < y->node ? -1 : x->node > y->node; /* nodes are sorted by name */
}

/* The node a citation counts for: an article's instrument. */
static size_t rolled(const cg_graph *g, size_t to)
{
    const gnode *n = g->nodes.v[to];
    if (n->kind == CG_KIND_ARTICLE && n->parent) {
        size_t ix;
        if (cg_map_get(&g->by_name, n->parent, &ix))
            return ix;
    }
    return to;
}

size_t cg_graph_related(const cg_graph *g, size_t node, size_t limit, cg_related **out)
{
    size_t nn = g->nodes.n;
    const gnode *self = g->nodes.v[node];
    int letter = self->kind == CG_KIND_LETTER && self->in_corpus;
    long *count = cg_xcalloc(nn ? nn : 1, sizeof *count);
    char **shared = cg_xcalloc(nn ? nn : 1, sizeof *shared);
    /* what node is cited by (letters) or cites (targets) */
    unsigned char *mine = cg_xcalloc(nn ? nn : 1, 1);
    for (size_t k = 0; k < g->edges.n; k++) {
        const gedge *e = g->edges.v[k];
        if (e->kind != CG_EDGE_CITES)
            continue;
        if (letter && e->from == node)
            mine[rolled(g, e->to)] = 1;
        if (!letter && rolled(g, e->to) == node)
            mine[e->from] = 1;
    }
    for (size_t k = 0; k < g->edges.n; k++) {
        const gedge *e = g->edges.v[k];
        if (e->kind != CG_EDGE_CITES)
            continue;
        size_t to = rolled(g, e->to);
        if (letter) {
            /* another letter citing one of my references */
            if (e->from != node && mine[to]) {
                const char *nm = ((const gnode *)g->nodes.v[to])->name;
                char *before = shared[e->from] ? cg_xstrdup(shared[e->from]) : NULL;
                cg_list_add(&shared[e->from], nm, " ");
                if (!before || strcmp(before, shared[e->from]) != 0)
                    count[e->from]++;
                cg_free(before);
            }
        } else if (mine[e->from] && to != node) {
            /* another target cited by one of my citing letters */
            const char *nm = ((const gnode *)g->nodes.v[e->from])->name;
            char *before = shared[to] ? cg_xstrdup(shared[to]) : NULL;
            cg_list_add(&shared[to], nm, " ");
            if (!before || strcmp(before, shared[to]) != 0)
                count[to]++;
            cg_free(before);
        }
    }
    cg_related *rows = cg_xcalloc(nn ? nn : 1, sizeof *rows);
    size_t n = 0;
    for (size_t k = 0; k < nn; k++) {
        if (!count[k]) {
            cg_free(shared[k]);
            continue;
        }
        rows[n].node = k;
        rows[n].together = count[k];
        rows[n].shared = shared[k];
        n++;
    }
    cg_sort(rows, n, sizeof *rows, cmp_related);
    if (limit && n > limit) {
        for (size_t k = limit; k < n; k++)
            cg_free(rows[k].shared);
        n = limit;
    }
    cg_free(count);
    cg_free(shared);
    cg_free(mine);
    *out = rows;
    return n;
}

void cg_related_free(cg_related *rows, size_t n)
{
    if (!rows)
        return;
    for (size_t k = 0; k < n; k++)
        cg_free(rows[k].shared);
    cg_free(rows);
}
