/* lex.h: tokens of the clean text (lexer.re), read a token at a time.
 *
 * The lexer knows shapes only: UN symbols, URLs, 《titles》, resolution
 * numbers in their three shapes (822 (1993), 2625 (XXV), 75/1), numbers,
 * Chinese numerals, words of any script, single characters.  What a word
 * means is the vocabulary's business (tables.h): every token gets the id
 * of its folded text there, 0 when no phrase of any language uses it.
 *
 * Every rule consumes a bounded number of bytes beyond what it keeps, so
 * that no input can drive the lexer into quadratic time. */
#ifndef CG_LEX_H
#define CG_LEX_H

#include <stddef.h>
#include <stdint.h>

#include "utf8.h"

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
    TK_WORD,       /* a run of letters of any script but CJK */
    TK_CHAR,       /* one other non-ASCII character (CJK ideographs, CJK punctuation) */
    TK_PUNCT       /* one other ASCII character */
} cg_tok_type;

/* Token flags. */
enum {
    TF_WS = 1,      /* white space before */
    TF_NL = 2,      /* a line break before */
    TF_PARA = 4,    /* a paragraph break before */
    TF_CAP = 8,     /* a word whose first letter is a capital */
    TF_UPPER = 16   /* a word written in capitals (two letters at least) */
};

typedef struct cg_token {
    uint64_t roles;      /* bit r: some phrase with role r starts with this token (any language) */
    uint32_t start, end; /* offsets in the clean text (at most 1 GiB) */
    uint32_t vid;        /* vocabulary id of the folded text, 0: none */
    uint8_t type;        /* cg_tok_type */
    uint8_t flags;       /* TF_* */
} cg_token;

typedef struct cg_lexer {
    const unsigned char *base, *cur, *end;
    int pending; /* TF_WS | TF_NL | TF_PARA seen since the last token */
} cg_lexer;

/* An ideograph U+4000..U+9FFF that is not a Chinese numeral
 * (一二三四五六七八九十百千两零): the lexer makes it a token of its own
 * (TK_CHAR), whatever follows it. */
static inline int cg_lex_plain_cjk(uint32_t cp)
{
    switch (cp) {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94: case 0x516D:
    case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341: case 0x767E: case 0x5343:
    case 0x4E24: case 0x96F6:
        return 0;
    default:
        return cp >= 0x4000 && cp <= 0x9FFF;
    }
}

/* A small letter of the scripts with case (Latin-1, Latin Extended-A,
 * Greek, Cyrillic): what a word cut at a line end goes on with. */
static inline int cg_lex_lower(uint32_t c)
{
    return cg_small_letter(c);
}

/* The text must end with a NUL at s[n] (the clean text does). */
void cg_lexer_init(cg_lexer *lx, const char *s, size_t n);

/* The next token (TK_EOF at the end, then again and again); vid and
 * roles are 0. */
void cg_lex_next(cg_lexer *lx, cg_token *out);

/* The folded key of a token's text, the vocabulary's key: words in lower
 * case (ASCII, Latin-1 and Latin Extended-A, Greek, Cyrillic with ё as е,
 * Arabic with آ أ إ ٱ as ا and ى as ي, tatweel and harakat left out),
 * white space removed from number shapes, symbols and 《titles》,
 * typographic apostrophes as '; a word joined across a hyphen at a line
 * end (scan.c) without its hyphen and line break.
 * Writes at most cap bytes to buf and returns the length, or 0 when the
 * key does not fit (such a token never has an id). */
size_t cg_token_key(const char *s, const cg_token *t, char *buf, size_t cap);

/* The first code point of the token. */
uint32_t cg_token_cp(const char *s, const cg_token *t);

#endif
