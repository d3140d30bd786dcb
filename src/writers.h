/* writers.h: one writer per format (write_*.c).  Internal. */
#ifndef CG_WRITERS_H
#define CG_WRITERS_H

#include <stdio.h>

#include "graph.h"

cg_status cg_write_gexf(const cg_graph *g, FILE *fp, int v12, cg_error *err);
cg_status cg_write_json(const cg_graph *g, FILE *fp, cg_error *err);
cg_status cg_write_jsonl(const cg_graph *g, FILE *fp, cg_error *err);
cg_status cg_write_csv(const cg_graph *g, FILE *fp, int edges, cg_error *err);
cg_status cg_write_dot(const cg_graph *g, FILE *fp, cg_error *err);

/* The date a node appears on the timeline: a letter's own date, else the
 * first time it was cited; NULL when neither is known. */
const char *cg_node_start(const gnode *n);
/* Strips C0 controls other than tab and line feed (they break XML and
 * most readers); returns a new string. */
char *cg_clean_string(const char *s);

#endif
