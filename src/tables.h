/* tables.h: the static data, generated at build time (tables.c, written
 * by src/tools/gen_tables.c from the JSON files of src/data and src/lang).
 *
 *   vocabulary   every token text that some phrase uses, folded as
 *                cg_token_key folds it, with an id (1..)
 *   trie         the phrases of every language (grammar words, registry
 *                titles, case names, State names) as paths of token ids;
 *                a node's payloads say what the phrase ending there is
 *   entries      the registry: instruments, titled resolutions, cases
 *   titles       registry titles folded for exact lookup inside 《》
 *   reporters    collections that only locate what they follow
 *   states       ISO 3166-1 alpha-3 codes
 *
 * Nothing of it is parsed at run time.  Internal to the library. */
#ifndef CG_TABLES_H
#define CG_TABLES_H

#include <stddef.h>
#include <stdint.h>

#include "lang/lang.h"

typedef struct cg_tpay {
    uint8_t langs; /* CG_LANG_BIT()s of the languages it belongs to */
    uint8_t role;  /* cg_role */
    uint8_t flags; /* CG_PF_* */
    uint8_t spare;
    int32_t value;
} cg_tpay;

typedef struct cg_tnode {
    uint32_t edge0;  /* first child edge in cg_tedges */
    uint32_t pay0;   /* first payload in cg_tpays */
    uint16_t nedge;
    uint16_t npay;
} cg_tnode;

typedef struct cg_tedge {
    uint32_t vid;
    uint32_t node;
} cg_tedge;

typedef struct cg_vslot {
    uint32_t hash; /* 0: empty */
    uint32_t vid;
} cg_vslot;

typedef struct cg_vword {
    uint64_t roles1; /* bit r: the one-token phrase has role r (in some language) */
    uint64_t rolesub;/* bit r: some phrase starting with this token has role r */
    uint32_t key;    /* offset of the folded text in cg_vkeys */
    uint32_t root;   /* trie node of the one-token phrase prefix, 0: none */
    uint8_t len;
    uint8_t func;    /* CG_LANG_BIT()s of the languages it is a function word of (detect.c) */
} cg_vword;

/* The longest function word, in bytes of its key. */
#define CG_FUNCTION_WORD_MAX 12
/* Bit l of cg_func_lens[c]: some function word's key is l bytes long and
 * starts with byte c (detect.c hashes no other word). */
extern const uint16_t cg_func_lens[256];

typedef struct cg_tentry {
    const char *id;
    uint8_t kind;            /* cg_kind */
    const char *label[8];    /* by cg_lang_id; NULL when none */
    const char *date;
} cg_tentry;

typedef struct cg_ttitle {
    const char *folded;      /* fold_title() form */
    uint32_t entry;
} cg_ttitle;

extern const cg_vslot cg_vslots[];
extern const uint32_t cg_vslot_mask;    /* table size - 1 (a power of two) */
extern const cg_vword cg_vwords[];      /* by id; [0] unused */
extern const uint32_t cg_nvwords;
extern const char cg_vkeys[];
/* The ids of the ideographs U+4000..U+9FFF, by code point - 0x4000. */
#define CG_VCJK_FIRST 0x4000
#define CG_VCJK_COUNT 0x6000
extern const uint32_t cg_vcjk[CG_VCJK_COUNT];
extern const cg_tnode cg_tnodes[];      /* [0] unused */
extern const uint32_t cg_ntnodes;
extern const cg_tedge cg_tedges[];
extern const cg_tpay cg_tpays[];
extern const cg_tentry cg_tentries[];
extern const uint32_t cg_ntentries;
extern const cg_ttitle cg_ttitles[];    /* sorted by folded */
extern const uint32_t cg_nttitles;
extern const char *const cg_treporters[]; /* folded, NULL-terminated */
/* The compounds some phrase writes with a hyphen between two words,
 * "co-operation" (their words' keys joined by "-"), sorted (strcmp): a
 * word cut at a line end after such a hyphen keeps it (scan.c). */
extern const char *const cg_thyphened[];
extern const uint32_t cg_nthyphened;
extern const char *const cg_tstates[];    /* ISO3 by State index */
extern const uint32_t cg_ntstates;
/* The names of a State in a language, [state * CG_LANG_COUNT + lang]: those
 * of src/data/countries.json separated by '\n', the first being the one
 * labels use; NULL when it has none in the language. */
extern const char *const cg_tstate_names[];
/* Security Council resolutions S/RES/1 .. S/RES/(cg_nsc_years - 1): the
 * year each was adopted (src/data/sc-resolutions.tsv); [0] is 0. */
extern const uint16_t cg_sc_years[];
extern const uint32_t cg_nsc_years;
/* Statements by the President of the Security Council with their date
 * (src/data/sc-prst.tsv), sorted by date then number; the table covers
 * the dates cg_prst_first .. cg_prst_last (YYYYMMDD). */
typedef struct cg_tprst {
    uint32_t date;   /* YYYYMMDD */
    uint16_t year, number;
    uint8_t alone;   /* the only statement of its day, and none is missing
                        from the table next to it in its year */
} cg_tprst;
extern const cg_tprst cg_prst[];
extern const uint32_t cg_nprst;
extern const uint32_t cg_prst_first, cg_prst_last;
/* The phrase lists of each language (cg_list_id, lang.h) as paths of
 * vocabulary ids: cg_tlist_vids[off ...] holds n phrases, each its length
 * then its ids. */
typedef struct cg_tlist {
    uint32_t off, n;
} cg_tlist;
extern const uint32_t cg_tlist_vids[];
extern const cg_tlist cg_tlists[CG_LANG_COUNT][CG_LIST_COUNT];
extern const char cg_tables_version[];  /* a digest of the data: caches depend on it */

/* The id of a folded key, 0 when no phrase uses it. */
uint32_t cg_vocab_find(const char *key, size_t n);

#endif
