/* graph.h: the citation graph model shared by graph.c, analysis.c and the
 * GraphML writer and reader.  Internal to the library. */
#ifndef CG_GRAPH_H
#define CG_GRAPH_H

#include "internal.h"

typedef struct gnode {
    char *name, *label;
    cg_kind kind;
    char *date, *sender, *symbols, *agenda, *file, *language, *title, *addressee,
        *annex_author, *parent;
    long session, sc_year;
    int in_corpus;
    long in_degree, mentions;
    double pagerank, hub, authority, betweenness;
    long community;                /* Infomap module, 1 = the largest */
    char *first_cited, *last_cited; /* dates of the first and last citing letters */
    char *cited_by;                /* "ARM 3 · AZE 2": citing letters by sender */
} gnode;

typedef enum { CG_EDGE_CITES = 0, CG_EDGE_PART_OF = 1 } cg_edge_kind;

/* One mention behind an edge, for the JSON Lines export. */
typedef struct gmention {
    char *file, *text, *sentence;
    long line, column;
    size_t offset, length;
    int echo;
} gmention;

typedef struct gedge {
    size_t from, to;
    cg_edge_kind kind;
    long weight;     /* distinct mentions: sentences citing the target (echo links not counted) */
    long echoes;     /* mentions that were only link annotations */
    char *sentence;  /* the sentences, one per line */
    char *text;      /* the forms as written, "; "-separated */
    char *locations; /* "file:line:col" of each mention, space-separated */
    char *offsets;   /* "offset+length" of each mention in its file, in the same order */
    cg_vec mentions; /* gmention*: kept while building, not in GraphML */
    int anachronism; /* the target is dated after the citing letter */
} gedge;

struct cg_graph {
    cg_vec nodes;   /* gnode* */
    cg_map by_name;
    cg_vec edges;   /* gedge* */
    cg_map by_pair; /* "from\x1fto\x1fkind" -> edge index */
    cg_vec groups;  /* char*: joint symbols "A/75/693 S/2020/1307" */
    cg_vec letter_aliases; /* char*: "P\tletter:DATE:ISO3\tID", P 0 corpus letter, 1 citation */
    cg_vec warnings; /* char*: things the user should know (anachronisms) */
    int finished;
};

size_t cg_graph_node(cg_graph *g, const char *name, cg_kind kind, int *created);
size_t cg_graph_edge(cg_graph *g, size_t from, size_t to, cg_edge_kind kind, int *created);
void cg_gnode_free(void *p);
void cg_gedge_free(void *p);
/* Appends s to a newline- or separator-joined list unless already there. */
void cg_list_add(char **list, const char *s, const char *sep);
/* Appends s to a sep-joined list (duplicates kept). */
void cg_list_append(char **list, const char *s, const char *sep);
void cg_gmention_free(void *p);
/* Computes in-degree, mentions and PageRank (igraph). */
cg_status cg_graph_analyse(cg_graph *g, cg_error *err);

#endif
