/* cmd_top.c: `citegraph top`: the most-cited instruments and documents (or
 * letters: which drew the most replies), with who cites them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static long limit = 10;
static const char *by;
static int articles, urls;
static cli_list args;

static const cli_opt_spec opts[] = {
    {CLI_OPT_NUMBER, "limit", 'n', &limit, "N", "rows to show (default 10; 0 for all)", NULL, 0,
     NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_VALUE, "by", 0, &by, "WHAT",
     "what the ranking is by: citing letters (the default), mentions, or PageRank in the whole "
     "graph",
     "letters mentions pagerank", 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_SWITCH, "articles", 0, &articles, NULL,
     "rank articles themselves (else they count for their instrument)", NULL, 0, NULL, NULL,
     CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "urls", 0, &urls, NULL, "let web references take part", NULL, 0, NULL, NULL,
     CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "PATH", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    CLI_GRAPH_GROUPS,
    CLI_END,
};

static const char *const usage[] = {"[options] (-g GRAPH | PATH...)", NULL};

static const cli_example examples[] = {
    {"citegraph top -g graph.graphml", "the ten most-cited instruments and documents"},
    {"citegraph top -g graph.graphml --sender AZE --kind sc-resolution",
     "the Security Council resolutions Azerbaijan's letters cite most"},
    {"citegraph top -g graph.graphml --kind letter", "the letters that drew the most replies"},
    {"citegraph top -g graph.graphml --since 2022-01 --by mentions -n 0",
     "everything cited since January 2022, by mentions"},
    {NULL, NULL},
};

static json_t *row_json(const cg_top_row *r, size_t rank)
{
    json_t *o = json_object();
    json_object_set_new(o, "rank", json_integer((json_int_t)rank));
    json_object_set_new(o, "id", cli_json_str(r->id));
    json_object_set_new(o, "label", cli_json_str(r->label ? r->label : r->id));
    json_object_set_new(o, "kind", json_string(cg_kind_name(r->kind)));
    json_object_set_new(o, "letters", json_integer(r->letters));
    json_object_set_new(o, "mentions", json_integer(r->mentions));
    json_object_set_new(o, "pagerank", json_real(r->pagerank));
    json_object_set_new(o, "senders", cli_json_senders(r->senders));
    json_object_set_new(o, "contested", json_boolean(r->contested));
    return o;
}

/* "ARM 6 · AZE 4 · UKR 4 · …" cut between senders: as many as fit in
 * width, then "+N" for the others; padded to width. */
static void senders(cg_buf *b, const char *all, size_t width)
{
    if (cg_utf8_width(all) <= width) {
        cli_fit(b, all, width, 1, CLI_PLAIN);
        return;
    }
    cg_vec items = {0};
    for (const char *p = all; *p;) {
        const char *sep = strstr(p, " · ");
        size_t l = sep ? (size_t)(sep - p) : strlen(p);
        cg_vec_push(&items, cg_xstrndup(p, l));
        p += l + (sep ? strlen(" · ") : 0);
    }
    cg_buf cut = {0};
    size_t k = 0;
    for (; k < items.n; k++) {
        char more[32];
        snprintf(more, sizeof more, " · +%zu", items.n - k - 1);
        size_t w = cg_utf8_width(cut.s ? cut.s : "") + (k ? 3 : 0) + cg_utf8_width(items.v[k]) +
                   (k + 1 < items.n ? cg_utf8_width(more) : 0);
        if (w > width)
            break;
        cg_buf_printf(&cut, "%s%s", k ? " · " : "", (char *)items.v[k]);
    }
    if (k < items.n)
        cg_buf_printf(&cut, "%s+%zu", k ? " · " : "", items.n - k);
    cli_fit(b, cut.s, width, 1, CLI_PLAIN);
    cg_buf_free(&cut);
    cg_vec_free(&items, free);
}

static void table(const cg_top *t)
{
    size_t n = cg_top_count(t), W = cli_width();
    size_t idw = 2, sw = 8;
    for (size_t k = 0; k < n; k++) {
        const cg_top_row *r = cg_top_row_at(t, k);
        size_t a = cg_utf8_width(r->id), b = cg_utf8_width(r->senders ? r->senders : "");
        idw = a > idw ? a : idw;
        sw = b > sw ? b : sw;
    }
    /* rank, letters and mentions take 25 columns, the gaps 4 more; the
     * label gets what is left, at least 12 columns when the senders (down
     * to 14) and then the ids (down to 16) can give them */
    if (sw > 14 && sw > W / 4)
        sw = W / 4 > 14 ? W / 4 : 14; /* "ARM 6 · AZE 4 · +9" says enough */
    long avail = (long)W - 29, lw = avail - (long)idw - (long)sw;
    if (lw < 12 && sw > 14) {
        size_t give = (size_t)(12 - lw), nsw = sw > give + 14 ? sw - give : 14;
        lw += (long)(sw - nsw);
        sw = nsw;
    }
    if (lw < 12 && idw > 16) {
        size_t give = (size_t)(12 - lw), nid = idw > give + 16 ? idw - give : 16;
        lw += (long)(idw - nid);
        idw = nid;
    }
    if (lw < 6 && sw > 8) {
        size_t give = (size_t)(6 - lw), nsw = sw > give + 8 ? sw - give : 8;
        lw += (long)(sw - nsw);
        sw = nsw;
    }
    if (lw < 6)
        lw = 6; /* narrower than that, lines run over */
    cg_buf b = {0};
    cg_buf_printf(&b, "%4s  %7s  %8s  ", "rank", "letters", "mentions");
    cli_fit(&b, "id", idw, 1, CLI_DIM);
    cg_buf_puts(&b, "  ");
    cli_fit(&b, "cited by", sw, 1, CLI_DIM);
    cg_buf_puts(&b, "  ");
    cli_styled(&b, CLI_DIM, "label");
    cg_buf_putc(&b, '\n');
    for (size_t k = 0; k < n; k++) {
        const cg_top_row *r = cg_top_row_at(t, k);
        cg_buf_printf(&b, "%4zu  %7ld  %8ld  ", k + 1, r->letters, r->mentions);
        cli_fit(&b, r->id, idw, 1, CLI_BOLD);
        cg_buf_puts(&b, "  ");
        senders(&b, r->senders ? r->senders : "", sw);
        cg_buf_puts(&b, "  ");
        const char *label = r->label && strcmp(r->label, r->id) ? r->label : "";
        /* "[contested]" when there is room for it after the whole label
         * (the senders say it too) */
        const char *mark = r->contested ? "  [contested]" : "";
        size_t lwid = cg_utf8_width(label), mw = cg_utf8_width(*label ? mark : mark + 2 * !!*mark);
        cli_fit(&b, label, (size_t)lw, 0, CLI_PLAIN);
        if (*mark && lwid + mw <= (size_t)lw)
            cli_styled(&b, CLI_WARN, *label ? mark : mark + 2);
        /* no trailing spaces */
        while (b.len && b.s[b.len - 1] == ' ')
            b.s[--b.len] = '\0';
        cg_buf_putc(&b, '\n');
    }
    cli_flush(&b);
}

static int run(void)
{
    cli_graph cg;
    int rc = cli_graph_open(&cg, args.v, args.n, 0);
    if (rc != EXIT_OK) {
        cli_graph_close(&cg);
        return rc;
    }
    cg_top_options o;
    memset(&o, 0, sizeof o);
    o.limit = (size_t)limit;
    o.articles = articles;
    o.include_urls = urls;
    o.filter = cg.filter;
    o.by = !by || strcmp(by, "letters") == 0 ? CG_RANK_LETTERS
           : strcmp(by, "mentions") == 0     ? CG_RANK_MENTIONS
                                             : CG_RANK_PAGERANK;
    /* --kind article ranks the articles themselves */
    if ((o.filter.kinds & CG_KIND_BIT(CG_KIND_ARTICLE)) &&
        !(o.filter.kinds & CG_KIND_BIT(CG_KIND_INSTRUMENT)))
        o.articles = 1;
    cg_top *t = NULL;
    cg_error err = {0};
    if (cg_graph_top(&t, cg.full, &o, &err) != CG_OK) {
        cli_error(&err);
        cli_graph_close(&cg);
        return EXIT_INPUT;
    }
    if (cli_json) {
        json_t *arr = json_array();
        for (size_t k = 0; k < cg_top_count(t); k++)
            json_array_append_new(arr, row_json(cg_top_row_at(t, k), k + 1));
        cli_json_print(arr);
    } else {
        table(t);
    }
    cg_top_free(t);
    int problems = cg.problems;
    cli_graph_close(&cg);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}

const cli_cmd cli_cmd_top = {
    "top",
    "the most-cited instruments and documents, and who cites them",
    usage,
    "The most-cited instruments and documents, ranked by the letters citing them, then mentions, "
    "then PageRank, with who cites them (\"ARM 3 · AZE 2\": letters by sender); one cited by "
    "more than one sender is marked contested.  Articles count for their instrument unless "
    "--articles, so the Charter's letters include those citing only its Article 51.  With --kind "
    "letter, the letters of the corpus are ranked by the letters citing them.\n\n"
    "Rows are cut to the width of the terminal (a cut label ends with …); --json gives them whole.",
    opts,
    examples,
    "the graph cannot be read, or some letters scanned had problems",
    run,
};
