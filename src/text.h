/* text.h: the clean text the lexer reads, and where it came from.
 *
 *   reader.c     checks the bytes and marks markup (spans)
 *   normalize.c  white space folded, PDF line breaks joined, full-width
 *                forms folded; an offset map back to the bytes read
 *   sentence.c   sentence boundaries in the clean text
 *
 * Memory: the clean text (at most the size of the input) and a map with
 * one entry where the offset shift changes (a collapsed run of white
 * space, a folded character), not one per byte.  Internal. */
#ifndef CG_TEXT_H
#define CG_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "citegraph.h"
#include "read.h"

/* CG_MAX_DOCUMENT (read.h) bounds every text: offsets are 32 bits. */

/* ---- offset maps ---------------------------------------------------- */

/* A monotone map from offsets in a derived text to offsets in its source,
 * as segments: from dst[k] on, src = src[k] + (d - dst[k]). */
typedef struct cg_omap {
    uint32_t *dst, *src;
    size_t n, cap;
} cg_omap;

/* Records that derived offset d comes from source offset s (d increasing;
 * a point on the current segment's line is not stored). */
void cg_omap_put(cg_omap *m, size_t d, size_t s);
/* The source offset of derived offset d (identity when the map is empty). */
size_t cg_omap_get(const cg_omap *m, size_t d);
void cg_omap_free(cg_omap *m);

/* ---- reader: markup spans ------------------------------------------- */
enum {
    CG_MASK_DROP = 1,  /* markup: not part of the text */
    CG_MASK_SPACE = 2, /* markup that separates words */
    CG_MASK_ECHO = 4,  /* a link annotation repeating the text (URL alone on a line, link target) */
    CG_MASK_BREAK = 8, /* a hard boundary (heading, footnote rule): behaves as a paragraph break */
    CG_MASK_RUNNING = 16 /* with SPACE: the document's own symbol in a running header or footer */
};

typedef struct cg_span {
    uint32_t a, b;
    uint32_t flags;
} cg_span;

/* Sorted, non-overlapping spans of source bytes with their CG_MASK_*. */
typedef struct cg_spans {
    cg_span *v;
    size_t n, cap;
} cg_spans;

typedef enum cg_format { CG_FORMAT_TEXT, CG_FORMAT_MARKDOWN } cg_format;

/* Checks the bytes (UTF-8, no NUL, not blank) and marks the markup of the
 * format found; returns CG_OK or CG_ERR_INPUT with err (line, column).
 * `utf8_checked`: the caller has checked already that s is UTF-8 with no
 * NUL byte (cg_decode read it in place), so that check is not repeated. */
cg_status cg_reader_prepare(const char *name, const char *s, size_t n, cg_spans *spans,
                            cg_format *format, int allow_markdown, int utf8_checked, cg_error *err);
void cg_spans_free(cg_spans *sp);

/* ---- normalizer ------------------------------------------------------ */

/* Scripts counted in the clean text, for language detection. */
typedef struct cg_scripts {
    uint32_t cjk, latin, cyrillic, arabic;
} cg_scripts;

/* A paragraph of the clean text and the scripts of its letters. */
typedef struct cg_para {
    uint32_t start;   /* clean offset */
    cg_scripts sc;
    /* set by cg_detect_languages (detect.h): the paragraph's language, and
     * the languages of the other scripts it holds (CG_LANG_BIT()s) */
    uint8_t lang, others;
} cg_para;

typedef struct cg_text {
    char *s;          /* the clean text, NUL-terminated */
    size_t n;
    cg_omap map;      /* clean offset -> offset in src */
    uint32_t *echo;   /* clean ranges [echo[2k], echo[2k+1]) from link annotations */
    size_t necho, echo_cap;
    const char *src;  /* what the normalizer read (borrowed) */
    size_t src_len;
    cg_scripts scripts; /* of the whole text */
    uint32_t lookalikes; /* Cyrillic or Greek capitals read as Latin in symbols */
    cg_para *paras;     /* paragraphs in order; paras[0] starts at 0 */
    size_t nparas, para_cap;
    uint32_t *breaks;   /* sentence starts, in order (cg_sentence_index), or NULL */
    size_t nbreaks;
    /* the first symbols printed in a running header or footer
     * (CG_MASK_RUNNING): source ranges [running[k][0], running[k][1]) */
    uint32_t running[4][2];
    size_t nrunning;
} cg_text;

/* Builds the clean text: white space folded (deleted between CJK
 * characters, a soft break '\n' where a line ended, "\n " where a
 * paragraph starts: an indented line, a blank line after a line that
 * ends short of the text's measure, or any blank line when blank_is_para),
 * full-width ASCII folded, dashes in joint symbols made ASCII. */
void cg_normalize(cg_text *t, const char *src, size_t n, const cg_spans *spans, int blank_is_para);
void cg_text_free(cg_text *t);
/* The offset in src of clean offset i. */
size_t cg_text_orig(const cg_text *t, size_t i);
/* 1 when clean offset i came from a link annotation. */
int cg_text_echo(const cg_text *t, size_t i);

/* ---- sentences ------------------------------------------------------- */
/* Bounds [*a, *b) of the sentence around clean offset pos.  A sentence
 * longer than CG_SENTENCE_SIDE on a side is cut at a fixed grid, so that
 * mentions in one long run of text share their sentence.  Returns 1 when
 * both ends are real boundaries (every offset in [*a, *b) has the same
 * sentence), 0 when one is a cut. */
#define CG_SENTENCE_SIDE 600
int cg_sentence_bounds(const cg_text *t, size_t pos, size_t *a, size_t *b);
/* 1 when a sentence starts at clean offset pos. */
int cg_sentence_break(const cg_text *t, size_t pos);
/* Finds every sentence start once (one pass), so that the two above are
 * lookups.  Optional; cg_text_free releases it. */
void cg_sentence_index(cg_text *t);

#endif
