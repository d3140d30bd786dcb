/* scan.c: the driver of the scan core, and what its rules share.
 *
 * One pass over the tokens.  At each token the rules of the paragraph's
 * language that can start there are tried (scan.h lists them); what they
 * find is a mention, resolved on the spot to a canonical identifier.  The
 * metadata reader sees every token too.  What only the whole document can
 * tell (the writer's own sender for "my letter", the body that issued a
 * resolution for "its resolutions", the masthead) is settled at the end.
 *
 * Articles bind to the instrument(s) they follow in the sentence, across
 * locators only (dates, reporters, volumes), or to the one they name
 * ("of the Charter"): the anchor. */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "tables.h"

/* ---- the token window ----------------------------------------------- */

/* After a Chinese character, the plain ideographs that follow it
 * (cg_lex_plain_cjk), up to CJK_RUN of them, made tokens straight from the
 * bytes: what cg_lex_next would make of each (TK_CHAR, no flags, as
 * nothing stands between them), with its id and roles from cg_vcjk.  The
 * window then holds at most CJK_RUN tokens more than were asked for, well
 * within the CG_WINDOW / 2 the rules may look back. */
#define CJK_RUN 64
static void lex_cjk_run(P *p)
{
    const unsigned char *c = p->lx.cur, *end = p->lx.end;
    const unsigned char *base = p->lx.base;
    size_t hi = p->hi;
    for (int k = 0; k < CJK_RUN && end - c >= 3 && c[0] >= 0xE4 && c[0] <= 0xE9 && (c[1] & 0xC0) == 0x80 &&
                    (c[2] & 0xC0) == 0x80;
         k++, c += 3) {
        uint32_t cp = (uint32_t)(c[0] & 0x0F) << 12 | (uint32_t)(c[1] & 0x3F) << 6 | (c[2] & 0x3F);
        if (!cg_lex_plain_cjk(cp))
            break;
        cg_token *t = &p->ring[hi & (CG_WINDOW - 1)];
        t->type = TK_CHAR;
        t->flags = 0;
        t->start = (uint32_t)(c - base);
        t->end = (uint32_t)(c + 3 - base);
        uint32_t vid = cg_vcjk[cp - CG_VCJK_FIRST];
        t->vid = vid;
        t->roles = vid ? (vid < cg_nvwords ? cg_vwords[vid].rolesub : ~(uint64_t)0) : 0;
        hi++;
    }
    p->lx.cur = c;
    p->hi = hi;
}

/* Whether some phrase writes the two words key[0, k1) and key[k1, k1 + k2)
 * with a hyphen between them ("co-operation", "anti-personnel"). */
static int written_hyphened(const char *key, size_t k1, size_t k2)
{
    char both[72];
    if (k1 + k2 + 2 > sizeof both)
        return 0;
    memcpy(both, key, k1);
    both[k1] = '-';
    memcpy(both + k1 + 1, key + k1, k2);
    both[k1 + 1 + k2] = '\0';
    size_t lo = 0, hi = cg_nthyphened;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(cg_thyphened[mid], both);
        if (!c)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* A word cut at the end of a line by a hyphen, the line after it going
 * on with a small letter: "résolu-⏎tion", "Coun-⏎cil", "Безопас-⏎ности",
 * "interna-⏎tional" (a word of a title).  It is one word when the whole
 * word is one the vocabulary knows (a word of some phrase of the
 * languages, of the registry's titles, or of the user's registry), and no
 * phrase writes the two halves as a compound with a hyphen
 * ("co-⏎operation" stays as written); then
 * t spans both halves, its id that of the whole word, and 1 is returned.
 * Else the hyphen is the word's own and the halves stay apart, as
 * written: "Secretary-⏎General", "vingt-⏎cinq", "non-⏎aligned",
 * "Bosnie-⏎Herzégovine".  The clean text keeps "-\n" (sentences and
 * offsets are the letter's); cg_token_key skips it.  A soft hyphen
 * (U+00AD) is the normalizer's: it is left out, and a word cut after one
 * is joined there. */
static int join_cut_word(P *p, cg_token *t)
{
    const unsigned char *base = p->lx.base, *end = p->lx.end, *e = base + t->end;
    size_t hl = 0;
    if (e < end && *e == '-')
        hl = 1;
    else if (end - e >= 3 && e[0] == 0xE2 && e[1] == 0x80 && e[2] == 0x90)
        hl = 3; /* U+2010 HYPHEN */
    if (!hl || (size_t)(end - e) < hl + 2 || e[hl] != '\n')
        return 0;
    const unsigned char *r = e + hl + 1; /* the next line; "\n " starts a paragraph */
    cg_lexer lx = p->lx;
    lx.cur = r;
    lx.pending = 0;
    cg_token w;
    cg_lex_next(&lx, &w);
    if (w.type != TK_WORD || w.start != (uint32_t)(r - base) || !cg_lex_lower(cg_token_cp(p->s, &w)))
        return 0;
    char key[64];
    size_t k1 = cg_token_key(p->s, t, key, sizeof key);
    size_t k2 = k1 ? cg_token_key(p->s, &w, key + k1, sizeof key - k1) : 0;
    uint32_t vid = k2 ? cg_registry_vid(p->reg, key, k1 + k2) : 0;
    if (!vid || written_hyphened(key, k1, k2))
        return 0;
    t->end = w.end;
    t->vid = vid;
    t->flags &= (uint8_t)~TF_UPPER;
    p->lx = lx;
    return 1;
}

static void lex_one(P *p)
{
    cg_token *t = &p->ring[p->hi & (CG_WINDOW - 1)];
    cg_lex_next(&p->lx, t);
    if (t->type == TK_EOF) {
        p->neof = p->hi;
        p->eof = *t;
        return;
    }
    const unsigned char *c = (const unsigned char *)p->s + t->start;
    if (t->type == TK_WORD && join_cut_word(p, t)) {
        ; /* its id is the whole word's */
    } else if (t->type == TK_CHAR && t->end - t->start == 3 && c[0] >= 0xE4 && c[0] <= 0xE9 &&
        !(p->reg && p->reg->ov)) {
        uint32_t cp = (uint32_t)(c[0] & 0x0F) << 12 | (uint32_t)(c[1] & 0x3F) << 6 | (c[2] & 0x3F);
        t->vid = cg_vcjk[cp - CG_VCJK_FIRST];
    } else if ((t->type == TK_PUNCT || t->type == TK_CHAR || t->type == TK_NUM || t->type == TK_WORD) &&
               t->end - t->start <= 7) {
        /* the same few punctuation marks, numbers and short words again
         * and again */
        size_t l = t->end - t->start;
        uint64_t bytes = 0;
        memcpy(&bytes, c, l);
        uint64_t key = bytes | (uint64_t)l << 56 | (uint64_t)t->type << 60;
        uint32_t slot = (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 56);
        if (p->vcache[slot].key == key) {
            t->vid = p->vcache[slot].vid;
        } else {
            t->vid = cg_token_vid(p->reg, p->s, t);
            p->vcache[slot].key = key;
            p->vcache[slot].vid = t->vid;
        }
    } else {
        t->vid = cg_token_vid(p->reg, p->s, t);
    }
    if (t->vid)
        t->roles = t->vid < cg_nvwords && !(p->reg && p->reg->ov) ? cg_vwords[t->vid].rolesub : ~(uint64_t)0;
    p->hi++;
    if (t->type == TK_CHAR && !(p->reg && p->reg->ov))
        lex_cjk_run(p);
}

const cg_token *cg_tk(P *p, size_t i)
{
    while (i >= p->hi && p->neof == NOPE)
        lex_one(p);
    if (i < p->hi && i + CG_WINDOW >= p->hi)
        return &p->ring[i & (CG_WINDOW - 1)];
    return &p->eof; /* past the end, or fallen out of the window */
}

size_t tok_at_or_after(P *p, size_t i, size_t off)
{
    while (tk(p, i)->type != TK_EOF && tk(p, i)->start < off)
        i++;
    return i;
}

/* The index of the first token starting at or after clean offset off,
 * searching the window. */
size_t tok_index(P *p, size_t off)
{
    size_t lo = p->hi > CG_WINDOW ? p->hi - CG_WINDOW : 0, hi = p->hi;
    if (hi == lo || tk(p, hi - 1)->start < off)
        return tok_at_or_after(p, hi, off);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tk(p, mid)->start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- phrases ---------------------------------------------------------- */

static int pay_ok(P *p, const cg_tpay *pay, uint64_t roles, unsigned langs, size_t first)
{
    if (!(roles >> pay->role & 1) || !(pay->langs & langs))
        return 0;
    if ((pay->flags & CG_PF_UPPER) && !(tk(p, first)->flags & TF_UPPER))
        return 0;
    if ((pay->flags & CG_PF_CAPITAL) && !(tk(p, first)->flags & TF_CAP))
        return 0;
    return 1;
}

static const cg_tpay *pay_find(P *p, cg_tpos pos, uint64_t roles, unsigned langs, size_t first)
{
    size_t ns, nu;
    const cg_tpay *const *user;
    const cg_tpay *s = cg_trie_pays(p->reg, pos, &ns, &user, &nu);
    for (size_t k = 0; k < ns; k++)
        if (pay_ok(p, &s[k], roles, langs, first))
            return &s[k];
    for (size_t k = 0; k < nu; k++)
        if (pay_ok(p, user[k], roles, langs, first))
            return user[k];
    return NULL;
}

const cg_tpay *cg_role1(P *p, size_t i, int role)
{
    const cg_token *t = tk(p, i);
    uint64_t roles = 1ull << role;
    if (!(t->roles & roles))
        return NULL;
    cg_tpos pos = cg_trie_start(p->reg, t->vid);
    if (!pos.s && !pos.o)
        return NULL;
    return pay_find(p, pos, roles, p->lbit, i);
}

size_t cg_phrase_any(P *p, size_t i, uint64_t roles, unsigned langs, const cg_tpay **pay)
{
    const cg_token *t = tk(p, i);
    if (!(t->roles & roles))
        return 0;
    cg_tpos pos = cg_trie_start(p->reg, t->vid);
    size_t best = 0;
    for (size_t k = 1; (pos.s || pos.o) && k <= 64; k++) {
        const cg_tpay *x = pay_find(p, pos, roles, langs, i);
        if (x) {
            best = k;
            if (pay)
                *pay = x;
        }
        pos = cg_trie_step(p->reg, pos, tk(p, i + k)->vid);
    }
    return best;
}

size_t cg_phrase(P *p, size_t i, int role, unsigned langs, const cg_tpay **pay)
{
    return cg_phrase_any(p, i, 1ull << role, langs, pay);
}

size_t phrase_end(P *p, size_t i, int role, const cg_tpay **pay)
{
    size_t n = cg_phrase(p, i, role, p->lbit, pay);
    return n ? i + n : NOPE;
}

long role_value(P *p, size_t i, int role)
{
    const cg_tpay *x = cg_role1(p, i, role);
    return x ? x->value : -1;
}

long tok_long(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    size_t l = t->end - t->start;
    if (t->type == TK_NUM)
        return l > 9 ? -1 : strtol(p->s + t->start, NULL, 10);
    if (t->type == TK_CNUM)
        return cg_cnum_value(p->s + t->start, l);
    return -1;
}

const char *states_in(P *p, size_t a, size_t b, size_t near_tok)
{
    (void)near_tok;
    cg_buf out = {0};
    for (size_t i = tok_index(p, a); tk(p, i)->type != TK_EOF && tk(p, i)->end <= b;) {
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, i, CG_R_STATE, p->lbit, &pay);
        if (n && tk(p, i + n - 1)->end <= b) {
            const char *iso = cg_registry_state((size_t)pay->value);
            if (!out.s || !strstr(out.s, iso)) {
                if (out.len)
                    cg_buf_putc(&out, ' ');
                cg_buf_puts(&out, iso);
            }
            i += n;
        } else {
            i++;
        }
    }
    if (!out.s)
        return NULL;
    const char *r = cg_arena_strdup(p->arena, out.s);
    cg_buf_free(&out);
    return r;
}

/* ---- mentions --------------------------------------------------------- */

const char *entry_label(P *p, const cg_entry *e)
{
    return cg_entry_label(e, p->doc_lang);
}

cg_mention *last_mention_ptr(P *p)
{
    return p->ms.n ? &p->ms.v[p->ms.n - 1] : NULL;
}

size_t last_mention(P *p)
{
    return p->ms.n ? p->ms.n - 1 : NOPE;
}

/* Two mentions of one target separated only by punctuation ("A/75/693
 * (A/75/693)", a case name and its parties) are one. */
void add(P *p, const char *target, cg_kind kind, const char *label, const char *parent,
         const char *symbols, size_t start, size_t end)
{
    cg_mention *last = last_mention_ptr(p);
    if (last && strcmp(last->target, target) == 0 && start >= last->end && start - last->end <= 8) {
        int only_punct = 1;
        for (size_t k = last->end; k < start; k++)
            if (strchr(" \n()[],;:-", p->s[k]) == NULL)
                only_punct = 0;
        if (only_punct) {
            last->end = (uint32_t)end;
            return;
        }
    }
    if (p->ms.n == p->ms.cap)
        p->ms.v = cg_xrealloc(p->ms.v, (p->ms.cap = p->ms.cap ? p->ms.cap * 2 : 64) * sizeof *p->ms.v);
    cg_mention *m = &p->ms.v[p->ms.n++];
    memset(m, 0, sizeof *m);
    m->target = cg_arena_strdup(p->arena, target);
    m->kind = kind;
    m->label = label;
    m->parent = parent;
    m->symbols = symbols;
    m->start = (uint32_t)start;
    m->end = (uint32_t)end;
    m->echo = (uint8_t)cg_text_echo(p->text, start);
    m->lang = (int8_t)p->lang;
}

/* ---- anchors for articles --------------------------------------------- */

void anchor_clear(anchor *a)
{
    a->n = 0;
}

/* The tokens joining two coordinated titles ("和", "以及", "and the", ","
 * and "、"), or 0. */
static size_t coordinator(P *p, size_t i)
{
    size_t e = phrase_end(p, i, CG_R_COORD, NULL);
    if (e != NOPE)
        return e - i;
    if (has(p, i, CG_R_AND) || is_ch(p, i, ',') ||
        (tk_type(p, i) == TK_CHAR && cg_token_cp(p->s, tk(p, i)) == 0x3001))
        return 1;
    return 0;
}

/* An instrument mentioned at tokens [i, end): articles that follow bind to
 * it; "A 和 B 第一条" binds to both.  `mention` is the title's own mention
 * (the last one added) or NOPE. */
void anchor_set(P *p, const char *id, size_t i, size_t end, size_t mention)
{
    anchor *a = &p->an;
    int coordinated = a->n && a->n < 8 && !a->used && a->end_tok <= i &&
                      (i == a->end_tok || coordinator(p, a->end_tok) == i - a->end_tok);
    if (!coordinated)
        anchor_clear(a);
    a->used = 0;
    a->mention[a->n] = mention;
    a->ids[a->n++] = cg_arena_strdup(p->arena, id);
    a->end_tok = end;
}

/* The articles bound to the anchor are what the letter cites: the titles
 * that introduced them ("《宪章》第二条") are not cited a second time. */
void anchor_absorb(P *p)
{
    p->an.used = 1;
    for (size_t k = 0; k < p->an.n; k++)
        if (p->an.mention[k] != NOPE) {
            p->ms.v[p->an.mention[k]].absorbed = 1;
            p->an.mention[k] = NOPE;
        }
}

int skippable(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    switch (t->type) {
    case TK_NUM:
    case TK_CNUM:
    case TK_NUM_ROMAN: /* 《世界人权宣言》，1948 年 12 月 10 日，217 A (III)，第 3 条 */
        return 1;
    case TK_PUNCT:
        return strchr(",.;:()[]-\"", p->s[t->start]) != NULL; /* a title's closing quote too */
    case TK_CHAR:
        if (is_ch(p, i, ','))
            return 1; /* the Arabic comma */
        {
            uint32_t cp = cg_token_cp(p->s, t);
            if (cp == 0x201D || cp == 0xBB)
                return 1; /* a title's closing quote: "the “Definition of Aggression”, article 3" */
        }
        return has(p, i, CG_R_LOCATOR) || has(p, i, CG_R_MONTH);
    case TK_TITLE:
        return cg_registry_is_reporter(p->reg, ttext(p, i) + 3, tlen(p, i) - 6);
    case TK_WORD:
        if ((t->flags & TF_CAP) && cg_roman_value(ttext(p, i), tlen(p, i)) > 0)
            return 1;
        /* fall through */
    default:
        /* "the Charter, in particular its Article 51": "its" is the title's */
        return has(p, i, CG_R_LOCATOR) || has(p, i, CG_R_MONTH) ||
               (has(p, i, CG_R_ITS) && has(p, i + 1, CG_R_ART_NOUN));
    }
}

/* Phrases that may stand between a title and its article ("United
 * Nations", "特别是", "联合国"): the index after one at i, else NOPE. */
static size_t locator_phrase(P *p, size_t i)
{
    size_t e = phrase_end(p, i, CG_R_LOCATOR, NULL);
    if (e == NOPE)
        e = phrase_end(p, i, CG_R_ALSO_INCLUDING, NULL);
    return e;
}

/* Token k is an article or possessive (the, its, their) of what starts
 * at token i: right before it, after an elision's apostrophe (l'), or
 * before a locator that starts it (其第二十二条). */
static int determines(P *p, size_t k, size_t i)
{
    if (!has(p, k, CG_R_ARTICLE_DEF) && !has(p, k, CG_R_ITS) && !has(p, k, CG_R_THEIR))
        return 0;
    if (k + 1 == i)
        return 1;
    return k + 2 == i && (is_apostrophe(p, k + 1) || has(p, k + 1, CG_R_LOCATOR)) &&
           !(tk(p, k + 1)->flags & TF_WS);
}

/* The bracket at k giving where and when an instrument was adopted,
 * right after its name: "(The Hague, 1954)", "(Paris, 1948)", "(New York,
 * 16 December 1966)": capitalised words, commas and numbers, a year
 * among them.  The token after its ")", or NOPE. */
static size_t place_year_bracket(P *p, size_t k)
{
    if (!is_ch(p, k, '('))
        return NOPE;
    int year = 0;
    for (size_t q = k + 1; q < k + 10 && tk_type(p, q) != TK_EOF; q++) {
        const cg_token *t = tk(p, q);
        if (t->flags & TF_PARA)
            return NOPE;
        if (is_ch(p, q, ')'))
            return year && q > k + 2 ? q + 1 : NOPE;
        if (t->type == TK_NUM) {
            long v = tok_long(p, q);
            year |= tlen(p, q) == 4 && v >= 1800 && v <= 2100;
        } else if (!is_ch(p, q, ',') && !(t->type == TK_WORD && (t->flags & (TF_CAP | TF_UPPER))) &&
                   !(t->type == TK_WORD && has(p, q, CG_R_MONTH))) {
            return NOPE;
        }
    }
    return NOPE;
}

/* The bracket at k giving an instrument named a short name to go by,
 * right after its name: "《关于战时保护平民之日内瓦公约》(第四公约)", "(the
 * Fourth Geneva Convention)": a title the registry knows, or words that
 * end with one of the language's generic heads (公约, 议定书), no number or
 * symbol.  The token after its ")", or NOPE. */
static size_t alias_bracket(P *p, size_t k)
{
    if (!is_ch(p, k, '('))
        return NOPE;
    size_t close = NOPE;
    for (size_t q = k + 1; q < k + 10 && tk_type(p, q) != TK_EOF && close == NOPE; q++) {
        if ((tk(p, q)->flags & TF_PARA) || tk_type(p, q) == TK_SYMBOL || tk_type(p, q) == TK_NUM ||
            tk_type(p, q) == TK_URL || is_ch(p, q, '('))
            return NOPE;
        if (is_ch(p, q, ')'))
            close = q;
    }
    if (close == NOPE || close < k + 2)
        return NOPE;
    for (size_t q = k + 1; q < close; q++) {
        size_t m = cg_phrase_any(p, q, 1ull << CG_R_TITLE | 1ull << CG_R_TITLE_SHORT, CG_LANG_ALL, NULL);
        if (m && q + m == close)
            return close + 1;
        if (!has(p, q, CG_R_ARTICLE_DEF))
            break; /* (a title right after the bracket, or after "the") */
    }
    size_t a = tk(p, k + 1)->start, b = tk(p, close - 1)->end;
    for (const char *const *h = p->L->generic_heads; h && *h; h++) {
        size_t hl = strlen(*h);
        if (b - a > hl && memcmp(p->s + b - hl, *h, hl) == 0)
            return close + 1;
    }
    return NOPE;
}

int anchor_reaches(P *p, size_t i)
{
    const anchor *a = &p->an;
    if (!a->n || a->end_tok > i || i - a->end_tok > 40)
        return 0;
    for (size_t k = a->end_tok; k < i;) {
        size_t b = k == a->end_tok ? place_year_bracket(p, k) : NOPE;
        if (b == NOPE && k == a->end_tok)
            b = alias_bracket(p, k);
        if (b != NOPE && b <= i) {
            k = b;
            continue;
        }
        if (tk(p, k)->flags & TF_PARA)
            return 0;
        size_t e = locator_phrase(p, k);
        if (e != NOPE && e <= i && e > k + 1) {
            for (size_t q = k + 1; q < e; q++)
                if (tk(p, q)->flags & TF_PARA)
                    return 0;
            k = e;
            continue;
        }
        /* "en particular el artículo 22", "notamment l'article 22", "en
         * particular sus artículos 22 y 29", "特别是其第二十二条": the
         * article's own determiner, right before it */
        if (determines(p, k, i)) {
            k = i;
            continue;
        }
        if (!skippable(p, k))
            return 0;
        k++;
    }
    return !(tk(p, i)->flags & TF_PARA);
}

/* ---- bodies ----------------------------------------------------------- */

/* The body named closest before token `near` (at clean offset pos) in the
 * same sentence, within 80 bytes: 'S' Security Council, 'A' General
 * Assembly, 'E' ECOSOC, 'H' Human Rights Council, 'C' Commission on Human
 * Rights, 'X' a body outside the United Nations, or 0.  Of two names
 * ending at one place the longer wins (议会大会 is not 大会). */
/* A dash between the two ends of a range: "1325 (2000)–2493 (2019)" (the
 * clean text has an ASCII hyphen where the dash touches both), "1718
 * (2006) — 2397 (2017)". */
int range_dash(P *p, size_t j)
{
    const cg_token *t = tk(p, j);
    if (is_ch(p, j, '-'))
        return 1;
    if (t->type != TK_CHAR)
        return 0;
    uint32_t cp = cg_token_cp(p->s, t);
    return cp == 0x2013 || cp == 0x2014;
}

/* A sender's line ends before token f: f starts a line, the line before
 * ends with "United Nations" ("auprès de l'Organisation des Nations Unies",
 * "ante las Naciones Unidas"), a State is named in it from token `from`
 * on, and no "and" another sender follows: the end of a title line or of
 * a letter described, a body after it even with no paragraph's break. */
int sender_line_ends(P *p, size_t from, size_t f)
{
    if (!(tk(p, f)->flags & TF_NL) || f <= from || has(p, f, CG_R_AND))
        return 0;
    for (size_t b = f; b-- > from && f - b <= 4;)
        if (phrase_end(p, b, CG_R_MASTHEAD, NULL) == f)
            return states_in(p, tk(p, from)->start, tk(p, f - 1)->end, from) != NULL;
    return 0;
}

int begins_sentence(P *p, size_t k)
{
    const cg_token *t = tk(p, k);
    return (t->flags & TF_PARA) || cg_sentence_break(p->text, t->start);
}

int longest_body(P *p, size_t j, size_t n, int body, size_t lo, size_t *len)
{
    size_t best = n;
    for (size_t q = j; q-- > 0 && j - q < 10;) {
        if (tk(p, q)->start < lo)
            break;
        const cg_tpay *p2 = NULL;
        size_t n2 = cg_phrase(p, q, CG_R_BODY, p->lbit, &p2);
        if (n2 && q + n2 == j + n && n2 > best) {
            body = p2->value;
            best = n2;
        }
    }
    *len = best;
    return body;
}

/* In a language that puts what a noun governs after it in the genitive,
 * a lone capitalised Council (its one-word name) followed by a word in
 * small letters that plays no part in the grammar names another body:
 * "резолюция 3 Совета управляющих ЮНЕП", "Совета министров". */
static int lone_council_governs(P *p, const cg_tpay *pay, size_t n, size_t end)
{
    if (!p->L->genitive || n != 1 || pay->value != 'S' || !(pay->flags & CG_PF_CAPITAL))
        return 0;
    const cg_token *t = tk(p, end);
    return t->type == TK_WORD && !(t->flags & (TF_CAP | TF_PARA)) && !t->roles &&
           t->end - t->start >= 6;
}

/* Whether the one-word body at token j (pay) is another organization's
 * organ by its name: a lone capitalised Council or Assembly after another
 * capitalised word ("the Executive Council", "the IPU Assembly", "the
 * Kosovo Assembly"; not after "United Nations", "UN") or before "of"
 * ("the Council of Foreign Ministers", "the Assembly of States
 * Parties"). */
static int lone_organ_named(P *p, size_t j, size_t n, const cg_tpay *pay, int of_after)
{
    if (n != 1)
        return 0;
    if (!((pay->value == 'S' && (pay->flags & CG_PF_CAPITAL)) ||
          (pay->value == 'A' && tk_type(p, j) == TK_WORD && (tk(p, j)->flags & TF_CAP) &&
           !(tk(p, j)->flags & TF_UPPER))))
        return 0; /* (not "GA", "AGNU": abbreviations of the Assembly) */
    if (of_after && has(p, j + 1, CG_R_OF))
        return 1;
    if (j == 0 || tk_type(p, j - 1) != TK_WORD || !(tk(p, j - 1)->flags & (TF_CAP | TF_UPPER)) ||
        has(p, j - 1, CG_R_ARTICLE_DEF) || (pay->value == 'A' && begins_sentence(p, j - 1)))
        return 0; /* (the capital of a sentence's first word says nothing: "Recalling Assembly …") */
    for (size_t b = 1; b <= 3 && b <= j; b++)
        if (phrase_end(p, j - b, CG_R_UNITED_NATIONS, NULL) == j)
            return 0;
    return 1;
}

/* Whether a body ending at token `end` is followed ([","] then a phrase of
 * cg_lang.established, then an article or not) by the resolution's noun at
 * `near`: "the Human Rights Council, established by resolution", "le
 * Conseil …, créé par la résolution". */
static int body_established_by(P *p, size_t end, size_t near)
{
    size_t k = end;
    if (has(p, k, CG_R_LIST_SEP))
        k++;
    size_t e = words_at(p, k, CG_LIST_ESTABLISHED);
    if (e == NOPE || e > near)
        return 0;
    for (size_t q = k; q < e; q++)
        if (tk(p, q)->flags & TF_PARA)
            return 0;
    return skip_article(p, e) == near;
}

/* The body named last in full before token j in its sentence (a lone
 * capitalised one-word name, "Council", passed over) whose value is in
 * `wanted` (NULL: any body), its value; else 0. */
int full_body_before(P *p, size_t j, const char *wanted)
{
    for (size_t q = j; q-- > 0 && j - q < 400;) {
        if (begins_sentence(p, q + 1))
            break;
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, q, CG_R_BODY, p->lbit, &pay);
        if (!n || (n == 1 && (pay->flags & CG_PF_CAPITAL)))
            continue;
        if (!wanted || (pay->value && strchr(wanted, pay->value)))
            return pay->value;
    }
    return 0;
}

/* The Council a lone "Council" at token j stands for: the Security
 * Council, the Human Rights Council or ECOSOC, whichever its sentence
 * named last in full before it (other bodies, and other lone Councils,
 * passed over); 0 when none is (a sentence after one that named the
 * Human Rights Council may well speak of the Security Council: "I call on
 * the Council, in line with resolution 2231 (2015)"). */
static int council_meant(P *p, size_t j)
{
    return full_body_before(p, j, "SHE");
}

int body_before(P *p, size_t pos, size_t near)
{
    p->lone_council = 0;
    size_t lo = pos > 80 ? pos - 80 : 0;
    for (size_t j = near; j-- > 0;) {
        const cg_token *t = tk(p, j);
        if (t->type == TK_EOF || t->start < lo)
            break;
        /* a paragraph or a sentence that begins after token j (also at
         * `near` itself: "... decision 63/725. Resolutions 190, 191 and 195
         * (1964)" are not the decision's body's) */
        if (begins_sentence(p, j + 1))
            break;
        if (has(p, j, CG_R_SENT_END))
            break;
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, j, CG_R_BODY, p->lbit, &pay);
        if (!n || tk(p, j + n - 1)->end > pos)
            continue;
        size_t end = j + n;
        int body = pay->value;
        /* 关于人权理事会的第 60/251 号决议: a body in the subject of the
         * resolution did not adopt it (the longest name ending here: 理事会
         * is in 人权理事会) */
        size_t best;
        longest_body(p, j, n, body, lo, &best);
        size_t j0 = end - best;
        int about = 0;
        for (size_t b = 1; b <= 2 && b <= j0 && !about; b++)
            about = phrase_end(p, j0 - b, CG_R_ABOUT, NULL) == j0;
        if (about) {
            j = j0;
            continue;
        }
        /* "the Human Rights Council, established by resolution 60/251": the
         * body the resolution set up is not its author */
        if (body_established_by(p, end, near))
            continue;
        /* "the Council of Foreign Ministers": a lone Council before "of", or
         * after another capitalised word, names another body */
        if (lone_council_governs(p, pay, n, end))
            continue;
        if (lone_organ_named(p, j, n, pay, 1)) {
            /* right before the number, or with a verb of adopting between
             * ("The IPU Assembly adopted resolution 46/1"), it is the
             * number's body (not the end of a longer name: "the Human
             * Rights Council") */
            size_t v = words_at(p, end, CG_LIST_ADOPT_VERBS);
            if (v != NOPE && has(p, v, CG_R_ITS))
                v++;
            size_t whole;
            longest_body(p, j, n, body, lo, &whole);
            if (whole == 1 && !has(p, end, CG_R_OF) && (end == near || (v != NOPE && skip_article(p, v) == near)))
                return 'X';
            continue;
        }
        body = longest_body(p, j, n, body, lo, &best);
        /* an organ of another organization: 美洲国家组织大会, 伊合组织外长理事会 */
        if (body != 'X' && body != 'x') {
            size_t first = end - best;
            for (size_t q = first; q-- > 0 && first - q <= 16;) {
                const cg_tpay *p3 = NULL;
                size_t n3 = cg_phrase(p, q, CG_R_BODY, p->lbit, &p3);
                if (n3 && q + n3 == first) {
                    if (p3->value == 'X' || p3->value == 'x')
                        body = 'X';
                    break;
                }
            }
        }
        /* "the Council" alone: the Council the sentence named last in full
         * ("The Human Rights Council, …, recalled that the Council, in its
         * resolution 46/1, …") */
        if (body == 'S' && best == 1 && (pay->flags & CG_PF_CAPITAL)) {
            body = council_meant(p, j);
            if (!body) {
                body = 'S';
                p->lone_council = 1; /* the document's own Council, if a Council's */
            }
        }
        /* a generic organ name ('x': 委员会, "Government") names the body
         * only right before the number, or with a verb of adopting between
         * ("The Government adopted decision No. 2022/15") */
        if (body == 'x') {
            size_t v = words_at(p, end, CG_LIST_ADOPT_VERBS);
            if (v != NOPE && has(p, v, CG_R_ITS))
                v++;
            if (end != near && (v == NOPE || skip_article(p, v) != near))
                continue;
            body = 'X';
        }
        return body;
    }
    return 0;
}

/* Whether the body at k (n tokens) is followed by the words that make it
 * the subject of a session ([","] then ≤ 3 words then "its", or a
 * subject link) ending before `near`. */
static int subject_shape(P *p, size_t k, size_t n, size_t near)
{
    size_t q = k + n;
    if (has(p, q, CG_R_LIST_SEP))
        q++;
    if (words_at(p, q, CG_LIST_SUBJECT_LINKS) == NOPE)
        for (int w = 0; !has(p, q, CG_R_ITS); w++, q++)
            if (w == 3 || tk_type(p, q) != TK_WORD)
                return 0;
    return q < near;
}

/* The body a sentence names as its subject, as of what it did at one of
 * its sessions: "The Human Rights Council, at its thirty-fourth special
 * session held in Geneva, adopted resolution S-34/1", "Le Conseil des
 * droits de l'homme, à sa …", "El Consejo de Derechos Humanos, en su …",
 * "Совет по правам человека на своей …", "… lors de sa …", "… в ходе
 * своей …": the body, a comma or not, at most three words, then "its"
 * (ITS).  Only the Assembly, ECOSOC, the Human Rights Council and the
 * Commission (a Security Council subject changes nothing a session/number
 * reads), or 'X' for another organization's, and only when no other body
 * is named between it and the number at `near`; 0 else.
 * For a number further back than body_before looks. */
int body_subject(P *p, size_t near)
{
    size_t j = near;
    while (j > 0 && near - j < 80 && !begins_sentence(p, j))
        j--;
    if (!begins_sentence(p, j) && j > 0)
        return 0;
    /* the subject opens the sentence, or comes after what introduces it
     * ("In 2022, the Human Rights Council, at its …", "We note that the
     * Human Rights Council, at its …"): the last body of the sentence
     * before the number, whole (not the Assembly of "the Parliamentary
     * Assembly"); of another organization ('X', also a one-word name
     * after another capitalised word: "the World Health Assembly"),
     * nothing is the UN's; a generic organ ('x', "My Government, in its
     * statement, recalls …") says nothing */
    int body = 0;
    for (size_t k = j; k < near;) {
        if (k > j && (tk(p, k)->flags & TF_PARA))
            return 0;
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, k, CG_R_BODY, p->lbit, &pay);
        if (!n) {
            k++;
            continue;
        }
        /* (the capital of the sentence's first word says nothing: "My
         * Government, in its statement, …") */
        int lone_after_capital = n == 1 && k > j + 1 && tk_type(p, k - 1) == TK_WORD &&
                                 (tk(p, k - 1)->flags & TF_CAP) && !has(p, k - 1, CG_R_ARTICLE_DEF) &&
                                 !has(p, k - 1, CG_R_MY);
        /* (not the object of a preposition: "the decision of the Human
         * Rights Council, at its …", "the report to the Council, at its …") */
        size_t before = k > j && has(p, k - 1, CG_R_ARTICLE_DEF) ? k - 1 : k;
        int object = (k > j && has(p, k - 1, CG_R_OF)) || /* "du", "del": the article holds "of" */
                     (before > j && (has(p, before - 1, CG_R_OF) || has(p, before - 1, CG_R_TO) ||
                                     has(p, before - 1, CG_R_BY) || has(p, before - 1, CG_R_FROM)));
        /* (where a noun governs the body right after it, with no
         * preposition, a body after a word is a subject only after a verb
         * of subject_verbs: "وقد اتخذ مجلس حقوق الإنسان في دورته …", not
         * "تقرير مجلس حقوق الإنسان في دورته …") */
        if (!object && p->L->subject_verbs && before > j && tk_type(p, before - 1) == TK_WORD) {
            int verb = 0;
            for (size_t v = before; v-- > j && before - v <= 3 && !verb;)
                verb = words_at(p, v, CG_LIST_SUBJECT_VERBS) == before;
            object = !verb;
        }
        body = 0;
        if (!object && subject_shape(p, k, n, near)) {
            /* another organization's body ("the Parliamentary Assembly, at
             * its …", "the World Health Assembly, at its …") adopts
             * resolutions that are not the UN's */
            if (pay->value == 'X' || lone_after_capital)
                body = 'X';
            else if (strchr("AEHC", pay->value))
                body = pay->value;
        }
        k += n;
    }
    return body;
}

/* "resolution 1503 (XLVIII) of the Economic and Social Council",
 * "resolution 8/123 adopted by the Council of Foreign Ministers of the
 * Organisation of Islamic Cooperation", "resolution 1 (1952) of the
 * Inter-American Council of Jurists", "resolution 2 (2019) of its Committee
 * of Experts": the body named right after a list.  Its name is the run of
 * capitalised words (with of, the, and) after "of" or "adopted by": a body
 * outside the United Nations named in it wins (the General Assembly of the
 * Organization of American States); "of its" + a capitalised organ is the
 * writer's own organ, not one of the UN's.  "résolution 2625 (XXV) de
 * l'Assemblée générale" in French. */
int body_after(P *p, size_t j)
{
    size_t e = phrase_end(p, j, CG_R_OF, NULL); /* of, adopted by */
    if (e == NOPE) {
        /* "резолюция 822 (1993) Совета Безопасности", "القرار 2334 (2016)
         * لمجلس الأمن": in the genitive, the body's name with no "of" */
        const cg_tpay *pay = NULL;
        size_t n = p->L->genitive ? cg_phrase(p, j, CG_R_BODY, p->lbit, &pay) : 0;
        if (!n)
            return 0;
        if (lone_council_governs(p, pay, n, j + n))
            return 'X';
        return pay->value == 'x' ? 'X' : pay->value;
    }
    int its = 0;
    if (has(p, e, CG_R_ARTICLE_DEF))
        e = skip_article(p, e);
    else if (has(p, e, CG_R_ITS))
        its = 1, e++;
    int body = 0, capitals = 0;
    for (size_t k = e; k < e + 14 && !(tk(p, k)->flags & TF_PARA);) {
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, k, CG_R_BODY, p->lbit, &pay);
        if (n) {
            if (pay->value == 'X' || pay->value == 'x')
                return 'X';
            /* "of the Governing Council", "of the Executive Council": a
             * lone Council after another capitalised word is another
             * body's name (as in body_before) */
            if (!body && capitals && lone_organ_named(p, k, n, pay, 0))
                return 'X';
            /* "of the Assembly of the IPU", "de l'Assemblée de l'UIP": a
             * lone Council or Assembly of a capitalised name, not the
             * United Nations', is that organization's */
            if (!body && n == 1 && strchr("AS", pay->value) && has(p, k + 1, CG_R_OF) &&
                !(tk(p, k + 1)->flags & TF_PARA)) {
                size_t q = skip_article(p, k + 2);
                if (tk_type(p, q) == TK_WORD && (tk(p, q)->flags & (TF_CAP | TF_UPPER)) &&
                    phrase_end(p, k + 1, CG_R_UNITED_NATIONS, NULL) == NOPE &&
                    phrase_end(p, k + 2, CG_R_UNITED_NATIONS, NULL) == NOPE &&
                    phrase_end(p, q, CG_R_UNITED_NATIONS, NULL) == NOPE && !cg_phrase(p, q, CG_R_BODY, p->lbit, NULL))
                    return 'X';
            }
            if (!body)
                body = pay->value;
            k += n;
            capitals++;
            continue;
        }
        if (tk_type(p, k) == TK_WORD && (tk(p, k)->flags & TF_CAP)) {
            capitals++;
            k++;
        } else if (k > e && (has(p, k, CG_R_OF) || has(p, k, CG_R_ARTICLE_DEF) || has(p, k, CG_R_AND) ||
                             is_ch(p, k, '-'))) {
            k++;
        } else {
            break;
        }
    }
    if (its && capitals && !body)
        return 'X';
    return body;
}

/* ---- small shapes shared by the rules --------------------------------- */

int names_other(P *p, size_t k)
{
    const char *const *w = p->L->other_names;
    if (!w || tk_type(p, k) != TK_WORD)
        return 0;
    const char *s = p->s + tk(p, k)->start;
    size_t n = tk(p, k)->end - tk(p, k)->start;
    for (; *w; w++)
        if (strlen(*w) == n && cg_strncaseeq(s, *w, n))
            return 1;
    return 0;
}

size_t words_at(P *p, size_t k, int list)
{
    const cg_tlist *tl = &cg_tlists[p->lang][list];
    const uint32_t *v = cg_tlist_vids + tl->off;
    size_t best = NOPE;
    for (uint32_t n = 0; n < tl->n; n++) {
        uint32_t len = *v++, j = 0;
        size_t q = k;
        for (; j < len; j++, q++) {
            const cg_token *t = tk(p, q);
            if (t->type == TK_EOF || !t->vid || t->vid != v[j] || (j && (t->flags & TF_PARA)))
                break;
        }
        if (j == len && (best == NOPE || q > best))
            best = q;
        v += len;
    }
    return best;
}

int word_in_list(P *p, int list, uint32_t vid)
{
    const cg_tlist *tl = &cg_tlists[p->lang][list];
    const uint32_t *v = cg_tlist_vids + tl->off;
    for (uint32_t n = 0; n < tl->n; n++) {
        uint32_t len = *v++;
        if (len == 1 && vid && *v == vid)
            return 1;
        v += len;
    }
    return 0;
}

int is_apostrophe(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    return (t->type == TK_PUNCT && p->s[t->start] == '\'') ||
           (t->type == TK_CHAR && cg_token_cp(p->s, t) == 0x2019);
}

size_t skip_article(P *p, size_t i)
{
    if (!has(p, i, CG_R_ARTICLE_DEF))
        return i;
    if (is_apostrophe(p, i + 1) && !(tk(p, i + 1)->flags & TF_WS))
        return i + 2;
    return i + 1;
}

size_t skip_day_mark(P *p, size_t k)
{
    if (has(p, k, CG_R_DAY_MARK) && !(tk(p, k)->flags & TF_WS))
        return k + 1;
    /* "1.º de marzo" */
    if (is_ch(p, k, '.') && !(tk(p, k)->flags & TF_WS) && has(p, k + 1, CG_R_DAY_MARK) &&
        !(tk(p, k + 1)->flags & TF_WS))
        return k + 2;
    return k;
}

size_t month_at(P *p, size_t k, long *mo)
{
    if (has(p, k, CG_R_OF) && has(p, k + 1, CG_R_MONTH))
        k++;
    /* a month of several words: "كانون الأول/ديسمبر" */
    const cg_tpay *pay = NULL;
    size_t e = phrase_end(p, k, CG_R_MONTH, &pay);
    if (e == NOPE || !pay || pay->value < 1 || pay->value > 12)
        return NOPE;
    *mo = pay->value;
    return e;
}

size_t year_at(P *p, size_t k, long *y)
{
    if (has(p, k, CG_R_OF) && tk_type(p, k + 1) == TK_NUM)
        k++;
    if (tk_type(p, k) != TK_NUM)
        return NOPE;
    long v = tok_long(p, k);
    if (v < 1945 || v > 2100)
        return NOPE;
    *y = v;
    return k + 1;
}

size_t month_first_at(P *p, size_t k, long *mo, long *d, long *y)
{
    if (!p->L->month_first || k == NOPE)
        return NOPE;
    size_t e = month_at(p, k, mo);
    if (e == NOPE || tk_type(p, e) != TK_NUM)
        return NOPE;
    *d = tok_long(p, e);
    if (*d < 1 || *d > 31 || tlen(p, e) > 2)
        return NOPE;
    size_t q = skip_day_mark(p, e + 1);
    if (is_ch(p, q, ','))
        q++;
    return year_at(p, q, y);
}

size_t date_head_first_at(P *p, size_t i, char *iso)
{
    long md, my, mm;
    size_t me = month_first_at(p, i, &mm, &md, &my);
    if (me != NOPE) {
        cg_iso_date(iso, my, mm, md);
        return me;
    }
    long d = tk_type(p, i) == TK_NUM ? tok_long(p, i) : -1, mo, y;
    if (d < 1 || d > 31)
        return NOPE;
    size_t k = month_at(p, skip_day_mark(p, i + 1), &mo);
    if (k == NOPE || (k = year_at(p, k, &y)) == NOPE)
        return NOPE;
    cg_iso_date(iso, y, mo, d);
    return k;
}

/* ---- languages ------------------------------------------------------- */

/* The languages of a paragraph, as detection found them (detect.c): its
 * own first, then those of the other scripts it holds (Chinese letters
 * quote English reporters; an English letter quotes a Chinese title). */
static void para_langs(P *p, const cg_para *pa)
{
    p->nplangs = 0;
    p->plangs[p->nplangs++] = pa->lang;
    for (int l = 0; l < CG_LANG_COUNT; l++)
        if (l != pa->lang && (pa->others >> l & 1))
            p->plangs[p->nplangs++] = l;
}

static void use_lang(P *p, int l)
{
    p->lang = l;
    p->lbit = CG_LANG_BIT(l);
    p->L = cg_langs[l];
}

static void enter_paragraph(P *p, size_t pos)
{
    const cg_text *t = p->text;
    size_t lo = 0, hi = t->nparas;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (t->paras[mid].start <= pos)
            lo = mid;
        else
            hi = mid;
    }
    if (t->nparas) {
        para_langs(p, &t->paras[lo]);
    } else {
        p->nplangs = 1;
        p->plangs[0] = p->doc_lang;
    }
    use_lang(p, p->plangs[0]);
    p->para_end = lo + 1 < t->nparas ? t->paras[lo + 1].start : t->n + 1;
}

/* ---- settling what needed the whole document --------------------------- */

/* A mention that cannot be resolved: no citation, listed apart. */
void unresolve(cg_mention *m, int why)
{
    m->unresolved = (uint8_t)why;
    m->absorbed = 1;
}


static cg_kind kind_of_symbol(const char *sym)
{
    if (strncmp(sym, "S/RES/", 6) == 0)
        return CG_KIND_SC_RESOLUTION;
    if (strncmp(sym, "A/RES/", 6) == 0)
        return CG_KIND_GA_RESOLUTION;
    return CG_KIND_DOCUMENT;
}

/* Within a letter, a symbol of a joint document and a description of a
 * letter whose symbol was given resolve to the same node as the first
 * symbol: "A/74/450-S/2019/762 ... S/2019/762" is one document.  A Security
 * Council number without its year takes the year the letter writes
 * elsewhere, else the year of the table of resolutions (sc-resolutions.tsv);
 * a number outside the table stays unresolved. */
static void unify_aliases(P *p)
{
    cg_map to = {0};
    cg_vec vals = {0};
    cg_mentions *ms = &p->ms;
    for (size_t k = 0; k < ms->n; k++) {
        cg_mention *m = &ms->v[k];
        if (m->absorbed)
            continue;
        if (m->symbols) {
            char *copy = cg_xstrdup(m->symbols);
            for (char *sv_ = NULL, *t = strtok_r(copy, " ", &sv_); t; t = strtok_r(NULL, " ", &sv_))
                if (strcmp(t, m->target) != 0 && !cg_map_get(&to, t, NULL)) {
                    cg_map_put(&to, t, vals.n);
                    cg_vec_push(&vals, m);
                }
            cg_free(copy);
        }
        if (m->alias && !cg_map_get(&to, m->alias, NULL)) {
            cg_map_put(&to, m->alias, vals.n);
            cg_vec_push(&vals, m);
        }
    }
    for (size_t k = 0; k < ms->n; k++) {
        cg_mention *m = &ms->v[k];
        if (m->absorbed || m->kind != CG_KIND_SC_RESOLUTION || strchr(m->target, '('))
            continue;
        size_t tl = strlen(m->target);
        const char *full = NULL;
        for (size_t q = 0; q < ms->n && !full; q++) {
            const cg_mention *o = &ms->v[q];
            if (o != m && !o->absorbed && strncmp(o->target, m->target, tl) == 0 && o->target[tl] == '(')
                full = o->target;
        }
        long n = strtol(m->target + 6, NULL, 10), year = cg_sc_year(n);
        if (full)
            m->target = full;
        else if (year)
            m->target = cg_arena_printf(p->arena, "%s(%ld)", m->target, year);
        else {
            unresolve(m, CG_UNRES_SC_NUMBER); /* a number outside the table */
            m->target += 6;                   /* S/RES/2900 -> 2900 */
        }
    }
    for (size_t k = 0; k < ms->n; k++) {
        cg_mention *m = &ms->v[k];
        size_t ix;
        if (m->absorbed || !cg_map_get(&to, m->target, &ix))
            continue;
        const cg_mention *r = vals.v[ix];
        if (r == m)
            continue;
        m->target = r->target;
        m->kind = r->kind;
        if (r->symbols && !m->symbols)
            m->symbols = r->symbols;
        if (r->alias && !m->alias)
            m->alias = r->alias;
    }
    cg_map_free(&to);
    cg_vec_free(&vals, NULL);
}

/* 1 when id is one of the space-separated symbols. */
static int own_symbol(const char *symbols, const char *id)
{
    size_t l = strlen(id);
    for (const char *s = symbols; (s = strstr(s, id)) != NULL; s += l)
        if ((s == symbols || s[-1] == ' ') && (s[l] == ' ' || s[l] == '\0'))
            return 1;
    return 0;
}

static void settle_mentions(P *p, const cg_meta_buf *mb)
{
    size_t sl = mb->sender ? strcspn(mb->sender, " ") : 0;
    const char *own = mb->symbols;
    int own_body = !own ? 0
                   : strncmp(own, "S/", 2) == 0 ? 'S'
                   : strncmp(own, "A/HRC/", 6) == 0 ? 'H'
                   : strncmp(own, "A/", 2) == 0 ? 'A'
                   : strncmp(own, "E/", 2) == 0 ? 'E' : 0;
    const char *self = mb->date && sl ? cg_arena_printf(p->arena, "letter:%s:%.*s", mb->date, (int)sl, mb->sender)
                                      : NULL;
    for (size_t k = 0; k < p->ms.n; k++) {
        cg_mention *m = &p->ms.v[k];
        /* the masthead: the document's own symbol */
        if (m->via_symbol && m->start < mb->body_start) {
            m->absorbed = 1;
            continue;
        }
        /* the document's own symbols wherever they are printed (a masthead
         * at the end, a running header, a resolution's own number in its
         * title): a document does not cite itself */
        if (own && own_symbol(own, m->target)) {
            m->absorbed = 1;
            continue;
        }
        if (m->deferred == MD_MINE) {
            const char **id = m->alias ? &m->alias : &m->target;
            if (sl) {
                *id = cg_arena_printf(p->arena, "%s%.*s", *id, (int)sl, mb->sender);
            } else if (m->alias) {
                m->alias = NULL; /* no sender to say whose: the symbol alone */
                m->kind = kind_of_symbol(m->target);
            } else {
                m->absorbed = 1;
            }
        } else if (m->deferred == MD_OWN_BODY || m->deferred == MD_OWN_COUNCIL || m->deferred == MD_OWN_HRC) {
            cg_kind kind = CG_KIND_DOCUMENT;
            /* a Security Council document's "its resolution 5 (2019)": the
             * Council is not named, so a number and a year its table does
             * not pair are another body's (the Committee's) */
            int named = own_body;
            if (own_body == 'S' && m->item.form == 'Y')
                named = 0;
            /* "Council resolutions S-34/1 and 49/1" in a Human Rights
             * Council document */
            if (m->deferred == MD_OWN_COUNCIL)
                named = own_body == 'H' || own_body == 'E' ? own_body : 'S';
            /* a session of 31 or more, no body named: the Assembly's, as
             * before, but in a Human Rights Council document of a date by
             * which the Council had held that session (three a year since
             * 2006) a resolution numbered as the Council's are (it adopts
             * a few dozen a session; the Assembly's numbers run to 300:
             * "resolution 60/251", "68/262" stay the Assembly's) */
            if (m->deferred == MD_OWN_HRC && m->item.a >= 31) {
                long year = mb->date ? atol(mb->date) : 0;
                named = own_body == 'H' && !m->decision && year >= 2006 &&
                                m->item.a <= 3L * (year - 2006) + 3 && m->item.b >= 1 && m->item.b <= 50
                            ? 'H'
                            : 0;
            }
            char *target = item_target(&m->item, named, m->decision, &kind);
            int why = target ? CG_UNRES_NONE : item_unresolved(&m->item, named, m->decision);
            if (target) {
                m->target = cg_arena_strdup(p->arena, target);
                m->kind = kind;
                cg_free(target);
            } else if (why) {
                m->target = cg_arena_printf(p->arena, "%ld(%ld)", m->item.a, m->item.b);
                unresolve(m, why);
            } else {
                m->absorbed = 1;
            }
        }
        /* a letter of the document's own date described without sender: its
         * own title or annex heading, not a reference left unresolved */
        if (m->unresolved == CG_UNRES_LETTER_NO_SENDER && mb->date && strcmp(m->target, mb->date) == 0)
            m->unresolved = CG_UNRES_NONE;
        /* the annexed letter's own title, after the annex heading: that
         * letter is printed here, not cited */
        if (m->kind == CG_KIND_LETTER && m->start >= mb->annex_title_start &&
            m->start < mb->annex_title_end) {
            m->absorbed = 1;
            m->unresolved = CG_UNRES_NONE;
            continue;
        }
        /* the letter itself (its title, its annex heading): no citation;
         * a symbol given with it is cited as a document */
        if (self && m->kind == CG_KIND_LETTER) {
            if (m->alias && strcmp(m->alias, self) == 0) {
                m->alias = NULL;
                m->kind = kind_of_symbol(m->target);
                m->start = m->sym_start;
            } else if (strcmp(m->target, self) == 0) {
                m->absorbed = 1;
            }
        }
    }
    unify_aliases(p);
}

/* ---- the driver ------------------------------------------------------- */

/* A paragraph that is the subject of a resolution's preamble, a body and
 * a comma: "The Security Council,", "安全理事会，", "The Council of Foreign
 * Ministers of the Organization of Islamic Cooperation, meeting at …":
 * the body "its resolutions" refer to from there on (one outside the
 * United Nations wins, as after a list). */
static void subject_at(P *p, size_t i)
{
    size_t k = i;
    if (has(p, k, CG_R_ARTICLE_DEF))
        k++;
    int body = 0, found = 0;
    for (size_t q = k; q < k + 16 && (q == i || !(tk(p, q)->flags & TF_PARA)); q++) {
        if (has(p, q, CG_R_LIST_SEP)) {
            found = body != 0;
            break;
        }
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, q, CG_R_BODY, CG_LANG_ALL, &pay);
        if (n) {
            int v = pay->value;
            /* "The Executive Council,": a lone Council after another
             * capitalised word names another body (as in body_before) */
            if (n == 1 && v == 'S' && (pay->flags & CG_PF_CAPITAL) && q > k && tk_type(p, q - 1) == TK_WORD &&
                (tk(p, q - 1)->flags & TF_CAP) && !has(p, q - 1, CG_R_ARTICLE_DEF))
                v = 'X';
            if (!body || v == 'X')
                body = v == 'x' ? body : v;
            q += n - 1;
        } else if (!(tk_type(p, q) == TK_WORD && (tk(p, q)->flags & TF_CAP)) && !has(p, q, CG_R_OF) &&
                   !has(p, q, CG_R_ARTICLE_DEF) && !has(p, q, CG_R_AND)) {
            break;
        }
    }
    if (found)
        p->subject_body = body;
}

#define BIT(r) (1ull << CG_R_##r)
/* The roles a rule of try_rules starts with. */
static const uint64_t rule_roles = BIT(NUM_PREFIX) | BIT(RES_NOUN) | BIT(DEC_NOUN) | BIT(ART_NOUN) |
                                   BIT(LETTER_NOUN) | BIT(VERBALE) | BIT(PARA_NOUN) | BIT(STATEMENT_NOUN);

/* Token t opens a quotation: “ (U+201C, E2 80 9C) or « (U+00AB, C2 AB). */
static inline int opening_quote(P *p, const cg_token *t)
{
    const unsigned char *c = (const unsigned char *)p->s + t->start;
    size_t l = t->end - t->start;
    if (t->type == TK_PUNCT) /* the straight quote of a typewriter, "..." */
        return c[0] == '"';
    if (c[0] == 0xE2)
        return l >= 3 && c[1] == 0x80 && c[2] == 0x9C;
    return c[0] == 0xC2 && l >= 2 && c[1] == 0xAB;
}

static size_t try_rules(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    int last = p->L->order == CG_ORDER_HEAD_LAST;
    size_t next = NOPE;
    switch (t->type) {
    case TK_SYMBOL:
        return rule_symbol(p, i);
    case TK_URL:
        return rule_url(p, i);
    case TK_TITLE:
        return rule_title(p, i);
    case TK_NUM_ROMAN:
        if (last)
            next = rule_numbers_head_last(p, i);
        if (next == NOPE)
            next = rule_bare_roman(p, i);
        return next;
    case TK_NUM:
        if (last) {
            next = rule_letter_head_last(p, i);
            if (next == NOPE)
                next = rule_prst_head_last(p, i);
            if (next == NOPE)
                next = rule_numbers_head_last(p, i);
        }
        return next;
    case TK_NUM_YEAR:
    case TK_SLASHNUM:
        return last ? rule_numbers_head_last(p, i) : NOPE;
    default:
        break;
    }
    if (!(t->roles & rule_roles)) {
        /* “...” after entitled, 题为 */
        if ((t->type == TK_CHAR || t->type == TK_PUNCT) && opening_quote(p, t) && i > 0)
            for (size_t k = 1; k <= 2 && k <= i; k++)
                if (phrase_end(p, i - k, CG_R_ENTITLED, NULL) == i)
                    return rule_quoted_title(p, i);
        return NOPE;
    }
    if (last && has(p, i, CG_R_NUM_PREFIX)) {
        next = rule_numbers_head_last(p, i);
        if (next == NOPE)
            next = rule_articles_head_last(p, i);
        return next;
    }
    /* the noun before its numbers in a language whose nouns follow them,
     * as press releases write it ("安理会决议2202（2015）"): only before a
     * number of a full shape */
    if (last) {
        size_t e = phrase_end(p, i, CG_R_RES_NOUN, NULL);
        int ty = e != NOPE ? tk_type(p, e) : TK_EOF;
        if (ty == TK_NUM_YEAR || ty == TK_NUM_ROMAN || ty == TK_SLASHNUM)
            return rule_numbers_head_first(p, e - 1);
    }
    if (!last) {
        if (has(p, i, CG_R_RES_NOUN) || has(p, i, CG_R_DEC_NOUN))
            return rule_numbers_head_first(p, i);
        if (has(p, i, CG_R_ART_NOUN))
            return rule_articles_head_first(p, i);
        if (has(p, i, CG_R_LETTER_NOUN) || (has(p, i, CG_R_VERBALE) && i > 0 && has(p, i - 1, CG_R_NOTE_NOUN)))
            return rule_letter_head_first(p, i);
        if (has(p, i, CG_R_PARA_NOUN))
            return rule_paragraph_of_article(p, i);
        if (phrase_end(p, i, CG_R_STATEMENT_NOUN, NULL) != NOPE)
            return rule_prst_head_first(p, i);
    }
    /* “...” after entitled, 题为 */
    if ((t->type == TK_CHAR || t->type == TK_PUNCT) && opening_quote(p, t) && i > 0) {
        for (size_t k = 1; k <= 2 && k <= i; k++) {
            size_t e = phrase_end(p, i - k, CG_R_ENTITLED, NULL);
            if (e == i)
                return rule_quoted_title(p, i);
        }
    }
    return NOPE;
}

P *cg_scanner_new(const cg_text *text, const cg_registry *reg, cg_arena *arena)
{
    P *p = cg_xmalloc(sizeof *p);
    memset(p, 0, offsetof(P, ring));
    p->text = text;
    p->reg = reg;
    p->arena = arena;
    return p;
}

void cg_scan(P *p, int doc_lang, cg_scan_result *out)
{
    p->s = p->text->s;
    p->neof = NOPE;
    p->hi = 0;
    cg_lexer_init(&p->lx, p->s, p->text->n);
    p->doc_lang = doc_lang;
    enter_paragraph(p, 0);
    p->meta = cg_meta_new(p);
    size_t metad = 0; /* tokens the metadata reader has seen */
    size_t stopped = NOPE;
    for (size_t i = 0; tk(p, i)->type != TK_EOF;) {
        const cg_token *t = tk(p, i);
        /* a word or a character with no role, inside a paragraph, that
         * opens no quotation: no rule and not the metadata reader start
         * there (as the steps below would find) */
        if (!t->roles && (t->type == TK_CHAR || t->type == TK_WORD || t->type == TK_CNUM) &&
            !(t->flags & TF_PARA) && i && t->start < p->para_end &&
            !(t->type == TK_CHAR && opening_quote(p, t)) && !(p->max_ms && p->ms.n >= p->max_ms)) {
            metad = ++i;
            continue;
        }
        if (p->max_ms && p->ms.n >= p->max_ms) {
            stopped = t->start;
            break;
        }
        if (t->start >= p->para_end)
            enter_paragraph(p, t->start);
        if ((t->flags & TF_PARA) || i == 0) /* the text may open with it */
            subject_at(p, i);
        if ((t->flags & TF_PARA) || has(p, i, CG_R_SENT_END) ||
            (t->type == TK_PUNCT && p->s[t->start] == '.' && tk(p, i + 1)->start == t->end + 1 &&
             cg_sentence_break(p->text, t->end + 1)))
            anchor_clear(&p->an);
        size_t next = NOPE;
        /* (the paragraph's main language is the current one between tokens) */
        for (int l = 0; l < p->nplangs && next == NOPE; l++) {
            if (l)
                use_lang(p, p->plangs[l]);
            next = try_rules(p, i);
        }
        if (p->lang != p->plangs[0])
            use_lang(p, p->plangs[0]);
        if (next == NOPE && (tk(p, i)->roles & (1ull << CG_R_TITLE | 1ull << CG_R_CASE_NAME | 1ull << CG_R_TITLE_SHORT)))
            next = rule_phrase(p, i); /* (which starts with a role of these) */
        next = next == NOPE || next <= i ? i + 1 : next;
        for (; metad < next; metad++) {
            const cg_token *mt = tk(p, metad);
            if ((mt->roles & CG_META_ROLES) || mt->type == TK_SYMBOL || mt->type == TK_PUNCT)
                cg_meta_token(p, metad);
        }
        i = next;
    }
    memset(out, 0, sizeof *out);
    cg_meta_finish(p, &out->meta);
    cg_meta_free(p->meta);
    p->meta = NULL;
    settle_mentions(p, &out->meta);
    out->ms = p->ms;
    out->stopped = stopped;
    memset(&p->ms, 0, sizeof p->ms);
}
