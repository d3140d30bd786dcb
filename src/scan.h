/* scan.h: the scan core, shared by its files.
 *
 *   scan.c          the driver: one pass over the tokens, languages by
 *                   paragraph, mentions, anchors for articles, bodies
 *   scan_numbers.c  resolution and decision numbers, in lists
 *   scan_articles.c articles and paragraphs of instruments
 *   scan_letters.c  letters cited by description
 *   scan_titles.c   symbols, links, titles, registry phrases
 *   meta.c          what a letter says about itself (header, annex)
 *
 * Rules are written against roles of words (lang/lang.h), never against
 * strings; a rule that depends on word order comes in the variants the
 * languages need (head first: "resolution 822 (1993)"; head last:
 * "第 822(1993)号决议") and a language's table says which applies.
 *
 * Tokens come from a window over the lexer: a rule may look ahead as far
 * as it likes and back CG_WINDOW / 2 tokens, and no document is held as
 * tokens in memory at once.  Internal. */
#ifndef CG_SCAN_H
#define CG_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "lang/lang.h"
#include "lex.h"
#include "registry.h"
#include "resolver.h"
#include "text.h"

#define NOPE ((size_t)-1)
#define CG_WINDOW 8192 /* tokens kept: a power of two */
#define MAX_ITEMS 64        /* the items of a list held on the stack; more go to the arena */
#define MAX_LIST_ITEMS 1024 /* the items of one list: five tokens each still in the window */

/* ---- mentions -------------------------------------------------------- */

/* A resolution or decision number as written. */
typedef struct cg_item {
    char form;        /* 'Y' 822 (1993), 'R' 2625 (XXV), 'N' 75/1, 'P' 822 (year later or none) */
    long a, b;
    char roman[16];
    char special[4];  /* "ES-" or "S-" before a session number */
    uint8_t closed;   /* followed by its own 号: it takes no year from the next item */
    size_t tok;
} cg_item;

/* Room for item n of a list being read into *items (capacity *cap, at
 * first the caller's MAX_ITEMS on the stack), grown on the document's
 * arena; NULL past MAX_LIST_ITEMS. */
struct P;
cg_item *cg_item_room(struct P *p, cg_item **items, size_t *cap, size_t n);

/* Deferred parts of a mention, settled when the document is read whole. */
enum {
    MD_NONE = 0,
    MD_MINE,       /* a letter of the writer: letter:DATE: + the document's sender */
    MD_OWN_BODY,   /* a resolution of the body that issued the document */
    MD_OWN_COUNCIL, /* "the Council" alone with no Council named in its sentence: the
                      document's own when it is the Human Rights Council's or ECOSOC's,
                      else the Security Council */
    MD_OWN_HRC     /* no body named, a session/number of session 31 or more: the Human
                      Rights Council's in one of its documents when it can be (see
                      settle_mentions), else the Assembly's as before */
};

typedef struct cg_mention {
    const char *target;   /* canonical id (arena) */
    cg_kind kind;
    const char *label;    /* arena or static; NULL: derived later */
    const char *parent;   /* article -> instrument */
    const char *symbols;  /* joint documents: all symbols, space-separated */
    const char *alias;    /* letter:DATE:ISO3 of a letter also cited by symbol */
    uint32_t start, end;  /* clean offsets */
    uint8_t echo;
    uint8_t absorbed;     /* a title that only introduced its articles, or a mention dropped */
    uint8_t deferred;     /* MD_* */
    int8_t lang;          /* the language of its paragraph */
    uint8_t decision;     /* for MD_OWN_BODY: a decision */
    uint8_t via_symbol;   /* read from a symbol token (a masthead's is not a citation) */
    uint32_t sym_start;   /* a letter cited by description and symbol: where the symbol starts */
    cg_item item;         /* for MD_OWN_BODY: the number */
    const char *senders;  /* a joint letter cited by description: all its senders (arena) */
    uint8_t unresolved;   /* CG_UNRES_*: a reference that cannot be resolved (target: what
                             is known of it); listed apart, never a citation */
} cg_mention;

/* Why a mention stays unresolved (cg_unresolved_reason() says it in words). */
enum {
    CG_UNRES_NONE = 0,
    CG_UNRES_SC_NUMBER,     /* a Security Council number outside the table, no year given */
    CG_UNRES_PRST_NONE,     /* a statement by date: none that day in the table */
    CG_UNRES_PRST_SEVERAL,  /* several that day */
    CG_UNRES_PRST_GAP,      /* one that day, but one missing from the table next to it */
    CG_UNRES_PRST_OUTSIDE,  /* a date outside the table */
    CG_UNRES_LETTER_NO_SENDER, /* a letter described with no State as its sender */
    CG_UNRES_GA_YEAR,       /* a General Assembly resolution cited by number and year */
    CG_UNRES_BODY_YEAR      /* an ECOSOC, Human Rights Council or Commission resolution so cited */
};
void unresolve(cg_mention *m, int why);
const char *cg_unresolved_reason(int why);

/* The year of Security Council resolution n (sc-resolutions.tsv), or 0. */
long cg_sc_year(long n);
/* The statement by the President of the Security Council made on the day
 * ymd (YYYYMMDD): CG_UNRES_NONE and its year and number in *year, *number
 * when the table holds exactly one that day and none is missing next to
 * it; else the CG_UNRES_PRST_* that says why not. */
int cg_prst_on(uint32_t ymd, long *year, long *number);

typedef struct cg_mentions {
    cg_mention *v;
    size_t n, cap;
} cg_mentions;

/* ---- metadata -------------------------------------------------------- */

typedef struct cg_meta_buf {
    char *title, *date, *sender, *symbols, *addressee, *agenda, *annex_author, *language;
    char *encoding, *format;
    long session, sc_year;
    int has_annex;
    size_t body_start;     /* clean offset of the title line (end of the header) */
    /* the annexed letter's own title (clean offsets; equal: none), read
     * while scanning and not kept */
    size_t annex_title_start, annex_title_end;
} cg_meta_buf;

void cg_meta_buf_free(cg_meta_buf *m);

/* ---- the scanner ----------------------------------------------------- */

typedef struct anchor {
    const char *ids[8];
    size_t mention[8]; /* the mention of each title, or NOPE */
    size_t n;
    size_t end_tok;    /* index of the token after the anchor */
    int used;          /* articles were bound to it: a title after it starts anew */
} anchor;

typedef struct cg_meta_state cg_meta_state; /* meta.c */

typedef struct P {
    const cg_text *text;
    const char *s;
    const cg_registry *reg;
    cg_arena *arena;
    /* the token window (the ring itself last: it need not be zeroed) */
    cg_lexer lx;
    size_t hi;          /* tokens lexed: [hi - CG_WINDOW, hi) are held */
    size_t neof;        /* index of the EOF token, NOPE until reached */
    cg_token eof;
    /* languages */
    int doc_lang;       /* the document's language */
    int plangs[CG_LANG_COUNT]; /* the languages of the current paragraph, the main one first */
    int nplangs;
    int lang;           /* the one whose rules are being tried */
    unsigned lbit;      /* CG_LANG_BIT(lang) */
    const cg_lang *L;
    size_t para_end;    /* clean offset where the current paragraph ends */
    int subject_body;   /* the body a resolution's preamble speaks for ("The Security Council,"), or 0 */
    size_t its_next;    /* the token after the last list of "its" resolutions, 0: none */
    int lone_council;   /* body_before's last 'S' was "the Council" alone, no Council named
                           in full in its sentence */
    /* results */
    size_t max_ms;      /* the work limit: the scan stops at this many mentions */
    cg_mentions ms;
    anchor an;
    size_t prst_end;    /* the token after the last statements cited by date, 0: none */
    int one_letter;     /* the letter description being read names one letter (one date) */
    size_t each_sym;    /* the symbol the letter being added takes, of a list of one for each date; 0: none */
    /* the last letter described head last (zh): the token after it (its
     * symbol's, when one follows in brackets), 0: none; its sender, or
     * NULL with hl_mine when it is the writer's */
    size_t hl_next;
    const char *hl_sender;
    int hl_mine;
    cg_meta_state *meta;
    /* the ids of short tokens (punctuation, numbers, words, non-CJK
     * characters; up to 7 bytes) already looked up in this document:
     * type, length and bytes as key (0: empty) */
    struct {
        uint64_t key;
        uint32_t vid;
    } vcache[256];
    cg_token ring[CG_WINDOW];
} P;

/* The roles the metadata reader's patterns start with (meta.c): it reads
 * only tokens with one of them, symbols and ASCII punctuation. */
#define CG_META_ROLES                                                                           \
    (1ull << CG_R_TITLE_END | 1ull << CG_R_LETTER_NOUN | 1ull << CG_R_VERBALE |                 \
     1ull << CG_R_NUM_PREFIX | 1ull << CG_R_SESSION | 1ull << CG_R_YEAR_WORD | 1ull << CG_R_ITEM | \
     1ull << CG_R_LETTER_ANNEX | 1ull << CG_R_ANNEX)

/* A scanner for one document: all zero but the ring (which the window
 * fills before it is read). */
P *cg_scanner_new(const cg_text *text, const cg_registry *reg, cg_arena *arena);

/* The token at absolute index i (lexing as far as needed); past the end
 * and before the window, the EOF token. */
const cg_token *cg_tk(P *p, size_t i);

static inline const cg_token *tk(P *p, size_t i)
{
    if (i < p->hi && i + CG_WINDOW >= p->hi)
        return &p->ring[i & (CG_WINDOW - 1)];
    return cg_tk(p, i);
}

static inline int tk_type(P *p, size_t i)
{
    return tk(p, i)->type;
}

static inline size_t tlen(P *p, size_t i)
{
    const cg_token *t = tk(p, i);
    return t->end - t->start;
}

static inline const char *ttext(P *p, size_t i)
{
    return p->s + tk(p, i)->start;
}

/* "YYYY-MM-DD" into iso (16 bytes), as snprintf "%04ld-%02ld-%02ld"
 * writes it; by hand for the usual ranges. */
static inline void cg_iso_date(char *iso, long y, long mo, long d)
{
    if (y < 0 || y > 9999 || mo < 0 || mo > 99 || d < 0 || d > 99) {
        char tmp[72]; /* what snprintf(iso, 16, ...) keeps of it */
        snprintf(tmp, sizeof tmp, "%04ld-%02ld-%02ld", y, mo, d);
        size_t k = 0;
        for (; k < 15 && tmp[k]; k++)
            iso[k] = tmp[k];
        iso[k] = '\0';
        return;
    }
    iso[0] = (char)('0' + y / 1000);
    iso[1] = (char)('0' + y / 100 % 10);
    iso[2] = (char)('0' + y / 10 % 10);
    iso[3] = (char)('0' + y % 10);
    iso[4] = '-';
    iso[5] = (char)('0' + mo / 10);
    iso[6] = (char)('0' + mo % 10);
    iso[7] = '-';
    iso[8] = (char)('0' + d / 10);
    iso[9] = (char)('0' + d % 10);
    iso[10] = '\0';
}

/* Token i is the ASCII character c (a comma also the Arabic comma ، and
 * a semicolon the Arabic semicolon ؛, U+060C and U+061B: D8 8C, D8 9B). */
static inline int is_ch(P *p, size_t i, char c)
{
    const cg_token *t = tk(p, i);
    if (t->type == TK_CHAR && t->end - t->start == 2 && (unsigned char)p->s[t->start] == 0xD8)
        return (c == ',' && (unsigned char)p->s[t->start + 1] == 0x8C) ||
               (c == ';' && (unsigned char)p->s[t->start + 1] == 0x9B);
    return t->type == TK_PUNCT && p->s[t->start] == c;
}

/* The payload of role `role` (in the current language) of the phrase of
 * exactly one token at i, or NULL. */
const cg_tpay *cg_role1(P *p, size_t i, int role);
/* 1 when token i alone has role `role`. */
static inline int has(P *p, size_t i, int role)
{
    return (tk(p, i)->roles >> role & 1) && cg_role1(p, i, role) != NULL;
}
/* The longest phrase starting at token i with role `role` in the
 * languages `langs`: its length in tokens (0: none), its payload in *pay. */
size_t cg_phrase(P *p, size_t i, int role, unsigned langs, const cg_tpay **pay);
/* The longest phrase starting at i with any of the roles (bit r: role r). */
size_t cg_phrase_any(P *p, size_t i, uint64_t roles, unsigned langs, const cg_tpay **pay);
/* The same in the current language; returns the index after it, or NOPE. */
size_t phrase_end(P *p, size_t i, int role, const cg_tpay **pay);
/* The value of role at token i (one token), or -1. */
long role_value(P *p, size_t i, int role);
/* A number (digits or Chinese numerals) at token i, else -1. */
long tok_long(P *p, size_t i);
/* The first token at or after clean offset off, searching from i. */
size_t tok_at_or_after(P *p, size_t i, size_t off);
/* The ISO3 codes of the States named in tokens whose text lies in clean
 * [a, b), in order of appearance, each once: space-separated, or NULL
 * (arena). */
/* The index of the first token starting at or after clean offset off. */
size_t tok_index(P *p, size_t off);
const char *states_in(P *p, size_t a, size_t b, size_t near_tok);

/* Mentions.  target is copied into the arena unless it already lives
 * there (add_own). */
void add(P *p, const char *target, cg_kind kind, const char *label, const char *parent,
         const char *symbols, size_t start, size_t end);
cg_mention *last_mention_ptr(P *p);
size_t last_mention(P *p);
const char *entry_label(P *p, const cg_entry *e);

/* Anchors: instruments that articles bind to. */
void anchor_set(P *p, const char *id, size_t i, size_t end, size_t mention);
void anchor_clear(anchor *a);
void anchor_absorb(P *p);
int anchor_reaches(P *p, size_t i);
int skippable(P *p, size_t i);

/* An article at i, with the apostrophe of its elision ("the", "la", "l'"):
 * the index after it; i when there is none. */
size_t skip_article(P *p, size_t i);
/* 1 when token i is an apostrophe (' or ’). */
int is_apostrophe(P *p, size_t i);
/* Token k is a word that starts with the language's joined "and" ("وتركيا"). */
int joined_and(P *p, size_t k);
/* The word at k makes the title before it part of another name, in the
 * language's data (cg_lang.other_names): "Statut de la Cour
 * constitutionnelle". */
int names_other(P *p, size_t k);
/* A date after a resolution number at i ("of 18 December 2015", "du 1er
 * octobre 2020", "de 23 de diciembre de 2016", "المؤرخ 11 آب/أغسطس
 * 2006"): the token after it, or i. */
size_t skip_date_head_first(P *p, size_t i);
/* The longest phrase of the language's list `list` (cg_list_id: made,
 * on_date, symbol_intro, sender_words, common_to, part_letters) that
 * starts at token k, in one paragraph: the index after it, or NOPE.  The
 * lists are paths of vocabulary ids made at build time (tables.h). */
size_t words_at(P *p, size_t k, int list);
/* Whether the language's list `list` holds the one word of vocabulary id
 * vid ("باء" of part_letters, for the "وباء" of a joined "and"). */
int word_in_list(P *p, int list, uint32_t vid);
/* A date written head first at i: DAY [DAY_MARK] [OF] MONTH [OF] YEAR
 * ("13 September 2022", "1er octobre 2020", "29 de diciembre de 2020").
 * Returns the index after it and the date in iso[16], or NOPE. */
size_t date_head_first_at(P *p, size_t i, char *iso);
/* A month at k, after a day: [OF] MONTH ("de diciembre"); the index after
 * it and *mo, or NOPE. */
size_t month_at(P *p, size_t k, long *mo);
/* A year at k, after a month: [OF] NUM ("de 2020"); the index after it and
 * *y, or NOPE. */
size_t year_at(P *p, size_t k, long *y);
/* "March 1, 2010" at k, in a language that writes dates month first
 * (cg_lang.month_first): the token after the year, the date in *mo, *d,
 * *y; else NOPE. */
size_t month_first_at(P *p, size_t k, long *mo, long *d, long *y);
/* The body named last in full before token j in its sentence whose
 * value is in `wanted` (NULL: any), its value; else 0. */
int full_body_before(P *p, size_t j, const char *wanted);
/* After a day's number at k: the index after its mark ("1er"), or k. */
size_t skip_day_mark(P *p, size_t k);

/* Bodies: 'S', 'A', 'E', 'H', 'C', 'X' or 0. */
/* The longest body name ending where the one found at token j (n tokens,
 * value body) ends, starting at most 10 tokens before j and not before
 * clean offset lo ("Security Council", not its "Council"): its value, its
 * length in tokens in *len. */
int longest_body(P *p, size_t j, size_t n, int body, size_t lo, size_t *len);
/* 1 when a paragraph or a sentence begins at token k. */
int begins_sentence(P *p, size_t k);
/* A sender's line ends before token f (scan.c). */
int sender_line_ends(P *p, size_t from, size_t f);
/* A dash between the two ends of a range at j (scan.c). */
int range_dash(P *p, size_t j);
int body_before(P *p, size_t pos, size_t near_tok);
int body_after(P *p, size_t j);
int body_subject(P *p, size_t near_tok);

/* The rules (each returns the token after what it read, or NOPE). */
size_t rule_numbers_head_last(P *p, size_t i);  /* 第 822(1993)、853(1993)号决议 */
size_t rule_numbers_head_first(P *p, size_t i); /* resolutions 822 (1993) and 853 (1993) */
size_t rule_bare_roman(P *p, size_t i);         /* 2625 (XXV) */
/* "article 2 of the Convention", "статья 2 Конвенции", "《公约》第二条":
 * the generic noun at [k, g) (cg_lang.generic_titles) names the
 * instrument the letter named last whose title has it: its id, or NULL
 * (none, or an instrument citegraph does not know may have been named
 * since: scan_articles.c). */
const char *named_before(P *p, size_t k, size_t g);
size_t rule_articles_head_last(P *p, size_t i); /* 第五十一条 */
size_t rule_articles_head_first(P *p, size_t i);/* Article 51 of the Charter */
size_t rule_paragraph_of_article(P *p, size_t i); /* paragraph 4 of Article 2 */
size_t rule_letter_head_last(P *p, size_t i);   /* 2020 年 12 月 29 日……的信 */
size_t rule_letter_head_first(P *p, size_t i);  /* my letter dated 29 December 2020 */
size_t rule_prst_head_first(P *p, size_t i);   /* the statement by the President of the Security Council of 22 March 2015 */
size_t rule_prst_head_last(P *p, size_t i);    /* 安全理事会主席 2011 年 7 月 20 日的声明 */
size_t rule_symbol(P *p, size_t i);
/* 1 when the symbol s[0, n) is another organization's or a State's own
 * series, not a UN document (cg_other_series; scan_titles.c) */
int other_series(const char *s, size_t n);
size_t rule_url(P *p, size_t i);
size_t rule_title(P *p, size_t i);              /* 《...》 */
size_t rule_quoted_title(P *p, size_t i);       /* entitled “...” */
size_t rule_phrase(P *p, size_t i);             /* registry titles and case names */

/* The identifier of a resolution (or decision) number adopted by body
 * (0: not named), or NULL (scan_numbers.c). */
char *item_target(const cg_item *it, int body, int decision, cg_kind *kind);
/* CG_UNRES_GA_YEAR or CG_UNRES_BODY_YEAR when item_target gives no id
 * because the item is a number and a year of a United Nations body other
 * than the Security Council; else CG_UNRES_NONE. */
int item_unresolved(const cg_item *it, int body, int decision);

/* Symbols (scan_titles.c), also for the metadata. */
void add_symbol(P *p, const char *s, size_t n, const char *suffix, size_t start, size_t end);
/* After a resolution symbol at token i ("S/RES/822 (1993)"): its year or
 * session "(1993)" in buf and the tokens it takes (3), or 0. */
size_t res_suffix(P *p, size_t i, char *buf, size_t bl);

/* ---- metadata (meta.c) ------------------------------------------------ */
cg_meta_state *cg_meta_new(P *p);
/* Called for every token index, in order. */
void cg_meta_token(P *p, size_t i);
/* Fills mb when the text has been read. */
void cg_meta_finish(P *p, cg_meta_buf *mb);
void cg_meta_free(cg_meta_state *m);
/* The clean offset where the title line read so far ends, 0: none yet. */
size_t cg_meta_title_end(const P *p);
/* The year of the letter's date read so far (its title line), or 0. */
int cg_meta_year(const P *p);

/* ---- the whole scan ---------------------------------------------------- */
/* Scans a clean text: mentions (settled) and metadata.  doc_lang is the
 * document's language. */
typedef struct cg_scan_result {
    cg_mentions ms;
    cg_meta_buf meta;
    size_t stopped;  /* clean offset where the work limit stopped the scan; NOPE: it did not */
} cg_scan_result;

/* p from cg_scanner_new; free() it after. */
void cg_scan(P *p, int doc_lang, cg_scan_result *out);

#endif
