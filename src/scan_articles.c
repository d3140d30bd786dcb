/* scan_articles.c: articles (and paragraphs) of instruments.
 *
 *   head last (zh)   第五十一条, 第二条第四项, 第一条第三款, 第 3 条, in lists
 *   head first (en)  Article 51 | Article 2, paragraph 4, | Article 1 (2) |
 *                    art. 1, para. 3 | Articles 2 (4) and 33 -- then "of the
 *                    Charter", or the instrument named before (the anchor)
 *                    paragraph 4 of Article 2 of the Charter */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "utf8.h"
#include "util.h"

/* The largest article or paragraph number read: beyond it a number is no
 * article's ("article 99999999999 of the Charter" gives no article). */
#define ART_MAX 9999

typedef struct art {
    long a, para;
    int bad;  /* a number out of 1..ART_MAX: read, but no article */
    int sfx; /* 0, or 1 + the index of its suffix in cg_article_suffixes: 8 bis */
    size_t start, end;
} art;

static void add_articles(P *p, const char *const *parents, size_t np, const art *arts, size_t na)
{
    for (size_t q = 0; q < np; q++)
        for (size_t k = 0; k < na; k++) {
            if (arts[k].bad)
                continue;
            /* in the arena, whole: a title: parent may be long (a 《title》
             * of 600 bytes), and a cut identifier would lose its article */
            const char *sfx = arts[k].sfx ? cg_article_suffixes[arts[k].sfx - 1] : "";
            const char *id =
                arts[k].para >= 0
                    ? cg_arena_printf(p->arena, "%s/art.%ld%s(%ld)", parents[q], arts[k].a, sfx, arts[k].para)
                    : cg_arena_printf(p->arena, "%s/art.%ld%s", parents[q], arts[k].a, sfx);
            add(p, id, CG_KIND_ARTICLE, NULL, parents[q], NULL, arts[k].start, arts[k].end);
        }
}

/* Every article read has a number out of range: none is cited. */
static int all_bad(const art *arts, size_t na)
{
    for (size_t k = 0; k < na; k++)
        if (!arts[k].bad)
            return 0;
    return 1;
}

/* The separator of a list of articles (、 和 及 , …), as for numbers. */
static size_t art_sep(P *p, size_t i)
{
    size_t e = phrase_end(p, i, CG_R_AS_WELL_AS, NULL);
    if (e != NOPE)
        return e;
    if (has(p, i, CG_R_LIST_SEP) || has(p, i, CG_R_AND) || has(p, i, CG_R_OR))
        return i + 1;
    return NOPE;
}

/* After a Chinese list item ending at j, the next item's 第 past the
 * separator, or NOPE: the list ends there. */
static size_t next_numbered(P *p, size_t j)
{
    size_t s = art_sep(p, j);
    return s != NOPE && has(p, s, CG_R_NUM_PREFIX) ? s : NOPE;
}

/* Subparagraphs.  The id's grain is the paragraph: a subparagraph
 * resolves to its paragraph's node (its article's when the article has no
 * numbered paragraphs), and its mark is read only to be skipped. */

/* A subparagraph's letter: one to four ASCII lower-case letters ("b",
 * "iv"), or one Arabic or lower-case Cyrillic letter ("(أ)", "(б)"). */
static int sub_letter(P *p, size_t i)
{
    size_t n = tlen(p, i);
    if (tk_type(p, i) != TK_WORD || n > 4)
        return 0;
    uint32_t c = cg_token_cp(p->s, tk(p, i));
    if (c >= 0x80) /* one letter of two bytes */
        return n == 2 && ((c >= 0x621 && c <= 0x64A) || (c >= 0x430 && c <= 0x44F));
    for (size_t k = 0; k < n; k++)
        if (ttext(p, i)[k] < 'a' || ttext(p, i)[k] > 'z')
            return 0;
    return 1;
}

/* A quotation mark around a subparagraph's letter: " “ ” « ». */
static int sub_quote(P *p, size_t i)
{
    if (is_ch(p, i, '"'))
        return 1;
    if (tk_type(p, i) != TK_CHAR)
        return 0;
    uint32_t c = cg_token_cp(p->s, tk(p, i));
    return c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB;
}

/* A subparagraph's mark at i: "(b)", "b)", "\"b\"": the index after it, or
 * NOPE. */
static size_t sub_mark(P *p, size_t i)
{
    if (is_ch(p, i, '(') && sub_letter(p, i + 1) && is_ch(p, i + 2, ')'))
        return i + 3;
    if (sub_letter(p, i) && is_ch(p, i + 1, ')') && !(tk(p, i + 1)->flags & TF_WS))
        return i + 2;
    if (sub_quote(p, i) && sub_letter(p, i + 1) && sub_quote(p, i + 2))
        return i + 3;
    return NOPE;
}

/* The subparagraphs written after a paragraph's (or an article's) number:
 * "(d)", "(b) (iv)", "b)", "b) iv)": the index after them, or k. */
static size_t skip_subparas(P *p, size_t k)
{
    for (size_t e; (e = sub_mark(p, k)) != NOPE;)
        k = e;
    return k;
}

/* ", subparagraph (a)", ", alinéa b)", ", inciso b)" at k: the index after
 * it, or k.  A word only for subparagraphs has the value 1 (en
 * "subparagraph"); one for both ("alinéa", "apartado") is a subparagraph's
 * before a letter. */
static size_t comma_subpara(P *p, size_t k)
{
    if (!is_ch(p, k, ','))
        return k;
    size_t e = phrase_end(p, k + 1, CG_R_PARA_NOUN, NULL);
    size_t m = e == NOPE ? NOPE : sub_mark(p, e);
    return m == NOPE ? k : skip_subparas(p, m);
}

/* "bis", "ter", ... after an article's number at k (cg_lang.article_suffixes):
 * the index after it and the suffix in *sfx (1: bis, 2: ter, ...); k
 * when there is none. */
static size_t art_suffix(P *p, size_t k, int *sfx)
{
    const char *const *w = p->L->article_suffixes;
    if (!w || tk_type(p, k) != TK_WORD)
        return k;
    for (int n = 0; w[n]; n++)
        if (strlen(w[n]) == tlen(p, k) && cg_strncaseeq(ttext(p, k), w[n], tlen(p, k))) {
            *sfx = n + 1;
            return k + 1;
        }
    return k;
}

/* 之二 after 第八条 (cg_lang.article_suffix_mark): article 8 bis; 之三, 8 ter.
 * The index after it and the suffix in *sfx, or k; NOPE for 之一 (and past
 * 之十, which the identifiers do not name), which
 * some texts number as the first article inserted (8 bis) and others as
 * the article itself: no article rather than the wrong one. */
static size_t zh_suffix(P *p, size_t k, int *sfx)
{
    const char *m = p->L->article_suffix_mark;
    long n;
    if (!m || strlen(m) != tlen(p, k) || memcmp(ttext(p, k), m, tlen(p, k)) != 0)
        return k;
    if ((n = tok_long(p, k + 1)) < 1)
        return k; /* 第八条之规定 */
    if (n < 2 || n > 10)
        return NOPE; /* 之一; 之十一: a suffix the identifiers do not name */
    *sfx = (int)n - 1;
    return k + 2;
}

/* A Chinese paragraph at k: 第四项, 第 4 款, 第（四）项.  The index after it
 * and its number in *para, or NOPE. */
static size_t zh_para(P *p, size_t k, long *para)
{
    long v;
    if (!has(p, k, CG_R_NUM_PREFIX))
        return NOPE;
    if ((v = tok_long(p, k + 1)) > 0 && has(p, k + 2, CG_R_PARA_NOUN)) {
        *para = v;
        return k + 3;
    }
    if (is_ch(p, k + 1, '(') && (v = tok_long(p, k + 2)) > 0 && is_ch(p, k + 3, ')') &&
        has(p, k + 4, CG_R_PARA_NOUN)) {
        *para = v;
        return k + 5;
    }
    return NOPE;
}

/* After a Chinese paragraph at k, its subparagraphs (第八条第二款第（二）项:
 * item (2) of paragraph 2): the index after them, or k. */
static size_t zh_subparas(P *p, size_t k)
{
    long v;
    for (size_t e; (e = zh_para(p, k, &v)) != NOPE;)
        k = e;
    return k;
}

/* The generic noun at [k, g) ("Convention", "النظام الأساسي") starts
 * another instrument's name: a capitalised word after it ("the Minsk
 * Convention" is read from its other side), or a word of the language's
 * name_links ("on", "sur", "sobre", "о", "الدولية": "the Convention on
 * Cluster Munitions"; not one joined to the next word by a hyphen, nor
 * one that starts a phrase of the language's link_idioms), or
 * a capitalised word before it, from token lo on
 * (not an article's number: "статьи II, III и IV Договора"). */
static int names_another(P *p, size_t lo, size_t k, size_t g)
{
    const cg_token *n = tk(p, g);
    if (n->type == TK_WORD && (n->flags & TF_CAP) && !begins_sentence(p, g))
        return 1;
    /* (a link word is not the first part of a word joined by a hyphen:
     * "Конвенции по-прежнему", "по-видимому") */
    size_t e = words_at(p, g, CG_LIST_NAME_LINKS);
    if (e != NOPE && !(is_ch(p, e, '-') && !(tk(p, e)->flags & TF_WS)) &&
        words_at(p, g, CG_LIST_LINK_IDIOMS) == NOPE)
        return 1;
    return k > lo && tk_type(p, k - 1) == TK_WORD && (tk(p, k - 1)->flags & TF_CAP) &&
           !has(p, k - 1, CG_R_ARTICLE_DEF) && !begins_sentence(p, k - 1) &&
           cg_roman_value(ttext(p, k - 1), tlen(p, k - 1)) <= 0;
}

/* After an article's "of", the words at q name something else than an
 * instrument: two words or more (one in a script without capitals: "من
 * الدستور"), none of the first three a registry title or a generic noun
 * ("of the nationality law", "من قانون الجنسية"; not "of the UN Charter",
 * "من الاتفاقية", nor one word alone in a cased script, "de la misma,":
 * the instrument named before). */
static int names_other_words(P *p, size_t q)
{
    int cased = p->L->script == CG_SCRIPT_LATIN || p->L->script == CG_SCRIPT_CYRILLIC;
    uint64_t roles = 1ull << CG_R_TITLE | 1ull << CG_R_TITLE_SHORT | 1ull << CG_R_CASE_NAME;
    size_t t = q;
    for (; t < q + 3 && tk_type(p, t) == TK_WORD && !(tk(p, t)->flags & TF_PARA); t++) {
        const cg_tpay *pay = NULL;
        if (words_at(p, t, CG_LIST_GENERIC_TITLES) != NOPE || cg_phrase_any(p, t, roles, CG_LANG_ALL, &pay))
            return 0;
    }
    return t >= q + (cased ? 2 : 1);
}

/* Whether the registry label `label` holds the word s[0, n) (ASCII case
 * ignored), whole. */
static int label_holds(const char *label, const char *s, size_t n)
{
    for (const char *c = label; c && *c; c++)
        if (cg_strncaseeq(c, s, n) && (c == label || c[-1] == ' ') && (c[n] == ' ' || !c[n]))
            return 1;
    return 0;
}

/* s[0, n) folded as the vocabulary folds words (case, ё, the Arabic
 * hamzas; white space kept) into buf: its length, 0 when it does not fit. */
static size_t fold_str(const char *s, size_t n, char *buf, size_t cap)
{
    cg_token t = {0};
    t.end = (uint32_t)n;
    t.type = TK_CHAR;
    return cg_token_key(s, &t, buf, cap);
}

#define HEAD_MAX 64

/* The head of the language's generic_heads that the text at [k, g) is a
 * form of: the one whose stem (the head less its last generic_cut
 * letters) it holds, the longest stem winning ("Конвенции": "конвенция";
 * "الاتفاقية": "اتفاقية", not "اتفاق"); folded into head[HEAD_MAX], its
 * length in *hn and its stem's in *sn; 0 when none. */
static int form_head(P *p, size_t k, size_t g, char *head, size_t *hn, size_t *sn)
{
    char f[256], b[HEAD_MAX];
    size_t fn = fold_str(ttext(p, k), tk(p, g - 1)->end - tk(p, k)->start, f, sizeof f);
    *sn = 0;
    for (const char *const *h = p->L->generic_heads; h && *h && fn; h++) {
        size_t bn = fold_str(*h, strlen(*h), b, sizeof b), cut = bn;
        for (int c = 0; c < p->L->generic_cut && cut > 0; c++)
            while (cut > 0 && ((unsigned char)b[--cut] & 0xC0) == 0x80)
                ;
        if (bn && cut > *sn && cg_memmem(f, fn, b, cut)) {
            memcpy(head, b, bn);
            *hn = bn;
            *sn = cut;
        }
    }
    return *sn > 0;
}

/* After a head in a folded label: a word ends there (the label's end, a
 * space or punctuation, CJK punctuation). */
static int word_ends(const char *f, size_t n, size_t e)
{
    if (e == n)
        return 1;
    size_t l;
    uint32_t c = cg_u8(f + e, n - e, &l);
    if (c < 0x80)
        return !isalnum((int)c);
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20);
}

/* Whether the label holds a word that ends with the folded head
 * ("Международная конвенция о …", "الاتفاقية الدولية …", "…国际公约"). */
static int label_has_head(const char *label, const char *h, size_t hn)
{
    char f[2048];
    size_t n = label ? fold_str(label, strlen(label), f, sizeof f) : 0;
    for (size_t e = hn; e <= n; e++)
        if (memcmp(f + e - hn, h, hn) == 0 && word_ends(f, n, e))
            return 1;
    return 0;
}

/* Whether clean offset off lies in a mention after the q-th. */
static int in_mention_after(P *p, size_t q, size_t off)
{
    for (size_t r = q + 1; r < p->ms.n; r++)
        if (p->ms.v[r].start <= off && off < p->ms.v[r].end)
            return 1;
    return 0;
}

/* Between the q-th mention and the generic noun at k (of the folded head
 * h), the same noun outside a mention citegraph read,
 * not a generic one itself ("… and the Convention on the Conservation of
 * Migratory Species", "… اتفاقية حفظ الأنواع المهاجرة", "Конвенции о
 * сохранении мигрирующих видов"): an instrument it does not know may be
 * the one meant. */
static int noun_between(P *p, size_t q, size_t k, const char *h, size_t hn)
{
    const cg_mention *m = &p->ms.v[q];
    char th[HEAD_MAX];
    size_t tn, ts;
    if (p->L->script == CG_SCRIPT_HAN) {
        /* "…缔结了一项双边司法协助公约，该公约第七条", "伊斯坦布尔公约": the
         * noun in the text between, not inside one of the language's
         * generic forms (该公约, 本公约, 《公约》: the same instrument again) */
        size_t gen[16][2], ng = 0;
        for (size_t t = k; t-- > 0 && tk(p, t)->start >= m->end;) {
            size_t e = words_at(p, t, CG_LIST_GENERIC_TITLES);
            if (e == NOPE)
                continue;
            if (ng == 16)
                return 1; /* too many to tell: no article rather than a wrong one */
            gen[ng][0] = tk(p, t)->start;
            gen[ng++][1] = tk(p, e - 1)->end;
        }
        for (size_t o = m->end; o + hn <= tk(p, k)->start; o++) {
            if (memcmp(p->s + o, h, hn) != 0 || in_mention_after(p, q, o))
                continue;
            int generic = 0;
            for (size_t g = 0; g < ng && !generic; g++)
                generic = gen[g][0] <= o && o + hn <= gen[g][1];
            if (!generic)
                return 1;
        }
        return 0;
    }
    for (size_t t = k; t-- > 0 && tk(p, t)->start >= m->end;) {
        if (tk_type(p, t) != TK_WORD || in_mention_after(p, q, tk(p, t)->start) ||
            !form_head(p, t, t + 1, th, &tn, &ts) || tn != hn || memcmp(th, h, hn) != 0)
            continue;
        /* in small letters, where the script has them: "двустороннюю
         * конвенцию", "Стамбульская конвенция" (its adjective opening the
         * sentence) */
        if (p->L->script == CG_SCRIPT_CYRILLIC && !(tk(p, t)->flags & TF_CAP))
            return 1;
        size_t e = words_at(p, t, CG_LIST_GENERIC_TITLES);
        if (e == NOPE || names_another(p, 0, t, e))
            return 1;
    }
    return 0;
}

const char *named_before(P *p, size_t k, size_t g)
{
    const char *s = ttext(p, k);
    size_t n = tlen(p, k);
    char h[HEAD_MAX];
    size_t hn = 0, sn = 0;
    int heads = p->L->generic_heads != NULL;
    if (heads && !form_head(p, k, g, h, &hn, &sn))
        return NULL;
    for (size_t q = p->ms.n; q-- > 0;) {
        const cg_mention *m = &p->ms.v[q];
        if (m->unresolved || m->end > tk(p, k)->start)
            continue;
        /* 《保护野生动物迁徙物种公约》: a title citegraph does not know */
        if (heads && m->kind == CG_KIND_TITLE && label_has_head(m->label, h, hn))
            return NULL;
        const char *id = m->kind == CG_KIND_ARTICLE ? m->parent : m->target;
        const cg_entry *e = id ? cg_registry_get(p->reg, id) : NULL;
        if (!e || (e->kind != CG_KIND_INSTRUMENT && e->kind != CG_KIND_GA_RESOLUTION))
            continue;
        if (heads) {
            if (!label_has_head(cg_entry_label(e, p->lang), h, hn))
                continue;
            return noun_between(p, q, k, h, hn) ? NULL : e->id;
        }
        if (!label_holds(entry_label(p, e), s, n) && !label_holds(cg_entry_label(e, CG_LANG_EN), s, n))
            continue;
        /* the noun between, capitalised as another name ("the Minsk
         * Convention"), or in small letters ("a trilateral agreement was
         * signed", "une déclaration conjointe"): another instrument may be
         * the one meant */
        for (size_t t = k; t-- > 0 && tk(p, t)->start >= m->end;)
            if (tk(p, t)->vid == tk(p, k)->vid &&
                ((tk(p, t)->flags & TF_CAP) ? names_another(p, 0, t, t + 1)
                                            : !in_mention_after(p, q, tk(p, t)->start)))
                return NULL;
        return e->id;
    }
    return NULL;
}

/* "该公约第二条", "本公约第二条": the generic noun of the language's
 * forms that ends at token i: its first token, or NOPE. */
static size_t generic_before(P *p, size_t i)
{
    for (size_t b = i; b-- > 0 && i - b <= 4;)
        if (words_at(p, b, CG_LIST_GENERIC_TITLES) == i)
            return b;
    return NOPE;
}

/* 第五十一条, 第二条第四项, 第一条第三款, 第 3 条, coordinated with 和/及/、 */
/* 第三十三、第三十四和第三十五条, 第三十三、三十四和三十五条, 第一和第二条: numbers
 * (第 before the first, before the others or not) joined by a list's
 * separators, the article's noun after the last: each an article, added to
 * arts; the index after the noun, or NOPE (and nothing added). */
static size_t shared_noun_list(P *p, size_t j, art *arts, size_t *na)
{
    size_t n0 = *na, q = j;
    for (;;) {
        if (has(p, q, CG_R_NUM_PREFIX))
            q++;
        long a = tok_long(p, q);
        if (a <= 0 || *na == MAX_ITEMS)
            break;
        arts[*na] = (art){0};
        arts[*na].a = a;
        arts[*na].para = -1;
        arts[*na].bad = a > ART_MAX;
        arts[*na].start = tk(p, q > j && has(p, q - 1, CG_R_NUM_PREFIX) ? q - 1 : q)->start;
        arts[*na].end = tk(p, q)->end;
        (*na)++;
        q++;
        if (has(p, q, CG_R_ART_NOUN)) {
            if (*na - n0 < 2)
                break;
            arts[*na - 1].end = tk(p, q)->end;
            return q + 1;
        }
        size_t s = art_sep(p, q);
        if (s == NOPE || (tk(p, s)->flags & TF_PARA))
            break;
        q = s;
    }
    *na = n0;
    return NOPE;
}

/* 第三和第四款, 第三、四款 at k: two or more paragraph numbers sharing the
 * noun after the last; their count (their numbers in paras), the index
 * after the noun in *end; 0 when not so. */
static size_t shared_paras(P *p, size_t k, long *paras, size_t max, size_t *end)
{
    size_t n = 0, q = k;
    if (!has(p, q, CG_R_NUM_PREFIX))
        return 0;
    for (;;) {
        if (has(p, q, CG_R_NUM_PREFIX))
            q++;
        long v = tok_long(p, q);
        if (v <= 0 || n == max)
            return 0;
        paras[n++] = v;
        q++;
        if (has(p, q, CG_R_PARA_NOUN)) {
            if (n < 2)
                return 0;
            *end = q + 1;
            return n;
        }
        size_t s = art_sep(p, q);
        if (s == NOPE || (tk(p, s)->flags & TF_PARA))
            return 0;
        q = s;
    }
}

size_t rule_articles_head_last(P *p, size_t i)
{
    art arts[MAX_ITEMS];
    size_t na = 0, j = i;
    /* "该公约第二条": the instrument named before, as 《公约》 gives it */
    size_t gb = p->L->generic_heads ? generic_before(p, i) : NOPE;
    const char *before = gb != NOPE ? named_before(p, gb, i) : NULL;
    if (before)
        anchor_set(p, before, gb, i, NOPE);
    while (na < MAX_ITEMS && has(p, j, CG_R_NUM_PREFIX)) {
        long a = tok_long(p, j + 1);
        if (a > 0 && !has(p, j + 2, CG_R_ART_NOUN)) {
            /* 第三十三、第三十四和第三十五条, 第一和第二条: the noun after the
             * last number only */
            size_t e = shared_noun_list(p, j, arts, &na);
            if (e != NOPE) {
                j = e;
                size_t s = next_numbered(p, j);
                if (s == NOPE)
                    break;
                j = s;
                continue;
            }
        }
        if ((a <= 0 && tk_type(p, j + 1) != TK_NUM) || !has(p, j + 2, CG_R_ART_NOUN))
            break;
        int sfx = 0;
        size_t k = zh_suffix(p, j + 3, &sfx);
        if (k == NOPE)
            break;
        long para = -1;
        size_t e = zh_para(p, k, &para);
        if (e != NOPE)
            k = zh_subparas(p, e);
        /* 第二条第三和第四款: paragraphs sharing their noun */
        long paras[MAX_ITEMS];
        size_t np = e == NOPE ? shared_paras(p, k, paras, MAX_ITEMS - na, &e) : 0;
        if (np) {
            for (size_t q = 0; q < np; q++) {
                arts[na] = (art){a, paras[q], a < 1 || a > ART_MAX || paras[q] > ART_MAX, sfx,
                                 tk(p, j)->start, tk(p, e - 1)->end};
                na++;
            }
            j = e;
            size_t s2 = next_numbered(p, j);
            if (s2 == NOPE)
                break;
            j = s2;
            continue;
        }
        arts[na].a = a;
        arts[na].para = para;
        arts[na].bad = a < 1 || a > ART_MAX || (e != NOPE && para > ART_MAX);
        arts[na].sfx = sfx;
        arts[na].start = tk(p, j)->start;
        arts[na].end = tk(p, k - 1)->end;
        na++;
        j = k;
        /* 第二条第三项和第四项: more paragraphs of the same article */
        while (para >= 0 && na < MAX_ITEMS) {
            size_t s2 = art_sep(p, j);
            long p2;
            if (s2 == NOPE || (e = zh_para(p, s2, &p2)) == NOPE)
                break;
            arts[na] = arts[na - 1];
            arts[na].para = p2;
            arts[na].bad |= p2 > ART_MAX;
            arts[na].start = tk(p, s2)->start;
            j = zh_subparas(p, e);
            arts[na].end = tk(p, j - 1)->end;
            na++;
        }
        size_t s = next_numbered(p, j);
        if (s == NOPE)
            break;
        j = s;
    }
    if (!na || all_bad(arts, na))
        return NOPE; /* only numbers too large: the title stays a reference of its own */
    if (anchor_reaches(p, i)) {
        anchor_absorb(p);
        add_articles(p, p->an.ids, p->an.n, arts, na);
        p->an.end_tok = j; /* a later list may go on: 第一条……第二条 */
    }
    return j;
}

/* An article's or paragraph's number: digits, or an ordinal in words
 * ("l'article premier", "el artículo primero"). */
static int is_num(P *p, size_t i)
{
    return tk_type(p, i) == TK_NUM || (tk_type(p, i) == TK_WORD && role_value(p, i, CG_R_ORDINAL) > 0);
}

static long num_at(P *p, size_t i)
{
    return tk_type(p, i) == TK_WORD ? role_value(p, i, CG_R_ORDINAL) : tok_long(p, i);
}

/* An ordinal in words of several words at i, a unit and its tens after it
 * ("الثالثة والثلاثين", "الحادية والخمسين", "الحادية و الخمسين", "الثالثة
 * عشرة"; the tens with the language's "and" joined or apart): the index
 * after it and the value in *v; i + 1 and the word's value otherwise.
 * The unit "one" of compounds (الحادية) is no number alone. */
static size_t ordinal_end(P *p, size_t i, long *v)
{
    *v = num_at(p, i);
    if (tk_type(p, i) != TK_WORD || *v < 1 || *v > 9)
        return i + 1;
    size_t q = i + 1;
    long t;
    if (tk_type(p, q) == TK_WORD && (t = role_value(p, q, CG_R_ORDINAL_TENS)) > 0) {
        *v += t;
        return q + 1;
    }
    if (has(p, q, CG_R_AND) && tk_type(p, q + 1) == TK_WORD &&
        (t = role_value(p, q + 1, CG_R_ORDINAL)) >= 20 && t <= 90 && t % 10 == 0) {
        *v += t;
        return q + 2;
    }
    return i + 1;
}

/* An article's number in Roman numerals, written in capitals, as some
 * treaties number their articles ("Article IV of the Treaty on the
 * Non-Proliferation of Nuclear Weapons", "l'article II de la Convention
 * sur le génocide", "статья IV"): its value, or -1.  Only I to XXXIX
 * written as Roman numerals are (XIV, not XIIII): those treaties have
 * fewer articles, and "Article C", "Article L" are letters (the Maastricht
 * Treaty's), not 100 and 50. */
static long roman_at(P *p, size_t i)
{
    static const char *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    size_t n = tlen(p, i);
    const char *s = ttext(p, i);
    if (tk_type(p, i) != TK_WORD || n > 8)
        return -1;
    size_t t = 0;
    while (t < n && t < 3 && s[t] == 'X')
        t++;
    const char *o = s + t;
    size_t ol = n - t;
    for (long u = 0; u < 10; u++)
        if (strlen(ones[u]) == ol && memcmp(o, ones[u], ol) == 0)
            return (long)t * 10 + u > 0 ? (long)t * 10 + u : -1;
    return -1;
}

/* An article's number: a paragraph's forms, or Roman numerals. */
static int art_is_num(P *p, size_t i)
{
    return is_num(p, i) || roman_at(p, i) > 0;
}

static long art_num_at(P *p, size_t i)
{
    return is_num(p, i) ? num_at(p, i) : roman_at(p, i);
}

/* After articles at k, [","] and a phrase of cg_lang.common_to ("common
 * to the", "commun aux", "общей для"): the index after it, or NOPE. */
static size_t common_to(P *p, size_t k)
{
    if (!p->L->common_to)
        return NOPE;
    if (is_ch(p, k, ','))
        k++;
    return words_at(p, k, CG_LIST_COMMON_TO);
}

/* A paragraph's number read for x: out of 1..ART_MAX, no article. */
static void set_para(art *x, long v)
{
    x->para = v;
    if (v < 1 || v > ART_MAX)
        x->bad = 1;
}

/* Token k is a word that starts with the language's joined "and". */
int joined_and(P *p, size_t k)
{
    const char *a = p->L->joined_and;
    if (!a || tk_type(p, k) != TK_WORD)
        return 0;
    size_t n = strlen(a);
    return tlen(p, k) > n && memcmp(ttext(p, k), a, n) == 0;
}

/* The numbers of one or more paragraphs at k ("3", "3 and 4", "1, 2, and
 * 7"; a subparagraph's mark after each skipped) into paras[], *np of
 * them: the index after the last. */
static size_t para_numbers(P *p, size_t k, long *paras, size_t *np)
{
    size_t n = k;
    *np = 0;
    while (*np < MAX_ITEMS && is_num(p, n)) {
        paras[(*np)++] = num_at(p, n);
        n = skip_subparas(p, n + 1);
        size_t sep = art_sep(p, n);
        if (sep != NOPE && is_ch(p, n, ',') && has(p, sep, CG_R_AND))
            sep++; /* "1, 2, and 7" */
        if (sep == NOPE || !is_num(p, sep))
            break;
        n = sep;
    }
    return n;
}

/* "paragraph 1 of Article 33", "paragraphs 3 and 4 of Article 2", "пункт 1
 * статьи 33" at k, an item of a list of articles after another
 * ("Article 2 and paragraph 1 of Article 33 of the Charter"): an item
 * each paragraph, added to arts; the index after the article's number, or
 * NOPE. */
static size_t para_of_item(P *p, size_t k, art *arts, size_t *na)
{
    if (!has(p, k, CG_R_PARA_NOUN) || role_value(p, k, CG_R_PARA_NOUN) == 1)
        return NOPE;
    size_t n = k + 1, np;
    if (is_ch(p, n, '.'))
        n++;
    long paras[MAX_ITEMS];
    n = para_numbers(p, n, paras, &np);
    if (!np)
        return NOPE;
    size_t a = has(p, n, CG_R_OF) ? skip_article(p, n + 1) : p->L->genitive ? n : NOPE;
    if (a == NOPE || !has(p, a, CG_R_ART_NOUN))
        return NOPE;
    size_t j = a + 1;
    if (is_ch(p, j, '.'))
        j++;
    if (!art_is_num(p, j))
        return NOPE;
    long an = art_num_at(p, j);
    int sfx = 0;
    size_t e = art_suffix(p, skip_day_mark(p, is_num(p, j) ? ordinal_end(p, j, &an) : j + 1), &sfx);
    for (size_t q = 0; q < np && *na < MAX_ITEMS; q++) {
        art *x = &arts[(*na)++];
        x->a = an;
        x->sfx = sfx;
        x->bad = an < 1 || an > ART_MAX;
        set_para(x, paras[q]);
        x->start = tk(p, k)->start;
        x->end = tk(p, e - 1)->end;
    }
    return e;
}

static size_t articles_head_first(P *p, size_t i, size_t j);

size_t rule_articles_head_first(P *p, size_t i)
{
    size_t j = i + 1;
    if (is_ch(p, j, '.'))
        j++; /* art. */
    /* "المواد من 1 إلى 3": from the first end of a range */
    if (has(p, j, CG_R_FROM) && art_is_num(p, j + 1) && (has(p, j + 2, CG_R_TO) || range_dash(p, j + 2)))
        j++;
    return articles_head_first(p, i, j);
}

/* After "articles 53 of Additional Protocol I" ending at r: "and 16 of
 * Additional Protocol II", a number and "of" another instrument, the
 * noun shared: the index of the number, or NOPE. */
static size_t shared_noun_next(P *p, size_t r)
{
    size_t c = is_ch(p, r, ',') ? r + 1 : r;
    if (!has(p, c, CG_R_AND) || tk_type(p, c + 1) != TK_NUM || (tk(p, c + 1)->flags & TF_PARA))
        return NOPE;
    size_t k = c + 2;
    if (is_ch(p, k, '(') && is_num(p, k + 1) && is_ch(p, k + 2, ')'))
        k += 3;
    if (!has(p, k, CG_R_OF))
        return NOPE;
    /* (an instrument's name after "of": not "and 16 of the 20 villages") */
    size_t q = skip_article(p, k + 1);
    uint64_t roles = 1ull << CG_R_TITLE | (q > k + 1 ? 1ull << CG_R_TITLE_SHORT : 0);
    return cg_phrase_any(p, q, roles, CG_LANG_ALL, NULL) ? c + 1 : NOPE;
}

/* The articles from their first number at j, the noun at i (the
 * reference's start when the list is one item). */
static size_t articles_head_first(P *p, size_t i, size_t j)
{
    art arts[MAX_ITEMS];
    size_t na = 0;
    for (;;) {
        if (na == MAX_ITEMS || !art_is_num(p, j))
            break;
        art *x = &arts[na];
        x->a = art_num_at(p, j);
        /* "المادة الحادية والخمسين": an ordinal of several words */
        size_t ne = is_num(p, j) ? ordinal_end(p, j, &x->a) : j + 1;
        x->para = -1;
        x->bad = x->a < 1 || x->a > ART_MAX;
        x->sfx = 0;
        x->start = tk(p, j)->start;
        /* "1er", "1º", "1.º" (a day's mark); "8 bis", "8bis" */
        size_t k = art_suffix(p, skip_day_mark(p, ne), &x->sfx);
        x->end = tk(p, k - 1)->end;
        if (is_num(p, k) && is_ch(p, k + 1, ')') && !(tk(p, k + 1)->flags & TF_WS)) {
            /* "Artículo 2 4)": the paragraph in a closing bracket */
            set_para(x, num_at(p, k));
            x->end = tk(p, k + 1)->end;
            k = skip_subparas(p, k + 2);
        } else if (is_ch(p, k, '(') && is_num(p, k + 1) && is_ch(p, k + 2, ')')) {
            set_para(x, num_at(p, k + 1));
            x->end = tk(p, k + 2)->end;
            k += 3;
            /* Article 2 (3) and (4) */
            while (na + 1 < MAX_ITEMS && (has(p, k, CG_R_AND) || is_ch(p, k, ',')) &&
                   is_ch(p, k + 1, '(') && is_num(p, k + 2) && is_ch(p, k + 3, ')')) {
                arts[na + 1] = *x;
                na++;
                x = &arts[na];
                set_para(x, num_at(p, k + 2));
                x->start = tk(p, k + 1)->start;
                x->end = tk(p, k + 3)->end;
                k += 4;
            }
            /* "article 7 (1) (d)": a subparagraph of paragraph 1 */
            k = skip_subparas(p, k);
        } else if (sub_mark(p, k) != NOPE) {
            /* "article 3 (g)": a subparagraph of an article without numbered paragraphs */
            k = skip_subparas(p, k);
        } else if (is_ch(p, k, ',') && comma_subpara(p, k) != k) {
            /* "article 7, subparagraph (d)," */
            k = comma_subpara(p, k);
            if (is_ch(p, k, ',') && has(p, k + 1, CG_R_OF))
                k++;
        } else if (is_ch(p, k, ',') && tk_type(p, k + 1) == TK_WORD && role_value(p, k + 1, CG_R_ORDINAL) > 0 &&
                   has(p, k + 2, CG_R_PARA_NOUN) && role_value(p, k + 2, CG_R_PARA_NOUN) != 1 &&
                   !(tk(p, k + 2)->flags & TF_PARA)) {
            /* "Article 49, sixth paragraph, of the Fourth Geneva Convention" */
            set_para(x, role_value(p, k + 1, CG_R_ORDINAL));
            x->end = tk(p, k + 2)->end;
            k += 3;
            if (is_ch(p, k, ',') && has(p, k + 1, CG_R_OF))
                k++;
        } else if (is_ch(p, k, ',') && has(p, k + 1, CG_R_PARA_NOUN) && role_value(p, k + 1, CG_R_PARA_NOUN) != 1) {
            size_t q = k + 2;
            if (is_ch(p, q, '.'))
                q++;
            if (is_num(p, q)) {
                set_para(x, num_at(p, q));
                x->end = tk(p, q)->end;
                k = q + 1;
                /* Article 2, paragraphs 3 and 4, */
                while (na + 1 < MAX_ITEMS && (has(p, k, CG_R_AND) || is_ch(p, k, ',')) &&
                       is_num(p, k + 1)) {
                    arts[na + 1] = *x;
                    na++;
                    x = &arts[na];
                    set_para(x, num_at(p, k + 1));
                    x->end = tk(p, k + 1)->end;
                    k += 2;
                }
                /* "paragraph 2 (b)", "paragraphe 2, alinéa b)" */
                k = comma_subpara(p, skip_subparas(p, k));
                if (is_ch(p, k, ',') && has(p, k + 1, CG_R_OF))
                    k++;
            }
        }
        if (na == 0)
            x->start = tk(p, i)->start; /* "Article 51", not "51" */
        na++;
        j = k;
        size_t s;
        for (;;) {
            s = j;
            if (is_ch(p, s, ','))
                s++;
            if (has(p, s, CG_R_AND) || has(p, s, CG_R_OR)) {
                s++;
            } else if (s == j && (has(p, s, CG_R_TO) || range_dash(p, s)) && art_is_num(p, s + 1)) {
                /* a range: "Articles 33 to 38", "les articles 1er à 3",
                 * "статьи 1–3" (the two ends are cited, as of a range of
                 * resolutions) */
                s++;
                break;
            }
            /* "Article 2 and paragraph 1 of Article 33", "l'article 2 et le
             * paragraphe 1 de l'article 33", "والفقرة 1 من المادة 33" */
            size_t pe = na < MAX_ITEMS && (s > j || joined_and(p, s))
                            ? para_of_item(p, s > j ? skip_article(p, s) : s, arts, &na)
                            : NOPE;
            if (pe == NOPE)
                break;
            j = pe;
        }
        /* "Article 2, paragraph 4, and Article 33", "l'Article 2 et
         * l'Article 33", "المادة 2 (4) والمادة 51" (and joined to the noun) */
        size_t noun = s > j ? skip_article(p, s) : s;
        /* "its article 4, and article 53 of Additional Protocol I": the
         * articles the possessive gives its instrument end the list; the
         * next noun starts one of its own */
        int owned = i > 0 && !p->L->genitive && (has(p, i - 1, CG_R_ITS) || has(p, i - 1, CG_R_THEIR));
        if (!owned && has(p, noun, CG_R_ART_NOUN) && (s > j || joined_and(p, noun))) {
            s = noun + 1;
            if (is_ch(p, s, '.'))
                s++;
        }
        if (s == j || !art_is_num(p, s))
            break;
        j = s;
    }
    if (!na || all_bad(arts, na))
        return NOPE; /* only numbers too large: the title stays a reference of its own */
    /* "Article 2, and Article 51, of the Charter": a comma before "of" and
     * an instrument's name */
    if (is_ch(p, j, ',') && has(p, j + 1, CG_R_OF) &&
        cg_phrase_any(p, skip_article(p, j + 2), 1ull << CG_R_TITLE | 1ull << CG_R_TITLE_SHORT, CG_LANG_ALL, NULL))
        j++;
    /* of [the] INSTRUMENT; "статья 51 Устава": the genitive, no "of";
     * "article 3 common to the Geneva Conventions" */
    size_t common = common_to(p, j);
    int genitive = common == NOPE && !has(p, j, CG_R_OF) && p->L->genitive;
    if (has(p, j, CG_R_OF) || genitive || common != NOPE) {
        size_t q = common != NOPE ? common : genitive ? j : j + 1;
        uint64_t roles = 1ull << CG_R_TITLE | 1ull << CG_R_CASE_NAME;
        if (common != NOPE)
            ; /* a title in full: "common to the Conventions" is not one */
        else if (p->L->genitive) /* no article: "статья 51 Устава", "من الميثاق" */
            roles |= 1ull << CG_R_TITLE_SHORT;
        else if (skip_article(p, q) != q) {
            q = skip_article(p, q);
            roles |= 1ull << CG_R_TITLE_SHORT;
        } else if (has(p, j, CG_R_ARTICLE_DEF)) {
            roles |= 1ull << CG_R_TITLE_SHORT; /* "de l'article VI du TNP": "du" holds the article */
        }
        /* "article 4 of our Constitution", "article 3 of their agreement",
         * "article 12 of its Statute": the owner's own instrument, unless
         * named in full after the possessive */
        if (!p->L->genitive && (has(p, q, CG_R_ITS) || has(p, q, CG_R_THEIR) || has(p, q, CG_R_MY))) {
            const cg_tpay *own = NULL;
            size_t mo = cg_phrase_any(p, q + 1, 1ull << CG_R_TITLE, CG_LANG_ALL, &own);
            const cg_entry *oe = mo ? cg_registry_entry(p->reg, (size_t)own->value) : NULL;
            /* ... or by its short title when it is the one the letter just
             * named ("the Charter of the United Nations …, Article 51 of its
             * Charter") */
            if (!oe && (mo = cg_phrase_any(p, q + 1, 1ull << CG_R_TITLE_SHORT, CG_LANG_ALL, &own)) != 0) {
                oe = cg_registry_entry(p->reg, (size_t)own->value);
                int named = 0;
                for (size_t a = 0; oe && a < p->an.n && !named; a++)
                    named = strcmp(p->an.ids[a], oe->id) == 0;
                if (!named)
                    oe = NULL;
            }
            if (!oe || !(oe->kind == CG_KIND_INSTRUMENT || oe->kind == CG_KIND_GA_RESOLUTION || oe->kind == CG_KIND_TITLE))
                return j;
            const char *ids[1] = {oe->id};
            add_articles(p, ids, 1, arts, na);
            anchor_set(p, oe->id, q + 1, q + 1 + mo, NOPE);
            return q + 1 + mo;
        }
        const cg_tpay *pay = NULL;
        size_t m = cg_phrase_any(p, q, roles, CG_LANG_ALL, &pay);
        /* "article 1 of the draft articles on responsibility of States",
         * "article 1 of the 1951 Convention relating to …", "article 2 of
         * the present Convention": words in small letters (two at most) or
         * a year between the article and the instrument's name; words with
         * no name after them name an instrument citegraph does not know */
        size_t lower = q;
        if (!m && q > j + 1 && !p->L->genitive) {
            for (int w = 0; w < 2; w++) {
                const cg_token *t = tk(p, lower);
                if ((t->flags & TF_PARA) ||
                    !((t->type == TK_WORD && !(t->flags & (TF_CAP | TF_UPPER)) && !t->roles) ||
                      (t->type == TK_NUM && tlen(p, lower) == 4)))
                    break;
                lower++;
            }
            if (lower > q) {
                m = cg_phrase_any(p, lower, roles, CG_LANG_ALL, &pay);
                if (!m && words_at(p, lower, CG_LIST_GENERIC_TITLES) == NOPE)
                    return j;
                q = lower;
            }
        }
        /* "статья 5 Устава СНГ": a one-word title before a capitalised
         * name in the genitive is another instrument's */
        if (m == 1 && p->L->genitive && p->L->script == CG_SCRIPT_CYRILLIC &&
            tk_type(p, q + 1) == TK_WORD && (tk(p, q + 1)->flags & (TF_CAP | TF_UPPER)))
            m = 0;
        if (m && names_other(p, q + m))
            m = 0;
        const cg_entry *e = m ? cg_registry_entry(p->reg, (size_t)pay->value) : NULL;
        if (e && (e->kind == CG_KIND_INSTRUMENT || e->kind == CG_KIND_GA_RESOLUTION ||
                  e->kind == CG_KIND_TITLE)) {
            const char *ids[1] = {e->id};
            add_articles(p, ids, 1, arts, na);
            anchor_set(p, e->id, q, q + m, NOPE);
            /* "articles 53 of Additional Protocol I and 16 of Additional
             * Protocol II": the noun shared by the next number of another */
            size_t nx = shared_noun_next(p, q + m), e2;
            if (nx != NOPE && (e2 = articles_head_first(p, nx, nx)) != NOPE)
                return e2;
            return q + m;
        }
        /* "article 2 of the Convention": the one named before */
        size_t g = words_at(p, q, CG_LIST_GENERIC_TITLES);
        int cased = p->L->script == CG_SCRIPT_LATIN || p->L->script == CG_SCRIPT_CYRILLIC;
        /* ... also after the language's anaphors: "of the said Convention",
         * "de ladite Convention", "данной Конвенции", "من هذه الاتفاقية" */
        size_t an = g == NOPE ? words_at(p, q, CG_LIST_ANAPHORS) : NOPE;
        size_t ga = an != NOPE ? words_at(p, an, CG_LIST_GENERIC_TITLES) : NOPE;
        if (ga != NOPE && (!cased || (tk(p, an)->flags & TF_CAP)) && !names_another(p, an, an, ga)) {
            const char *before = named_before(p, an, ga);
            if (before) {
                const char *ids[1] = {before};
                add_articles(p, ids, 1, arts, na);
                return ga;
            }
        }
        if (g != NOPE && (!cased || (tk(p, q)->flags & TF_CAP)) &&
            (q != j + 1 || has(p, j, CG_R_ARTICLE_DEF) || p->L->genitive) && !names_another(p, j, q, g)) {
            const char *before = named_before(p, q, g);
            if (before) {
                const char *ids[1] = {before};
                add_articles(p, ids, 1, arts, na);
                return g;
            }
        }
        /* "المادة 3 من المعاهدة" after a convention: not its article */
        if (g != NOPE)
            return j;
        /* "Article 51 of the Baku Declaration": an instrument citegraph does
         * not know; not the one named before */
        if (tk_type(p, q) == TK_WORD && (tk(p, q)->flags & TF_CAP))
            return j;
        /* "article 5 of the nationality law", "المادة 5 من قانون الجنسية":
         * "of" words that name nothing citegraph knows, not the instrument
         * named before either */
        if (has(p, j, CG_R_OF) && names_other_words(p, q))
            return j;
        /* "статья 7 уголовного кодекса", "статья 3 двустороннего договора":
         * in the genitive, a word in small letters before a generic noun
         * names another instrument */
        if (genitive && cased && tk_type(p, q) == TK_WORD && !(tk(p, q)->flags & TF_CAP) &&
            words_at(p, q + 1, CG_LIST_GENERIC_TITLES) != NOPE)
            return j;
    }
    if (anchor_reaches(p, i)) {
        anchor_absorb(p);
        add_articles(p, p->an.ids, p->an.n, arts, na);
        p->an.end_tok = j;
    }
    return j;
}

/* "paragraph 4 of Article 2 of the Charter", "le paragraphe 4 de l'Article
 * 2 de la Charte": the paragraph first. */
size_t rule_paragraph_of_article(P *p, size_t i)
{
    size_t k = i + 1, first = i;
    if (is_ch(p, k, '.'))
        k++;
    if (role_value(p, i, CG_R_PARA_NOUN) == 1)
        return NOPE; /* "subparagraph 2 of article 8": not a paragraph */
    /* "paragraph 2 (b) of article 8": the paragraph's subparagraph;
     * "paragraphs 3 and 4 of Article 2", "les paragraphes 3 et 4", "пункты
     * 3 и 4", "الفقرتين 3 و 4": a paragraph each */
    long paras[MAX_ITEMS];
    size_t np = 0, n = k;
    if (!is_num(p, k)) {
        /* "the sixth paragraph of Article 49", "le sixième alinéa de
         * l'article 49": the paragraph's ordinal before its noun */
        if (i == 0 || tk_type(p, i - 1) != TK_WORD || role_value(p, i - 1, CG_R_ORDINAL) <= 0 ||
            !has(p, i + 1, CG_R_OF))
            return NOPE;
        paras[np++] = role_value(p, i - 1, CG_R_ORDINAL);
        first = i - 1;
        n = i + 1;
    }
    while (first == i) {
        paras[np++] = num_at(p, n);
        n = skip_subparas(p, n + 1);
        size_t sep = art_sep(p, n);
        if (sep != NOPE && is_ch(p, n, ',') && has(p, sep, CG_R_AND))
            sep++; /* "3, 4, and 5" */
        if (sep == NOPE || np == MAX_ITEMS || !is_num(p, sep))
            break;
        n = sep;
    }
    size_t a;
    if (has(p, n, CG_R_OF))
        a = skip_article(p, n + 1);
    else if (p->L->genitive) /* "пункт 4 статьи 2 Устава" */
        a = n;
    else
        return NOPE;
    if (!has(p, a, CG_R_ART_NOUN))
        return NOPE;
    size_t before = p->ms.n;
    size_t next = rule_articles_head_first(p, a);
    if (next == NOPE)
        return NOPE;
    long para = paras[0];
    /* the article just added gets the paragraph (of each instrument
     * named); not the others of a list: "paragraph 4 of Article 2 and
     * Article 33" */
    for (size_t q = before, added = p->ms.n; q < added; q++) {
        cg_mention *m = &p->ms.v[q];
        if (m->kind != CG_KIND_ARTICLE || strchr(strrchr(m->target, '.'), '(') ||
            m->start != tk(p, a)->start)
            continue;
        if (para < 1 || para > ART_MAX) {
            /* "paragraph 99999999999 of Article 2 of the Charter": no
             * article; the instrument stays named */
            const cg_entry *e = m->parent ? cg_registry_get(p->reg, m->parent) : NULL;
            size_t t = next;
            const cg_tpay *pay = NULL;
            uint64_t roles = 1ull << CG_R_TITLE | 1ull << CG_R_TITLE_SHORT | 1ull << CG_R_CASE_NAME;
            while (t > a && cg_phrase_any(p, t - 1, roles, CG_LANG_ALL, &pay) != next - (t - 1))
                t--;
            if (e && t > a) {
                m->target = e->id;
                m->kind = e->kind;
                m->label = entry_label(p, e);
                m->parent = NULL;
                m->start = tk(p, t - 1)->start; /* the title's text */
                m->end = tk(p, next - 1)->end;
            } else {
                m->absorbed = 1;
            }
            continue;
        }
        const char *art_id = m->target;
        m->target = cg_arena_printf(p->arena, "%s(%ld)", art_id, para);
        m->start = tk(p, first)->start;
        /* the other paragraphs, each its node (not one out of range) */
        cg_mention c = *m;
        for (size_t j = 1; j < np; j++)
            if (paras[j] >= 1 && paras[j] <= ART_MAX)
                add(p, cg_arena_printf(p->arena, "%s(%ld)", art_id, paras[j]), c.kind, c.label, c.parent,
                    c.symbols, c.start, c.end);
    }
    return next;
}
