/* fold.h: folds shared by the table generator and the library.  Internal. */
#ifndef CG_FOLD_H
#define CG_FOLD_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a, never 0: the hash of the vocabulary. */
uint32_t cg_vhash(const char *s, size_t n);

/* A title folded for exact comparison: white space out, ASCII lower case,
 * a leading "the" out, typographic apostrophes made ASCII.  Caller frees. */
char *cg_fold_title(const char *s, size_t n);

/* A title without a leading "the " (as cg_fold_title drops it): the article
 * is read as an article before the phrase. */
const char *cg_title_phrase(const char *t);

/* A one-word ASCII title ("Charter") or a CJK title of two characters at
 * most ("宪章"): found in running text only after an article, or not at
 * all, since it is also a common word. */
int cg_is_short_title(const char *t);

#endif
