/* cmd_trace.c: `citegraph trace ID` (who cited it, when, with which
 * sentences, and who answered whom) and `citegraph trace --from LETTER`
 * (what a letter builds on, followed through the letters it cites). */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph trace [options] ID (-g GRAPH | PATH...)\n"
          "       citegraph trace [options] --from LETTER (-g GRAPH | PATH...)\n"
          "\n"
          "The timeline of an instrument or document: every letter that cites it,\n"
          "by date, with its sender and the sentences that cite it, then the\n"
          "letters among them that cite each other (who answered whom).  An\n"
          "instrument's articles count for it.  With --from: what a letter builds\n"
          "on, its references followed through the earlier letters it cites, as a\n"
          "tree (each letter expanded once).\n"
          "\n"
          "      --from LETTER     trace the references of LETTER\n"
          "  -d, --depth N         how many letters deep to follow (default 5)\n" CLI_SOURCE_HELP
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok; 1 unknown identifier, or the graph or some inputs had\n"
          "problems; 2 usage error.\n",
          fp);
}

static const char *nz(const char *s)
{
    return s ? s : "-";
}

static void print_sentences(const char *s, const char *indent)
{
    if (!s)
        return;
    while (*s) {
        size_t l = strcspn(s, "\n");
        printf("%s\"%.*s\"\n", indent, (int)l, s);
        s += l;
        if (*s)
            s++;
    }
}

static json_t *sentences_json(const char *s)
{
    json_t *a = json_array();
    while (s && *s) {
        size_t l = strcspn(s, "\n");
        json_array_append_new(a, json_stringn(s, l));
        s += l;
        if (*s)
            s++;
    }
    return a;
}

static int timeline(const cg_graph *g, size_t target, int json)
{
    cg_node_view t;
    cg_graph_node_view(g, target, &t);
    size_t *edges = NULL;
    size_t n = cg_graph_citations_of(g, target, t.kind != CG_KIND_ARTICLE, &edges);
    /* the letters in the timeline, to find the links among them */
    unsigned char *in = cg_xcalloc(cg_graph_node_count(g) + 1, 1);
    for (size_t k = 0; k < n; k++) {
        cg_edge_view e;
        cg_graph_edge_view(g, edges[k], &e);
        in[e.from] = 1;
    }
    json_t *root = json ? json_object() : NULL, *cits = json ? json_array() : NULL;
    if (!json)
        printf("%s  %s\n%zu citation%s\n\n", t.name, t.label && strcmp(t.label, t.name) ? t.label : "",
               n, n == 1 ? "" : "s");
    for (size_t k = 0; k < n; k++) {
        cg_edge_view e;
        cg_node_view l, to;
        cg_graph_edge_view(g, edges[k], &e);
        cg_graph_node_view(g, e.from, &l);
        cg_graph_node_view(g, e.to, &to);
        if (json) {
            json_t *o = json_pack("{s:s, s:s?, s:s?, s:s, s:I, s:o, s:s?}", "letter", l.name, "date",
                                  l.date, "sender", l.sender, "cites", to.name, "weight",
                                  (json_int_t)e.weight, "sentences", sentences_json(e.sentence),
                                  "locations", e.locations);
            json_array_append_new(cits, o);
        } else {
            printf("%s  %-4s  %s", nz(l.date), nz(l.sender), l.name);
            if (e.to != target)
                printf("  (%s)", to.name);
            if (e.weight > 1)
                printf("  ×%ld", e.weight);
            putchar('\n');
            print_sentences(e.sentence, "    ");
        }
    }
    json_t *links = json ? json_array() : NULL;
    int header = 0;
    for (size_t k = 0; k < cg_graph_edge_count(g); k++) {
        cg_edge_view e;
        cg_graph_edge_view(g, k, &e);
        if (e.part_of || !in[e.from] || !in[e.to])
            continue;
        cg_node_view a, b;
        cg_graph_node_view(g, e.from, &a);
        cg_graph_node_view(g, e.to, &b);
        if (json) {
            json_array_append_new(links, json_pack("{s:s, s:s}", "from", a.name, "to", b.name));
        } else {
            if (!header++)
                printf("\nletters citing each other:\n");
            printf("  %s (%s, %s) -> %s (%s, %s)\n", a.name, nz(a.date), nz(a.sender), b.name,
                   nz(b.date), nz(b.sender));
        }
    }
    if (json) {
        json_object_set_new(root, "id", json_string(t.name));
        json_object_set_new(root, "label", json_string(t.label ? t.label : t.name));
        json_object_set_new(root, "kind", json_string(cg_kind_name(t.kind)));
        json_object_set_new(root, "citations", cits);
        json_object_set_new(root, "links", links);
        json_dumpf(root, stdout, JSON_INDENT(2));
        fputc('\n', stdout);
        json_decref(root);
    }
    free(in);
    free(edges);
    return EXIT_OK;
}

/* The references of `from`, letters expanded recursively, once each. */
static json_t *tree(const cg_graph *g, size_t from, int depth, int max, unsigned char *seen,
                    int json, int indent)
{
    seen[from] = 1;
    size_t *edges = NULL;
    size_t n = cg_graph_references_of(g, from, &edges);
    json_t *arr = json ? json_array() : NULL;
    for (size_t k = 0; k < n; k++) {
        cg_edge_view e;
        cg_node_view to;
        cg_graph_edge_view(g, edges[k], &e);
        if (e.part_of)
            continue;
        cg_graph_node_view(g, e.to, &to);
        int letter = to.kind == CG_KIND_LETTER;
        int expand = letter && depth < max && !seen[e.to];
        json_t *o = NULL;
        if (json) {
            o = json_pack("{s:s, s:s, s:s?, s:s?, s:I, s:o}", "id", to.name, "kind",
                          cg_kind_name(to.kind), "date", to.date, "sender", to.sender, "weight",
                          (json_int_t)e.weight, "sentences", sentences_json(e.sentence));
        } else {
            printf("%*s%s %s", indent, "", letter ? "├─▶" : "├──", to.name);
            if (letter)
                printf("  (%s, %s%s)", nz(to.date), nz(to.sender), to.in_corpus ? "" : ", not in the corpus");
            else if (to.label && strcmp(to.label, to.name))
                printf("  %s", to.label);
            if (letter && seen[e.to])
                printf("  [shown above]");
            putchar('\n');
        }
        if (expand) {
            json_t *sub = tree(g, e.to, depth + 1, max, seen, json, indent + 4);
            if (json)
                json_object_set_new(o, "references", sub);
        }
        if (json)
            json_array_append_new(arr, o);
    }
    free(edges);
    return arr;
}

int cli_trace(int argc, char **argv)
{
    enum { OPT_FROM = 256 };
    static const struct option opts[] = {{"from", required_argument, NULL, OPT_FROM},
                                         {"depth", required_argument, NULL, 'd'},
                                         CLI_SOURCE_OPTIONS,
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    cli_source src = {0};
    const char *from = NULL;
    size_t depth = 5;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "g:r:m:d:h", opts, NULL)) != -1) {
        int r = cli_source_option(&src, c, optarg);
        if (r < 0)
            return EXIT_USAGE;
        if (r)
            continue;
        switch (c) {
        case OPT_FROM: from = optarg; break;
        case 'd':
            if (cli_count("trace", "--depth", optarg, 1, &depth) != 0)
                return EXIT_USAGE;
            break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    const char *id = from;
    if (!id) {
        if (optind >= argc) {
            cli_errorf("trace: which identifier?");
            help(stderr);
            return EXIT_USAGE;
        }
        id = argv[optind++];
    }
    cg_graph *g = NULL;
    int problems = 0;
    int rc = cli_open_graph(&g, &src, argv + optind, (size_t)(argc - optind), &problems);
    if (rc != EXIT_OK)
        return rc;
    size_t node = cli_find(g, id);
    if (node == CG_NONE) {
        cg_graph_free(g);
        return EXIT_INPUT;
    }
    if (from) {
        cg_node_view l;
        cg_graph_node_view(g, node, &l);
        unsigned char *seen = cg_xcalloc(cg_graph_node_count(g) + 1, 1);
        if (!src.json)
            printf("%s  (%s, %s)\n", l.name, nz(l.date), nz(l.sender));
        json_t *refs = tree(g, node, 1, (int)(depth > 1000 ? 1000 : depth), seen, src.json, 0);
        if (src.json) {
            json_t *o = json_pack("{s:s, s:s?, s:s?, s:o}", "id", l.name, "date", l.date, "sender",
                                  l.sender, "references", refs);
            json_dumpf(o, stdout, JSON_INDENT(2));
            fputc('\n', stdout);
            json_decref(o);
        }
        free(seen);
    } else {
        timeline(g, node, src.json);
    }
    cg_graph_free(g);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}
