/* cmd_trace.c: `citegraph trace NODE` (who cited it, when, with which
 * sentences, and who answered whom) and `citegraph trace --from LETTER`
 * (what a letter builds on, followed through the letters it cites, as a
 * tree). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *from;
static long depth = 5;
static cli_list args;

static const cli_opt_spec opts[] = {
    {CLI_OPT_VALUE, "from", 0, &from, "LETTER",
     "trace what LETTER cites, through the letters it cites, as a tree", NULL, 0, NULL, NULL,
     CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_NUMBER, "depth", 'd', &depth, "N", "how many letters deep --from follows (default 5)",
     NULL, 1, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "NODE", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    CLI_GRAPH_GROUPS,
    CLI_END,
};

static const char *const usage[] = {"[options] NODE (-g GRAPH | PATH...)",
                                    "[options] --from LETTER (-g GRAPH | PATH...)", NULL};

static const cli_example examples[] = {
    {"citegraph trace -g graph.graphml 'resolution 822 (1993)'",
     "every letter citing S/RES/822(1993), by date, with the sentences"},
    {"citegraph trace -g graph.graphml 'UN Charter' --sender ARM --since 2022",
     "how Armenia's letters of 2022 invoke the Charter"},
    {"citegraph trace -g graph.graphml --from A/75/379",
     "what a letter builds on, through the letters it answers"},
    {NULL, NULL},
};

static const char *nz(const char *s)
{
    return s && *s ? s : "-";
}

/* The sentences, one per line, quoted and wrapped under `indent`. */
static void sentences(cg_buf *b, const char *s, size_t indent)
{
    size_t W = cli_width();
    while (s && *s) {
        size_t l = strcspn(s, "\n");
        char *one = cg_xstrndup(s, l);
        for (size_t k = 0; k < indent; k++)
            cg_buf_putc(b, ' ');
        cg_buf_puts(b, "\"");
        cg_buf vis = {0};
        cg_buf_put_visible(&vis, one, strlen(one));
        cg_buf_puts(&vis, "\"");
        cli_wrap(b, vis.s, indent + 1, indent + 1, W);
        cg_buf_putc(b, '\n');
        cg_buf_free(&vis);
        free(one);
        s += l;
        if (*s)
            s++;
    }
}

static int timeline(const cli_graph *cg, size_t full_ix)
{
    const cg_graph *g = cg->g;
    size_t target = cli_node_in_filtered(cg, full_ix);
    cg_node_view t;
    cg_graph_node_view(cg->full, full_ix, &t);
    size_t *edges = NULL, n = 0;
    if (target != CG_NONE) {
        cg_graph_node_view(g, target, &t);
        n = cg_graph_citations_of(g, target, t.kind != CG_KIND_ARTICLE, &edges);
    }
    /* the letters in the timeline, to find the links among them */
    unsigned char *in = cg_xcalloc(cg_graph_node_count(g) + 1, 1);
    const char *first = NULL, *last = NULL;
    for (size_t k = 0; k < n; k++) {
        cg_edge_view e;
        cg_node_view l;
        cg_graph_edge_view(g, edges[k], &e);
        cg_graph_node_view(g, e.from, &l);
        in[e.from] = 1;
        if (l.date && (!first || strcmp(l.date, first) < 0))
            first = l.date;
        if (l.date && (!last || strcmp(l.date, last) > 0))
            last = l.date;
    }
    json_t *cits = cli_json ? json_array() : NULL;
    cg_buf b = {0};
    if (!cli_json) {
        cli_styled(&b, CLI_BOLD, t.name);
        if (t.label && strcmp(t.label, t.name)) {
            cg_buf_puts(&b, "  ");
            cli_fit(&b, t.label, cli_width() > cg_utf8_width(t.name) + 12
                                     ? cli_width() - cg_utf8_width(t.name) - 2
                                     : 10,
                    0, CLI_PLAIN);
        }
        cg_buf sum = {0};
        cg_buf_printf(&sum, "%zu citation%s", n, n == 1 ? "" : "s");
        if (first)
            cg_buf_printf(&sum, ", %s to %s", first, last);
        if (target != CG_NONE && t.cited_by) {
            /* "ARM 5 · AZE 2": a sender and its count stay on one line
             * (joined by a no-break space while wrapping) */
            cg_buf_puts(&sum, "; by ");
            for (const char *c = t.cited_by; *c; c++) {
                if (*c == ' ' && c[1] && c[1] != (char)0xC2 && c > t.cited_by && c[-1] != (char)0xB7)
                    cg_buf_puts(&sum, "\xC2\xA0");
                else
                    cg_buf_putc(&sum, *c);
            }
        }
        if (!cg_filter_is_empty(&cg->filter))
            cg_buf_printf(&sum, " (%s)", cli_filter_words());
        cg_buf_putc(&b, '\n');
        size_t at = b.len;
        cli_wrap(&b, sum.s, 0, 4, cli_width());
        /* the no-break spaces back to spaces */
        size_t w = at;
        for (size_t r = at; r < b.len; r++) {
            if ((unsigned char)b.s[r] == 0xC2 && r + 1 < b.len && (unsigned char)b.s[r + 1] == 0xA0) {
                b.s[w++] = ' ';
                r++;
            } else {
                b.s[w++] = b.s[r];
            }
        }
        b.len = w;
        b.s[w] = '\0';
        cg_buf_puts(&b, "\n\n");
        cg_buf_free(&sum);
    }
    for (size_t k = 0; k < n; k++) {
        cg_edge_view e;
        cg_node_view l, to;
        cg_graph_edge_view(g, edges[k], &e);
        cg_graph_node_view(g, e.from, &l);
        cg_graph_node_view(g, e.to, &to);
        if (cli_json) {
            json_t *o = json_object();
            json_object_set_new(o, "letter", cli_json_str(l.name));
            json_object_set_new(o, "date", cli_json_str(l.date));
            json_object_set_new(o, "senders", cli_json_words(l.sender));
            json_object_set_new(o, "cites", cli_json_str(to.name));
            json_object_set_new(o, "weight", json_integer(e.weight));
            json_object_set_new(o, "sentences", cli_json_lines(e.sentence));
            json_object_set_new(o, "locations", cli_json_list(e.locations));
            json_array_append_new(cits, o);
        } else {
            size_t col = b.len;
            cg_buf_printf(&b, "%s  %-4s  ", nz(l.date), nz(l.sender));
            col = cg_utf8_width(b.s + col) + cg_utf8_width(l.name);
            cli_styled(&b, CLI_BOLD, l.name);
            /* what it cites (an article) and how often: on the next line,
             * indented, when the line would be wider than the terminal */
            cg_buf tail = {0};
            if (e.to != target)
                cg_buf_printf(&tail, "(%s)", to.name);
            if (e.weight > 1)
                cg_buf_printf(&tail, "%s×%ld", tail.len ? "  " : "", e.weight);
            if (tail.len) {
                if (col + 2 + cg_utf8_width(tail.s) > cli_width())
                    cg_buf_puts(&b, "\n    ");
                else
                    cg_buf_puts(&b, "  ");
                cg_buf_puts(&b, tail.s);
            }
            cg_buf_free(&tail);
            cg_buf_putc(&b, '\n');
            sentences(&b, e.sentence, 4);
        }
    }
    json_t *links = cli_json ? json_array() : NULL;
    int header = 0;
    for (size_t k = 0; n && k < cg_graph_edge_count(g); k++) {
        cg_edge_view e;
        cg_graph_edge_view(g, k, &e);
        if (e.part_of || !in[e.from] || !in[e.to])
            continue;
        cg_node_view a, c;
        cg_graph_node_view(g, e.from, &a);
        cg_graph_node_view(g, e.to, &c);
        if (cli_json) {
            json_array_append_new(links,
                                  json_pack("{s:o, s:o}", "from", cli_json_str(a.name), "to",
                                            cli_json_str(c.name)));
        } else {
            if (!header++)
                cg_buf_puts(&b, "\nletters citing each other:\n");
            /* ids are ASCII: a line wider than the terminal goes on on
             * the next, indented */
            char *lf = cg_xsprintf("%s (%s, %s)", a.name, nz(a.date), nz(a.sender));
            char *to2 = cg_xsprintf("%s (%s, %s)", c.name, nz(c.date), nz(c.sender));
            int wrap = 2 + strlen(lf) + 4 + strlen(to2) > cli_width();
            cg_buf_printf(&b, "  %s%s-> %s\n", lf, wrap ? "\n      " : " ", to2);
            cg_free(lf);
            cg_free(to2);
        }
    }
    if (cli_json) {
        json_t *root = json_object();
        json_object_set_new(root, "id", cli_json_str(t.name));
        json_object_set_new(root, "label", cli_json_str(t.label ? t.label : t.name));
        json_object_set_new(root, "kind", json_string(cg_kind_name(t.kind)));
        json_object_set_new(root, "citations", cits);
        json_object_set_new(root, "links", links);
        cli_json_print(root);
    } else {
        cli_flush(&b);
    }
    cg_buf_free(&b);
    free(in);
    free(edges);
    return EXIT_OK;
}

/* The references of `from`, letters expanded recursively, once each, drawn
 * with ├── └── │ under `prefix`. */
static json_t *tree(const cg_graph *g, size_t node, int level, int max, unsigned char *seen,
                    cg_buf *b, const char *prefix)
{
    seen[node] = 1;
    size_t *edges = NULL;
    size_t n = cg_graph_references_of(g, node, &edges), m = 0;
    for (size_t k = 0; k < n; k++) {
        cg_edge_view e;
        cg_graph_edge_view(g, edges[k], &e);
        if (!e.part_of)
            edges[m++] = edges[k];
    }
    json_t *arr = cli_json ? json_array() : NULL;
    size_t W = cli_width();
    for (size_t k = 0; k < m; k++) {
        cg_edge_view e;
        cg_node_view to;
        cg_graph_edge_view(g, edges[k], &e);
        cg_graph_node_view(g, e.to, &to);
        int letter = to.kind == CG_KIND_LETTER, last = k + 1 == m;
        int again = letter && seen[e.to];
        int expand = letter && level < max && !seen[e.to];
        json_t *o = NULL;
        if (cli_json) {
            o = json_object();
            json_object_set_new(o, "id", cli_json_str(to.name));
            json_object_set_new(o, "kind", json_string(cg_kind_name(to.kind)));
            json_object_set_new(o, "label", cli_json_str(to.label ? to.label : to.name));
            json_object_set_new(o, "date", cli_json_str(to.date));
            json_object_set_new(o, "senders", cli_json_words(to.sender));
            json_object_set_new(o, "in_corpus", json_boolean(to.in_corpus));
            json_object_set_new(o, "weight", json_integer(e.weight));
            json_object_set_new(o, "sentences", cli_json_lines(e.sentence));
            json_object_set_new(o, "shown_above", json_boolean(again));
        } else {
            cg_buf line = {0};
            cg_buf_printf(&line, "%s%s ", prefix, last ? "└──" : "├──");
            size_t used = cg_utf8_width(line.s);
            size_t nw = cg_utf8_width(to.name);
            cli_fit(&line, to.name, W > used + 4 ? W - used : 4, 0, CLI_BOLD);
            used += nw;
            cg_buf detail = {0};
            if (letter)
                cg_buf_printf(&detail, "(%s, %s%s)%s", nz(to.date), nz(to.sender),
                              to.in_corpus ? "" : ", not in the corpus", again ? "  [shown above]" : "");
            else if (to.label && strcmp(to.label, to.name))
                cg_buf_puts(&detail, to.label);
            if (detail.len && used + 2 + 2 <= W) {
                cg_buf_puts(&line, "  ");
                cli_fit(&line, detail.s, W - used - 2, 0, letter ? CLI_DIM : CLI_PLAIN);
            }
            cg_buf_free(&detail);
            cg_buf_puts(b, line.s);
            cg_buf_putc(b, '\n');
            cg_buf_free(&line);
        }
        if (expand) {
            char *sub = cg_xsprintf("%s%s", prefix, last ? "    " : "│   ");
            json_t *children = tree(g, e.to, level + 1, max, seen, b, sub);
            free(sub);
            if (cli_json)
                json_object_set_new(o, "references", children);
        }
        if (cli_json)
            json_array_append_new(arr, o);
    }
    free(edges);
    return arr;
}

static int from_tree(const cli_graph *cg, size_t full_ix)
{
    size_t node = cli_node_in_filtered(cg, full_ix);
    cg_node_view l;
    cg_graph_node_view(cg->full, full_ix, &l);
    const cg_graph *g = cg->g;
    if (l.kind != CG_KIND_LETTER) {
        cli_errorf("trace: --from %s: it is %s %s, not a letter: trace %s (without --from) shows "
                   "the letters citing it",
                   l.name, l.kind == CG_KIND_INSTRUMENT || l.kind == CG_KIND_ARTICLE ? "an" : "a",
                   cg_kind_name(l.kind), l.name);
        return EXIT_INPUT;
    }
    cg_buf b = {0};
    if (!cli_json) {
        cli_styled(&b, CLI_BOLD, l.name);
        cg_buf_printf(&b, "  (%s, %s)\n", nz(l.date), nz(l.sender));
    }
    json_t *refs;
    if (node == CG_NONE) {
        refs = cli_json ? json_array() : NULL;
    } else {
        unsigned char *seen = cg_xcalloc(cg_graph_node_count(g) + 1, 1);
        refs = tree(g, node, 1, (int)(depth > 1000 ? 1000 : depth), seen, &b, "");
        free(seen);
    }
    if (cli_json) {
        json_t *o = json_object();
        json_object_set_new(o, "id", cli_json_str(l.name));
        json_object_set_new(o, "date", cli_json_str(l.date));
        json_object_set_new(o, "senders", cli_json_words(l.sender));
        json_object_set_new(o, "references", refs);
        cli_json_print(o);
    }
    cli_flush(&b);
    return EXIT_OK;
}

static int run(void)
{
    const char *text = from;
    size_t skip = 0;
    if (!text) {
        if (!args.n)
            return cli_usage("which node? give its id, its symbol or words of its title "
                             "(citegraph trace -g graph.graphml 'resolution 822 (1993)'), or "
                             "--from LETTER");
        text = args.v[0];
        skip = 1;
    }
    cli_graph cg;
    int rc = cli_graph_open(&cg, args.v + skip, args.n - skip, 1);
    if (rc == EXIT_OK) {
        size_t node = cli_node(&cg, text);
        if (node == CG_NONE)
            rc = EXIT_INPUT;
        else
            rc = from ? from_tree(&cg, node) : timeline(&cg, node);
    }
    int problems = cg.problems;
    cli_graph_close(&cg);
    if (rc != EXIT_OK)
        return rc;
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}

const cli_cmd cli_cmd_trace = {
    "trace",
    "who cited something when, and what a letter builds on",
    usage,
    "The timeline of a node: every letter citing it, by date, with its sender and the sentences "
    "that cite it (wrapped to the terminal), then the letters among them that cite each other "
    "(who answered whom).  An instrument's articles count for it.\n\n"
    "With --from: what a letter builds on, its references followed through the earlier letters "
    "it cites, drawn as a tree (each letter expanded once).\n\n"
    "NODE and LETTER are taken as an identifier (S/RES/822(1993), A/75/379), in any case and "
    "spacing (s/res/822 (1993)), as letters write them (resolution 822 (1993), UN Charter, "
    "联合国宪章) or as words of a title.",
    opts,
    examples,
    "the node is not in the graph (the message says what is close), the graph cannot be read, "
    "or some letters scanned had problems",
    run,
};
