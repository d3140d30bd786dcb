/* detect.c: language detection (detect.h, docs/languages.md). */
#include <string.h>

#include "detect.h"
#include "lang/lang.h"
#include "tables.h"
#include "util.h"

/* How much of a paragraph is read for function words: enough to tell,
 * bounded so that a long paragraph costs no more than a short letter. */
#define DETECT_SPAN 4096
/* A paragraph has its own language when it has at least this many letters
 * (as cg_scan always judged it)... */
#define DETECT_LETTERS 12
/* ... and, within the document's script, at least this many function-word
 * hits of another language, more than twice its hits of the document's. */
#define DETECT_HITS 3

/* The letters of a script, weighted: a Han character weighs six letters. */
static uint64_t script_weight(const cg_scripts *sc, int script)
{
    switch (script) {
    case CG_SCRIPT_LATIN: return sc->latin;
    case CG_SCRIPT_HAN: return (uint64_t)sc->cjk * 6;
    case CG_SCRIPT_CYRILLIC: return sc->cyrillic;
    case CG_SCRIPT_ARABIC: return sc->arabic;
    default: return 0;
    }
}

static int script_has_lang(int script)
{
    for (int l = 0; l < CG_LANG_COUNT; l++)
        if (cg_langs[l]->script == script)
            return 1;
    return 0;
}

/* The script that dominates among those citegraph reads a language in;
 * of equal weights the first (Latin); -1 when none has a letter. */
static int dominant_script(const cg_scripts *sc)
{
    int best = -1;
    uint64_t bw = 0;
    for (int s = 0; s < CG_SCRIPT_COUNT; s++) {
        uint64_t w = script_weight(sc, s);
        if (w > bw && script_has_lang(s)) {
            best = s;
            bw = w;
        }
    }
    return best;
}

/* The language of `script` with the most hits; of equal hits the first in
 * cg_langs order; -1 when no language is written in it. */
static int best_of_script(int script, const uint32_t *hits)
{
    int best = -1;
    for (int l = 0; l < CG_LANG_COUNT; l++)
        if (cg_langs[l]->script == script && (best < 0 || hits[l] > hits[best]))
            best = l;
    return best;
}

/* cg_vocab_find with the key's cg_vhash known. */
static uint32_t vocab_find_hashed(const char *key, size_t n, uint32_t h)
{
    for (uint32_t k = h & cg_vslot_mask;; k = (k + 1) & cg_vslot_mask) {
        const cg_vslot *sl = &cg_vslots[k];
        if (!sl->hash)
            return 0;
        if (sl->hash == h) {
            const cg_vword *w = &cg_vwords[sl->vid];
            if (w->len == n && memcmp(cg_vkeys + w->key, key, n) == 0)
                return sl->vid;
        }
    }
}

/* Counts the function words of every language among the words of
 * s[a, b): runs of ASCII letters and Latin-1 letters (U+00C0..U+00FF),
 * folded to lower case as the lexer folds them.  A word in capitals is an
 * acronym or a part of a symbol (the ES of ES-11/1), not a function word. */
static void count_function_words(const char *s, size_t a, size_t b, uint32_t *hits)
{
    if (b - a > DETECT_SPAN)
        b = a + DETECT_SPAN;
    char key[CG_FUNCTION_WORD_MAX];
    size_t kl = 0;
    int too_long = 0, lower = 0;
    uint32_t h = 2166136261u; /* cg_vhash of the key, as it grows */
    for (size_t i = a; i <= b; i++) {
        if (!kl) {
            /* between words: on to the next letter (or 0xC3, À..ÿ); eight
             * bytes at a time over text of other scripts (all bytes
             * >= 0x80, none of them 0xC3) */
            while (i + 8 <= b) {
                uint64_t w;
                memcpy(&w, s + i, 8);
                uint64_t x = w ^ 0xC3C3C3C3C3C3C3C3ull;
                if ((w & 0x8080808080808080ull) != 0x8080808080808080ull ||
                    ((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull))
                    break;
                i += 8;
            }
            while (i < b && (unsigned)(((unsigned char)s[i] | 0x20) - 'a') >= 26u && (unsigned char)s[i] != 0xC3)
                i++;
        }
        unsigned char c = i < b ? (unsigned char)s[i] : 0;
        if ((unsigned)((c | 0x20) - 'a') < 26u) {
            lower |= c >= 'a';
            if (kl < sizeof key) {
                key[kl++] = (char)(c | 0x20);
                h = (h ^ (c | 0x20)) * 16777619u;
            } else {
                too_long = 1;
            }
            continue;
        }
        if (c == 0xC3 && i + 1 < b && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
            unsigned char d = (unsigned char)s[i + 1];
            lower |= d >= 0x9F;
            if (d >= 0x80 && d <= 0x9E && d != 0x97)
                d = (unsigned char)(d + 0x20); /* À..Þ -> à..þ */
            if (kl + 2 <= sizeof key) {
                key[kl++] = (char)c;
                key[kl++] = (char)d;
                h = (h ^ c) * 16777619u;
                h = (h ^ d) * 16777619u;
            } else {
                too_long = 1;
            }
            i++;
            continue;
        }
        if (kl && !too_long && (lower || kl == 1)) {
            uint32_t v = vocab_find_hashed(key, kl, h ? h : 1);
            if (v && cg_vwords[v].func)
                for (int l = 0; l < CG_LANG_COUNT; l++)
                    hits[l] += cg_vwords[v].func >> l & 1;
        }
        kl = 0;
        too_long = lower = 0;
        h = 2166136261u;
    }
}

int cg_detect_languages(cg_text *t, int forced)
{
    uint32_t doc_hits[CG_LANG_COUNT] = {0};
    uint32_t(*hits)[CG_LANG_COUNT] = NULL;
    uint32_t hits1[1][CG_LANG_COUNT];
    if (t->nparas > 1)
        hits = cg_xcalloc(t->nparas, sizeof *hits);
    else
        hits = hits1;
    memset(hits, 0, (t->nparas ? t->nparas : 1) * sizeof *hits);
    for (size_t k = 0; k < t->nparas; k++) {
        if (!t->paras[k].sc.latin)
            continue;
        size_t a = t->paras[k].start, b = k + 1 < t->nparas ? t->paras[k + 1].start : t->n;
        count_function_words(t->s, a, b, hits[k]);
        for (int l = 0; l < CG_LANG_COUNT; l++)
            doc_hits[l] += hits[k][l];
    }
    /* the document */
    int doc = forced;
    if (doc < 0) {
        int s = dominant_script(&t->scripts);
        doc = best_of_script(s < 0 ? CG_SCRIPT_LATIN : s, doc_hits);
        if (doc < 0)
            doc = CG_LANG_EN;
    }
    /* the language each script is read in where it is not the paragraph's
     * own: the document's for its script, else the one the document's
     * function words favour */
    int of_script[CG_SCRIPT_COUNT];
    for (int s = 0; s < CG_SCRIPT_COUNT; s++)
        of_script[s] = s == cg_langs[doc]->script ? doc : best_of_script(s, doc_hits);
    for (size_t k = 0; k < t->nparas; k++) {
        cg_para *pa = &t->paras[k];
        int main_lang = doc;
        if (forced < 0 && pa->sc.cjk + pa->sc.latin + pa->sc.cyrillic + pa->sc.arabic >= DETECT_LETTERS) {
            int s = dominant_script(&pa->sc);
            if (s >= 0 && s != cg_langs[doc]->script) {
                main_lang = best_of_script(s, hits[k]);
            } else if (s >= 0) {
                int b = best_of_script(s, hits[k]);
                if (b != doc && hits[k][b] >= DETECT_HITS && hits[k][b] > 2 * hits[k][doc])
                    main_lang = b;
            }
        }
        pa->lang = (uint8_t)main_lang;
        pa->others = 0;
        for (int s = 0; s < CG_SCRIPT_COUNT; s++) {
            if (s == cg_langs[main_lang]->script || of_script[s] < 0 || !script_weight(&pa->sc, s))
                continue;
            pa->others |= (uint8_t)CG_LANG_BIT(of_script[s]);
        }
    }
    if (hits != hits1)
        cg_free(hits);
    return doc;
}
