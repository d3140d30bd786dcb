/* cmd_stats.c: `citegraph stats`: what is in the graph. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

typedef struct kv {
    const char *key;
    size_t count;
} kv;

static int cmp_kv(const void *a, const void *b)
{
    const kv *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->key, y->key);
}

static int cmp_key(const void *a, const void *b)
{
    return strcmp(((const kv *)a)->key, ((const kv *)b)->key);
}

/* a counter keyed by string, sorted for output */
static kv *counts(const cg_map *m, size_t *n, int by_key)
{
    kv *v = cg_xmalloc((m->n ? m->n : 1) * sizeof *v);
    size_t k = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) {
            v[k].key = m->keys[i];
            v[k].count = m->vals[i];
            k++;
        }
    cg_sort(v, k, sizeof *v, by_key ? cmp_key : cmp_kv);
    *n = k;
    return v;
}

static void bump(cg_map *m, const char *key)
{
    size_t c = 0;
    cg_map_get(m, key, &c);
    cg_map_put(m, key, c + 1);
}

typedef struct measure {
    const char *name;
    double (*get)(const cg_node_view *);
    int integer; /* counts, written as integers */
    const char *what;
} measure;

static double m_in(const cg_node_view *v) { return (double)v->in_degree; }
static double m_mentions(const cg_node_view *v) { return (double)v->mentions; }
static double m_pr(const cg_node_view *v) { return v->pagerank; }
static double m_auth(const cg_node_view *v) { return v->authority; }
static double m_hub(const cg_node_view *v) { return v->hub; }
static double m_btw(const cg_node_view *v) { return v->betweenness; }

typedef struct ranked {
    double value;
    size_t node;
} ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->value != y->value)
        return x->value > y->value ? -1 : 1;
    return x->node < y->node ? -1 : x->node > y->node;
}

static long limit = 5;
static cli_list args;

static const cli_opt_spec opts[] = {
    {CLI_OPT_NUMBER, "limit", 'n', &limit, "N", "rows per list (default 5)", NULL, 1, NULL, NULL,
     CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "PATH", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    CLI_GRAPH_GROUPS,
    CLI_END,
};

static const char *const usage[] = {"[options] (-g GRAPH | PATH...)", NULL};

static const cli_example examples[] = {
    {"citegraph stats -g graph.graphml", "counts, the top nodes by each measure, the communities"},
    {"citegraph stats -g graph.graphml --since 2022 --sender UKR,RUS",
     "the same for the letters of Ukraine and the Russian Federation since 2022"},
    {NULL, NULL},
};

/* The ranking top makes (articles counted for their instrument), as a
 * measure of its own. */
static void letters_measure(const cg_graph *g, ranked *rk, size_t *n)
{
    cg_top_options o;
    memset(&o, 0, sizeof o);
    o.include_urls = 1;
    cg_top *t = NULL;
    cg_error err = {0};
    *n = 0;
    if (cg_graph_top(&t, g, &o, &err) != CG_OK)
        return;
    for (size_t k = 0; k < cg_top_count(t); k++) {
        const cg_top_row *r = cg_top_row_at(t, k);
        rk[*n].value = (double)r->letters;
        rk[*n].node = cg_graph_find(g, r->id);
        if (rk[*n].node != CG_NONE)
            (*n)++;
    }
    cg_top_free(t);
}

static int run(void)
{
    cli_graph cg;
    int rc = cli_graph_open(&cg, args.v, args.n, 1);
    if (rc != EXIT_OK) {
        cli_graph_close(&cg);
        return rc;
    }
    const cg_graph *g = cg.g;
    int problems = cg.problems;
    size_t nn = cg_graph_node_count(g), ne = cg_graph_edge_count(g);
    cg_map kinds = {0}, senders = {0}, years = {0}, comms = {0};
    cg_node_view v;
    for (size_t k = 0; k < nn; k++) {
        cg_graph_node_view(g, k, &v);
        bump(&kinds, cg_kind_name(v.kind));
        if (v.kind == CG_KIND_LETTER && v.in_corpus) {
            char *copy = cg_xstrdup(v.sender ? v.sender : "?");
            for (char *t = strtok(copy, " "); t; t = strtok(NULL, " "))
                bump(&senders, t);
            free(copy);
            char y[8];
            snprintf(y, sizeof y, "%.4s", v.date ? v.date : "?");
            bump(&years, y);
        }
        char cm[24];
        snprintf(cm, sizeof cm, "%ld", v.community);
        bump(&comms, cm);
    }
    static const measure measures[] = {
        {"letters", NULL, 1, "citing letters, with an instrument's articles, as top counts"},
        {"in_degree", m_in, 1, "citing letters of the node itself"},
        {"mentions", m_mentions, 1, "mentions of the node itself"},
        {"pagerank", m_pr, 0, NULL},
        {"authority", m_auth, 0, "HITS"},
        {"hub", m_hub, 0, "HITS"},
        {"betweenness", m_btw, 0, NULL}};
    ranked *rk = cg_xmalloc((nn ? nn : 1) * sizeof *rk);
    json_t *root = cli_json ? json_object() : NULL;
    size_t nk, nsn, ny;
    kv *kk = counts(&kinds, &nk, 1), *ss = counts(&senders, &nsn, 0), *yy = counts(&years, &ny, 1);
    const char *titles[3] = {"nodes by kind", "letters by sender", "letters by year"};
    kv *lists[3] = {kk, ss, yy};
    size_t lens[3] = {nk, nsn, ny};
    if (!cli_json)
        printf("%zu nodes, %zu edges\n", nn, ne);
    else
        json_object_set_new(root, "betweenness", json_boolean(cg_graph_has_betweenness(g)));
    for (int l = 0; l < 3; l++) {
        json_t *o = cli_json ? json_object() : NULL;
        if (!cli_json)
            printf("\n%s:\n", titles[l]);
        for (size_t k = 0; k < lens[l]; k++) {
            if (cli_json)
                json_object_set_new(o, lists[l][k].key, json_integer((json_int_t)lists[l][k].count));
            else
                printf("  %-16s %zu\n", lists[l][k].key, lists[l][k].count);
        }
        if (cli_json)
            json_object_set_new(root, l == 0 ? "kinds" : l == 1 ? "senders" : "years", o);
    }
    json_t *tops = cli_json ? json_object() : NULL;
    for (size_t m = 0; m < sizeof measures / sizeof measures[0]; m++) {
        size_t n = 0;
        int absent = measures[m].get == m_btw && !cg_graph_has_betweenness(g);
        if (absent) {
            /* not computed: no ranking (every value is NaN) */
        } else if (!measures[m].get) {
            letters_measure(g, rk, &n);
        } else {
            for (size_t k = 0; k < nn; k++) {
                cg_graph_node_view(g, k, &v);
                rk[n].value = measures[m].get(&v);
                rk[n].node = k;
                n++;
            }
            cg_sort(rk, n, sizeof *rk, cmp_ranked);
        }
        json_t *arr = cli_json ? json_array() : NULL;
        const char *what = measures[m].what;
        char cut[160];
        if (measures[m].get == m_btw) {
            double ve = (double)nn * (double)ne;
            if (ve > 5e7)
                snprintf(cut, sizeof cut,
                         "not computed: V x E = %.3g > 5e7; PageRank and HITS rank the graph instead, "
                         "build --measures betweenness computes it",
                         ve);
            else
                snprintf(cut, sizeof cut,
                         "not in the graph read; PageRank and HITS rank it instead, build computes it");
            what = absent ? cut : "exact";
        }
        if (!cli_json) {
            /* fitted to the width like the rest: the heading wraps under itself */
            cg_buf line = {0}, out = {0};
            cg_buf_printf(&line, "top by %s%s%s%s:", measures[m].name, what ? " (" : "",
                          what ? what : "", what ? ")" : "");
            cg_buf_putc(&out, '\n');
            cli_wrap(&out, line.s, 0, 4, cli_width());
            cg_buf_putc(&out, '\n');
            cli_flush(&out);
            cg_buf_free(&line);
        }
        for (size_t k = 0; k < n && k < (size_t)limit && rk[k].value > 0; k++) {
            cg_graph_node_view(g, rk[k].node, &v);
            if (cli_json)
                json_array_append_new(arr, json_pack("{s:o, s:o}", "id", cli_json_str(v.name), "value",
                                                     measures[m].integer
                                                         ? json_integer((json_int_t)rk[k].value)
                                                         : json_real(rk[k].value)));
            else
                printf("  %-12.6g %s\n", rk[k].value, v.name);
        }
        if (cli_json)
            json_object_set_new(tops, measures[m].name, arr);
    }
    /* communities, largest first (numbered by size) */
    size_t ncm;
    kv *cms = counts(&comms, &ncm, 0);
    json_t *carr = cli_json ? json_array() : NULL;
    if (!cli_json)
        printf("\nlargest communities (Leiden):\n");
    for (size_t q = 0; q < ncm && q < (size_t)limit; q++) {
        long id = strtol(cms[q].key, NULL, 10);
        size_t n = 0;
        for (size_t k = 0; k < nn; k++) {
            cg_graph_node_view(g, k, &v);
            if (v.community == id) {
                rk[n].value = v.pagerank;
                rk[n].node = k;
                n++;
            }
        }
        cg_sort(rk, n, sizeof *rk, cmp_ranked);
        json_t *members = cli_json ? json_array() : NULL;
        /* "  1 (63 nodes): ID ID ...", the identifiers wrapped under the first */
        cg_buf line = {0};
        if (!cli_json)
            cg_buf_printf(&line, "%ld (%zu nodes):", id, cms[q].count);
        size_t hang = 2 + line.len + 1;
        for (size_t k = 0; k < n && k < (size_t)limit; k++) {
            cg_graph_node_view(g, rk[k].node, &v);
            if (cli_json) {
                json_array_append_new(members, cli_json_str(v.name));
            } else {
                cg_buf_putc(&line, ' ');
                cg_buf_puts(&line, v.name);
            }
        }
        if (cli_json) {
            json_array_append_new(carr, json_pack("{s:I, s:I, s:o}", "community", (json_int_t)id,
                                                  "size", (json_int_t)cms[q].count, "top", members));
        } else {
            size_t W = cli_width();
            cg_buf out = {0};
            cg_buf_puts(&out, "  ");
            cli_wrap(&out, line.s, 2, hang < W / 2 ? hang : 6, W);
            cg_buf_putc(&out, '\n');
            cli_flush(&out);
        }
        cg_buf_free(&line);
    }
    if (cli_json) {
        json_object_set_new(root, "nodes", json_integer((json_int_t)nn));
        json_object_set_new(root, "edges", json_integer((json_int_t)ne));
        json_object_set_new(root, "top", tops);
        json_object_set_new(root, "communities", carr);
        cli_json_print(root);
    }
    free(kk);
    free(ss);
    free(yy);
    free(cms);
    free(rk);
    cg_map_free(&kinds);
    cg_map_free(&senders);
    cg_map_free(&years);
    cg_map_free(&comms);
    cli_graph_close(&cg);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}

const cli_cmd cli_cmd_stats = {
    "stats",
    "what is in the graph",
    usage,
    "Counts by kind, letters by sender and by year, the top nodes by each measure (citing "
    "letters as top counts them, with an instrument's articles; in-degree and mentions of the "
    "node itself; PageRank, authority, hub, and betweenness when the graph has it: V x E <= 5e7 "
    "or built with --measures betweenness), and the largest communities (Leiden) "
    "with their top members.  With filters, everything is computed on the part of the graph "
    "they select.",
    opts,
    examples,
    "the graph cannot be read, or some letters scanned had problems",
    run,
};
