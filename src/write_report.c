/* write_report.c: the graph as one self-contained HTML page
 * (docs/report.md).  The page, its styles and its scripts (sigma.js and
 * graphology, bundled from src/report) are compiled in (report_page.h);
 * this writer fills the page's slots: its language, its title and the
 * graph as JSON data, laid out here with igraph so that the page opens at
 * once and the same graph gives the same bytes. */
#include <igraph/igraph.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"
#include "lang/lang.h"
#include "report_page.h"
#include "strtab.h"
#include "writers.h"

enum { DEFAULT_TOP = 100 };

/* ---- JSON -------------------------------------------------------------- */

/* A JSON string that is safe inside a <script> element: `<`, `>` and `&`
 * escaped (no "</script>", no "<!--"), and U+2028/U+2029 too. */
static void put_str(cg_buf *b, const char *s)
{
    if (!s) {
        cg_buf_puts(b, "null");
        return;
    }
    cg_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        if (c == '"' || c == '\\') {
            cg_buf_putc(b, '\\');
            cg_buf_putc(b, (char)c);
        } else if (c == '\n') {
            cg_buf_puts(b, "\\n");
        } else if (c == '\t') {
            cg_buf_puts(b, "\\t");
        } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            cg_buf_printf(b, "\\u%04x", c);
        } else if (c == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
            cg_buf_printf(b, "\\u%04x", p[2] == 0xA8 ? 0x2028 : 0x2029);
            p += 2;
        } else {
            cg_buf_putc(b, (char)c);
        }
    }
    cg_buf_putc(b, '"');
}

/* A list attribute (file, locations) as a JSON array. */
static void put_list(cg_buf *b, const char *v)
{
    cg_vec items = {0};
    if (v)
        cg_strlist_parse(v, &items, NULL);
    cg_buf_putc(b, '[');
    for (size_t k = 0; k < items.n; k++) {
        if (k)
            cg_buf_putc(b, ',');
        put_str(b, items.v[k]);
    }
    cg_buf_putc(b, ']');
    cg_vec_free(&items, cg_free);
}

/* A number with a fixed number of decimals: the same bytes everywhere. */
static void put_num(cg_buf *b, double v, int decimals)
{
    if (!isfinite(v))
        v = 0;
    cg_buf_printf(b, "%.*f", decimals, v);
}

/* ---- the layout -------------------------------------------------------- */

/* Positions of the nodes: Fruchterman-Reingold over the citations and the
 * part-of links, from a spiral (a fixed start) with a fixed seed. */
static cg_status layout(const cg_graph *g, double *xy, cg_error *err)
{
    size_t nn = g->nodes.n, ne = g->edges.n;
    cg_status st = CG_OK;
    igraph_t ig;
    igraph_vector_int_t ev;
    igraph_matrix_t m;
    int have_g = 0, have_ev = 0, have_m = 0;
    igraph_error_t rc;
#define IGTRY(call)                                                                    \
    do {                                                                               \
        if ((rc = (call)) != IGRAPH_SUCCESS) {                                         \
            cg_error_set(err, NULL, 0, 0, "igraph (the layout): %s", igraph_strerror(rc)); \
            st = CG_ERR_GRAPH;                                                         \
            goto done;                                                                 \
        }                                                                              \
    } while (0)
    if (nn == 0)
        return CG_OK;
    IGTRY(igraph_vector_int_init(&ev, (igraph_integer_t)(2 * ne)));
    have_ev = 1;
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        VECTOR(ev)[2 * k] = (igraph_integer_t)e->from;
        VECTOR(ev)[2 * k + 1] = (igraph_integer_t)e->to;
    }
    IGTRY(igraph_create(&ig, &ev, (igraph_integer_t)nn, IGRAPH_UNDIRECTED));
    have_g = 1;
    IGTRY(igraph_matrix_init(&m, (igraph_integer_t)nn, 2));
    have_m = 1;
    const double golden = 2.399963229728653; /* radians: the golden angle */
    for (size_t k = 0; k < nn; k++) {
        double r = sqrt((double)k + 0.5), a = (double)k * golden;
        MATRIX(m, k, 0) = r * cos(a);
        MATRIX(m, k, 1) = r * sin(a);
    }
    igraph_rng_seed(igraph_rng_default(), 20261202);
    igraph_integer_t niter = nn <= 1000 ? 500 : nn <= 3000 ? 300 : 200;
    IGTRY(igraph_layout_fruchterman_reingold(&ig, &m, 1, niter, sqrt((double)nn), IGRAPH_LAYOUT_AUTOGRID,
                                             NULL, NULL, NULL, NULL, NULL));
    for (size_t k = 0; k < nn; k++) {
        xy[2 * k] = MATRIX(m, k, 0);
        xy[2 * k + 1] = MATRIX(m, k, 1);
    }
done:
    if (have_m)
        igraph_matrix_destroy(&m);
    if (have_g)
        igraph_destroy(&ig);
    if (have_ev)
        igraph_vector_int_destroy(&ev);
#undef IGTRY
    return st;
}

/* ---- the data ---------------------------------------------------------- */

/* The number of senders in "ARM 3 · AZE 2". */
static int sender_count(const char *cited_by)
{
    if (!cited_by || !*cited_by)
        return 0;
    int n = 1;
    for (const char *p = cited_by; (p = strstr(p, "\xC2\xB7")) != NULL; p += 2)
        n++;
    return n;
}

/* Adds s to the keys unless it is there already (or empty). */
static void key_add(cg_vec *keys, const char *s, size_t n)
{
    while (n && (*s == ' '))
        s++, n--;
    while (n && s[n - 1] == ' ')
        n--;
    if (!n)
        return;
    for (size_t k = 0; k < keys->n; k++)
        if (strlen(keys->v[k]) == n && memcmp(keys->v[k], s, n) == 0)
            return;
    char *c = cg_xmalloc(n + 1);
    memcpy(c, s, n);
    c[n] = 0;
    cg_vec_push(keys, c);
}

static cg_status data(const cg_graph *g, const cg_report_options *o, int lang, const double *xy,
                      cg_buf *b, cg_error *err)
{
    size_t nn = g->nodes.n, ne = g->edges.n;
    /* the citations of each node, for the forms as written */
    size_t *first_in = cg_xcalloc(nn + 1, sizeof *first_in), *in = cg_xcalloc(ne ? ne : 1, sizeof *in);
    for (size_t k = 0; k < ne; k++)
        first_in[((const gedge *)g->edges.v[k])->to + 1]++;
    for (size_t k = 0; k < nn; k++)
        first_in[k + 1] += first_in[k];
    size_t *fill = cg_xcalloc(nn + 1, sizeof *fill);
    memcpy(fill, first_in, (nn + 1) * sizeof *fill);
    for (size_t k = 0; k < ne; k++)
        in[fill[((const gedge *)g->edges.v[k])->to]++] = k;
    cg_free(fill);

    cg_buf_puts(b, "{\"version\":");
    put_str(b, CG_VERSION);
    cg_buf_puts(b, ",\"title\":");
    put_str(b, o && o->title ? o->title : "Citation graph");
    cg_buf_puts(b, ",\"lang\":");
    put_str(b, lang >= 0 ? cg_langs[lang]->code : NULL);
    cg_buf_puts(b, ",\"kinds\":[");
    for (int k = 0; k < CG_KIND_COUNT; k++) {
        if (k)
            cg_buf_putc(b, ',');
        put_str(b, cg_kind_name((cg_kind)k));
    }
    cg_buf_puts(b, "],\n\"nodes\":[");
    cg_vec keys = {0};
    for (size_t i = 0; i < nn; i++) {
        const gnode *n = g->nodes.v[i];
        const char *label = n->label ? n->label : n->name;
        char *chosen = lang >= 0 ? cg_label_in(o ? o->reg : NULL, n->name, n->kind, n->parent, lang) : NULL;
        /* the words the search looks in: every language's label, the title,
         * the symbols, the forms the letters wrote */
        for (int l = 0; l < CG_LANG_COUNT; l++) {
            char *x = cg_label_in(o ? o->reg : NULL, n->name, n->kind, n->parent, l);
            if (x) {
                key_add(&keys, x, strlen(x));
                cg_free(x);
            }
        }
        key_add(&keys, label, strlen(label));
        if (n->title)
            key_add(&keys, n->title, strlen(n->title));
        if (n->symbols)
            for (const char *p = n->symbols; *p;) {
                size_t w = strcspn(p, " ");
                key_add(&keys, p, w);
                p += w;
                p += strspn(p, " ");
            }
        for (size_t k = first_in[i]; k < first_in[i + 1]; k++) {
            const gedge *e = g->edges.v[in[k]];
            for (const char *p = e->text; p && *p;) {
                const char *sep = strstr(p, "; ");
                size_t w = sep ? (size_t)(sep - p) : strlen(p);
                key_add(&keys, p, w);
                p += w;
                if (sep)
                    p += 2;
            }
        }
        if (i)
            cg_buf_puts(b, ",\n");
        cg_buf_puts(b, "{\"id\":");
        put_str(b, n->name);
        cg_buf_puts(b, ",\"l\":");
        put_str(b, chosen ? chosen : label);
        cg_buf_printf(b, ",\"k\":%d,\"x\":", (int)n->kind);
        put_num(b, xy[2 * i], 2);
        cg_buf_puts(b, ",\"y\":");
        put_num(b, xy[2 * i + 1], 2);
        cg_buf_puts(b, ",\"pr\":");
        put_num(b, n->pagerank, 6);
        cg_buf_printf(b, ",\"in\":%ld,\"m\":%ld,\"c\":%d,\"ct\":%d,\"dt\":", n->in_degree, n->mentions,
                      n->in_corpus, sender_count(n->cited_by) > 1);
        put_str(b, cg_node_start(n));
        cg_buf_puts(b, ",\"s\":");
        put_str(b, n->sender);
        cg_buf_puts(b, ",\"lg\":");
        put_str(b, n->language);
        cg_buf_puts(b, ",\"t\":");
        put_str(b, n->title);
        cg_buf_puts(b, ",\"cb\":");
        put_str(b, n->cited_by);
        cg_buf_puts(b, ",\"f\":");
        put_list(b, n->file);
        cg_buf_puts(b, ",\"q\":[");
        for (size_t k = 0; k < keys.n; k++) {
            if (k)
                cg_buf_putc(b, ',');
            put_str(b, keys.v[k]);
        }
        cg_buf_puts(b, "]}");
        cg_vec_free(&keys, cg_free);
        cg_free(chosen);
    }
    cg_free(first_in);
    cg_free(in);
    /* the edges' evidence: strings each once (a sentence citing several
     * things, the forms, the files), referred to by index */
    cg_strtab strs = {0};
    cg_buf_puts(b, "],\n\"edges\":[");
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        if (k)
            cg_buf_puts(b, ",\n");
        cg_buf_printf(b, "[%zu,%zu,%d,%ld,", e->from, e->to, e->kind == CG_EDGE_PART_OF, e->weight);
        if (e->text)
            cg_buf_printf(b, "%u,", (unsigned)cg_strtab_intern(&strs, e->text));
        else
            cg_buf_puts(b, "-1,");
        if (e->sentence)
            cg_buf_printf(b, "%u,", (unsigned)cg_strtab_intern(&strs, e->sentence));
        else
            cg_buf_puts(b, "-1,");
        /* "FILE:LINE:COL" as file index, line, column */
        cg_vec locs = {0};
        if (e->locations)
            cg_strlist_parse(e->locations, &locs, NULL);
        cg_buf_putc(b, '[');
        for (size_t j = 0; j < locs.n; j++) {
            char *loc = locs.v[j];
            char *c2 = strrchr(loc, ':');
            char *c1 = NULL;
            if (c2) {
                *c2 = 0;
                c1 = strrchr(loc, ':');
                *c2 = ':';
            }
            if (j)
                cg_buf_putc(b, ',');
            if (c1 && c2) {
                *c1 = 0;
                cg_buf_printf(b, "%u,%ld,%ld", (unsigned)cg_strtab_intern(&strs, loc), strtol(c1 + 1, NULL, 10),
                              strtol(c2 + 1, NULL, 10));
                *c1 = ':';
            } else {
                cg_buf_printf(b, "%u,0,0", (unsigned)cg_strtab_intern(&strs, loc));
            }
        }
        cg_buf_putc(b, ']');
        cg_vec_free(&locs, cg_free);
        cg_buf_printf(b, ",%d]", e->anachronism);
    }
    cg_buf_puts(b, "],\n\"strs\":[");
    for (size_t k = 0; k < strs.n; k++) {
        if (k)
            cg_buf_puts(b, ",\n");
        put_str(b, cg_strtab_get(&strs, (uint32_t)k));
    }
    cg_strtab_free(&strs);
    cg_buf_puts(b, "],\n\"top\":[");
    cg_top_options to;
    memset(&to, 0, sizeof to);
    to.limit = o && o->top ? o->top : DEFAULT_TOP;
    cg_top *t = NULL;
    cg_status st = cg_graph_top(&t, g, &to, err);
    if (st != CG_OK)
        return st;
    for (size_t k = 0; k < cg_top_count(t); k++) {
        const cg_top_row *r = cg_top_row_at(t, k);
        if (k)
            cg_buf_puts(b, ",\n");
        cg_buf_printf(b, "[%zu,%ld,%ld,", cg_graph_find(g, r->id), r->letters, r->mentions);
        put_str(b, r->senders);
        cg_buf_printf(b, ",%d]", r->contested);
    }
    cg_top_free(t);
    cg_buf_puts(b, "]}");
    return CG_OK;
}

/* ---- the page ---------------------------------------------------------- */

static void put_html(cg_buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': cg_buf_puts(b, "&lt;"); break;
        case '>': cg_buf_puts(b, "&gt;"); break;
        case '&': cg_buf_puts(b, "&amp;"); break;
        case '"': cg_buf_puts(b, "&quot;"); break;
        default: cg_buf_putc(b, *s);
        }
    }
}

static cg_status report(const cg_graph *g, const void *ctx, FILE *fp, cg_error *err)
{
    const cg_report_options *o = ctx;
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    int lang = -1;
    if (o && o->language && (lang = cg_lang_find(o->language)) < 0) {
        cg_error_set(err, NULL, 0, 0, "language '%s': labels are given in zh or en", o->language);
        return CG_ERR_USAGE;
    }
    double *xy = cg_xcalloc(g->nodes.n ? 2 * g->nodes.n : 1, sizeof *xy);
    cg_status st = layout(g, xy, err);
    cg_buf b = {0};
    if (st == CG_OK)
        st = data(g, o, lang, xy, &b, err);
    cg_free(xy);
    if (st != CG_OK) {
        cg_buf_free(&b);
        return st;
    }
    for (size_t k = 0; k < cg_report_nparts; k++) {
        const cg_report_part *p = &cg_report_parts[k];
        if (fwrite(p->text, 1, p->len, fp) != p->len)
            goto io;
        cg_buf s = {0};
        switch (p->slot) {
        case CG_SLOT_LANG: cg_buf_puts(&s, lang >= 0 ? cg_langs[lang]->code : "und"); break;
        case CG_SLOT_DIR: cg_buf_puts(&s, "ltr"); break;
        case CG_SLOT_TITLE: put_html(&s, o && o->title ? o->title : "Citation graph"); break;
        case CG_SLOT_DATA:
            if (b.len && fwrite(b.s, 1, b.len, fp) != b.len) {
                cg_buf_free(&s);
                goto io;
            }
            break;
        default: break;
        }
        if (s.len && fwrite(s.s, 1, s.len, fp) != s.len) {
            cg_buf_free(&s);
            goto io;
        }
        cg_buf_free(&s);
    }
    cg_buf_free(&b);
    return CG_OK;
io:
    cg_buf_free(&b);
    cg_error_set(err, NULL, 0, 0, "cannot write the report");
    return CG_ERR_IO;
}

cg_status cg_graph_write_report(const cg_graph *g, const cg_report_options *opts, FILE *fp, cg_error *err)
{
    return report(g, opts, fp, err);
}

cg_status cg_graph_save_report(const cg_graph *g, const cg_report_options *opts, const char *path,
                               cg_error *err)
{
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    if (opts && opts->language && cg_lang_find(opts->language) < 0) {
        cg_error_set(err, NULL, 0, 0, "language '%s': labels are given in zh or en", opts->language);
        return CG_ERR_USAGE;
    }
    cg_write_job job = {report, opts, CG_OUTPUT_GRAPHML};
    return cg_save_jobs(g, &job, &path, 1, err);
}
