/* gen_tables.c: builds the static tables (tables.h) at build time.
 *
 *   gen_tables OUT.c registry.json countries.json sc-resolutions.tsv sc-prst.tsv
 *
 * It reads the registry and the States with jansson, checks them (ids,
 * kinds, dates, title collisions, unknown keys: a problem stops the build
 * with FILE: message), takes the words of every language from
 * src/lang/ (one file a language), runs every phrase through the library's own normalizer
 * and lexer, and writes the vocabulary, the trie of phrases and the
 * registry as C arrays.  The two TSV tables (verified data copied from
 * public datasets, docs/sources.md) become the years of Security Council
 * resolutions by number and the dates of presidential statements; they
 * are checked here (sorted, unique, years and dates plausible, a
 * statement dated in its own year) and a problem stops the build with
 * FILE:LINE: message.  The library then does no parsing at start-up,
 * and a phrase is found at run time exactly as it was tokenized here. */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../fold.h"
#include "../kinds.h"
#include "../lang/lang.h"
#include "../lex.h"
#include "../tables.h"
#include "../text.h"
#include "../util.h"

static const char *current_file = "";

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "gen_tables: %s: ", current_file);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* ---- vocabulary ------------------------------------------------------ */

typedef struct vword {
    char *key;
    size_t len;
    uint32_t root; /* trie node of the one-token prefix */
    uint8_t func;  /* CG_LANG_BIT()s of the languages it is a function word of */
} vword;

static vword *words;
static size_t nwords = 1, capwords; /* id 0 unused */
static cg_map vocab;                /* key -> id */

static uint32_t vocab_id(const char *key, size_t len)
{
    char *k = cg_xstrndup(key, len);
    size_t id;
    if (!cg_map_get(&vocab, k, &id)) {
        if (nwords >= capwords)
            words = cg_xrealloc(words, (capwords = capwords ? capwords * 2 : 1024) * sizeof *words);
        id = nwords++;
        words[id].key = cg_xstrdup(k);
        words[id].len = len;
        words[id].root = 0;
        words[id].func = 0;
        cg_map_put(&vocab, k, id);
    }
    free(k);
    return (uint32_t)id;
}

/* ---- the trie -------------------------------------------------------- */

typedef struct tnode {
    uint32_t *cv, *cn; /* children: vid, node */
    size_t nc, capc;
    cg_tpay *pay;
    size_t np, capp;
    uint32_t out; /* index in the output */
} tnode;

static tnode *nodes;
static size_t nnodes = 1, capnodes; /* node 0 unused */

static uint32_t node_new(void)
{
    if (nnodes >= capnodes)
        nodes = cg_xrealloc(nodes, (capnodes = capnodes ? capnodes * 2 : 4096) * sizeof *nodes);
    memset(&nodes[nnodes], 0, sizeof nodes[nnodes]);
    return (uint32_t)nnodes++;
}

static uint32_t child(uint32_t parent, uint32_t vid)
{
    tnode *p = &nodes[parent];
    for (size_t k = 0; k < p->nc; k++)
        if (p->cv[k] == vid)
            return p->cn[k];
    uint32_t c = node_new();
    p = &nodes[parent];
    if (p->nc == p->capc) {
        p->capc = p->capc ? p->capc * 2 : 4;
        p->cv = cg_xrealloc(p->cv, p->capc * sizeof *p->cv);
        p->cn = cg_xrealloc(p->cn, p->capc * sizeof *p->cn);
    }
    p->cv[p->nc] = vid;
    p->cn[p->nc] = c;
    p->nc++;
    return c;
}

static void add_pay(uint32_t node, cg_tpay pay)
{
    tnode *n = &nodes[node];
    for (size_t k = 0; k < n->np; k++) {
        cg_tpay *q = &n->pay[k];
        if (q->role == pay.role && q->value == pay.value && q->flags == pay.flags) {
            q->langs |= pay.langs;
            return;
        }
    }
    if (n->np == n->capp)
        n->pay = cg_xrealloc(n->pay, (n->capp = n->capp ? n->capp * 2 : 2) * sizeof *n->pay);
    n->pay[n->np++] = pay;
}

/* The compounds phrases write with a hyphen between two words
 * ("co-operation", "anti-personnel"), folded: a word cut at a line end
 * after such a hyphen keeps it (scan.c). */
static cg_map hyphened_seen;
static cg_vec hyphened;

/* Tokenizes a phrase as the library tokenizes a letter and files it in
 * the trie with its payload.  Returns the number of tokens. */
/* Each token of a phrase of the data, as the scanner will see it (the
 * clean text, lexed, its key folded): fn(ctx, clean text, token, key). */
typedef void (*token_fn)(void *ctx, const char *s, const cg_token *tk, const char *key, size_t kl);

static void each_token(const char *text, token_fn fn, void *ctx)
{
    cg_text t;
    cg_normalize(&t, text, strlen(text), NULL, 0);
    cg_lexer lx;
    cg_lexer_init(&lx, t.s, t.n);
    for (;;) {
        cg_token tk;
        cg_lex_next(&lx, &tk);
        if (tk.type == TK_EOF)
            break;
        char key[64];
        size_t kl = cg_token_key(t.s, &tk, key, sizeof key);
        if (!kl)
            die("phrase \"%s\": a part of it cannot be looked up (a link, or a word of more "
                "than %zu bytes)",
                text, sizeof key);
        fn(ctx, t.s, &tk, key, kl);
    }
    cg_text_free(&t);
}

typedef struct phrase_walk {
    uint32_t node;
    size_t ntok;
    cg_token before[2]; /* the two tokens before this one: [1] the last */
    char keys[2][64];   /* and their keys */
    size_t kls[2];
} phrase_walk;

static void phrase_token(void *ctx, const char *s, const cg_token *tk, const char *key, size_t kl)
{
    phrase_walk *w = ctx;
    /* a compound the phrase writes with a hyphen: "Co-operation" */
    if (tk->type == TK_WORD && w->ntok >= 2 && w->before[0].type == TK_WORD &&
        w->before[1].type == TK_PUNCT && s[w->before[1].start] == '-' &&
        w->before[0].end == w->before[1].start && w->before[1].end == tk->start) {
        char both[130];
        snprintf(both, sizeof both, "%.*s-%.*s", (int)w->kls[0], w->keys[0], (int)kl, key);
        size_t one;
        if (!cg_map_get(&hyphened_seen, both, &one)) {
            cg_map_put(&hyphened_seen, both, 1);
            cg_vec_push(&hyphened, cg_xstrdup(both));
        }
    }
    w->before[0] = w->before[1];
    memcpy(w->keys[0], w->keys[1], w->kls[1]);
    w->kls[0] = w->kls[1];
    w->before[1] = *tk;
    memcpy(w->keys[1], key, kl);
    w->kls[1] = kl;
    uint32_t vid = vocab_id(key, kl);
    if (!w->node) {
        if (!words[vid].root)
            words[vid].root = node_new();
        w->node = words[vid].root;
    } else {
        w->node = child(w->node, vid);
    }
    w->ntok++;
}

static size_t add_phrase(const char *text, cg_tpay pay)
{
    phrase_walk w;
    memset(&w, 0, sizeof w);
    each_token(text, phrase_token, &w);
    if (!w.node)
        die("empty phrase");
    add_pay(w.node, pay);
    return w.ntok;
}

static cg_tpay pay_of(unsigned langs, int role, int flags, int32_t value)
{
    cg_tpay p;
    memset(&p, 0, sizeof p);
    p.langs = (uint8_t)langs;
    p.role = (uint8_t)role;
    p.flags = (uint8_t)flags;
    p.value = value;
    return p;
}

/* ---- the registry --------------------------------------------------- */

typedef struct entry {
    char *id;
    int kind;
    char *label[CG_LANG_COUNT];
    char *date;
} entry;

static entry *entries;
static size_t nentries, capentries;
static cg_map entry_ids;

typedef struct title {
    char *folded;
    uint32_t entry;
} title;
static title *titles;
static size_t ntitles, captitles;
static cg_map title_seen; /* folded -> entry + 1 */

static cg_vec reporters; /* folded */
static cg_vec states;    /* ISO3 */
static cg_vec state_names; /* per State, CG_LANG_COUNT names (its first in each language, or NULL) */

static int valid_date(const char *d)
{
    int y, m, dd;
    char rest;
    if (strlen(d) != 10 || sscanf(d, "%4d-%2d-%2d%c", &y, &m, &dd, &rest) != 3)
        return 0;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || dd < 1 || dd > days[m - 1])
        return 0;
    if (m == 2 && dd == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    return 1;
}

static void only_keys(json_t *o, const char *what, const char *const *allowed)
{
    const char *k;
    json_t *v;
    json_object_foreach(o, k, v) {
        int ok = 0;
        for (const char *const *a = allowed; *a; a++)
            ok |= strcmp(k, *a) == 0;
        if (!ok)
            die("%s: unknown key \"%s\"", what, k);
    }
}

static int lang_of(const char *code, const char *what)
{
    int l = cg_lang_find(code);
    if (l < 0)
        die("%s: unknown language \"%s\"", what, code);
    return l;
}

static void add_title(const char *text, uint32_t ix, const char *what)
{
    char *f = cg_fold_title(text, strlen(text));
    if (!*f)
        die("%s: an empty title", what);
    size_t prev;
    if (cg_map_get(&title_seen, f, &prev)) {
        if (prev != ix + 1)
            die("%s: title \"%s\" is also a title of %s", what, text, entries[prev - 1].id);
        free(f);
        return;
    }
    cg_map_put(&title_seen, f, ix + 1);
    if (ntitles == captitles)
        titles = cg_xrealloc(titles, (captitles = captitles ? captitles * 2 : 256) * sizeof *titles);
    titles[ntitles].folded = f;
    titles[ntitles].entry = ix;
    ntitles++;
}

/* A title (or a case's name) of entry ix in language l. */
static void entry_title(const char *text, uint32_t ix, int l, int is_case, const char *what)
{
    add_title(text, ix, what);
    /* in running text: a case by any of its names; an instrument by its
     * titles, a one-word short title ("Charter", "Charte") only after an
     * article; Chinese short titles (宪章) only inside 《》 */
    int shortf = cg_is_short_title(text);
    int alpha_lang = cg_langs[l]->script != CG_SCRIPT_HAN;
    const char *ph = cg_title_phrase(text);
    if (is_case)
        add_phrase(ph, pay_of(CG_LANG_ALL, CG_R_CASE_NAME, 0, (int32_t)ix));
    else if (!shortf)
        add_phrase(ph, pay_of(CG_LANG_ALL, CG_R_TITLE, 0, (int32_t)ix));
    else if (alpha_lang)
        add_phrase(ph, pay_of(CG_LANG_BIT(l), CG_R_TITLE_SHORT, 0, (int32_t)ix));
}

static void load_entry(json_t *o, int is_case, size_t pos)
{
    char what[96];
    snprintf(what, sizeof what, "%s[%zu]", is_case ? "cases" : "instruments", pos);
    if (!json_is_object(o))
        die("%s: not an object", what);
    static const char *const ikeys[] = {"id", "kind", "label", "titles", "date", NULL};
    static const char *const ckeys[] = {"id", "label", "names", "date", NULL};
    only_keys(o, what, is_case ? ckeys : ikeys);
    const char *id = json_string_value(json_object_get(o, "id"));
    if (!id || !*id)
        die("%s: no \"id\"", what);
    if (is_case && strncmp(id, "icj:", 4) != 0)
        die("%s: a case's id starts with icj: (\"%s\")", what, id);
    snprintf(what, sizeof what, "%s", id);
    if (cg_map_get(&entry_ids, id, NULL))
        die("%s: the id is used twice", what);
    int kind = is_case ? CG_KIND_CASE : CG_KIND_INSTRUMENT;
    json_t *k = json_object_get(o, "kind");
    if (k) {
        cg_kind kk;
        if (!json_is_string(k) || cg_kind_parse(&kk, json_string_value(k)) != 0)
            die("%s: unknown kind", what);
        kind = (int)kk;
    }
    if (nentries == capentries)
        entries = cg_xrealloc(entries, (capentries = capentries ? capentries * 2 : 256) * sizeof *entries);
    uint32_t ix = (uint32_t)nentries++;
    entry *e = &entries[ix];
    memset(e, 0, sizeof *e);
    e->id = cg_xstrdup(id);
    e->kind = kind;
    cg_map_put(&entry_ids, id, ix);
    json_t *date = json_object_get(o, "date");
    if (date) {
        if (!json_is_string(date) || !valid_date(json_string_value(date)))
            die("%s: \"date\" must be a date YYYY-MM-DD", what);
        e->date = cg_xstrdup(json_string_value(date));
    }
    const char *lang;
    json_t *v;
    json_object_foreach(json_object_get(o, "label"), lang, v) {
        if (!json_is_string(v))
            die("%s: label.%s must be a string", what, lang);
        e->label[lang_of(lang, what)] = cg_xstrdup(json_string_value(v));
    }
    json_t *names = json_object_get(o, is_case ? "names" : "titles");
    if (!json_is_object(names))
        die("%s: no \"%s\"", what, is_case ? "names" : "titles");
    json_object_foreach(names, lang, v) {
        int l = lang_of(lang, what);
        if (!json_is_array(v))
            die("%s: %s.%s must be a list", what, is_case ? "names" : "titles", lang);
        size_t q;
        json_t *t;
        json_array_foreach(v, q, t) {
            if (!json_is_string(t))
                die("%s: a title that is not a string", what);
            entry_title(json_string_value(t), ix, l, is_case, what);
        }
    }
}

static json_t *load(const char *path)
{
    current_file = path;
    json_error_t je;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!root)
        die("line %d, column %d: %s", je.line, je.column, je.text);
    if (!json_is_object(root))
        die("the top level must be an object");
    return root;
}

static void load_registry(const char *path)
{
    json_t *root = load(path);
    static const char *const keys[] = {"about", "instruments", "cases", "reporters", NULL};
    only_keys(root, "registry", keys);
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(root, "instruments"), i, o) load_entry(o, 0, i);
    json_array_foreach(json_object_get(root, "cases"), i, o) load_entry(o, 1, i);
    const char *lang;
    json_t *list;
    json_object_foreach(json_object_get(root, "reporters"), lang, list) {
        lang_of(lang, "reporters");
        json_t *t;
        json_array_foreach(list, i, t) {
            if (!json_is_string(t))
                die("reporters.%s: not a string", lang);
            const char *s = json_string_value(t);
            cg_vec_push(&reporters, cg_fold_title(s, strlen(s)));
        }
    }
    json_decref(root);
}

static void load_states(const char *path)
{
    json_t *root = load(path);
    json_t *arr = json_object_get(root, "countries");
    if (!json_is_array(arr))
        die("no \"countries\" list");
    cg_map seen = {0};
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *iso = json_string_value(json_object_get(o, "iso3"));
        if (!iso || strlen(iso) != 3 || iso[0] < 'A' || iso[0] > 'Z' || iso[1] < 'A' || iso[1] > 'Z' ||
            iso[2] < 'A' || iso[2] > 'Z')
            die("countries[%zu]: \"iso3\" must be three capital letters", i);
        if (cg_map_get(&seen, iso, NULL))
            die("%s: listed twice", iso);
        cg_map_put(&seen, iso, 1);
        size_t ix = states.n;
        cg_vec_push(&states, cg_xstrdup(iso));
        for (int l = 0; l < CG_LANG_COUNT; l++)
            cg_vec_push(&state_names, NULL);
        const char *lang;
        json_t *list;
        json_object_foreach(o, lang, list) {
            if (strcmp(lang, "iso3") == 0)
                continue;
            int l = lang_of(lang, iso);
            if (!json_is_array(list) || !json_array_size(list))
                die("%s.%s must be a list of names", iso, lang);
            size_t q;
            json_t *t;
            json_array_foreach(list, q, t) {
                if (!json_is_string(t))
                    die("%s.%s: a name that is not a string", iso, lang);
                add_phrase(json_string_value(t), pay_of(CG_LANG_ALL, CG_R_STATE, 0, (int32_t)ix));
                /* every name, the first (the one labels use) first */
                char **slot = (char **)&state_names.v[ix * CG_LANG_COUNT + (size_t)l];
                char *joined = *slot ? cg_xsprintf("%s\n%s", *slot, json_string_value(t))
                                     : cg_xstrdup(json_string_value(t));
                free(*slot);
                *slot = joined;
            }
        }
    }
    cg_map_free(&seen);
    json_decref(root);
}

/* A function word of language l (language detection): one token, its
 * key as the lexer makes it. */
static void add_function_word(const char *text, int l)
{
    cg_text t;
    cg_normalize(&t, text, strlen(text), NULL, 0);
    cg_lexer lx;
    cg_lexer_init(&lx, t.s, t.n);
    cg_token tk, next;
    cg_lex_next(&lx, &tk);
    cg_lex_next(&lx, &next);
    char key[64];
    size_t kl = tk.type == TK_WORD ? cg_token_key(t.s, &tk, key, sizeof key) : 0;
    if (!kl || next.type != TK_EOF)
        die("function word \"%s\": not one word", text);
    if (kl > CG_FUNCTION_WORD_MAX)
        die("function word \"%s\": longer than %d bytes", text, CG_FUNCTION_WORD_MAX);
    for (size_t k = 0; k < kl; k++)
        if ((unsigned char)key[k] < 0x80 && !(key[k] >= 'a' && key[k] <= 'z'))
            die("function word \"%s\": letters only", text);
    words[vocab_id(key, kl)].func |= (uint8_t)CG_LANG_BIT(l);
    cg_text_free(&t);
}

/* the phrase lists (cg_list_id) as paths of vocabulary ids */
static cg_vec list_vids; /* uint32_t values stored as (void *)(uintptr_t) */
static cg_tlist lists[CG_LANG_COUNT][CG_LIST_COUNT];

static void list_token(void *ctx, const char *s, const cg_token *tk, const char *key, size_t kl)
{
    (void)s;
    (void)tk;
    uint32_t *n = ctx;
    cg_vec_push(&list_vids, (void *)(uintptr_t)vocab_id(key, kl));
    (*n)++;
}

static void add_list_phrase(const char *text, int l, int id)
{
    size_t at = list_vids.n;
    cg_vec_push(&list_vids, (void *)(uintptr_t)0);
    uint32_t n = 0;
    each_token(text, list_token, &n);
    if (!n)
        die("%s list %d: an empty phrase", cg_langs[l]->code, id);
    list_vids.v[at] = (void *)(uintptr_t)n;
    lists[l][id].n++;
}

static void load_languages(void)
{
    for (int l = 0; l < CG_LANG_COUNT; l++) {
        current_file = cg_langs[l]->code;
        for (const char *const *f = cg_langs[l]->function_words; f && *f; f++)
            add_function_word(*f, l);
        for (const cg_kwdef *w = cg_langs[l]->words; w->text; w++) {
            if (w->role == CG_R_NONE || w->role >= CG_ROLE_COUNT)
                die("\"%s\": no role", w->text);
            add_phrase(w->text, pay_of(CG_LANG_BIT(l), w->role, w->flags, w->value));
        }
        for (int id = 0; id < CG_LIST_COUNT; id++) {
            lists[l][id].off = (uint32_t)list_vids.n;
            for (const char *const *w = cg_lang_list(cg_langs[l], id); w && *w; w++)
                add_list_phrase(*w, l, id);
        }
    }
}


/* ---- Security Council tables (TSV) ------------------------------------ */

static uint16_t *sc_years; /* by resolution number; [0] unused */
static size_t nsc_years;   /* highest number + 1 */

typedef struct prst_row {
    uint32_t date; /* YYYYMMDD; 0: undated in the source */
    uint16_t year, number;
} prst_row;
static prst_row *prsts;
static size_t nprsts, capprsts;

/* The fields of one TSV line (tabs replaced by NULs), at most `max`. */
static size_t tsv_fields(char *line, char **f, size_t max)
{
    size_t n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    for (char *q = line; n < max;) {
        f[n++] = q;
        char *t = strchr(q, '\t');
        if (!t)
            break;
        *t = '\0';
        q = t + 1;
    }
    return n;
}

static long whole(const char *s)
{
    if (!*s || strspn(s, "0123456789") != strlen(s) || strlen(s) > 6)
        return -1;
    return strtol(s, NULL, 10);
}

static FILE *open_tsv(const char *path, const char *header)
{
    current_file = path;
    FILE *f = fopen(path, "r");
    if (!f)
        die("cannot read");
    char line[1024];
    if (!fgets(line, sizeof line, f) || strncmp(line, header, strlen(header)) != 0)
        die("1: the header is not \"%s\"", header);
    return f;
}

/* number<TAB>year<TAB>sources: every number from 1 in order, each once,
 * years from 1946 on, never decreasing, and the sources named. */
static void load_sc_years(const char *path)
{
    FILE *f = open_tsv(path, "number\tyear\tsource");
    char line[1024];
    size_t cap = 0;
    long lineno = 1;
    nsc_years = 1;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *fl[4];
        if (tsv_fields(line, fl, 4) != 3)
            die("%ld: not number<TAB>year<TAB>source", lineno);
        long n = whole(fl[0]), y = whole(fl[1]);
        if (n != (long)nsc_years)
            die("%ld: number %s where %zu was due (sorted, unique, none missing)", lineno, fl[0], nsc_years);
        if (y < 1946 || y > 2100 || (nsc_years > 1 && y < sc_years[nsc_years - 1]))
            die("%ld: year %s of S/RES/%ld is not plausible (from 1946, never before the year of the "
                "resolution before)", lineno, fl[1], n);
        if (!*fl[2])
            die("%ld: S/RES/%ld names no source", lineno, n);
        if (nsc_years >= cap)
            sc_years = cg_xrealloc(sc_years, (cap = cap ? cap * 2 : 4096) * sizeof *sc_years);
        if (nsc_years == 1)
            sc_years[0] = 0;
        sc_years[nsc_years++] = (uint16_t)y;
    }
    fclose(f);
    if (nsc_years < 2)
        die("no resolution");
}

static int cmp_prst(const void *a, const void *b)
{
    const prst_row *x = a, *y = b;
    if (x->date != y->date)
        return x->date < y->date ? -1 : 1;
    return x->year != y->year ? (x->year < y->year ? -1 : 1) : (x->number > y->number) - (x->number < y->number);
}

/* symbol<TAB>date<TAB>source: S/PRST/YYYY/N in order of year and number,
 * each once, dated in its own year (or undated: the date left empty),
 * dates never going back within a year. */
static void load_prst(const char *path)
{
    FILE *f = open_tsv(path, "symbol\tdate\tsource");
    char line[1024];
    long lineno = 1;
    uint32_t last_dated = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *fl[4];
        if (tsv_fields(line, fl, 4) != 3)
            die("%ld: not symbol<TAB>date<TAB>source", lineno);
        int y, n;
        char rest;
        char canon[32];
        if (sscanf(fl[0], "S/PRST/%4d/%5d%c", &y, &n, &rest) != 2 || y < 1994 || y > 2100 || n < 1 ||
            (snprintf(canon, sizeof canon, "S/PRST/%d/%d", y, n), strcmp(fl[0], canon) != 0))
            die("%ld: \"%s\" is not S/PRST/YYYY/N", lineno, fl[0]);
        if (nprsts) {
            const prst_row *pr = &prsts[nprsts - 1];
            if (y < pr->year || (y == pr->year && n <= pr->number))
                die("%ld: %s after S/PRST/%u/%u (sorted by year and number, unique)", lineno, fl[0],
                    pr->year, pr->number);
            if (y != pr->year)
                last_dated = 0;
        }
        uint32_t date = 0;
        if (*fl[1]) {
            if (!valid_date(fl[1]) || atoi(fl[1]) != y)
                die("%ld: date \"%s\" of %s is not a date of %d", lineno, fl[1], fl[0], y);
            date = (uint32_t)(y * 10000 + atoi(fl[1] + 5) * 100 + atoi(fl[1] + 8));
            if (date < last_dated)
                die("%ld: %s is dated before the statement numbered before it", lineno, fl[0]);
            last_dated = date;
        }
        if (!*fl[2])
            die("%ld: %s names no source", lineno, fl[0]);
        if (nprsts == capprsts)
            prsts = cg_xrealloc(prsts, (capprsts = capprsts ? capprsts * 2 : 1024) * sizeof *prsts);
        prsts[nprsts++] = (prst_row){date, (uint16_t)y, (uint16_t)n};
    }
    fclose(f);
    if (!nprsts)
        die("no statement");
}

/* 1 when statement `n` of `year` is in the table with a date. */
static int prst_dated(int year, int n)
{
    for (size_t k = 0; k < nprsts; k++)
        if (prsts[k].year == year && prsts[k].number == n)
            return prsts[k].date != 0;
    return 0;
}

static int prst_last_of_year(int year, int n)
{
    for (size_t k = 0; k < nprsts; k++)
        if (prsts[k].year == year && prsts[k].number > n)
            return 0;
    return 1;
}

/* ---- output ---------------------------------------------------------- */

static FILE *out;
static uint32_t digest = 2166136261u;

static void put_str(const char *s)
{
    if (!s) {
        fputs("NULL", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        digest = (digest ^ *p) * 16777619u;
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7F)
            fprintf(out, "\\%03o", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

/* A NULL-terminated array of the strings of v, named name. */
static void put_strs(const char *name, const cg_vec *v)
{
    fprintf(out, "const char *const %s[] = {\n", name);
    for (size_t k = 0; k < v->n; k++) {
        fputs("    ", out);
        put_str(v->v[k]);
        fputs(",\n", out);
    }
    fputs("    NULL};\n", out);
}

static uint64_t subtree_roles(uint32_t node)
{
    uint64_t r = 0;
    for (size_t k = 0; k < nodes[node].np; k++)
        r |= 1ull << nodes[node].pay[k].role;
    for (size_t c = 0; c < nodes[node].nc; c++)
        r |= subtree_roles(nodes[node].cn[c]);
    return r;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_title(const void *a, const void *b)
{
    return strcmp(((const title *)a)->folded, ((const title *)b)->folded);
}

/* children sorted by vid, for binary search */
static void sort_children(tnode *n)
{
    for (size_t i = 1; i < n->nc; i++)
        for (size_t j = i; j > 0 && n->cv[j - 1] > n->cv[j]; j--) {
            uint32_t v = n->cv[j], c = n->cn[j];
            n->cv[j] = n->cv[j - 1];
            n->cn[j] = n->cn[j - 1];
            n->cv[j - 1] = v;
            n->cn[j - 1] = c;
        }
}

static void write_tables(const char *path)
{
    out = fopen(path, "w");
    if (!out) {
        current_file = path;
        die("cannot write");
    }
    fputs("/* generated by src/tools/gen_tables.c from src/data and src/lang: do not edit */\n"
          "#include <stddef.h>\n#include \"tables.h\"\n\n",
          out);

    /* vocabulary */
    fputs("const char cg_vkeys[] =\n", out);
    size_t off = 0;
    uint32_t *offs = cg_xcalloc(nwords, sizeof *offs);
    for (size_t v = 1; v < nwords; v++) {
        offs[v] = (uint32_t)off;
        fputs("    ", out);
        put_str(words[v].key);
        fputc('\n', out);
        off += words[v].len;
    }
    fputs("    \"\";\n", out);
    fprintf(out, "const uint32_t cg_nvwords = %zu;\n", nwords);
    fputs("const cg_vword cg_vwords[] = {\n    {0, 0, 0, 0, 0, 0},\n", out);
    for (size_t v = 1; v < nwords; v++) {
        uint64_t r1 = 0, rs = words[v].root ? subtree_roles(words[v].root) : 0;
        if (words[v].root)
            for (size_t k = 0; k < nodes[words[v].root].np; k++)
                r1 |= 1ull << nodes[words[v].root].pay[k].role;
        fprintf(out, "    {0x%llxull, 0x%llxull, %u, %u, %zu, %u},\n", (unsigned long long)r1,
                (unsigned long long)rs, offs[v], words[v].root, words[v].len, words[v].func);
        digest = (digest ^ words[v].func) * 16777619u;
    }
    fputs("};\n", out);
    size_t cap = 1;
    while (cap < nwords * 2)
        cap *= 2;
    cg_vslot *slots = cg_xcalloc(cap, sizeof *slots);
    for (size_t v = 1; v < nwords; v++) {
        uint32_t h = cg_vhash(words[v].key, words[v].len);
        size_t k = h & (cap - 1);
        while (slots[k].hash)
            k = (k + 1) & (cap - 1);
        slots[k].hash = h;
        slots[k].vid = (uint32_t)v;
    }
    fprintf(out, "const uint32_t cg_vslot_mask = %zu;\nconst cg_vslot cg_vslots[] = {\n", cap - 1);
    for (size_t k = 0; k < cap; k++)
        fprintf(out, "    {%uu, %u},\n", slots[k].hash, slots[k].vid);
    fputs("};\n", out);
    free(slots);
    free(offs);

    /* the lengths of the function words, by their first byte */
    {
        uint16_t lens[256] = {0};
        for (size_t v = 1; v < nwords; v++)
            if (words[v].func)
                lens[(unsigned char)words[v].key[0]] |= (uint16_t)(1u << words[v].len);
        fputs("const uint16_t cg_func_lens[256] = {\n", out);
        for (size_t k = 0; k < 256; k += 16) {
            fputs("   ", out);
            for (size_t q = k; q < k + 16; q++)
                fprintf(out, " %u,", lens[q]);
            fputs("\n", out);
        }
        fputs("};\n", out);
    }

    /* the ideographs' ids, by code point */
    fputs("const uint32_t cg_vcjk[CG_VCJK_COUNT] = {\n", out);
    uint32_t *cjk = cg_xcalloc(CG_VCJK_COUNT, sizeof *cjk);
    for (size_t v = 1; v < nwords; v++) {
        const unsigned char *k = (const unsigned char *)words[v].key;
        if (words[v].len == 3 && k[0] >= 0xE4 && k[0] <= 0xE9) {
            uint32_t cp = (uint32_t)(k[0] & 0x0F) << 12 | (uint32_t)(k[1] & 0x3F) << 6 | (k[2] & 0x3F);
            if (cp >= CG_VCJK_FIRST && cp < CG_VCJK_FIRST + CG_VCJK_COUNT)
                cjk[cp - CG_VCJK_FIRST] = (uint32_t)v;
        }
    }
    for (size_t k = 0; k < CG_VCJK_COUNT; k += 16) {
        fputs("   ", out);
        for (size_t q = k; q < k + 16; q++)
            fprintf(out, " %u,", cjk[q]);
        fputc('\n', out);
    }
    fputs("};\n", out);
    free(cjk);

    /* trie: nodes in order, children and payloads in flat arrays */
    size_t nedges = 0, npays = 0;
    for (size_t k = 1; k < nnodes; k++) {
        sort_children(&nodes[k]);
        nedges += nodes[k].nc;
        npays += nodes[k].np;
    }
    fprintf(out, "const uint32_t cg_ntnodes = %zu;\nconst cg_tnode cg_tnodes[] = {\n    {0, 0, 0, 0},\n", nnodes);
    size_t e0 = 0, p0 = 0;
    for (size_t k = 1; k < nnodes; k++) {
        fprintf(out, "    {%zu, %zu, %zu, %zu},\n", e0, p0, nodes[k].nc, nodes[k].np);
        e0 += nodes[k].nc;
        p0 += nodes[k].np;
    }
    fputs("};\nconst cg_tedge cg_tedges[] = {\n", out);
    for (size_t k = 1; k < nnodes; k++)
        for (size_t c = 0; c < nodes[k].nc; c++)
            fprintf(out, "    {%u, %u},\n", nodes[k].cv[c], nodes[k].cn[c]);
    if (!nedges)
        fputs("    {0, 0},\n", out);
    fputs("};\nconst cg_tpay cg_tpays[] = {\n", out);
    for (size_t k = 1; k < nnodes; k++)
        for (size_t c = 0; c < nodes[k].np; c++) {
            const cg_tpay *p = &nodes[k].pay[c];
            fprintf(out, "    {%u, %u, %u, 0, %d},\n", p->langs, p->role, p->flags, (int)p->value);
            digest = (digest ^ p->role ^ ((uint32_t)p->value << 8)) * 16777619u;
        }
    if (!npays) /* C has no empty array */
        fputs("    {0, 0, 0, 0, 0},\n", out);
    fputs("};\n", out);

    /* registry */
    fprintf(out, "const uint32_t cg_ntentries = %zu;\nconst cg_tentry cg_tentries[] = {\n", nentries);
    for (size_t k = 0; k < nentries; k++) {
        const entry *e = &entries[k];
        fputs("    {", out);
        put_str(e->id);
        fprintf(out, ", %d, {", e->kind);
        for (int l = 0; l < CG_LANG_COUNT; l++) {
            if (l)
                fputs(", ", out);
            put_str(e->label[l]);
        }
        fputs("}, ", out);
        put_str(e->date);
        fputs("},\n", out);
    }
    if (!nentries)
        fputs("    {NULL, 0, {NULL}, NULL},\n", out);
    fputs("};\n", out);
    qsort(titles, ntitles, sizeof *titles, cmp_title);
    fprintf(out, "const uint32_t cg_nttitles = %zu;\nconst cg_ttitle cg_ttitles[] = {\n", ntitles);
    for (size_t k = 0; k < ntitles; k++) {
        fputs("    {", out);
        put_str(titles[k].folded);
        fprintf(out, ", %u},\n", titles[k].entry);
    }
    if (!ntitles)
        fputs("    {NULL, 0},\n", out);
    fputs("};\n", out);
    put_strs("cg_treporters", &reporters);
    put_strs("cg_tstates", &states);
    fprintf(out, "const uint32_t cg_ntstates = %zu;\n", states.n);
    fputs("const char *const cg_tstate_names[] = {\n", out);
    for (size_t k = 0; k < state_names.n; k++) {
        fputs("    ", out);
        if (state_names.v[k])
            put_str(state_names.v[k]);
        else
            fputs("NULL", out);
        fputs(",\n", out);
    }
    fputs("    NULL};\n", out);
    /* Security Council resolutions: the year of each number */
    fprintf(out, "const uint32_t cg_nsc_years = %zu;\nconst uint16_t cg_sc_years[] = {\n", nsc_years);
    for (size_t k = 0; k < nsc_years; k += 16) {
        fputs("   ", out);
        for (size_t q = k; q < k + 16 && q < nsc_years; q++) {
            fprintf(out, " %u,", sc_years[q]);
            digest = (digest ^ sc_years[q]) * 16777619u;
        }
        fputc('\n', out);
    }
    fputs("};\n", out);
    /* presidential statements with a date, by date; "alone": the only one
     * of its day, and the statements numbered next to it in its year are in
     * the table with a date (else one missing from it could share the day) */
    size_t ndated = 0;
    uint32_t first = 0, lastd = 0;
    for (size_t k = 0; k < nprsts; k++)
        if (prsts[k].date) {
            ndated++;
            if (!first || prsts[k].date < first)
                first = prsts[k].date;
            if (prsts[k].date > lastd)
                lastd = prsts[k].date;
        }
    prst_row *sorted = cg_xmalloc(nprsts * sizeof *sorted);
    memcpy(sorted, prsts, nprsts * sizeof *sorted);
    qsort(sorted, nprsts, sizeof *sorted, cmp_prst);
    fprintf(out, "const uint32_t cg_nprst = %zu;\nconst uint32_t cg_prst_first = %u, cg_prst_last = %u;\n"
                 "const cg_tprst cg_prst[] = {\n", ndated, first / 10000 * 10000 + 101, lastd);
    for (size_t k = 0; k < nprsts; k++) {
        const prst_row *r = &sorted[k];
        if (!r->date)
            continue;
        int same = (k > 0 && sorted[k - 1].date == r->date) || (k + 1 < nprsts && sorted[k + 1].date == r->date);
        int gap = same || (r->number > 1 && !prst_dated(r->year, r->number - 1)) ||
                  (prst_last_of_year(r->year, r->number) ? r->date == lastd
                                                           : !prst_dated(r->year, r->number + 1));
        fprintf(out, "    {%u, %u, %u, %d},\n", r->date, r->year, r->number, !gap);
        digest = (digest ^ r->date ^ ((uint32_t)r->number << 16)) * 16777619u;
    }
    fputs("};\n", out);
    free(sorted);
    /* the phrase lists */
    fputs("const uint32_t cg_tlist_vids[] = {\n", out);
    for (size_t k = 0; k < list_vids.n; k++) {
        uint32_t v = (uint32_t)(uintptr_t)list_vids.v[k];
        fprintf(out, "    %u,\n", v);
        digest = (digest ^ v) * 16777619u;
    }
    fputs("    0};\nconst cg_tlist cg_tlists[CG_LANG_COUNT][CG_LIST_COUNT] = {\n", out);
    for (int l = 0; l < CG_LANG_COUNT; l++) {
        fputs("    {", out);
        for (int id = 0; id < CG_LIST_COUNT; id++)
            fprintf(out, "{%u, %u}%s", lists[l][id].off, lists[l][id].n, id + 1 < CG_LIST_COUNT ? ", " : "");
        fputs("},\n", out);
    }
    fputs("};\n", out);

    /* compounds written with a hyphen */
    qsort(hyphened.v, hyphened.n, sizeof *hyphened.v, cmp_str);
    put_strs("cg_thyphened", &hyphened);
    fprintf(out, "const uint32_t cg_nthyphened = %zu;\n", hyphened.n);
    fprintf(out, "const char cg_tables_version[] = \"%08x\";\n", digest);
    if (fclose(out) != 0) {
        current_file = path;
        die("cannot write");
    }
}

/* ---- titles and State names of one language (src/data/titles/xx.json,
 * src/data/states/xx.json) ------------------------------------------- */

/* text without a leading article of language l ("la Charte" -> "Charte",
 * "l'Azerbaïdjan" -> "Azerbaïdjan"): the grammar reads the article as a
 * word of its own.  Static buffer. */
static const char *without_article(const char *text, int l)
{
    static char buf[1024];
    for (const cg_kwdef *w = cg_langs[l]->words; w->text; w++) {
        if (w->role != CG_R_ARTICLE_DEF)
            continue;
        size_t n = strlen(w->text);
        if (strncmp(text, w->text, n) != 0)
            continue;
        const char *rest = text + n;
        if (*rest == ' ' || *rest == '\'')
            rest++;
        else if (strncmp(rest, "\xe2\x80\x99", 3) == 0) /* ’ */
            rest += 3;
        else
            continue;
        if (!*rest)
            continue;
        snprintf(buf, sizeof buf, "%s", rest);
        return buf;
    }
    snprintf(buf, sizeof buf, "%s", text);
    return buf;
}

/* The language of a file named LANG.json, or -1 for a language citegraph
 * does not read yet (its data waits for its grammar). */
static int file_lang(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    char code[16];
    size_t n = strcspn(b, ".");
    if (n >= sizeof code || strcmp(b + n, ".json") != 0)
        return -1;
    memcpy(code, b, n);
    code[n] = '\0';
    return cg_lang_find(code);
}

static void state_name(size_t ix, int l, const char *name)
{
    char **slot = (char **)&state_names.v[ix * CG_LANG_COUNT + (size_t)l];
    for (const char *p = *slot; p && *p;) {
        size_t k = strcspn(p, "\n");
        if (k == strlen(name) && strncmp(p, name, k) == 0)
            return;
        p += k;
        if (*p)
            p++;
    }
    add_phrase(name, pay_of(CG_LANG_BIT(l), CG_R_STATE, 0, (int32_t)ix));
    char *joined = *slot ? cg_xsprintf("%s\n%s", *slot, name) : cg_xstrdup(name);
    free(*slot);
    *slot = joined;
}

/* {"states": {"AZE": {"short": ..., "formal": ..., "running_text": ...,
 * "forms": [...]}}}: the names, without their articles, the short one first
 * (labels use it) */
static void load_lang_states(const char *path, int l)
{
    json_t *root = load(path);
    const char *iso;
    json_t *o;
    json_object_foreach(json_object_get(root, "states"), iso, o) {
        size_t ix = states.n;
        for (size_t k = 0; k < states.n; k++)
            if (strcmp(states.v[k], iso) == 0)
                ix = k;
        if (ix == states.n)
            die("%s: not a State of countries.json", iso);
        static const char *const keys[] = {"short", "formal", "running_text"};
        for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
            json_t *v = json_object_get(o, keys[k]);
            if (v && !json_is_string(v))
                die("%s.%s: not a string", iso, keys[k]);
            if (v && *json_string_value(v))
                state_name(ix, l, without_article(json_string_value(v), l));
        }
        /* the forms running text uses besides: Russian cases
         * ("Азербайджана"), Arabic joined prefixes ("لأذربيجان") */
        size_t q;
        json_t *f;
        json_array_foreach(json_object_get(o, "forms"), q, f) {
            if (!json_is_string(f))
                die("%s.forms: not a string", iso);
            if (*json_string_value(f))
                state_name(ix, l, without_article(json_string_value(f), l));
        }
    }
    json_decref(root);
}

/* {"entries": {"ID": {"label": ..., "titles": [...]}}, "reporters": [...]} */
static void load_lang_titles(const char *path, int l)
{
    json_t *root = load(path);
    const char *id;
    json_t *o;
    json_object_foreach(json_object_get(root, "entries"), id, o) {
        size_t ix;
        if (!cg_map_get(&entry_ids, id, &ix))
            die("%s: not an entry of the registry", id);
        entry *e = &entries[ix];
        json_t *label = json_object_get(o, "label");
        if (label && !json_is_string(label))
            die("%s: label not a string", id);
        if (label && !e->label[l])
            e->label[l] = cg_xstrdup(json_string_value(label));
        size_t q;
        json_t *t;
        json_array_foreach(json_object_get(o, "titles"), q, t) {
            if (!json_is_string(t))
                die("%s: a title that is not a string", id);
            const char *bare = without_article(json_string_value(t), l);
            char *tt = cg_xstrdup(bare);
            entry_title(tt, (uint32_t)ix, l, e->kind == CG_KIND_CASE, id);
            /* the prefixes written joined to a title (Arabic و ب ل: "بميثاق
             * الأمم المتحدة"); a prefix ending in ل before ال drops its alef
             * ("للميثاق") */
            for (const char *const *pf = cg_langs[l]->joined_prefixes; pf && *pf; pf++) {
                size_t pl = strlen(*pf);
                int lam = pl >= 2 && strcmp(*pf + pl - 2, "\xd9\x84") == 0;
                int al = strncmp(tt, "\xd8\xa7\xd9\x84", 4) == 0;
                char *joined = cg_xsprintf("%s%s", *pf, lam && al ? tt + 2 : tt);
                entry_title(joined, (uint32_t)ix, l, e->kind == CG_KIND_CASE, id);
                free(joined);
            }
            free(tt);
        }
    }
    size_t q;
    json_t *t;
    json_array_foreach(json_object_get(root, "reporters"), q, t) {
        if (!json_is_string(t))
            die("reporters: not a string");
        const char *r = json_string_value(t);
        cg_vec_push(&reporters, cg_fold_title(r, strlen(r)));
    }
    json_decref(root);
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fputs("usage: gen_tables OUT.c registry.json countries.json sc-resolutions.tsv sc-prst.tsv "
              "[titles/LANG.json|states/LANG.json]...\n",
              stderr);
        return 2;
    }
    load_languages();
    load_registry(argv[2]);
    load_states(argv[3]);
    load_sc_years(argv[4]);
    load_prst(argv[5]);
    for (int a = 6; a < argc; a++) {
        int l = file_lang(argv[a]);
        if (l < 0)
            continue;
        current_file = argv[a];
        if (strstr(argv[a], "states/"))
            load_lang_states(argv[a], l);
        else if (strstr(argv[a], "titles/"))
            load_lang_titles(argv[a], l);
        else
            die("neither titles/ nor states/");
    }
    write_tables(argv[1]);
    return 0;
}
