/* registry.h: instruments, cases, reporters and States (built in, from
 * tables.c; and added from users' files), and the phrases that name
 * them.  Internal. */
#ifndef CG_REGISTRY_H
#define CG_REGISTRY_H

#include <stddef.h>
#include <stdint.h>

#include "citegraph.h"
#include "lang/lang.h"
#include "lex.h"
#include "strtab.h"
#include "tables.h"
#include "util.h"

/* An entry of the registry: built-in ones are the generated cg_tentries. */
typedef cg_tentry cg_entry;

/* Phrases added at run time (users' registries): a trie of their own over
 * the same token ids, with ids of its own for words the built-in
 * vocabulary lacks. */
typedef struct cg_overlay {
    cg_map vocab;       /* folded key -> id (>= cg_nvwords) */
    size_t next_vid;
    cg_map edges;       /* "node:vid" -> child node */
    cg_vec pays;        /* by node: cg_vec of cg_tpay* (node 0 unused) */
    cg_map roots;       /* "vid" -> node */
} cg_overlay;

struct cg_registry {
    cg_vec user;        /* cg_entry*: entries from users' files */
    cg_map user_ids;    /* id -> global index */
    cg_map user_titles; /* folded title -> global index */
    cg_vec user_reporters; /* folded */
    cg_vec strings;     /* what the user entries point to */
    cg_vec origins;     /* char*: "FILE:LINE:COL" of each user entry */
    cg_imap shadow;     /* built-in index -> global index of the user entry replacing it */
    cg_vec warnings;    /* char*: overrides reported */
    cg_overlay *ov;     /* NULL when no user phrase */
};

/* The entry with global index ix: built-in ones first, then the user's. */
const cg_entry *cg_registry_entry(const cg_registry *reg, size_t ix);
size_t cg_registry_entry_count(const cg_registry *reg);
/* The entry with this id (a user's entry shadows a built-in one), or NULL. */
const cg_entry *cg_registry_get(const cg_registry *reg, const char *id);
/* The entry a title inside 《》 names (folded as cg_fold_title), or NULL. */
const cg_entry *cg_registry_title(const cg_registry *reg, const char *title, size_t len);
/* 1 when the title is (or contains) a reporter or collection. */
int cg_registry_is_reporter(const cg_registry *reg, const char *title, size_t len);
/* The label of an entry in language l, else in English, else any. */
const char *cg_entry_label(const cg_entry *e, int l);
/* ISO3 code of State index ix. */
const char *cg_registry_state(size_t ix);

/* The id of a token of the text s: built in, else the user's, else 0. */
uint32_t cg_token_vid(const cg_registry *reg, const char *s, const cg_token *t);
/* The id of a token's folded key: built in, else the user's, else 0. */
uint32_t cg_registry_vid(const cg_registry *reg, const char *key, size_t n);

/* ---- walking the tries --------------------------------------------- */
/* A position in both tries (built-in and user) after some tokens. */
typedef struct cg_tpos {
    uint32_t s, o; /* node in cg_tnodes / in the overlay; 0: none */
} cg_tpos;

/* The position after the one-token phrase prefix vid. */
cg_tpos cg_trie_start(const cg_registry *reg, uint32_t vid);
/* The position one token further, or {0, 0}. */
cg_tpos cg_trie_step(const cg_registry *reg, cg_tpos p, uint32_t vid);
/* The payloads of a position: built-in ones (count *ns) and the user's. */
const cg_tpay *cg_trie_pays(const cg_registry *reg, cg_tpos p, size_t *ns,
                            const cg_tpay *const **user, size_t *nu);

#endif
