/* graph.h: the citation graph model shared by graph.c, analysis.c and the
 * GraphML writer and reader.  Internal to the library. */
#ifndef CG_GRAPH_H
#define CG_GRAPH_H

#include "citegraph.h"
#include "util.h"
#include "strtab.h"

typedef struct gnode {
    char *name, *label;
    cg_kind kind;
    int in_corpus;                 /* (next to kind: no padding) */
    int label_rank;                /* the label's language, by label_rank() (0: none yet) */
    char *date, *sender, *symbols, *agenda, *file, *language, *title, *addressee,
        *annex_author, *parent;
    long session, sc_year;
    long in_degree, mentions;
    double pagerank, hub, authority, betweenness;
    long community;                /* Leiden community, 1 = the largest */
    char *first_cited, *last_cited; /* dates of the first and last citing letters */
    char *cited_by;                /* "ARM 3 · AZE 2": citing letters by sender */
} gnode;

typedef enum { CG_EDGE_CITES = 0, CG_EDGE_PART_OF = 1 } cg_edge_kind;

/* One mention behind an edge, compact: its strings are interned in the
 * graph (the file names, the forms as written, and with CG_EVIDENCE_FULL
 * the sentences).  40 bytes. */
typedef struct gmention {
    uint64_t offset;
    uint64_t sent_hash; /* of its sentence: weights count distinct sentences */
    uint32_t file;      /* g->files; once finished, the rank of its name (g->file_of_rank) */
    uint32_t form;      /* g->strs */
    uint32_t sentence;  /* g->strs, UINT32_MAX when not kept */
    uint32_t line, column;
    uint32_t length : 31;
    uint32_t echo : 1;  /* only a link annotation */
} gmention;

/* The sentence an edge shows, kept while it is built: that of its first
 * mention in running text in (file, offset) order, else (when it has only
 * link annotations) that of its first mention. */
typedef struct first_sentence {
    char *text;
    uint32_t file;   /* g->files */
    uint32_t link;   /* 1: from a link annotation (any mention in running text wins) */
    uint64_t offset;
} first_sentence;

typedef struct gedge {
    size_t from, to;
    cg_edge_kind kind;
    int evidence_block; /* text, locations and offsets are one allocation, at offsets */
    long weight;     /* distinct mentions: sentences citing the target (echo links not counted) */
    long echoes;     /* mentions that were only link annotations */
    char *sentence;  /* the first sentence (capped), or with CG_EVIDENCE_FULL all, one per line */
    char *text;      /* the forms as written, "; "-separated */
    char *locations; /* "file:line:col" of each mention, space-separated */
    char *offsets;   /* "offset+length" of each mention in its file, in the same order */
    gmention *m;     /* kept while building, not in GraphML */
    uint32_t nm, capm;
    first_sentence first; /* while building only */
    int anachronism; /* the target is dated after the citing letter */
} gedge;

struct cg_graph {
    cg_vec nodes;   /* gnode* */
    cg_map by_name;
    cg_vec edges;   /* gedge* */
    cg_imap by_pair; /* from << 33 | to << 1 | kind -> edge index; while building only */
    cg_strtab files; /* the files mentions come from */
    const char **file_of_rank; /* when finished: mentions' files by rank (see gmention) */
    cg_strtab strs;  /* forms, and sentences with CG_EVIDENCE_FULL */
    cg_evidence evidence;
    unsigned threads;        /* for finishing and writing (cg_graph_set_threads); 0 counts as 1 */
    int exact_betweenness;   /* asked for exact betweenness whatever the size */
    int has_betweenness;     /* the nodes carry betweenness (else NaN: absent) */
    cg_vec groups;  /* char*: joint symbols "A/75/693 S/2020/1307" */
    cg_vec letter_aliases; /* char*: "P\tletter:DATE:ISO3\tID", P 0 corpus letter, 1 citation */
    size_t *late;    /* the anachronisms, as the edges they are on (cg_graph_warning says them) */
    size_t nlate, caplate;
    cg_buf warning;  /* the warning cg_graph_warning made last */
    int drop_mentions; /* the edges' mentions go once their text is made (cg_graph_drop_mentions) */
    int finished;
};

size_t cg_graph_node(cg_graph *g, const char *name, cg_kind kind, int *created);
size_t cg_graph_edge(cg_graph *g, size_t from, size_t to, cg_edge_kind kind, int *created);
/* The key of an edge in by_pair. */
uint64_t cg_graph_pair_key(size_t from, size_t to, cg_edge_kind kind);
void cg_gnode_free(void *p);
void cg_gedge_free(void *p);
/* Appends s to a newline- or separator-joined list unless already there. */
void cg_list_add(char **list, const char *s, const char *sep);
/* Appends s to a sep-joined list (duplicates kept). */
void cg_list_append(char **list, const char *s, const char *sep);
/* Betweenness (exact, O(V E)) when V * E is at most this, or when asked;
 * else it is not computed (NaN on every node: absent from the outputs). */
#define CG_BETWEENNESS_EXACT_MAX 5e7

/* The longest a first sentence is kept, in characters. */
#define CG_SENTENCE_CAP 400

/* Nothing will read the edges' mentions once the graph is finished (it
 * is neither written as JSON Lines, which lists them, nor filtered): each
 * edge frees them once its text is made.  Before cg_graph_finish. */
void cg_graph_drop_mentions(cg_graph *g);

/* Computes in-degree, mentions and PageRank (igraph). */
cg_status cg_graph_analyse(cg_graph *g, cg_error *err);

/* Work of finishing that runs beside the rest of it: igraph is serial, so
 * while one thread finishes the graph and runs Leiden the others run
 * chunk() over items 0..n-1 (the edges' weights:
 * all of it is done before a weight is read; it must not depend on the
 * order of the nodes and edges), and once the graph is in its final order
 * after() (independent of the analysis and of chunk()).  Each writes only
 * what belongs to it; the results are those of a serial run. */
typedef struct cg_side_work {
    size_t n, grain;
    void (*chunk)(void *ctx, size_t begin, size_t end);
    void *ctx;
    void (*after)(cg_graph *g);
    /* then, once every chunk is done and the graph is in its final order,
     * late(ctx, b, e) over the edges [0, the edge count), on every thread
     * (the one running the analysis too, once it is done with Leiden) */
    void (*late)(void *ctx, size_t begin, size_t end);
    size_t late_grain;
} cg_side_work;

typedef struct cg_side cg_side;
/* Starts the side work on the graph's other threads (none: it is done in
 * cg_graph_analyse_side). */
cg_side *cg_side_start(cg_graph *g, const cg_side_work *w);
/* cg_graph_analyse with the side work (NULL: none) done beside it, once
 * the graph is in its final order; frees side. */
cg_status cg_graph_analyse_side(cg_graph *g, cg_side *side, cg_error *err);

#endif
