/* scan_numbers.c: resolution and decision numbers, alone and in lists.
 *
 *   head last (zh)   [body] [date] 第 822(1993)、853(1993) 和 884(1993) 号决议
 *   head first (en)  resolutions 72/194, 72/284 and 75/291 [of the Security Council]
 *   bare             2625 (XXV), 217 A (III): a General Assembly resolution of
 *                    the first thirty sessions
 * The body that adopted them is the one named closest before in the
 * sentence, or right after the list ("of the Economic and Social
 * Council"), or for "its resolutions" the body that issued the document. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "tables.h"

long cg_sc_year(long n)
{
    return n > 0 && (unsigned long)n < cg_nsc_years ? cg_sc_years[n] : 0;
}

int cg_prst_on(uint32_t ymd, long *year, long *number)
{
    if (ymd < cg_prst_first || ymd > cg_prst_last)
        return CG_UNRES_PRST_OUTSIDE;
    size_t lo = 0, hi = cg_nprst;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cg_prst[mid].date < ymd)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == cg_nprst || cg_prst[lo].date != ymd)
        return CG_UNRES_PRST_NONE;
    if (lo + 1 < cg_nprst && cg_prst[lo + 1].date == ymd)
        return CG_UNRES_PRST_SEVERAL;
    if (!cg_prst[lo].alone)
        return CG_UNRES_PRST_GAP;
    *year = cg_prst[lo].year;
    *number = cg_prst[lo].number;
    return CG_UNRES_NONE;
}

const char *cg_unresolved_reason(int why)
{
    switch (why) {
    case CG_UNRES_SC_NUMBER:
        return "a Security Council resolution number outside the table of resolutions, written without its year";
    case CG_UNRES_PRST_NONE:
        return "no statement by the President of the Security Council that day in the table";
    case CG_UNRES_PRST_SEVERAL:
        return "several statements by the President of the Security Council that day in the table";
    case CG_UNRES_PRST_GAP:
        return "one statement that day in the table, but a statement numbered next to it is missing from the table";
    case CG_UNRES_PRST_OUTSIDE:
        return "a date outside the table of presidential statements";
    case CG_UNRES_LETTER_NO_SENDER:
        return "a letter described without a State as its sender";
    case CG_UNRES_GA_YEAR:
        return "a General Assembly resolution cited by its number and a year: its symbol needs the session, which the year does not give";
    case CG_UNRES_BODY_YEAR:
        return "a resolution of the Economic and Social Council, the Human Rights Council or the Commission on Human Rights cited by its number and a year: its symbol is not the number and the year";
    default:
        return "unresolved";
    }
}

static int parse_item(P *p, size_t i, cg_item *it)
{
    const cg_token *t = tk(p, i);
    if (t->type == TK_EOF)
        return 0;
    const char *s = ttext(p, i);
    size_t n = tlen(p, i);
    memset(it, 0, sizeof *it);
    it->tok = i;
    switch (t->type) {
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
        /* the Arabic texts' session: د-25, الدورة 16 -> XXV, XVI; the
         * Economic and Social Council's too, د-48 -> XLVIII */
        if ((unsigned char)it->roman[0] >= 0x80) {
            const char *dg = it->roman;
            while (*dg && !(*dg >= '0' && *dg <= '9'))
                dg++;
            long sn = strtol(dg, NULL, 10);
            if (sn < 1 || sn > 99)
                return 0;
            static const char *const tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
                              *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
            snprintf(it->roman, sizeof it->roman, "%s%s", tens[sn / 10], ones[sn % 10]);
        }
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
        } else if ((unsigned char)s[0] >= 0x80) {
            /* دإط-11/1, دإ-34/1 */
            strcpy(it->special, n > 6 && memcmp(s, "دإط", 6) == 0 ? "ES-" : "S-");
            while (*s && *s != '-')
                s++;
            s++;
        }
        it->a = strtol(s, NULL, 10);
        const char *q = memchr(s, '/', n);
        it->b = q ? strtol(q + 1, NULL, 10) : 0;
        /* 10/48-POL, 2/47-ORG: the committee suffix of another
         * organization's numbering (the OIC's), never the UN's */
        if (is_ch(p, i + 1, '-') && tk(p, i + 1)->start == t->end && tk_type(p, i + 2) == TK_WORD &&
            (tk(p, i + 2)->flags & TF_UPPER) && tk(p, i + 2)->start == tk(p, i + 1)->end)
            return 0;
        return it->a > 0 && it->b > 0;
    }
    default:
        return 0;
    }
}

char *item_target(const cg_item *it, int body, int decision, cg_kind *kind)
{
    switch (it->form) {
    case 'P':
        /* "安理会第 2231 号决议": a Security Council number without its year;
         * kept only if the letter gives the year elsewhere (settle) */
        if (decision || body != 'S' || it->a > 9999)
            return NULL;
        *kind = CG_KIND_SC_RESOLUTION;
        return cg_xsprintf("S/RES/%ld", it->a);
    case 'Y':
        if (decision || item_unresolved(it, body, 0))
            return NULL;
        /* a number and a year the Council's table does not pair, the
         * Council not named: another body's ("resolution 1 (1952)") */
        if (body != 'S' && cg_sc_year(it->a) && cg_sc_year(it->a) != it->b)
            return NULL;
        *kind = CG_KIND_SC_RESOLUTION;
        return cg_xsprintf("S/RES/%ld(%ld)", it->a, it->b);
    case 'R':
        if (decision)
            return NULL;
        /* the General Assembly numbered sessions in Roman up to XXX; a
         * higher one is ECOSOC's, whatever other body is named (人权理事会第
         * 1503(XLVIII)号决议), never the Assembly's; the Commission on Human
         * Rights' own are not read */
        if (body == 'C')
            return NULL;
        if (body == 'E' || (body != 'A' && cg_roman_value(it->roman, strlen(it->roman)) > 30)) {
            *kind = CG_KIND_DOCUMENT;
            return cg_xsprintf("E/RES/%ld(%s)", it->a, it->roman);
        }
        if (cg_roman_value(it->roman, strlen(it->roman)) > 30)
            return NULL;
        *kind = CG_KIND_GA_RESOLUTION;
        return cg_xsprintf("A/RES/%ld(%s)", it->a, it->roman);
    case 'N':
        /* the Human Rights Council numbers its resolutions below 101 (its
         * decisions from 101 on), ECOSOC and the Commission on Human Rights
         * theirs year/number: a number that cannot be theirs is read as if
         * no body were named (人权理事会依照第 60/251 号决议设立, "the Council,
         * established by resolution 60/251": the Assembly's) */
        if ((body == 'H' && !decision && !it->special[0] && it->b > 100) ||
            ((body == 'E' || body == 'C') && !it->special[0] && it->a < 1946))
            body = 0;
        /* the Human Rights Council's special sessions: A/HRC/RES/S-34/1 */
        if (body == 'H' && strcmp(it->special, "S-") == 0) {
            *kind = CG_KIND_DOCUMENT;
            return cg_xsprintf("A/HRC/%s/S-%ld/%ld", decision ? "DEC" : "RES", it->a, it->b);
        }
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
        /* a Council resolution written number/year, as some national
         * texts do ("resolution 2202/2015"): only when the Council's table
         * pairs them, the Council or no body named */
        if (!decision && (body == 'S' || !body) && it->b >= 1946 && cg_sc_year(it->a) == it->b) {
            *kind = CG_KIND_SC_RESOLUTION;
            return cg_xsprintf("S/RES/%ld(%ld)", it->a, it->b);
        }
        /* the Assembly numbers its resolutions and decisions session/number
         * from its thirty-first session on (31/1, 1976): "8/123", "15/4"
         * are another body's */
        if (it->a < 31)
            return NULL;
        /* ECOSOC numbers them year/number; a first number neither a year
         * nor a session the Assembly held ("2202/2015", "500/12") is
         * nobody's */
        if (it->a > 2100 || (it->a > 150 && it->a < 1946))
            return NULL;
        /* the Assembly's sessions number a few hundred resolutions, their
         * decisions from 401 or 501 on: "123/2022" (a ministry's order) is
         * none of them */
        if (it->a < 1946 && it->b > (decision ? 999 : 400))
            return NULL;
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

int item_unresolved(const cg_item *it, int body, int decision)
{
    /* "General Assembly resolution 1514 (1960)": the Assembly's symbols
     * carry the session (A/RES/1514(XV)), which the contract does not let
     * a year give; ECOSOC's and the Councils' the same */
    if (it->form != 'Y' || decision)
        return CG_UNRES_NONE;
    if (body == 'A')
        return CG_UNRES_GA_YEAR;
    if (body == 'E' || body == 'H' || body == 'C')
        return CG_UNRES_BODY_YEAR;
    return CG_UNRES_NONE;
}

/* Numbers written without their year take the year (or session) of the
 * item that closes the list: "822、853 和 884(1993)". */
static void share_year(cg_item *items, size_t ni)
{
    for (size_t k = ni; k-- > 0;) {
        if (items[k].form != 'P' || items[k].closed)
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

/* Another organization named before the list at token i (`body` 'X'
 * from body_before), with words between: "The European Union welcomes
 * resolution 2231 (2015)", "The OSCE recalled resolution ES-11/1".  It
 * speaks of the resolutions, it did not adopt them, when each is
 * unmistakably the UN's (a Security Council number with the year the
 * Council's table pairs it with, an emergency special session's): 0 then,
 * else 'X'.  Named right before the noun ("PACE resolution 2433 (2022)",
 * "OIC resolution 10/48-POL") it stays the author. */
static int other_body_far(P *p, size_t i, const cg_item *items, size_t ni)
{
    for (size_t q = i; q-- > 0 && i - q <= 10;) {
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, q, CG_R_BODY, p->lbit, &pay);
        if (n && q + n == i)
            return 'X';
    }
    for (size_t k = 0; k < ni; k++) {
        const cg_item *it = &items[k];
        int sc = it->form == 'Y' && cg_sc_year(it->a) == it->b;
        int es = it->form == 'N' && strcmp(it->special, "ES-") == 0;
        if (!sc && !es)
            return 'X';
    }
    return 0;
}

/* "the Council" alone before items of the shapes the Human Rights Council
 * and ECOSOC number theirs by (session/number, Roman): the document's own
 * Council when it is one of theirs, settled at the end (-2); else body. */
static int lone_council(P *p, int body, const cg_item *items, size_t ni)
{
    if (body != 'S' || !p->lone_council)
        return body;
    for (size_t k = 0; k < ni; k++)
        if ((items[k].form != 'N' && items[k].form != 'R') ||
            (items[k].form == 'N' && items[k].b >= 1946 && cg_sc_year(items[k].a) == items[k].b))
            return body; /* (2202/2015: the Council's number and year) */
    return -2;
}

/* No body named, items session/number all with a session below the
 * Assembly's first of that numbering (31): no Assembly resolution, so the
 * body that issued the document (-1), which makes them the Human Rights
 * Council's in one of its documents ("resolution 5/1" in A/HRC/52/G/5)
 * and nobody's elsewhere, as before.  With a session of 31 or more among
 * them (-3, MD_OWN_HRC), settled when the document's symbol and date are
 * known: "the Commission of Inquiry, established by resolution 49/1" in
 * a Human Rights Council document of 2023 is the Council's. */
static int low_session_own(int body, const cg_item *items, size_t ni)
{
    if (body || !ni)
        return body;
    int low = 1;
    for (size_t k = 0; k < ni; k++) {
        if (items[k].form != 'N' || items[k].special[0])
            return body;
        if (items[k].a >= 31)
            low = 0;
    }
    return low ? -1 : -3;
}

/* body < 0: the body that issued the document, known at the end (-2: its
 * Council, MD_OWN_COUNCIL; -3: MD_OWN_HRC). */
static void add_items(P *p, cg_item *items, size_t ni, int body, int decision)
{
    if (body == 'X')
        return; /* a body outside the United Nations */
    share_year(items, ni);
    for (size_t k = 0; k < ni; k++) {
        cg_kind kind = CG_KIND_DOCUMENT;
        char *target = item_target(&items[k], body < 0 ? 0 : body, decision, &kind);
        const cg_token *t = tk(p, items[k].tok);
        if (body < 0) {
            /* a placeholder, settled with the document's own body */
            add(p, target ? target : "?", kind, NULL, NULL, NULL, t->start, t->end);
            cg_mention *m = last_mention_ptr(p);
            m->deferred = body == -2 ? MD_OWN_COUNCIL : body == -3 ? MD_OWN_HRC : MD_OWN_BODY;
            m->item = items[k];
            m->decision = (uint8_t)decision;
        } else if (target) {
            add(p, target, kind, NULL, NULL, NULL, t->start, t->end);
        } else {
            int why = item_unresolved(&items[k], body, decision);
            if (why) {
                char key[48];
                snprintf(key, sizeof key, "%ld(%ld)", items[k].a, items[k].b);
                add(p, key, kind, NULL, NULL, NULL, t->start, t->end);
                unresolve(last_mention_ptr(p), why);
            }
        }
        cg_free(target);
    }
}

/* A separator between the items of a list: 、 , ， 和 及 与 或 以及. */
static size_t list_sep(P *p, size_t i)
{
    size_t e = phrase_end(p, i, CG_R_AS_WELL_AS, NULL);
    if (e != NOPE)
        return e;
    if (has(p, i, CG_R_LIST_SEP) || has(p, i, CG_R_AND) || has(p, i, CG_R_OR))
        return i + 1;
    /* a range: 第1718(2006)号至第2397(2017)号决议 (the two ends are cited) */
    if (tk_type(p, i) == TK_CHAR && cg_token_cp(p->s, tk(p, i)) == 0x81F3)
        return i + 1;
    return NOPE;
}

/* 2010年3月1日 before a number in a list. */
static size_t skip_date_head_last(P *p, size_t i)
{
    if (tk_type(p, i) == TK_NUM && has(p, i + 1, CG_R_YEAR_MARK) && tok_long(p, i + 2) > 0 &&
        has(p, i + 3, CG_R_MONTH_MARK) && tok_long(p, i + 4) > 0 && has(p, i + 5, CG_R_DAY_MARK))
        return i + 6;
    return i;
}

/* A part letter at k: a capital alone, or one of the language's names for
 * them (cg_lang.part_letters: Arabic ألف, باء, ...). */
static int part_letter(P *p, size_t k)
{
    if (tk_type(p, k) != TK_WORD)
        return 0;
    if (tlen(p, k) == 1 && isupper((unsigned char)*ttext(p, k)))
        return 1;
    return p->L->part_letters && words_at(p, k, CG_LIST_PART_LETTERS) == k + 1;
}

/* A second part letter's name at k with the language's "and" joined to it
 * ("ألف وباء"). */
static int joined_part_letter(P *p, size_t k)
{
    const char *a = p->L->joined_and;
    if (!a || !p->L->part_letters || tk_type(p, k) != TK_WORD)
        return 0;
    char have[64];
    size_t hl = cg_token_key(p->s, tk(p, k), have, sizeof have), al = strlen(a);
    if (hl <= al || memcmp(have, a, al))
        return 0;
    return word_in_list(p, CG_LIST_PART_LETTERS, cg_registry_vid(p->reg, have + al, hl - al));
}

/* Whether a subject stands between "其" (and a date) and the list at
 * token i: "回顾其 2021 年 3 月 23 日关于人权状况的第 46/1 号决议",
 * "回顾其关于…的第 46/1 号决议". */
static int its_subject_before(P *p, size_t i)
{
    if (i < 4 || !has(p, i - 1, CG_R_DE))
        return 0;
    for (size_t q = i - 1, steps = 0; q-- > 0 && steps < 60; steps++) {
        if ((tk(p, q + 1)->flags & TF_PARA) || has(p, q, CG_R_SENT_END) || has(p, q, CG_R_NUM_PREFIX) ||
            phrase_end(p, q, CG_R_RES_NOUN, NULL) != NOPE || tk_type(p, q) == TK_SYMBOL ||
            tk_type(p, q) == TK_SLASHNUM || tk_type(p, q) == TK_NUM_YEAR)
            return 0;
        if (phrase_end(p, q, CG_R_ABOUT, NULL) == NOPE)
            continue;
        /* the date before the subject: 2021 年 3 月 23 日 */
        size_t b = q;
        for (int n = 0; n < 6 && b > 0 && (tk_type(p, b - 1) == TK_NUM || has(p, b - 1, CG_R_YEAR_MARK) ||
                                           has(p, b - 1, CG_R_MONTH_MARK) || has(p, b - 1, CG_R_DAY_MARK));
             n++)
            b--;
        return b > 0 && has(p, b - 1, CG_R_ITS);
    }
    return 0;
}

/* Whether the list at token i goes on, after a separator, from a list of
 * "its" resolutions: "回顾其第 1996/31 号决议和第 1701(2006)号决议",
 * "Recalling its resolution 5/1 and resolution 5/2". */
static int its_continues(P *p, size_t i)
{
    return p->its_next && list_sep(p, p->its_next) == i;
}

/* Whether the list at token i picks out resolutions of a body the writer
 * called its own just before, in the same sentence: "Recalling all its
 * previous resolutions on the question, in particular resolutions 46/1 and
 * 49/1", "回顾其以往关于这一问题的各项决议，特别是第 46/1 号决议": "in
 * particular" (特别是, including), then "its … resolutions" (其…决议)
 * with no number and no body between. */
static int its_resolutions_before(P *p, size_t i)
{
    size_t k = NOPE;
    for (size_t q = i; q-- > 0 && i - q <= 3;)
        if (phrase_end(p, q, CG_R_ALSO_INCLUDING, NULL) == i) {
            k = q;
            break;
        }
    if (k == NOPE || (tk(p, k)->flags & TF_PARA))
        return 0;
    if (k > 0 && has(p, k - 1, CG_R_LIST_SEP))
        k--;
    for (size_t q = k, steps = 0; q-- > 0 && steps < 30; steps++) {
        const cg_token *t = tk(p, q);
        int ty = t->type;
        /* a number (not 一 of 这一问题) or a symbol: a list of its own */
        if ((ty == TK_NUM && isdigit((unsigned char)*ttext(p, q))) || ty == TK_NUM_YEAR ||
            ty == TK_NUM_ROMAN || ty == TK_SLASHNUM || ty == TK_SYMBOL || has(p, q, CG_R_SENT_END) ||
            phrase_end(p, q, CG_R_BODY, NULL) != NOPE || has(p, q, CG_R_MY))
            return 0;
        if (phrase_end(p, q, CG_R_RES_NOUN, NULL) != NOPE) {
            for (size_t r = q, n = 0; r-- > 0 && n < 20; n++) {
                if (has(p, r, CG_R_ITS) || has(p, r, CG_R_THEIR))
                    return 1;
                if (has(p, r, CG_R_SENT_END) || phrase_end(p, r, CG_R_BODY, NULL) != NOPE ||
                    phrase_end(p, r, CG_R_RES_NOUN, NULL) != NOPE || (tk(p, r + 1)->flags & TF_PARA))
                    return 0;
            }
            return 0;
        }
        if (t->flags & TF_PARA)
            return 0;
    }
    return 0;
}

cg_item *cg_item_room(P *p, cg_item **items, size_t *cap, size_t n)
{
    if (n < *cap)
        return *items + n;
    if (*cap >= MAX_LIST_ITEMS)
        return NULL;
    cg_item *v = cg_arena_alloc(p->arena, 2 * *cap * sizeof *v);
    memcpy(v, *items, n * sizeof *v);
    *items = v;
    *cap *= 2;
    return v + n;
}

/* [body] [date] 第 N(YYYY) [号] {sep [date] [第] N(YYYY) [号]} 号决议|号决定 */
size_t rule_numbers_head_last(P *p, size_t i)
{
    cg_item local[MAX_ITEMS], *items = local, *slot;
    size_t cap = MAX_ITEMS;
    size_t ni = 0, j = i, end = NOPE;
    int decision = 0;
    for (;;) {
        size_t k = skip_date_head_last(p, j);
        if (has(p, k, CG_R_NUM_PREFIX))
            k++;
        if (!(slot = cg_item_room(p, &items, &cap, ni)) || !parse_item(p, k, slot))
            break;
        ni++;
        k++;
        if (part_letter(p, k)) {
            k++; /* part letters: 53/243 A, 53/243 A 和 B */
            size_t q;
            while ((q = list_sep(p, k)) != NOPE && part_letter(p, q))
                k = q + 1;
        }
        size_t m = k;
        if (has(p, k, CG_R_NUM_SUFFIX)) {
            size_t e;
            if ((e = phrase_end(p, k + 1, CG_R_RES_NOUN, NULL)) != NOPE) {
                end = e;
                break;
            }
            if ((e = phrase_end(p, k + 1, CG_R_DEC_NOUN, NULL)) != NOPE) {
                end = e;
                decision = 1;
                break;
            }
            m = k + 1;
            items[ni - 1].closed = 1; /* 第 2216 号和第 2140(2014)号决议 */
        }
        size_t s = list_sep(p, m);
        if (s == NOPE) {
            /* a separator missing: "1701(2006)、2539(2020) 2591(2021)号",
             * "第 69/292 号 第 72/249 号决议"; only items that cannot be
             * read as anything else (not a bare number) */
            cg_item probe;
            size_t q = skip_date_head_last(p, m);
            if (has(p, q, CG_R_NUM_PREFIX))
                q++;
            if (!parse_item(p, q, &probe) || probe.form == 'P' || probe.form != items[ni - 1].form)
                break;
            s = m;
        }
        j = s;
    }
    if (end == NOPE)
        return NOPE;
    int body = body_before(p, tk(p, i)->start, i);
    if (body == 'X')
        body = other_body_far(p, i, items, ni);
    body = lone_council(p, body, items, ni);
    if (!body && items[0].form == 'N')
        body = body_subject(p, i);
    if (!body && i > 0 &&
        (has(p, i - 1, CG_R_ITS) || its_resolutions_before(p, i) || its_continues(p, i) || its_subject_before(p, i))) {
        /* "回顾其第 1514(1960) 号决议": the body the preamble speaks for
         * ("大会，"), else the body that issued the document, as after
         * "its resolutions" */
        body = p->subject_body ? p->subject_body : -1;
        p->its_next = end;
    }
    add_items(p, items, ni, low_session_own(body, items, ni), decision);
    return end;
}

/* "of 18 December 2015", "du 1er octobre 2020", "de 23 de diciembre de
 * 2016" after a resolution number; or the words that say "dated" in the
 * language's data ("المؤرخ 11 آب/أغسطس 2006", "المؤرخ في 27 آذار/مارس
 * 2014", "de fecha 23 de diciembre de 2016") before a whole date */
size_t skip_date_head_first(P *p, size_t i)
{
    long mo, y, d;
    size_t dn = phrase_end(p, i, CG_R_DATED, NULL);
    /* ("of March 1, 2010", "dated March 1, 2010") */
    size_t mf = month_first_at(p, dn != NOPE ? dn : i, &mo, &d, &y);
    if (mf != NOPE)
        return mf;
    if (dn != NOPE && tk_type(p, dn) == TK_NUM) {
        size_t k = month_at(p, skip_day_mark(p, dn + 1), &mo);
        size_t e = k != NOPE ? year_at(p, k, &y) : NOPE;
        if (e != NOPE)
            return e;
    }
    if (has(p, i, CG_R_OF) && tk_type(p, i + 1) == TK_NUM) {
        size_t k = month_at(p, skip_day_mark(p, i + 2), &mo);
        if (k == NOPE)
            return i;
        size_t e = year_at(p, k, &y);
        return e != NOPE ? e : k;
    }
    return i;
}

/* The separator at k (", ", "and", ", and", "as well as") and the token
 * after it; k itself when there is none. */
static size_t sep_head_first(P *p, size_t k)
{
    if (has(p, k, CG_R_LIST_SEP))
        k++;
    size_t e;
    if (has(p, k, CG_R_AND) || has(p, k, CG_R_OR))
        k++;
    else if ((e = phrase_end(p, k, CG_R_AS_WELL_AS, NULL)) != NOPE)
        k = e;
    return k;
}

/* it, an item read after another one (prev) without the list's usual
 * separator (after "to" or a semicolon), goes on with it: of prev's form,
 * with its own year or session. */
static int goes_on_like(const cg_item *it, const cg_item *prev)
{
    return it->form == prev->form && (it->form == 'Y' || it->form == 'N' || it->form == 'R');
}

/* An item of the list's kind at k, continuing it after a subject: one
 * that follows a separator or carries its own date ("..., 71/243 of 21
 * December 2016 on ...", "... at the global level 75/290 B of 25 June"); a
 * session/number item and a Roman-session item are both the Assembly's. */
static int continues(P *p, size_t k, int form, int after_sep)
{
    cg_item it;
    if (!parse_item(p, k, &it) || form == 'P')
        return 0;
    /* after a separator an Assembly item of either shape goes on:
     * "37/10 of 15 November 1982 on ..., 2625 (XXV) of 24 October 1970" */
    if (after_sep && ((form == 'N' && it.form == 'R') || (form == 'R' && it.form == 'N')))
        return 1;
    if (it.form != form)
        return 0;
    if (after_sep)
        return 1;
    size_t q = k + 1;
    if (part_letter(p, q))
        q++;
    return skip_date_head_first(p, q) != q;
}

/* After an item and its date, the subject it is on ("on the 2030 Agenda
 * for Sustainable Development,"): the next item of the list after it, or
 * NOPE.  A subject ends the list at a full stop, a semicolon, a colon, a
 * paragraph or a resolution or decision noun (another list). */
static size_t after_subject(P *p, size_t j, int form)
{
    if (tk_type(p, j) != TK_WORD || (tk(p, j)->flags & TF_CAP))
        return NOPE;
    for (size_t q = j; q < j + 60; q++) {
        const cg_token *t = tk(p, q);
        if (t->type == TK_EOF || (q > j && (t->flags & TF_PARA)) || is_ch(p, q, '.') || is_ch(p, q, ';') ||
            is_ch(p, q, ':') || has(p, q, CG_R_RES_NOUN) || has(p, q, CG_R_DEC_NOUN))
            return NOPE;
        size_t k = sep_head_first(p, q);
        if (k != q && continues(p, k, form, 1))
            return k;
        if (continues(p, q, form, 0))
            return q;
    }
    return NOPE;
}

/* The number's sign at j, if any, skipped: "رقم 2334 (2016)", "No. 2202
 * (2015)", "Nos. 242 and 338", "n° 2202", "núm. 2202", "№ 2202". */
static size_t skip_num_sign(P *p, size_t j)
{
    size_t sign = phrase_end(p, j, CG_R_NUM_PREFIX, NULL);
    if (sign == NOPE)
        return j;
    if (is_ch(p, sign, '.') && !(tk(p, sign)->flags & TF_WS))
        sign++;
    return sign;
}

/* Whether the Human Rights Council, named before the list, can have
 * adopted its session/number items by the letter's date: it holds three
 * sessions a year since 2006 (the forty-ninth to fifty-first in 2022), so
 * "la résolution 49/1 du Conseil des droits de l'homme et la résolution
 * 68/262" in a letter of 2022 names the Assembly's 68/262. */
static int hrc_could(P *p, const cg_item *items, size_t ni)
{
    int year = cg_meta_year(p);
    if (year < 2006)
        return 1; /* no date read: nothing to tell */
    long last = 3L * (year - 2006) + 3;
    for (size_t k = 0; k < ni; k++)
        if (items[k].form == 'N' && !items[k].special[0] && items[k].a > last)
            return 0;
    return 1;
}

/* The end of the body named right after a list at j ("of the Human Rights
 * Council", "du Conseil des droits de l'homme", "Совета по правам
 * человека", "لمجلس حقوق الإنسان"), or NOPE. */
static size_t body_after_end(P *p, size_t j)
{
    size_t e = phrase_end(p, j, CG_R_OF, NULL);
    if (e == NOPE && !p->L->genitive)
        return NOPE;
    if (e == NOPE)
        e = j;
    e = skip_article(p, e);
    const cg_tpay *pay = NULL;
    size_t n = cg_phrase(p, e, CG_R_BODY, p->lbit, &pay);
    return n ? e + n : NOPE;
}

static size_t numbers_head_first(P *p, size_t i, int cont);

/* A body citegraph does not know, named right after a list at j: an
 * abbreviation in capitals standing alone that is no body of the language
 * and not the United Nations ("la résolution 46/1 du XYZ", "резолюция 46/1
 * XYZ"), or, after "of", a capitalised name with no body in it ("resolution
 * 46/1 of the Ministry of Foreign Affairs", "la resolución 46/12 del
 * Ministerio del Interior"; not a month: "of March 2014").  Some body's,
 * but not one the Assembly's default may stand for.  The index after it,
 * or NOPE.  (Called where body_after found no body there.) */
static size_t unknown_acronym_end(P *p, size_t j)
{
    size_t e = phrase_end(p, j, CG_R_OF, NULL);
    int of = e != NOPE;
    if (!of && !p->L->genitive)
        return NOPE;
    if (!of)
        e = j;
    if (phrase_end(p, e, CG_R_UNITED_NATIONS, NULL) != NOPE)
        return NOPE; /* "of the UN" */
    e = skip_article(p, e);
    const cg_token *t = tk(p, e);
    if (t->type != TK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_PARA) || has(p, e, CG_R_MONTH))
        return NOPE;
    const cg_tpay *pay = NULL;
    if (cg_phrase(p, e, CG_R_BODY, p->lbit, &pay) || phrase_end(p, e, CG_R_UNITED_NATIONS, NULL) != NOPE)
        return NOPE;
    const cg_token *u = tk(p, e + 1);
    int more = u->type == TK_WORD && (u->flags & TF_CAP) && !(u->flags & TF_PARA);
    if (t->flags & TF_UPPER)
        return more ? NOPE : e + 1; /* the abbreviation alone */
    if (!of)
        return NOPE; /* (in the genitive, a capitalised word may start the next clause) */
    /* the name's capitalised words, with of, the, and between them */
    size_t end = e + 1;
    for (size_t k = e + 1; k < e + 14 && !(tk(p, k)->flags & TF_PARA); k++) {
        if (tk_type(p, k) == TK_WORD && (tk(p, k)->flags & TF_CAP))
            end = k + 1;
        else if (!(has(p, k, CG_R_OF) || has(p, k, CG_R_ARTICLE_DEF) || is_apostrophe(p, k)))
            break;
    }
    return end;
}

static int unknown_acronym_after(P *p, size_t j)
{
    return unknown_acronym_end(p, j) != NOPE;
}

/* Every item is a session and a number (46/1, ES-11/1), the shape the
 * Assembly is the default body of. */
static int all_session_numbers(const cg_item *items, size_t ni)
{
    for (size_t k = 0; k < ni; k++)
        if (items[k].form != 'N')
            return 0;
    return ni > 0;
}
static size_t list_goes_on(P *p, size_t j, int decision);

/* resolution(s) N {(, | and | , and | as well as) N} */
size_t rule_numbers_head_first(P *p, size_t i)
{
    return numbers_head_first(p, i, -1);
}

/* "the resolutions of the Security Council (822, 853, 874 and 884) of
 * 1993", "Security Council resolutions of 1993 (822, 853, 874 and 884)":
 * numbers in brackets after the noun, "of" its body or its year between or
 * not, the body named (after "of" or before the noun).  A bracket of plain numbers only, two or more, or one that is no
 * year ("the resolution of the Council (1993)" is its year).  The index of
 * the bracket's first number, its closing bracket in *close and the body
 * named in *body (0 when none); else NOPE. */
static size_t bracketed_numbers(P *p, size_t i, size_t j, int *body, size_t *close)
{
    size_t q = j;
    *body = 0;
    /* (the body or the year named: "of" after the noun, or a body right
     * before it; not "the resolutions (1 and 2) of the committee") */
    int named = 0;
    for (size_t b = 1; b <= 4 && b <= i && !named; b++)
        named = phrase_end(p, i - b, CG_R_BODY, NULL) == i;
    if (!named && !has(p, q, CG_R_OF))
        return NOPE;
    if (has(p, q, CG_R_OF)) {
        size_t b = skip_article(p, q + 1);
        const cg_tpay *pay = NULL;
        size_t nb = cg_phrase(p, b, CG_R_BODY, p->lbit, &pay);
        long y;
        if (nb && strchr("SAEH", pay->value)) {
            *body = pay->value;
            q = b + nb;
            size_t un = phrase_end(p, q, CG_R_UNITED_NATIONS, NULL);
            if (un != NOPE)
                q = un;
        } else if (tk_type(p, b) == TK_NUM && tlen(p, b) == 4 && (y = tok_long(p, b)) >= 1946 && y <= 2100) {
            q = b + 1;
        } else {
            return NOPE;
        }
    }
    if (!is_ch(p, q, '('))
        return NOPE;
    size_t n = 0, k = q + 1;
    long only = 0;
    for (;; k++) {
        const cg_token *t = tk(p, k);
        if (t->flags & TF_PARA)
            return NOPE;
        if (t->type == TK_NUM && tlen(p, k) <= 4 && !is_ch(p, k + 1, '/') && !is_ch(p, k + 1, '(')) {
            only = tok_long(p, k);
            n++;
        } else if (n && (is_ch(p, k, ',') || has(p, k, CG_R_AND)) && tk_type(p, k + 1) == TK_NUM) {
            continue;
        } else {
            break;
        }
    }
    if (!n || !is_ch(p, k, ')') || (n == 1 && only >= 1945 && only <= 2100))
        return NOPE;
    *close = k;
    return q + 1;
}

/* The list after the noun at i; or, cont >= 0 (the decision flag of the
 * list before), the list after the separator at i that goes on from a list
 * whose body was named after it, with a body named after itself:
 * "resolutions 46/1 of the Human Rights Council and 68/262 of the General
 * Assembly", "резолюции 46/1 Совета по правам человека и 68/262
 * Генеральной Ассамблеи". */
static size_t numbers_head_first(P *p, size_t i, int cont)
{
    cg_item local[MAX_ITEMS], *items = local, *slot;
    size_t cap = MAX_ITEMS;
    size_t ni = 0, j = i + 1;
    /* "قرار مجلس الأمن 242 (1967)", "قرار مجلس الأمن رقم 2334 (2016)": the
     * body in construct between the noun and its numbers */
    int body_mid = 0;
    const cg_tpay *bp = NULL;
    size_t bn = cg_phrase(p, j, CG_R_BODY, p->lbit, &bp);
    size_t bj = j;
    if (!bn && !p->L->genitive && has(p, j, CG_R_OF)) {
        /* "la résolution du Conseil de sécurité 1325 (2000)", "la
         * resolución de la Asamblea General 68/262": with "of", only
         * before a number of a full shape */
        bj = skip_article(p, j + 1);
        bn = cg_phrase(p, bj, CG_R_BODY, p->lbit, &bp);
        cg_item probe;
        if (bn && !parse_item(p, skip_num_sign(p, bj + bn), &probe))
            bn = 0;
        if (bn && probe.form == 'P')
            bn = 0;
    }
    if (bn && (p->L->genitive || bj != j)) {
        body_mid = bp->value;
        j = bj + bn;
        /* ... and what names it the United Nations' ("Совета Безопасности
         * ООН", "مجلس الأمن الدولي", "الجمعية العامة للأمم المتحدة") */
        size_t un = phrase_end(p, j, CG_R_UNITED_NATIONS, NULL);
        if (un != NOPE)
            j = un;
    }
    /* ... or in the noun itself: "UNSCR 1244 (1999)" */
    if (!body_mid && has(p, i, CG_R_BODY))
        body_mid = (int)role_value(p, i, CG_R_BODY);
    /* "res. 2202 (2015)": the noun cut short, before a number in one of
     * the full shapes (not a paragraph's number: "the res.⏎2. The") */
    if (is_ch(p, j, '.') && !(tk(p, j)->flags & TF_WS) && tk(p, i)->end - tk(p, i)->start <= 4) {
        cg_item probe;
        size_t k = skip_num_sign(p, j + 1);
        /* (a plain number too right after the body: "UNSC Res. 2231",
         * "GA res. 377") */
        int body_named = 0;
        for (size_t b = 1; b <= 4 && b <= i && !body_named; b++)
            body_named = phrase_end(p, i - b, CG_R_BODY, NULL) == i;
        if (!parse_item(p, k, &probe) || (probe.form == 'P' && !body_named))
            return NOPE;
        j = k;
    }
    size_t br_close = NOPE;
    int br_body = 0;
    if (cont < 0) {
        size_t b = bracketed_numbers(p, i, j, &br_body, &br_close);
        if (b != NOPE) {
            j = b;
            if (br_body)
                body_mid = br_body;
        }
    }
    j = skip_num_sign(p, j);
    for (;;) {
        if (!(slot = cg_item_room(p, &items, &cap, ni)) || !parse_item(p, j, slot))
            break;
        ni++;
        j++;
        /* a footnote's mark printed against the closing bracket:
         * "resolutions 1325 (2000)2 and 2250 (2015)" */
        int closed = items[ni - 1].form == 'Y' || items[ni - 1].form == 'R';
        if (closed && tk_type(p, j) == TK_NUM && !(tk(p, j)->flags & TF_WS) && tlen(p, j) <= 2)
            j++;
        /* ... or against the comma after it: "853 (1993),1 as well as" */
        else if (closed && is_ch(p, j, ',') && tk_type(p, j + 1) == TK_NUM && !(tk(p, j + 1)->flags & TF_WS) &&
                 tlen(p, j + 1) <= 2)
            j += 2;
        /* a number, then the language's word for "of the year" and the
         * year: "القرار 2254 لسنة 2015", "رقم 2216 لعام 2015" are 2254
         * (2015), 2216 (2015) */
        if (items[ni - 1].form == 'P' && tk_type(p, j) == TK_WORD && has(p, j, CG_R_YEAR_WORD) &&
            tk_type(p, j + 1) == TK_NUM && tlen(p, j + 1) == 4) {
            long y = tok_long(p, j + 1);
            if (y >= 1945 && y <= 2100) {
                items[ni - 1].form = 'Y';
                items[ni - 1].b = y;
                j += 2;
            }
        }
        /* part letters: 53/243 A, 53/243 A and B */
        if (part_letter(p, j)) {
            j++;
            if (has(p, j, CG_R_AND) && part_letter(p, j + 1))
                j += 2;
            else if (joined_part_letter(p, j))
                j++; /* "ألف وباء": the and joined to the second */
        }
        size_t dated = skip_date_head_first(p, j);
        /* the date set off by commas: "2334 (2016), de 23 de diciembre de
         * 2016, y 2231 (2015)", "70/1, du 25 septembre 2015, et 71/243" */
        if (dated == j && is_ch(p, j, ',')) {
            size_t d2 = skip_date_head_first(p, j + 1);
            if (d2 != j + 1 && (is_ch(p, d2, ',') || has(p, d2, CG_R_AND)))
                dated = d2;
            /* (and its subject after another comma: "..., de 25 de septiembre
             * de 2015, sobre la Agenda 2030, y 71/243") */
            if (dated == d2 && is_ch(p, d2, ',') && tk_type(p, d2 + 1) == TK_WORD &&
                !(tk(p, d2 + 1)->flags & TF_CAP) && !has(p, d2 + 1, CG_R_AND) && !has(p, d2 + 1, CG_R_OR))
                dated = d2 + 1;
        }
        int had_date = dated != j;
        j = dated;
        size_t k = sep_head_first(p, j);
        /* ... each with its sign: "№ 242 (1967) и № 338 (1973)" */
        if (k != j)
            k = skip_num_sign(p, k);
        cg_item probe;
        /* (after a date, a number without its year goes on only a list of
         * such numbers: "2334 (2016) of 23 December 2016 and 15 members",
         * "المؤرخ 23 كانون الأول/ديسمبر 2016 و 15 دولة" count no resolution) */
        /* (a bare number that starts a line after an item with its year is
         * a footnote's: "resolutions 2231 (2015) and⏎2 See …") */
        if (k != j && parse_item(p, k, &probe) &&
            !(had_date && probe.form == 'P' && items[ni - 1].form != 'P') &&
            !(probe.form == 'P' && items[ni - 1].form != 'P' && (tk(p, k)->flags & TF_NL))) {
            j = k;
            continue;
        }
        /* a range: "resolutions 1718 (2006) to 2397 (2017)", "1267 (1999) à
         * 1989 (2011)", "1325 (2000)–2493 (2019)" (the two ends are cited;
         * an end with its own year or session, of the first one's form) */
        if (k == j && (has(p, j, CG_R_TO) || range_dash(p, j)) && parse_item(p, j + 1, &probe) &&
            goes_on_like(&probe, &items[ni - 1])) {
            /* (a range that starts in another body's series stays in it:
             * "its resolutions 1/47 to 32/47", the OIC's) */
            const cg_item *a = &items[ni - 1];
            if (a->form == 'N' && !a->special[0] && a->a < 31 && probe.a >= 31 && !probe.special[0]) {
                j += 2;
                break;
            }
            j++;
            continue;
        }
        /* a list joined by semicolons: "resolutions 242 (1967); 338 (1973);
         * and 2334 (2016)" (an item of the same form, with its own year or
         * session, right after) */
        if (k == j && is_ch(p, j, ';')) {
            size_t k2 = sep_head_first(p, j + 1);
            if (parse_item(p, k2, &probe) && goes_on_like(&probe, &items[ni - 1])) {
                j = k2;
                continue;
            }
        }
        /* a separator missing between two items: "2452 (2019) 2505 (2020)" */
        if (k == j && continues(p, j, items[ni - 1].form, 1))
            continue;
        /* a subject after the item's date: "70/1 of 25 September 2015 on ..." */
        size_t q = had_date ? after_subject(p, j, items[ni - 1].form) : NOPE;
        if (q == NOPE)
            break;
        j = q;
    }
    if (!ni)
        return NOPE;
    if (br_close != NOPE && j == br_close) {
        j++; /* ... and "of 1993" after the bracket */
        long y;
        if (has(p, j, CG_R_OF) && tk_type(p, j + 1) == TK_NUM && tlen(p, j + 1) == 4 &&
            (y = tok_long(p, j + 1)) >= 1946 && y <= 2100)
            j += 2;
    }
    int body = body_mid ? body_mid : body_after(p, j);
    if (!body && unknown_acronym_after(p, j) && all_session_numbers(items, ni))
        body = 'X';
    if (cont >= 0 && (!body || body_mid))
        return NOPE; /* (a list that goes on: only with its own body after it) */
    if (cont >= 0) {
        add_items(p, items, ni, low_session_own(body, items, ni), cont);
        return list_goes_on(p, j, cont);
    }
    if (!body) {
        body = body_before(p, tk(p, i)->start, i);
        if (body == 'X')
            body = other_body_far(p, i, items, ni);
        body = lone_council(p, body, items, ni);
        if (body == 'H' && !hrc_could(p, items, ni))
            body = 0;
    }
    if (!body && items[0].form == 'N') {
        body = body_subject(p, i);
        if (body == 'H' && !hrc_could(p, items, ni))
            body = 0;
    }
    if (!body && i > 0 && has(p, i - 1, CG_R_ITS) && (begins_sentence(p, i - 1) || (i > 1 && begins_sentence(p, i - 2)))) {
        /* "In its resolution 2216, the Security Council demanded ...",
         * "Dans sa résolution 46/1, le Conseil des droits de l'homme ...":
         * the body the sentence goes on to name */
        size_t k = j;
        if (has(p, k, CG_R_LIST_SEP))
            k++;
        if (has(p, k, CG_R_ARTICLE_DEF))
            k++;
        const cg_tpay *fb = NULL;
        if (k > j && cg_phrase(p, k, CG_R_BODY, p->lbit, &fb))
            body = fb->value == 'x' ? 'X' : fb->value;
    }
    if (!body && i > 0 &&
        (has(p, i - 1, CG_R_ITS) || has(p, i - 1, CG_R_THEIR) || its_resolutions_before(p, i) || its_continues(p, i))) {
        /* "its resolutions": the body the text speaks for ("The Council of
         * Foreign Ministers of the OIC, … Recalling its resolutions"), else
         * the body that issued the document */
        body = p->subject_body ? p->subject_body : -1;
        p->its_next = j;
    }
    int decision = has(p, i, CG_R_DEC_NOUN);
    add_items(p, items, ni, low_session_own(body, items, ni), decision);
    return body && !body_mid ? list_goes_on(p, j, decision) : j;
}
/* After a list ending at j with its body named after it, another list
 * with its own ("resolutions 46/1 of the Human Rights Council and 68/262
 * of the General Assembly"): where the last ends, else j. */
static size_t list_goes_on(P *p, size_t j, int decision)
{
    size_t be = body_after_end(p, j);
    if (be == NOPE)
        be = unknown_acronym_end(p, j); /* "46/1 of the XYZ and 68/262 of …" */
    if (be == NOPE)
        return j;
    size_t k = sep_head_first(p, be);
    size_t e = k != be ? numbers_head_first(p, k - 1, decision) : NOPE;
    return e != NOPE ? e : j;
}

/* 2625 (XXV) alone, as in footnotes: a General Assembly resolution of the
 * first thirty sessions. */
size_t rule_bare_roman(P *p, size_t i)
{
    cg_item it;
    if (!parse_item(p, i, &it) || it.a > 3600 || strchr(it.roman, '-'))
        return NOPE;
    long session = cg_roman_value(it.roman, strlen(it.roman));
    if (session < 1 || session > 30)
        return NOPE;
    /* "I.C.J. Reports 2022 (I)": a volume, not a resolution */
    if (i > 0 && has(p, i - 1, CG_R_VOLUME_BEFORE))
        return NOPE;
    /* 《世界人权宣言》，1948 年 12 月 10 日，217 A (III): the number only
     * locates the declaration just named */
    char *id = cg_xsprintf("A/RES/%ld(%s)", it.a, it.roman);
    for (size_t k = 0; k < p->an.n; k++)
        if (strcmp(p->an.ids[k], id) == 0 && anchor_reaches(p, i)) {
            cg_free(id);
            return i + 1;
        }
    cg_free(id);
    add_items(p, &it, 1, body_before(p, tk(p, i)->start, i), 0);
    return i + 1;
}
