/* filter.c: which letters and citations a query or an export uses
 * (cg_filter): checking a filter's values, testing letters and citations
 * against it, and the part of a graph it selects as a graph of its own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"
#include "graph.h"
#include "tables.h"
#include "validate.h"

static const char languages[] = "zh en fr es ru ar";

const char *cg_filter_languages(void)
{
    return languages;
}

int cg_filter_is_empty(const cg_filter *f)
{
    return !f || (!f->since && !f->until && !f->senders && !f->languages && !f->kinds);
}

/* ---- checking the values --------------------------------------------- */

static int digits(const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    return 1;
}

static int leap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(long y, long m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

static const char *const month_names[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};

/* What a date written another way probably means ("March 2022",
 * "2022/03/05", "5 March 2022", "2022.3"), as YYYY[-MM[-DD]] in buf; 0
 * when nothing is recognised. */
static int guess_date(const char *s, char *buf, size_t cap)
{
    long year = 0, month = 0, day = 0;
    long nums[3];
    size_t nn = 0;
    for (const char *p = s; *p;) {
        if (*p >= '0' && *p <= '9') {
            char *end;
            long v = strtol(p, &end, 10);
            if (end - p == 4 && !year)
                year = v;
            else if (nn < 3)
                nums[nn++] = v;
            p = end;
        } else if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') {
            const char *q = p;
            while ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z')
                q++;
            if (q - p >= 3)
                for (int m = 0; m < 12; m++)
                    if (cg_strncaseeq(p, month_names[m], 3))
                        month = m + 1;
            p = q;
        } else {
            p++;
        }
    }
    if (!year || year < 1000 || year > 9999)
        return 0;
    if (month) {
        if (nn >= 1 && nums[0] >= 1 && nums[0] <= month_days(year, month))
            day = nums[0];
    } else if (nn >= 1 && nums[0] >= 1 && nums[0] <= 12) {
        month = nums[0];
        if (nn >= 2 && nums[1] >= 1 && nums[1] <= month_days(year, month))
            day = nums[1];
    }
    int y = (int)year, m = (int)month, d = (int)day; /* in range: checked above */
    if (d)
        snprintf(buf, cap, "%04d-%02d-%02d", y, m, d);
    else if (m)
        snprintf(buf, cap, "%04d-%02d", y, m);
    else
        snprintf(buf, cap, "%04d", y);
    return 1;
}

static const char date_forms[] = "give YYYY, YYYY-MM or YYYY-MM-DD";

static cg_status check_date(const char *d, cg_error *err)
{
    size_t n = strlen(d);
    int shape = (n == 4 || n == 7 || n == 10) && digits(d, 4) &&
                (n < 7 || (d[4] == '-' && digits(d + 5, 2))) &&
                (n < 10 || (d[7] == '-' && digits(d + 8, 2)));
    if (!shape) {
        char guess[64];
        if (guess_date(d, guess, sizeof guess))
            cg_error_set(err, NULL, 0, 0, "date '%s': not a date: %s (%s?)", d, date_forms, guess);
        else
            cg_error_set(err, NULL, 0, 0, "date '%s': not a date: %s", d, date_forms);
        return CG_ERR_USAGE;
    }
    long y = strtol(d, NULL, 10);
    if (y < 1000) {
        cg_error_set(err, NULL, 0, 0, "date '%s': year %ld is too early: %s", d, y, date_forms);
        return CG_ERR_USAGE;
    }
    if (n >= 7) {
        long m = strtol(d + 5, NULL, 10);
        if (m < 1 || m > 12) {
            cg_error_set(err, NULL, 0, 0, "date '%s': there is no month %ld: %s, months 01 to 12", d,
                         m, date_forms);
            return CG_ERR_USAGE;
        }
        if (n == 10) {
            long day = strtol(d + 8, NULL, 10);
            if (day < 1 || day > month_days(y, m)) {
                cg_error_set(err, NULL, 0, 0, "date '%s': %04ld-%02ld has no day %ld (it has %d)", d,
                             y, m, day, month_days(y, m));
                return CG_ERR_USAGE;
            }
        }
    }
    return CG_OK;
}

static int known_state(const char *code, size_t n)
{
    return cg_state_index(code, n) >= 0;
}

static int upper_eq(char a, char b)
{
    if (a >= 'a' && a <= 'z')
        a = (char)(a - 32);
    return a == b;
}

/* 1 when code (n bytes, any case) is one edit from the State code s:
 * a letter changed, two neighbours swapped, one letter more or less. */
static int one_edit(const char *code, size_t n, const char *s)
{
    if (n == 3) {
        size_t diff = 0;
        for (size_t i = 0; i < 3; i++)
            diff += !upper_eq(code[i], s[i]);
        if (diff <= 1)
            return 1;
        for (size_t i = 0; i + 1 < 3; i++) {
            size_t r = i == 0 ? 2 : 0; /* the letter not swapped */
            if (upper_eq(code[i], s[i + 1]) && upper_eq(code[i + 1], s[i]) && upper_eq(code[r], s[r]))
                return 1;
        }
        return 0;
    }
    if (n != 2 && n != 4)
        return 0;
    /* drop one letter of the longer, compare with the shorter */
    for (size_t skip = 0; skip < (n == 4 ? 4u : 3u); skip++) {
        int ok = 1;
        for (size_t i = 0, j = 0; i < (n == 4 ? 4u : 3u); i++) {
            if (i == skip)
                continue;
            if (n == 4 ? !upper_eq(code[i], s[j]) : !upper_eq(code[j], s[i]))
                ok = 0;
            j++;
        }
        if (ok)
            return 1;
    }
    return 0;
}

/* The State codes one edit from code (RUS for rus, RSU, RUSS), for the
 * message. */
static void near_states(const char *code, size_t n, cg_buf *b)
{
    size_t found = 0;
    for (uint32_t k = 0; k < cg_ntstates && found < 3; k++)
        if (one_edit(code, n, cg_tstates[k])) {
            cg_buf_printf(b, "%s%s", found ? " or " : "", cg_tstates[k]);
            found++;
        }
}

static cg_status check_senders(const char *list, cg_error *err)
{
    for (const char *p = list; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (!n)
            break;
        int upper = 1;
        for (size_t k = 0; k < n; k++)
            if (p[k] < 'A' || p[k] > 'Z')
                upper = 0;
        if (n != 3 || !upper || !known_state(p, n)) {
            cg_buf near = {0};
            near_states(p, n, &near);
            cg_error_set(err, NULL, 0, 0,
                         "sender '%.*s': not the ISO 3166-1 alpha-3 code of a UN Member or "
                         "observer State%s%s%s",
                         (int)(n > 64 ? 64 : n), p, near.len ? ": did you mean " : " (such as ARM, AZE, RUS, UKR)",
                         near.len ? near.s : "", near.len ? "?" : "");
            cg_buf_free(&near);
            return CG_ERR_USAGE;
        }
        p += n;
    }
    return CG_OK;
}

static int in_list(const char *list, const char *w, size_t n)
{
    for (const char *p = list; *p;) {
        while (*p == ' ')
            p++;
        size_t l = strcspn(p, " ");
        if (l == n && memcmp(p, w, n) == 0)
            return 1;
        p += l;
    }
    return 0;
}

static cg_status check_languages(const char *list, cg_error *err)
{
    for (const char *p = list; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (!n)
            break;
        if (!in_list(languages, p, n)) {
            cg_error_set(err, NULL, 0, 0, "language '%.*s': give one of %s", (int)(n > 64 ? 64 : n),
                         p, languages);
            return CG_ERR_USAGE;
        }
        p += n;
    }
    return CG_OK;
}

cg_status cg_filter_check(const cg_filter *f, cg_error *err)
{
    if (!f)
        return CG_OK;
    cg_status st;
    if (f->since && (st = check_date(f->since, err)) != CG_OK)
        return st;
    if (f->until && (st = check_date(f->until, err)) != CG_OK)
        return st;
    if (f->since && f->until) {
        /* since 2022-05 and until 2022-05 is May: compare what both give */
        size_t n = strlen(f->until);
        if (strncmp(f->since, f->until, n) > 0) {
            cg_error_set(err, NULL, 0, 0, "since %s is after until %s: no letter can be in both",
                         f->since, f->until);
            return CG_ERR_USAGE;
        }
    }
    if (f->senders && (st = check_senders(f->senders, err)) != CG_OK)
        return st;
    if (f->languages && (st = check_languages(f->languages, err)) != CG_OK)
        return st;
    if (f->kinds & ~((1u << CG_KIND_COUNT) - 1)) {
        cg_error_set(err, NULL, 0, 0, "kinds 0x%x: only the bits of the %d kinds are allowed", f->kinds,
                     CG_KIND_COUNT);
        return CG_ERR_USAGE;
    }
    return CG_OK;
}

/* ---- testing letters and citations ------------------------------------ */

/* 1 when a word of the space-separated `have` is in the list `want`. */
static int any_in(const char *have, const char *want)
{
    if (!have)
        return 0;
    for (const char *p = have; *p;) {
        while (*p == ' ')
            p++;
        size_t l = strcspn(p, " ");
        if (l && in_list(want, p, l))
            return 1;
        p += l;
    }
    return 0;
}

static int node_passes(const gnode *n, const cg_filter *f)
{
    if (n->kind != CG_KIND_LETTER)
        return 0;
    if (!f)
        return 1;
    if (f->since || f->until) {
        if (!n->date || !*n->date)
            return 0;
        if (f->since && strcmp(n->date, f->since) < 0)
            return 0;
        if (f->until && strncmp(n->date, f->until, strlen(f->until)) > 0)
            return 0;
    }
    if (f->senders && !any_in(n->sender, f->senders))
        return 0;
    if (f->languages && !any_in(n->language, f->languages))
        return 0;
    return 1;
}

int cg_graph_letter_passes(const cg_graph *g, const cg_filter *f, size_t i)
{
    return i < g->nodes.n && node_passes(g->nodes.v[i], f);
}

static int kind_passes(const gnode *to, unsigned kinds)
{
    if (!kinds || (kinds & CG_KIND_BIT(to->kind)))
        return 1;
    return to->kind == CG_KIND_ARTICLE && (kinds & CG_KIND_BIT(CG_KIND_INSTRUMENT));
}

int cg_graph_citation_passes(const cg_graph *g, const cg_filter *f, size_t i)
{
    if (i >= g->edges.n)
        return 0;
    const gedge *e = g->edges.v[i];
    if (e->kind != CG_EDGE_CITES || !node_passes(g->nodes.v[e->from], f))
        return 0;
    return !f || kind_passes(g->nodes.v[e->to], f->kinds);
}

/* ---- the part of a graph a filter selects ------------------------------ */

/* A copy of what the attribute table holds (what a GraphML file keeps):
 * the fields the writers know.  Scalars are copied, strings duplicated. */
static void copy_attrs(void *dst, const void *src, const cg_attr *attrs, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const cg_attr *a = &attrs[k];
        char *d = (char *)dst + a->off;
        const char *s = (const char *)src + a->off;
        switch (a->type) {
        case AT_STR:
        case AT_LIST: {
            const char *v = *(char *const *)s;
            *(char **)d = v ? cg_xstrdup(v) : NULL;
            break;
        }
        case AT_LONG: memcpy(d, s, sizeof(long)); break;
        case AT_DOUBLE: memcpy(d, s, sizeof(double)); break;
        case AT_BOOL: memcpy(d, s, sizeof(int)); break;
        case AT_KIND: memcpy(d, s, sizeof(cg_kind)); break;
        case AT_EKIND: memcpy(d, s, sizeof(cg_edge_kind)); break;
        }
    }
}

/* The mentions of e into c, their strings interned in h (the files keep
 * their ranks: h has g's files in the same order). */
static void copy_mentions(cg_graph *h, gedge *c, const cg_graph *g, const gedge *e)
{
    c->nm = c->capm = e->nm;
    c->m = e->nm ? cg_xmalloc(e->nm * sizeof *c->m) : NULL;
    for (size_t k = 0; k < e->nm; k++) {
        gmention m = e->m[k];
        m.form = cg_strtab_intern(&h->strs, cg_strtab_get(&g->strs, m.form));
        if (m.sentence != UINT32_MAX)
            m.sentence = cg_strtab_intern(&h->strs, cg_strtab_get(&g->strs, m.sentence));
        c->m[k] = m;
    }
}

cg_status cg_graph_filter(cg_graph **out, const cg_graph *g, const cg_filter *f, cg_error *err)
{
    *out = NULL;
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    cg_status st = cg_filter_check(f, err);
    if (st != CG_OK)
        return st;
    size_t nn = g->nodes.n, ne = g->edges.n;
    unsigned char *keepn = cg_xcalloc(nn ? nn : 1, 1), *keepe = cg_xcalloc(ne ? ne : 1, 1);
    for (size_t k = 0; k < ne; k++)
        if (cg_graph_citation_passes(g, f, k)) {
            const gedge *e = g->edges.v[k];
            keepe[k] = 1;
            keepn[e->from] = keepn[e->to] = 1;
        }
    if (!f || !f->kinds)
        for (size_t k = 0; k < nn; k++) {
            const gnode *n = g->nodes.v[k];
            if (n->in_corpus && node_passes(n, f))
                keepn[k] = 1;
        }
    /* an article kept keeps its instrument (part-of edges go article ->
     * instrument; an instrument is never an article, so one pass does) */
    for (size_t k = 0; k < ne; k++) {
        const gedge *e = g->edges.v[k];
        if (e->kind == CG_EDGE_PART_OF && keepn[e->from]) {
            keepe[k] = 1;
            keepn[e->to] = 1;
        }
    }
    cg_graph *h = NULL;
    cg_graph_new(&h, err);
    h->evidence = g->evidence;
    h->exact_betweenness = g->exact_betweenness;
    /* the files, in rank order, so that mentions keep their file numbers */
    h->file_of_rank = cg_xmalloc((g->files.n ? g->files.n : 1) * sizeof *h->file_of_rank);
    for (size_t r = 0; r < g->files.n; r++)
        h->file_of_rank[r] = cg_strtab_get(&h->files, cg_strtab_intern(&h->files, g->file_of_rank[r]));
    size_t *map = cg_xmalloc((nn ? nn : 1) * sizeof *map);
    for (size_t k = 0; k < nn; k++) {
        map[k] = CG_NONE;
        if (!keepn[k])
            continue;
        gnode *c = cg_xcalloc(1, sizeof *c);
        copy_attrs(c, g->nodes.v[k], cg_node_attrs, cg_node_attr_count);
        map[k] = h->nodes.n;
        cg_map_put(&h->by_name, c->name, h->nodes.n);
        cg_vec_push(&h->nodes, c);
    }
    for (size_t k = 0; k < ne; k++) {
        if (!keepe[k])
            continue;
        const gedge *e = g->edges.v[k];
        gedge *c = cg_xcalloc(1, sizeof *c);
        copy_attrs(c, e, cg_edge_attrs, cg_edge_attr_count);
        c->from = map[e->from];
        c->to = map[e->to];
        c->echoes = e->echoes;
        copy_mentions(h, c, g, e);
        cg_imap_put(&h->by_pair, cg_graph_pair_key(c->from, c->to, c->kind), h->edges.n);
        cg_vec_push(&h->edges, c);
    }
    cg_free(map);
    cg_free(keepn);
    cg_free(keepe);
    h->finished = 1;
    /* the measures of the selection itself: in-degree, mentions, PageRank,
     * communities and who cites what */
    st = cg_graph_analyse(h, err);
    if (st != CG_OK) {
        cg_graph_free(h);
        return st;
    }
    *out = h;
    return CG_OK;
}
