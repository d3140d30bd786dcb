/* attrs.h: the attributes of nodes and edges, one table that the GraphML
 * writer and reader (and later writers) share.  Internal. */
#ifndef CG_ATTRS_H
#define CG_ATTRS_H

#include <stddef.h>

#include "graph.h"

typedef enum { AT_STR, AT_LONG, AT_DOUBLE, AT_BOOL, AT_KIND, AT_EKIND } cg_attr_type;

typedef struct cg_attr {
    const char *name;  /* attr.name */
    const char *key;   /* GraphML key id */
    cg_attr_type type;
    size_t off;        /* offset in gnode / gedge */
    int letters_only;  /* written for letter nodes only */
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

/* The colour of a kind (documented palette, docs/graphml.md). */
void cg_kind_color(cg_kind k, int *r, int *g, int *b);

/* The GraphML node id of a canonical identifier: an NMTOKEN, derived from
 * the identifier alone.  ASCII letters, digits, '-', '.' and ':' stay;
 * every other byte becomes _XX (upper-case hex), '_' included. */
char *cg_graphml_id(const char *name);

#endif
