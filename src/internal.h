/* internal.h: the data passed between the stages of the pipeline
 *   reader -> normalize -> lexer -> scanner (parser) -> resolver -> document
 * Internal to the library. */
#ifndef CG_INTERNAL_H
#define CG_INTERNAL_H

#include <stddef.h>

#include "citegraph.h"
#include "util.h"

/* The largest document read: offsets in the clean text are 32 bits, and
 * decoding UTF-16 or GB18030 grows the text by half at most. */
#define CG_MAX_DOCUMENT ((size_t)1 << 30)

/* ---- decoding: any encoding -> UTF-8 (decode.c) --------------------------- */
typedef struct cg_decoded {
    const char *data;     /* UTF-8; the input itself when it was UTF-8 already */
    size_t len;
    size_t *map;          /* map[i]: original offset of data[i] (map[len] = input length); NULL: identity */
    const char *encoding; /* "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" */
} cg_decoded;

cg_status cg_decode(const char *name, const char *data, size_t n, cg_decoded *out, cg_error *err);
void cg_decoded_free(cg_decoded *d);

/* ---- HTML: the text of a page, with its structure (read_html.c) ----------- */
/* 1 when the bytes look like HTML. */
int cg_looks_html(const char *name, const char *s, size_t n);
/* The text of an HTML document: paragraphs and footnotes as lines, scripts
 * and styles dropped, document links (href) on lines of their own after
 * their text (so that they count as link annotations).  map[i] gives the
 * offset in s of the text's byte i. */
cg_status cg_html_text(const char *name, const char *s, size_t n, char **out, size_t *outlen,
                       size_t **map, cg_error *err);

/* ---- reader: per-byte annotations of the original file ---------------- */
enum {
    CG_MASK_DROP = 1,   /* markup: not part of the text */
    CG_MASK_SPACE = 2,  /* markup that separates words */
    CG_MASK_ECHO = 4,   /* a link annotation repeating the text (URL alone on a line, link target) */
    CG_MASK_BREAK = 8   /* a hard boundary (heading, footnote rule): behaves as a paragraph break */
};

typedef enum cg_format { CG_FORMAT_TEXT, CG_FORMAT_MARKDOWN } cg_format;

/* Checks the bytes (UTF-8, no NUL) and fills mask[0..n) for the format
 * found; returns CG_OK or CG_ERR_INPUT with err (line, column). */
cg_status cg_reader_prepare(const char *name, const char *s, size_t n, unsigned char *mask,
                            cg_format *format, int allow_markdown, cg_error *err);

/* ---- normalizer -------------------------------------------------------- */
typedef struct cg_text {
    char *s;              /* the clean text the scanner sees */
    size_t n;
    uint32_t *orig;       /* orig[i]: offset in the original of s[i]; orig[n] = original length
                             (documents are at most 1 GiB: 32 bits halve the memory) */
    unsigned char *echo;  /* echo[i]: 1 when s[i] came from a link annotation */
    const char *src;      /* the original (borrowed while scanning) */
    size_t src_len;
    size_t *lines;        /* offsets of line starts in the original */
    size_t nlines;
} cg_text;

/* Builds the clean text: white space folded (deleted between CJK
 * characters, a soft break '\n' where a line ended, "\n " where the next
 * line is indented), full-width ASCII folded, dashes in joint symbols made
 * ASCII.  Never fails (allocation failures exit). */
void cg_normalize(cg_text *t, const char *src, size_t n, const unsigned char *mask,
                  int blank_is_para); /* Markdown: blank lines separate paragraphs */
void cg_text_free(cg_text *t);
/* Line and column (1-based, characters) in the original of an original offset. */
void cg_text_position(const cg_text *t, size_t orig, long *line, long *col);

/* ---- lexer (lexer.re) -------------------------------------------------- */
typedef enum cg_tok_type {
    TK_EOF = 0,
    TK_SYMBOL,     /* S/2020/1307, A/75/693-S/2020/1307 */
    TK_URL,        /* http(s)://... or www.... */
    TK_TITLE,      /* 《...》 */
    TK_NUM_YEAR,   /* 822 (1993) */
    TK_NUM_ROMAN,  /* 2625 (XXV), 217 A (III) */
    TK_SLASHNUM,   /* 75/1, 2023/10, ES-11/1 */
    TK_DECISION,   /* 2/CP.19 */
    TK_NUM,        /* 123 */
    TK_CNUM,       /* 五十一 */
    TK_WORD,       /* ASCII word */
    TK_CHAR,       /* one other non-ASCII character */
    TK_PUNCT       /* one other ASCII character */
} cg_tok_type;

typedef struct cg_token {
    cg_tok_type type;
    uint32_t start, end; /* offsets in the clean text (at most 1 GiB) */
    unsigned ws : 1;    /* white space before */
    unsigned nl : 1;    /* a line break before */
    unsigned para : 1;  /* a paragraph break (indented line) before */
} cg_token;

/* Reading tokens (tokens.c): a view of the text and its tokens. */
typedef struct cg_tokens {
    const char *s;
    const cg_token *t;
    size_t n;
} cg_tokens;

#define CG_TOK_NONE ((size_t)-1)
int cg_tok_is(const cg_tokens *k, size_t i, const char *lit);     /* token i is exactly lit */
int cg_tok_word(const cg_tokens *k, size_t i, const char *w);     /* word i, ASCII case folded */
size_t cg_tok_lit(const cg_tokens *k, size_t i, const char *lit); /* lit over adjacent tokens: the index after, or CG_TOK_NONE */
long cg_tok_long(const cg_tokens *k, size_t i);                   /* a number (digits or Chinese), else -1 */
int cg_tok_month(const cg_tokens *k, size_t i);                   /* an English month name: 1..12, else 0 */
/* After a resolution symbol at token i ("S/RES/822 (1993)", "A/RES/2625(XXV)"):
 * its year or session as "(1993)" in buf, and the tokens it takes (3), or 0. */
size_t cg_tok_res_suffix(const cg_tokens *k, size_t i, char *buf, size_t bl);

/* The States named in s[a, b), longest names first, as space-separated
 * ISO3 codes in order of appearance (each once), or NULL (registry.c). */
char *cg_states_in(const cg_registry *reg, const char *s, size_t a, size_t b);

/* Splits the clean text into tokens; *out gets an array ending with TK_EOF
 * (owned by the caller); returns the number of tokens before TK_EOF. */
size_t cg_lex(const cg_text *t, cg_token **out);

/* ---- registry lookups (registry.c) ------------------------------------ */
typedef struct cg_entry {
    char *id;
    cg_kind kind;
    char *label_en, *label_zh;
    char *date;
} cg_entry;

/* Looks a title up (white space removed, ASCII case folded, a leading
 * "the" dropped).  Returns the entry or NULL. */
const cg_entry *cg_registry_title(const cg_registry *reg, const char *title, size_t len);
/* 1 when the title is a reporter / collection (prefix match). */
int cg_registry_is_reporter(const cg_registry *reg, const char *title, size_t len);
/* Finds the longest registry phrase (case names, English titles) that
 * starts at s; returns its byte length in s (0 when none) and the entry. */
size_t cg_registry_phrase_at(const cg_registry *reg, const char *s, size_t n,
                             const cg_entry **entry);
/* The same, also accepting one-word English short forms ("Charter"):
 * for text right after "the". */
size_t cg_registry_phrase_after_the(const cg_registry *reg, const char *s, size_t n,
                                    const cg_entry **entry);
/* Longest State name at s; returns its length (0 when none) and the code. */
size_t cg_registry_country_at(const cg_registry *reg, const char *s, size_t n,
                              const char **iso3);
const cg_entry *cg_registry_get(const cg_registry *reg, const char *id);

/* ---- scanner (parser) + resolver -------------------------------------- */
typedef struct cg_mention {
    char *target;     /* canonical id */
    cg_kind kind;
    char *label;
    char *parent;     /* article -> instrument */
    char *symbols;    /* joint documents */
    size_t start, end;/* offsets in the clean text */
    int echo;
    int absorbed;     /* a title that only introduced its articles: not a mention of its own */
    char *alias;      /* letter:DATE:ISO3 of a letter also cited by symbol */
} cg_mention;

typedef struct cg_scan_ctx {
    const cg_text *text;
    const cg_token *tok;
    size_t ntok;
    const cg_registry *reg;
    size_t body_start;   /* clean offset where the header ends (title line) */
    int own_body;        /* body that issued the document: 'S', 'A', 'E' or 0 */
    int zh;              /* the document is in Chinese (labels) */
    const char *sender;  /* the document's own sender(s), for "my letter" */
    const char *date;    /* the document's own date */
    cg_vec mentions;     /* cg_mention* */
} cg_scan_ctx;

void cg_scan_references(cg_scan_ctx *ctx);
void cg_mention_free(void *m);

/* Canonical forms (resolver.c). */
char *cg_canon_symbol(const char *s, size_t n);          /* "a/c.3/78/l.60/rev.1" -> "A/C.3/78/L.60/Rev.1" */
char *cg_canon_url(const char *s, size_t n, int *is_undocs); /* url:host/path, or the symbol for undocs.org */
/* Offsets of the dashes that join the symbols of a joint document. */
size_t cg_split_joint(const char *s, size_t n, size_t *cuts);
/* The symbol a file name spells ("S_RES_0822_1993_EN.txt"), or NULL. */
char *cg_symbol_from_filename(const char *path);
long cg_cnum_value(const char *s, size_t n);             /* 五十一 -> 51; -1 when not a number */
long cg_roman_value(const char *s, size_t n);            /* XXV -> 25; -1 when not a numeral */
long cg_english_ordinal(const char *s, size_t n);        /* "seventy-fifth" -> 75 */

/* ---- metadata (metadata.c) -------------------------------------------- */
typedef struct cg_meta_buf {
    char *title, *date, *sender, *symbols, *addressee, *agenda, *annex_author, *language;
    char *encoding, *format;
    long session, sc_year;
    int has_annex;
    size_t body_start;     /* clean offset of the title line (end of the header) */
} cg_meta_buf;

void cg_extract_meta(cg_meta_buf *m, const cg_text *t, const cg_token *tok, size_t ntok,
                     const cg_registry *reg);
void cg_meta_buf_free(cg_meta_buf *m);

/* ---- sentences -------------------------------------------------------- */
/* Bounds [*a, *b) of the sentence around clean offset pos. */
void cg_sentence_bounds(const cg_text *t, size_t pos, size_t *a, size_t *b);
/* 1 when a sentence starts at clean offset pos. */
int cg_sentence_break(const cg_text *t, size_t pos);

#endif
