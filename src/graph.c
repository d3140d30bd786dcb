/* graph.c: letters and what they cite, as nodes and edges.
 *
 * Documents are added one at a time (their text is gone by then); finishing
 * the graph merges the symbols of joint documents, turns citations of
 * corpus letters into letter-to-letter edges, links articles to their
 * instruments, and sorts everything by identifier so that the output does
 * not depend on the order the files came in. */
#include <igraph/igraph.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "attrs.h"
#include "lang/lang.h"
#include "par.h"
#include "writers.h"

static void igraph_quiet_warning(const char *reason, const char *file, int line)
{
    (void)reason, (void)file, (void)line;
}

void cg_init(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_quiet_warning);
}

void cg_gnode_free(void *p)
{
    gnode *n = p;
    cg_free(n->name);
    cg_free(n->label);
    cg_free(n->date);
    cg_free(n->sender);
    cg_free(n->symbols);
    cg_free(n->agenda);
    cg_free(n->file);
    cg_free(n->language);
    cg_free(n->title);
    cg_free(n->addressee);
    cg_free(n->annex_author);
    cg_free(n->parent);
    cg_free(n->first_cited);
    cg_free(n->last_cited);
    cg_free(n->cited_by);
    cg_free(n);
}

void cg_gedge_free(void *p)
{
    gedge *e = p;
    if (e->evidence_block) {
        cg_free(e->offsets); /* locations and text are in it */
        cg_free(e->sentence);
    } else {
        cg_free(e->sentence);
        cg_free(e->text);
        cg_free(e->locations);
        cg_free(e->offsets);
    }
    cg_free(e->m);
    cg_free(e->first.text);
    cg_free(e);
}

cg_status cg_graph_new(cg_graph **out, cg_error *err)
{
    (void)err;
    cg_init();
    *out = cg_xcalloc(1, sizeof **out);
    return CG_OK;
}

void cg_graph_free(cg_graph *g)
{
    if (!g)
        return;
    cg_vec_free(&g->nodes, cg_gnode_free);
    cg_vec_free(&g->edges, cg_gedge_free);
    cg_vec_free(&g->groups, cg_free);
    cg_vec_free(&g->letter_aliases, cg_free);
    cg_free(g->late);
    cg_buf_free(&g->warning);
    cg_map_free(&g->by_name);
    cg_imap_free(&g->by_pair);
    cg_strtab_free(&g->files);
    cg_strtab_free(&g->strs);
    cg_free(g->file_of_rank);
    cg_free(g);
}

cg_status cg_graph_set_measures(cg_graph *g, unsigned measures, cg_error *err)
{
    if (g->finished) {
        cg_error_set(err, NULL, 0, 0, "the measures are chosen before the graph is finished");
        return CG_ERR_USAGE;
    }
    g->exact_betweenness = (measures & CG_MEASURES_EXACT_BETWEENNESS) != 0;
    return CG_OK;
}

int cg_graph_has_betweenness(const cg_graph *g)
{
    return g->finished && g->has_betweenness;
}

void cg_graph_set_threads(cg_graph *g, unsigned threads)
{
    if (!threads) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        threads = n > 0 ? (unsigned)n : 1;
    }
    g->threads = threads > 64 ? 64 : threads;
}

void cg_graph_drop_mentions(cg_graph *g)
{
    g->drop_mentions = 1;
}

cg_status cg_graph_set_evidence(cg_graph *g, cg_evidence level, cg_error *err)
{
    if (g->nodes.n || g->finished) {
        cg_error_set(err, NULL, 0, 0, "the evidence level is chosen before documents are added");
        return CG_ERR_USAGE;
    }
    g->evidence = level;
    return CG_OK;
}

size_t cg_graph_node(cg_graph *g, const char *name, cg_kind kind, int *created)
{
    size_t ix;
    if (created)
        *created = 0;
    if (cg_map_get(&g->by_name, name, &ix))
        return ix;
    gnode *n = cg_xcalloc(1, sizeof *n);
    n->name = cg_xstrdup(name);
    n->kind = kind;
    ix = g->nodes.n;
    cg_vec_push(&g->nodes, n);
    cg_map_put(&g->by_name, name, ix);
    if (created)
        *created = 1;
    return ix;
}

uint64_t cg_graph_pair_key(size_t from, size_t to, cg_edge_kind kind)
{
    return (uint64_t)from << 33 | (uint64_t)to << 1 | (uint64_t)kind;
}

size_t cg_graph_edge(cg_graph *g, size_t from, size_t to, cg_edge_kind kind, int *created)
{
    uint64_t key = cg_graph_pair_key(from, to, kind);
    size_t ix;
    if (created)
        *created = 0;
    if (cg_imap_get(&g->by_pair, key, &ix))
        return ix;
    gedge *e = cg_xcalloc(1, sizeof *e);
    e->from = from;
    e->to = to;
    e->kind = kind;
    ix = g->edges.n;
    cg_vec_push(&g->edges, e);
    cg_imap_put(&g->by_pair, key, ix);
    if (created)
        *created = 1;
    return ix;
}

void cg_list_append(char **list, const char *s, const char *sep)
{
    char *n = *list ? cg_xsprintf("%s%s%s", *list, sep, s) : cg_xstrdup(s);
    cg_free(*list);
    *list = n;
}

/* Whether the list of words separated by spaces holds `w`. */
static int list_has(const char *list, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = list; p && *p;) {
        while (*p == ' ')
            p++;
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == n && memcmp(p, w, n) == 0)
            return 1;
        p += l;
    }
    return 0;
}

void cg_list_add(char **list, const char *s, const char *sep)
{
    if (!s || !*s)
        return;
    if (*list) {
        size_t sl = strlen(s), seplen = strlen(sep);
        const char *p = *list;
        while ((p = strstr(p, s)) != NULL) {
            int at_start = p == *list || (p - *list >= (long)seplen &&
                                          memcmp(p - seplen, sep, seplen) == 0);
            int at_end = p[sl] == '\0' || strncmp(p + sl, sep, seplen) == 0;
            if (at_start && at_end)
                return;
            p++;
        }
        char *n = cg_xsprintf("%s%s%s", *list, sep, s);
        cg_free(*list);
        *list = n;
    } else {
        *list = cg_xstrdup(s);
    }
}

/* Keeps the smallest of the values offered (strcmp), so that the result
 * does not depend on the order of the documents. */
static void set_if(char **dst, const char *v)
{
    if (v && (!*dst || strcmp(v, *dst) < 0)) {
        cg_free(*dst);
        *dst = cg_xstrdup(v);
    }
}

/* Of the labels letters in several languages give a node, the one kept:
 * English, then French, Spanish, Russian, Arabic, Chinese (the alphabets
 * in the order a sort by bytes puts them, with English first, so a graph of
 * Chinese and English letters is labelled as before), then the smallest
 * label of that language: the same whatever order the letters come in.
 * A rank: 1 first; 0 is a node's own label (a document of the corpus:
 * its title, else its symbol), which no citation replaces. */
static int label_rank(const char *lang)
{
    static const char *const order[] = {"en", "fr", "es", "ru", "ar", "zh"};
    for (size_t k = 0; lang && k < sizeof order / sizeof order[0]; k++)
        if (strcmp(lang, order[k]) == 0)
            return (int)k + 1;
    return (int)(sizeof order / sizeof order[0]) + 1;
}

static void set_label_ranked(gnode *n, const char *label, int r)
{
    if (!label)
        return;
    if (!n->label || r < n->label_rank || (r == n->label_rank && strcmp(label, n->label) < 0)) {
        cg_free(n->label);
        n->label = cg_xstrdup(label);
        n->label_rank = r;
    }
}

static void set_label(gnode *n, const char *label, const char *lang)
{
    set_label_ranked(n, label, label_rank(lang));
}

/* Mentions in (file, offset) order; when the graph is finished, a
 * mention's file is the rank of its name among the files' (rank_files). */
static int cmp_mention(const void *a, const void *b)
{
    const gmention *x = a, *y = b;
    if (x->file != y->file)
        return x->file < y->file ? -1 : 1;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static void put_uint(cg_buf *b, uint64_t v)
{
    char num[24], *e = num + sizeof num, *q = e;
    do {
        *--q = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    cg_buf_add(b, q, (size_t)(e - q));
}

/* A sentence cut to CG_SENTENCE_CAP characters around the form it cites,
 * with … where it was cut. */
static char *capped(const char *sentence, const char *form)
{
    size_t chars = cg_utf8_count(sentence, strlen(sentence));
    if (chars <= CG_SENTENCE_CAP)
        return cg_xstrdup(sentence);
    const char *at = form && *form ? strstr(sentence, form) : NULL;
    size_t before = at ? cg_utf8_count(sentence, (size_t)(at - sentence)) : 0;
    size_t len = at ? cg_utf8_count(form, strlen(form)) : 0;
    size_t first = 0;
    if (before + len / 2 > CG_SENTENCE_CAP / 2)
        first = before + len / 2 - CG_SENTENCE_CAP / 2;
    if (first + CG_SENTENCE_CAP > chars)
        first = chars - CG_SENTENCE_CAP;
    const char *a = sentence;
    /* characters as cg_utf8_count counts them (a lead byte and its
     * continuation bytes), never past the end */
    for (size_t k = 0; k < first && *a; k++)
        do
            a++;
        while (((unsigned char)*a & 0xC0) == 0x80);
    const char *b = a;
    for (size_t k = 0; k < CG_SENTENCE_CAP && *b; k++)
        do
            b++;
        while (((unsigned char)*b & 0xC0) == 0x80);
    return cg_xsprintf("%s%.*s%s", first ? "…" : "", (int)(b - a), a, *b ? "…" : "");
}

/* What the evidence of one edge is composed in, reused from edge to edge
 * (one a thread), so that an edge's strings are allocated once, at their
 * size, and nothing else is left behind. */
typedef struct evidence_scratch {
    cg_buf sent, text, locs, offs;
    uint64_t *hashes;
    size_t caph;
    cg_imap seen_sent, seen_form;
} evidence_scratch;

static void scratch_reset(cg_buf *b)
{
    b->len = 0;
    if (b->s)
        b->s[0] = '\0';
}

static void scratch_free(evidence_scratch *x)
{
    cg_buf_free(&x->sent);
    cg_buf_free(&x->text);
    cg_buf_free(&x->locs);
    cg_buf_free(&x->offs);
    cg_free(x->hashes);
    cg_imap_free(&x->seen_sent);
    cg_imap_free(&x->seen_form);
}

/* An edge's weight from its mentions, sorted here in (file, offset)
 * order for what follows: a mention is a sentence that cites the target
 * (the same target named twice in one sentence is one mention; a link
 * printed under the page repeats the text and counts only when nothing
 * else does). */
static void edge_weight(gedge *e, evidence_scratch *x)
{
    if (!e->nm)
        return;
    qsort(e->m, e->nm, sizeof *e->m, cmp_mention);
    e->weight = e->echoes = 0;
    if (e->nm > x->caph) {
        cg_free(x->hashes);
        x->caph = e->nm;
        x->hashes = cg_xmalloc(x->caph * sizeof *x->hashes);
    }
    uint64_t *hashes = x->hashes;
    size_t nh = 0;
    for (size_t k = 0; k < e->nm; k++) {
        if (e->m[k].echo)
            e->echoes++;
        else
            hashes[nh++] = e->m[k].sent_hash;
    }
    qsort(hashes, nh, sizeof *hashes, cmp_u64);
    for (size_t k = 0; k < nh; k++)
        if (!k || hashes[k] != hashes[k - 1])
            e->weight++;
    if (!e->weight && e->kind == CG_EDGE_CITES)
        e->weight = 1; /* only seen as a link annotation */
}

/* What an edge says, from its mentions (sorted by edge_weight): the
 * sentence(s), the forms as written, the locations and offsets (these
 * three in one allocation: evidence_block).  Made once the measures are computed, so
 * that these strings and igraph's graphs are not in memory together.
 * file_json[r]: the name of the file of rank r as a list item writes it
 * (cg_strlist_join), without its closing quote, so that "file:line:col"
 * items are written without being made. */
static void edge_text(const cg_graph *g, gedge *e, const char *const *file_json,
                      const uint32_t *rank, evidence_scratch *x)
{
    if (!e->nm)
        return;
    if (e->evidence_block) {
        cg_free(e->offsets);
        cg_free(e->sentence);
    } else {
        cg_free(e->sentence);
        cg_free(e->text);
        cg_free(e->locations);
        cg_free(e->offsets);
    }
    e->sentence = e->text = e->locations = e->offsets = NULL;
    e->evidence_block = 0;
    cg_buf *sent = &x->sent, *text = &x->text, *locs = &x->locs, *offs = &x->offs;
    scratch_reset(sent);
    scratch_reset(text);
    scratch_reset(locs);
    scratch_reset(offs);
    cg_imap_clear(&x->seen_sent);
    cg_imap_clear(&x->seen_form);
    cg_buf_putc(locs, '[');
    uint32_t few[16]; /* the forms seen, while they are few */
    size_t nfew = 0;
    for (size_t k = 0; k < e->nm; k++) {
        const gmention *m = &e->m[k];
        if (g->evidence == CG_EVIDENCE_FULL && !m->echo && m->sentence != UINT32_MAX &&
            !cg_imap_get(&x->seen_sent, m->sent_hash, NULL)) {
            cg_imap_put(&x->seen_sent, m->sent_hash, 1);
            const char *st = cg_strtab_get(&g->strs, m->sentence);
            if (st && *st) {
                if (sent->len)
                    cg_buf_putc(sent, '\n');
                cg_buf_puts(sent, st);
            }
        }
        const char *form = cg_strtab_get(&g->strs, m->form);
        int seen = 0;
        if (nfew < 16) {
            for (size_t q = 0; q < nfew && !seen; q++)
                seen = few[q] == m->form;
        } else {
            seen = cg_imap_get(&x->seen_form, m->form, NULL);
        }
        if (form && *form && !seen) {
            if (nfew < 16) {
                few[nfew++] = m->form;
                if (nfew == 16)
                    for (size_t q = 0; q < 16; q++)
                        cg_imap_put(&x->seen_form, few[q], 1);
            } else {
                cg_imap_put(&x->seen_form, m->form, 1);
            }
            if (text->len)
                cg_buf_puts(text, "; ");
            cg_buf_puts(text, form);
        }
        /* "file:line:col": a colon and digits are as they are in a list item */
        if (k)
            cg_buf_putc(locs, ',');
        cg_buf_puts(locs, file_json[m->file]);
        cg_buf_putc(locs, ':');
        put_uint(locs, m->line);
        cg_buf_putc(locs, ':');
        put_uint(locs, m->column);
        cg_buf_putc(locs, '"');
        if (offs->len)
            cg_buf_putc(offs, ' ');
        put_uint(offs, m->offset);
        cg_buf_putc(offs, '+');
        put_uint(offs, m->length);
    }
    cg_buf_putc(locs, ']');
    /* the sentence: the first one as it was kept (not copied), cut when
     * too long, or with CG_EVIDENCE_FULL all of them */
    first_sentence *f = &e->first;
    char *sentence = NULL;
    if (g->evidence == CG_EVIDENCE_FULL) {
        if (!sent->len && e->m[0].sentence != UINT32_MAX) {
            const char *st = cg_strtab_get(&g->strs, e->m[0].sentence);
            if (st)
                cg_buf_puts(sent, st);
        }
        sentence = sent->len ? cg_xstrndup(sent->s, sent->len) : NULL;
    } else if (f->text && *f->text) {
        if (cg_utf8_count(f->text, strlen(f->text)) <= CG_SENTENCE_CAP) {
            sentence = f->text;
            f->text = NULL;
        } else {
            /* the form of the mention the first sentence came from */
            const char *form = NULL;
            for (size_t k = 0; k < e->nm && !form; k++)
                if (e->m[k].file == rank[f->file] && e->m[k].offset == f->offset)
                    form = cg_strtab_get(&g->strs, e->m[k].form);
            sentence = capped(f->text, form);
        }
    }
    /* the first sentence was kept for this only */
    cg_free(f->text);
    f->text = NULL;
    /* offsets, locations and text: one allocation at its size */
    size_t lo = offs->len + 1, ll = locs->len + 1, lt = text->len ? text->len + 1 : 0;
    char *blk = cg_xmalloc(lo + ll + lt);
    memcpy(blk, offs->s, lo);
    memcpy(blk + lo, locs->s, ll);
    if (lt)
        memcpy(blk + lo + ll, text->s, lt);
    e->offsets = blk;
    e->locations = blk + lo;
    e->text = lt ? blk + lo + ll : NULL;
    e->sentence = sentence;
    e->evidence_block = 1;
    if (g->drop_mentions && g->evidence != CG_EVIDENCE_FULL) {
        cg_free(e->m);
        e->m = NULL;
        e->nm = e->capm = 0;
    } else if (e->capm > e->nm) {
        /* the mentions stay (the JSON Lines export, filters): at their size */
        e->m = cg_xrealloc(e->m, e->nm * sizeof *e->m);
        e->capm = e->nm;
    }
}

/* The weights, then the text, of edges [b, e): each edge's own, so
 * chunks run in parallel. */
typedef struct evidence_job {
    const cg_graph *g;
    gedge **edges; /* the edges when it was made: the graph's own are sorted meanwhile */
    const char *const *file_json;
    const uint32_t *rank;
} evidence_job;

static void weight_chunk(void *ctx, size_t b, size_t end)
{
    const evidence_job *j = ctx;
    evidence_scratch x;
    memset(&x, 0, sizeof x);
    for (size_t k = b; k < end; k++) {
        gedge *e = j->edges[k];
        for (size_t q = 0; q < e->nm; q++)
            e->m[q].file = j->rank[e->m[q].file];
        edge_weight(e, &x);
    }
    scratch_free(&x);
}

static void text_chunk(void *ctx, size_t b, size_t end)
{
    const evidence_job *j = ctx;
    evidence_scratch x;
    memset(&x, 0, sizeof x);
    for (size_t k = b; k < end; k++)
        edge_text(j->g, j->g->edges.v[k], j->file_json, j->rank, &x);
    scratch_free(&x);
}

/* "b a" -> "a b" */
static void sort_list(char **list)
{
    if (!*list)
        return;
    cg_vec parts = {0};
    cg_split(*list, ' ', &parts);
    cg_sort(parts.v, parts.n, sizeof *parts.v, cg_cmp_str);
    cg_buf b = {0};
    for (size_t k = 0; k < parts.n; k++) {
        if (k)
            cg_buf_putc(&b, ' ');
        cg_buf_puts(&b, parts.v[k]);
    }
    cg_free(*list);
    *list = cg_buf_take(&b);
    cg_vec_free(&parts, cg_free);
}

static int own_symbol(const cg_meta *m, const char *sym)
{
    size_t l = strlen(sym);
    for (const char *p = m->symbols; p && (p = strstr(p, sym)) != NULL; p++)
        if ((p == m->symbols || p[-1] == ' ') && (p[l] == ' ' || p[l] == '\0'))
            return 1;
    return 0;
}

/* Whether a mention at (file, offset), from a link annotation or not,
 * gives the edge its sentence in place of what f keeps: a mention in
 * running text wins over a link annotation, else the first in (file
 * name, offset) order. */
static int takes_first(const cg_graph *g, const first_sentence *f, uint32_t file, uint64_t offset,
                       int link)
{
    if (!f->text || (f->link && !link))
        return 1;
    if (link && !f->link)
        return 0;
    int c = file == f->file ? 0 : strcmp(cg_strtab_get(&g->files, file), cg_strtab_get(&g->files, f->file));
    return c < 0 || (c == 0 && offset < f->offset);
}

static void offer_first(const cg_graph *g, first_sentence *f, uint32_t file, uint64_t offset,
                        const char *sentence, int link)
{
    if (!takes_first(g, f, file, offset, link))
        return;
    cg_free(f->text);
    f->text = cg_xstrdup(sentence);
    f->file = file;
    f->link = (uint32_t)(link != 0);
    f->offset = offset;
}

/* Takes src's sentence over when it wins (no copy). */
static void merge_first(const cg_graph *g, first_sentence *dst, first_sentence *src)
{
    if (!src->text)
        return;
    if (takes_first(g, dst, src->file, src->offset, (int)src->link)) {
        cg_free(dst->text);
        *dst = *src;
    } else {
        cg_free(src->text);
    }
    src->text = NULL;
}

cg_status cg_graph_add(cg_graph *g, const cg_document *doc, cg_error *err)
{
    if (g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph already finished: add documents before writing");
        return CG_ERR_USAGE;
    }
    const cg_meta *m = cg_document_meta(doc);
    int created;
    size_t li = cg_graph_node(g, m->id, CG_KIND_LETTER, &created);
    gnode *L = g->nodes.v[li];
    cg_status st = CG_OK;
    (void)err; /* the same letter again (another language, another copy) is merged:
                  its files and languages are listed, its citations are the union */
    L->kind = CG_KIND_LETTER;
    L->in_corpus = 1;
    set_label_ranked(L, m->title ? m->title : m->id, 0);
    set_if(&L->date, m->date);
    set_if(&L->sender, m->sender);
    set_if(&L->title, m->title);
    set_if(&L->addressee, m->addressee);
    set_if(&L->annex_author, m->annex_author);
    set_if(&L->agenda, m->agenda_items);
    cg_strlist_add(&L->file, m->file, 1);
    cg_list_add(&L->language, m->language, " ");
    if (m->symbols) {
        char *copy = cg_xstrdup(m->symbols);
        for (char *sv_ = NULL, *tokp = strtok_r(copy, " ", &sv_); tokp; tokp = strtok_r(NULL, " ", &sv_))
            cg_list_add(&L->symbols, tokp, " ");
        cg_free(copy);
        if (strchr(m->symbols, ' '))
            cg_vec_push(&g->groups, cg_xstrdup(m->symbols));
    }
    if (m->date && m->sender && strncmp(m->id, "letter:", 7) != 0) {
        char *copy = cg_xstrdup(m->sender);
        for (char *sv_ = NULL, *t = strtok_r(copy, " ", &sv_); t; t = strtok_r(NULL, " ", &sv_))
            cg_vec_push(&g->letter_aliases, cg_xsprintf("0\tletter:%s:%s\t%s", m->date, t, m->id));
        cg_free(copy);
    }
    if (m->session && !L->session)
        L->session = m->session;
    if (m->sc_year && !L->sc_year)
        L->sc_year = m->sc_year;

    uint32_t file = cg_strtab_intern(&g->files, m->file);
    for (size_t k = 0; k < cg_document_ref_count(doc); k++) {
        const cg_ref *r = cg_document_ref(doc, k);
        if (strcmp(r->target, m->id) == 0 || own_symbol(m, r->target))
            continue; /* a letter naming its own symbol (a running header, say) */
        size_t ti = cg_graph_node(g, r->target, r->kind, &created);
        gnode *T = g->nodes.v[ti];
        L = g->nodes.v[li];
        set_label(T, r->label, r->label_lang);
        if (r->alias && strncmp(r->alias, "letter:", 7) == 0) {
            T->kind = CG_KIND_LETTER; /* a letter cited by description and symbol */
            cg_vec_push(&g->letter_aliases, cg_xsprintf("1\t%s\t%s", r->alias, r->target));
        }
        if (r->symbols) {
            set_if(&T->symbols, r->symbols);
            cg_vec_push(&g->groups, cg_xstrdup(r->symbols));
        }
        if (r->parent) {
            set_if(&T->parent, r->parent);
            size_t pi = cg_graph_node(g, r->parent,
                                      strncmp(r->parent, "title:", 6) == 0 ? CG_KIND_TITLE
                                      : strncmp(r->parent, "A/RES/", 6) == 0 ? CG_KIND_GA_RESOLUTION
                                                                             : CG_KIND_INSTRUMENT,
                                      NULL);
            gnode *Pn = g->nodes.v[pi];
            set_label(Pn, r->parent_label, r->label_lang);
        }
        size_t ei = cg_graph_edge(g, li, ti, CG_EDGE_CITES, NULL);
        gedge *e = g->edges.v[ei];
        /* what the edge says is derived from its mentions when the graph is
         * finished (edge_weight, edge_text), in an order that does not depend on the
         * order the documents came in */
        if (e->nm == e->capm) /* most edges have one mention */
            e->m = cg_xrealloc(e->m, (e->capm = e->capm ? e->capm * 2 : 1) * sizeof *e->m);
        gmention *gm = &e->m[e->nm++];
        gm->file = file;
        gm->form = cg_strtab_intern(&g->strs, r->text ? r->text : "");
        gm->sentence = g->evidence == CG_EVIDENCE_FULL ? cg_strtab_intern(&g->strs, r->sentence ? r->sentence : "")
                                                       : UINT32_MAX;
        gm->sent_hash = cg_hash64(r->sentence ? r->sentence : "", r->sentence ? strlen(r->sentence) : 0);
        gm->line = (uint32_t)r->line;
        gm->column = (uint32_t)r->column;
        gm->offset = r->offset;
        gm->length = (uint32_t)r->length & 0x7FFFFFFFu;
        gm->echo = r->echo != 0;
        if (g->evidence != CG_EVIDENCE_FULL && r->sentence)
            offer_first(g, &e->first, file, r->offset, r->sentence, r->echo);
    }
    return st;
}

/* ---- finishing ------------------------------------------------------ */

/* A name and its index, with the name's first 16 bytes as two big-endian
 * integers: most comparisons end there, without reading the string (the
 * order is strcmp's). */
typedef struct named {
    uint64_t k0, k1;
    const char *name;
    uint32_t ix;
} named;

static void set_named(named *x, const char *s, uint32_t ix)
{
    unsigned char b[16] = {0};
    for (size_t i = 0; i < 16 && s[i]; i++)
        b[i] = (unsigned char)s[i];
    uint64_t k0 = 0, k1 = 0;
    for (int j = 0; j < 8; j++) {
        k0 = k0 << 8 | b[j];
        k1 = k1 << 8 | b[8 + j];
    }
    x->k0 = k0;
    x->k1 = k1;
    x->name = s;
    x->ix = ix;
}

static int cmp_named(const void *a, const void *b)
{
    const named *x = a, *y = b;
    if (x->k0 != y->k0)
        return x->k0 < y->k0 ? -1 : 1;
    if (x->k1 != y->k1)
        return x->k1 < y->k1 ? -1 : 1;
    return strcmp(x->name, y->name);
}

typedef struct named_sort {
    named *v;
} named_sort;

static void named_chunk(void *ctx, size_t b, size_t e)
{
    named_sort *j = ctx;
    cg_sort(j->v + b, e - b, sizeof *j->v, cmp_named);
}

/* Sorts v (distinct names: one order whatever the threads): a part a
 * thread, then merged. */
static void sort_named(named *v, size_t n, unsigned threads)
{
    if (threads < 2 || n < 8192) {
        cg_sort(v, n, sizeof *v, cmp_named);
        return;
    }
    size_t grain = (n + threads - 1) / threads;
    named_sort j = {v};
    cg_par_for(threads, n, grain, named_chunk, &j);
    named *tmp = cg_xmalloc(n * sizeof *tmp);
    for (size_t width = grain; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, k = mid, o = lo;
            while (i < mid && k < hi)
                tmp[o++] = cmp_named(&v[k], &v[i]) < 0 ? v[k++] : v[i++];
            while (i < mid)
                tmp[o++] = v[i++];
            while (k < hi)
                tmp[o++] = v[k++];
        }
        memcpy(v, tmp, n * sizeof *v);
    }
    cg_free(tmp);
}

/* The rank of every file's name in sorted order, by file index. */
static uint32_t *rank_files(const cg_graph *g)
{
    size_t n = g->files.n;
    named *v = cg_xmalloc((n ? n : 1) * sizeof *v);
    uint32_t *rank = cg_xmalloc((n ? n : 1) * sizeof *rank);
    for (size_t k = 0; k < n; k++)
        set_named(&v[k], cg_strtab_get(&g->files, (uint32_t)k), (uint32_t)k);
    sort_named(v, n, g->threads);
    for (size_t k = 0; k < n; k++)
        rank[v[k].ix] = (uint32_t)k;
    cg_free(v);
    return rank;
}

/* The edges by (source, target, kind): nodes are in name order by then,
 * so their positions order the edges as their names would.  A stable
 * counting sort by source, then each source's few edges sorted by
 * (target, kind), the sources in chunks over the threads ((source, target,
 * kind) is one edge: one order whatever the threads). */
static int cmp_edge_to(const void *a, const void *b)
{
    const gedge *x = *(gedge *const *)a, *y = *(gedge *const *)b;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    return x->kind < y->kind ? -1 : x->kind > y->kind;
}

typedef struct edge_sort {
    gedge **v;
    const size_t *start; /* by source, nn + 1 */
} edge_sort;

static void edge_sort_chunk(void *ctx, size_t b, size_t e)
{
    const edge_sort *j = ctx;
    for (size_t k = b; k < e; k++) {
        size_t n = j->start[k + 1] - j->start[k];
        if (n > 1)
            qsort(j->v + j->start[k], n, sizeof *j->v, cmp_edge_to);
    }
}

static void sort_edges(cg_graph *g, size_t nn)
{
    size_t ne = g->edges.n;
    if (ne < 2)
        return;
    gedge **v = (gedge **)g->edges.v;
    gedge **tmp = cg_xmalloc(ne * sizeof *tmp);
    size_t *start = cg_xcalloc(nn + 1, sizeof *start);
    size_t *at = cg_xmalloc((nn ? nn : 1) * sizeof *at);
    for (size_t k = 0; k < ne; k++)
        start[v[k]->from + 1]++;
    for (size_t b = 0; b < nn; b++)
        start[b + 1] += start[b];
    if (nn)
        memcpy(at, start, nn * sizeof *at);
    for (size_t k = 0; k < ne; k++)
        tmp[at[v[k]->from]++] = v[k];
    edge_sort j = {tmp, start};
    cg_par_for(g->threads, nn, 8192, edge_sort_chunk, &j);
    memcpy(v, tmp, ne * sizeof *v);
    cg_free(at);
    cg_free(start);
    cg_free(tmp);
}

/* The node a symbol stands for: the first symbol of its joint document. */
static const char *alias_of(const cg_map *alias, const cg_vec *reps, const char *name)
{
    size_t ix;
    return cg_map_get(alias, name, &ix) ? reps->v[ix] : name;
}

static void merge_node(gnode *dst, gnode *src)
{
    if (src->kind == CG_KIND_LETTER)
        dst->kind = CG_KIND_LETTER;
    if (src->in_corpus && !dst->in_corpus) {
        /* the corpus letter's own attributes win */
        dst->in_corpus = 1;
        char **fd[] = {&dst->label, &dst->date, &dst->sender, &dst->agenda, &dst->file,
                       &dst->language, &dst->title, &dst->addressee, &dst->annex_author};
        char **fs[] = {&src->label, &src->date, &src->sender, &src->agenda, &src->file,
                       &src->language, &src->title, &src->addressee, &src->annex_author};
        if (src->label)
            dst->label_rank = src->label_rank; /* moved with it below */
        for (size_t k = 0; k < sizeof fd / sizeof fd[0]; k++)
            if (*fs[k]) {
                cg_free(*fd[k]);
                *fd[k] = *fs[k];
                *fs[k] = NULL;
            }
        dst->session = src->session;
        dst->sc_year = src->sc_year;
    }
    if (src->symbols) {
        char *copy = cg_xstrdup(src->symbols);
        for (char *sv_ = NULL, *t = strtok_r(copy, " ", &sv_); t; t = strtok_r(NULL, " ", &sv_))
            cg_list_add(&dst->symbols, t, " ");
        cg_free(copy);
    }
    set_label_ranked(dst, src->label, src->label_rank);
    set_if(&dst->parent, src->parent);
}

static int cmp_sym(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Symbols of one document: sorted members keep the order written. */
static void sort_symbols(char **syms, const char *first)
{
    if (!*syms)
        return;
    cg_vec parts = {0};
    char *copy = cg_xstrdup(*syms);
    for (char *sv_ = NULL, *t = strtok_r(copy, " ", &sv_); t; t = strtok_r(NULL, " ", &sv_))
        if (strcmp(t, first) != 0)
            cg_vec_push(&parts, t);
    cg_sort(parts.v, parts.n, sizeof *parts.v, cmp_sym);
    cg_buf b = {0};
    cg_buf_puts(&b, first);
    for (size_t k = 0; k < parts.n; k++) {
        cg_buf_putc(&b, ' ');
        cg_buf_puts(&b, parts.v[k]);
    }
    cg_free(*syms);
    *syms = cg_buf_take(&b);
    cg_free(copy);
    cg_vec_free(&parts, NULL);
}

/* The year a node is known to date from: a letter's date, the year in a
 * resolution or a symbol (S/RES/822(1993), S/2020/1307, E/2023/30), else 0. */
static long node_year(const gnode *n)
{
    if (n->date)
        return strtol(n->date, NULL, 10);
    const char *p = strchr(n->name, '(');
    if (p && strncmp(n->name, "S/RES/", 6) == 0)
        return strtol(p + 1, NULL, 10);
    /* a four-digit component 1946..2100 after the first slash */
    for (const char *q = strchr(n->name, '/'); q; q = strchr(q + 1, '/')) {
        char *end;
        long y = strtol(q + 1, &end, 10);
        if (end - (q + 1) == 4 && (*end == '/' || *end == '\0') && y >= 1946 && y <= 2100)
            return y;
    }
    return 0;
}

/* A letter citing what is dated after it: kept, flagged on the edge, and
 * reported (a wrong year in the letter or in the scan, either way worth a
 * look).  The edges are kept, their messages made when asked for
 * (cg_graph_warning): a corpus with wrong dates has many. */
static void check_dates(cg_graph *g)
{
    size_t nn = g->nodes.n;
    long *year = cg_xmalloc((nn ? nn : 1) * sizeof *year); /* once a node, not once an edge */
    for (size_t k = 0; k < nn; k++)
        year[k] = node_year(g->nodes.v[k]);
    for (size_t k = 0; k < g->edges.n; k++) {
        gedge *e = g->edges.v[k];
        if (e->kind != CG_EDGE_CITES)
            continue;
        gnode *from = g->nodes.v[e->from];
        if (!from->date || !from->in_corpus)
            continue;
        gnode *to = g->nodes.v[e->to];
        int late = 0;
        if (to->date && to->kind == CG_KIND_LETTER)
            late = strcmp(to->date, from->date) > 0;
        else
            late = year[e->to] && year[e->to] > year[e->from];
        if (late) {
            e->anachronism = 1;
            if (g->nlate == g->caplate)
                g->late = cg_xrealloc(g->late, (g->caplate = g->caplate ? g->caplate * 2 : 64) *
                                                   sizeof *g->late);
            g->late[g->nlate++] = k;
        }
    }
    cg_free(year);
}

/* Per-node work of finishing, in chunks over the threads: each node's
 * own fields only. */
enum { NODE_GRAIN = 4096 };

static void symbols_chunk(void *ctx, size_t b, size_t e)
{
    cg_graph *g = ctx;
    for (size_t k = b; k < e; k++) {
        gnode *d = g->nodes.v[k];
        if (d->symbols)
            sort_symbols(&d->symbols, d->name);
    }
}

/* Files and languages sorted; a letter's date, sender and label. */
static void node_chunk(void *ctx, size_t b, size_t e)
{
    cg_graph *g = ctx;
    for (size_t k = b; k < e; k++) {
        gnode *n = g->nodes.v[k];
        cg_strlist_sort(&n->file);
        sort_list(&n->language);
        if (n->kind == CG_KIND_LETTER && !n->in_corpus && strncmp(n->name, "letter:", 7) == 0 &&
            strlen(n->name) > 18 && n->name[17] == ':') {
            /* a letter known only by description: its date and sender are
             * its id's, so that it sits at its own date on a timeline */
            if (!n->date)
                n->date = cg_xstrndup(n->name + 7, 10);
            if (!n->sender)
                n->sender = cg_xstrdup(n->name + 18);
        }
        if (n->kind == CG_KIND_LETTER && n->in_corpus) {
            /* a letter's label is made from its date and senders, in the
             * first of its languages that names them all (lang.h's order) */
            for (int l = 0; l < CG_LANG_COUNT; l++) {
                if (!list_has(n->language, cg_langs[l]->code))
                    continue;
                char *own = cg_letter_label(n->date, n->sender, n->title, l);
                if (own) {
                    cg_free(n->label);
                    n->label = own;
                    break;
                }
            }
        }
        if (!n->label)
            n->label = cg_xstrdup(n->name);
    }
}

/* Labels cut to CG_LABEL_WIDTH: the articles' (which read their
 * instruments' whole labels), or the others'. */
typedef struct label_job {
    cg_graph *g;
    int articles;
} label_job;

static void label_chunk(void *ctx, size_t b, size_t e)
{
    const label_job *j = ctx;
    cg_graph *g = j->g;
    for (size_t k = b; k < e; k++) {
        gnode *n = g->nodes.v[k];
        int article = n->kind == CG_KIND_ARTICLE && n->parent;
        if (article != j->articles)
            continue;
        if (article) {
            size_t pi;
            const gnode *P = cg_map_get(&g->by_name, n->parent, &pi) ? g->nodes.v[pi] : NULL;
            cg_label_fit_part(&n->label, &n->title, P ? P->label : NULL);
        } else {
            cg_label_fit(&n->label, &n->title);
        }
    }
}

cg_status cg_graph_finish(cg_graph *g, cg_error *err)
{
    if (g->finished)
        return CG_OK;

    /* 1. joint symbols: every member points at a representative, the first
     *    symbol of the group that sorts first (order-independent). */
    cg_sort(g->groups.v, g->groups.n, sizeof *g->groups.v, cg_cmp_str);
    cg_map alias = {0};
    cg_map rep_ix = {0}; /* representative -> its index in reps */
    cg_vec reps = {0};
    for (size_t k = 0; k < g->groups.n; k++) {
        cg_vec members = {0};
        cg_split(g->groups.v[k], ' ', &members);
        if (!members.n) {
            cg_vec_free(&members, cg_free);
            continue;
        }
        /* a member already aliased keeps its representative */
        const char *rep = members.v[0];
        size_t ix;
        for (size_t q = 0; q < members.n; q++)
            if (cg_map_get(&alias, members.v[q], &ix)) {
                rep = reps.v[ix];
                break;
            }
        size_t rix;
        if (!cg_map_get(&rep_ix, rep, &rix)) {
            rix = reps.n;
            cg_map_put(&rep_ix, rep, rix);
            cg_vec_push(&reps, cg_xstrdup(rep));
        }
        for (size_t q = 0; q < members.n; q++)
            if (!cg_map_get(&alias, members.v[q], NULL))
                cg_map_put(&alias, members.v[q], rix);
        cg_vec_free(&members, cg_free);
    }

    /* letter:DATE:ISO3 -> the symbol of that letter: a corpus letter's own
     * symbol first, else the one a citation gave (smallest, for order
     * independence) */
    cg_sort(g->letter_aliases.v, g->letter_aliases.n, sizeof *g->letter_aliases.v, cg_cmp_str);
    cg_map lalias = {0};
    cg_vec lvals = {0};
    for (size_t k = 0; k < g->letter_aliases.n; k++) {
        char *copy = cg_xstrdup(g->letter_aliases.v[k]);
        char *key = strchr(copy, '\t') + 1;
        char *val = strchr(key, '\t');
        *val++ = '\0';
        if (!cg_map_get(&lalias, key, NULL)) {
            cg_map_put(&lalias, key, lvals.n);
            cg_vec_push(&lvals, cg_xstrdup(val));
        }
        cg_free(copy);
    }
    cg_phase(2, "aliases");

    /* 2. rebuild the nodes under their canonical names */
    cg_vec old_nodes = g->nodes;
    cg_vec old_edges = g->edges;
    memset(&g->nodes, 0, sizeof g->nodes);
    memset(&g->edges, 0, sizeof g->edges);
    /* the old map's keys and hashes by node, to be taken over by the
     * nodes that keep their names */
    cg_map old_names = g->by_name;
    memset(&g->by_name, 0, sizeof g->by_name);
    size_t *slot = cg_xmalloc((old_nodes.n ? old_nodes.n : 1) * sizeof *slot);
    for (size_t k = 0; k < old_nodes.n; k++)
        slot[k] = SIZE_MAX;
    for (size_t i = 0; i < old_names.cap; i++)
        if (old_names.keys[i] && old_names.vals[i] < old_nodes.n)
            slot[old_names.vals[i]] = i;
    cg_map_reserve(&g->by_name, old_nodes.n);
    cg_imap_free(&g->by_pair);
    size_t *remap = cg_xmalloc((old_nodes.n ? old_nodes.n : 1) * sizeof *remap);
    for (size_t k = 0; k < old_nodes.n; k++) {
        gnode *n = old_nodes.v[k];
        size_t si = slot[k];
        uint64_t h = si != SIZE_MAX ? old_names.hashes[si] : cg_map_hash(n->name);
        const char *canon = n->name;
        size_t ix;
        if (lalias.n && cg_map_get_h(&lalias, n->name, h, &ix))
            canon = lvals.v[ix];
        if (canon != n->name)
            canon = alias_of(&alias, &reps, canon);
        else if (alias.n && cg_map_get_h(&alias, n->name, h, &ix))
            canon = reps.v[ix];
        if (canon == n->name && !cg_map_get_h(&g->by_name, canon, h, &ix)) {
            /* under its own name, and the first: the node itself, its key
             * taken over */
            ix = g->nodes.n;
            cg_vec_push(&g->nodes, n);
            if (si != SIZE_MAX) {
                cg_map_adopt_h(&g->by_name, old_names.keys[si], h, ix);
                old_names.keys[si] = NULL;
            } else {
                cg_map_put(&g->by_name, n->name, ix);
            }
            remap[k] = ix;
            continue;
        }
        int created;
        ix = cg_graph_node(g, canon, n->kind, &created);
        gnode *d = g->nodes.v[ix];
        if (created) {
            /* take the attributes over */
            char *nm = d->name;
            *d = *n;
            d->name = nm;
            cg_free(n->name);
            cg_free(n);
        } else {
            merge_node(d, n);
            cg_gnode_free(n);
        }
        remap[k] = ix;
    }
    /* a document known under several symbols lists them all, its own first */
    for (size_t q = 0; q < g->groups.n; q++) {
        char *copy = cg_xstrdup(g->groups.v[q]);
        size_t ix;
        cg_vec members = {0};
        cg_split(copy, ' ', &members);
        if (members.n && cg_map_get(&g->by_name, alias_of(&alias, &reps, members.v[0]), &ix)) {
            gnode *d = g->nodes.v[ix];
            for (size_t m = 0; m < members.n; m++)
                cg_list_add(&d->symbols, members.v[m], " ");
        }
        cg_vec_free(&members, cg_free);
        cg_free(copy);
    }
    cg_par_for(g->threads, g->nodes.n, NODE_GRAIN, symbols_chunk, g);
    cg_vec_free(&old_nodes, NULL);
    cg_map_free(&old_names);
    cg_free(slot);
    cg_phase(2, "nodes");

    /* 3. edges under the new indices; merged duplicates add up; a letter
     *    citing itself (its other symbol) is dropped */
    for (size_t k = 0; k < old_edges.n; k++) {
        gedge *e = old_edges.v[k];
        size_t from = remap[e->from], to = remap[e->to];
        if (from == to) {
            cg_gedge_free(e);
            continue;
        }
        uint64_t key = cg_graph_pair_key(from, to, e->kind);
        size_t ix;
        if (!cg_imap_get(&g->by_pair, key, &ix)) {
            /* the first under these ends: the edge itself */
            e->from = from;
            e->to = to;
            cg_imap_put(&g->by_pair, key, g->edges.n);
            cg_vec_push(&g->edges, e);
        } else {
            gedge *d = g->edges.v[ix];
            if (d->nm + e->nm > d->capm)
                d->m = cg_xrealloc(d->m, (d->capm = d->nm + e->nm) * sizeof *d->m);
            memcpy(d->m + d->nm, e->m, e->nm * sizeof *e->m);
            d->nm += e->nm;
            merge_first(g, &d->first, &e->first);
            cg_gedge_free(e);
        }
    }
    cg_vec_free(&old_edges, NULL);
    cg_free(remap);
    cg_map_free(&alias);
    cg_map_free(&rep_ix);
    cg_vec_free(&reps, cg_free);
    cg_map_free(&lalias);
    cg_vec_free(&lvals, cg_free);
    cg_phase(2, "edges");

    /* 4. a target only seen as a link annotation still counts once; an
     *    article is part of its instrument */
    uint32_t *rank = rank_files(g);
    const char **file_of_rank = cg_xmalloc((g->files.n ? g->files.n : 1) * sizeof *file_of_rank);
    for (size_t k = 0; k < g->files.n; k++)
        file_of_rank[rank[k]] = cg_strtab_get(&g->files, (uint32_t)k);
    /* each file's name as a list item writes it, without the closing quote */
    char **file_json = cg_xmalloc((g->files.n ? g->files.n : 1) * sizeof *file_json);
    for (size_t k = 0; k < g->files.n; k++) {
        cg_vec one = {0};
        cg_vec_push(&one, (void *)file_of_rank[k]);
        char *l = cg_strlist_join(&one); /* ["NAME"] */
        size_t n = strlen(l);
        memmove(l, l + 1, n - 3);
        l[n - 3] = '\0';
        file_json[k] = l;
        cg_vec_free(&one, NULL);
    }
    /* the weights of the edges there are now (the part-of edges made
     * below have none) are computed on the other threads from here on,
     * while this one goes on and runs Leiden (cg_side_start): it reads and
     * writes no node, and of the edges nothing the steps below use; their
     * text is made after the analysis */
    size_t nev = g->edges.n;
    gedge **snap = cg_xmalloc((nev ? nev : 1) * sizeof *snap);
    if (nev)
        memcpy(snap, g->edges.v, nev * sizeof *snap);
    evidence_job job = {g, snap, (const char *const *)file_json, rank};
    g->file_of_rank = file_of_rank;
    cg_side_work sw = {nev, 1024, weight_chunk, &job, check_dates, text_chunk, 1024};
    cg_side *side = cg_side_start(g, &sw);
    for (size_t k = 0; k < g->nodes.n; k++) {
        gnode *n = g->nodes.v[k];
        if (n->kind == CG_KIND_ARTICLE && n->parent) {
            size_t pi = cg_graph_node(g, n->parent, CG_KIND_INSTRUMENT, NULL);
            size_t ei = cg_graph_edge(g, k, pi, CG_EDGE_PART_OF, NULL);
            ((gedge *)g->edges.v[ei])->weight = 1;
        }
    }
    /* every node on its own (the instruments made just now have no files
     * or languages to sort), then the labels cut: an article's keeps its
     * number, so the articles go first, while their instruments' labels
     * are whole */
    cg_par_for(g->threads, g->nodes.n, NODE_GRAIN, node_chunk, g);
    label_job lj = {g, 1};
    cg_par_for(g->threads, g->nodes.n, NODE_GRAIN, label_chunk, &lj);
    lj.articles = 0;
    cg_par_for(g->threads, g->nodes.n, NODE_GRAIN, label_chunk, &lj);
    cg_phase(2, "part-of");

    /* 5. sort nodes by name, edges by (source, target, kind) */
    size_t nn = g->nodes.n;
    /* (name, index) pairs sort without reaching into the nodes */
    named *order = cg_xmalloc((nn ? nn : 1) * sizeof *order);
    for (size_t k = 0; k < nn; k++)
        set_named(&order[k], ((gnode *)g->nodes.v[k])->name, (uint32_t)k);
    sort_named(order, nn, g->threads);
    cg_phase(3, "sort-nodes");
    size_t *pos = cg_xmalloc((nn ? nn : 1) * sizeof *pos);
    gnode **sorted = cg_xmalloc((nn ? nn : 1) * sizeof *sorted);
    for (size_t k = 0; k < nn; k++) {
        pos[order[k].ix] = k;
        sorted[k] = g->nodes.v[order[k].ix];
    }
    /* the names stay: only the positions they map to change */
    for (size_t i = 0; i < g->by_name.cap; i++)
        if (g->by_name.keys[i])
            g->by_name.vals[i] = pos[g->by_name.vals[i]];
    if (nn)
        memcpy(g->nodes.v, sorted, nn * sizeof *sorted);
    cg_free(sorted);
    cg_free(order);
    size_t ne = g->edges.n;
    for (size_t k = 0; k < ne; k++) {
        gedge *e = g->edges.v[k];
        e->from = pos[e->from];
        e->to = pos[e->to];
    }
    sort_edges(g, nn);
    cg_phase(3, "sort-edges");
    /* (source, target, kind) -> edge is for building; a finished graph's
     * edges are in that order */
    cg_imap_free(&g->by_pair);
    cg_free(pos);
    cg_phase(2, "sort");

    /* every edge: a part-of edge has no mentions, and edge_weight and
     * edge_text leave such an edge as it is */
    /* the edges' text (first sentences, forms, locations) is made beside
     * the measures (the side work's late part) */
    cg_status st = cg_graph_analyse_side(g, side, err);
    for (size_t k = 0; k < g->files.n; k++)
        cg_free(file_json[k]);
    cg_free(file_json);
    cg_free(rank);
    cg_free(snap);
    if (st == CG_OK)
        g->finished = 1;
    return st;
}

size_t cg_graph_warning_count(const cg_graph *g)
{
    return g->nlate;
}

const char *cg_graph_warning(const cg_graph *g, size_t i)
{
    if (i >= g->nlate)
        return NULL;
    /* "FILE: ID (DATE) cites ID, dated after it", FILE the letter's first */
    const gedge *e = g->edges.v[g->late[i]];
    const gnode *from = g->nodes.v[e->from], *to = g->nodes.v[e->to];
    cg_buf *b = &((cg_graph *)g)->warning; /* the graph's, made again at each call */
    b->len = 0;
    char *file = cg_strlist_first(from->file);
    cg_buf_puts(b, file ? file : "?");
    cg_free(file);
    cg_buf_puts(b, ": ");
    cg_buf_puts(b, from->name);
    cg_buf_puts(b, " (");
    cg_buf_puts(b, from->date);
    cg_buf_puts(b, ") cites ");
    cg_buf_puts(b, to->name);
    cg_buf_puts(b, ", dated after it");
    return b->s;
}

size_t cg_graph_node_count(const cg_graph *g)
{
    return g->nodes.n;
}

size_t cg_graph_edge_count(const cg_graph *g)
{
    return g->edges.n;
}
