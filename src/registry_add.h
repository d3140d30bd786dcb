/* registry_add.h: how entries get into a registry (registry.c).  The
 * built-in data and the loader of users' --registry files
 * (registry_load.c) both go through these, and nothing else of the
 * registry's inside is shared: the loader checks a file completely before
 * it calls any of them.  Internal to the library. */
#ifndef CG_REGISTRY_ADD_H
#define CG_REGISTRY_ADD_H

#include "registry.h"
#include "util.h"

/* The index of the entry with that id, or CG_NONE. */
size_t cg_registry_find(const cg_registry *reg, const char *id);

/* Entry ix (0 <= ix < the number of entries). */
const cg_entry *cg_registry_at(const cg_registry *reg, size_t ix);

/* Where entry ix came from: NULL when built in, else the "FILE:LINE:COL"
 * of the user's entry that added it (or last replaced it). */
const char *cg_registry_origin(const cg_registry *reg, size_t ix);

/* Adds an entry, or when the id is known replaces its kind and, where
 * given (not NULL), its labels and date; `origin` is NULL for the built-in
 * data.  Returns the entry's index. */
size_t cg_registry_put(cg_registry *reg, const char *id, cg_kind kind, const char *label_en,
                       const char *label_zh, const char *date, const char *origin);

/* Adds a title (or, for a case, a name) of entry ix in language lang.  A
 * title that already names an entry keeps naming that one. */
void cg_registry_put_title(cg_registry *reg, size_t ix, const char *lang, const char *title);

/* The entry a title names already (compared as the lookups compare:
 * white space, ASCII case and a leading "the" ignored), or CG_NONE. */
size_t cg_registry_title_owner(const cg_registry *reg, const char *title);

/* A title as the lookups compare it (white space out, ASCII lower case, a
 * leading "the" out); free it. */
char *cg_registry_fold_title(const char *title);

/* Adds a reporter (a collection that only locates what it follows). */
void cg_registry_put_reporter(cg_registry *reg, const char *title);

/* Records a warning ("FILE:LINE:COL: message"); takes the string. */
void cg_registry_warn(cg_registry *reg, char *msg);

#endif
