/* source.c: what the commands that read a graph share: the option groups
 * (where the graph comes from, the filters, the output), opening the graph
 * (-g GRAPH, or PATHs scanned as build scans them) with the filters
 * applied, and node arguments in the words of the letters. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

cli_source_opts cli_src;
cli_filter_opts cli_flt;
int cli_json = 0;
const char *cli_color_when = NULL;

/* ---- the option groups --------------------------------------------------- */

const cli_opt_spec cli_scan_group[] = {
    {CLI_OPT_LIST, "registry", 'r', &cli_src.regs, "FILE",
     "instruments, cases and reporters to add when scanning (JSON, in the layout of "
     "src/data/registry.json; a malformed file is a usage error)",
     NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_VALUE, "manifest", 'm', &cli_src.manifest, "FILE",
     "what a catalogue knows about each file (symbol, date, sender, language; JSON or CSV), "
     "which beats what the letter's header says",
     NULL, 0, NULL, "one manifest at a time", CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_SWITCH, "follow-special", 0, &cli_follow_special, NULL,
     "read FIFOs and devices named as PATHs to their end (else refused; inside folders they are "
     "always skipped)",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_NUMBER, "max-refs", 0, &cli_max_refs, "N",
     "the work limit: the scan of one file stops after N references (default 100000), with a "
     "warning naming the file and line, and the exit code is 1",
     NULL, 1, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

/* build and scan only: the commands that read a graph have a --lang of
 * their own, a filter (cli_filter_group) */
const cli_opt_spec cli_lang_group[] = {
    {CLI_OPT_VALUE, "lang", 0, &cli_lang, "LANG",
     "read every file in this language (its grammar in every paragraph; the letter's language "
     "is it) instead of detecting the language of each document and paragraph "
     "(docs/languages.md)",
     CG_LANGUAGES_READ, 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    CLI_END,
};

const cli_opt_spec cli_graph_group[] = {
    {CLI_OPT_VALUE, "graph", 'g', &cli_src.graph, "GRAPH",
     "the graph to read, as citegraph build writes it (.graphml); without it the PATHs are "
     "scanned",
     NULL, 0, NULL,
     "one graph at a time: to combine two, build one graph from both sets of letters (citegraph "
     "build A/ B/ -o both.graphml)",
     CLI_COMPLETE_GRAPH, 0, NULL},
    {CLI_OPT_GROUP, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0,
     cli_scan_group},
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

/* "--since '2022-13': there is no month 13: ..." from the library's
 * "date '2022-13': there is no month 13: ...". */
static int value_error(const cli_opt_spec *o, const char *v, const char *msg)
{
    char name[64];
    const char *rest = strstr(msg, "': ");
    cg_buf vis = {0};
    cg_buf_put_visible(&vis, v, strlen(v));
    cli_usage("%s '%s': %s", cli_opt_display(o, name, sizeof name), vis.s, rest ? rest + 3 : msg);
    cg_buf_free(&vis);
    return -1;
}

int cli_check_date(const cli_opt_spec *o, const char *v)
{
    cg_filter f = {0};
    f.since = v;
    cg_error err = {0};
    if (cg_filter_check(&f, &err) == CG_OK)
        return 0;
    return value_error(o, v, err.message);
}

/* ISO3 codes in any case: "rus" is RUS. */
static char *upper(const char *v)
{
    char *u = cg_xstrdup(v);
    for (char *p = u; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 32);
    return u;
}

int cli_check_sender(const cli_opt_spec *o, const char *v)
{
    char *u = upper(v);
    cg_filter f = {0};
    f.senders = u;
    cg_error err = {0};
    int bad = strchr(v, ' ') != NULL || cg_filter_check(&f, &err) != CG_OK;
    free(u);
    if (!bad)
        return 0;
    if (!err.message[0])
        snprintf(err.message, sizeof err.message, "sender '': give ISO 3166-1 alpha-3 codes separated by commas");
    return value_error(o, v, err.message);
}

static const char kind_names[] =
    "letter sc-resolution ga-resolution document instrument article title case url";

const cli_opt_spec cli_filter_group[] = {
    {CLI_OPT_VALUE, "since", 0, &cli_flt.since, "DATE",
     "only the citations made by letters dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)",
     NULL, 0, cli_check_date, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_VALUE, "until", 0, &cli_flt.until, "DATE",
     "only the citations made by letters dated on or before DATE (a year or a month includes all "
     "its days)",
     NULL, 0, cli_check_date, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_LIST, "sender", 0, &cli_flt.senders, "ISO3",
     "only the citations made by letters of this State (ISO 3166-1 alpha-3 code in any case: ARM, "
     "aze; a joint letter counts for each of its senders)",
     NULL, 0, cli_check_sender, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_LIST, "kind", 0, &cli_flt.kinds, "KIND",
     "only the citations of nodes of this kind (letter: letters citing letters, the replies; "
     "instrument: with its articles)",
     kind_names, 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_LIST, "lang", 0, &cli_flt.langs, "LANG",
     "only the citations made by letters with a version in this language", "zh en fr es ru ar", 0,
     NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

const char *cli_label_lang = NULL;

static int check_label_lang(const cli_opt_spec *o, const char *v)
{
    if (cg_language_known(v))
        return 0;
    /* "zh, en or fr" */
    char name[64];
    cg_buf codes = {0};
    cg_vec w = {0};
    cg_split(cg_languages(), ' ', &w);
    for (size_t k = 0; k < w.n; k++)
        cg_buf_printf(&codes, "%s%s", k ? (k + 1 == w.n ? " or " : ", ") : "", (const char *)w.v[k]);
    cg_vec_free(&w, free);
    cg_buf vis = {0};
    cg_buf_put_visible(&vis, v, strlen(v));
    cli_usage("%s '%s': labels are given in %s", cli_opt_display(o, name, sizeof name), vis.s, codes.s);
    cg_buf_free(&vis);
    cg_buf_free(&codes);
    return -1;
}

const cli_opt_spec cli_label_group[] = {
    {CLI_OPT_VALUE, "label-lang", 0, &cli_label_lang, "LANG",
     "the language of the labels: registry titles, resolutions, articles and letters (\"Letter "
     "dated 13 September 2022 from Armenia\") as that language writes them; a node it has no "
     "label for keeps its own.  By default each node's label is in the language of the letters "
     "that cite it; cited in several, English, else French, Spanish, Russian, Arabic, Chinese",
     "zh en fr es ru ar", 0, check_label_lang, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

int cli_relabel(cg_graph *g, const cg_registry *reg)
{
    if (!cli_label_lang || !g)
        return EXIT_OK;
    cg_error err = {0};
    if (cg_graph_relabel(g, reg, cli_label_lang, &err) != CG_OK)
        return cli_usage("--label-lang %s", err.message);
    return EXIT_OK;
}

const cli_opt_spec cli_color_group[] = {
    {CLI_OPT_VALUE, "color", 0, &cli_color_when, "WHEN",
     "when to colour the text: auto is on a terminal unless NO_COLOR is set (the default)",
     "auto always never", 0, NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

const cli_opt_spec cli_output_group[] = {
    {CLI_OPT_SWITCH, "json", 0, &cli_json, NULL,
     "one JSON document on standard output instead of text (its schema: "
     "docs/schemas/COMMAND.schema.json)",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_GROUP, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0,
     cli_color_group},
    {CLI_OPT_GROUP, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0,
     cli_label_group},
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

/* ---- filters --------------------------------------------------------------- */

static char *joined_senders, *joined_langs;

static char *join(const cli_list *l, int up)
{
    if (!l->n)
        return NULL;
    cg_buf b = {0};
    for (size_t k = 0; k < l->n; k++) {
        if (up) {
            char *u = upper(l->v[k]);
            cg_buf_printf(&b, "%s%s", k ? " " : "", u);
            free(u);
        } else {
            cg_buf_printf(&b, "%s%s", k ? " " : "", l->v[k]);
        }
    }
    return cg_buf_take(&b);
}

int cli_filter_make(cg_filter *f)
{
    memset(f, 0, sizeof *f);
    f->since = cli_flt.since;
    f->until = cli_flt.until;
    free(joined_senders);
    free(joined_langs);
    f->senders = joined_senders = join(&cli_flt.senders, 1);
    f->languages = joined_langs = join(&cli_flt.langs, 0);
    for (size_t k = 0; k < cli_flt.kinds.n; k++) {
        cg_kind kind;
        if (cg_kind_parse(&kind, cli_flt.kinds.v[k]) == 0)
            f->kinds |= CG_KIND_BIT(kind);
    }
    cg_error err = {0};
    if (cg_filter_check(f, &err) != CG_OK)
        return cli_usage("%s", err.message);
    return EXIT_OK;
}

void cli_filter_free(cg_filter *f)
{
    free(joined_senders);
    free(joined_langs);
    joined_senders = joined_langs = NULL;
    memset(f, 0, sizeof *f);
}

const char *cli_filter_words(void)
{
    static cg_buf b;
    cg_buf_free(&b);
    cg_buf_puts(&b, "");
    if (cli_flt.since)
        cg_buf_printf(&b, "%s--since %s", b.len ? " " : "", cli_flt.since);
    if (cli_flt.until)
        cg_buf_printf(&b, "%s--until %s", b.len ? " " : "", cli_flt.until);
    const cli_list *lists[3] = {&cli_flt.senders, &cli_flt.kinds, &cli_flt.langs};
    const char *names[3] = {"--sender", "--kind", "--lang"};
    for (int l = 0; l < 3; l++)
        if (lists[l]->n) {
            cg_buf_printf(&b, "%s%s ", b.len ? " " : "", names[l]);
            for (size_t k = 0; k < lists[l]->n; k++)
                cg_buf_printf(&b, "%s%s", k ? "," : "", lists[l]->v[k]);
        }
    return b.s;
}

json_t *cli_filter_json(const cg_filter *f)
{
    json_t *o = json_object();
    json_object_set_new(o, "since", cli_json_str(f->since));
    json_object_set_new(o, "until", cli_json_str(f->until));
    json_object_set_new(o, "senders", cli_json_words(f->senders));
    json_object_set_new(o, "languages", cli_json_words(f->languages));
    json_t *kinds = json_array();
    for (int k = 0; k < CG_KIND_COUNT; k++)
        if (f->kinds & CG_KIND_BIT(k))
            json_array_append_new(kinds, json_string(cg_kind_name((cg_kind)k)));
    json_object_set_new(o, "kinds", kinds);
    return o;
}

/* "ARM 3, AZE 2" and the range of dates of the corpus letters. */
static void corpus_words(const cg_graph *g, cg_buf *b)
{
    cg_map senders = {0}, langs = {0};
    const char *first = NULL, *last = NULL;
    size_t letters = 0;
    for (size_t k = 0; k < cg_graph_node_count(g); k++) {
        cg_node_view v;
        cg_graph_node_view(g, k, &v);
        if (v.kind != CG_KIND_LETTER || !v.in_corpus)
            continue;
        letters++;
        cg_vec w = {0};
        cg_split(v.sender ? v.sender : "?", ' ', &w);
        for (size_t q = 0; q < w.n; q++) {
            size_t c = 0;
            cg_map_get(&senders, w.v[q], &c);
            cg_map_put(&senders, w.v[q], c + 1);
        }
        cg_vec_free(&w, free);
        cg_split(v.languages ? v.languages : "", ' ', &w);
        for (size_t q = 0; q < w.n; q++)
            cg_map_put(&langs, w.v[q], 1);
        cg_vec_free(&w, free);
        if (v.date && (!first || strcmp(v.date, first) < 0))
            first = v.date;
        if (v.date && (!last || strcmp(v.date, last) > 0))
            last = v.date;
    }
    cg_buf_printf(b, "its %zu letter%s are from ", letters, letters == 1 ? "" : "s");
    cg_vec keys = {0};
    for (size_t k = 0; k < senders.cap; k++)
        if (senders.keys[k])
            cg_vec_push(&keys, cg_xstrdup(senders.keys[k]));
    cg_sort(keys.v, keys.n, sizeof *keys.v, cg_cmp_str);
    for (size_t k = 0; k < keys.n && k < 12; k++) {
        size_t c = 0;
        cg_map_get(&senders, keys.v[k], &c);
        cg_buf_printf(b, "%s%s %zu", k ? ", " : "", (char *)keys.v[k], c);
    }
    if (keys.n > 12)
        cg_buf_printf(b, " and %zu more", keys.n - 12);
    cg_vec_free(&keys, free);
    if (first)
        cg_buf_printf(b, ", dated %s to %s", first, last);
    cg_vec lk = {0};
    for (size_t k = 0; k < langs.cap; k++)
        if (langs.keys[k])
            cg_vec_push(&lk, cg_xstrdup(langs.keys[k]));
    cg_sort(lk.v, lk.n, sizeof *lk.v, cg_cmp_str);
    for (size_t k = 0; k < lk.n; k++)
        cg_buf_printf(b, "%s%s", k ? " " : ", in ", (char *)lk.v[k]);
    cg_vec_free(&lk, free);
    cg_map_free(&senders);
    cg_map_free(&langs);
}

void cli_filter_note(const cli_graph *cg)
{
    if (cg_filter_is_empty(&cg->filter))
        return;
    const cg_graph *g = cg->full;
    size_t letters = 0, citations = 0;
    for (size_t k = 0; k < cg_graph_node_count(g); k++) {
        cg_node_view v;
        cg_graph_node_view(g, k, &v);
        if (v.in_corpus && cg_graph_letter_passes(g, &cg->filter, k))
            letters++;
    }
    for (size_t k = 0; k < cg_graph_edge_count(g); k++)
        if (cg_graph_citation_passes(g, &cg->filter, k))
            citations++;
    if (letters && (citations || !cg->filter.kinds))
        return;
    cg_buf b = {0};
    if (!letters)
        cg_buf_printf(&b, "warning: no letter of the graph passes %s: ", cli_filter_words());
    else
        cg_buf_printf(&b, "warning: the %zu letter%s that pass %s cite nothing of that kind: ", letters,
                      letters == 1 ? "" : "s", cli_filter_words());
    corpus_words(g, &b);
    cli_errorf("%s", b.s);
    cg_buf_free(&b);
}

/* ---- opening the graph ------------------------------------------------------ */

static int has_ext(const char *path, const char *const *exts)
{
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, '/'))
        return 0;
    for (size_t k = 0; exts[k]; k++)
        if (strcasecmp(dot, exts[k]) == 0)
            return 1;
    return 0;
}

static int load(cg_graph **out, const char *path)
{
    static const char *const exports[] = {".gexf", ".json", ".jsonl", ".csv", ".dot", ".gv", NULL};
    static const char *const letters[] = {".txt", ".md", ".markdown", ".text", ".html", ".htm", NULL};
    const char *cmd = cli_current ? cli_current->name : "query";
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT)
            cli_errorf("%s: no such file: -g takes a graph written by citegraph build (citegraph "
                       "build LETTERS/ -o %s)",
                       path, path);
        else
            cli_errorf("%s: cannot read it: %s", path, strerror(errno));
        return EXIT_INPUT;
    }
    if (S_ISDIR(st.st_mode)) {
        cli_errorf("%s: is a folder: -g takes a graph file; to scan the letters in it, give it as a "
                   "PATH (citegraph %s %s)",
                   path, cmd, path);
        return EXIT_INPUT;
    }
    if (has_ext(path, exports)) {
        cli_errorf("%s: -g reads GraphML, as citegraph build writes it (.graphml), not the other "
                   "formats: give the .graphml it was exported from, or the letters as PATHs",
                   path);
        return EXIT_INPUT;
    }
    cg_error err = {0};
    if (cg_graph_load_graphml(out, path, &err) == CG_OK) {
        cg_graph_set_threads(*out, cli_threads());
        return EXIT_OK;
    }
    if (has_ext(path, letters) || (err.line <= 1 && strstr(err.message, "not readable GraphML"))) {
        cli_errorf("%s: not a graph (not GraphML)%s", path,
                   has_ext(path, letters) ? ": to read a letter, give it as a PATH without -g" : "");
    } else {
        /* what the reader says, without the parser's own line end */
        size_t l = strlen(err.message);
        while (l >= 2 && strcmp(err.message + l - 2, "\\n") == 0)
            err.message[l -= 2] = '\0';
        cli_error(&err);
    }
    return EXIT_INPUT;
}

int cli_graph_open(cli_graph *cg, const char *const *paths, size_t npaths, int filtered)
{
    memset(cg, 0, sizeof *cg);
    if (cli_src.graph && npaths) {
        cg_buf vis = {0};
        cg_buf_put_visible(&vis, paths[0], strlen(paths[0]));
        int rc = cli_usage("give -g GRAPH or PATHs of letters to scan, not both ('%s' is not an "
                           "option of -g)",
                           vis.s);
        cg_buf_free(&vis);
        return rc;
    }
    if (!cli_src.graph && !npaths)
        return cli_usage("which graph? give -g GRAPH (written by citegraph build -o GRAPH.graphml) "
                         "or PATHs of letters to scan");
    int rc = cli_filter_make(&cg->filter);
    if (rc != EXIT_OK)
        return rc;
    if ((rc = cli_registry(&cg->reg, cli_src.regs.v, cli_src.regs.n)) != EXIT_OK)
        return rc;
    if (cli_src.graph) {
        if ((rc = load(&cg->full, cli_src.graph)) != EXIT_OK)
            return rc;
    } else {
        cg_manifest *manifest = NULL;
        if ((rc = cli_manifest(&manifest, cli_src.manifest)) != EXIT_OK)
            return rc;
        cli_files files = {0};
        cli_collect(&files, paths, npaths, &cg->problems);
        cg->problems += cli_scan_into(&cg->full, cg->reg, manifest, &files, 0);
        cli_files_free(&files);
        cg_manifest_free(manifest);
    }
    if ((rc = cli_relabel(cg->full, cg->reg)) != EXIT_OK)
        return rc;
    cg->g = cg->full;
    if (filtered && !cg_filter_is_empty(&cg->filter)) {
        cg_error err = {0};
        if (cg_graph_filter(&cg->g, cg->full, &cg->filter, &err) != CG_OK) {
            cg->g = cg->full;
            cli_error(&err);
            return EXIT_INPUT;
        }
    }
    cli_filter_note(cg);
    return EXIT_OK;
}

/* A graph the command is done with, just before the process exits: freeing
 * a large one takes as long as a fair part of building it (every string of
 * every node and edge), and the system takes it back whole at exit.  It is
 * kept reachable (so memory checkers count it as in use, not lost); builds
 * with CITEGRAPH_FREE_AT_EXIT (the sanitizer builds) free it. */
void cli_graph_release(cg_graph *g)
{
#ifdef CITEGRAPH_FREE_AT_EXIT
    cg_graph_free(g);
#else
    static cg_graph *volatile kept[4]; /* volatile: stores the compiler must keep */
    static size_t nkept;
    if (!g)
        return;
    if (nkept < sizeof kept / sizeof kept[0])
        kept[nkept++] = g;
    else
        cg_graph_free(g);
#endif
}

void cli_graph_close(cli_graph *cg)
{
    if (cg->g != cg->full)
        cli_graph_release(cg->g);
    cli_graph_release(cg->full);
    cg_registry_free(cg->reg);
    cli_filter_free(&cg->filter);
    memset(cg, 0, sizeof *cg);
}

/* ---- nodes in the words of the letters --------------------------------------- */

typedef struct scored {
    size_t node;
    long in_degree;
} scored;

static int cmp_scored(const void *a, const void *b)
{
    const scored *x = a, *y = b;
    if (x->in_degree != y->in_degree)
        return x->in_degree > y->in_degree ? -1 : 1;
    return x->node < y->node ? -1 : x->node > y->node;
}

/* Up to max nodes close to text: those holding the most of its words
 * (when it has several), the most cited first; then the closest
 * identifiers. */
static size_t suggestions(const cli_graph *cg, const char *text, const char **out, size_t max)
{
    size_t n = 0;
    cg_vec words = {0};
    cg_split(text, ' ', &words);
    if (words.n > 1) {
        size_t nn = cg_graph_node_count(cg->full), best = 0;
        size_t *score = cg_xcalloc(nn ? nn : 1, sizeof *score);
        for (size_t w = 0; w < words.n; w++) {
            size_t *hits = NULL;
            size_t nh = cg_graph_search(&hits, cg->full, cg->reg, words.v[w]);
            for (size_t k = 0; k < nh; k++)
                if (++score[hits[k]] > best)
                    best = score[hits[k]];
            free(hits);
        }
        scored *c = cg_xmalloc((nn ? nn : 1) * sizeof *c);
        size_t nc = 0;
        for (size_t k = 0; best && k < nn; k++)
            if (score[k] == best) {
                cg_node_view v;
                cg_graph_node_view(cg->full, k, &v);
                c[nc].node = k;
                c[nc].in_degree = v.in_degree;
                nc++;
            }
        cg_sort(c, nc, sizeof *c, cmp_scored);
        for (size_t k = 0; k < nc && n < max; k++) {
            cg_node_view v;
            cg_graph_node_view(cg->full, c[k].node, &v);
            out[n++] = v.name;
        }
        free(c);
        free(score);
    }
    cg_vec_free(&words, free);
    if (n < max) {
        const char *sug[8];
        size_t m = cg_graph_suggest(cg->full, text, sug, max - n < 8 ? max - n : 8);
        for (size_t k = 0; k < m; k++) {
            size_t q = 0;
            while (q < n && strcmp(out[q], sug[k]) != 0)
                q++;
            if (q == n)
                out[n++] = sug[k];
        }
    }
    return n;
}

size_t cli_node(const cli_graph *cg, const char *text)
{
    cg_match how;
    char *ref = NULL;
    size_t ix = cg_graph_resolve(&how, &ref, cg->full, cg->reg, text);
    if (ix != CG_NONE)
        return ix;
    const char *cmd = cli_current ? cli_current->name : "query";
    cg_buf vis = {0}, b = {0};
    cg_buf_put_visible(&vis, text, strlen(text));
    if (how == CG_MATCH_AMBIGUOUS) {
        size_t *hits = NULL;
        size_t n = cg_graph_search(&hits, cg->full, cg->reg, text);
        cg_buf_printf(&b, "%s: '%s' names %zu nodes: ", cmd, vis.s, n);
        for (size_t k = 0; k < n && k < 4; k++) {
            cg_node_view v;
            cg_graph_node_view(cg->full, hits[k], &v);
            cg_buf_printf(&b, "%s%s", k ? ", " : "", v.name);
        }
        cg_buf_printf(&b, "%s: give one of their ids (citegraph find %s lists them)",
                      n > 4 ? ", …" : "", vis.s);
        free(hits);
    } else {
        const char *sug[8];
        size_t n = suggestions(cg, ref ? ref : text, sug, 4);
        if (ref)
            cg_buf_printf(&b, "%s: '%s' reads as %s, which no letter of the graph cites", cmd, vis.s,
                          ref);
        else
            cg_buf_printf(&b, "%s: no node '%s' in the graph", cmd, vis.s);
        for (size_t k = 0; k < n; k++)
            cg_buf_printf(&b, "%s%s", k ? ", " : ": did you mean ", sug[k]);
        if (n)
            cg_buf_puts(&b, "?");
        if (!ref)
            cg_buf_puts(&b, " (citegraph find WORDS searches ids, labels and titles)");
    }
    cli_errorf("%s", b.s);
    cg_buf_free(&b);
    cg_buf_free(&vis);
    free(ref);
    return CG_NONE;
}

size_t cli_node_in_filtered(const cli_graph *cg, size_t full_ix)
{
    if (cg->g == cg->full)
        return full_ix;
    cg_node_view v;
    if (cg_graph_node_view(cg->full, full_ix, &v) != 0)
        return CG_NONE;
    return cg_graph_find(cg->g, v.name);
}
