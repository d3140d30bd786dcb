/* attrs.h: the attributes of nodes and edges, one table that the GraphML
 * writer and reader (and later writers) share.  Internal. */
#ifndef CG_ATTRS_H
#define CG_ATTRS_H

#include <stddef.h>

#include "graph.h"

/* AT_LIST: a list whose items may hold any character (file names): held
 * and written as a JSON array of strings, ["a/sp ace.txt","b.txt"]
 * (cg_strlist_*).  Lists whose items cannot hold white space (symbols,
 * senders, languages, agenda items, offsets) are AT_STR, space-separated. */
typedef enum { AT_STR, AT_LONG, AT_DOUBLE, AT_BOOL, AT_KIND, AT_EKIND, AT_LIST } cg_attr_type;

typedef struct cg_attr {
    const char *name;  /* attr.name */
    const char *key;   /* GraphML key id */
    cg_attr_type type;
    size_t off;        /* offset in gnode / gedge */
    int letters_only;  /* written for letter nodes only */
    long lo, hi;       /* AT_LONG: the values a reader accepts */
    int optional;      /* AT_DOUBLE: NaN means absent (not computed): no value written, and
                          a graph read without it is not analysed again for it */
} cg_attr;

extern const cg_attr cg_node_attrs[];
extern const size_t cg_node_attr_count;
extern const cg_attr cg_edge_attrs[];
extern const size_t cg_edge_attr_count;

/* GraphML type name of an attribute type. */
const char *cg_attr_graphml_type(cg_attr_type t);

/* The value of an attribute of a node (is_letter: the node is a letter) or
 * an edge, formatted as every writer writes it (numbers in the C locale,
 * finite), or NULL when it has none.  The caller frees the string. */
char *cg_attr_value(const cg_attr *a, const void *obj, int is_letter);

/* ---- list attributes (AT_LIST) ----------------------------------------
 * The canonical form is compact JSON: [ "item" , ... ] without spaces,
 * `"` and `\` escaped, control characters, DEL, U+FFFE and U+FFFF as
 * \uXXXX (so that the XML and CSV writers keep them), bytes that are not
 * UTF-8 as U+FFFD.  */

/* Appends an item's text as the canonical list writes it between its
 * quotes (an ASCII character is escaped on its own, so the escape of a
 * string followed by ASCII text is the escape of the two). */
void cg_strlist_escape(cg_buf *b, const char *s);
/* The canonical list of the items (char*); "[]" for none. */
char *cg_strlist_join(const cg_vec *items);
/* Appends item to *list (NULL: a new list); with `unique`, not when the
 * list holds it already. */
void cg_strlist_add(char **list, const char *item, int unique);
/* Sorts the items of *list (strcmp); NULL stays NULL. */
void cg_strlist_sort(char **list);
/* The items of s into out (copies): a JSON array of strings, or the
 * space-separated form citegraph wrote before 0.3 (any text that does not
 * start with '[').  Returns 0, or -1 when s starts with '[' but is not a
 * JSON array of strings (*bad: byte offset of the problem). */
int cg_strlist_parse(const char *s, cg_vec *out, size_t *bad);
/* The first item of a list, or NULL; free it. */
char *cg_strlist_first(const char *list);

/* The same value appended to b, without an allocation; 0 when none. */
int cg_attr_put(cg_buf *b, const cg_attr *a, const void *obj, int is_letter);

/* "%.10g" of v into out (32 bytes), as printf writes it; the length. */
size_t cg_fmt_g10(double v, char *out);

/* The colour of a kind (documented palette, docs/graphml.md). */
void cg_kind_color(cg_kind k, int *r, int *g, int *b);

/* The GraphML node id of a canonical identifier: an NMTOKEN, derived from
 * the identifier alone.  ASCII letters, digits, '-', '.' and ':' stay;
 * every other byte becomes _XX (upper-case hex), '_' included. */
char *cg_graphml_id(const char *name);

#endif
