/* scan_prst.c: statements by the President of the Security Council cited
 * by their date.
 *
 *   head first (en)  the statement by the President of the Security Council
 *                    of 22 March 2015; the presidential statement of 22 March 2015; the statements by the President of the
 *                    Security Council of 6 October 2006 and 16 April 2012; the
 *                    Council, in the statement by its President of 6 May 2022;
 *                    ... and of 19 December 2012, and the statement of 9 December 2022
 *   head last (zh)   安全理事会主席 2011 年 7 月 20 日的声明; 2021 年 9 月 15 日安理会主席的声明;
 *                    2015 年 3 月 22 日的主席声明;
 *                    安全理事会主席在 1995 年 7 月 14 日的声明和 1995 年 7 月 20 日的声明中;
 *                    安全理事会主席 2021 年 8 月 9 日代表安理会发表的声明
 * A date resolves to S/PRST/YYYY/N only where the table of statements
 * (sc-prst.tsv) holds exactly one statement that day and none is missing
 * from it next to that one; otherwise the mention stays unresolved (listed
 * by `citegraph scan --unresolved`), never given a symbol. */
#include <string.h>

#include "scan.h"

typedef struct pdate {
    long y, m, d;
    size_t first, last; /* tokens of the item, its "of" included */
} pdate;

/* One statement cited by date: the node, or an unresolved mention. */
static void add_statement(P *p, const pdate *dt, size_t start_tok, size_t end_tok)
{
    uint32_t ymd = (uint32_t)(dt->y * 10000 + dt->m * 100 + dt->d);
    long year = 0, number = 0;
    int why = cg_prst_on(ymd, &year, &number);
    size_t a = tk(p, start_tok)->start, b = tk(p, end_tok)->end;
    if (why == CG_UNRES_NONE) {
        char id[40];
        snprintf(id, sizeof id, "S/PRST/%ld/%ld", year, number);
        add(p, id, CG_KIND_DOCUMENT, NULL, NULL, NULL, a, b);
        return;
    }
    char key[16];
    cg_iso_date(key, dt->y, dt->m, dt->d);
    add(p, key, CG_KIND_DOCUMENT, NULL, NULL, NULL, a, b);
    unresolve(last_mention_ptr(p), why);
}

static int valid(long y, long m, long d)
{
    return y >= 1946 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* ---- head first -------------------------------------------------------- */

/* [of] D [Month [YYYY]] {(, | and | , and | as well as) [of] D [Month [YYYY]]}:
 * a day without its month or year takes those written next ("6 and 16
 * April 2012").  Returns the number of dates, the token after in *end. */
static size_t dates_en(P *p, size_t k, pdate *out, size_t max, size_t *end)
{
    size_t n = 0;
    for (;;) {
        size_t first = k, e;
        if (has(p, k, CG_R_OF))
            k++;
        else if ((e = words_at(p, k, CG_LIST_ON_DATE)) != NOPE)
            k = e; /* "on 3 May 2016", "le 3 mai 2016", "el 3 de mayo de 2016" */
        if (n == max)
            break;
        long d = 0, m = 0, y = 0;
        /* "March 22, 2015", where the language writes dates month first */
        size_t mf = month_first_at(p, k, &m, &d, &y), last = k, am, ay;
        if (mf == NOPE && tk_type(p, k) != TK_NUM)
            break;
        if (mf == NOPE)
            d = tok_long(p, k);
        if (d < 1 || d > 31)
            break;
        /* 22 March 2015, 1er octobre 2020, 9 de diciembre de 2022 */
        if (mf != NOPE) {
            last = mf - 1;
        } else if ((am = month_at(p, skip_day_mark(p, k + 1), &m)) == NOPE) {
            m = 0;
        } else {
            last = am - 1;
            if ((ay = year_at(p, am, &y)) != NOPE && tlen(p, ay - 1) == 4) {
                last = ay - 1;
                /* "от 3 мая 2016 года", "2016 г." */
                if (p->L->genitive && tk_type(p, ay) == TK_WORD && has(p, ay, CG_R_YEAR_WORD))
                    last = is_ch(p, ay + 1, '.') && tlen(p, ay) == 1 ? ay + 1 : ay;
            } else {
                y = 0;
            }
        }
        out[n++] = (pdate){y, m > 0 ? m : 0, d, first, last};
        *end = last + 1;
        size_t q = last + 1;
        if (is_ch(p, q, ','))
            q++;
        if (has(p, q, CG_R_AND))
            q++;
        else if ((e = phrase_end(p, q, CG_R_AS_WELL_AS, NULL)) != NOPE)
            q = e;
        if (q == last + 1)
            break;
        size_t r = has(p, q, CG_R_OF) ? q + 1 : q;
        if (r == q && (e = words_at(p, q, CG_LIST_ON_DATE)) != NOPE)
            r = e;
        long m2, d2, y2;
        if ((tk_type(p, r) != TK_NUM || tok_long(p, r) < 1 || tok_long(p, r) > 31) &&
            month_first_at(p, r, &m2, &d2, &y2) == NOPE)
            break;
        k = q;
    }
    /* shared months and years, from the right */
    for (size_t j = n; j-- > 0;) {
        if (j + 1 < n && !out[j].m) {
            out[j].m = out[j + 1].m;
            if (!out[j].y)
                out[j].y = out[j + 1].y;
        }
        if (j + 1 < n && !out[j].y && out[j].m)
            out[j].y = out[j + 1].y;
    }
    size_t ok = 0;
    while (ok < n && valid(out[ok].y, out[ok].m, out[ok].d))
        ok++;
    if (ok < n && ok)
        *end = out[ok - 1].last + 1;
    return ok;
}

/* The body named last before token i in its paragraph (the longest name
 * ending there: "Security Council", not its "Council"), or 0. */
static int body_in_paragraph(P *p, size_t i)
{
    for (size_t j = i; j-- > 0 && i - j < 400;) {
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, j, CG_R_BODY, p->lbit, &pay);
        if (n && j + n <= i) {
            size_t len;
            return longest_body(p, j, n, pay->value, 0, &len);
        }
        if (tk(p, j)->flags & TF_PARA)
            break;
    }
    return 0;
}

/* "The Human Rights Council, at its forty-ninth session, heard the
 * statement by the President of the Council": the Council alone is the
 * other Council named last in the sentence (the Human Rights Council,
 * ECOSOC, another organization's), not the Security Council. */
static int other_council_before(P *p, size_t i)
{
    int v = full_body_before(p, i, NULL);
    return v == 'H' || v == 'E' || v == 'X';
}

/* "..., the Security Council recalled", "..., le Conseil a rappelé": the
 * Security Council the subject right after the statement's dates at k (the
 * statement is "its President's"); alone ("the Council", cg_lang.council),
 * only after the Security Council was named last in the paragraph, and
 * not "the Council of Europe". */
static int council_after(P *p, size_t k, size_t i)
{
    if (!is_ch(p, k, ','))
        return 0;
    k = skip_article(p, k + 1);
    const cg_tpay *pay = NULL;
    size_t n = cg_phrase(p, k, CG_R_BODY, p->lbit, &pay);
    if (n > 1)
        return pay->value == 'S' && !has(p, k + n, CG_R_OF);
    int alone = (n == 1 && pay->value == 'S' && (pay->flags & CG_PF_CAPITAL)) ||
                (p->L->council && tk_type(p, k) == TK_WORD && tlen(p, k) == strlen(p->L->council) &&
                 !memcmp(ttext(p, k), p->L->council, tlen(p, k)));
    /* "the Council of Europe", "el Consejo Europeo", "le Conseil permanent de
     * l'OSCE" */
    if (!alone || has(p, k + 1, CG_R_OF) || (tk(p, k + 1)->flags & TF_CAP) ||
        (tk_type(p, k + 1) == TK_WORD && has(p, k + 2, CG_R_OF)))
        return 0;
    return body_in_paragraph(p, i) == 'S';
}

/* Whether the Court's words (cg_lang.court) at q name the International
 * Court of Justice, not another court whose name goes on ("the Court of
 * Appeal"; "of" before a date is the date's): the token after them, else
 * NOPE. */
static size_t court_at(P *p, size_t q)
{
    size_t e = words_at(p, q, CG_LIST_COURT);
    return e != NOPE && !(has(p, e, CG_R_OF) && tk_type(p, e + 1) != TK_NUM) ? e : NOPE;
}

/* "the Court's Advisory Opinion of 9 July 2004", "the judgment of the
 * International Court of Justice of 26 February 2007", "In its Advisory
 * Opinion of 25 February 2019, the Court found": the case the registry
 * dates that day, when it dates one only; the noun (STATEMENT_NOUN of
 * value 3) at i, the token after it j.  A case's name right after the date
 * ("… of 9 July 2004 on the Legal Consequences of …") names it itself. */
static size_t court_decision(P *p, size_t i, size_t j)
{
    size_t start = i > 0 && has(p, i - 1, CG_R_ARTICLE_DEF) ? i - 1 : i;
    int named = 0;
    for (size_t q = i; q-- > 0 && i - q <= 8 && !named;)
        if (court_at(p, q) == i) {
            named = 1;
            start = q;
        }
    /* "of the International Court of Justice", "delivered by the Court" */
    size_t e, by = words_at(p, j, CG_LIST_MADE);
    by = by != NOPE && has(p, by, CG_R_BY) ? by : j;
    if ((has(p, by, CG_R_OF) || has(p, by, CG_R_BY)) && (e = court_at(p, by)) != NOPE) {
        named = 1;
        j = e;
    }
    if (is_ch(p, j, ','))
        j++;
    if ((e = phrase_end(p, j, CG_R_DATED, NULL)) != NOPE) {
        j = e;
    } else if (!has(p, j, CG_R_OF)) {
        /* "delivered on 9 July 2004", "rendered on …" */
        if ((e = words_at(p, j, CG_LIST_MADE)) != NOPE)
            j = e;
        if ((e = words_at(p, j, CG_LIST_ON_DATE)) == NOPE)
            return NOPE;
        j = e;
    }
    pdate dt;
    size_t end = NOPE;
    if (dates_en(p, j, &dt, 1, &end) != 1 || !valid(dt.y, dt.m, dt.d))
        return NOPE;
    if (!named && i > 0 && has(p, i - 1, CG_R_ITS)) {
        /* "its": the Court named in the sentence */
        size_t a = i;
        while (a > 0 && i - a < 60 && !begins_sentence(p, a))
            a--;
        for (size_t q = a; q < end + 40 && tk_type(p, q) != TK_EOF && !named; q++) {
            if (q > i && begins_sentence(p, q))
                break;
            named = court_at(p, q) != NOPE;
        }
    }
    if (!named)
        return NOPE;
    for (size_t q = end; q < end + 5; q++) {
        if (has(p, q, CG_R_CASE_NAME))
            return end;
        if (!(is_ch(p, q, ',') || has(p, q, CG_R_ARTICLE_DEF) ||
              (tk_type(p, q) == TK_WORD && !(tk(p, q)->flags & (TF_CAP | TF_UPPER)))))
            break;
    }
    char iso[16];
    cg_iso_date(iso, dt.y, dt.m, dt.d);
    const cg_entry *found = NULL;
    size_t count = cg_registry_entry_count(p->reg);
    for (size_t k = 0; k < count; k++) {
        const cg_entry *c = cg_registry_entry(p->reg, k);
        if (!c || c->kind != CG_KIND_CASE || !c->date || strcmp(c->date, iso) != 0)
            continue;
        if (found && strcmp(found->id, c->id) != 0)
            return end; /* two cases that day: not said which */
        found = c;
    }
    if (found)
        add(p, found->id, found->kind, entry_label(p, found), NULL, NULL, tk(p, start)->start,
            tk(p, end - 1)->end);
    return end;
}

/* statement(s) by|of the President of the Security Council [,] of DATE {and DATE};
 * statement(s) by|of its President of DATE (the Council named before);
 * statement(s) of DATE right after such a list. */
size_t rule_prst_head_first(P *p, size_t i)
{
    const cg_tpay *noun = NULL;
    size_t j = phrase_end(p, i, CG_R_STATEMENT_NOUN, &noun);
    if (j == NOPE)
        return NOPE;
    if (noun->value == 2)
        return j; /* "the press statement by the President of ...": no statement of his */
    if (noun->value == 3)
        return court_decision(p, i, j);
    int pres = noun->value == 1; /* "presidential statement" */
    int after = 0; /* "its President", the Council to be named after the dates */
    /* "the statement made by", "la déclaration faite par", "la declaración
     * formulada por" */
    size_t made = words_at(p, j, CG_LIST_MADE);
    if (made != NOPE && has(p, made, CG_R_BY))
        j = made;
    /* in the genitive, the President right after the noun: "заявление
     * Председателя Совета Безопасности", "بيان رئيس مجلس الأمن" */
    int bare = p->L->genitive && !has(p, j, CG_R_BY) && !has(p, j, CG_R_OF);
    if (!pres && (has(p, j, CG_R_BY) || has(p, j, CG_R_OF) || bare)) {
        size_t q = bare ? j : j + 1;
        const cg_tpay *pay = NULL;
        size_t e;
        /* "by the President of the Security Council", "du Président du Conseil
         * de sécurité", "de la Presidencia del Consejo de Seguridad" */
        if ((e = phrase_end(p, skip_article(p, q), CG_R_ADDRESSEE, &pay)) != NOPE && pay->value == CG_ADDR_PSC) {
            pres = 1;
            j = e;
        } else if (has(p, q, CG_R_ITS) && has(p, q + 1, CG_R_PRESIDENT) &&
                   (body_before(p, tk(p, i)->start, i) == 'S' || !p->L->genitive)) {
            /* "The Council, in the statement by its President of ..."; "Dans
             * la déclaration de son Président en date du ..., le Conseil" */
            pres = 1;
            after = body_before(p, tk(p, i)->start, i) != 'S';
            j = q + 2;
        } else if (has(p, q, CG_R_ITS) && has(p, q, CG_R_PRESIDENT) &&
                   body_before(p, tk(p, i)->start, i) == 'S') {
            /* "بيان رئيسه": its President in one word */
            pres = 1;
            j = q + 1;
        } else if (has(p, skip_article(p, q), CG_R_PRESIDENT)) {
            size_t r = skip_article(p, q) + 1, n;
            /* "by the President of the Council": the Council alone is the
             * Security Council (not "the Council of Europe") */
            if (has(p, r, CG_R_OF) && (n = cg_phrase(p, skip_article(p, r + 1), CG_R_BODY, p->lbit, &pay)) &&
                pay->value == 'S' && !(n == 1 && other_council_before(p, i))) {
                pres = 1;
                j = skip_article(p, r + 1) + n;
            } else if (bare && body_before(p, tk(p, i)->start, i) == 'S') {
                /* "Совет Безопасности ... заявления Председателя от ...": the
                 * Council named before in the sentence */
                pres = 1;
                j = r;
            } else if (!p->L->genitive && skip_article(p, q) > q) {
                /* "El Consejo de Seguridad, en la declaración de la Presidencia
                 * de ...": the Council named before in the sentence, or after
                 * the dates */
                pres = 1;
                after = body_before(p, tk(p, i)->start, i) != 'S';
                j = r;
            }
        }
    }
    if (!pres) {
        /* "..., and the statement of 9 December 2022": the list goes on */
        if (!p->prst_end || i < p->prst_end || i - p->prst_end > 4 || !has(p, j, CG_R_OF))
            return NOPE;
        for (size_t q = p->prst_end; q < i; q++)
            if (!(is_ch(p, q, ',') || has(p, q, CG_R_AND) || has(p, q, CG_R_ARTICLE_DEF)))
                return NOPE;
    }
    if (is_ch(p, j, ','))
        j++;
    size_t dd = phrase_end(p, j, CG_R_DATED, NULL);
    if (dd != NOPE) /* "... of the Security Council dated 22 March 2015", "en date du", "de fecha" */
        j = dd;
    else if (!has(p, j, CG_R_OF) && words_at(p, j, CG_LIST_ON_DATE) == NOPE)
        return NOPE; /* "of 22 March 2015", "on 3 May 2016" */
    pdate dt[16];
    size_t end = NOPE;
    size_t n = dates_en(p, j, dt, 16, &end);
    if (!n || (after && !council_after(p, end, i)))
        return NOPE;
    size_t start = i > 0 && has(p, i - 1, CG_R_ARTICLE_DEF) ? i - 1 : i;
    for (size_t k = 0; k < n; k++)
        add_statement(p, &dt[k], k == 0 ? start : dt[k].first, dt[k].last);
    p->prst_end = end;
    return end;
}

/* ---- head last --------------------------------------------------------- */

/* Y 年 M 月 D 日 at k, or (in a list) M 月 D 日 or D 日 taking the year and
 * month before; returns the token after, or NOPE. */
static size_t date_zh(P *p, size_t k, pdate *dt, const pdate *prev)
{
    long y = prev ? prev->y : 0, m = prev ? prev->m : 0;
    size_t first = k;
    if (tk_type(p, k) == TK_NUM && has(p, k + 1, CG_R_YEAR_MARK)) {
        y = tok_long(p, k);
        k += 2;
        if (!(tk_type(p, k) == TK_NUM && has(p, k + 1, CG_R_MONTH_MARK)))
            return NOPE;
    }
    if (tk_type(p, k) == TK_NUM && has(p, k + 1, CG_R_MONTH_MARK)) {
        m = tok_long(p, k);
        k += 2;
    }
    if (tk_type(p, k) != TK_NUM || !has(p, k + 1, CG_R_DAY_MARK))
        return NOPE;
    long d = tok_long(p, k);
    if (!valid(y, m, d))
        return NOPE;
    *dt = (pdate){y, m, d, first, k + 1};
    return k + 2;
}

/* The President of the Security Council named right before token i
 * (安全理事会主席, 安理会主席, optionally followed by 在): the token where
 * the name starts, or NOPE. */
static size_t psc_before(P *p, size_t i)
{
    size_t to = i;
    if (i > 0 && tk_type(p, i - 1) == TK_CHAR && cg_token_cp(p->s, tk(p, i - 1)) == 0x5728) /* 在 */
        to = i - 1;
    for (size_t back = 1; back <= 10 && back <= to; back++) {
        const cg_tpay *pay = NULL;
        if (phrase_end(p, to - back, CG_R_ADDRESSEE, &pay) == to)
            return pay->value == CG_ADDR_PSC ? to - back : NOPE;
    }
    return NOPE;
}

static int date_sep_zh(P *p, size_t k)
{
    return has(p, k, CG_R_AND) || has(p, k, CG_R_LIST_SEP);
}

/* [安全理事会主席[在]] DATE {和 DATE} [安理会主席] [的] 声明 {和 DATE 的声明} */
size_t rule_prst_head_last(P *p, size_t i)
{
    pdate dt[16];
    size_t n = 0, k = date_zh(p, i, &dt[0], NULL);
    if (k == NOPE)
        return NOPE;
    size_t psc = psc_before(p, i);
    int before = psc != NOPE;
    size_t done = NOPE; /* the end of the statements read so far */
    n = 1;
    for (;;) {
        while (n < 16 && date_sep_zh(p, k)) {
            size_t e = date_zh(p, k + 1, &dt[n], &dt[n - 1]);
            if (e == NOPE)
                break;
            n++;
            k = e;
        }
        int pres = before;
        const cg_tpay *pay = NULL;
        size_t e = phrase_end(p, k, CG_R_ADDRESSEE, &pay);
        if (e != NOPE && pay->value == CG_ADDR_PSC) {
            pres = 1;
            k = e;
        }
        /* 安全理事会主席 2021 年 8 月 9 日代表安理会发表的声明, …发表的主席声明 */
        if ((e = words_at(p, k, CG_LIST_MADE)) != NOPE && has(p, e, CG_R_DE))
            k = e;
        if (has(p, k, CG_R_DE))
            k++;
        const cg_tpay *noun = NULL;
        e = phrase_end(p, k, CG_R_STATEMENT_NOUN, &noun);
        if (e == NOPE || !(pres || noun->value == 1)) /* 主席声明 */
            return done;
        k = e;
        /* each date with the words that make it a statement */
        for (size_t q = 0; q < n; q++)
            add_statement(p, &dt[q], q == 0 && psc != NOPE ? psc : dt[q].first, k - 1);
        psc = NOPE;
        done = k;
        /* 1995 年 7 月 14 日的声明和 1995 年 7 月 20 日的声明: the next item is a
         * statement too when it ends so */
        pdate next;
        size_t m;
        if (!date_sep_zh(p, k) || (m = date_zh(p, k + 1, &next, &dt[n - 1])) == NOPE)
            return done;
        before = 1;
        dt[0] = next;
        n = 1;
        k = m;
    }
}
