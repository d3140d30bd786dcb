/* meta.c: what a letter says about itself.
 *
 * Chinese:  2021 年 8 月 18 日亚美尼亚常驻联合国代表给秘书长的信
 *           第七十五届会议  第七十六年  议程项目 34、70 和 135
 * English:  Letter dated 13 September 2022 from the Permanent Representative
 *           of Armenia to the United Nations addressed to the Secretary-General
 *           Seventy-fifth session  Seventy-sixth year  Agenda items 34, 70 and 135
 * plus the masthead symbol (A/75/379–S/2020/965) and the annex.
 *
 * The reader sees every token once, as the scan passes (cg_meta_token),
 * and keeps the first of each thing it finds with where it was; which of
 * them count is decided when the text is read whole (cg_meta_finish): the
 * session, year and masthead count before the title line, the annex after
 * it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"

struct cg_meta_state {
    /* the title line */
    int have_title;
    size_t title_tok, title_start, title_end;
    char *title, *date, *sender, *addressee;
    /* the first session and year written, and where */
    long session, sc_year;
    size_t session_tok, sc_year_tok;
    /* the first agenda list */
    char *agenda;
    /* the first symbol, and whether it can be a masthead without a title */
    int have_symbol, symbol_alone;
    size_t symbol_tok, symbol_start, symbol_end;
    char *symbols;
    /* a masthead printed after the title line (the end of
     * sentence-segmented text, the foot of the first page): a symbol
     * alone on its line with "Distr." after it */
    char *late_symbols;
    size_t late_tok;   /* where it is printed */
    long late_session; /* the session printed in that masthead */
    /* the annex heading and who signed it */
    int have_annex;
    size_t annex_tok, sig_from;
    /* the annexed letter's own title, the paragraph after the heading
     * (clean offsets; 0, 0: none) */
    size_t annex_title_start, annex_title_end;
    int sig_done;
    char *annex_author;
};

cg_meta_state *cg_meta_new(P *p)
{
    (void)p;
    return cg_xcalloc(1, sizeof(cg_meta_state));
}

size_t cg_meta_title_end(const P *p)
{
    return p->meta && p->meta->title ? p->meta->title_end : 0;
}

int cg_meta_year(const P *p)
{
    return p->meta && p->meta->date ? atoi(p->meta->date) : 0;
}

void cg_meta_free(cg_meta_state *m)
{
    if (!m)
        return;
    cg_free(m->title);
    cg_free(m->date);
    cg_free(m->sender);
    cg_free(m->addressee);
    cg_free(m->agenda);
    cg_free(m->symbols);
    cg_free(m->late_symbols);
    cg_free(m->annex_author);
    cg_free(m);
}

void cg_meta_buf_free(cg_meta_buf *mb)
{
    cg_free(mb->title);
    cg_free(mb->date);
    cg_free(mb->sender);
    cg_free(mb->symbols);
    cg_free(mb->addressee);
    cg_free(mb->agenda);
    cg_free(mb->annex_author);
    cg_free(mb->language);
    cg_free(mb->encoding);
    cg_free(mb->format);
    memset(mb, 0, sizeof *mb);
}

/* ---- helpers --------------------------------------------------------- */

/* 2021 年 8 月 18 日 at i: the index after it, and the date. */
static size_t date_head_last(P *p, size_t i, char *iso)
{
    long y = tok_long(p, i), mo = tok_long(p, i + 2), d = tok_long(p, i + 4);
    if (tk_type(p, i) == TK_NUM && y >= 1945 && y <= 2100 && has(p, i + 1, CG_R_YEAR_MARK) && mo >= 1 &&
        mo <= 12 && has(p, i + 3, CG_R_MONTH_MARK) && d >= 1 && d <= 31 && has(p, i + 5, CG_R_DAY_MARK)) {
        cg_iso_date(iso, (int)y, (int)mo, (int)d);
        return i + 6;
    }
    return NOPE;
}

/* 13 September 2022, 1er octobre 2020, 29 de diciembre de 2020 at i. */
static size_t date_head_first(P *p, size_t i, char *iso)
{
    return date_head_first_at(p, i, iso);
}

static char *senders_in(P *p, size_t a, size_t b, size_t near)
{
    const char *s = states_in(p, a, b, near);
    return s ? cg_xstrdup(s) : NULL;
}

/* The addressees named in tokens [a, b), in the order of cg_addressee. */
static char *addressees_in(P *p, size_t a, size_t b)
{
    static const char *const names[CG_ADDR_COUNT] = {
        NULL, "secretary-general", "president-sc", "president-ga", "president-hrc", NULL};
    int seen[CG_ADDR_COUNT] = {0};
    for (size_t i = a; i < b && tk_type(p, i) != TK_EOF; i++) {
        const cg_tpay *pay = NULL;
        size_t n = cg_phrase(p, i, CG_R_ADDRESSEE, p->lbit, &pay);
        if (n && i + n <= b && pay->value > 0 && pay->value < CG_ADDR_COUNT)
            seen[pay->value] = 1;
    }
    cg_buf out = {0};
    for (int k = 1; k < CG_ADDR_COUNT; k++)
        if (seen[k] && names[k]) {
            if (out.len)
                cg_buf_putc(&out, ' ');
            cg_buf_puts(&out, names[k]);
        }
    return out.s ? cg_buf_take(&out) : NULL;
}

static char *clean_slice(P *p, size_t a, size_t b)
{
    cg_buf out = {0};
    for (size_t i = a; i < b; i++) {
        char c = p->s[i] == '\n' ? ' ' : p->s[i];
        if (c == ' ' && (out.len == 0 || out.s[out.len - 1] == ' '))
            continue;
        cg_buf_putc(&out, c);
    }
    while (out.len && out.s[out.len - 1] == ' ')
        out.s[--out.len] = '\0';
    return out.s ? cg_buf_take(&out) : cg_xstrdup("");
}

/* After "addressed": "to the Secretary-General and the President of the
 * Security Council"; returns the token after the last addressee named. */
static size_t addressees_end(P *p, size_t k)
{
    size_t end = k;
    if (has(p, k, CG_R_TO))
        k++;
    for (;;) {
        if (has(p, k, CG_R_TO)) /* "et à la Présidente" */
            k++;
        k = skip_article(p, k);
        size_t hit = phrase_end(p, k, CG_R_ADDRESSEE, NULL);
        if (hit == NOPE)
            break;
        end = k = hit;
        if (has(p, k, CG_R_AND))
            k++;
        else if (phrase_end(p, k, CG_R_ADDRESSEE, NULL) == NOPE)
            break; /* "ورئيسة مجلس الأمن": and joined to the next */
    }
    return end > 0 ? end : k;
}

/* ---- the title line ---------------------------------------------------- */

/* Whether token k starts its line: a title line does ("I have the honour
 * to transmit the letter dated … from … addressed to …" in a letter with
 * no title line of its own describes the letter it transmits). */
static int line_start(P *p, size_t k)
{
    /* (after punctuation at most: "**Letter dated …**", a quotation mark) */
    for (;; k--) {
        if (k == 0 || (tk(p, k)->flags & (TF_NL | TF_PARA)))
            return 1;
        int ty = tk_type(p, k - 1);
        if (ty != TK_PUNCT && ty != TK_CHAR)
            return 0;
    }
}

/* A title line that names no addressee: the sender's words from q (FROM)
 * to r, where its line ends, with a State named in them and no
 * sentence's end, right after the masthead's symbol (read before, within
 * its first lines): the letter's own title, not a letter it describes. */
static int bare_title_ends(P *p, const cg_meta_state *m, size_t k, size_t q, size_t r)
{
    if (!m->have_symbol || m->symbol_tok > k || k - m->symbol_tok > 60)
        return 0;
    /* (the line's end: a blank line after a line that ends no sentence
     * is read as a line break) */
    if (tk_type(p, r) != TK_EOF && !(tk(p, r)->flags & (TF_NL | TF_PARA)))
        return 0;
    for (size_t t = q, w; t < r; t++) {
        if ((w = words_at(p, t, CG_LIST_SENDER_WORDS)) != NOPE) {
            t = w - 1; /* "the Chargé d'affaires a.i.": its full stops are the sender's */
            continue;
        }
        if (has(p, t, CG_R_SENT_END) || is_ch(p, t, '.') || is_ch(p, t, ';'))
            return 0;
    }
    return states_in(p, tk(p, q)->start, tk(p, r - 1)->end, q) != NULL;
}

/* Where a title line from token q ends: at the first paragraph break, or
 * at the first line break once a State is named before a line that starts
 * with a capital (a blank line after a line that ends no sentence is read
 * as a line break; "… of Armenia⏎to the United Nations" goes on), within
 * 40 tokens; else NOPE. */
static size_t bare_title_line_end(P *p, size_t q)
{
    int cased = p->L->script == CG_SCRIPT_LATIN || p->L->script == CG_SCRIPT_CYRILLIC;
    for (size_t t = q + 1; t < q + 40; t++) {
        unsigned fl = tk(p, t)->flags;
        if (tk_type(p, t) == TK_EOF || (fl & TF_PARA))
            return t;
        if ((fl & TF_NL) && (!cased || (fl & TF_CAP)) && states_in(p, tk(p, q)->start, tk(p, t - 1)->end, q))
            return t;
    }
    return NOPE;
}

/* In the genitive: (Идентичные) Письмо | Вербальная нота SENDER от D
 * месяца YYYY года на имя ADDRESSEE (и ADDRESSEE); k is the noun, the
 * sender starts at s. */
static int title_genitive_at(P *p, cg_meta_state *m, size_t k, size_t s)
{
    size_t dk = NOPE, f;
    for (f = s; tk_type(p, f) != TK_EOF && f < s + 40; f++) {
        if (is_ch(p, f, '.') || is_ch(p, f, ';') || tk_type(p, f) == TK_SYMBOL)
            return 0;
        if ((dk = phrase_end(p, f, CG_R_DATED, NULL)) != NOPE && tk_type(p, dk) == TK_NUM)
            break;
        dk = NOPE;
    }
    if (dk == NOPE || f == s)
        return 0;
    char iso[16];
    size_t de = date_head_first(p, dk, iso);
    if (de == NOPE)
        return 0;
    if (tk_type(p, de) == TK_WORD && has(p, de, CG_R_YEAR_WORD))
        de++; /* "года" */
    size_t addr = de, ae = phrase_end(p, de, CG_R_ADDRESSED, NULL), end;
    if (ae != NOPE) {
        end = addressees_end(p, ae);
        if (end <= ae)
            return 0;
    } else if (bare_title_ends(p, m, k, s, de)) {
        end = de; /* "Письмо Постоянного представителя Армении … от 1 октября 2020 года" */
    } else {
        return 0;
    }
    size_t start = k;
    if (k > 0 && (has(p, k - 1, CG_R_IDENTICAL) || has(p, k - 1, CG_R_VERBALE)))
        start = k - 1;
    if (!line_start(p, start))
        return 0;
    m->date = cg_xstrdup(iso);
    m->sender = senders_in(p, tk(p, s)->start, tk(p, f - 1)->end, s);
    m->addressee = addressees_in(p, addr, end);
    m->title = clean_slice(p, tk(p, start)->start, tk(p, end - 1)->end);
    m->title_end = tk(p, end - 1)->end;
    m->title_tok = start;
    m->title_start = tk(p, start)->start;
    return 1;
}

static int title_at(P *p, cg_meta_state *m, size_t k)
{
    /* Chinese: DATE SENDER 给 ADDRESSEE 的信|的同文信|的普通照会 (not ……的附件) */
    size_t e = phrase_end(p, k, CG_R_TITLE_END, NULL);
    if (e != NOPE && phrase_end(p, e, CG_R_ANNEX_OF, NULL) == NOPE) {
        size_t lo = k > 60 ? k - 60 : 0;
        for (size_t d = k; d-- > lo;) {
            char iso[16];
            size_t de = date_head_last(p, d, iso);
            if (de == NOPE)
                continue;
            size_t gei = NOPE;
            for (size_t q = de; q < k; q++)
                if (has(p, q, CG_R_TO))
                    gei = q;
            /* (no addressee: "2020年10月1日亚美尼亚常驻联合国代表的信" alone
             * after the masthead) */
            if (gei == NOPE && !bare_title_ends(p, m, d, de, e))
                break;
            m->date = cg_xstrdup(iso);
            m->sender = senders_in(p, tk(p, de)->start, tk(p, gei != NOPE ? gei : k)->start, de);
            m->addressee = gei != NOPE ? addressees_in(p, gei, k) : NULL;
            m->title = clean_slice(p, tk(p, d)->start, tk(p, e - 1)->end);
            m->title_end = tk(p, e - 1)->end;
            m->title_tok = d;
            m->title_start = tk(p, d)->start;
            return 1;
        }
    }
    /* head first: (Identical) Letter(s) | Note verbale dated D Month YYYY from
     * ... addressed to ...; Lettre(s) (identiques) | Note verbale datée(s) du
     * D mois YYYY, adressée(s) à ... par ...; Carta(s) (idénticas) | Nota
     * verbal de fecha D de mes de YYYY dirigida(s) a ... por ... */
    if (has(p, k, CG_R_LETTER_NOUN) || (has(p, k, CG_R_VERBALE) && k > 0 && has(p, k - 1, CG_R_NOTE_NOUN))) {
        size_t dk = k + 1;
        if (has(p, dk, CG_R_IDENTICAL))
            dk++;
        if (phrase_end(p, dk, CG_R_DATED, NULL) == NOPE && p->L->genitive)
            return title_genitive_at(p, m, k, dk);
        if ((dk = phrase_end(p, dk, CG_R_DATED, NULL)) == NOPE)
            return 0;
        char iso[16];
        size_t de = date_head_first(p, dk, iso);
        if (de == NOPE)
            return 0;
        size_t q = de;
        if (is_ch(p, q, ','))
            q++;
        size_t seg_a, seg_b, end;
        size_t addr = NOPE;
        if (has(p, q, CG_R_FROM)) {
            for (size_t r = q; tk_type(p, r) != TK_EOF && r < q + 80; r++)
                if (has(p, r, CG_R_ADDRESSED)) {
                    addr = r;
                    break;
                }
            size_t r = addr == NOPE ? bare_title_line_end(p, q) : NOPE;
            if (addr != NOPE) {
                end = addressees_end(p, addr + 1);
                seg_a = tk(p, de)->start;
                seg_b = tk(p, addr)->start;
            } else if (r != NOPE && bare_title_ends(p, m, k, q, r)) {
                /* "Letter dated 1 October 2020 from the Permanent
                 * Representative of Armenia", a paragraph of its own in
                 * the masthead, no addressee named */
                end = r;
                seg_a = tk(p, de)->start;
                seg_b = tk(p, r - 1)->end;
            } else {
                return 0;
            }
        } else if (has(p, q, CG_R_ADDRESSED)) {
            /* the addressees, then the sender up to the end of the title */
            addr = q;
            size_t ae = addressees_end(p, addr + 1);
            size_t f = ae;
            if (is_ch(p, f, ','))
                f++;
            if (!has(p, f, CG_R_FROM))
                return 0;
            /* a centred title goes on over lines that may look like
             * paragraphs: a new paragraph starting with a capital ends it
             * once the sender has been named */
            end = f + 1;
            /* (in a script without capitals, the line's end once a State is
             * named: a short letter's blank line is no paragraph) */
            int caseless = p->L->script == CG_SCRIPT_ARABIC;
            while (tk_type(p, end) != TK_EOF && end < f + 60 && !is_ch(p, end, '.') &&
                   !is_ch(p, end, ';') && tk_type(p, end) != TK_SYMBOL) {
                unsigned fl = tk(p, end)->flags;
                if ((((fl & TF_PARA) && (fl & TF_CAP)) || (caseless && (fl & (TF_NL | TF_PARA)))) &&
                    states_in(p, tk(p, f)->start, tk(p, end - 1)->end, f))
                    break;
                /* (a line that ends with the sender's "auprès de
                 * l'Organisation des Nations Unies", "ante las Naciones
                 * Unidas": the title's end, a body after it even without
                 * a paragraph's break, unless "and" another sender) */
                if (sender_line_ends(p, f, end))
                    break;
                /* "par le Chargé d'affaires a.i. de la Mission ...": its full
                 * stops are the sender's */
                size_t w = words_at(p, end, CG_LIST_SENDER_WORDS);
                end = w != NOPE ? w : end + 1;
            }
            seg_a = tk(p, f)->start;
            seg_b = tk(p, end - 1)->end;
        } else {
            return 0;
        }
        size_t start = k;
        if (k > 0 && (has(p, k - 1, CG_R_IDENTICAL) || has(p, k - 1, CG_R_NOTE_NOUN)))
            start = k - 1;
        if (!line_start(p, start))
            return 0;
        /* a title starts with a capital where the script has them: "I
         * refer to the⏎identical letters dated …" goes on a sentence */
        int cased = p->L->script == CG_SCRIPT_LATIN || p->L->script == CG_SCRIPT_CYRILLIC;
        if (cased && !(tk(p, start)->flags & TF_CAP))
            return 0;
        m->date = cg_xstrdup(iso);
        m->sender = senders_in(p, seg_a, seg_b, de);
        m->addressee = addressees_in(p, addr, end);
        m->title = clean_slice(p, tk(p, start)->start, tk(p, end - 1)->end);
        m->title_end = tk(p, end - 1)->end;
        m->title_tok = start;
        m->title_start = tk(p, start)->start;
        return 1;
    }
    return 0;
}

/* ---- session, year, agenda --------------------------------------------- */

/* The ordinal in words that ends right before token k: an ORDINAL, with the
 * tens before it joined by hyphens, spaces or "and" ("seventy-sixth",
 * "soixante-dix-septième", "soixante et onzième", "septuagésimo quinto",
 * "quatre-vingt-unième"): the sum of their values, or -1. */
static long ordinal_before(P *p, size_t k)
{
    if (k < 1)
        return -1;
    long v = role_value(p, k - 1, CG_R_ORDINAL);
    if (v <= 0)
        return -1;
    size_t q = k - 1;
    for (int n = 0; n < 4 && q > 0; n++) {
        size_t r = q - 1;
        if (r > 0 && (is_ch(p, r, '-') || has(p, r, CG_R_AND)))
            r--;
        long t = role_value(p, r, CG_R_ORDINAL_TENS);
        if (t <= 0 || (tk(p, q)->flags & TF_NL))
            break;
        v += t;
        q = r;
    }
    return v;
}

/* The ordinal in words right after token k: "الدورة الخامسة والسبعون"
 * (an ORDINAL, then tens with و joined or apart), or -1. */
static long ordinal_after(P *p, size_t k)
{
    long v = role_value(p, k + 1, CG_R_ORDINAL);
    if (v <= 0 || (tk(p, k + 1)->flags & TF_NL))
        return -1;
    size_t q = k + 2;
    if (has(p, q, CG_R_AND) && !(tk(p, q)->flags & TF_NL))
        q++;
    long t = role_value(p, q, CG_R_ORDINAL_TENS);
    if (t > 0 && !(tk(p, q)->flags & TF_NL))
        v += t;
    return v;
}

static void session_at(P *p, cg_meta_state *m, size_t k)
{
    /* 第七十五届会议, 第七十六年 */
    if (has(p, k, CG_R_NUM_PREFIX) && tk_type(p, k + 1) == TK_CNUM) {
        long v = tok_long(p, k + 1);
        if (v > 0 && !m->session && phrase_end(p, k + 2, CG_R_SESSION, NULL) != NOPE) {
            m->session = v;
            m->session_tok = k;
        } else if (v > 0 && !m->sc_year && has(p, k + 2, CG_R_YEAR_WORD)) {
            m->sc_year = v;
            m->sc_year_tok = k;
        }
    }
    /* Seventy-fifth session / Seventy-sixth year; Soixante-quinzième session,
     * Soixante et onzième année; Septuagésimo quinto período de sesiones */
    int sess = tk_type(p, k) == TK_WORD && phrase_end(p, k, CG_R_SESSION, NULL) != NOPE;
    int year = tk_type(p, k) == TK_WORD && has(p, k, CG_R_YEAR_WORD);
    if (sess || year) {
        long v = p->L->ordinal_follows ? -1 : ordinal_before(p, k);
        if (v <= 0)
            v = ordinal_after(p, k);
        if (v > 0 && sess && m->late_symbols && k > m->late_tok && !m->late_session)
            m->late_session = v; /* a masthead printed last: "Seventy-seventh session" in it */
        if (v > 0 && sess && !m->session) {
            m->session = v;
            m->session_tok = k;
        } else if (v > 0 && year && !m->sc_year) {
            m->sc_year = v;
            m->sc_year_tok = k;
        }
    }
}

/* 议程项目 34、70 和 135 | 临时议程* 项目 30 | Agenda items 34, 70 and 135 |
 * Item 30 of the provisional agenda* */
static void agenda_at(P *p, cg_meta_state *m, size_t k)
{
    size_t j = NOPE, e;
    if ((e = phrase_end(p, k, CG_R_ITEM, NULL)) != NOPE && tk_type(p, k) == TK_CHAR) {
        for (size_t q = k > 4 ? k - 4 : 0; q < k; q++)
            if (phrase_end(p, q, CG_R_AGENDA, NULL) != NOPE)
                j = e;
    } else if (tk_type(p, k) == TK_WORD && has(p, k, CG_R_ITEM) && k > 0 &&
               (has(p, k - 1, CG_R_AGENDA) || (is_ch(p, k - 1, '*') && k > 1 && has(p, k - 2, CG_R_AGENDA)))) {
        j = k + 1;
    } else if (tk_type(p, k) == TK_WORD && has(p, k, CG_R_ITEM) && tk_type(p, k + 1) == TK_NUM) {
        /* Item 30 of the provisional agenda; points 34, 70 et 135 de l'ordre
         * du jour; temas 34 y 70 del programa */
        size_t q = k + 2;
        /* "Пункты 34, 70 и 135 повестки дня": in the genitive, no "of",
         * right after the numbers (and their sub-items, "68 (b)") */
        while (tk_type(p, q) != TK_EOF && q < k + 24 && !has(p, q, CG_R_OF) &&
               !(p->L->genitive && phrase_end(p, q, CG_R_AGENDA, NULL) != NOPE)) {
            if (p->L->genitive && !has(p, q, CG_R_OF) && tk_type(p, q) != TK_NUM && !has(p, q, CG_R_LIST_SEP) &&
                !has(p, q, CG_R_AND) && !is_ch(p, q, '(') && !is_ch(p, q, ')') &&
                !(tk_type(p, q) == TK_WORD && tlen(p, q) <= 2) && !has(p, q, CG_R_PROVISIONAL))
                break;
            q++;
        }
        if (has(p, q, CG_R_OF) || (p->L->genitive && tk_type(p, q) != TK_EOF && q < k + 24)) {
            size_t a = has(p, q, CG_R_OF) ? skip_article(p, q + 1) : q;
            if (has(p, a, CG_R_PROVISIONAL))
                a++;
            if (phrase_end(p, a, CG_R_AGENDA, NULL) != NOPE)
                j = k + 1;
        }
    }
    if (j == NOPE || tk_type(p, j) != TK_NUM)
        return;
    cg_buf out = {0};
    for (;;) {
        long v = tok_long(p, j);
        if (v <= 0 || tk_type(p, j) != TK_NUM || has(p, j + 1, CG_R_YEAR_MARK))
            break;
        if (out.len)
            cg_buf_putc(&out, ' ');
        cg_buf_printf(&out, "%ld", v);
        j++;
        if (is_ch(p, j, '(') && is_ch(p, j + 2, ')'))
            j += 3; /* 68 (b) */
        /* the next number only after a separator: a list ends at its line */
        size_t before = j;
        if (has(p, j, CG_R_LIST_SEP))
            j++;
        if (has(p, j, CG_R_AND))
            j++;
        if (j == before)
            break;
    }
    if (out.len)
        m->agenda = cg_buf_take(&out);
    cg_buf_free(&out);
}

/* ---- masthead ----------------------------------------------------------- */

/* The first symbol: the document's own when it stands before the title
 * line or, without a title line, near the top on a line of its own (after
 * "United Nations" at most).  "S/RES/822 (1993)" keeps its year. */
/* The symbols of the (joint) symbol at token k, space-separated, whether
 * it stands alone on its line (after "United Nations" at most, before an
 * asterisk at most: a reissue), and the clean offset where it ends. */
static char *symbol_read(P *p, size_t k, int *alone, size_t *end)
{
    size_t q = k;
    while (q > 0 && !(tk(p, q)->flags & TF_NL)) {
        size_t back = NOPE;
        for (size_t r = 1; r <= 4 && r <= q && back == NOPE; r++)
            if (phrase_end(p, q - r, CG_R_MASTHEAD, NULL) == q)
                back = q - r;
        if (back == NOPE)
            break;
        q = back;
    }
    *alone = q == 0 || (tk(p, q)->flags & TF_NL);
    size_t next = k + 1;
    if (is_ch(p, next, '(') && is_ch(p, next + 2, ')'))
        next += 3;
    if (is_ch(p, next, '*') && !(tk(p, next)->flags & TF_NL))
        next++;
    if (tk_type(p, next) != TK_EOF && !(tk(p, next)->flags & TF_NL))
        *alone = 0;
    const char *s = ttext(p, k);
    size_t n = tlen(p, k);
    size_t cuts[4];
    size_t nc = cg_split_joint(s, n, cuts);
    size_t after = k + 1;
    cg_buf syms = {0};
    size_t a = 0;
    for (size_t c = 0; c <= nc; c++) {
        size_t b = c < nc ? cuts[c] : n;
        char *sym = cg_canon_symbol(s + a, b - a);
        char suffix[24];
        size_t extra = c == nc ? res_suffix(p, k, suffix, sizeof suffix) : 0;
        if (extra) {
            char *x = cg_xsprintf("%s%s", sym, suffix);
            cg_free(sym);
            sym = x;
            after = k + 1 + extra;
        }
        if (!syms.s || !strstr(syms.s, sym)) {
            if (syms.len)
                cg_buf_putc(&syms, ' ');
            cg_buf_puts(&syms, sym);
        }
        cg_free(sym);
        a = b + 1;
    }
    *end = tk(p, after - 1)->end;
    return cg_buf_take(&syms);
}

static void symbol_at(P *p, cg_meta_state *m, size_t k)
{
    m->have_symbol = 1;
    m->symbol_tok = k;
    m->symbol_start = tk(p, k)->start;
    m->symbols = symbol_read(p, k, &m->symbol_alone, &m->symbol_end);
}

/* A masthead after the title line: the symbol alone on its line, and the
 * distribution line ("Distr.: General") within the next few lines. */
static void late_symbol_at(P *p, cg_meta_state *m, size_t k)
{
    size_t from = tk(p, k)->end, lim = from + 260 < p->text->n ? from + 260 : p->text->n;
    int distr = cg_memmem(p->s + from, lim - from, "Distr.", 6) != NULL;
    if (!distr)
        return;
    int alone = 0;
    size_t end = 0;
    char *syms = symbol_read(p, k, &alone, &end);
    if (alone) {
        m->late_symbols = syms;
        m->late_tok = k;
    }
    else
        cg_free(syms);
}

/* The symbols printed in the running header or footer (the reader marked
 * them): the first such line, and the line right after it when it holds
 * the rest of a joint symbol (A/76/943⏎S/2022/603). */
static char *running_symbols(const cg_text *t)
{
    if (!t->nrunning)
        return NULL;
    cg_buf out = {0};
    for (size_t r = 0; r < t->nrunning; r++) {
        if (r > 0) {
            /* only white space between the two lines, a blank line at most */
            size_t nl = 0, q = t->running[r - 1][1];
            for (; q < t->running[r][0]; q++) {
                char c = t->src[q];
                if (c == '\n')
                    nl++;
                else if (c != ' ' && c != '\t' && c != '\r')
                    break;
            }
            if (q < t->running[r][0] || nl < 1 || nl > 2)
                break;
        }
        /* the line with the dashes of a joint symbol made ASCII */
        char s[64];
        size_t n = 0;
        for (size_t q = t->running[r][0]; q < t->running[r][1] && n + 1 < sizeof s; q++) {
            unsigned char c = (unsigned char)t->src[q];
            if (c == 0xE2 && q + 2 < t->running[r][1]) {
                s[n++] = '-';
                q += 2;
            } else if (c == '*') {
                break; /* a reissue */
            } else {
                s[n++] = (char)c;
            }
        }
        size_t cuts[4];
        size_t nc = cg_split_joint(s, n, cuts);
        size_t a = 0;
        for (size_t c = 0; c <= nc; c++) {
            size_t b = c < nc ? cuts[c] : n;
            char *sym = other_series(s + a, b - a) ? NULL : cg_canon_symbol(s + a, b - a);
            if (sym && *sym && (!out.s || !strstr(out.s, sym))) {
                if (out.len)
                    cg_buf_putc(&out, ' ');
                cg_buf_puts(&out, sym);
            }
            cg_free(sym);
            a = b + 1;
        }
    }
    return out.s ? cg_buf_take(&out) : NULL;
}

/* ---- annex -------------------------------------------------------------- */

static void annex_signature(P *p, cg_meta_state *m, size_t k)
{
    /* whoever signed it: 阿拉拉特·米尔佐扬(签名), (Signed) Ararat Mirzoyan */
    if (!is_ch(p, k, '('))
        return;
    if (has(p, k + 1, CG_R_SIGNED) && tk_type(p, k + 1) == TK_WORD && is_ch(p, k + 2, ')')) {
        size_t q = k + 3, e = q;
        while (tk_type(p, e) != TK_EOF && (e == q || !(tk(p, e)->flags & TF_NL)) && e < q + 8 &&
               (tk_type(p, e) == TK_WORD || is_ch(p, e, '-') || is_ch(p, e, '.')))
            e++;
        if (e > q)
            m->annex_author = clean_slice(p, tk(p, q)->start, tk(p, e - 1)->end);
        m->sig_done = 1;
        return;
    }
    size_t e = phrase_end(p, k + 1, CG_R_SIGNED, NULL);
    if (e != NOPE && tk_type(p, k + 1) == TK_CHAR) {
        /* the name: the characters before (签名) back to white space or
         * punctuation, a dozen at most */
        size_t q = k;
        while (q > m->sig_from && k - q < 12 && !(tk(p, q)->flags & TF_WS) &&
               tk_type(p, q - 1) == TK_CHAR && !has(p, q - 1, CG_R_SENT_END) &&
               !has(p, q - 1, CG_R_LIST_SEP) && cg_token_cp(p->s, tk(p, q - 1)) != 0xFF1B &&
               cg_token_cp(p->s, tk(p, q - 1)) != 0xFF1A)
            q--;
        if (q < k)
            m->annex_author = clean_slice(p, tk(p, q)->start, tk(p, k)->start);
        m->sig_done = 1;
    }
}

/* The annexed letter's own title after the annex heading that starts at
 * token k: the first line after the heading's first that names a letter
 * ("Letter dated 6 October 2020 from the Minister for Foreign Affairs of
 * Armenia addressed to the Secretary-General", "2020年10月6日亚美尼亚外交部长
 * 给秘书长的信"), with no sentence ended before it: a letter described from
 * the start of that line is the one printed here, not cited (line by line:
 * text that has a blank line after every line has no paragraph breaks to
 * go by). */
/* Whether a sentence starts at token q after one that ended (the text's
 * sentence breaks, sentence.c), not only a paragraph. */
static int sentence_ends(P *p, size_t q)
{
    return !(tk(p, q)->flags & TF_PARA) && cg_sentence_break(p->text, tk(p, q)->start);
}

static void annex_title(P *p, cg_meta_state *m, size_t k)
{
    m->annex_title_start = m->annex_title_end = 0;
    size_t q = k + 1;
    while (q < k + 300 && tk_type(p, q) != TK_EOF) {
        if (sentence_ends(p, q))
            return;
        if (!(tk(p, q)->flags & (TF_NL | TF_PARA))) {
            q++;
            continue;
        }
        size_t a = q;
        for (; tk_type(p, q) != TK_EOF && (q == a || !(tk(p, q)->flags & (TF_NL | TF_PARA))); q++) {
            if (sentence_ends(p, q))
                return;
            if (has(p, q, CG_R_LETTER_NOUN) || has(p, q, CG_R_TITLE_END)) {
                /* a description that starts the line ("Letter dated",
                 * "Identical letters dated", "2020年10月6日…的信") */
                m->annex_title_start = tk(p, a)->start;
                m->annex_title_end = tk(p, a + 1)->end;
                return;
            }
        }
    }
}

static void annex_at(P *p, cg_meta_state *m, size_t k)
{
    size_t head_end = NOPE, e;
    if ((e = phrase_end(p, k, CG_R_LETTER_ANNEX, NULL)) != NOPE) {
        head_end = e;
    } else if (has(p, k, CG_R_ANNEX) && p->L->genitive &&
               (has(p, k + 1, CG_R_LETTER_NOUN) ||
                ((has(p, k + 1, CG_R_TO) || has(p, k + 1, CG_R_OF)) && has(p, k + 2, CG_R_LETTER_NOUN)))) {
        /* in the genitive: Приложение к письму ..., مرفق الرسالة ... */
        head_end = has(p, k + 1, CG_R_LETTER_NOUN) ? k + 2 : k + 3;
        while (tk_type(p, head_end) != TK_EOF && !(tk(p, head_end)->flags & TF_NL))
            head_end++;
    } else if (has(p, k, CG_R_ANNEX) && (has(p, k + 1, CG_R_TO) || has(p, k + 1, CG_R_OF)) &&
               has(p, k + 2, CG_R_ARTICLE_DEF) &&
               (has(p, k + 3, CG_R_LETTER_NOUN) || has(p, k + 3, CG_R_IDENTICAL))) {
        /* Annex to the letter, Annexe à la lettre, Anexo de la carta */
        head_end = k + 4;
        while (tk_type(p, head_end) != TK_EOF && !(tk(p, head_end)->flags & TF_NL))
            head_end++;
    }
    if (head_end == NOPE)
        return;
    m->have_annex = 1;
    m->annex_tok = k;
    cg_free(m->annex_author);
    m->annex_author = NULL;
    m->sig_done = 0;
    m->sig_from = head_end;
    annex_title(p, m, k);
    /* the line after the heading: 阿尔扎赫共和国外交部关于……的备忘录 */
    size_t a = head_end, b = a;
    while (tk_type(p, b) != TK_EOF && (b == a || !(tk(p, b)->flags & TF_NL)))
        b++;
    if (b > a && tk_type(p, a) != TK_EOF) {
        size_t about = NOPE, de = NOPE;
        for (size_t q = a; q < b && about == NOPE; q++)
            if (phrase_end(p, q, CG_R_ABOUT, NULL) != NOPE)
                about = q;
        if (about == NOPE)
            for (size_t q = b; q-- > a;)
                if (has(p, q, CG_R_DE)) {
                    de = q;
                    break;
                }
        size_t cut = about != NOPE ? about : de;
        if (cut != NOPE) {
            size_t bytes = tk(p, cut)->start - tk(p, a)->start;
            if (bytes >= 6 && bytes < 200) {
                m->annex_author = clean_slice(p, tk(p, a)->start, tk(p, cut)->start);
                m->sig_done = 1;
            }
        }
    }
}

/* ---- the reader ------------------------------------------------------------ */

#define BIT(r) (1ull << CG_R_##r)
/* The roles the reader's patterns start with. */
static const uint64_t meta_roles = CG_META_ROLES;

void cg_meta_token(P *p, size_t k)
{
    cg_meta_state *m = p->meta;
    const cg_token *t = tk(p, k);
    if (!(t->roles & meta_roles) && t->type != TK_SYMBOL && t->type != TK_PUNCT)
        return;
    if (!m->have_title && title_at(p, m, k)) {
        m->have_title = 1;
        if (m->have_annex && m->annex_tok < m->title_tok) {
            /* an annex heading counts after the title line only */
            m->have_annex = 0;
            cg_free(m->annex_author);
            m->annex_author = NULL;
            m->sig_done = 1;
        }
    }
    session_at(p, m, k);
    if (!m->agenda)
        agenda_at(p, m, k);
    if (tk_type(p, k) == TK_SYMBOL && !other_series(ttext(p, k), tlen(p, k))) {
        if (!m->have_symbol)
            symbol_at(p, m, k);
        if (!m->late_symbols && m->have_title && k > m->title_tok)
            late_symbol_at(p, m, k);
    }
    if (!m->have_annex && (!m->have_title || k > m->title_tok))
        annex_at(p, m, k);
    else if (m->have_annex && !m->sig_done && k >= m->sig_from)
        annex_signature(p, m, k);
}

void cg_meta_finish(P *p, cg_meta_buf *mb)
{
    cg_meta_state *m = p->meta;
    memset(mb, 0, sizeof *mb);
    mb->language = cg_xstrdup(cg_langs[p->doc_lang]->code);
    if (m->have_title) {
        mb->title = m->title;
        mb->date = m->date;
        mb->sender = m->sender;
        mb->addressee = m->addressee;
        m->title = m->date = m->sender = m->addressee = NULL;
        mb->body_start = m->title_start;
        if (m->session && m->session_tok < m->title_tok)
            mb->session = m->session;
        if (m->sc_year && m->sc_year_tok < m->title_tok)
            mb->sc_year = m->sc_year;
    }
    mb->agenda = m->agenda;
    m->agenda = NULL;
    if (m->have_symbol) {
        int own = m->have_title ? m->symbol_tok < m->title_tok
                                : m->symbol_start <= 400 && m->symbol_alone;
        if (own) {
            mb->symbols = m->symbols;
            m->symbols = NULL;
            if (!m->have_title)
                mb->body_start = m->symbol_end;
        }
    }
    /* no masthead before the title: one printed after it, else the
     * running header or footer */
    if (!mb->symbols && m->have_title) {
        if (m->late_symbols) {
            mb->symbols = m->late_symbols;
            m->late_symbols = NULL;
            if (!mb->session && m->late_session)
                mb->session = m->late_session;
        } else {
            mb->symbols = running_symbols(p->text);
        }
    }
    mb->has_annex = m->have_annex;
    if (m->have_annex) {
        mb->annex_title_start = m->annex_title_start;
        mb->annex_title_end = m->annex_title_end;
    }
    mb->annex_author = m->annex_author;
    m->annex_author = NULL;
}
