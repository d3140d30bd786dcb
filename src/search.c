/* search.c: finding nodes in the words of the letters: by words of their
 * identifiers, labels and titles in any language (cg_graph_search), and the
 * node a user means by any text (cg_graph_resolve): an identifier in any
 * case and spacing, a reference as letters write it (the scanner reads the
 * text), or words. */
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "registry.h"

/* ---- folding ------------------------------------------------------------ */

typedef struct fold_row {
    uint32_t cp;
    const char *to;
} fold_row;

static const fold_row fold_rows[] = {
#include "search_fold.inc"
};

static const char *fold_letter(uint32_t cp)
{
    size_t lo = 0, hi = sizeof fold_rows / sizeof fold_rows[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (fold_rows[mid].cp == cp)
            return fold_rows[mid].to;
        if (fold_rows[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* s with case and accents folded, full-width forms made ASCII, combining
 * marks dropped, runs of white space made one space. */
static void fold_into(cg_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    int space = 0;
    while (n) {
        uint32_t cp;
        size_t l = cg_utf8_decode(p, n, &cp);
        if (!l) {
            l = 1;
            cp = '?';
        }
        p += l;
        n -= l;
        if (cp >= 0xFF01 && cp <= 0xFF5E)
            cp -= 0xFEE0; /* full-width ASCII */
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 || cp == 0xA0) {
            space = 1;
            continue;
        }
        if (cp >= 0x300 && cp <= 0x36F)
            continue;
        if (space && b->len)
            cg_buf_putc(b, ' ');
        space = 0;
        if (cp >= 'A' && cp <= 'Z') {
            cg_buf_putc(b, (char)(cp + 32));
            continue;
        }
        const char *f = cp >= 0xC0 ? fold_letter(cp) : NULL;
        if (f) {
            cg_buf_puts(b, f);
            continue;
        }
        char enc[4];
        cg_buf_add(b, enc, cg_utf8_encode(cp, enc));
    }
}

static char *fold(const char *s)
{
    cg_buf b = {0};
    fold_into(&b, s);
    return b.s ? cg_buf_take(&b) : cg_xstrdup("");
}

/* A character that is part of a word written with spaces: ASCII letters
 * and digits, and letters of other alphabets (not CJK, not punctuation). */
static int word_char(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cg_is_cjk(cp))
        return 0;
    return cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F);
}

/* The code point that ends before hay + at. */
static uint32_t before(const char *hay, size_t at)
{
    if (!at)
        return ' ';
    size_t k = at - 1;
    while (k > 0 && ((unsigned char)hay[k] & 0xC0) == 0x80)
        k--;
    uint32_t cp;
    if (!cg_utf8_decode((const unsigned char *)hay + k, at - k, &cp))
        return '?';
    return cp;
}

/* The code point at s (' ' at the end). */
static uint32_t next(const char *s)
{
    uint32_t cp;
    size_t n = strlen(s);
    if (!n)
        return ' ';
    if (!cg_utf8_decode((const unsigned char *)s, n < 4 ? n : 4, &cp))
        return '?';
    return cp;
}

static int has_cjk(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    while (n) {
        uint32_t cp;
        size_t l = cg_utf8_decode(p, n, &cp);
        if (!l)
            l = 1;
        else if (cg_is_cjk(cp))
            return 1;
        p += l;
        n -= l;
    }
    return 0;
}

/* 1 when the folded word w is in the folded text: as a substring when it
 * holds CJK, else at the start of a word ("res" is in "s/res/822(1993)",
 * "charter" in "charter of the united nations", "art" not in "start"), and
 * with `whole` at its end too. */
static int word_in(const char *text, const char *w, int cjk, int whole)
{
    size_t wl = strlen(w);
    if (!wl)
        return 1;
    if (cjk)
        return strstr(text, w) != NULL;
    for (const char *p = text; (p = strstr(p, w)) != NULL; p++) {
        int starts = !word_char(before(text, (size_t)(p - text))) || !word_char((unsigned char)w[0]);
        /* whole: the word ends there too ("a/75/37" is not in "a/75/379") */
        int ends = !whole || !word_char(before(w, wl)) || !p[wl] || !word_char(next(p + wl));
        if (starts && ends)
            return 1;
    }
    return 0;
}

/* ---- search --------------------------------------------------------------- */

/* The words of a query, folded. */
static void query_words(const char *words, cg_vec *out)
{
    char *f = fold(words);
    cg_split(f, ' ', out);
    cg_free(f);
}

/* Everything a node is known by, folded, "\x1f"-separated. */
static char *node_text(const gnode *n, const cg_map *entries, const cg_registry *reg)
{
    cg_buf b = {0};
    const char *fields[] = {n->name, n->symbols, n->label, n->title};
    for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++)
        if (fields[k]) {
            fold_into(&b, fields[k]);
            cg_buf_putc(&b, '\x1f');
        }
    size_t ix;
    if (reg && cg_map_get(entries, n->name, &ix)) {
        const cg_entry *e = cg_registry_entry(reg, ix);
        for (size_t l = 0; l < sizeof e->label / sizeof e->label[0]; l++)
            if (e->label[l]) {
                fold_into(&b, e->label[l]);
                cg_buf_putc(&b, '\x1f');
            }
    }
    return b.s ? cg_buf_take(&b) : cg_xstrdup("");
}

/* Registry entry ids -> index (a user's entry after a built-in one with
 * the same id replaces it). */
static void entry_map(const cg_registry *reg, cg_map *m)
{
    if (!reg)
        return;
    size_t n = cg_registry_entry_count(reg);
    for (size_t k = 0; k < n; k++) {
        const cg_entry *e = cg_registry_entry(reg, k);
        if (e && e->id)
            cg_map_put(m, e->id, k);
    }
}

typedef struct hit {
    size_t node;
    long in_degree;
    const char *name;
} hit;

static int cmp_hit(const void *a, const void *b)
{
    const hit *x = a, *y = b;
    if (x->in_degree != y->in_degree)
        return x->in_degree > y->in_degree ? -1 : 1;
    return strcmp(x->name, y->name);
}

static size_t search(size_t **out, const cg_graph *g, const cg_registry *reg, const char *words,
                     int whole)
{
    cg_vec w = {0};
    query_words(words ? words : "", &w);
    *out = cg_xmalloc((g->nodes.n ? g->nodes.n : 1) * sizeof **out);
    if (!w.n) {
        cg_vec_free(&w, cg_free);
        return 0;
    }
    int *cjk = cg_xmalloc(w.n * sizeof *cjk);
    for (size_t k = 0; k < w.n; k++)
        cjk[k] = has_cjk(w.v[k]);
    cg_map entries = {0};
    entry_map(reg, &entries);
    hit *hits = cg_xmalloc((g->nodes.n ? g->nodes.n : 1) * sizeof *hits);
    size_t nh = 0;
    for (size_t k = 0; k < g->nodes.n; k++) {
        const gnode *n = g->nodes.v[k];
        char *text = node_text(n, &entries, reg);
        int all = 1;
        for (size_t q = 0; q < w.n && all; q++)
            all = word_in(text, w.v[q], cjk[q], whole);
        cg_free(text);
        if (all) {
            hits[nh].node = k;
            hits[nh].in_degree = n->in_degree;
            hits[nh].name = n->name;
            nh++;
        }
    }
    cg_sort(hits, nh, sizeof *hits, cmp_hit);
    for (size_t k = 0; k < nh; k++)
        (*out)[k] = hits[k].node;
    cg_free(hits);
    cg_free(cjk);
    cg_map_free(&entries);
    cg_vec_free(&w, cg_free);
    return nh;
}

size_t cg_graph_search(size_t **out, const cg_graph *g, const cg_registry *reg, const char *words)
{
    return search(out, g, reg, words, 0);
}

/* ---- resolving what a user means ----------------------------------------- */

/* An identifier without white space, ASCII folded: "s/res/822 (1993)" and
 * "S/RES/822(1993)" are the same. */
static char *id_key(const char *s, size_t n)
{
    char *k = cg_xmalloc(n + 1);
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        k[w++] = c;
    }
    k[w] = '\0';
    return k;
}

static size_t find_folded(const cg_graph *g, const char *text)
{
    char *want = id_key(text, strlen(text));
    size_t found = CG_NONE;
    for (size_t k = 0; k < g->nodes.n && found == CG_NONE; k++) {
        const gnode *n = g->nodes.v[k];
        char *have = id_key(n->name, strlen(n->name));
        if (strcmp(have, want) == 0)
            found = k;
        cg_free(have);
        for (const char *p = n->symbols; p && *p && found == CG_NONE;) {
            size_t l = strcspn(p, " ");
            char *sym = id_key(p, l);
            if (l && strcmp(sym, want) == 0)
                found = k;
            cg_free(sym);
            p += l;
            while (*p == ' ')
                p++;
        }
    }
    cg_free(want);
    return found;
}

/* The first reference the scanner finds in text that is a node of g; the
 * first one found at all goes to *first (the caller frees it). */
static size_t find_reference(const cg_graph *g, const cg_registry *reg, const char *text,
                             char **first)
{
    cg_document *doc = NULL;
    cg_error err = {0};
    if (cg_document_scan(&doc, reg, "argument", text, strlen(text), &err) != CG_OK)
        return CG_NONE;
    size_t found = CG_NONE;
    for (size_t k = 0; k < cg_document_ref_count(doc) && found == CG_NONE; k++) {
        const cg_ref *r = cg_document_ref(doc, k);
        if (!*first)
            *first = cg_xstrdup(r->target);
        found = cg_graph_find(g, r->target);
        if (found == CG_NONE && r->alias)
            found = cg_graph_find(g, r->alias);
    }
    cg_document_free(doc);
    return found;
}

/* One of several hits the words mean beyond doubt: the only one whose
 * label (or identifier) is the text itself, or an instrument whose
 * articles are the others. */
static size_t choose(const cg_graph *g, const cg_registry *reg, const char *text, const size_t *hits,
                     size_t n)
{
    char *want = fold(text);
    cg_map entries = {0};
    entry_map(reg, &entries);
    size_t exact = CG_NONE, nexact = 0;
    for (size_t k = 0; k < n; k++) {
        const gnode *x = g->nodes.v[hits[k]];
        char *t = node_text(x, &entries, reg);
        /* a whole field equal to the text */
        for (char *p = t; *p;) {
            size_t l = strcspn(p, "\x1f");
            if (l == strlen(want) && memcmp(p, want, l) == 0) {
                if (exact != hits[k])
                    nexact++;
                exact = hits[k];
                break;
            }
            p += l;
            if (*p)
                p++;
        }
        cg_free(t);
    }
    cg_map_free(&entries);
    cg_free(want);
    if (nexact == 1)
        return exact;
    for (size_t k = 0; k < n; k++) {
        const gnode *x = g->nodes.v[hits[k]];
        if (x->kind != CG_KIND_INSTRUMENT)
            continue;
        int articles = 1;
        for (size_t q = 0; q < n && articles; q++) {
            const gnode *y = g->nodes.v[hits[q]];
            if (q != k && !(y->kind == CG_KIND_ARTICLE && y->parent && strcmp(y->parent, x->name) == 0))
                articles = 0;
        }
        if (articles)
            return hits[k];
    }
    return CG_NONE;
}

size_t cg_graph_resolve(cg_match *how, char **reference, const cg_graph *g, const cg_registry *reg,
                        const char *text)
{
    cg_match dummy;
    char *first = NULL;
    if (!how)
        how = &dummy;
    if (reference)
        *reference = NULL;
    *how = CG_MATCH_NONE;
    if (!text || !*text)
        return CG_NONE;
    size_t ix = cg_graph_find(g, text);
    if (ix != CG_NONE) {
        *how = CG_MATCH_ID;
        return ix;
    }
    if ((ix = find_folded(g, text)) != CG_NONE) {
        *how = CG_MATCH_FOLDED;
        return ix;
    }
    if (reg) {
        /* as written; "Charter" alone is a word, "the Charter" a title;
         * 《…》 marks a Chinese title */
        ix = find_reference(g, reg, text, &first);
        if (ix == CG_NONE && !has_cjk(text)) {
            char *t = cg_xsprintf("the %s", text);
            ix = find_reference(g, reg, t, &first);
            cg_free(t);
        }
        if (ix == CG_NONE && has_cjk(text)) {
            char *t = cg_xsprintf("《%s》", text);
            ix = find_reference(g, reg, t, &first);
            cg_free(t);
        }
        if (ix != CG_NONE) {
            cg_free(first);
            *how = CG_MATCH_REFERENCE;
            return ix;
        }
    }
    /* whole words: the node must be named, not only begun ("A/75/37" is
     * not A/75/379) */
    size_t *hits = NULL;
    size_t n = search(&hits, g, reg, text, 1);
    if (n == 1)
        ix = hits[0];
    else if (n > 1)
        ix = choose(g, reg, text, hits, n);
    cg_free(hits);
    if (ix != CG_NONE) {
        cg_free(first);
        *how = CG_MATCH_WORDS;
        return ix;
    }
    if (n > 1)
        *how = CG_MATCH_AMBIGUOUS;
    if (reference)
        *reference = first;
    else
        cg_free(first);
    return CG_NONE;
}
