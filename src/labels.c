/* labels.c: the labels of a graph's nodes: short enough to show, in one
 * language (cg_graph_relabel).
 *
 * A node's label is made when the letter that first cites it is scanned,
 * in that letter's language; a letter's own label is made from its date
 * and senders ("Letter dated 13 September 2022 from Armenia",
 * "2022年9月13日亚美尼亚的信"), its full title kept in `title`.  A label
 * wider than CG_LABEL_WIDTH columns is cut at a word and ends with "…";
 * the whole of it is the node's `title`.
 *
 * Relabelling gives every node the label the chosen language has for it
 * (cg_label_in: a registry entry's title in that language, an article's
 * from its instrument's, a resolution's in the language's format; a
 * letter's from its date and senders); a node the language gives nothing
 * for keeps its own. */
#define _GNU_SOURCE /* memmem */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "lang/lang.h"
#include "tables.h"
#include "validate.h"
#include "writers.h"

/* The names of the State `iso3` in `lang` ('\n' between them), or NULL. */
static const char *state_names(const char *iso3, size_t n, int lang)
{
    long k = cg_state_index(iso3, n);
    return k < 0 ? NULL : cg_tstate_names[(size_t)k * CG_LANG_COUNT + (size_t)lang];
}

/* The name a label gives a State: the longest of its names the letter's
 * title uses, with the article the title puts before it ("the Russian
 * Federation"), else its first name. */
static void put_state(cg_buf *b, const char *names, const char *title, const cg_labels *L)
{
    const char *best = names, *best_at = NULL;
    size_t best_len = strcspn(names, "\n");
    size_t found_len = 0;
    for (const char *p = names; *p;) {
        size_t l = strcspn(p, "\n");
        /* (only where the language puts an article before some names: the
         * other names of the other languages are forms of running text,
         * "de l'Azerbaïdjan") */
        const char *at = title && l && L->state_article ? memmem(title, strlen(title), p, l) : NULL;
        if (at && l > found_len) {
            best = p, best_len = l, best_at = at, found_len = l;
        }
        p += l;
        if (*p == '\n')
            p++;
    }
    const char *art = L->state_article;
    if (best_at && art) {
        size_t al = strlen(art);
        if ((size_t)(best_at - title) >= al && cg_strncaseeq(best_at - al, art, al) &&
            (best_at - title == (ptrdiff_t)al || best_at[-(ptrdiff_t)al - 1] == ' '))
            cg_buf_puts(b, art);
    }
    cg_buf_add(b, best, best_len);
}

/* The form a title says it is, in any language: "Note verbale dated ...",
 * "...的同文信". */
static cg_letter_form title_form(const char *title)
{
    if (!title)
        return CG_LETTER;
    size_t tl = strlen(title);
    while (tl && title[tl - 1] == ' ')
        tl--;
    for (int l = 0; l < CG_LANG_COUNT; l++)
        for (int f = CG_LETTER_IDENTICAL; f <= CG_LETTER_NOTE; f++) {
            const char *key = cg_langs[l]->labels.letter_key[f];
            size_t kl = key ? strlen(key) : 0;
            if (!kl || kl > tl)
                continue;
            if (cg_langs[l]->order == CG_ORDER_HEAD_FIRST ? cg_strncaseeq(title, key, kl)
                                                          : memcmp(title + tl - kl, key, kl) == 0)
                return (cg_letter_form)f;
        }
    return CG_LETTER;
}

/* date is DDDD-DD-DD, ten bytes, digits and two hyphens. */
static int iso_digits(const char *date)
{
    for (int k = 0; k < 10; k++)
        if (k == 4 || k == 7 ? date[k] != '-' : !(date[k] >= '0' && date[k] <= '9'))
            return 0;
    return 1;
}

char *cg_letter_label(const char *date, const char *senders, const char *title, int lang)
{
    if (lang < 0 || lang >= CG_LANG_COUNT || !date || !senders || !*senders)
        return NULL;
    const cg_labels *L = &cg_langs[lang]->labels;
    cg_letter_form form = title_form(title);
    int y, m, d;
    char tail;
    if (!L->letter[form] || !L->date || strlen(date) != 10)
        return NULL;
    if (iso_digits(date)) { /* what sscanf reads of it, read by hand */
        y = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
        m = (date[5] - '0') * 10 + (date[6] - '0');
        d = (date[8] - '0') * 10 + (date[9] - '0');
    } else if (sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) {
        return NULL;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || !L->months[m - 1])
        return NULL;
    /* "Armenia", "Armenia and France", "Armenia, France and Georgia" */
    const char *names[16];
    size_t nn = 0;
    for (const char *p = senders; *p;) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if (e > p) {
            const char *n = state_names(p, (size_t)(e - p), lang);
            if (!n || nn == sizeof names / sizeof names[0])
                return NULL; /* a sender without a name in this language: no label from here */
            names[nn++] = n;
        }
        p = e;
    }
    if (!nn)
        return NULL;
    cg_buf who = {0};
    for (size_t k = 0; k < nn; k++) {
        if (k)
            cg_buf_puts(&who, k + 1 == nn ? L->list_and : L->list_sep);
        put_state(&who, names[k], title, L);
    }
    /* the formats filled without printf where they can be (cg_lang_format) */
    const char *dfmt = d == 1 && L->date_first ? L->date_first : L->date;
    char when[256], buf[1024];
    const cg_farg dargs[] = {{NULL, d}, {L->months[m - 1], 0}, {NULL, y}};
    if (cg_lang_format(when, sizeof when, dfmt, dargs, 3) == (size_t)-1) {
        char *w = cg_xsprintf(dfmt, d, L->months[m - 1], y);
        size_t wl = strlen(w);
        if (wl >= sizeof when) { /* (a date is short) */
            char *label = cg_xsprintf(L->letter[form], w, who.s);
            cg_free(w);
            cg_buf_free(&who);
            return label;
        }
        memcpy(when, w, wl + 1);
        cg_free(w);
    }
    const cg_farg largs[] = {{when, 0}, {who.s, 0}};
    size_t ll = cg_lang_format(buf, sizeof buf, L->letter[form], largs, 2);
    char *label = ll == (size_t)-1 ? cg_xsprintf(L->letter[form], when, who.s) : cg_xstrndup(buf, ll);
    cg_buf_free(&who);
    return label;
}

void cg_label_fit_part(char **label, char **title, const char *part)
{
    const char *at = *label && part && *part ? strstr(*label, part) : NULL;
    size_t full = *label ? cg_utf8_width(*label) : 0;
    if (!at || full <= CG_LABEL_WIDTH) {
        cg_label_fit(label, title);
        return;
    }
    /* "Geneva Convention relative to the Treatment…, Article 3": the rest
     * is kept whole, the part cut to what is left */
    size_t pw = cg_utf8_width(part), rest = full - pw;
    char *cut = rest + 12 <= CG_LABEL_WIDTH ? cg_utf8_shorten(part, CG_LABEL_WIDTH - rest) : NULL;
    if (!cut) {
        cg_label_fit(label, title);
        return;
    }
    char *l = cg_xsprintf("%.*s%s%s", (int)(at - *label), *label, cut, at + strlen(part));
    cg_free(cut);
    if (!*title)
        *title = *label;
    else
        cg_free(*label);
    *label = l;
}

void cg_label_fit(char **label, char **title)
{
    char *cut = *label ? cg_utf8_shorten(*label, CG_LABEL_WIDTH) : NULL;
    if (!cut)
        return;
    if (!*title)
        *title = *label;
    else
        cg_free(*label);
    *label = cut;
}

int cg_language_known(const char *code)
{
    return code && cg_lang_find(code) >= 0;
}

const char *cg_languages(void)
{
    static char codes[CG_LANG_COUNT * 3 + 1];
    if (!codes[0]) {
        size_t at = 0;
        for (int l = 0; l < CG_LANG_COUNT; l++)
            at += (size_t)snprintf(codes + at, sizeof codes - at, "%s%s", l ? " " : "", cg_langs[l]->code);
    }
    return codes;
}

cg_status cg_graph_relabel(cg_graph *g, const cg_registry *reg, const char *language, cg_error *err)
{
    int lang = cg_lang_find(language);
    if (lang < 0) {
        cg_buf codes = {0};
        for (int l = 0; l < CG_LANG_COUNT; l++)
            cg_buf_printf(&codes, "%s%s", l ? (l + 1 == CG_LANG_COUNT ? " or " : ", ") : "",
                          cg_langs[l]->code);
        cg_error_set(err, NULL, 0, 0, "language '%s': labels are given in %s", language ? language : "",
                     codes.s);
        cg_buf_free(&codes);
        return CG_ERR_USAGE;
    }
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "the graph is relabelled once it is finished (cg_graph_finish)");
        return CG_ERR_USAGE;
    }
    for (size_t k = 0; k < g->nodes.n; k++) {
        gnode *n = g->nodes.v[k];
        char *l = n->kind == CG_KIND_LETTER ? cg_letter_label(n->date, n->sender, n->title, lang)
                                            : cg_label_in(reg, n->name, n->kind, n->parent, lang);
        if (!l)
            continue;
        cg_free(n->label);
        n->label = l;
        if (n->kind != CG_KIND_LETTER) {
            /* a node's title is its whole label: the new one's */
            cg_free(n->title);
            n->title = NULL;
        }
        if (n->kind == CG_KIND_ARTICLE && n->parent) {
            char *whole = cg_label_in(reg, n->parent, CG_KIND_INSTRUMENT, NULL, lang);
            cg_label_fit_part(&n->label, &n->title, whole);
            cg_free(whole);
        } else {
            cg_label_fit(&n->label, &n->title);
        }
    }
    return CG_OK;
}
