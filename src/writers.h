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

/* What one output of a save writes: a format (fn NULL), or a writer of
 * its own with its context (the report). */
typedef struct cg_write_job {
    cg_status (*fn)(const cg_graph *g, const void *ctx, FILE *fp, cg_error *err);
    const void *ctx;
    cg_output format;
} cg_write_job;

/* cg_graph_save_set for any writers: the same treatment of every path. */
cg_status cg_save_jobs(const cg_graph *g, const cg_write_job *jobs, const char *const *paths, size_t n,
                       cg_error *err);

/* The date a node appears on the timeline: a letter's own date, else the
 * first time it was cited; NULL when neither is known. */
const char *cg_node_start(const gnode *n);
/* Strips C0 controls other than tab and line feed (they break XML and
 * most readers); returns a new string. */
char *cg_clean_string(const char *s);

/* The label of node `id` in language `lang` (cg_lang_id): its registry
 * entry's, an article's from its instrument's, a resolution's in the
 * language's format; NULL when the language gives none.  The caller frees
 * it (cg_free).  In document.c, beside the labels of the scan. */
char *cg_label_in(const cg_registry *reg, const char *id, cg_kind kind, const char *parent, int lang);

/* Labels are cut to this many display columns ("…" at the end); the whole
 * is the node's title. */
#define CG_LABEL_WIDTH 60

/* A letter's label from its date (YYYY-MM-DD) and senders (ISO3 codes
 * separated by spaces) in `lang`, in the form its title says (letter,
 * identical letters, note verbale) and with the names the title uses:
 * "Letter dated 2 November 2020 from Azerbaijan"; NULL when the date is
 * not a whole one or a sender has no name in the language.  `title` may
 * be NULL.  The caller frees it.  In labels.c. */
char *cg_letter_label(const char *date, const char *senders, const char *title, int lang);

/* Cuts *label to CG_LABEL_WIDTH columns when it is wider, keeping the
 * whole in *title when the node has none. */
void cg_label_fit(char **label, char **title);
/* The same, cutting only `part` of the label when it holds it (an
 * article's instrument), so that the rest stays whole. */
void cg_label_fit_part(char **label, char **title, const char *part);

#endif
