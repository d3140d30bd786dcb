/* scanner.c: the citation grammar, over the lexer's tokens.
 *
 * Each rule recognises one family of forms and resolves it on the spot to
 * canonical identifiers (resolver.c, registry.c):
 *   symbols and joint symbols        S/23904, A/75/693-S/2020/1307
 *   links                            https://undocs.org/ch/S/RES/822(1993)
 *   resolution lists (zh)            第 822(1993)、853(1993)和 884(1993)号决议
 *   resolution lists (en)            resolutions 72/194, 72/284 and 75/291
 *   bare GA resolutions              2625 (XXV), 217 A (III)
 *   titles                           《联合国宪章》, registry phrases, ICJ cases
 *   articles                         第二条第四项和第三十三条; Article 2, paragraph 4, of the Charter
 * Articles bind to the instrument(s) they follow in the sentence, across
 * locators only (dates, reporters, volumes), or to the one they name
 * ("of the Charter"). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NOPE ((size_t)-1)
#define MAX_ITEMS 64

typedef struct anchor {
    char *ids[8];
    size_t mention[8]; /* the mention of each title, or NOPE */
    size_t n;
    size_t end_tok; /* index of the token after the anchor */
    int used;       /* articles were bound to it: a title after it starts anew */
} anchor;

typedef struct P {
    cg_scan_ctx *c;
    const char *s;
    const cg_token *t;
    size_t n;
    cg_tokens k; /* the same three, for tokens.c */
    anchor an;
} P;

/* ---- token helpers (tokens.c) -------------------------------------- */

static size_t tlen(const P *p, size_t i)
{
    return p->t[i].end - p->t[i].start;
}

static const char *ttext(const P *p, size_t i)
{
    return p->s + p->t[i].start;
}

static int is(const P *p, size_t i, const char *lit)
{
    return cg_tok_is(&p->k, i, lit);
}

static int word_is(const P *p, size_t i, const char *w)
{
    return cg_tok_word(&p->k, i, w);
}

/* A literal spread over consecutive tokens with nothing between them. */
static size_t lit(const P *p, size_t i, const char *l)
{
    return cg_tok_lit(&p->k, i, l);
}

static long tok_long(const P *p, size_t i)
{
    return cg_tok_long(&p->k, i);
}

/* ---- mentions ------------------------------------------------------- */

void cg_mention_free(void *m)
{
    cg_mention *x = m;
    if (!x)
        return;
    free(x->target);
    free(x->label);
    free(x->parent);
    free(x->symbols);
    free(x->alias);
    free(x);
}

static const char *entry_label(const P *p, const cg_entry *e)
{
    const char *a = p->c->zh ? e->label_zh : e->label_en;
    const char *b = p->c->zh ? e->label_en : e->label_zh;
    return a ? a : b;
}

/* Takes ownership of target.  Two mentions of one target separated only by
 * punctuation ("A/75/693 (A/75/693)", a case name and its parties) are one. */
static void add(P *p, char *target, cg_kind kind, const char *label, const char *parent,
                const char *symbols, size_t start, size_t end)
{
    cg_vec *v = &p->c->mentions;
    if (v->n) {
        cg_mention *last = v->v[v->n - 1];
        if (strcmp(last->target, target) == 0 && start >= last->end && start - last->end <= 8) {
            int only_punct = 1;
            for (size_t k = last->end; k < start; k++)
                if (strchr(" \n()[],;:-", p->s[k]) == NULL)
                    only_punct = 0;
            if (only_punct) {
                last->end = end;
                free(target);
                return;
            }
        }
    }
    cg_mention *m = cg_xcalloc(1, sizeof *m);
    m->target = target;
    m->kind = kind;
    m->label = label ? cg_xstrdup(label) : NULL;
    m->parent = parent ? cg_xstrdup(parent) : NULL;
    m->symbols = symbols ? cg_xstrdup(symbols) : NULL;
    m->start = start;
    m->end = end;
    m->echo = p->c->text->echo[start];
    cg_vec_push(v, m);
}

/* ---- anchors for articles ------------------------------------------- */

static void anchor_clear(anchor *a)
{
    for (size_t k = 0; k < a->n; k++)
        free(a->ids[k]);
    a->n = 0;
}

/* The tokens joining two coordinated titles ("和", "以及", "and the"), or 0. */
static size_t coordinator(const P *p, size_t i)
{
    if (lit(p, i, "以及") != NOPE)
        return 2;
    if (is(p, i, "和") || is(p, i, "及") || is(p, i, "与") || is(p, i, "、") || is(p, i, ","))
        return 1;
    if (word_is(p, i, "and"))
        return word_is(p, i + 1, "the") ? 2 : 1;
    return 0;
}

/* An instrument mentioned at tokens [i, end): articles that follow bind to
 * it; "A 和 B 第一条" binds to both.  `mention` is the title's own mention
 * (the last one added) or NOPE. */
static void anchor_set(P *p, const char *id, size_t i, size_t end, size_t mention)
{
    anchor *a = &p->an;
    int coordinated = a->n && a->n < 8 && !a->used && a->end_tok <= i &&
                      (i == a->end_tok || coordinator(p, a->end_tok) == i - a->end_tok);
    if (!coordinated)
        anchor_clear(a);
    a->used = 0;
    a->mention[a->n] = mention;
    a->ids[a->n++] = cg_xstrdup(id);
    a->end_tok = end;
}

static size_t last_mention(const P *p)
{
    return p->c->mentions.n ? p->c->mentions.n - 1 : NOPE;
}

/* The articles bound to the anchor are what the letter cites: the titles
 * that introduced them ("《宪章》第二条") are not cited a second time. */
static void anchor_absorb(P *p)
{
    p->an.used = 1;
    for (size_t k = 0; k < p->an.n; k++)
        if (p->an.mention[k] != NOPE) {
            ((cg_mention *)p->c->mentions.v[p->an.mention[k]])->absorbed = 1;
            p->an.mention[k] = NOPE;
        }
}

static int skippable(const P *p, size_t i)
{
    static const char *const chars[] = {"，", "、", "；", "：", "的", "年", "月", "日", "卷",
                                        "页", "第", "号", "联", "合", "国", "…", "至", "”",
                                        "’", "》", "特", "别", "是", "尤", "其", "共", "同", "包", "括", NULL};
    static const char *const words[] = {"UNTS", "vol", "No", "p", "pp", "United", "Nations",
                                        "Treaty", "Series", "I", "C", "J", "Reports", "Judgment",
                                        "January", "February", "March", "April", "May", "June",
                                        "July", "August", "September", "October", "November",
                                        "December", "of", "at", "para", "and", "in", "particular",
                                        "especially", "notably", "including", "common", NULL};
    const cg_token *t = &p->t[i];
    switch (t->type) {
    case TK_NUM:
    case TK_CNUM:
    case TK_NUM_ROMAN: /* 《世界人权宣言》，1948 年 12 月 10 日，217 A (III)，第 3 条 */
        return 1;
    case TK_PUNCT:
        return strchr(",.;:()[]-", p->s[t->start]) != NULL;
    case TK_CHAR:
        for (int k = 0; chars[k]; k++)
            if (is(p, i, chars[k]))
                return 1;
        return 0;
    case TK_WORD:
        if (cg_roman_value(ttext(p, i), tlen(p, i)) > 0 && isupper((unsigned char)p->s[t->start]))
            return 1;
        for (int k = 0; words[k]; k++)
            if (word_is(p, i, words[k]))
                return 1;
        return 0;
    case TK_TITLE:
        return cg_registry_is_reporter(p->c->reg, ttext(p, i) + 3, tlen(p, i) - 6);
    default:
        return 0;
    }
}

static int anchor_reaches(const P *p, size_t i)
{
    const anchor *a = &p->an;
    if (!a->n || a->end_tok > i || i - a->end_tok > 40)
        return 0;
    for (size_t k = a->end_tok; k < i; k++)
        if (p->t[k].para || !skippable(p, k))
            return 0;
    return !p->t[i].para;
}

/* ---- bodies --------------------------------------------------------- */

/* The body named closest before clean offset pos, in the same sentence:
 * 'S' Security Council, 'A' General Assembly, 'E' ECOSOC, 'H' Human Rights
 * Council, or 0. */
typedef struct body_key {
    const char *k;
    int body;
    int ascii;
} body_key;

static const body_key body_keys[] = {
    {"安全理事会", 'S', 0}, {"安理会", 'S', 0}, {"大会", 'A', 0}, {"经济及社会理事会", 'E', 0},
    {"经社理事会", 'E', 0}, {"人权理事会", 'H', 0}, {"Security Council", 'S', 1},
    {"General Assembly", 'A', 1}, {"Assembly", 'A', 1}, {"Economic and Social Council", 'E', 1},
    {"ECOSOC", 'E', 1}, {"Human Rights Council", 'H', 1}, {"Commission on Human Rights", 'C', 1},
    {"人权委员会", 'C', 0}, {"OIC", 'X', 1}, {"伊斯兰会议组织", 'X', 0},
    /* bodies outside the United Nations: their resolutions are not the UN's */
    {"议会大会", 'X', 0}, {"欧洲委员会", 'X', 0}, {"欧洲理事会", 'X', 0}, {"欧洲议会", 'X', 0},
    {"非洲联盟", 'X', 0}, {"非盟", 'X', 0}, {"欧洲联盟", 'X', 0}, {"欧盟", 'X', 0},
    {"欧安组织", 'X', 0}, {"美洲国家组织", 'X', 0}, {"阿拉伯国家联盟", 'X', 0},
    {"伊斯兰合作组织", 'X', 0}, {"北约", 'X', 0}, {"独立国家联合体", 'X', 0}, {"独联体", 'X', 0},
    {"阿盟", 'X', 0}, {"伊合组织", 'X', 0}, {"集体安全条约组织", 'X', 0}, {"集安组织", 'X', 0},
    {"CSTO", 'X', 1}, {"CIS", 'X', 1}, {"EU", 'X', 1}, {"AU", 'X', 1}, {"Arab League", 'X', 1},
    {"Organization of the Islamic Conference", 'X', 1},
    {"Collective Security Treaty Organization", 'X', 1},
    {"Parliamentary Assembly", 'X', 1}, {"Council of Europe", 'X', 1},
    {"European Parliament", 'X', 1}, {"European Union", 'X', 1}, {"African Union", 'X', 1},
    {"OSCE", 'X', 1}, {"Organization of American States", 'X', 1},
    {"League of Arab States", 'X', 1}, {"Organisation of Islamic Cooperation", 'X', 1},
    {"Organization of Islamic Cooperation", 'X', 1}, {"NATO", 'X', 1},
    {"Commonwealth of Independent States", 'X', 1}};

/* Is key k at clean offset i?  English names may be wrapped over lines. */
static size_t key_len_at(const P *p, size_t i, size_t lim, const body_key *k)
{
    size_t l = strlen(k->k);
    if (!k->ascii)
        return i + l <= lim && memcmp(p->s + i, k->k, l) == 0 ? l : 0;
    if (i > 0 && isalpha((unsigned char)p->s[i - 1]))
        return 0; /* a word of its own: not the EU of LIEU */
    size_t j = i;
    for (const char *c = k->k; *c; c++, j++) {
        if (j >= lim)
            return 0;
        char x = p->s[j] == '\n' ? ' ' : p->s[j];
        if (*c == ' ' ? x != ' ' : !cg_strncaseeq(&x, c, 1))
            return 0;
    }
    if (j < lim && isalpha((unsigned char)p->s[j]))
        return 0; /* OICS is not OIC */
    return j - i;
}

static int key_at(const P *p, size_t i, size_t lim, const body_key *k)
{
    return key_len_at(p, i, lim, k) != 0;
}

/* The body named closest before clean offset pos, in the same sentence:
 * 'S' Security Council, 'A' General Assembly, 'E' ECOSOC, 'H' Human Rights
 * Council, 'X' a body outside the United Nations, or 0.  Of two names
 * ending at one place the longer wins (议会大会 is not 大会). */
static int body_before(const P *p, size_t pos)
{
    const size_t nk = sizeof body_keys / sizeof body_keys[0];
    size_t lo = pos > 80 ? pos - 80 : 0;
    for (size_t k = pos; k > lo; k--) {
        size_t i = k - 1;
        if (i + 3 <= pos && memcmp(p->s + i, "。", 3) == 0)
            break;
        if (i + 1 < pos && p->s[i] == '\n' && p->s[i + 1] == ' ')
            break;
        if (i + 1 < pos && cg_sentence_break(p->c->text, i + 1) && i + 1 != pos)
            break;
        for (size_t q = 0; q < nk; q++) {
            if (!key_at(p, i, pos, &body_keys[q]))
                continue;
            size_t end = i + strlen(body_keys[q].k);
            int body = body_keys[q].body;
            size_t best = strlen(body_keys[q].k);
            for (size_t r = 0; r < nk; r++) {
                size_t l2 = strlen(body_keys[r].k);
                if (l2 > best && end >= l2 && end - l2 >= lo && key_at(p, end - l2, pos, &body_keys[r])) {
                    body = body_keys[r].body;
                    best = l2;
                }
            }
            return body;
        }
    }
    return 0;
}

/* "resolution 1503 (XLVIII) of the Economic and Social Council": the body
 * named right after a list. */
static int body_after(const P *p, size_t j)
{
    if (!word_is(p, j, "of"))
        return 0;
    if (word_is(p, j + 1, "the"))
        j++;
    if (j + 1 >= p->n)
        return 0;
    size_t pos = p->t[j + 1].start;
    const size_t nk = sizeof body_keys / sizeof body_keys[0];
    int body = 0;
    size_t best = 0;
    for (size_t q = 0; q < nk; q++) {
        size_t l = strlen(body_keys[q].k);
        if (body_keys[q].ascii && l > best && key_at(p, pos, p->c->text->n, &body_keys[q])) {
            body = body_keys[q].body;
            best = l;
        }
    }
    return body;
}

/* ---- resolution numbers --------------------------------------------- */

typedef struct item {
    char form;        /* 'Y' 822 (1993), 'R' 2625 (XXV), 'N' 75/1 */
    long a, b;
    char roman[16];
    char special[4];  /* "ES-" or "S-" before a session number */
    size_t tok;
} item;

static int parse_item(const P *p, size_t i, item *it)
{
    if (i >= p->n)
        return 0;
    const char *s = ttext(p, i);
    size_t n = tlen(p, i);
    memset(it, 0, sizeof *it);
    it->tok = i;
    switch (p->t[i].type) {
    case TK_NUM_YEAR: {
        it->form = 'Y';
        it->a = strtol(s, NULL, 10);
        const char *q = memchr(s, '(', n);
        if (!q)
            return 0;
        q++;
        while (*q == ' ' || *q == '\n' || *q == '\t')
            q++;
        it->b = strtol(q, NULL, 10);
        return it->a > 0;
    }
    case TK_NUM_ROMAN: {
        it->form = 'R';
        it->a = strtol(s, NULL, 10);
        const char *q = s + n;
        while (q > s && q[-1] != '(')
            q--;
        size_t k = 0;
        for (; q < s + n && *q != ')' && k + 1 < sizeof it->roman; q++)
            if (*q != ' ' && *q != '\n' && *q != '\t')
                it->roman[k++] = *q;
        it->roman[k] = '\0';
        const char *r = it->roman;
        if (strncmp(r, "ES-", 3) == 0)
            r += 3;
        else if (strncmp(r, "S-", 2) == 0)
            r += 2;
        return it->a > 0 && cg_roman_value(r, strlen(r)) > 0;
    }
    case TK_NUM:
        /* 822 in "第 822、853 和 884(1993)号决议": the year comes last */
        if (n > 4)
            return 0;
        it->form = 'P';
        it->a = strtol(s, NULL, 10);
        return it->a > 0;
    case TK_SLASHNUM: {
        it->form = 'N';
        if (s[0] == 'E') {
            strcpy(it->special, "ES-");
            s += 3;
        } else if (s[0] == 'S') {
            strcpy(it->special, "S-");
            s += 2;
        }
        it->a = strtol(s, NULL, 10);
        const char *q = strchr(s, '/');
        it->b = q ? strtol(q + 1, NULL, 10) : 0;
        return it->a > 0 && it->b > 0;
    }
    default:
        return 0;
    }
}

/* The identifier of a resolution (or decision) number in a body's context. */
static char *item_target(const item *it, int body, int decision, cg_kind *kind)
{
    switch (it->form) {
    case 'P':
        /* "安理会第 2231 号决议": a Security Council number without its year;
         * kept only if the letter gives the year elsewhere (unify_aliases) */
        if (decision || body != 'S' || it->a > 9999)
            return NULL;
        *kind = CG_KIND_SC_RESOLUTION;
        return cg_xsprintf("S/RES/%ld", it->a);
    case 'Y':
        if (decision)
            return NULL;
        *kind = CG_KIND_SC_RESOLUTION;
        return cg_xsprintf("S/RES/%ld(%ld)", it->a, it->b);
    case 'R':
        if (decision)
            return NULL;
        /* the General Assembly numbered sessions in Roman up to XXX; a
         * higher one, without a body named, is ECOSOC's */
        if (body == 'E' || (!body && cg_roman_value(it->roman, strlen(it->roman)) > 30)) {
            *kind = CG_KIND_DOCUMENT;
            return cg_xsprintf("E/RES/%ld(%s)", it->a, it->roman);
        }
        *kind = CG_KIND_GA_RESOLUTION;
        return cg_xsprintf("A/RES/%ld(%s)", it->a, it->roman);
    case 'N':
        if (it->special[0]) {
            *kind = decision ? CG_KIND_DOCUMENT : CG_KIND_GA_RESOLUTION;
            return cg_xsprintf("A/%s/%s%ld/%ld", decision ? "DEC" : "RES", it->special, it->a, it->b);
        }
        if (body == 'H') {
            *kind = CG_KIND_DOCUMENT;
            return cg_xsprintf("A/HRC/%s/%ld/%ld", decision ? "DEC" : "RES", it->a, it->b);
        }
        if (body == 'C') {
            *kind = CG_KIND_DOCUMENT;
            return cg_xsprintf("E/CN.4/%s/%ld/%ld", decision ? "DEC" : "RES", it->a, it->b);
        }
        if (body == 'E' || it->a >= 1946) {
            *kind = CG_KIND_DOCUMENT;
            return cg_xsprintf("E/%s/%ld/%ld", decision ? "DEC" : "RES", it->a, it->b);
        }
        *kind = decision ? CG_KIND_DOCUMENT : CG_KIND_GA_RESOLUTION;
        return cg_xsprintf("A/%s/%ld/%ld", decision ? "DEC" : "RES", it->a, it->b);
    default:
        return NULL;
    }
}

/* Numbers written without their year take the year (or session) of the
 * item that closes the list: "822、853 和 884(1993)". */
static void share_year(item *items, size_t ni)
{
    for (size_t k = ni; k-- > 0;) {
        if (items[k].form != 'P')
            continue;
        for (size_t q = k + 1; q < ni; q++) {
            /* a year is shared; a Roman session only by numbers close to the
             * last one (the Assembly numbered its resolutions in order:
             * "3201 and 3202 (S-VI)", but not "1514 and 2625 (XXV)") */
            if (items[q].form == 'Y' ||
                (items[q].form == 'R' && labs(items[q].a - items[k].a) <= 50)) {
                items[k].form = items[q].form;
                items[k].b = items[q].b;
                memcpy(items[k].roman, items[q].roman, sizeof items[k].roman);
                break;
            }
            if (items[q].form != 'P')
                break;
        }
    }
}

static void add_items(P *p, item *items, size_t ni, int body, int decision)
{
    if (body == 'X')
        return; /* a body outside the United Nations */
    share_year(items, ni);
    for (size_t k = 0; k < ni; k++) {
        cg_kind kind = CG_KIND_DOCUMENT;
        char *target = item_target(&items[k], body, decision, &kind);
        if (target)
            add(p, target, kind, NULL, NULL, NULL, p->t[items[k].tok].start,
                p->t[items[k].tok].end);
    }
}

static size_t sep_cn(const P *p, size_t i)
{
    static const char *const seps[] = {"以及", "、", ",", "，", "和", "及", "与", "或", NULL};
    for (int k = 0; seps[k]; k++) {
        size_t e = lit(p, i, seps[k]);
        if (e != NOPE)
            return e;
    }
    return NOPE;
}

/* 2010年3月1日 before a number in a list. */
static size_t skip_cn_date(const P *p, size_t i)
{
    if (i + 5 < p->n && p->t[i].type == TK_NUM && is(p, i + 1, "年") && tok_long(p, i + 2) > 0 &&
        is(p, i + 3, "月") && tok_long(p, i + 4) > 0 && is(p, i + 5, "日"))
        return i + 6;
    return i;
}

/* [body] [date] 第 N(YYYY) [号] {sep [date] [第] N(YYYY) [号]} 号决议|号决定 */
static size_t cn_resolutions(P *p, size_t i)
{
    item items[MAX_ITEMS];
    size_t ni = 0, j = i, end = NOPE;
    int decision = 0;
    for (;;) {
        size_t k = skip_cn_date(p, j);
        if (is(p, k, "第"))
            k++;
        if (ni == MAX_ITEMS || !parse_item(p, k, &items[ni]))
            break;
        ni++;
        k++;
        if (k < p->n && p->t[k].type == TK_WORD && tlen(p, k) == 1 && isupper((unsigned char)*ttext(p, k))) {
            k++; /* part letters: 53/243 A, 53/243 A 和 B */
            size_t q;
            while ((q = sep_cn(p, k)) != NOPE && q < p->n && p->t[q].type == TK_WORD &&
                   tlen(p, q) == 1 && isupper((unsigned char)*ttext(p, q)))
                k = q + 1;
        }
        size_t m = k;
        if (is(p, k, "号")) {
            size_t e;
            if ((e = lit(p, k + 1, "决议")) != NOPE) {
                end = e;
                break;
            }
            if ((e = lit(p, k + 1, "决定")) != NOPE) {
                end = e;
                decision = 1;
                break;
            }
            m = k + 1;
        }
        size_t s = sep_cn(p, m);
        if (s == NOPE)
            break;
        j = s;
    }
    if (end == NOPE)
        return NOPE;
    add_items(p, items, ni, body_before(p, p->t[i].start), decision);
    return end;
}

static int is_month(const P *p, size_t i)
{
    return cg_tok_month(&p->k, i) != 0;
}

/* "of 18 December 2015" after a resolution number */
static size_t skip_en_date(const P *p, size_t i)
{
    if (word_is(p, i, "of") && i + 2 < p->n && p->t[i + 1].type == TK_NUM && is_month(p, i + 2)) {
        size_t k = i + 3;
        if (k < p->n && p->t[k].type == TK_NUM)
            k++;
        return k;
    }
    return i;
}

/* resolution(s) N {(, | and | , and | as well as) N} */
static size_t en_resolutions(P *p, size_t i)
{
    item items[MAX_ITEMS];
    size_t ni = 0, j = i + 1;
    for (;;) {
        if (ni == MAX_ITEMS || !parse_item(p, j, &items[ni]))
            break;
        ni++;
        j++;
        /* part letters: 53/243 A, 53/243 A and B */
        if (j < p->n && p->t[j].type == TK_WORD && tlen(p, j) == 1 && isupper((unsigned char)*ttext(p, j))) {
            j++;
            if (word_is(p, j, "and") && j + 1 < p->n && p->t[j + 1].type == TK_WORD &&
                tlen(p, j + 1) == 1 && isupper((unsigned char)*ttext(p, j + 1)))
                j += 2;
        }
        j = skip_en_date(p, j);
        size_t k = j;
        if (is(p, k, ","))
            k++;
        if (word_is(p, k, "and") || word_is(p, k, "or"))
            k++;
        else if (word_is(p, k, "as") && word_is(p, k + 1, "well") && word_is(p, k + 2, "as"))
            k += 3;
        if (k == j)
            break;
        item probe;
        if (!parse_item(p, k, &probe))
            break;
        j = k;
    }
    if (!ni)
        return NOPE;
    int body = body_after(p, j);
    if (!body)
        body = body_before(p, p->t[i].start);
    if (!body && i > 0 && (word_is(p, i - 1, "its") || word_is(p, i - 1, "their")))
        body = p->c->own_body;
    add_items(p, items, ni, body, word_is(p, i, "decision") || word_is(p, i, "decisions"));
    return j;
}

/* 2625 (XXV) alone, as in footnotes: a General Assembly resolution of the
 * first thirty sessions. */
static size_t bare_roman(P *p, size_t i)
{
    item it;
    if (!parse_item(p, i, &it) || it.a > 3600 || strchr(it.roman, '-'))
        return NOPE;
    long session = cg_roman_value(it.roman, strlen(it.roman));
    if (session < 1 || session > 30)
        return NOPE;
    /* "I.C.J. Reports 2022 (I)": a volume, not a resolution */
    if (i > 0 && (word_is(p, i - 1, "Reports") || word_is(p, i - 1, "Recueil")))
        return NOPE;
    /* 《世界人权宣言》，1948 年 12 月 10 日，217 A (III): the number only
     * locates the declaration just named */
    char *id = cg_xsprintf("A/RES/%ld(%s)", it.a, it.roman);
    for (size_t k = 0; k < p->an.n; k++)
        if (strcmp(p->an.ids[k], id) == 0 && anchor_reaches(p, i)) {
            free(id);
            return i + 1;
        }
    free(id);
    add_items(p, &it, 1, body_before(p, p->t[i].start), 0);
    return i + 1;
}

/* ---- symbols and links ---------------------------------------------- */

static cg_kind symbol_kind(const char *sym)
{
    if (strncmp(sym, "S/RES/", 6) == 0)
        return CG_KIND_SC_RESOLUTION;
    if (strncmp(sym, "A/RES/", 6) == 0)
        return CG_KIND_GA_RESOLUTION;
    return CG_KIND_DOCUMENT;
}

static void add_symbol(P *p, const char *s, size_t n, const char *suffix, size_t start, size_t end)
{
    size_t cuts[4];
    size_t nc = cg_split_joint(s, n, cuts);
    cg_buf all = {0};
    char *first = NULL;
    size_t a = 0;
    for (size_t k = 0; k <= nc; k++) {
        size_t b = k < nc ? cuts[k] : n;
        size_t e = b;
        while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\n'))
            e--;
        size_t q = a;
        while (q < e && (s[q] == ' ' || s[q] == '\n'))
            q++;
        char *sym = cg_canon_symbol(s + q, e - q);
        if (k == nc && suffix) {
            char *x = cg_xsprintf("%s%s", sym, suffix);
            free(sym);
            sym = x;
        }
        if (all.len)
            cg_buf_putc(&all, ' ');
        cg_buf_puts(&all, sym);
        if (!first)
            first = sym;
        else
            free(sym);
        a = b + 1;
    }
    add(p, first, symbol_kind(first), NULL, NULL, nc ? all.s : NULL, start, end);
    cg_buf_free(&all);
}

static size_t do_symbol(P *p, size_t i)
{
    const cg_token *t = &p->t[i];
    if (t->start < p->c->body_start)
        return i + 1; /* the masthead: the document's own symbol */
    const char *s = ttext(p, i);
    size_t n = tlen(p, i);
    char suffix[24];
    size_t next = i + 1 + cg_tok_res_suffix(&p->k, i, suffix, sizeof suffix);
    add_symbol(p, s, n, suffix[0] ? suffix : NULL, t->start, p->t[next - 1].end);
    return next;
}

static size_t do_url(P *p, size_t i)
{
    const cg_token *t = &p->t[i];
    int undocs = 0;
    char *id = cg_canon_url(ttext(p, i), tlen(p, i), &undocs);
    if (undocs) {
        add_symbol(p, id, strlen(id), NULL, t->start, t->end);
        free(id);
    } else {
        cg_buf lb = {0}; /* the URL as written, made whole again */
        for (size_t k = t->start; k < t->end; k++)
            if (p->s[k] != '\n' && p->s[k] != ' ')
                cg_buf_putc(&lb, p->s[k]);
        char *label = cg_buf_take(&lb);
        add(p, id, CG_KIND_URL, label, NULL, NULL, t->start, t->end);
        free(label);
    }
    return i + 1;
}

/* ---- titles and phrases --------------------------------------------- */

static int instrument_kind(cg_kind k)
{
    return k == CG_KIND_INSTRUMENT || k == CG_KIND_GA_RESOLUTION || k == CG_KIND_TITLE;
}

static size_t do_title(P *p, size_t i)
{
    const cg_token *t = &p->t[i];
    const char *s = ttext(p, i) + 3; /* 《 */
    size_t n = tlen(p, i) - 6;       /* 《 》 */
    const cg_entry *e = cg_registry_title(p->c->reg, s, n);
    if (e) {
        add(p, cg_xstrdup(e->id), e->kind, entry_label(p, e), NULL, NULL, t->start, t->end);
        if (instrument_kind(e->kind))
            anchor_set(p, e->id, i, i + 1, last_mention(p));
        return i + 1;
    }
    if (cg_registry_is_reporter(p->c->reg, s, n))
        return i + 1;
    /* 《尼加拉瓜境内和针对尼加拉瓜的军事和准军事活动(尼加拉瓜诉美利坚合众国)》: a case */
    const cg_entry *c = NULL;
    if (cg_registry_phrase_at(p->c->reg, s, n, &c) && c && c->kind == CG_KIND_CASE) {
        add(p, cg_xstrdup(c->id), c->kind, entry_label(p, c), NULL, NULL, t->start, t->end);
        return i + 1;
    }
    cg_buf b = {0};
    cg_buf_puts(&b, "title:");
    for (size_t k = 0; k < n; k++)
        if (s[k] != ' ' && s[k] != '\n' && s[k] != '\t')
            cg_buf_putc(&b, s[k]);
    if (b.len == 6) { /* 《》 */
        cg_buf_free(&b);
        return i + 1;
    }
    char *label = cg_xstrndup(s, n);
    char *id = cg_buf_take(&b);
    add(p, id, CG_KIND_TITLE, label, NULL, NULL, t->start, t->end);
    anchor_set(p, p->c->mentions.n ? ((cg_mention *)p->c->mentions.v[p->c->mentions.n - 1])->target : "",
               i, i + 1, last_mention(p));
    free(label);
    return i + 1;
}

static size_t tok_at_or_after(const P *p, size_t i, size_t off)
{
    while (i < p->n && p->t[i].start < off)
        i++;
    return i;
}

/* "Application of the International Convention on ... (Armenia v.
 * Azerbaijan)", "《防止及惩治灭绝种族罪公约》的适用(冈比亚诉缅甸)": the
 * convention is part of the case's name, not a citation of its own. */
static void absorb_case_title(P *p, size_t case_start)
{
    cg_vec *v = &p->c->mentions;
    if (!v->n)
        return;
    cg_mention *m = v->v[v->n - 1];
    if (!instrument_kind(m->kind) || m->end > case_start || case_start - m->end > 16)
        return;
    const char *gap = p->s + m->end;
    size_t gl = case_start - m->end;
    int zh = 0;
    for (size_t k = 0; k + 6 <= gl; k++)
        if (memcmp(gap + k, "适用", 6) == 0)
            zh = 1;
    size_t lo = m->start > 24 ? m->start - 24 : 0;
    int en = 0;
    for (size_t k = lo; k + 14 <= m->start; k++)
        if (cg_strncaseeq(p->s + k, "Application of", 14))
            en = 1;
    if (zh || en)
        m->absorbed = 1;
}

static size_t do_phrase(P *p, size_t i)
{
    const cg_token *t = &p->t[i];
    if (t->type != TK_WORD && t->type != TK_CHAR && t->type != TK_CNUM && t->type != TK_NUM)
        return NOPE;
    const cg_entry *e = NULL;
    size_t m;
    if (i > 0 && word_is(p, i - 1, "the"))
        m = cg_registry_phrase_after_the(p->c->reg, p->s + t->start, p->c->text->n - t->start, &e);
    else
        m = cg_registry_phrase_at(p->c->reg, p->s + t->start, p->c->text->n - t->start, &e);
    if (!m || !e)
        return NOPE;
    size_t end = tok_at_or_after(p, i, t->start + m);
    /* "the Charter of Paris", "the Charter of the OSCE": a one-word short
     * form followed by "of" or "for" names another charter */
    if (end == i + 1 && t->type == TK_WORD && (word_is(p, end, "of") || word_is(p, end, "for")) &&
        !(word_is(p, end + 1, "the") && word_is(p, end + 2, "United") && word_is(p, end + 3, "Nations")))
        return NOPE;
    if (e->kind == CG_KIND_CASE)
        absorb_case_title(p, t->start);
    add(p, cg_xstrdup(e->id), e->kind, entry_label(p, e), NULL, NULL, t->start, t->start + m);
    if (instrument_kind(e->kind))
        anchor_set(p, e->id, i, end, last_mention(p));
    return end > i ? end : i + 1;
}

/* ---- articles ------------------------------------------------------- */

typedef struct art {
    long a, para;
    size_t start, end;
} art;

static void add_articles(P *p, char *const *parents, size_t np, const art *arts, size_t na)
{
    for (size_t q = 0; q < np; q++)
        for (size_t k = 0; k < na; k++) {
            char *id = arts[k].para >= 0
                           ? cg_xsprintf("%s/art.%ld(%ld)", parents[q], arts[k].a, arts[k].para)
                           : cg_xsprintf("%s/art.%ld", parents[q], arts[k].a);
            add(p, id, CG_KIND_ARTICLE, NULL, parents[q], NULL, arts[k].start, arts[k].end);
        }
}

/* 第五十一条, 第二条第四项, 第一条第三款, 第 3 条, coordinated with 和/及/、 */
static size_t cn_articles(P *p, size_t i)
{
    art arts[MAX_ITEMS];
    size_t na = 0, j = i;
    while (na < MAX_ITEMS && is(p, j, "第")) {
        long a = tok_long(p, j + 1);
        if (a <= 0 || !is(p, j + 2, "条"))
            break;
        size_t k = j + 3;
        long para = -1;
        if (is(p, k, "第") && tok_long(p, k + 1) > 0 &&
            (is(p, k + 2, "项") || is(p, k + 2, "款") || is(p, k + 2, "段"))) {
            para = tok_long(p, k + 1);
            k += 3;
        }
        arts[na].a = a;
        arts[na].para = para;
        arts[na].start = p->t[j].start;
        arts[na].end = p->t[k - 1].end;
        na++;
        j = k;
        /* 第二条第三项和第四项: more paragraphs of the same article */
        while (para >= 0 && na < MAX_ITEMS) {
            size_t s2 = sep_cn(p, j);
            if (s2 == NOPE || !is(p, s2, "第") || tok_long(p, s2 + 1) <= 0 ||
                !(is(p, s2 + 2, "项") || is(p, s2 + 2, "款") || is(p, s2 + 2, "段")))
                break;
            arts[na].a = a;
            arts[na].para = tok_long(p, s2 + 1);
            arts[na].start = p->t[s2].start;
            arts[na].end = p->t[s2 + 2].end;
            na++;
            j = s2 + 3;
        }
        size_t s = sep_cn(p, j);
        if (s == NOPE || !is(p, s, "第"))
            break;
        j = s;
    }
    if (!na)
        return NOPE;
    if (anchor_reaches(p, i)) {
        anchor_absorb(p);
        add_articles(p, p->an.ids, p->an.n, arts, na);
        p->an.end_tok = j; /* a later list may go on: 第一条……第二条 */
    }
    return j;
}

/* Article 51 | Article 2, paragraph 4, | Article 1 (2) | art. 1, para. 3 |
 * Articles 2 (4) and 33 -- then "of the Charter" or the instrument before. */
static size_t en_articles(P *p, size_t i)
{
    art arts[MAX_ITEMS];
    size_t na = 0, j = i + 1;
    if (is(p, j, "."))
        j++; /* art. */
    for (;;) {
        if (na == MAX_ITEMS || j >= p->n || p->t[j].type != TK_NUM)
            break;
        art *x = &arts[na];
        x->a = tok_long(p, j);
        x->para = -1;
        x->start = p->t[j].start;
        x->end = p->t[j].end;
        size_t k = j + 1;
        if (is(p, k, "(") && p->t[k + 1].type == TK_NUM && is(p, k + 2, ")")) {
            x->para = tok_long(p, k + 1);
            x->end = p->t[k + 2].end;
            k += 3;
            /* Article 2 (3) and (4) */
            while (na + 1 < MAX_ITEMS && (word_is(p, k, "and") || is(p, k, ",")) && is(p, k + 1, "(") &&
                   p->t[k + 2].type == TK_NUM && is(p, k + 3, ")")) {
                arts[na + 1] = *x;
                na++;
                x = &arts[na];
                x->para = tok_long(p, k + 2);
                x->start = p->t[k + 1].start;
                x->end = p->t[k + 3].end;
                k += 4;
            }
        } else if (is(p, k, ",") && (word_is(p, k + 1, "paragraph") || word_is(p, k + 1, "para") ||
                                     word_is(p, k + 1, "paragraphs") || word_is(p, k + 1, "paras"))) {
            size_t q = k + 2;
            if (is(p, q, "."))
                q++;
            if (p->t[q].type == TK_NUM) {
                x->para = tok_long(p, q);
                x->end = p->t[q].end;
                k = q + 1;
                /* Article 2, paragraphs 3 and 4, */
                while (na + 1 < MAX_ITEMS && (word_is(p, k, "and") || is(p, k, ",")) &&
                       p->t[k + 1].type == TK_NUM) {
                    arts[na + 1] = *x;
                    na++;
                    x = &arts[na];
                    x->para = tok_long(p, k + 1);
                    x->end = p->t[k + 1].end;
                    k += 2;
                }
                if (is(p, k, ",") && word_is(p, k + 1, "of"))
                    k++;
            }
        }
        if (na == 0)
            x->start = p->t[i].start; /* "Article 51", not "51" */
        na++;
        j = k;
        size_t s = j;
        if (is(p, s, ","))
            s++;
        if (word_is(p, s, "and") || word_is(p, s, "or"))
            s++;
        if (s > j && (word_is(p, s, "Article") || word_is(p, s, "Articles") || word_is(p, s, "art") ||
                      word_is(p, s, "arts"))) {
            s++; /* "Article 2, paragraph 4, and Article 33" */
            if (is(p, s, "."))
                s++;
        }
        if (s == j || s >= p->n || p->t[s].type != TK_NUM)
            break;
        j = s;
    }
    if (!na)
        return NOPE;
    /* of [the] INSTRUMENT */
    if (word_is(p, j, "of")) {
        size_t q = j + 1;
        const cg_entry *e = NULL;
        size_t m = 0;
        if (word_is(p, q, "the")) {
            q++;
            m = cg_registry_phrase_after_the(p->c->reg, p->s + p->t[q].start,
                                             p->c->text->n - p->t[q].start, &e);
        } else if (q < p->n) {
            m = cg_registry_phrase_at(p->c->reg, p->s + p->t[q].start,
                                      p->c->text->n - p->t[q].start, &e);
        }
        if (m && e && instrument_kind(e->kind)) {
            size_t end = tok_at_or_after(p, q, p->t[q].start + m);
            char *ids[1] = {e->id};
            add_articles(p, ids, 1, arts, na);
            anchor_set(p, e->id, q, end, NOPE);
            return end;
        }
        /* "Article 51 of the Baku Declaration": an instrument citegraph does
         * not know; not the one named before */
        if (q < p->n && p->t[q].type == TK_WORD && isupper((unsigned char)p->s[p->t[q].start]))
            return j;
    }
    if (anchor_reaches(p, i)) {
        anchor_absorb(p);
        add_articles(p, p->an.ids, p->an.n, arts, na);
        p->an.end_tok = j;
    }
    return j;
}

/* ---- letters cited by description ------------------------------------ */

static int month_at(const P *p, size_t i)
{
    return cg_tok_month(&p->k, i);
}

static char *states_in(const P *p, size_t a, size_t b)
{
    return cg_states_in(p->c->reg, p->s, a, b);
}

/* A letter cited by date and sender: letter:DATE:ISO3.  When its symbol
 * follows in brackets, the symbol is the reference and the description an
 * alias of it (so that later letters citing it either way meet one node). */
static size_t letter_ref_id(P *p, size_t i, char *id, size_t end);

static size_t letter_ref(P *p, size_t i, const char *iso_date, size_t seg_a,
                         size_t seg_b, size_t end, int mine)
{
    char *senders = states_in(p, seg_a, seg_b);
    if (!senders && mine && p->c->sender)
        senders = cg_xstrdup(p->c->sender);
    if (!senders)
        return NOPE;
    size_t l = strcspn(senders, " ");
    char *id = cg_xsprintf("letter:%s:%.*s", iso_date, (int)l, senders);
    free(senders);
    return letter_ref_id(p, i, id, end);
}

static size_t letter_ref_from(P *p, size_t i, const char *iso_date, const char *sender, size_t end)
{
    return letter_ref_id(p, i, cg_xsprintf("letter:%s:%s", iso_date, sender), end);
}

/* Takes ownership of id. */
static size_t letter_ref_id(P *p, size_t i, char *id, size_t end)
{
    if (p->c->date && strncmp(id + 7, p->c->date, 10) == 0 && p->c->sender &&
        strncmp(id + 18, p->c->sender, 3) == 0) {
        free(id); /* the letter itself (its title, its annex heading) */
        return end;
    }
    /* (A/75/693-S/2020/1307) right after it */
    size_t q = end;
    if (is(p, q, "(") && q + 1 < p->n && p->t[q + 1].type == TK_SYMBOL) {
        size_t before = p->c->mentions.n;
        size_t next = do_symbol(p, q + 1);
        if (p->c->mentions.n > before) {
            cg_mention *m = p->c->mentions.v[p->c->mentions.n - 1];
            free(m->alias);
            m->alias = id;
            m->kind = CG_KIND_LETTER;
            m->start = p->t[i].start;
        } else {
            free(id);
        }
        return next;
    }
    add(p, id, CG_KIND_LETTER, NULL, NULL, NULL, p->t[i].start, p->t[end - 1].end);
    return end;
}

/* 2020 年 12 月 29 日亚美尼亚常驻代表给秘书长的信 */
static size_t cn_letter(P *p, size_t i)
{
    if (i + 5 >= p->n || p->t[i].type != TK_NUM || !is(p, i + 1, "年") || !is(p, i + 3, "月") ||
        !is(p, i + 5, "日"))
        return NOPE;
    long y = tok_long(p, i), mo = tok_long(p, i + 2), d = tok_long(p, i + 4);
    if (y < 1945 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31)
        return NOPE;
    /* 2020 年 9 月 30 日和 10 月 1 日, 10 月 1 日和 5 日: dates sharing a year */
    char iso[8][16];
    size_t nd = 0, k = i + 6;
    snprintf(iso[nd++], sizeof iso[0], "%04ld-%02ld-%02ld", y, mo, d);
    while (nd < 8 && (is(p, k, "和") || is(p, k, "、") || is(p, k, "及"))) {
        size_t q = k + 1;
        long m2 = mo;
        if (q + 1 < p->n && p->t[q].type == TK_NUM && is(p, q + 1, "月")) {
            m2 = tok_long(p, q);
            q += 2;
        }
        long d2 = q < p->n && p->t[q].type == TK_NUM ? tok_long(p, q) : -1;
        if (m2 < 1 || m2 > 12 || d2 < 1 || d2 > 31 || !is(p, q + 1, "日"))
            break;
        snprintf(iso[nd++], sizeof iso[0], "%04ld-%02ld-%02ld", y, m2, d2);
        mo = m2;
        k = q + 2;
    }
    size_t dates_end = k;
    size_t gei = NOPE, end = NOPE;
    for (k = dates_end; k < p->n && k < dates_end + 60; k++) {
        if (is(p, k, "。") || p->t[k].para || p->t[k].type == TK_SYMBOL)
            break;
        if (is(p, k, "给") && gei == NOPE)
            gei = k;
        if (gei != NOPE && is(p, k, "的")) {
            size_t e;
            if ((e = lit(p, k + 1, "信")) != NOPE || (e = lit(p, k + 1, "同文信")) != NOPE ||
                (e = lit(p, k + 1, "普通照会")) != NOPE) {
                end = e;
                break;
            }
        }
    }
    char *sender = NULL;
    int mine = 0;
    size_t seg_a = p->t[dates_end - 1].end, seg_b = seg_a;
    if (gei != NOPE && end != NOPE) {
        seg_a = p->t[dates_end].start;
        seg_b = p->t[gei].start;
        char *between = states_in(p, seg_a, seg_b);
        if (between) {
            free(between);
        } else {
            /* 阿塞拜疆常驻代表 2020 年 9 月 30 日给秘书长的信: the State before the date */
            size_t a, b;
            cg_sentence_bounds(p->c->text, p->t[i].start, &a, &b);
            size_t lo = p->t[i].start > a + 60 ? p->t[i].start - 60 : a;
            char *states = states_in(p, lo, p->t[i].start);
            if (!states)
                return NOPE;
            const char *last = strrchr(states, ' ');
            sender = cg_xstrdup(last ? last + 1 : states);
            free(states);
        }
    } else {
        size_t e;
        if (!is(p, dates_end, "的") ||
            ((e = lit(p, dates_end + 1, "信")) == NOPE && (e = lit(p, dates_end + 1, "函")) == NOPE &&
             (e = lit(p, dates_end + 1, "普通照会")) == NOPE))
            return NOPE;
        end = e;
        if (i > 0 && (is(p, i - 1, "我") || (i > 1 && lit(p, i - 2, "本国") != NOPE) ||
                      (i > 1 && lit(p, i - 2, "我国") != NOPE))) {
            /* 继我 2020 年 12 月 29 日的信: the writer's own letter */
            mine = 1;
        } else {
            /* 阿塞拜疆 2020 年 10 月 1 日的信 (the State right before the date);
             * 阿塞拜疆在其 2020 年 10 月 1 日的普通照会中 (the State named before 其) */
            size_t a, b;
            cg_sentence_bounds(p->c->text, p->t[i].start, &a, &b);
            size_t lo = p->t[i].start > a + 40 ? p->t[i].start - 40 : a;
            if (i > 0 && is(p, i - 1, "其"))
                lo = a;
            char *states = states_in(p, lo, p->t[i].start);
            if (!states)
                return NOPE;
            const char *last = strrchr(states, ' ');
            sender = cg_xstrdup(last ? last + 1 : states);
            free(states);
        }
    }
    size_t next = end;
    for (size_t q = 0; q < nd; q++) {
        /* with several dates, a symbol in brackets cannot say which */
        size_t stop = nd > 1 ? dates_end : end;
        size_t r = sender ? letter_ref_from(p, i, iso[q], sender, stop)
                          : letter_ref(p, i, iso[q], seg_a, seg_b, stop, mine);
        if (r == NOPE) {
            free(sender);
            return NOPE;
        }
        if (r > next)
            next = r;
    }
    free(sender);
    return next;
}

/* After "addressed": "to the Secretary-General and the President of the
 * Security Council"; returns the token after the last addressee. */
static size_t skip_addressees(const P *p, size_t k)
{
    size_t end = k;
    if (word_is(p, k, "to"))
        k++;
    for (size_t q = k; q < p->n && q < k + 16; q++) {
        if (p->t[q].para || is(p, q, "(") || is(p, q, ",") || is(p, q, ".") || is(p, q, ";"))
            break;
        if (word_is(p, q, "Secretary-General") ||
            (word_is(p, q, "General") && q > 1 && is(p, q - 1, "-")) || word_is(p, q, "Council") ||
            word_is(p, q, "Assembly"))
            end = q + 1; /* the end of an addressee; "and the President ..." may follow */
        else if (!(p->t[q].type == TK_WORD || is(p, q, "-")))
            break;
    }
    return end;
}

/* "1 and 5 October 2020", "29 December 2020": up to 8 dates sharing the
 * month and year written last.  Returns the token after, or NOPE. */
static size_t en_dates(const P *p, size_t k, char iso[][16], size_t *nd)
{
    long day[8];
    int mon[8];
    size_t n = 0;
    for (;;) {
        if (n == 8 || p->t[k].type != TK_NUM)
            return NOPE;
        long d = tok_long(p, k);
        if (d < 1 || d > 31)
            return NOPE;
        day[n] = d;
        mon[n] = month_at(p, k + 1);
        k += mon[n] ? 2 : 1;
        n++;
        if (mon[n - 1] && p->t[k].type == TK_NUM) {
            long y = tok_long(p, k);
            if (y < 1945 || y > 2100)
                return NOPE;
            for (size_t q = 0, m = 0; q < n; q++) {
                /* a day without its month takes the next month written */
                for (m = q; !mon[m]; m++)
                    ;
                snprintf(iso[q], 16, "%04ld-%02d-%02ld", y, mon[m], day[q]);
            }
            *nd = n;
            return k + 1;
        }
        if (is(p, k, ","))
            k++;
        if (word_is(p, k, "and"))
            k++;
    }
}

/* my letter dated 29 December 2020 (A/75/693-S/2020/1307); the letter dated
 * 1 October 2020 from the Permanent Representative of Azerbaijan; my letters
 * dated 1 and 5 October 2020 */
static size_t en_letter(P *p, size_t i)
{
    size_t k = i + 1;
    /* "letter dated ...", "letter of 7 October 2020", "note verbale dated ..." */
    if (!word_is(p, k, "dated") && !(word_is(p, k, "of") && k + 1 < p->n && p->t[k + 1].type == TK_NUM))
        return NOPE;
    size_t head = word_is(p, i, "verbale") || word_is(p, i, "verbales") ? i - 1 : i; /* "note verbale" */
    char iso[8][16];
    size_t nd = 0;
    size_t end = en_dates(p, k + 1, iso, &nd);
    if (end == NOPE)
        return NOPE;
    size_t dates_end = end, seg_a = p->t[end - 1].end, seg_b = seg_a;
    if (word_is(p, end, "from")) {
        size_t q = end + 1;
        while (q < p->n && q < end + 40 && !p->t[q].para && !is(p, q, "(") && !is(p, q, ",") &&
               !is(p, q, ".") && !is(p, q, ";") && !word_is(p, q, "addressed") &&
               !word_is(p, q, "in") && !word_is(p, q, "which") && !word_is(p, q, "concerning"))
            q++;
        seg_a = p->t[end].start;
        seg_b = p->t[q - 1].end;
        end = q;
        if (word_is(p, end, "addressed"))
            end = skip_addressees(p, end + 1);
    }
    int mine = head > 0 && (word_is(p, head - 1, "my") || word_is(p, head - 1, "our"));
    char *theirs = NULL;
    if (!mine && seg_a == seg_b && head > 0 &&
        (word_is(p, head - 1, "its") || word_is(p, head - 1, "their"))) {
        /* "the Permanent Mission of Ukraine stated in its note verbale": the
         * State named last before it in the sentence */
        size_t a, b;
        cg_sentence_bounds(p->c->text, p->t[head].start, &a, &b);
        char *all = states_in(p, a, p->t[head].start);
        if (!all) /* "In its note verbale dated ..., Azerbaijan claimed" */
            all = states_in(p, p->t[end - 1].end, b);
        if (all) {
            /* "its": the State named last; "their" (a joint letter): the first */
            const char *last = strrchr(all, ' ');
            size_t fl = strcspn(all, " ");
            theirs = word_is(p, head - 1, "their") ? cg_xstrndup(all, fl)
                                                   : cg_xstrdup(last ? last + 1 : all);
            free(all);
        }
    }
    if (theirs) {
        seg_a = 0;
        seg_b = 0;
    }
    size_t start = mine ? head - 1 : head, next = end;
    for (size_t q = 0; q < nd; q++) {
        /* with several dates, the symbol in brackets cannot say which */
        size_t r = theirs ? letter_ref_from(p, start, iso[q], theirs, nd > 1 ? dates_end : end)
                          : letter_ref(p, start, iso[q], seg_a, seg_b,
                                       nd > 1 ? dates_end : end, mine);
        if (r == NOPE) {
            free(theirs);
            return NOPE;
        }
        if (r > next)
            next = r;
    }
    free(theirs);
    return next;
}

/* "paragraph 4 of Article 2 of the Charter": the paragraph first. */
static size_t en_paragraph_of_article(P *p, size_t i)
{
    size_t k = i + 1;
    if (is(p, k, "."))
        k++;
    if (k >= p->n || p->t[k].type != TK_NUM || !word_is(p, k + 1, "of") ||
        !(word_is(p, k + 2, "Article") || word_is(p, k + 2, "art")))
        return NOPE;
    size_t before = p->c->mentions.n;
    size_t next = en_articles(p, k + 2);
    if (next == NOPE)
        return NOPE;
    long para = tok_long(p, k);
    /* the articles just added get the paragraph */
    for (size_t q = before; q < p->c->mentions.n; q++) {
        cg_mention *m = p->c->mentions.v[q];
        if (m->kind != CG_KIND_ARTICLE || strchr(strrchr(m->target, '.'), '('))
            continue;
        char *id = cg_xsprintf("%s(%ld)", m->target, para);
        free(m->target);
        m->target = id;
        m->start = p->t[i].start;
    }
    return next;
}

/* ---- titles in quotation marks --------------------------------------- */

static int names_document(cg_kind k)
{
    return k == CG_KIND_SC_RESOLUTION || k == CG_KIND_GA_RESOLUTION || k == CG_KIND_DOCUMENT ||
           k == CG_KIND_LETTER;
}

/* entitled “Global Warming of 1.5°C”, 题为“……”: a titled work.  A title
 * that the registry knows is that entry; another becomes title:; a title
 * given to a resolution or document named next to it ("resolution 75/169
 * entitled “...”", 题为“……”的第68/262号决议) only describes it. */
static size_t quoted_title(P *p, size_t i)
{
    size_t q = i + 1;
    while (q < p->n && q < i + 80 && !is(p, q, "”") && !is(p, q, "“") && !p->t[q].para)
        q++;
    if (q >= p->n || !is(p, q, "”") || q == i + 1)
        return NOPE;
    size_t a = p->t[i].end, b = p->t[q].start;
    /* a resolution or document right before "entitled" */
    cg_vec *v = &p->c->mentions;
    if (v->n) {
        const cg_mention *m = v->v[v->n - 1];
        if (names_document(m->kind) && m->end <= p->t[i].start && p->t[i].start - m->end <= 24)
            return q + 1;
    }
    /* ... or right after the closing mark: let the resolution rule have it */
    for (size_t k = q + 1; k < p->n && k < q + 6; k++)
        if (p->t[k].type == TK_SLASHNUM || p->t[k].type == TK_NUM_YEAR ||
            p->t[k].type == TK_NUM_ROMAN || p->t[k].type == TK_SYMBOL)
            return q + 1;
    const cg_entry *e = cg_registry_title(p->c->reg, p->s + a, b - a);
    if (e) {
        add(p, cg_xstrdup(e->id), e->kind, entry_label(p, e), NULL, NULL, p->t[i].start, p->t[q].end);
        if (instrument_kind(e->kind))
            anchor_set(p, e->id, i, q + 1, last_mention(p));
        return q + 1;
    }
    cg_buf id = {0};
    cg_buf_puts(&id, "title:");
    for (size_t k = a; k < b; k++)
        if (p->s[k] != ' ' && p->s[k] != '\n' && p->s[k] != '\t')
            cg_buf_putc(&id, p->s[k]);
    char *label = cg_xstrndup(p->s + a, b - a);
    for (char *c = label; *c; c++)
        if (*c == '\n')
            *c = ' ';
    add(p, cg_buf_take(&id), CG_KIND_TITLE, label, NULL, NULL, p->t[i].start, p->t[q].end);
    free(label);
    return q + 1;
}

/* ---- one document, one node per document ---------------------------- */

/* Within a letter, a symbol of a joint document and a description of a
 * letter whose symbol was given resolve to the same node as the first
 * symbol: "A/74/450-S/2019/762 ... S/2019/762" is one document. */
static void unify_aliases(P *p)
{
    cg_map to = {0};
    cg_vec vals = {0};
    cg_vec *ms = &p->c->mentions;
    for (size_t k = 0; k < ms->n; k++) {
        cg_mention *m = ms->v[k];
        if (m->symbols) {
            char *copy = cg_xstrdup(m->symbols);
            for (char *sv_ = NULL, *t = strtok_r(copy, " ", &sv_); t; t = strtok_r(NULL, " ", &sv_))
                if (strcmp(t, m->target) != 0 && !cg_map_get(&to, t, NULL)) {
                    cg_map_put(&to, t, vals.n);
                    cg_vec_push(&vals, m);
                }
            free(copy);
        }
        if (m->alias && !cg_map_get(&to, m->alias, NULL)) {
            cg_map_put(&to, m->alias, vals.n);
            cg_vec_push(&vals, m);
        }
    }
    /* S/RES/2231 -> S/RES/2231(2015) when the letter writes the year
     * somewhere; without it there is no identifier to give: dropped */
    for (size_t k = 0; k < ms->n; k++) {
        cg_mention *m = ms->v[k];
        if (m->kind != CG_KIND_SC_RESOLUTION || strchr(m->target, '('))
            continue;
        size_t tl = strlen(m->target);
        const char *full = NULL;
        for (size_t q = 0; q < ms->n && !full; q++) {
            const cg_mention *o = ms->v[q];
            if (o != m && strncmp(o->target, m->target, tl) == 0 && o->target[tl] == '(')
                full = o->target;
        }
        if (full) {
            char *x = cg_xstrdup(full);
            free(m->target);
            m->target = x;
        } else {
            m->absorbed = 1;
        }
    }
    for (size_t k = 0; k < ms->n; k++) {
        cg_mention *m = ms->v[k];
        size_t ix;
        if (!cg_map_get(&to, m->target, &ix))
            continue;
        const cg_mention *r = vals.v[ix];
        if (r == m)
            continue;
        free(m->target);
        m->target = cg_xstrdup(r->target);
        m->kind = r->kind;
        if (r->symbols && !m->symbols)
            m->symbols = cg_xstrdup(r->symbols);
        if (r->alias && !m->alias)
            m->alias = cg_xstrdup(r->alias);
    }
    cg_map_free(&to);
    cg_vec_free(&vals, NULL);
}

/* ---- driver --------------------------------------------------------- */

void cg_scan_references(cg_scan_ctx *ctx)
{
    P p;
    memset(&p, 0, sizeof p);
    p.c = ctx;
    p.s = ctx->text->s;
    p.t = ctx->tok;
    p.n = ctx->ntok;
    p.k.s = p.s;
    p.k.t = p.t;
    p.k.n = p.n;
    for (size_t i = 0; i < p.n;) {
        const cg_token *t = &p.t[i];
        size_t next = NOPE;
        if (t->para || (t->type == TK_CHAR && is(&p, i, "。")) ||
            (t->type == TK_PUNCT && p.s[t->start] == '.' && i + 1 < p.n &&
             p.t[i + 1].start == t->end + 1 && cg_sentence_break(ctx->text, t->end + 1)))
            anchor_clear(&p.an);
        switch (t->type) {
        case TK_SYMBOL:
            next = do_symbol(&p, i);
            break;
        case TK_URL:
            next = do_url(&p, i);
            break;
        case TK_TITLE:
            next = do_title(&p, i);
            break;
        case TK_NUM_ROMAN:
            next = cn_resolutions(&p, i);
            if (next == NOPE)
                next = bare_roman(&p, i);
            break;
        case TK_NUM:
            next = cn_letter(&p, i);
            if (next == NOPE)
                next = cn_resolutions(&p, i);
            break;
        case TK_NUM_YEAR:
        case TK_SLASHNUM:
            next = cn_resolutions(&p, i);
            break;
        case TK_CHAR:
            if (is(&p, i, "第")) {
                next = cn_resolutions(&p, i);
                if (next == NOPE)
                    next = cn_articles(&p, i);
            } else if (is(&p, i, "“") && i > 0 &&
                       (word_is(&p, i - 1, "entitled") || word_is(&p, i - 1, "titled") ||
                        (i > 1 && is(&p, i - 2, "题") && is(&p, i - 1, "为")))) {
                next = quoted_title(&p, i);
            }
            break;
        case TK_WORD:
            if (word_is(&p, i, "resolution") || word_is(&p, i, "resolutions") ||
                word_is(&p, i, "decision") || word_is(&p, i, "decisions"))
                next = en_resolutions(&p, i);
            else if (word_is(&p, i, "Article") || word_is(&p, i, "Articles") ||
                     word_is(&p, i, "art") || word_is(&p, i, "arts"))
                next = en_articles(&p, i);
            else if (word_is(&p, i, "letter") || word_is(&p, i, "letters") ||
                     ((word_is(&p, i, "verbale") || word_is(&p, i, "verbales")) && i > 0 &&
                      (word_is(&p, i - 1, "note") || word_is(&p, i - 1, "notes"))))
                next = en_letter(&p, i);
            else if (word_is(&p, i, "paragraph") || word_is(&p, i, "para"))
                next = en_paragraph_of_article(&p, i);
            break;
        default:
            break;
        }
        if (next == NOPE)
            next = do_phrase(&p, i);
        i = next == NOPE || next <= i ? i + 1 : next;
    }
    anchor_clear(&p.an);
    unify_aliases(&p);
}
