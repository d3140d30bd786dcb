/* metadata.c: what a letter says about itself in its header.
 *
 * Chinese:  2021 年 8 月 18 日亚美尼亚常驻联合国代表给秘书长的信
 *           第七十五届会议  第七十六年  议程项目 34、70 和 135
 * English:  Letter dated 13 September 2022 from the Permanent Representative
 *           of Armenia to the United Nations addressed to the Secretary-General
 *           Seventy-fifth session  Seventy-sixth year  Agenda items 34, 70 and 135
 * plus the masthead symbol (A/75/379–S/2020/965) and the annex. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NOPE ((size_t)-1)

typedef struct M {
    const cg_text *t;
    const cg_token *tok;
    size_t n;
    const cg_registry *reg;
    cg_tokens k;
} M;

static size_t tl(const M *m, size_t i)
{
    return m->tok[i].end - m->tok[i].start;
}

static int is(const M *m, size_t i, const char *lit)
{
    return cg_tok_is(&m->k, i, lit);
}

static int word_is(const M *m, size_t i, const char *w)
{
    return cg_tok_word(&m->k, i, w);
}

static size_t lit(const M *m, size_t i, const char *l)
{
    return cg_tok_lit(&m->k, i, l);
}

static long num(const M *m, size_t i)
{
    return cg_tok_long(&m->k, i);
}

static int month_of(const M *m, size_t i)
{
    return cg_tok_month(&m->k, i);
}

/* 2021 年 8 月 18 日 at i: returns the index after it and fills the date. */
static size_t zh_date(const M *m, size_t i, char *iso)
{
    long y = num(m, i), mo = num(m, i + 2), d = num(m, i + 4);
    if (m->tok[i].type == TK_NUM && y >= 1945 && y <= 2100 && is(m, i + 1, "年") && mo >= 1 &&
        mo <= 12 && is(m, i + 3, "月") && d >= 1 && d <= 31 && is(m, i + 5, "日")) {
        snprintf(iso, 11, "%04ld-%02ld-%02ld", y, mo, d);
        return i + 6;
    }
    return NOPE;
}

/* 13 September 2022 at i. */
static size_t en_date(const M *m, size_t i, char *iso)
{
    long d = num(m, i), y = num(m, i + 2);
    int mo = month_of(m, i + 1);
    if (m->tok[i].type == TK_NUM && d >= 1 && d <= 31 && mo && y >= 1945 && y <= 2100) {
        snprintf(iso, 11, "%04ld-%02d-%02ld", y, mo, d);
        return i + 3;
    }
    return NOPE;
}

static char *senders_in(const M *m, size_t a, size_t b)
{
    return cg_states_in(m->reg, m->t->s, a, b);
}

static void cg_list_add_sep(char **list, const char *v)
{
    if (*list && strstr(*list, v))
        return;
    char *n = *list ? cg_xsprintf("%s %s", *list, v) : cg_xstrdup(v);
    free(*list);
    *list = n;
}

static char *addressee_of(const char *s, size_t n)
{
    static const struct {
        const char *k;
        const char *v;
    } tab[] = {{"秘书长", "secretary-general"}, {"Secretary-General", "secretary-general"},
               {"安全理事会主席", "president-sc"}, {"安理会主席", "president-sc"},
               {"President of the Security Council", "president-sc"},
               {"大会主席", "president-ga"}, {"President of the General Assembly", "president-ga"},
               {"人权理事会主席", "president-hrc"},
               {"President of the Human Rights Council", "president-hrc"}};
    char *seg = cg_xstrndup(s, n);
    for (char *c = seg; *c; c++)
        if (*c == '\n')
            *c = ' '; /* "the Security\nCouncil" */
    char *out = NULL;
    /* 秘书长和安全理事会主席: both, in the order of the table */
    for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++)
        if (strstr(seg, tab[k].k))
            cg_list_add_sep(&out, tab[k].v);
    free(seg);
    return out;
}

static char *clean_slice(const cg_text *t, size_t a, size_t b)
{
    cg_buf out = {0};
    for (size_t i = a; i < b; i++) {
        char c = t->s[i] == '\n' ? ' ' : t->s[i];
        if (c == ' ' && (out.len == 0 || out.s[out.len - 1] == ' '))
            continue;
        cg_buf_putc(&out, c);
    }
    while (out.len && out.s[out.len - 1] == ' ')
        out.s[--out.len] = '\0';
    return cg_buf_take(&out);
}

/* After "addressed": "to the Secretary-General and the President of the
 * Security Council"; returns the token after the last addressee named. */
static size_t addressees_end(const M *m, size_t k)
{
    static const char *const who[] = {"President of the Security Council",
                                      "President of the General Assembly",
                                      "President of the Human Rights Council",
                                      "President of the Economic and Social Council",
                                      "Secretary-General", NULL};
    size_t end = k;
    if (word_is(m, k, "to"))
        k++;
    for (;;) {
        if (word_is(m, k, "the"))
            k++;
        size_t hit = NOPE;
        for (int w = 0; who[w] && hit == NOPE; w++) {
            /* compare word by word, across line breaks */
            const char *p = who[w];
            size_t q = k;
            while (*p && q < m->n) {
                size_t l = tl(m, q);
                if (!cg_strncaseeq(m->t->s + m->tok[q].start, p, l))
                    break;
                p += l;
                while (*p == ' ')
                    p++;
                q++;
            }
            if (!*p)
                hit = q;
        }
        if (hit == NOPE)
            break;
        end = k = hit;
        if (word_is(m, k, "and"))
            k++;
        else
            break;
    }
    return end > 0 ? end : k;
}

/* The title line: date, sender, addressee.  Returns its first token or NOPE. */
static size_t find_title(cg_meta_buf *mb, const M *m)
{
    for (size_t k = 0; k + 1 < m->n; k++) {
        /* Chinese: DATE SENDER 给 ADDRESSEE 的信|的同文信|的普通照会 (not ……的附件) */
        size_t e = lit(m, k, "的信");
        if (e == NOPE)
            e = lit(m, k, "的同文信");
        if (e == NOPE)
            e = lit(m, k, "的普通照会");
        if (e != NOPE && lit(m, e, "的附件") == NOPE) {
            size_t lo = k > 60 ? k - 60 : 0;
            for (size_t d = k; d-- > lo;) {
                char iso[11];
                size_t de = zh_date(m, d, iso);
                if (de == NOPE)
                    continue;
                size_t gei = NOPE;
                for (size_t q = de; q < k; q++)
                    if (is(m, q, "给"))
                        gei = q;
                if (gei == NOPE)
                    break;
                mb->date = cg_xstrdup(iso);
                mb->sender = senders_in(m, m->tok[de].start, m->tok[gei].start);
                mb->addressee = addressee_of(m->t->s + m->tok[gei].start,
                                             m->tok[k].start - m->tok[gei].start);
                mb->title = clean_slice(m->t, m->tok[d].start, m->tok[e - 1].end);
                return d;
            }
        }
        /* English: (Identical) Letter(s) | Note verbale dated D Month YYYY from ...
         * addressed to ... */
        if ((word_is(m, k, "letter") || word_is(m, k, "letters") ||
             (word_is(m, k, "verbale") && k > 0 && word_is(m, k - 1, "note"))) &&
            word_is(m, k + 1, "dated")) {
            char iso[11];
            size_t de = en_date(m, k + 2, iso);
            if (de == NOPE || !word_is(m, de, "from"))
                continue;
            size_t addr = NOPE;
            for (size_t q = de; q < m->n && q < de + 80; q++)
                if (word_is(m, q, "addressed")) {
                    addr = q;
                    break;
                }
            if (addr == NOPE)
                continue;
            size_t end = addressees_end(m, addr + 1);
            size_t start = k;
            if (k > 0 && (word_is(m, k - 1, "identical") || word_is(m, k - 1, "note")))
                start = k - 1;
            mb->date = cg_xstrdup(iso);
            mb->sender = senders_in(m, m->tok[de].start, m->tok[addr].start);
            mb->addressee = addressee_of(m->t->s + m->tok[addr].start,
                                         m->tok[end - 1].end - m->tok[addr].start);
            mb->title = clean_slice(m->t, m->tok[start].start, m->tok[end - 1].end);
            return start;
        }
    }
    return NOPE;
}

static void find_session(cg_meta_buf *mb, const M *m, size_t hi)
{
    for (size_t k = 0; k < hi && k < m->n; k++) {
        /* 第七十五届会议, 第七十六年 */
        if (is(m, k, "第") && m->tok[k + 1].type == TK_CNUM) {
            long v = num(m, k + 1);
            if (v > 0 && !mb->session && lit(m, k + 2, "届会议") != NOPE)
                mb->session = v;
            else if (v > 0 && !mb->sc_year && is(m, k + 2, "年"))
                mb->sc_year = v;
        }
        /* Seventy-fifth session / Seventy-sixth year */
        if (word_is(m, k, "session") || word_is(m, k, "year")) {
            long v = -1;
            if (k >= 3 && is(m, k - 2, "-")) {
                size_t a = m->tok[k - 3].start, b = m->tok[k - 1].end;
                v = cg_english_ordinal(m->t->s + a, b - a);
            } else if (k >= 1) {
                v = cg_english_ordinal(m->t->s + m->tok[k - 1].start, tl(m, k - 1));
            }
            if (v > 0 && word_is(m, k, "session") && !mb->session)
                mb->session = v;
            else if (v > 0 && word_is(m, k, "year") && !mb->sc_year)
                mb->sc_year = v;
        }
    }
}

/* 议程项目 34、70 和 135 | 临时议程* 项目 30 | Agenda items 34, 70 and 135 */
static int find_agenda(cg_meta_buf *mb, const M *m, size_t lo, size_t hi)
{
    for (size_t k = lo; k < hi && k < m->n; k++) {
        size_t j = NOPE;
        if (lit(m, k, "项目") != NOPE) {
            for (size_t q = k > 4 ? k - 4 : 0; q < k; q++)
                if (lit(m, q, "议程") != NOPE)
                    j = k + 2;
        } else if ((word_is(m, k, "item") || word_is(m, k, "items")) && k > 0 &&
                   (word_is(m, k - 1, "agenda") || (is(m, k - 1, "*") && k > 1 && word_is(m, k - 2, "agenda")))) {
            j = k + 1;
        } else if ((word_is(m, k, "item") || word_is(m, k, "items")) && k + 5 < m->n &&
                   m->tok[k + 1].type == TK_NUM) {
            /* Item 30 of the provisional agenda* */
            size_t q = k + 2;
            while (q < m->n && q < k + 12 && !word_is(m, q, "of"))
                q++;
            if (word_is(m, q, "of") && word_is(m, q + 1, "the") &&
                (word_is(m, q + 2, "agenda") || (word_is(m, q + 2, "provisional") && word_is(m, q + 3, "agenda"))))
                j = k + 1;
        }
        if (j == NOPE || m->tok[j].type != TK_NUM)
            continue;
        cg_buf out = {0};
        for (;;) {
            long v = num(m, j);
            if (v <= 0 || m->tok[j].type != TK_NUM || is(m, j + 1, "年"))
                break;
            if (out.len)
                cg_buf_putc(&out, ' ');
            cg_buf_printf(&out, "%ld", v);
            j++;
            if (is(m, j, "(") && j + 2 < m->n && is(m, j + 2, ")"))
                j += 3; /* 68 (b) */
            /* the next number only after a separator: a list ends at its line */
            size_t before = j;
            if (is(m, j, "、") || is(m, j, ",") || is(m, j, "，"))
                j++;
            if (is(m, j, "和") || is(m, j, "及") || word_is(m, j, "and"))
                j++;
            if (j == before)
                break;
        }
        if (out.len) {
            mb->agenda = cg_buf_take(&out);
            return 1;
        }
        cg_buf_free(&out);
    }
    return 0;
}

static void find_annex(cg_meta_buf *mb, const M *m, size_t from)
{
    size_t k;
    size_t head_end = NOPE;
    for (k = from; k < m->n; k++) {
        size_t e = lit(m, k, "的附件");
        if (e != NOPE && k > 0 && lit(m, k - 1, "信的附件") != NOPE) {
            head_end = e;
            break;
        }
        if ((word_is(m, k, "annex") && word_is(m, k + 1, "to") && word_is(m, k + 2, "the") &&
             (word_is(m, k + 3, "letter") || word_is(m, k + 3, "identical")))) {
            head_end = k + 4;
            while (head_end < m->n && !m->tok[head_end].nl)
                head_end++;
            break;
        }
    }
    if (head_end == NOPE)
        return;
    mb->has_annex = 1;
    /* the line after the heading: 阿尔扎赫共和国外交部关于……的备忘录 */
    size_t a = head_end, b = a;
    while (b < m->n && (b == a || !m->tok[b].nl))
        b++;
    if (b > a && a < m->n) {
        size_t sa = m->tok[a].start, sb = m->tok[b - 1].end;
        const char *s = m->t->s;
        const char *about = NULL;
        for (size_t q = sa; q + 6 <= sb; q++)
            if (memcmp(s + q, "关于", 6) == 0) {
                about = s + q;
                break;
            }
        const char *de = NULL;
        if (!about)
            for (size_t q = sb; q >= sa + 3; q--)
                if (memcmp(s + q - 3, "的", 3) == 0) {
                    de = s + q - 3;
                    break;
                }
        const char *cut = about ? about : de;
        if (cut && cut - (s + sa) >= 6 && cut - (s + sa) < 200) {
            mb->annex_author = clean_slice(m->t, sa, (size_t)(cut - s));
            return;
        }
    }
    /* else whoever signed it: 阿拉拉特·米尔佐扬(签名), (Signed) Ararat Mirzoyan */
    for (k = head_end; k + 3 < m->n; k++) {
        if (is(m, k, "(") && word_is(m, k + 1, "signed") && is(m, k + 2, ")")) {
            size_t q = k + 3, e = q;
            while (e < m->n && (e == q || !m->tok[e].nl) && e < q + 8 &&
                   (m->tok[e].type == TK_WORD || is(m, e, "-") || is(m, e, ".")))
                e++;
            if (e > q)
                mb->annex_author = clean_slice(m->t, m->tok[q].start, m->tok[e - 1].end);
            return;
        }
        if (is(m, k, "(") && lit(m, k + 1, "签名") != NOPE) {
            /* the name: the characters before (签名) back to white space or
             * punctuation, a dozen at most */
            size_t q = k;
            while (q > head_end && k - q < 12 && !m->tok[q].ws && m->tok[q - 1].type == TK_CHAR &&
                   !is(m, q - 1, "。") && !is(m, q - 1, "，") && !is(m, q - 1, "；") &&
                   !is(m, q - 1, "：") && !is(m, q - 1, "、"))
                q--;
            if (q < k)
                mb->annex_author = clean_slice(m->t, m->tok[q].start, m->tok[k].start);
            return;
        }
    }
}

/* The document's own symbol(s), printed in the masthead: the first symbol
 * before the title line, or, in a document without one (a resolution, a
 * report), the first symbol near the top.  "S/RES/822 (1993)" keeps its
 * year. */
static void masthead(cg_meta_buf *mb, const M *m, size_t title)
{
    size_t first = NOPE;
    for (size_t k = 0; k < m->n; k++) {
        if (title != NOPE ? k >= title : m->tok[k].start > 400)
            break;
        if (m->tok[k].type == TK_SYMBOL) {
            first = k;
            break;
        }
    }
    if (first == NOPE)
        return;
    if (title == NOPE) {
        /* without a title line, only a symbol standing on its own line
         * (after "United Nations" at most) is the masthead's */
        size_t q = first;
        while (q > 0 && !m->tok[q].nl &&
               (word_is(m, q - 1, "united") || word_is(m, q - 1, "nations") || is(m, q - 1, "联") ||
                is(m, q - 1, "合") || is(m, q - 1, "国")))
            q--;
        if (q > 0 && !m->tok[q].nl)
            return;
        size_t next = first + 1;
        if (is(m, next, "(") && is(m, next + 2, ")"))
            next += 3;
        if (next < m->n && !m->tok[next].nl)
            return;
    }
    const char *s = m->t->s + m->tok[first].start;
    size_t n = m->tok[first].end - m->tok[first].start;
    size_t cuts[4];
    size_t nc = cg_split_joint(s, n, cuts);
    size_t after = first + 1;
    cg_buf syms = {0};
    size_t a = 0;
    for (size_t k = 0; k <= nc; k++) {
        size_t b = k < nc ? cuts[k] : n;
        char *sym = cg_canon_symbol(s + a, b - a);
        char suffix[24];
        size_t extra = k == nc ? cg_tok_res_suffix(&m->k, first, suffix, sizeof suffix) : 0;
        if (extra) {
            char *x = cg_xsprintf("%s%s", sym, suffix);
            free(sym);
            sym = x;
            after = first + 1 + extra;
        }
        if (!syms.s || !strstr(syms.s, sym)) {
            if (syms.len)
                cg_buf_putc(&syms, ' ');
            cg_buf_puts(&syms, sym);
        }
        free(sym);
        a = b + 1;
    }
    mb->symbols = cg_buf_take(&syms);
    if (title == NOPE)
        mb->body_start = m->tok[after - 1].end;
}

void cg_extract_meta(cg_meta_buf *mb, const cg_text *t, const cg_token *tok, size_t ntok,
                     const cg_registry *reg)
{
    M m = {t, tok, ntok, reg, {t->s, tok, ntok}};
    memset(mb, 0, sizeof *mb);
    size_t cjk = 0, latin = 0;
    for (size_t i = 0; i < t->n; i++) {
        unsigned char c = (unsigned char)t->s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            latin++;
        else if (c >= 0xE0 && c <= 0xEF)
            cjk += 2; /* a CJK character weighs like a short word */
    }
    mb->language = cg_xstrdup(cjk > latin / 3 ? "zh" : "en");

    size_t title = find_title(mb, &m);
    size_t hdr = title == NOPE ? 0 : title;
    mb->body_start = title == NOPE ? 0 : tok[title].start;
    find_session(mb, &m, hdr);
    if (!find_agenda(mb, &m, 0, hdr))
        find_agenda(mb, &m, hdr, ntok);
    masthead(mb, &m, title);
    find_annex(mb, &m, title == NOPE ? 0 : title + 1);
}

void cg_meta_buf_free(cg_meta_buf *mb)
{
    free(mb->title);
    free(mb->date);
    free(mb->sender);
    free(mb->symbols);
    free(mb->addressee);
    free(mb->agenda);
    free(mb->annex_author);
    free(mb->language);
    free(mb->encoding);
    free(mb->format);
    memset(mb, 0, sizeof *mb);
}
