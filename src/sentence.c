/* sentence.c: where sentences start in the clean text.
 *
 * A sentence starts at the start of the text, after 。！？, at a paragraph
 * break ("\n "), after a footnote rule, at a footnote's number after a
 * full stop (". 3 United Nations, Treaty Series"), and after . ! ? followed
 * by white space and a capital or a non-ASCII character, unless the full
 * stop closes an abbreviation of one of the languages (p., No., para.,
 * Add.): a word of one or two letters, or one the language lists.  A full
 * stop after a closing bracket ends a sentence ("... 2625 (XXV). As set
 * out"). */
#include <stdlib.h>
#include <string.h>

#include "lang/lang.h"
#include "text.h"
#include "util.h"

static int is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The word of wl letters at s[k] is an abbreviation in some language. */
static int abbreviation(const char *s, size_t k, size_t wl)
{
    for (int l = 0; l < CG_LANG_COUNT; l++) {
        const cg_lang *L = cg_langs[l];
        if (L->short_words_abbreviate && wl <= 2)
            return 1;
        for (const char *const *a = L->abbreviations; a && *a; a++)
            if (strlen(*a) == wl && cg_strncaseeq(s + k, *a, wl))
                return 1;
    }
    return 0;
}

/* Is there a sentence boundary right before offset i?  The byte before
 * decides what can follow, so most offsets are answered by one compare. */
static int boundary_before(const cg_text *t, size_t i)
{
    const char *s = t->s;
    if (i == 0)
        return 1;
    unsigned char c = (unsigned char)s[i - 1];
    if (c == 0x82 || c == 0x81 || c == 0x9F) { /* the last bytes of 。！？ */
        if (i < 3)
            return 0;
        unsigned char a = (unsigned char)s[i - 3], b = (unsigned char)s[i - 2];
        return (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F));
    }
    if (c == '_')
        return s[i] != '_'; /* footnote rule */
    if (c != ' ' && c != '\n')
        return 0;
    if (i < 2)
        return 0;
    char d = s[i - 2];
    if (c == ' ' && d == '\n')
        return 1; /* paragraph */
    if (c == '\n' && d == '_')
        return 1; /* the line after a footnote rule */
    if ((d != '.' && d != '!' && d != '?') || i >= t->n)
        return 0;
    /* ". 3 United Nations, Treaty Series": a footnote starts */
    if (i + 2 < t->n && s[i] >= '1' && s[i] <= '9') {
        size_t k = i;
        while (k < t->n && s[k] >= '0' && s[k] <= '9')
            k++;
        if (k - i <= 2 && k + 1 < t->n && s[k] == ' ' &&
            ((s[k + 1] >= 'A' && s[k + 1] <= 'Z') || (unsigned char)s[k + 1] >= 0x80))
            return 1;
    }
    if ((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0x80) {
        /* ". The": not after an abbreviation (p., No, para.) */
        size_t w = i - 2, k = w;
        while (k > 0 && is_letter(s[k - 1]))
            k--;
        size_t wl = w - k;
        if (d == '.' && wl > 0 && abbreviation(s, k, wl))
            return 0;
        return 1;
    }
    return 0;
}

void cg_sentence_index(cg_text *t)
{
    size_t cap = 64, n = 0;
    uint32_t *v = cg_xmalloc(cap * sizeof *v);
    v[n++] = 0;
    /* the bytes a boundary can follow (boundary_before) */
    static const unsigned char may_end[256] = {[' '] = 1, ['\n'] = 1, ['_'] = 1,
                                               [0x81] = 1, [0x82] = 1, [0x9F] = 1};
    const unsigned char *s = (const unsigned char *)t->s;
    for (size_t i = 1; i <= t->n; i++) {
        if (!may_end[s[i - 1]])
            continue;
        /* most white space follows no full stop: answered here as
         * boundary_before would */
        unsigned char c = s[i - 1];
        if (c == ' ' || c == '\n') {
            if (i < 2)
                continue;
            unsigned char d = s[i - 2];
            if (d != '.' && d != '!' && d != '?' && !(c == ' ' && d == '\n') && !(c == '\n' && d == '_'))
                continue;
        }
        if (boundary_before(t, i)) {
            if (n == cap)
                v = cg_xrealloc(v, (cap *= 2) * sizeof *v);
            v[n++] = (uint32_t)i;
        }
    }
    cg_free(t->breaks);
    t->breaks = v;
    t->nbreaks = n;
}

/* The index of the first sentence start >= x. */
static size_t first_at_or_after(const cg_text *t, size_t x)
{
    size_t lo = 0, hi = t->nbreaks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->breaks[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int cg_sentence_break(const cg_text *t, size_t pos)
{
    if (pos > t->n)
        return 0;
    if (t->breaks) {
        size_t k = first_at_or_after(t, pos);
        return k < t->nbreaks && t->breaks[k] == pos;
    }
    return boundary_before(t, pos);
}

/* A sentence that runs on beyond CG_SENTENCE_SIDE bytes is cut at the
 * grid of multiples of the side, so that its mentions share one piece. */
int cg_sentence_bounds(const cg_text *t, size_t pos, size_t *a, size_t *b)
{
    const size_t side = CG_SENTENCE_SIDE;
    size_t cell = pos / side;
    size_t lo = cell ? (cell - 1) * side : 0, hi = (cell + 2) * side;
    size_t i, j;
    if (t->breaks) {
        /* the last start in (lo, pos], the first in [pos + 1, min(n, hi)) */
        size_t k = first_at_or_after(t, pos + 1);
        i = k > 0 && t->breaks[k - 1] > lo ? t->breaks[k - 1] : lo;
        size_t end = t->n < hi ? t->n : hi;
        j = k < t->nbreaks && t->breaks[k] < end ? t->breaks[k] : end;
        if (pos + 1 > end)
            j = pos + 1;
    } else {
        i = pos;
        while (i > lo && !boundary_before(t, i))
            i--;
        j = pos + 1;
        while (j < t->n && j < hi && !boundary_before(t, j))
            j++;
    }
    if (j > t->n)
        j = t->n;
    int exact = (i > lo || i == 0) && (j < hi || j >= t->n);
    /* keep to character boundaries */
    while (i > 0 && ((unsigned char)t->s[i] & 0xC0) == 0x80)
        i--;
    while (j < t->n && ((unsigned char)t->s[j] & 0xC0) == 0x80)
        j++;
    while (i < j && (t->s[i] == ' ' || t->s[i] == '\n' || t->s[i] == '_'))
        i++;
    while (j > i && (t->s[j - 1] == ' ' || t->s[j - 1] == '\n' || t->s[j - 1] == '_'))
        j--;
    *a = i;
    *b = j;
    return exact;
}
