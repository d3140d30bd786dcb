/* scan_letters.c: letters cited by description.
 *
 *   head last (zh)   2020 年 12 月 29 日亚美尼亚常驻代表给秘书长的信
 *                    阿塞拜疆常驻代表 2020 年 9 月 30 日给秘书长的信
 *                    我 2020 年 12 月 29 日的信; 阿塞拜疆在其 2020 年 10 月 1 日的普通照会中
 *   head first (en)  my letter dated 29 December 2020 (A/75/693-S/2020/1307)
 *                    the letter dated 1 October 2020 from the Permanent
 *                    Representative of Azerbaijan; my letters dated 1 and 5 October 2020;
 *                    its note verbale dated ...
 * A letter is letter:DATE:ISO3; when its symbol follows in brackets, the
 * symbol is the reference and the description an alias of it (so that
 * later letters citing it either way meet one node).  "My letter" is the
 * writer's: its sender is the document's own, settled at the end. */
#include <stdlib.h>
#include <string.h>

#include "scan.h"

/* "(A/77/553-S/2022/812)" at k, in one line: the token of its ")", or NOPE. */
static size_t symbol_paren(P *p, size_t k)
{
    if (!is_ch(p, k, '(') || tk_type(p, k + 1) != TK_SYMBOL)
        return NOPE;
    for (size_t q = k + 2; q < k + 12 && tk_type(p, q) != TK_EOF; q++) {
        if ((tk(p, q)->flags & TF_PARA) || has(p, q, CG_R_SENT_END) || is_ch(p, q, '('))
            return NOPE;
        if (is_ch(p, q, ')'))
            return q;
    }
    return NOPE;
}

/* The symbols in the brackets (a, close) from token a on, each a reference
 * of its own. */
static void symbols_in(P *p, size_t a, size_t close)
{
    for (size_t q = a; q < close;)
        q = tk_type(p, q) == TK_SYMBOL ? rule_symbol(p, q) : q + 1;
}

/* Takes the id (arena); `mine`: the sender is the document's, to be
 * appended when the document is read whole; `take`: a symbol after it is
 * its own (not when it may be another date's of a list). */
static size_t letter_ref_id(P *p, size_t i, const char *id, size_t end, int mine, const char *senders,
                            int take)
{
    /* (A/75/693-S/2020/1307) right after it; "contained in document
     * S/2021/420", "publiée sous la cote", "(已作为 S/2021/420 号文件分发)"
     * (cg_lang.symbol_intro, one letter only) */
    size_t q = end, sym = NOPE;
    if (p->each_sym) {
        sym = p->each_sym; /* one of a list's symbols (symbols_each) */
    } else if (take && is_ch(p, q, '(') && tk_type(p, q + 1) == TK_SYMBOL) {
        sym = q + 1;
    } else if (take && p->one_letter) {
        size_t r = is_ch(p, q, ',') || has(p, q, CG_R_LIST_SEP) ? q + 1 : q;
        size_t e = words_at(p, r, CG_LIST_SYMBOL_INTRO);
        if (e == NOPE && is_ch(p, r, '('))
            e = words_at(p, r + 1, CG_LIST_SYMBOL_INTRO);
        if (e != NOPE && is_ch(p, e, '(') && !(tk(p, e + 1)->flags & TF_PARA))
            e++;
        if (e != NOPE && tk_type(p, e) == TK_SYMBOL && !(tk(p, e)->flags & TF_PARA))
            sym = e;
    }
    if (sym != NOPE) {
        size_t before = p->ms.n;
        size_t next = rule_symbol(p, sym);
        if (p->ms.n > before) {
            cg_mention *m = last_mention_ptr(p);
            m->alias = id;
            m->kind = CG_KIND_LETTER;
            m->sym_start = m->start;
            m->start = tk(p, i)->start;
            if (mine)
                m->deferred = MD_MINE;
        }
        return next;
    }
    add(p, id, CG_KIND_LETTER, NULL, NULL, NULL, tk(p, i)->start, tk(p, end - 1)->end);
    if (mine)
        last_mention_ptr(p)->deferred = MD_MINE;
    if (senders && strchr(senders, ' '))
        last_mention_ptr(p)->senders = senders; /* a joint letter: all of them, for its label */
    return end;
}

static size_t letter_ref_from(P *p, size_t i, const char *iso_date, const char *sender, size_t end,
                              const char *senders, int take)
{
    return letter_ref_id(p, i, cg_arena_printf(p->arena, "letter:%s:%s", iso_date, sender), end, 0, senders,
                         take);
}

/* A letter described with no State as its sender: unresolved, listed. */
static size_t no_sender(P *p, size_t i, const char *iso_date, size_t end)
{
    size_t a = i > 0 && has(p, i - 1, CG_R_ARTICLE_DEF) ? i - 1 : i;
    add(p, iso_date, CG_KIND_LETTER, NULL, NULL, NULL, tk(p, a)->start, tk(p, end - 1)->end);
    unresolve(last_mention_ptr(p), CG_UNRES_LETTER_NO_SENDER);
    return end;
}

/* The start of the sentence holding clean offset pos, never before the
 * end of the letter's title (a title line has no full stop). */
static size_t sentence_start(P *p, size_t pos)
{
    size_t a, b;
    cg_sentence_bounds(p->text, pos, &a, &b);
    size_t te = cg_meta_title_end(p);
    return te > a && te <= pos ? te : a;
}

/* The sender named in clean [seg_a, seg_b), else the writer's own when
 * `mine`; NOPE when there is neither. */
static size_t letter_ref(P *p, size_t i, const char *iso_date, size_t seg_a, size_t seg_b,
                         size_t end, int mine, int take)
{
    const char *senders = seg_b > seg_a ? states_in(p, seg_a, seg_b, i) : NULL;
    if (senders) {
        size_t l = strcspn(senders, " ");
        return letter_ref_id(p, i, cg_arena_printf(p->arena, "letter:%s:%.*s", iso_date, (int)l, senders),
                             end, 0, senders, take);
    }
    if (!mine)
        return no_sender(p, i, iso_date, end);
    return letter_ref_id(p, i, cg_arena_printf(p->arena, "letter:%s:", iso_date), end, 1, NULL, take);
}

/* "respectively": of the States named in clean offsets [seg_a, seg_b),
 * when they are exactly nd, the q-th (ISO code), else NULL. */
static const char *nth_state(P *p, size_t seg_a, size_t seg_b, size_t nd, size_t q)
{
    const char *all = seg_b > seg_a ? states_in(p, seg_a, seg_b, NOPE) : NULL, *c = all, *qth = NULL;
    size_t n = 0;
    for (; c && *c; n++) {
        if (n == q)
            qth = c;
        c += strcspn(c, " ");
        c += *c == ' ';
    }
    return n == nd && qth ? cg_arena_strndup(p->arena, qth, strcspn(qth, " ")) : NULL;
}

/* The State that sent the letter whose date starts at token i, named
 * before it from clean offset lo: 阿塞拜疆常驻代表 2020 年 9 月 30 日给秘书长的信,
 * 阿塞拜疆在其 2020 年 10 月 1 日的普通照会中; of States joined by 和 or 、 (a
 * joint letter: 阿塞拜疆和土耳其 2023 年 2 月 1 日给秘书长的同文信), the first.
 * NULL when none is, or when what stands between names another sender
 * (an addressee's title: 关于阿塞拜疆的问题，秘书长 2023 年 2 月 1 日给安全理事会主席的信)
 * or ends the phrase (、 ， ； 。), but after 其, whose State is the subject
 * of the sentence. */
static const char *state_before(P *p, size_t lo, size_t i)
{
    const char *iso = NULL;
    size_t after = NOPE, first = NOPE; /* the token after the last State; where its run starts */
    for (size_t k = tok_index(p, lo); k < i && tk_type(p, k) != TK_EOF;) {
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, k, CG_R_STATE, p->lbit, &pay);
        if (!n || k + n > i) {
            k++;
            continue;
        }
        int joined = iso && k == after + 1 && (has(p, after, CG_R_AND) || has(p, after, CG_R_LIST_SEP));
        if (!joined) {
            iso = cg_registry_state((size_t)pay->value);
            first = k;
        }
        after = k + n;
        k += n;
    }
    if (!iso)
        return NULL;
    /* the run may start before lo */
    for (int more = 1; more && first >= 2 && (has(p, first - 1, CG_R_AND) || has(p, first - 1, CG_R_LIST_SEP));) {
        more = 0;
        for (size_t q = first - 1; q-- > 0 && first - 1 - q <= 12;) {
            const cg_tpay *pay = NULL;
            if (cg_phrase(p, q, CG_R_STATE, p->lbit, &pay) == first - 1 - q) {
                iso = cg_registry_state((size_t)pay->value);
                first = q;
                more = 1;
                break;
            }
        }
    }
    int its = i > 0 && has(p, i - 1, CG_R_ITS);
    for (size_t q = after; q < i; q++)
        if (phrase_end(p, q, CG_R_ADDRESSEE, NULL) != NOPE ||
            (!its && (has(p, q, CG_R_LIST_SEP) || has(p, q, CG_R_SENT_END) || is_ch(p, q, ';'))))
            return NULL;
    return iso;
}

/* Whether an addressee's title (秘书长, 安全理事会主席) is named in clean [a,
 * b): the sender, "2023 年 2 月 1 日秘书长给安全理事会主席的信", is no State. */
static int addressee_in(P *p, size_t a, size_t b)
{
    for (size_t k = tok_index(p, a); tk_type(p, k) != TK_EOF && tk(p, k)->end <= b; k++)
        if (phrase_end(p, k, CG_R_ADDRESSEE, NULL) != NOPE)
            return 1;
    return 0;
}

/* 我 (or 我国, 我国常驻联合国代表, 本代表团) right before the date at token
 * i, or before 我在: the letter described is the writer's own. */
static int writer_before(P *p, size_t i)
{
    size_t at = i > 0 && tk_type(p, i - 1) == TK_CHAR && cg_token_cp(p->s, tk(p, i - 1)) == 0x5728 ? i - 1 : i;
    for (size_t back = 1; back <= 12 && back <= at; back++)
        if (phrase_end(p, at - back, CG_R_MY, NULL) == at)
            return 1;
    return 0;
}

static int is_date_sep(P *p, size_t k)
{
    return has(p, k, CG_R_AND) || (tk_type(p, k) == TK_CHAR && cg_token_cp(p->s, tk(p, k)) == 0x3001);
}

/* "(A/75/357-S/2020/948, A/75/378-S/2020/962 and A/75/387-S/2020/974)" at
 * k after a description of nd letters by date ("my letters dated 27
 * September, 1 October and 5 October 2020 (...)", "我 2020 年 9 月 27 日和 10
 * 月 5 日给你的信(…和…)"): as many symbols as dates, a list's separators
 * alone between them, are the dates' own, in order.  syms[q]: the q-th
 * symbol's token.  Returns the token of the ")", or NOPE. */
static size_t symbols_each(P *p, size_t k, size_t nd, size_t *syms)
{
    if (nd < 2 || nd > 8 || !is_ch(p, k, '(') || tk_type(p, k + 1) != TK_SYMBOL)
        return NOPE;
    size_t n = 0, e;
    int want = 1; /* a symbol starts here */
    for (size_t q = k + 1; q < k + 64 && tk_type(p, q) != TK_EOF; q++) {
        if (q > k + 1 && (tk(p, q)->flags & TF_PARA))
            return NOPE;
        if (is_ch(p, q, ')'))
            return !want && n == nd ? q : NOPE;
        if (tk_type(p, q) == TK_SYMBOL) {
            if (want) {
                if (n == nd)
                    return NOPE;
                syms[n++] = q;
                want = 0;
            } else if (!is_ch(p, q - 1, '-')) {
                return NOPE;
            }
        } else if (want) {
            return NOPE;
        } else if (is_ch(p, q, '-') && tk_type(p, q + 1) == TK_SYMBOL) {
            ; /* a joint symbol's second */
        } else if (is_ch(p, q, ',') || is_date_sep(p, q)) {
            want = 1;
        } else if ((e = phrase_end(p, q, CG_R_LIST_SEP, NULL)) != NOPE ||
                   (e = phrase_end(p, q, CG_R_AND, NULL)) != NOPE) {
            want = 1;
            q = e - 1;
        } else {
            return NOPE;
        }
    }
    return NOPE;
}

/* 我 2022 年 3 月 3 日的信(S/2022/190)和 2022 年 5 月 10 日的信; 阿塞拜疆常驻代表
 * 2023 年 2 月 1 日的信、2023 年 2 月 20 日的信以及……: a description right
 * after another's end and a list's separator (its symbol's bracket, 、 和
 * 及 以及 ，) is in the list, sent by the same.  1: so, with *sender (NULL:
 * the writer's). */
static int listed_after(P *p, size_t i, const char **sender)
{
    if (!p->hl_next || p->hl_next >= i || i - p->hl_next > 4)
        return 0;
    size_t q = p->hl_next;
    if (is_ch(p, q, ')'))
        q++;
    int sep = 0;
    for (size_t e; q < i; q = e, sep = 1)
        if ((e = phrase_end(p, q, CG_R_LIST_SEP, NULL)) == NOPE && (e = phrase_end(p, q, CG_R_AND, NULL)) == NOPE &&
            (e = phrase_end(p, q, CG_R_AS_WELL_AS, NULL)) == NOPE)
            return 0;
    if (!sep || (!p->hl_sender && !p->hl_mine))
        return 0;
    *sender = p->hl_sender;
    return 1;
}

/* Whether a blank line stood in the source between clean offsets a (a
 * token's end) and b (Chinese lines are joined in the clean text, even
 * over one). */
static int blank_line_between(P *p, size_t a, size_t b)
{
    const cg_text *t = p->text;
    if (a == 0 || b <= a - 1)
        return 0;
    size_t x = cg_text_orig(t, a - 1) + 1, y = cg_text_orig(t, b);
    int nl = 0;
    for (size_t o = x; o < y && o < t->src_len; o++) {
        if (t->src[o] == '\n' && ++nl == 2)
            return 1;
        if (t->src[o] != '\n' && t->src[o] != '\r' && t->src[o] != ' ' && t->src[o] != '\t')
            nl = 0;
    }
    return 0;
}

/* The end of a letter's noun at k (信, 普通照会), or NOPE; not a word that
 * only begins with one (信息, 信念: cg_lang.letter_lookalikes), unless a
 * blank line cuts it: a title "…给安全理事会主席的信" and the text's first
 * words "奉我国政府指示" make no "信奉". */
static size_t letter_noun_end(P *p, size_t k)
{
    size_t e = phrase_end(p, k, CG_R_LETTER_NOUN, NULL);
    if (e == NOPE)
        return NOPE;
    size_t w = words_at(p, k, CG_LIST_LETTER_LOOKALIKES);
    return w != NOPE && w > e && !blank_line_between(p, tk(p, e - 1)->end, tk(p, e)->start) ? NOPE : e;
}

/* 2020 年 12 月 29 日亚美尼亚常驻代表给秘书长的信 */
size_t rule_letter_head_last(P *p, size_t i)
{
    if (tk_type(p, i) != TK_NUM || !has(p, i + 1, CG_R_YEAR_MARK) || !has(p, i + 3, CG_R_MONTH_MARK) ||
        !has(p, i + 5, CG_R_DAY_MARK))
        return NOPE;
    long y = tok_long(p, i), mo = tok_long(p, i + 2), d = tok_long(p, i + 4);
    if (y < 1945 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31)
        return NOPE;
    /* 2020 年 9 月 30 日和 10 月 1 日, 10 月 1 日和 5 日: dates sharing a year */
    char iso[8][16];
    size_t nd = 0, k = i + 6, paren[8], close;
    cg_iso_date(iso[nd++], y, mo, d);
    paren[0] = NOPE;
    for (;;) {
        /* 我 2022 年 11 月 2 日(A/77/553-S/2022/812)和 11 月 30 日的信: a
         * date's own symbol, before the next */
        if ((close = symbol_paren(p, k)) != NOPE) {
            paren[nd - 1] = k;
            k = close + 1;
        }
        if (nd == 8 || !is_date_sep(p, k))
            break;
        size_t q = k + 1;
        long m2 = mo;
        /* ... or a full date of its own: 2023 年 5 月 5 日和 2023 年 5 月 20 日 */
        if (tk_type(p, q) == TK_NUM && has(p, q + 1, CG_R_YEAR_MARK) && tk_type(p, q + 2) == TK_NUM &&
            has(p, q + 3, CG_R_MONTH_MARK)) {
            long y2 = tok_long(p, q);
            if (y2 < 1945 || y2 > 2100) {
                if (paren[nd - 1] != NOPE)
                    k = paren[nd - 1];
                paren[nd - 1] = NOPE;
                break;
            }
            y = y2;
            q += 2;
        }
        if (tk_type(p, q) == TK_NUM && has(p, q + 1, CG_R_MONTH_MARK)) {
            m2 = tok_long(p, q);
            q += 2;
        }
        long d2 = tk_type(p, q) == TK_NUM ? tok_long(p, q) : -1;
        if (m2 < 1 || m2 > 12 || d2 < 1 || d2 > 31 || !has(p, q + 1, CG_R_DAY_MARK)) {
            if (paren[nd - 1] != NOPE)
                k = paren[nd - 1]; /* the list ends: the symbol after the description's */
            paren[nd - 1] = NOPE;
            break;
        }
        paren[nd] = NOPE;
        cg_iso_date(iso[nd++], y, m2, d2);
        mo = m2;
        k = q + 2;
    }
    size_t dates_end = k;
    size_t gei = NOPE, end = NOPE;
    /* 继我 1994 年 1 月 7 日的信之后……；1994 年 1 月 3 日阿塞拜疆常驻联合国代表
     * 给秘书长的信: a date right before 的信 is a description of its own,
     * not the first half of one that goes on to the next 给 */
    int short_form = has(p, dates_end, CG_R_DE) && letter_noun_end(p, dates_end + 1) != NOPE;
    for (k = dates_end; !short_form && tk_type(p, k) != TK_EOF && k < dates_end + 60; k++) {
        if (has(p, k, CG_R_SENT_END) || (tk(p, k)->flags & TF_PARA) || tk_type(p, k) == TK_SYMBOL)
            break;
        if (gei == NOPE && has(p, k, CG_R_TO))
            gei = k;
        if (gei != NOPE && has(p, k, CG_R_DE)) {
            size_t e = letter_noun_end(p, k + 1);
            if (e != NOPE) {
                end = e;
                break;
            }
        }
    }
    const char *sender = NULL, *hl_sender = NULL;
    int mine = 0;
    size_t start = tk(p, i)->start;
    size_t seg_a = tk(p, dates_end - 1)->end, seg_b = seg_a;
    if (gei != NOPE && end != NOPE) {
        seg_a = tk(p, dates_end)->start;
        seg_b = tk(p, gei)->start;
        const char *named = states_in(p, seg_a, seg_b, dates_end);
        if (named) {
            hl_sender = cg_arena_strndup(p->arena, named, strcspn(named, " "));
        } else {
            /* 阿塞拜疆常驻代表 2020 年 9 月 30 日给秘书长的信: the State before the date */
            size_t a = sentence_start(p, start);
            size_t lo = start > a + 60 ? start - 60 : a;
            if (addressee_in(p, seg_a, seg_b))
                return no_sender(p, i, iso[0], end);
            if (writer_before(p, i))
                mine = 1; /* 回顾我 2023 年 2 月 27 日给秘书长的信: the writer's own */
            else if (!(sender = state_before(p, lo, i)) && !listed_after(p, i, &sender))
                return no_sender(p, i, iso[0], end);
            else if (!sender)
                mine = 1;
        }
    } else {
        if (!has(p, dates_end, CG_R_DE))
            return NOPE;
        size_t e = letter_noun_end(p, dates_end + 1);
        if (e == NOPE)
            return NOPE;
        end = e;
        if (writer_before(p, i)) {
            /* 继我 2020 年 12 月 29 日的信: the writer's own letter */
            mine = 1;
        } else {
            /* 阿塞拜疆 2020 年 10 月 1 日的信 (the State right before the date);
             * 阿塞拜疆在其 2020 年 10 月 1 日的普通照会中 (the State named before 其) */
            size_t a = sentence_start(p, start);
            size_t lo = start > a + 40 ? start - 40 : a;
            if (i > 0 && has(p, i - 1, CG_R_ITS))
                lo = a;
            if (!(sender = state_before(p, lo, i)) && !listed_after(p, i, &sender))
                return NOPE;
            if (!sender)
                mine = 1;
        }
    }
    size_t next = end;
    p->one_letter = nd == 1;
    /* 2022年3月1日和5日阿塞拜疆和土耳其常驻代表分别给秘书长的信: each date its sender */
    int resp = 0;
    for (size_t q = dates_end; nd > 1 && gei != NOPE && q < gei && !resp; q++)
        resp = words_at(p, q, CG_LIST_RESPECTIVELY) != NOPE;
    /* with several dates, a symbol in brackets after them all cannot
     * say which: only each date's own, or one for each date in order */
    size_t each_syms[8], each_close = NOPE;
    int own = 0;
    for (size_t q = 0; q < nd; q++)
        own |= paren[q] != NOPE;
    if (!own)
        each_close = symbols_each(p, end, nd, each_syms);
    for (size_t q = 0; q < nd; q++) {
        size_t stop = paren[q] != NOPE ? paren[q] : nd > 1 ? dates_end : end;
        int take = nd == 1 || paren[q] != NOPE;
        p->each_sym = each_close != NOPE ? each_syms[q] : 0;
        const char *each = resp && !sender ? nth_state(p, seg_a, seg_b, nd, q) : NULL;
        size_t r = each     ? letter_ref_from(p, i, iso[q], each, stop, NULL, take)
                   : sender ? letter_ref_from(p, i, iso[q], sender, stop, NULL, take)
                            : letter_ref(p, i, iso[q], seg_a, seg_b, stop, mine, take);
        p->each_sym = 0;
        if (r == NOPE)
            return NOPE;
        if (paren[q] != NOPE)
            symbols_in(p, r, symbol_paren(p, paren[q]));
        if (r > next)
            next = r;
    }
    if (each_close != NOPE)
        next = each_close + 1;
    p->hl_next = next;
    p->hl_sender = sender ? sender : hl_sender;
    p->hl_mine = mine;
    return next;
}

/* After "addressed": "to the Secretary-General and the President of the
 * Security Council"; returns the token after the last addressee. */
static size_t skip_addressees(P *p, size_t k)
{
    size_t end = k;
    int found = 0;
    if (has(p, k, CG_R_TO))
        k++;
    for (size_t q = k; tk_type(p, q) != TK_EOF && q < k + 16; q++) {
        if ((tk(p, q)->flags & TF_PARA) || is_ch(p, q, '(') || is_ch(p, q, ',') || is_ch(p, q, '.') ||
            is_ch(p, q, ';'))
            break;
        /* "... au Secrétaire général par le Représentant permanent ...": the
         * sender follows ("de", also "of", does not end the addressee) */
        if (found && has(p, q, CG_R_FROM) && !has(p, q, CG_R_OF))
            break;
        size_t e = phrase_end(p, q, CG_R_ADDRESSEE_END, NULL);
        if (e != NOPE) {
            end = e; /* the end of an addressee; "and the President ..." may follow */
            found = 1;
            q = e - 1;
            /* on a new line, after an addressee, only "and" goes on, or the
             * addressee's own next word ("Председателя Совета⏎Безопасности"),
             * or another addressee (Arabic joins its "and" to it: "الأمين
             * العام⏎ورئيس مجلس الأمن"): the words of the next paragraph are
             * not an addressee */
            if ((tk(p, e)->flags & TF_NL) && !has(p, e, CG_R_AND) &&
                phrase_end(p, e, CG_R_ADDRESSEE_END, NULL) == NOPE &&
                phrase_end(p, e, CG_R_ADDRESSEE, NULL) == NOPE)
                break;
        } else if (!(tk_type(p, q) == TK_WORD || is_ch(p, q, '-') || is_apostrophe(p, q))) {
            break;
        }
    }
    return end;
}

/* Whether a date starts at k: a day ("5 May 2021", "1er mars"), or a
 * month and a day where the language writes dates month first ("May 5,
 * 2021", cg_lang.month_first). */
static int date_starts(P *p, size_t k)
{
    if (tk_type(p, k) == TK_NUM)
        return 1;
    long mv;
    size_t e = p->L->month_first ? month_at(p, k, &mv) : NOPE;
    return e != NOPE && tk_type(p, e) == TK_NUM && tlen(p, e) <= 2;
}

/* Past the separator between two dates at k (", ", "and", ", and"; "et
 * du": "du 10 février et du 6 mars 2023", the date's word again). */
static size_t skip_date_sep(P *p, size_t k)
{
    size_t k0 = k;
    if (is_ch(p, k, ','))
        k++;
    if (has(p, k, CG_R_AND))
        k++;
    if (k > k0) {
        /* "et du 30 novembre", "y de 30 de noviembre", "и от 30 ноября",
         * "and of 30 November", ", de fecha 30 de noviembre" */
        size_t e = phrase_end(p, k, CG_R_DATED, NULL);
        if (e != NOPE && tk_type(p, e) == TK_NUM)
            k = e;
        else if (has(p, k, CG_R_OF) && date_starts(p, k + 1))
            k++;
    }
    return k;
}

/* Dates written month first (cg_lang.month_first) at k: "March 3, 2022",
 * "March 1 and 5, 2022", "March 1, 5 and 9, 2022", "March 3 and May 10,
 * 2022" (a day without its month takes the month before it), up to room
 * days into day[], mon[], *got of them, the year in *y.  Returns the
 * token after the year, or NOPE. */
static size_t month_first_days(P *p, size_t k, long *day, int *mon, size_t room, size_t *got, long *y)
{
    long mv = 0;
    size_t n = 0, e = p->L->month_first ? month_at(p, k, &mv) : NOPE;
    while (e != NOPE && n < room && tk_type(p, e) == TK_NUM && tlen(p, e) <= 2) {
        long d = tok_long(p, e);
        if (d < 1 || d > 31)
            break;
        day[n] = d;
        mon[n++] = (int)mv;
        size_t q = skip_day_mark(p, e + 1);
        size_t ye = year_at(p, is_ch(p, q, ',') ? q + 1 : q, y);
        if (ye != NOPE) {
            *got = n;
            return ye;
        }
        size_t s = skip_date_sep(p, q);
        if (s == q)
            break;
        size_t m = month_at(p, s, &mv); /* "and May 10" */
        e = m != NOPE ? m : s;
    }
    return NOPE;
}

/* Another full date after the separator at k ("and 20 May 2023", ", 20
 * May 2023"): the token where it starts, or NOPE. */
static size_t next_full_date(P *p, size_t k)
{
    k = skip_date_sep(p, k);
    long mv = 0, y = 0, days[8];
    int mons[8];
    size_t got = 0;
    if (month_first_days(p, k, days, mons, 8, &got, &y) != NOPE)
        return k;
    if (tk_type(p, k) != TK_NUM)
        return NOPE;
    size_t m = month_at(p, skip_day_mark(p, k + 1), &mv);
    return m != NOPE && year_at(p, m, &y) != NOPE ? k : NOPE;
}

/* Whether "to the United Nations" (a UNITED_NATIONS phrase: "لدى الأمم
 * المتحدة") starts at the line break before token f or within two tokens
 * before it, so that the sender goes on over the break: "لأوكرانيا⏎لدى
 * الأمم المتحدة", "لأوكرانيا لدى⏎الأمم المتحدة", "لدى الأمم⏎المتحدة". */
static int un_over_break(P *p, size_t from, size_t f)
{
    for (size_t b = 0; b <= 2 && b + from <= f; b++)
        if (phrase_end(p, f - b, CG_R_UNITED_NATIONS, NULL) != NOPE)
            return 1;
    return 0;
}

/* The end of a sender's part from token a to f: where a language marks
 * its genitive by a word (not genitive), the State that sends is named
 * right at a, its article between ("from Azerbaijan", "that the Russian
 * Federation addressed"), or after "of", "from", "and" ("the Permanent
 * Representative of Armenia", "de la Federación de Rusia", "of
 * Azerbaijan and Turkey"): a first State after another word ("from the
 * Secretary-General is clear for Ukraine", "del Secretario General es
 * clara para Armenia") is no sender's, nor one after "to", the part ends
 * before it. */
static size_t sender_state_end(P *p, size_t a, size_t f)
{
    if (p->L->genitive)
        return f;
    for (size_t s = a, w; s < f; s++) {
        if ((w = words_at(p, s, CG_LIST_SENDER_WORDS)) != NOPE) {
            s = w - 1; /* "Encargado de Negocios a.i." */
            continue;
        }
        /* "from the Secretary-General to the Permanent Representative of
         * Azerbaijan": the addressee's State ("to the United Nations" is
         * the sender's) */
        if (s > a && has(p, s, CG_R_TO) && phrase_end(p, s + 1, CG_R_UNITED_NATIONS, NULL) == NOPE)
            return s;
        if (!cg_phrase(p, s, CG_R_STATE, p->lbit, NULL))
            continue;
        /* (a State's name may hold its "de": "de l'Azerbaïdjan"; "du", "des"
         * are "of" and an article: "du Royaume-Uni") */
        if (has(p, s, CG_R_OF) || has(p, s, CG_R_FROM))
            return f;
        for (size_t b = s;; b--) {
            if (b == a || has(p, b - 1, CG_R_OF) || has(p, b - 1, CG_R_FROM) || has(p, b - 1, CG_R_AND))
                return f;
            /* "de l'Azerbaïdjan", "of the Russian Federation" */
            if (!is_apostrophe(p, b - 1) && !has(p, b - 1, CG_R_ARTICLE_DEF))
                return s;
        }
    }
    return f;
}

/* Where the sender's part from token a to f ends: after its first State,
 * the States joined to it ("of Azerbaijan and Türkiye", "de l'Azerbaïdjan
 * et de la Türkiye", "لأذربيجان وتركيا") and "to the United Nations" (within
 * three tokens: "ante las Naciones Unidas", "auprès de l'Organisation des
 * Nations Unies", "لدى الأمم المتحدة"); f when no State is named.  What
 * follows may be the sentence's own words, read again for references:
 * "The letter dated … from the Minister … of Azerbaijan violates
 * resolution 2231 (2015)". */
static size_t sender_part_end(P *p, size_t a, size_t f)
{
    size_t s = a, n = 0;
    while (s < f && !(n = cg_phrase(p, s, CG_R_STATE, p->lbit, NULL)))
        s++;
    if (s >= f)
        return f;
    size_t e = s + n;
    for (;;) {
        size_t t = e;
        if (is_ch(p, t, ','))
            t++;
        if (has(p, t, CG_R_AND))
            t++;
        else if (!joined_and(p, t) && t == e)
            break;
        if (has(p, t, CG_R_OF) || has(p, t, CG_R_FROM))
            t++;
        t = skip_article(p, t);
        if (is_apostrophe(p, t))
            t++;
        size_t m = t < f ? cg_phrase(p, t, CG_R_STATE, p->lbit, NULL) : 0;
        if (!m || t + m > f)
            break;
        e = t + m;
    }
    for (size_t b = 0; b <= 3 && e + b < f; b++) {
        size_t u = phrase_end(p, e + b, CG_R_UNITED_NATIONS, NULL);
        if (u != NOPE) {
            e = u;
            break;
        }
    }
    return e < f ? e : f;
}

/* "1 and 5 October 2020", "29 December 2020", "5 May 2023 and 20 May 2023":
 * up to 8 dates, each sharing the month and year written next.  A date
 * written whole and alone may have its own symbol in brackets before the
 * next ("2 November 2022 (A/77/553-S/2022/812) and 30 November 2022"):
 * paren[q] is its "(" (else NOPE); brackets after days sharing a month
 * ("1 and 5 October 2020 (S/2020/9) and ...") cannot say whose: amb[q] is
 * their "(" (else NOPE), their symbols references of their own.  *last_alone: the last date
 * is written whole and alone ("... and 30 November 2022").  Returns the
 * token after, or NOPE. */
static size_t dates_head_first(P *p, size_t k, char iso[][16], size_t *nd, size_t *paren, size_t *amb,
                               int *last_alone)
{
    long day[8];
    int mon[8];
    size_t n = 0, done = 0;
    for (;;) {
        long y = 0, mv = 0, d = 0;
        size_t got = 0;
        /* "March 3, 2022", "March 1 and 5, 2022", where the language writes
         * dates month first */
        size_t after_year = n < 8 && n == done ? month_first_days(p, k, day + n, mon + n, 8 - n, &got, &y) : NOPE;
        if (after_year != NOPE) {
            for (size_t q = n; q < n + got; q++)
                paren[q] = amb[q] = NOPE;
            n += got;
        } else {
            if (n == 8 || tk_type(p, k) != TK_NUM)
                return NOPE;
            d = tok_long(p, k);
            if (d < 1 || d > 31)
                return NOPE;
            day[n] = d;
            paren[n] = amb[n] = NOPE;
            k = skip_day_mark(p, k + 1); /* 1er */
            size_t after_month = month_at(p, k, &mv); /* October, de octubre */
            mon[n] = after_month != NOPE ? (int)mv : 0;
            if (mon[n])
                k = after_month;
            n++;
            after_year = mon[n - 1] ? year_at(p, k, &y) : NOPE;
            if (mon[n - 1] && after_year == NOPE && tk_type(p, k) == TK_NUM)
                return NOPE; /* a number that is no year */
        }
        if (after_year != NOPE) {
            for (size_t q = done, m = 0; q < n; q++) {
                /* a day without its month takes the next month written */
                for (m = q; !mon[m]; m++)
                    ;
                cg_iso_date(iso[q], y, mon[m], day[q]);
            }
            int alone = n - done == 1;
            done = n;
            /* "от 2 ноября 2022 года и от 30 ноября 2022 года" */
            size_t ye = after_year;
            if (p->L->genitive && tk_type(p, ye) == TK_WORD && has(p, ye, CG_R_YEAR_WORD))
                ye += is_ch(p, ye + 1, '.') ? 2 : 1;
            size_t close = n < 8 ? symbol_paren(p, ye) : NOPE;
            size_t more = n < 8 ? next_full_date(p, close != NOPE ? close + 1 : ye) : NOPE;
            if (more == NOPE) {
                *nd = n;
                *last_alone = alone;
                return after_year; /* "года" after the last: the caller's */
            }
            if (close != NOPE) {
                if (alone)
                    paren[n - 1] = ye;
                else
                    amb[n - 1] = ye;
            }
            k = more;
            continue;
        }
        k = skip_date_sep(p, k);
    }
}

/* Past what may stand between a letter's noun at k - 1 and its date at
 * k: to whom it was written ("to you", cg_lang.letter_to; "to the
 * President of the Security Council", "addressed to the Secretary-General")
 * and a comma, when a date follows ("dated", "of" and a number); else k. */
static size_t to_date(P *p, size_t k)
{
    size_t q = words_at(p, k, CG_LIST_LETTER_TO);
    if (q == NOPE) {
        size_t a = phrase_end(p, k, CG_R_ADDRESSED, NULL);
        size_t from = a != NOPE ? a : k;
        q = has(p, from, CG_R_TO) ? skip_addressees(p, from) : k;
        if (q == from)
            q = k;
    }
    if (is_ch(p, q, ','))
        q++;
    if (q == k)
        return k;
    for (size_t f = k; f <= q; f++)
        if (tk(p, f)->flags & TF_PARA)
            return k;
    size_t e = phrase_end(p, q, CG_R_DATED, NULL);
    if ((e != NOPE && date_starts(p, e)) || (has(p, q, CG_R_OF) && date_starts(p, q + 1)))
        return q;
    return k;
}

/* "my previous letters on the subject, the latest dated 12 March 2022",
 * "my letters, most recently that of 13 March 2022", "mes lettres
 * précédentes sur la question, la dernière en date du …": after the noun
 * (k), words of cg_lang.letter_to or not, its subject
 * (cg_lang.letter_subject) or not, a comma and the words of
 * cg_lang.letter_latest: the token of the date, else NOPE. */
static size_t latest_dated(P *p, size_t k)
{
    size_t q = words_at(p, k, CG_LIST_LETTER_TO); /* "mes lettres précédentes sur …" */
    if (q == NOPE)
        q = k;
    size_t e0 = words_at(p, q, CG_LIST_LETTER_SUBJECT);
    if (e0 != NOPE)
        q = e0;
    if (!is_ch(p, q, ','))
        return NOPE;
    size_t e = words_at(p, q + 1, CG_LIST_LETTER_LATEST);
    if (e == NOPE || !date_starts(p, e))
        return NOPE;
    for (size_t f = k; f <= e; f++)
        if (tk(p, f)->flags & TF_PARA)
            return NOPE;
    return e;
}

/* A word of `role` ("my", "its", "their") before the letter's noun at
 * head, right before it or before words of cg_lang.letter_before ("my two
 * previous letters", "their joint letter"): its token, else NOPE. */
static size_t owner_before(P *p, size_t head, int role)
{
    for (size_t b = 1; b <= 4 && b <= head; b++) {
        size_t q = head - b;
        if (!has(p, q, role))
            continue;
        if (b == 1 || words_at(p, q + 1, CG_LIST_LETTER_BEFORE) == head)
            return q;
        return NOPE;
    }
    return NOPE;
}

/* my letter dated 29 December 2020 (A/75/693-S/2020/1307); the letter dated
 * 1 October 2020 from the Permanent Representative of Azerbaijan; my letters
 * dated 1 and 5 October 2020; la lettre datée du 1er octobre 2020, adressée
 * au Secrétaire général par le Représentant permanent de l'Azerbaïdjan (the
 * addressee before the sender) */
/* A date at k, after "dated" or "of" or alone ("and 5 March 2022 from"). */
static int another_date_at(P *p, size_t k)
{
    size_t dk = phrase_end(p, k, CG_R_DATED, NULL);
    if (dk == NOPE && has(p, k, CG_R_OF))
        dk = k + 1;
    return date_starts(p, dk != NOPE ? dk : k);
}

/* After a letter described with its date and sender, ending at j: "and
 * [dated] DATE(S) from SENDER" ("… and 5 March 2022 from the Permanent
 * Representative of Türkiye", "… et du 5 mars 2022 du Représentant
 * permanent de la Türkiye", "… y de 5 de marzo de 2022 del Representante
 * Permanente de Türkiye"), or in the genitive "and SENDER dated DATE" ("…
 * и Постоянного представителя Турции от 5 марта 2022 года"): each date a
 * letter of that sender.  Where it ends, or NOPE (nothing added). */
static size_t another_letter(P *p, size_t j)
{
    size_t k = is_ch(p, j, ',') || has(p, j, CG_R_LIST_SEP) ? j + 1 : j;
    if (tk(p, k)->flags & TF_PARA)
        return NOPE;
    if (has(p, k, CG_R_AND))
        k++;
    else if (k == j || !another_date_at(p, k))
        return NOPE; /* (a list: "…, 5 March 2022 from Türkiye and …") */
    size_t dk = phrase_end(p, k, CG_R_DATED, NULL), seg_a, seg_b, sender_at = NOPE;
    if (dk == NOPE && has(p, k, CG_R_OF) && date_starts(p, k + 1))
        dk = k + 1; /* "et du 5 mars 2022" */
    if (dk == NOPE && date_starts(p, k))
        dk = k;
    if (dk == NOPE && p->L->genitive && (tk(p, k)->flags & TF_CAP)) {
        /* the sender first, then its date */
        for (size_t f = k + 1; f < k + 16 && tk_type(p, f) != TK_EOF; f++) {
            if ((tk(p, f)->flags & TF_PARA) || is_ch(p, f, ',') || is_ch(p, f, '.') || is_ch(p, f, ';'))
                return NOPE;
            size_t e = phrase_end(p, f, CG_R_DATED, NULL);
            if (e != NOPE && date_starts(p, e)) {
                sender_at = k;
                seg_a = tk(p, k)->start;
                seg_b = tk(p, f - 1)->end;
                dk = e;
                break;
            }
        }
    }
    if (dk == NOPE || !date_starts(p, dk))
        return NOPE;
    char iso[8][16];
    size_t nd = 0, paren[8], amb[8];
    int last_alone = 0;
    size_t end = dates_head_first(p, dk, iso, &nd, paren, amb, &last_alone);
    if (end == NOPE || !nd)
        return NOPE;
    if (p->L->genitive && tk_type(p, end) == TK_WORD && has(p, end, CG_R_YEAR_WORD))
        end += is_ch(p, end + 1, '.') ? 2 : 1;
    if (sender_at == NOPE) {
        size_t q = is_ch(p, end, ',') ? end + 1 : end;
        if (!has(p, q, CG_R_FROM))
            return NOPE;
        size_t f = q + 1, w;
        while (tk_type(p, f) != TK_EOF && f < q + 40 && !(tk(p, f)->flags & TF_PARA) && !is_ch(p, f, '(') &&
               !is_ch(p, f, ',') && !is_ch(p, f, '.') && !is_ch(p, f, ';') && !has(p, f, CG_R_ADDRESSED) &&
               !has(p, f, CG_R_FROM_STOP) && !has(p, f, CG_R_LETTER_NOUN) && !has(p, f, CG_R_NOTE_NOUN) &&
               !(has(p, f, CG_R_AND) && another_date_at(p, f + 1)))
            f = (w = words_at(p, f, CG_LIST_SENDER_WORDS)) != NOPE ? w : f + 1;
        f = sender_state_end(p, q + 1, f);
        seg_a = tk(p, q)->start;
        seg_b = tk(p, f - 1)->end;
        end = f;
    }
    if (!states_in(p, seg_a, seg_b, dk))
        return NOPE;
    size_t start = sender_at != NOPE ? sender_at : dk;
    p->one_letter = nd == 1;
    for (size_t q = 0; q < nd; q++) {
        size_t r = letter_ref(p, start, iso[q], seg_a, seg_b, end, 0, nd == 1);
        if (r != NOPE && r > end)
            end = r; /* its symbol in brackets */
    }
    return end;
}

size_t rule_letter_head_first(P *p, size_t i)
{
    size_t k = i + 1;
    /* "note verbale", "lettres identiques": the noun's companion after it */
    if (has(p, k, CG_R_IDENTICAL) || (has(p, k, CG_R_VERBALE) && has(p, i, CG_R_NOTE_NOUN)))
        k++;
    /* "letter dated ...", "letter of 7 October 2020", "lettre datée du ...",
     * "carta de fecha ..." (after whom it was written to, or a comma:
     * "my letter to you of 3 March 2022", "my two previous letters, dated
     * 9 and 11 March 2022"); "my previous letters on the subject, the
     * latest dated 12 March 2022" */
    k = to_date(p, k);
    size_t dk = phrase_end(p, k, CG_R_DATED, NULL);
    if (dk == NOPE && !(has(p, k, CG_R_OF) && date_starts(p, k + 1)))
        dk = latest_dated(p, k);
    /* "the letter I addressed to you on 3 March 2022", "la lettre que je
     * vous ai adressée le …", "письмо, которое я направил Вам …": the
     * writer's own */
    int mine_said = 0;
    if (dk == NOPE) {
        size_t e = words_at(p, k, CG_LIST_MY_LETTER);
        if (e != NOPE && date_starts(p, e)) {
            dk = e;
            mine_said = 1;
        }
    }
    /* "письмо Постоянного представителя Азербайджана от 1 октября 2020
     * года": in the genitive, the sender before the date */
    size_t gen_a = NOPE, gen_b = NOPE;
    /* the sender is a name: it starts with a capital ("Постоянного",
     * "Министра"), in a script that has capitals; a dozen words at most */
    int named = (tk(p, k)->flags & TF_CAP) || p->L->script == CG_SCRIPT_ARABIC;
    if (dk == NOPE && p->L->genitive && named && !has(p, k, CG_R_OF)) {
        size_t to = NOPE; /* an addressee in the dative: the sender ends */
        for (size_t f = k; tk_type(p, f) != TK_EOF && f < k + 16; f++) {
            size_t w = words_at(p, f, CG_LIST_SENDER_WORDS);
            if (w != NOPE) {
                f = w - 1; /* "Временного поверенного в делах" */
                continue;
            }
            if (to == NOPE && (w = words_at(p, f, CG_LIST_ADDRESSEE_START)) != NOPE) {
                if (f == k)
                    break; /* "письмо Генеральному секретарю от …": no sender named */
                to = f;
                f = w - 1;
                continue;
            }
            if ((tk(p, f)->flags & TF_PARA) || is_ch(p, f, '(') || is_ch(p, f, ',') ||
                is_ch(p, f, '.') || is_ch(p, f, ';') || has(p, f, CG_R_FROM_STOP))
                break;
            size_t e = phrase_end(p, f, CG_R_DATED, NULL);
            if (e != NOPE && f > k && date_starts(p, e)) {
                gen_a = tk(p, k)->start;
                gen_b = tk(p, (to != NOPE ? to : f) - 1)->end;
                dk = e;
                break;
            }
        }
    }
    /* "the letter of the Permanent Representative of Armenia dated 5 May
     * 2021", "la lettre du Représentant permanent de l'Arménie en date du 5
     * mai 2021", "la carta del Representante Permanente de Azerbaiyán de
     * fecha ...": the sender first, after "of"; a name (a capital) */
    if ((dk == NOPE || !date_starts(p, dk)) && !p->L->genitive && has(p, k, CG_R_OF) &&
        !date_starts(p, k + 1) && (tk(p, skip_article(p, k + 1))->flags & TF_CAP)) {
        size_t s0 = skip_article(p, k + 1), to = NOPE, e;
        for (size_t f = s0; tk_type(p, f) != TK_EOF && f < s0 + 40; f++) {
            if ((e = words_at(p, f, CG_LIST_SENDER_WORDS)) != NOPE) {
                f = e - 1; /* "a.i." */
                continue;
            }
            if ((tk(p, f)->flags & TF_PARA) || is_ch(p, f, '(') || is_ch(p, f, ',') || is_ch(p, f, '.') ||
                is_ch(p, f, ';') || has(p, f, CG_R_FROM_STOP) || has(p, f, CG_R_SENT_END) ||
                has(p, f, CG_R_LETTER_NOUN) || has(p, f, CG_R_NOTE_NOUN) || has(p, f, CG_R_ADDRESSED))
                break;
            /* "to the Secretary-General": the sender ends, the date may follow
             * ("to the United Nations" is the sender's) */
            if (to == NOPE && has(p, f, CG_R_TO) && phrase_end(p, f + 1, CG_R_UNITED_NATIONS, NULL) == NOPE)
                to = f;
            e = phrase_end(p, f, CG_R_DATED, NULL);
            if (e == NOPE && has(p, f, CG_R_OF))
                e = f + 1;
            if (e != NOPE && f > s0 && date_starts(p, e)) {
                gen_a = tk(p, s0)->start;
                gen_b = tk(p, (to != NOPE ? to : f) - 1)->end;
                dk = e;
                break;
            }
        }
    }
    if (gen_a == NOPE && dk != NOPE && !date_starts(p, dk) && !p->L->genitive && has(p, k, CG_R_OF))
        return NOPE; /* "lettre du Représentant ..." without a date */
    if (dk == NOPE && !(has(p, k, CG_R_OF) && date_starts(p, k + 1)))
        return NOPE;
    if (dk == NOPE)
        dk = k + 1;
    size_t head = has(p, i, CG_R_VERBALE) ? i - 1 : i; /* "note verbale" */
    if (head > 0 && has(p, head - 1, CG_R_VERBALE))
        head--; /* "вербальная нота" */
    if (p->L->genitive && head > 0 && has(p, head - 1, CG_R_IDENTICAL))
        head--; /* "мои идентичные письма" */
    char iso[8][16];
    size_t nd = 0, paren[8], amb[8];
    int last_alone = 0;
    size_t end = dates_head_first(p, dk, iso, &nd, paren, amb, &last_alone);
    if (end == NOPE)
        return NOPE;
    /* "от 29 декабря 2020 года", "2020 г." */
    if (p->L->genitive && tk_type(p, end) == TK_WORD && has(p, end, CG_R_YEAR_WORD))
        end += is_ch(p, end + 1, '.') ? 2 : 1;
    size_t dates_end = end, seg_a = tk(p, end - 1)->end, seg_b = seg_a, close;
    /* "the letters dated 2 November 2022 and 30 November 2022 (S/2022/900)
     * from ...": the last date's symbol, when it is written whole and alone;
     * whose it is is not said after days sharing a month */
    size_t each_syms[8], each_close = NOPE;
    if ((each_close = symbols_each(p, end, nd, each_syms)) != NOPE) {
        end = each_close + 1; /* "(S/2022/812 and S/2022/900)": one each, in order */
    } else if (nd > 1 && (close = symbol_paren(p, end)) != NOPE) {
        if (last_alone)
            paren[nd - 1] = end;
        else
            amb[nd - 1] = end;
        end = close + 1;
    }
    if (gen_a != NOPE) {
        seg_a = gen_a;
        seg_b = gen_b;
    }
    /* "the letters dated 1 and 5 March 2022, respectively, from …", "… от 1
     * и 5 марта 2022 года соответственно": each date its sender */
    int resp = 0;
    if (nd > 1) {
        size_t r = words_at(p, is_ch(p, end, ',') ? end + 1 : end, CG_LIST_RESPECTIVELY);
        if (r != NOPE) {
            resp = 1;
            end = r;
        }
    }
    /* from SENDER [addressed to ...] | [,] addressed to ... by SENDER */
    size_t resume = NOPE; /* the end of the sender's State (sender_part_end) */
    for (int part = 0; part < 2; part++) {
        size_t q = end;
        if (is_ch(p, q, ',') && (has(p, q + 1, CG_R_ADDRESSED) || has(p, q + 1, CG_R_FROM)))
            q++;
        /* "the letter dated 18 April 2022 that I addressed to you.", "la
         * carta de fecha … que le dirigí,": the writer's own, when the clause
         * ends there (the Arabic "التي وجهتها إليكم" may also say "which she
         * addressed to you" before its sender) */
        size_t mw = part == 0 && seg_a == seg_b && !mine_said ? words_at(p, q, CG_LIST_MY_LETTER_AFTER) : NOPE;
        if (mw != NOPE && ((tk(p, mw)->flags & TF_PARA) || tk_type(p, mw) == TK_EOF || is_ch(p, mw, ',') ||
                           is_ch(p, mw, '.') || is_ch(p, mw, ';') || is_ch(p, mw, '(') || is_ch(p, mw, ')') ||
                           has(p, mw, CG_R_LIST_SEP) || has(p, mw, CG_R_SENT_END))) {
            mine_said = 1;
            end = mw;
            break;
        }
        /* "письмо от 12 мая 2022 года Министра иностранных дел
         * Азербайджана": the genitive sender after the date */
        int gen_after = part == 0 && seg_a == seg_b && p->L->genitive && !mine_said &&
                        words_at(p, q, CG_LIST_SENDER_START) != NOPE;
        /* (or a clause that names the sender: "… que le Représentant
         * permanent de … vous a adressée"; or after the clause's verb: "…
         * que le dirigió el Representante Permanente de …", "… que vous a
         * adressée le Représentant permanent de …", an addressee between:
         * "… que dirigió al Secretario General el …") */
        size_t rel = NOPE, verb = NOPE;
        if (part == 0 && seg_a == seg_b && !mine_said && !has(p, i, CG_R_MY) &&
            owner_before(p, head, CG_R_MY) == NOPE) {
            rel = words_at(p, q, CG_LIST_SENDER_REL);
            verb = words_at(p, q, CG_LIST_SENDER_VERB);
            if (verb != NOPE && has(p, verb, CG_R_TO))
                verb = skip_addressees(p, verb);
        }
        if ((has(p, q, CG_R_FROM) || rel == q + 1 || verb != NOPE || gen_after) && seg_a == seg_b) {
            size_t f = verb != NOPE ? verb : gen_after ? q : q + 1;
            /* in a script without capitals, the line's end once a State is
             * named ends the sender too: a title line and the text after it
             * (not where "to the United Nations" goes on over the break:
             * un_over_break) */
            int caseless = p->L->script == CG_SCRIPT_ARABIC;
            size_t w;
            while (tk_type(p, f) != TK_EOF && f < q + 40 && !(tk(p, f)->flags & TF_PARA) &&
                   !is_ch(p, f, '(') && !is_ch(p, f, ',') && !is_ch(p, f, '.') && !is_ch(p, f, ';') &&
                   !has(p, f, CG_R_ADDRESSED) && !has(p, f, CG_R_FROM_STOP) &&
                   !has(p, f, CG_R_LETTER_NOUN) && !has(p, f, CG_R_NOTE_NOUN) && /* another description */
                   words_at(p, f, CG_LIST_RESPECTIVELY) == NOPE &&
                   !(has(p, f, CG_R_AND) && another_date_at(p, f + 1)) && /* another_letter */
                   !(caseless && (tk(p, f)->flags & TF_NL) && states_in(p, tk(p, q)->start, tk(p, f - 1)->end, q) &&
                     !un_over_break(p, q, f)) &&
                   !sender_line_ends(p, q, f))
                /* "the Chargé d'affaires a.i.": its full stops are the sender's */
                f = (w = words_at(p, f, CG_LIST_SENDER_WORDS)) != NOPE ? w : f + 1;
            /* (a clause names the sender only up to its verb of sending:
             * "my letter dated 3 March 2022 that the Russian Federation had
             * shelled Kharkiv" says what the letter said) */
            if (verb == NOPE && rel == q + 1 && !has(p, f, CG_R_ADDRESSED))
                break;
            size_t from = verb != NOPE ? verb : gen_after ? q : q + 1;
            f = sender_state_end(p, from, f);
            resume = sender_part_end(p, from, f);
            seg_a = tk(p, q)->start;
            seg_b = tk(p, f - 1)->end;
            end = f;
        } else if (phrase_end(p, q, CG_R_ADDRESSED, NULL) != NOPE) {
            end = skip_addressees(p, phrase_end(p, q, CG_R_ADDRESSED, NULL));
        } else if (has(p, q, CG_R_TO) && skip_addressees(p, q) > q) {
            end = skip_addressees(p, q); /* "the letter of 3 March 2022 to the Secretary-General from …" */
        } else {
            break;
        }
    }
    /* "… from the Permanent Representatives of Azerbaijan and Türkiye,
     * respectively" */
    if (nd > 1 && !resp) {
        size_t r = words_at(p, is_ch(p, end, ',') ? end + 1 : end, CG_LIST_RESPECTIVELY);
        if (r != NOPE) {
            resp = 1;
            end = r;
        }
    }
    /* "my letter"; "رسالتي": the noun says it; "my two previous letters";
     * "the letter I addressed to you" */
    size_t my = owner_before(p, head, CG_R_MY);
    int mine = my != NOPE || has(p, i, CG_R_MY) || mine_said;
    const char *theirs = NULL, *joint = NULL;
    /* "its note verbale"; "مذكرتها الشفوية": the noun says it */
    /* (also before words of cg_lang.letter_before: "In their joint letter") */
    size_t their = owner_before(p, head, CG_R_THEIR);
    int its = has(p, i, CG_R_ITS) || owner_before(p, head, CG_R_ITS) != NOPE || their != NOPE;
    if (!mine && seg_a == seg_b && its) {
        /* "the Permanent Mission of Ukraine stated in its note verbale": the
         * State named last before it in the sentence */
        size_t a, b;
        size_t hs = tk(p, head)->start;
        cg_sentence_bounds(p->text, hs, &a, &b);
        a = sentence_start(p, hs);
        const char *all = states_in(p, a, hs, head);
        int after = 0;
        if (!all) { /* "In its note verbale dated ..., Azerbaijan claimed" */
            all = states_in(p, tk(p, end - 1)->end, b, end);
            after = 1;
        }
        if (all) {
            /* "its": the State named last before, the first after ("In its
             * letter dated …, the Russian Federation claimed that Ukraine
             * …"); "their" (a joint letter): the first */
            size_t fl = strcspn(all, " ");
            const char *last = strrchr(all, ' ');
            if (their != NOPE) {
                theirs = cg_arena_strndup(p->arena, all, fl);
                joint = all;
            } else {
                theirs = after ? cg_arena_strndup(p->arena, all, fl) : last ? last + 1 : all;
            }
        }
    }
    /* "Armenia's letter of 5 May 2021": the State right before 's */
    if (!mine && !theirs && seg_a == seg_b && head >= 3 && tk_type(p, head - 1) == TK_WORD &&
        tlen(p, head - 1) == 1 && (ttext(p, head - 1)[0] == 's') && is_apostrophe(p, head - 2) &&
        !(tk(p, head - 1)->flags & TF_WS) && !(tk(p, head - 2)->flags & TF_WS)) {
        for (size_t q = head - 2; q-- > 0 && head - 2 - q <= 8;) {
            const cg_tpay *pay = NULL;
            size_t n = cg_phrase(p, q, CG_R_STATE, p->lbit, &pay);
            if (n && q + n == head - 2) {
                theirs = cg_registry_state((size_t)pay->value);
                head = q > 0 && has(p, q - 1, CG_R_ARTICLE_DEF) ? q - 1 : q;
                break;
            }
        }
    }
    if (theirs)
        seg_a = seg_b = 0;
    size_t start = mine && my != NOPE && !has(p, i, CG_R_MY) ? my : head, next = end;
    if (!mine && head > 0 && has(p, head - 1, CG_R_IDENTICAL))
        start = head - 1; /* "the identical letters dated ...": the text says its form */
    p->one_letter = nd == 1;
    /* "... dated 13 May and 17 May 2021 from the Permanent Representative
     * of Armenia addressed to the Secretary-General (A/75/875-S/2021/467
     * and A/75/879-S/2021/479)": one each, after the whole description */
    int own = 0;
    for (size_t q = 0; q < nd; q++)
        own |= paren[q] != NOPE || amb[q] != NOPE;
    if (each_close == NOPE && !own && (each_close = symbols_each(p, end, nd, each_syms)) != NOPE)
        next = each_close + 1;
    for (size_t q = 0; q < nd; q++) {
        /* with several dates, a symbol in brackets is a date's own only
         * right after it written whole and alone: "2 November 2022
         * (S/2022/812) and 30 November 2022 (S/2022/900)", not "1 and 5
         * October 2020 (S/2020/9)" */
        int take = nd == 1 || paren[q] != NOPE || (q == nd - 1 && last_alone);
        size_t stop = paren[q] != NOPE ? paren[q] : nd > 1 ? dates_end : end;
        p->each_sym = each_close != NOPE ? each_syms[q] : 0;
        const char *each = resp && !theirs ? nth_state(p, seg_a, seg_b, nd, q) : NULL;
        size_t r = each     ? letter_ref_from(p, start, iso[q], each, stop, NULL, take)
                   : theirs ? letter_ref_from(p, start, iso[q], theirs, stop, joint, take)
                            : letter_ref(p, start, iso[q], seg_a, seg_b, stop, mine, take);
        p->each_sym = 0;
        if (r == NOPE)
            return NOPE;
        if (paren[q] != NOPE)
            symbols_in(p, r, symbol_paren(p, paren[q])); /* "(S/2022/812 and Corr.1)" */
        if (amb[q] != NOPE)
            symbols_in(p, amb[q] + 1, symbol_paren(p, amb[q]));
        if (r > next)
            next = r;
    }
    /* nothing taken after the description: the words after the sender's
     * State are read again */
    if (resume != NOPE && next == end && resume < end)
        next = resume;
    /* "the letters dated 1 March 2022 from Azerbaijan and 5 March 2022 from
     * Türkiye": more letters, each with its own date and sender */
    if (nd == 1 && !mine && !resp && seg_b > seg_a && next <= end)
        for (size_t more, at = end; (more = another_letter(p, at)) != NOPE;)
            next = at = more;
    return next;
}
