/* resolver.h: canonical identifiers (docs/identifiers.md).  Internal. */
#ifndef CG_RESOLVER_H
#define CG_RESOLVER_H

#include <stddef.h>

/* One symbol (no joint part): "a/c.3/78/l.60/rev.1" -> "A/C.3/78/L.60/Rev.1".
 * Caller frees. */
char *cg_canon_symbol(const char *s, size_t n);
/* url:host/path, or the symbol an undocs.org-like link names (*is_undocs
 * set); NULL when it has no host of a domain ("https://" alone).  Caller
 * frees. */
char *cg_canon_url(const char *s, size_t n, int *is_undocs);
/* Offsets of the dashes that join the symbols of a joint document (4 at
 * most); returns their number. */
size_t cg_split_joint(const char *s, size_t n, size_t *cuts);
/* The symbol a file name spells ("S_RES_0822_1993_EN.txt"), or NULL. */
char *cg_symbol_from_filename(const char *path);
long cg_cnum_value(const char *s, size_t n); /* 五十一 -> 51; -1 when not a number */
long cg_roman_value(const char *s, size_t n); /* XXV -> 25; -1 when not a numeral */

#endif
