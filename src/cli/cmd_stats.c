/* cmd_stats.c: `citegraph stats`: what is in the graph. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph stats [options] (-g GRAPH | PATH...)\n"
          "\n"
          "Counts by kind, letters by sender and by year, the top nodes by each\n"
          "measure (in-degree, mentions, PageRank, authority, hub, betweenness),\n"
          "and the largest communities (Infomap) with their top members.\n"
          "\n"
          "  -n, --limit N         rows per list (default 5)\n" CLI_SOURCE_HELP
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok; 1 the graph or some inputs had problems; 2 usage error.\n",
          fp);
}

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

int cli_stats(int argc, char **argv)
{
    static const struct option opts[] = {{"limit", required_argument, NULL, 'n'},
                                         CLI_SOURCE_OPTIONS,
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_source src = {0};
    size_t limit = 5;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:r:m:n:h", opts, NULL)) != -1) {
        int r = cli_source_option(&src, c, optarg);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        switch (c) {
        case 'n':
            if (cli_count("stats", "-n", optarg, 1, &limit) != 0)
                return EXIT_USAGE;
            break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    cg_graph *g = NULL;
    int problems = 0;
    int rc = cli_open_graph(&g, &src, argv + optind, (size_t)(argc - optind), &problems);
    if (rc != EXIT_OK)
        return rc;
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
    static const measure measures[] = {{"in_degree", m_in},  {"mentions", m_mentions},
                                       {"pagerank", m_pr},   {"authority", m_auth},
                                       {"hub", m_hub},       {"betweenness", m_btw}};
    ranked *rk = cg_xmalloc((nn ? nn : 1) * sizeof *rk);
    json_t *root = src.json ? json_object() : NULL;
    size_t nk, nsn, ny;
    kv *kk = counts(&kinds, &nk, 1), *ss = counts(&senders, &nsn, 0), *yy = counts(&years, &ny, 1);
    const char *titles[3] = {"nodes by kind", "letters by sender", "letters by year"};
    kv *lists[3] = {kk, ss, yy};
    size_t lens[3] = {nk, nsn, ny};
    if (!src.json)
        printf("%zu nodes, %zu edges\n", nn, ne);
    for (int l = 0; l < 3; l++) {
        json_t *o = src.json ? json_object() : NULL;
        if (!src.json)
            printf("\n%s:\n", titles[l]);
        for (size_t k = 0; k < lens[l]; k++) {
            if (src.json)
                json_object_set_new(o, lists[l][k].key, json_integer((json_int_t)lists[l][k].count));
            else
                printf("  %-16s %zu\n", lists[l][k].key, lists[l][k].count);
        }
        if (src.json)
            json_object_set_new(root, l == 0 ? "kinds" : l == 1 ? "senders" : "years", o);
    }
    json_t *tops = src.json ? json_object() : NULL;
    for (size_t m = 0; m < sizeof measures / sizeof measures[0]; m++) {
        size_t n = 0;
        for (size_t k = 0; k < nn; k++) {
            cg_graph_node_view(g, k, &v);
            rk[n].value = measures[m].get(&v);
            rk[n].node = k;
            n++;
        }
        cg_sort(rk, n, sizeof *rk, cmp_ranked);
        json_t *arr = src.json ? json_array() : NULL;
        if (!src.json)
            printf("\ntop by %s:\n", measures[m].name);
        for (size_t k = 0; k < n && k < limit && rk[k].value > 0; k++) {
            cg_graph_node_view(g, rk[k].node, &v);
            if (src.json)
                json_array_append_new(arr, json_pack("{s:s, s:f}", "id", v.name, "value", rk[k].value));
            else
                printf("  %-12.6g %s\n", rk[k].value, v.name);
        }
        if (src.json)
            json_object_set_new(tops, measures[m].name, arr);
    }
    /* communities, largest first (Infomap numbers them by size) */
    size_t ncm;
    kv *cms = counts(&comms, &ncm, 0);
    json_t *carr = src.json ? json_array() : NULL;
    if (!src.json)
        printf("\nlargest communities (Infomap):\n");
    for (size_t q = 0; q < ncm && q < limit; q++) {
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
        json_t *members = src.json ? json_array() : NULL;
        if (!src.json)
            printf("  %ld (%zu nodes):", id, cms[q].count);
        for (size_t k = 0; k < n && k < limit; k++) {
            cg_graph_node_view(g, rk[k].node, &v);
            if (src.json)
                json_array_append_new(members, json_string(v.name));
            else
                printf(" %s", v.name);
        }
        if (src.json)
            json_array_append_new(carr, json_pack("{s:I, s:I, s:o}", "community", (json_int_t)id,
                                                  "size", (json_int_t)cms[q].count, "top", members));
        else
            putchar('\n');
    }
    if (src.json) {
        json_object_set_new(root, "nodes", json_integer((json_int_t)nn));
        json_object_set_new(root, "edges", json_integer((json_int_t)ne));
        json_object_set_new(root, "top", tops);
        json_object_set_new(root, "communities", carr);
        json_dumpf(root, stdout, JSON_INDENT(2) | JSON_SORT_KEYS);
        fputc('\n', stdout);
        json_decref(root);
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
    cg_graph_free(g);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}
