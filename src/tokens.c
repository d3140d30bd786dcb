/* tokens.c: reading the lexer's tokens, shared by the scanner and the
 * metadata reader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int cg_tok_is(const cg_tokens *k, size_t i, const char *lit)
{
    size_t l = strlen(lit);
    return i < k->n && k->t[i].end - k->t[i].start == l && memcmp(k->s + k->t[i].start, lit, l) == 0;
}

int cg_tok_word(const cg_tokens *k, size_t i, const char *w)
{
    size_t l = strlen(w);
    return i < k->n && k->t[i].type == TK_WORD && k->t[i].end - k->t[i].start == l &&
           cg_strncaseeq(k->s + k->t[i].start, w, l);
}

size_t cg_tok_lit(const cg_tokens *k, size_t i, const char *l)
{
    size_t L = strlen(l), off = 0, j = i;
    while (off < L) {
        if (j >= k->n || (j > i && k->t[j].ws))
            return CG_TOK_NONE;
        size_t tl = k->t[j].end - k->t[j].start;
        if (off + tl > L || memcmp(k->s + k->t[j].start, l + off, tl) != 0)
            return CG_TOK_NONE;
        off += tl;
        j++;
    }
    return j;
}

long cg_tok_long(const cg_tokens *k, size_t i)
{
    if (i >= k->n)
        return -1;
    size_t l = k->t[i].end - k->t[i].start;
    if (k->t[i].type == TK_NUM)
        return l > 9 ? -1 : strtol(k->s + k->t[i].start, NULL, 10);
    if (k->t[i].type == TK_CNUM)
        return cg_cnum_value(k->s + k->t[i].start, l);
    return -1;
}

int cg_tok_month(const cg_tokens *k, size_t i)
{
    static const char *const months[] = {"January", "February", "March", "April", "May", "June",
                                         "July", "August", "September", "October", "November",
                                         "December"};
    for (int m = 0; m < 12; m++)
        if (cg_tok_word(k, i, months[m]))
            return m + 1;
    return 0;
}

size_t cg_tok_res_suffix(const cg_tokens *k, size_t i, char *buf, size_t bl)
{
    buf[0] = '\0';
    const char *s = k->s + k->t[i].start;
    size_t n = k->t[i].end - k->t[i].start;
    int res = 0;
    for (size_t q = 0; q + 5 <= n && !res; q++)
        res = cg_strncaseeq(s + q, "/RES/", 5);
    if (!res || !cg_tok_is(k, i + 1, "(") || !cg_tok_is(k, i + 3, ")") || k->t[i + 2].ws ||
        k->t[i + 3].ws)
        return 0;
    const char *x = k->s + k->t[i + 2].start;
    size_t xl = k->t[i + 2].end - k->t[i + 2].start;
    if (!((k->t[i + 2].type == TK_NUM && xl == 4) ||
          (k->t[i + 2].type == TK_WORD && xl < 10 && cg_roman_value(x, xl) > 0)))
        return 0;
    snprintf(buf, bl, "(%.*s)", (int)xl, x);
    return 3;
}
