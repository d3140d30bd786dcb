/* scan_titles.c: symbols, links, titles and the registry's phrases.
 *
 *   symbols and joint symbols   S/23904, A/75/693-S/2020/1307, S/RES/822 (1993)
 *   links                       https://undocs.org/ch/S/RES/822(1993)
 *   titles in 《》               《联合国宪章》, and the cases and reporters among them
 *   quoted titles               entitled “Global Warming of 1.5°C”, 题为“……”
 *   registry phrases            Charter of the United Nations, the Charter, case names */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "scan.h"
#include "tables.h"

static cg_kind symbol_kind(const char *sym)
{
    if (strncmp(sym, "S/RES/", 6) == 0)
        return CG_KIND_SC_RESOLUTION;
    if (strncmp(sym, "A/RES/", 6) == 0)
        return CG_KIND_GA_RESOLUTION;
    return CG_KIND_DOCUMENT;
}

void add_symbol(P *p, const char *s, size_t n, const char *suffix, size_t start, size_t end)
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
            cg_free(sym);
            sym = x;
        }
        if (all.len)
            cg_buf_putc(&all, ' ');
        cg_buf_puts(&all, sym);
        if (!first)
            first = sym;
        else
            cg_free(sym);
        a = b + 1;
    }
    add(p, first, symbol_kind(first), NULL, NULL, nc ? cg_arena_strdup(p->arena, all.s) : NULL,
        start, end);
    cg_free(first);
    cg_buf_free(&all);
}

size_t res_suffix(P *p, size_t i, char *buf, size_t bl)
{
    buf[0] = '\0';
    const char *s = ttext(p, i);
    size_t n = tlen(p, i);
    int res = 0;
    for (size_t q = 0; q + 5 <= n && !res; q++)
        res = cg_strncaseeq(s + q, "/RES/", 5);
    if (!res || !is_ch(p, i + 1, '(') || !is_ch(p, i + 3, ')') || (tk(p, i + 2)->flags & TF_WS) ||
        (tk(p, i + 3)->flags & TF_WS))
        return 0;
    const char *x = ttext(p, i + 2);
    size_t xl = tlen(p, i + 2);
    if (!((tk_type(p, i + 2) == TK_NUM && xl == 4) ||
          (tk_type(p, i + 2) == TK_WORD && xl < 10 && cg_roman_value(x, xl) > 0)))
        return 0;
    snprintf(buf, bl, "(%.*s)", (int)xl, x);
    return 3;
}

/* Another organization's document or a State's own reference number, by
 * the shape of its symbol: a root of cg_other_series (the series' data,
 * lang.c); a root with a session glued to it (WHO's "EB152/5", "A75/10":
 * no UN root holds a digit right after a letter; the UN Group of Experts
 * on Geographical Names' GEGN.2/2021/1 writes a full stop between); or a
 * note of the OPCW's Technical Secretariat, S/number/year ("S/1930/2021",
 * "S/2036/2022": the Council's S/ documents carry their year first, from
 * 1994 on, and their serial number alone before; S/ then a number below
 * 1994, or above both the year after it and the year after the last of
 * the table of resolutions, then a year of the OPCW's, 1997 on, is none;
 * "S/2020/1999" is the Council's). */
int other_series(const char *s, size_t n)
{
    for (const char *const *r = cg_other_series; *r; r++) {
        size_t l = strlen(*r);
        if (n > l && memcmp(s, *r, l) == 0)
            return 1;
    }
    const char *slash = memchr(s, '/', n);
    /* a component naming the United Nations: a State's own numbering of
     * its correspondence with the Organization ("DPM/UN/2022/123") */
    for (const char *c = slash; c && c < s + n;) {
        const char *e = memchr(c + 1, '/', (size_t)(s + n - c - 1));
        size_t cl = (size_t)((e ? e : s + n) - (c + 1));
        for (const char *const *u = cg_un_components; *u; u++)
            if (cl == strlen(*u) && memcmp(c + 1, *u, cl) == 0)
                return 1;
        c = e;
    }
    for (const char *c = s + 1; slash && c < slash; c++)
        if (*c >= '0' && *c <= '9' && c[-1] >= 'A' && c[-1] <= 'Z')
            return 1;
    if (n > 2 && s[0] == 'S' && s[1] == '/') {
        char *e1, *e2;
        long a = strtol(s + 2, &e1, 10), y = 0;
        if (e1 > s + 2 && e1 - (s + 2) <= 4 && e1 < s + n && *e1 == '/' && e1[1] >= '1' && e1[1] <= '2') {
            y = strtol(e1 + 1, &e2, 10);
            long last = cg_nsc_years > 1 ? cg_sc_years[cg_nsc_years - 1] : 0;
            if (e2 == s + n && y >= 1997 && y <= 2099 && (a < 1994 || (last && a > last + 1 && a > y)))
                return 1;
        }
    }
    return 0;
}

/* A State's own reference number: the words of cg_lang.own_refs right
 * before the symbol, a colon, full stop, bracket or number sign between
 * ("(ref: PM/UN/2022/123)", "Ref. No. NV/2022/45", "our reference
 * MFA/2022/15", "note verbale No. EMB/2022/16"), or those of
 * cg_lang.own_refs_after right after it ("第DPM/UN/2022/123号照会"). */
static int own_reference(P *p, size_t i)
{
    /* the UN's series stay the UN's: "(ref. S/2022/123)", "(ref.
     * CERD/C/GC/35)" */
    for (const char *const *r = cg_un_series; *r; r++)
        if (tlen(p, i) > strlen(*r) && memcmp(ttext(p, i), *r, strlen(*r)) == 0)
            return 0;
    size_t k = i;
    for (int n = 0; n < 3 && k > 0; n++) {
        const cg_token *t = tk(p, k - 1);
        uint32_t c = cg_token_cp(p->s, t);
        if (!(c == ':' || c == '.' || c == '(' || c == '#' || c == 0xFF1A || c == 0xFF08))
            break;
        k--;
    }
    for (size_t s = k >= 5 ? k - 5 : 0; s < k; s++)
        if (words_at(p, s, CG_LIST_OWN_REFS) == k)
            return 1;
    return words_at(p, i + 1, CG_LIST_OWN_REFS_AFTER) != NOPE;
}

/* A symbol whose last component is a range of its modifier's numbers,
 * "…/Add.1-3" (the en dash made a hyphen), at most twenty: the length of
 * the symbol up to the first number ("…/Add."), the range in *lo, *hi;
 * else 0. */
static size_t modifier_range(const char *x, size_t n, long *lo, long *hi)
{
    static const char *const mods[] = {"Add.", "Corr.", "Rev.", "Amend.", 0};
    const char *slash = NULL;
    for (size_t k = n; k-- > 0 && !slash;)
        if (x[k] == '/')
            slash = x + k;
    if (!slash)
        return 0;
    for (const char *const *m = mods; *m; m++) {
        size_t l = strlen(*m);
        const char *c = slash + 1;
        if ((size_t)(x + n - c) <= l || !cg_strncaseeq(c, *m, l))
            continue;
        char *e1, *e2;
        *lo = strtol(c + l, &e1, 10);
        if (e1 == c + l || e1 >= x + n || *e1 != '-' || !(e1[1] >= '0' && e1[1] <= '9'))
            return 0;
        *hi = strtol(e1 + 1, &e2, 10);
        if (e2 != x + n || *lo < 1 || *hi <= *lo || *hi - *lo > 20)
            return 0;
        return (size_t)(c + l - x);
    }
    return 0;
}

/* A note of the OPCW's Technical Secretariat that its shape leaves to the
 * Council ("S/2001/2021": S/ then four digits from 1994, then a year of
 * the OPCW's, 1997 on): the Organisation or its Secretariat
 * (cg_lang.opcw) named before it in its sentence, no UN body between. */
static int opcw_note(P *p, size_t i)
{
    const char *x = ttext(p, i);
    size_t n = tlen(p, i);
    if (n != 11 || x[0] != 'S' || x[1] != '/' || x[6] != '/' || !(x[7] == '1' || x[7] == '2'))
        return 0;
    for (size_t k = 2; k < 11; k++)
        if (k != 6 && !(x[k] >= '0' && x[k] <= '9'))
            return 0;
    if (atol(x + 7) < 1997)
        return 0;
    for (size_t k = i; k-- > 0 && i - k <= 40;) {
        if (words_at(p, k, CG_LIST_OPCW) != NOPE)
            return 1;
        const cg_tpay *pay = NULL;
        long b = cg_phrase(p, k, CG_R_BODY, p->lbit, &pay) && pay ? pay->value : 0;
        if (begins_sentence(p, k) || b == 'S' || b == 'A' || b == 'E' || b == 'H' || b == 'C')
            break; /* "…, and the Security Council considered S/2021/1999" */
    }
    return 0;
}

size_t rule_symbol(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    /* the tail of a longer code ("AG/RES. 2976 (LI-O/21)", the African
     * Union's "Assembly/AU/Dec.815(XXXV)", the IAEA's "GC(65)/RES/12"), or
     * another organization's document */
    if ((t->start > 0 && (p->s[t->start - 1] == '-' || p->s[t->start - 1] == '/' || p->s[t->start - 1] == ')' ||
                          isalnum((unsigned char)p->s[t->start - 1]))) ||
        other_series(ttext(p, i), tlen(p, i)) || own_reference(p, i) || opcw_note(p, i))
        return i + 1;
    /* the rest of a symbol cut after its slash and not joined, white space
     * between ("A/HRC/ RES/49/4"): the tail of one, no symbol of its own */
    size_t w = t->start;
    while (w > 0 && (p->s[w - 1] == ' ' || p->s[w - 1] == '\n'))
        w--;
    if (w < t->start && w >= 2 && p->s[w - 1] == '/' && isalnum((unsigned char)p->s[w - 2]))
        return i + 1;
    /* a footnote's mark after the full stop that ends the sentence,
     * "… S/2022/190.3 The Council", "A/76/L.52.6": no symbol's number has
     * a decimal part (a series' ".N" follows letters: E/CN.4, L.52, Add.1) */
    size_t n = tlen(p, i);
    const char *x = ttext(p, i);
    size_t d = n;
    while (d > 0 && x[d - 1] >= '0' && x[d - 1] <= '9')
        d--;
    if (d < n && n - d <= 2 && d >= 2 && x[d - 1] == '.' && x[d - 2] >= '0' && x[d - 2] <= '9') {
        size_t before = p->ms.n;
        add_symbol(p, x, d - 1, NULL, t->start, t->start + (d - 1));
        if (p->ms.n > before)
            last_mention_ptr(p)->via_symbol = 1;
        return i + 1;
    }
    char suffix[24];
    size_t sl = res_suffix(p, i, suffix, sizeof suffix);
    /* ... or a code with brackets of its own, which the grammar does not
     * read ("EX.CL/Dec.1130(XXXIX)", "GC(66)/RES/10"): no symbol, not its
     * first part either */
    if (!sl && is_ch(p, i + 1, '(') && !(tk(p, i + 1)->flags & TF_WS) && is_ch(p, i + 3, ')') &&
        (tk_type(p, i + 2) == TK_NUM || (tk_type(p, i + 2) == TK_WORD && cg_roman_value(ttext(p, i + 2), tlen(p, i + 2)) > 0)))
        return i + 4;
    size_t next = i + 1 + sl;
    size_t before = p->ms.n;
    /* a range of addenda, corrigenda or revisions, "A/HRC/52/3/Add.1–3":
     * each of them, as a list of resolutions is read; no symbol holds it */
    long lo, hi;
    size_t base = modifier_range(x, n, &lo, &hi);
    if (base) {
        for (long v = lo; v <= hi; v++) {
            char *one = cg_xsprintf("%.*s%ld", (int)base, x, v);
            add_symbol(p, one, strlen(one), NULL, t->start, t->end);
            if (p->ms.n > before)
                last_mention_ptr(p)->via_symbol = 1;
            cg_free(one);
        }
        return next;
    }
    add_symbol(p, ttext(p, i), tlen(p, i), suffix[0] ? suffix : NULL, t->start, tk(p, next - 1)->end);
    if (p->ms.n > before)
        last_mention_ptr(p)->via_symbol = 1;
    return next;
}

size_t rule_url(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    int undocs = 0;
    char *id = cg_canon_url(ttext(p, i), tlen(p, i), &undocs);
    if (!id)
        return i + 1;
    if (undocs) {
        add_symbol(p, id, strlen(id), NULL, t->start, t->end);
    } else {
        cg_buf lb = {0}; /* the URL as written, made whole again */
        for (size_t k = t->start; k < t->end; k++)
            if (p->s[k] != '\n' && p->s[k] != ' ')
                cg_buf_putc(&lb, p->s[k]);
        add(p, id, CG_KIND_URL, cg_arena_strdup(p->arena, lb.s ? lb.s : ""), NULL, NULL, t->start,
            t->end);
        cg_buf_free(&lb);
    }
    cg_free(id);
    return i + 1;
}

static int instrument_kind(cg_kind k)
{
    return k == CG_KIND_INSTRUMENT || k == CG_KIND_GA_RESOLUTION || k == CG_KIND_TITLE;
}

/* The case whose name a title in 《》 starts with (its text lexed as a
 * letter is), or NULL. */
static const cg_entry *case_in_title(P *p, const char *s, size_t n)
{
    char *copy = cg_xstrndup(s, n);
    cg_lexer lx;
    cg_lexer_init(&lx, copy, n);
    uint32_t vids[200];
    size_t nv = 0;
    while (nv < 200) {
        cg_token t;
        cg_lex_next(&lx, &t);
        if (t.type == TK_EOF)
            break;
        char key[64];
        size_t kl = cg_token_key(copy, &t, key, sizeof key);
        vids[nv++] = kl ? cg_registry_vid(p->reg, key, kl) : 0;
    }
    cg_free(copy);
    const cg_entry *found = NULL;
    if (!nv || !vids[0])
        return NULL;
    cg_tpos pos = cg_trie_start(p->reg, vids[0]);
    for (size_t k = 1; (pos.s || pos.o) && k <= nv; k++) {
        size_t ns, nu;
        const cg_tpay *const *user;
        const cg_tpay *sp = cg_trie_pays(p->reg, pos, &ns, &user, &nu);
        for (size_t q = 0; q < ns; q++)
            if (sp[q].role == CG_R_CASE_NAME)
                found = cg_registry_entry(p->reg, (size_t)sp[q].value);
        for (size_t q = 0; q < nu; q++)
            if (user[q]->role == CG_R_CASE_NAME)
                found = cg_registry_entry(p->reg, (size_t)user[q]->value);
        if (k < nv)
            pos = cg_trie_step(p->reg, pos, vids[k]);
        else
            break;
    }
    return found;
}

/* "欧洲人权法院在格鲁吉亚诉俄罗斯联邦(二)案中作出的判决", "the European Court
 * of Human Rights, in Georgia v. Russia (II)", "Armenia v. Azerbaijan before
 * the European Court of Human Rights": the parties of the International
 * Court of Justice's cases have brought others before other courts; a case
 * name at tokens [i, end) is another court's when such a court
 * (cg_lang.other_courts) is named closest before it in its sentence, or,
 * no court named before, within a dozen tokens after it. */
static int other_courts_case(P *p, size_t i, size_t end)
{
    for (size_t k = i; k-- > 0 && i - k <= 80;) {
        if (words_at(p, k, CG_LIST_ICJ_NAMES) != NOPE)
            return 0;
        if (words_at(p, k, CG_LIST_OTHER_COURTS) != NOPE)
            return 1;
        if (begins_sentence(p, k))
            break;
    }
    for (size_t k = end; k < end + 12 && tk_type(p, k) != TK_EOF; k++) {
        if (begins_sentence(p, k) || has(p, k, CG_R_SENT_END) || words_at(p, k, CG_LIST_ICJ_NAMES) != NOPE)
            break;
        if (words_at(p, k, CG_LIST_OTHER_COURTS) != NOPE)
            return 1;
    }
    return 0;
}

static int names_document(cg_kind k);

static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

/* 2021 年 1 月 11 日的三方声明, 1991 年《巴黎协定》: a date written right before
 * the title at token i (a 的 between) that is not the entry's names another
 * instrument of that name (the trilateral statement of 11 January 2021, the
 * Paris Agreements of 1991); in a language whose heads come first, a full
 * date right after it ("of", "dated").  A day counts within a month of the entry's
 * (signed and initialled on other days), a year alone within one. */
/* The Chinese date Y 年 M 月 D 日 ending right before token k: its first
 * token and its day count in *days, or NOPE. */
static size_t zh_date_before(P *p, size_t k, long *days)
{
    if (k < 6 || !has(p, k - 1, CG_R_DAY_MARK) || tk_type(p, k - 2) != TK_NUM || !has(p, k - 3, CG_R_MONTH_MARK) ||
        tk_type(p, k - 4) != TK_NUM || !has(p, k - 5, CG_R_YEAR_MARK) || tk_type(p, k - 6) != TK_NUM)
        return NOPE;
    long y = tok_long(p, k - 6), m = tok_long(p, k - 4), d = tok_long(p, k - 2);
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31)
        return NOPE;
    *days = days_from_civil(y, m, d);
    return k - 6;
}

/* The date written with the title at [i, end) against the registry
 * entry's: -1 none, 0 the entry's (within a month: signed and initialled
 * on other days; a year alone within one), 1 another's.  In Chinese the
 * date before it, the words of its making between (2020年11月10日签署的三方
 * 声明), of a list of dates any (2020 年 11 月 9 日、2021 年 1 月 11 日和
 * 2021 年 11 月 26 日签署的三边声明); in a language whose heads come first, a full
 * date right after it ("of", "dated"). */
static int title_date(P *p, size_t i, size_t end, const cg_entry *e)
{
    long ey, em, ed;
    if (!e->date || sscanf(e->date, "%ld-%ld-%ld", &ey, &em, &ed) != 3)
        return -1;
    long ed_days = days_from_civil(ey, em, ed);
    if (p->L->order != CG_ORDER_HEAD_LAST) {
        /* "the trilateral statement of 11 January 2021", "… dated 26
         * November 2021": the date right after it */
        size_t k = phrase_end(p, end, CG_R_DATED, NULL);
        if (k == NOPE && has(p, end, CG_R_OF))
            k = end + 1;
        long d = k != NOPE && tk_type(p, k) == TK_NUM ? tok_long(p, k) : -1, m = 0, y = 0;
        size_t q = d >= 1 && d <= 31 ? month_at(p, skip_day_mark(p, k + 1), &m) : NOPE;
        if (q == NOPE || year_at(p, q, &y) == NOPE)
            return -1;
        return labs(days_from_civil(y, m, d) - ed_days) > 31;
    }
    size_t k = i;
    if (k > 0 && has(p, k - 1, CG_R_DE)) {
        k--;
        /* a verb of a few characters before 的: 签署的, 发表的 */
        for (size_t b = 1; b <= 3 && b <= k; b++)
            if (has(p, k - b, CG_R_DAY_MARK)) {
                k -= b - 1;
                break;
            }
    }
    long days;
    size_t q = zh_date_before(p, k, &days);
    if (q != NOPE) {
        int other = labs(days - ed_days) > 31;
        /* the dates of a list before it */
        while (other && q > 0 && (has(p, q - 1, CG_R_LIST_SEP) || has(p, q - 1, CG_R_AND)) &&
               (q = zh_date_before(p, q - 1, &days)) != NOPE)
            other = labs(days - ed_days) > 31;
        return other;
    }
    if (k >= 2 && has(p, k - 1, CG_R_YEAR_MARK) && tk_type(p, k - 2) == TK_NUM && tlen(p, k - 2) == 4)
        return labs(tok_long(p, k - 2) - ey) > 1;
    return -1;
}

static int dated_otherwise(P *p, size_t i, size_t end, const cg_entry *e)
{
    return title_date(p, i, end, e) == 1;
}

/* Whether the title at token i follows the resolution or document named
 * last, only its noun (号决议, 号决定), a bracket or a colon between, in
 * one sentence. */
static int titles_last(P *p, size_t i)
{
    const cg_mention *m = last_mention_ptr(p);
    if (!m || !names_document(m->kind) || m->end > tk(p, i)->start)
        return 0;
    /* (not over a paragraph's start: a title that opens the text after a
     * title line is a work of its own) */
    if (tk(p, i)->flags & TF_PARA)
        return 0;
    size_t q = i;
    while (q > 0 && tk(p, q - 1)->start >= m->end && i - q < 8)
        q--;
    if (q > 0 && tk(p, q - 1)->start >= m->end)
        return 0; /* too far */
    while (q < i) {
        size_t e;
        if ((begins_sentence(p, q) && q > 0 && tk(p, q)->start > m->end) || (tk(p, q)->flags & TF_PARA))
            return 0;
        if ((e = phrase_end(p, q, CG_R_NUM_SUFFIX, NULL)) == NOPE && (e = phrase_end(p, q, CG_R_RES_NOUN, NULL)) == NOPE &&
            (e = phrase_end(p, q, CG_R_DEC_NOUN, NULL)) == NOPE) {
            uint32_t cp = tk_type(p, q) == TK_CHAR ? cg_token_cp(p->s, tk(p, q)) : 0;
            if (!(is_ch(p, q, ':') || is_ch(p, q, ')') || cp == 0xFF1A))
                return 0;
            e = q + 1;
        }
        q = e;
    }
    return 1;
}

/* A title in 《》: a registry entry, a reporter (nothing), a case named
 * inside (《尼加拉瓜境内和针对尼加拉瓜的军事和准军事活动(尼加拉瓜诉美利坚合众国)》),
 * else title:TITLE. */
size_t rule_title(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    /* 《关于在越南结束战争、恢复和平的协定》(《巴黎协定》), 《关于战时保护平民之日内瓦
     * 公约》(《第四公约》): a title in brackets right after another is that
     * one's short name, no instrument of its own; the first mention and its
     * anchor take in the brackets */
    cg_mention *prev = last_mention_ptr(p);
    if (i >= 2 && is_ch(p, i - 1, '(') && is_ch(p, i + 1, ')') && tk_type(p, i - 2) == TK_TITLE && prev &&
        prev->end == tk(p, i - 2)->end && !(tk(p, i - 1)->flags & TF_PARA) && !(tk(p, i)->flags & TF_PARA)) {
        prev->end = tk(p, i + 1)->end;
        if (p->an.n && p->an.end_tok == i - 1)
            p->an.end_tok = i + 2;
        return i + 2;
    }
    /* a case whose name starts with a title (《制止向恐怖主义提供资助的国际
     * 公约》和《消除一切形式种族歧视国际公约》的适用): the case, not the
     * conventions its name holds */
    const cg_tpay *cpay = NULL;
    size_t cm = cg_phrase_any(p, i, 1ull << CG_R_CASE_NAME, CG_LANG_ALL, &cpay);
    if (cm > 1) {
        const cg_entry *c = cg_registry_entry(p->reg, (size_t)cpay->value);
        if (c && c->kind == CG_KIND_CASE) {
            if (other_courts_case(p, i, i + cm))
                return i + cm;
            add(p, c->id, c->kind, entry_label(p, c), NULL, NULL, t->start, tk(p, i + cm - 1)->end);
            return i + cm;
        }
    }
    const char *s = ttext(p, i) + 3; /* 《 */
    size_t n = tlen(p, i) - 6;       /* 《 》 */
    const cg_entry *e = cg_registry_title(p->reg, s, n);
    if (e && dated_otherwise(p, i, i + 1, e))
        return i + 1;
    if (e) {
        add(p, e->id, e->kind, entry_label(p, e), NULL, NULL, t->start, t->end);
        if (instrument_kind(e->kind))
            anchor_set(p, e->id, i, i + 1, last_mention(p));
        return i + 1;
    }
    if (cg_registry_is_reporter(p->reg, s, n))
        return i + 1;
    const cg_entry *c = case_in_title(p, s, n);
    if (c) {
        if (other_courts_case(p, i, i + 1))
            return i + 1;
        add(p, c->id, c->kind, entry_label(p, c), NULL, NULL, t->start, t->end);
        return i + 1;
    }
    /* 《公约》, 《条约》: only a generic noun, no title of its own; the
     * instrument named last with it, if any, for the articles after it */
    if (p->L->generic_heads && words_at(p, i, CG_LIST_GENERIC_TITLES) == i + 1) {
        const char *before = named_before(p, i, i + 1);
        if (before)
            anchor_set(p, before, i, i + 1, NOPE);
        return i + 1;
    }
    /* 大会第70/1号决议《变革我们的世界：2030年可持续发展议程》: the title of the
     * resolution or document just named, no work of its own */
    if (titles_last(p, i))
        return i + 1;
    cg_buf b = {0};
    cg_buf_puts(&b, "title:");
    for (size_t k = 0; k < n; k++)
        if (s[k] != ' ' && s[k] != '\n' && s[k] != '\t')
            cg_buf_putc(&b, s[k]);
    if (b.len == 6) { /* 《》 */
        cg_buf_free(&b);
        return i + 1;
    }
    add(p, b.s, CG_KIND_TITLE, cg_arena_strndup(p->arena, s, n), NULL, NULL, t->start, t->end);
    cg_buf_free(&b);
    anchor_set(p, last_mention_ptr(p)->target, i, i + 1, last_mention(p));
    return i + 1;
}

/* "Application of the International Convention on ... (Armenia v.
 * Azerbaijan)", "《防止及惩治灭绝种族罪公约》的适用(冈比亚诉缅甸)": the
 * convention is part of the case's name, not a citation of its own. */
static void absorb_case_title(P *p, size_t case_tok)
{
    cg_mention *m = last_mention_ptr(p);
    size_t case_start = tk(p, case_tok)->start;
    if (!m || !instrument_kind(m->kind) || m->end > case_start || case_start - m->end > 16)
        return;
    int hit = 0;
    /* 的适用 between the convention and the case */
    for (size_t k = case_tok; k-- > 0 && !hit;) {
        if (tk(p, k)->start < m->end)
            break;
        size_t e = phrase_end(p, k, CG_R_APPLICATION_OF, NULL);
        hit = e != NOPE && tk(p, e - 1)->end <= case_start;
    }
    /* "Application of" before it */
    size_t lo = m->start > 24 ? m->start - 24 : 0;
    for (size_t k = case_tok; k-- > 0 && !hit;) {
        const cg_token *t = tk(p, k);
        if (t->type == TK_EOF || t->start < lo)
            break;
        size_t e = phrase_end(p, k, CG_R_APPLICATION_OF, NULL);
        hit = e != NOPE && tk(p, e - 1)->end <= m->start;
    }
    if (hit)
        m->absorbed = 1;
}

/* Whether the title at tokens [i, end) stands in brackets right after a
 * mention of the same instrument, entry id, as its short form: "l'article
 * 52 du Protocole additionnel aux Conventions de Genève … internationaux
 * (Protocole I)", "… касающегося защиты жертв международных вооруженных
 * конфликтов (Протокол I)", "the Charter of the United Nations (the
 * Charter)".  It is the name of the instrument just named, not a mention
 * of its own: the instrument's mention (or the articles bound to it) and
 * its anchor take in the brackets. */
static int bracketed_short_form(P *p, const char *id, size_t i, size_t end)
{
    anchor *a = &p->an;
    size_t open = i;
    if (open > 0 && has(p, open - 1, CG_R_ARTICLE_DEF))
        open--;
    else if (open > 1 && is_apostrophe(p, open - 1) && has(p, open - 2, CG_R_ARTICLE_DEF))
        open -= 2;
    if (open == 0 || !a->n || a->end_tok != open - 1 || strcmp(a->ids[a->n - 1], id) != 0)
        return 0;
    /* (full-width brackets are ASCII in the clean text) */
    if (!is_ch(p, open - 1, '(') || !is_ch(p, end, ')'))
        return 0;
    for (size_t k = open - 1; k <= end; k++)
        if (tk(p, k)->flags & TF_PARA)
            return 0;
    a->end_tok = end + 1;
    if (a->mention[a->n - 1] != NOPE)
        p->ms.v[a->mention[a->n - 1]].end = tk(p, end)->end;
    return 1;
}

/* Whether the title at token i follows words of cg_lang.instrument_to
 * (an article between or not): "the Protocol Additional to the Geneva
 * Conventions", "le Protocole additionnel aux Conventions de Genève". */
static int names_instrument_to(P *p, size_t i)
{
    size_t at = i;
    if (at > 0 && has(p, at - 1, CG_R_ARTICLE_DEF))
        at--;
    else if (at > 1 && is_apostrophe(p, at - 1) && has(p, at - 2, CG_R_ARTICLE_DEF))
        at -= 2;
    for (size_t q = at; q-- > 0 && at - q <= 6;) {
        size_t e = words_at(p, q, CG_LIST_INSTRUMENT_TO);
        if (e == at || (e != NOPE && e == at + 1 && at < i))
            return 1; /* ("aux", "al": the preposition in the article) */
    }
    return 0;
}

/* English, where the Court's cases are named in title case ("Oil
 * Platforms", "Armed Activities on the Territory of the Congo"; the
 * French, Spanish and Russian names are written as sentences): a case's
 * name from token i, m tokens, written as a name.  Its first word is
 * capitalised ("the Oil Platforms case"; not "attacks on oil platforms",
 * "the land and maritime boundary between Cameroon and Nigeria"), and so
 * are most of its words up to its last capitalised one (those of four
 * letters or more, and the capitalised ones: "Oil Platforms", "Chagos
 * advisory opinion"; not "Armed activities on the territory of the
 * Congo"), the first not counted where it opens a sentence ("Armed
 * activities on the territory of the Congo continue" is none; "Reparation
 * for Injuries Suffered in the Service of the United Nations, …" and
 * "LaGrand case, …" are; "Oil platforms were attacked" is none). */
static int case_written_as_name(P *p, size_t i, size_t m)
{
    /* "the advisory opinion on Western Sahara": the name after the words
     * that say it is the Court's (cg_lang.case_words) and small words */
    size_t d = words_at(p, i, CG_LIST_CASE_WORDS);
    if (d != NOPE && d < i + m) {
        /* the Court's decision is the one: "the", "its", "the Court's",
         * "the 1975 advisory opinion on …", or a footnote's "Advisory
         * opinion on Namibia, 1971"; not "an advisory opinion on
         * Chagos fishing rights" sought from another tribunal */
        size_t k = i > 0 && tk_type(p, i - 1) == TK_NUM ? i - 1 : i;
        if (!begins_sentence(p, k) && !(k > 0 && (has(p, k - 1, CG_R_ARTICLE_DEF) || has(p, k - 1, CG_R_ITS) || has(p, k - 1, CG_R_THEIR))) &&
            !(k > 2 && tk_type(p, k - 1) == TK_WORD && tlen(p, k - 1) == 1 && is_apostrophe(p, k - 2)))
            return 0;
        size_t b = d;
        while (b < i + m && tk_type(p, b) == TK_WORD && tlen(p, b) <= 3 &&
               !(tk(p, b)->flags & (TF_CAP | TF_UPPER)))
            b++;
        if (b == i + m || !(tk(p, b)->flags & (TF_CAP | TF_UPPER)))
            return 0;
        m -= b - i;
        i = b;
    } else if (!(tk(p, i)->flags & (TF_CAP | TF_UPPER))) {
        return 0;
    }
    size_t last = i;
    for (size_t k = i; k < i + m; k++)
        if (tk_type(p, k) == TK_WORD && (tk(p, k)->flags & (TF_CAP | TF_UPPER)))
            last = k;
    size_t from = begins_sentence(p, i) ? i + 1 : i, words = 0, caps = 0;
    /* opening a sentence with nothing capitalised after its first word,
     * a name is one with the words that say so: "LaGrand case, …",
     * "Kosovo advisory opinion"; not "Oil platforms were attacked" */
    if (from > last && m > 1 && words_at(p, i + 1, CG_LIST_CASE_WORDS) != i + m)
        return 0;
    for (size_t k = from; k <= last; k++) {
        if (tk_type(p, k) != TK_WORD)
            continue;
        int cap = (tk(p, k)->flags & (TF_CAP | TF_UPPER)) != 0;
        if (cap || tlen(p, k) >= 4) {
            words++;
            caps += (size_t)cap;
        }
    }
    return caps * 2 > words || !words;
}

size_t rule_phrase(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    if (t->type != TK_WORD && t->type != TK_CHAR && t->type != TK_CNUM && t->type != TK_NUM)
        return NOPE;
    uint64_t roles = 1ull << CG_R_TITLE | 1ull << CG_R_CASE_NAME;
    if (!(t->roles & (roles | 1ull << CG_R_TITLE_SHORT)))
        return NOPE;
    if ((i > 0 && has(p, i - 1, CG_R_ARTICLE_DEF)) ||
        (i > 1 && is_apostrophe(p, i - 1) && has(p, i - 2, CG_R_ARTICLE_DEF)))
        roles |= 1ull << CG_R_TITLE_SHORT;
    const cg_tpay *pay = NULL;
    size_t m = cg_phrase_any(p, i, roles, CG_LANG_ALL, &pay);
    if (!m)
        return NOPE;
    /* a one-word title in the genitive language's case forms ("Уставу")
     * before a capitalised name in the genitive names another instrument:
     * "Устав СНГ", "Устава Совета Европы" */
    if (m == 1 && p->L->genitive && p->L->script == CG_SCRIPT_CYRILLIC && t->type == TK_WORD &&
        tk_type(p, i + 1) == TK_WORD && (tk(p, i + 1)->flags & (TF_CAP | TF_UPPER)))
        return NOPE;
    /* a short form ("the Charter", "la Carta", "la Charte") is a name:
     * written in small letters it is a word ("la carta del Ministro", the
     * minister's letter; "la charte du parti") */
    int cased = p->L->script == CG_SCRIPT_LATIN || p->L->script == CG_SCRIPT_CYRILLIC;
    if (pay->role == CG_R_TITLE_SHORT && cased && t->type == TK_WORD && !(t->flags & (TF_CAP | TF_UPPER)))
        return NOPE;
    const cg_entry *e = cg_registry_entry(p->reg, (size_t)pay->value);
    if (!e || names_other(p, i + m))
        return NOPE;
    if (e->kind == CG_KIND_CASE && p->lang == CG_LANG_EN && !case_written_as_name(p, i, m))
        return NOPE;
    if (dated_otherwise(p, i, i + m, e))
        return i + m;
    /* 原子能机构总部协定, 教科文组织总部协定: an agency's name right before it
     * (a body of value 'x', cg_lang words) makes it that agency's */
    for (size_t back = 1; back <= 16 && back <= i; back++) {
        const cg_tpay *bp = NULL;
        size_t n = cg_phrase(p, i - back, CG_R_BODY, p->lbit, &bp), len;
        if (n == back && longest_body(p, i - back, n, bp->value, 0, &len) == 'x')
            return i + m;
    }
    /* 常设国际法院规约: a word before it makes it another name */
    for (size_t back = 1; back <= 4 && back <= i; back++)
        if (words_at(p, i - back, CG_LIST_NAME_BEFORE) == i)
            return i + m;
    size_t end = i + m;
    /* ... and one followed by a name of its own is another instrument:
     * "la Carta Democrática Interamericana" (in text written in capitals,
     * every word is one) */
    if (m == 1 && pay->role == CG_R_TITLE_SHORT && p->L->script == CG_SCRIPT_LATIN && !(t->flags & TF_UPPER) &&
        tk_type(p, end) == TK_WORD && (tk(p, end)->flags & TF_CAP) && !begins_sentence(p, end))
        return NOPE;
    /* "the Charter of Paris", "the Charter of the OSCE": a one-word short
     * form followed by "of" or "for" names another charter */
    if (m == 1 && t->type == TK_WORD && has(p, end, CG_R_SHORT_OF) &&
        phrase_end(p, end + 1, CG_R_UNITED_NATIONS, NULL) == NOPE)
        return NOPE;
    if (instrument_kind(e->kind) && bracketed_short_form(p, e->id, i, end))
        return end + 1;
    if (e->kind == CG_KIND_CASE && other_courts_case(p, i, end))
        return end;
    if (instrument_kind(e->kind) && names_instrument_to(p, i))
        return end;
    if (e->kind == CG_KIND_CASE)
        absorb_case_title(p, i);
    add(p, e->id, e->kind, entry_label(p, e), NULL, NULL, t->start, tk(p, end - 1)->end);
    if (instrument_kind(e->kind))
        anchor_set(p, e->id, i, end, last_mention(p));
    return end;
}

static int names_document(cg_kind k)
{
    return k == CG_KIND_SC_RESOLUTION || k == CG_KIND_GA_RESOLUTION || k == CG_KIND_DOCUMENT ||
           k == CG_KIND_LETTER;
}

/* Where the words entitling the quotation that opens at token i start
 * ("entitled", "intitulée", "题为" ending right before it), or i. */
static size_t entitled_start(P *p, size_t i)
{
    for (size_t k = 3; k >= 1; k--)
        if (k <= i && phrase_end(p, i - k, CG_R_ENTITLED, NULL) == i)
            return i - k;
    return i;
}

/* Whether the quotation from token i (its opening mark) to q (its closing
 * one), after the words entitling it from token `from`, is an agenda item's title (the
 * language's words of role AGENDA): in a language whose heads come first,
 * among the 12 tokens before those words in the same sentence ("under
 * agenda item 68, entitled “…”", "au titre du point de l'ordre du jour
 * intitulé « … »"); in one whose heads come last, right after the closing
 * mark ("题为“…”的议程项目", "…的临时议程项目"). */
static int agenda_title(P *p, size_t from, size_t q)
{
    if (p->L->order == CG_ORDER_HEAD_LAST) {
        size_t k = q + 1;
        if (has(p, k, CG_R_DE))
            k++;
        size_t e = phrase_end(p, k, CG_R_PROVISIONAL, NULL);
        k = e != NOPE ? e : k;
        /* ("题为“……”的项目": the item alone) */
        return phrase_end(p, k, CG_R_AGENDA, NULL) != NOPE || phrase_end(p, k, CG_R_ITEM, NULL) != NOPE;
    }
    for (size_t k = from; k-- > 0 && from - k <= 12;) {
        if (begins_sentence(p, k + 1) && k + 1 < from)
            break;
        if (phrase_end(p, k, CG_R_AGENDA, NULL) != NOPE)
            return 1;
    }
    return 0;
}

/* Whether only the frame of mention m stands between it and token k:
 * its date, its body, commas ("resolution ES-11/1 of 2 March 2022,
 * entitled", "la résolution 68/262 de l'Assemblée générale intitulée",
 * "резолюции ES-11/1 от 2 марта 2022 года, озаглавленной"), in the same
 * sentence. */
static int framed_by(P *p, const cg_mention *m, size_t k)
{
    size_t q = k;
    while (q > 0 && tk(p, q - 1)->start >= m->end)
        q--;
    if (k - q > 24)
        return 0;
    while (q < k) {
        if (begins_sentence(p, q) && tk(p, q)->start > m->end)
            return 0;
        size_t n = cg_phrase(p, q, CG_R_BODY, p->lbit, NULL), e;
        if (n && q + n <= k) {
            q += n;
            continue;
        }
        if ((e = phrase_end(p, q, CG_R_UNITED_NATIONS, NULL)) != NOPE && e <= k) {
            q = e;
            continue;
        }
        if ((e = skip_date_head_first(p, q)) != q && e <= k) {
            q = e;
            if (has(p, q, CG_R_YEAR_WORD))
                q++; /* "2022 года" */
            continue;
        }
        if (is_ch(p, q, ',') || is_apostrophe(p, q) || has(p, q, CG_R_OF) || has(p, q, CG_R_ARTICLE_DEF)) {
            q++;
            continue;
        }
        return 0;
    }
    return 1;
}

/* entitled “Global Warming of 1.5°C”, 题为“……”: a titled work.  A title
 * that the registry knows is that entry; another becomes title:; a title
 * given to a resolution or document named next to it ("resolution 75/169
 * entitled “...”", 题为“……”的第68/262号决议) only describes it. */
size_t rule_quoted_title(P *p, size_t i)
{
    /* “...”, the guillemets of French and Spanish « ... », or the
     * straight quotes "..." (the same mark opens and closes them) */
    uint32_t open = cg_token_cp(p->s, tk(p, i)), close = open == 0x00AB ? 0x00BB : open == '"' ? '"' : 0x201D;
    size_t q = i + 1;
    while (tk_type(p, q) != TK_EOF && q < i + 80 && cg_token_cp(p->s, tk(p, q)) != close &&
           cg_token_cp(p->s, tk(p, q)) != open && !(tk(p, q)->flags & TF_PARA))
        q++;
    if (tk_type(p, q) == TK_EOF || cg_token_cp(p->s, tk(p, q)) != close || q == i + 1)
        return NOPE;
    size_t a = tk(p, i)->end, b = tk(p, q)->start;
    /* an agenda item's title is no work, and one that holds a UN symbol
     * names that document ("… (S/2014/136)”"): what it cites is read
     * inside it */
    size_t et = entitled_start(p, i);
    if (agenda_title(p, et, q))
        return i + 1;
    for (size_t k = i + 1; k < q; k++)
        if (tk_type(p, k) == TK_SYMBOL)
            return i + 1;
    /* a resolution or document right before "entitled" */
    const cg_mention *m = last_mention_ptr(p);
    /* (not the letter's own title line: "Letter dated … addressed to the
     * Secretary-General⏎⏎The document entitled “In Larger Freedom” …") */
    if (m && names_document(m->kind) && m->end <= tk(p, i)->start && m->end > cg_meta_title_end(p) &&
        (tk(p, i)->start - m->end <= 24 || framed_by(p, m, et))) {
        /* (in the same sentence: "... addressed to the Secretary-General.
         * The document entitled “...”" is a title of its own) */
        int broken = 0;
        for (size_t k = i; k-- > 0 && !broken && tk(p, k)->start >= m->end;)
            broken = begins_sentence(p, k + 1);
        if (!broken)
            return q + 1;
    }
    /* ... or right after the closing mark, in the same sentence: let the
     * resolution rule have it */
    for (size_t k = q + 1; k < q + 6 && tk_type(p, k) != TK_EOF; k++) {
        if (begins_sentence(p, k) || has(p, k - 1, CG_R_SENT_END))
            break;
        int ty = tk_type(p, k);
        if (ty == TK_SLASHNUM || ty == TK_NUM_YEAR || ty == TK_NUM_ROMAN || ty == TK_SYMBOL)
            return q + 1;
    }
    const cg_entry *e = cg_registry_title(p->reg, p->s + a, b - a);
    if (e) {
        add(p, e->id, e->kind, entry_label(p, e), NULL, NULL, tk(p, i)->start, tk(p, q)->end);
        if (instrument_kind(e->kind))
            anchor_set(p, e->id, i, q + 1, last_mention(p));
        return q + 1;
    }
    cg_buf id = {0};
    cg_buf_puts(&id, "title:");
    for (size_t k = a; k < b; k++)
        if (p->s[k] != ' ' && p->s[k] != '\n' && p->s[k] != '\t')
            cg_buf_putc(&id, p->s[k]);
    char *label = cg_arena_strndup(p->arena, p->s + a, b - a);
    for (char *c = label; *c; c++)
        if (*c == '\n')
            *c = ' ';
    add(p, id.s, CG_KIND_TITLE, label, NULL, NULL, tk(p, i)->start, tk(p, q)->end);
    cg_buf_free(&id);
    return q + 1;
}
