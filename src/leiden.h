/* leiden.h: communities of a weighted undirected graph (the Leiden
 * algorithm), deterministic and thread-safe (no global state, no random
 * numbers). */
#ifndef CG_LEIDEN_H
#define CG_LEIDEN_H

#include <stddef.h>
#include <stdint.h>

/* The communities of the undirected graph of n nodes and m edges
 * (src[k], dst[k], weight w[k] > 0; loops and repeated pairs allowed),
 * maximizing sum over pairs i, j of the same community of
 * (A_ij - resolution * node_w[i] * node_w[j]), with node weights node_w
 * (modularity: the nodes' strengths and 1 / (2 * total weight)).
 * `iterations` runs of the whole algorithm, each from the last's result.
 * Writes each node's community, numbered from 0 by its first node, to
 * membership[n] and returns their number.  Nodes are visited in index
 * order, so the same input gives the same communities. */
size_t cg_leiden(size_t n, size_t m, const uint32_t *src, const uint32_t *dst, const double *w,
                 const double *node_w, double resolution, int iterations, uint32_t *membership);

#endif
