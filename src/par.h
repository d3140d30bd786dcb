/* par.h: work split over threads, with results in the order of a serial
 * run (finishing a graph, formatting its outputs).  Internal.
 *
 * Items 0 .. n-1 are cut into chunks of `grain` items; with threads <= 1,
 * or a single chunk, everything runs on the calling thread in order.  The
 * functions given must only write what belongs to their own items. */
#ifndef CG_PAR_H
#define CG_PAR_H

#include <pthread.h>
#include <stddef.h>

#include "util.h"

/* pthread_create with every signal blocked in the new thread (the signals
 * sent to the process go to the threads of the caller); 0 or an errno. */
int cg_thread_start(pthread_t *th, void *(*fn)(void *), void *arg);

/* Runs fn(ctx, begin, end) over every chunk; returns when all are done. */
void cg_par_for(unsigned threads, size_t n, size_t grain,
                void (*fn)(void *ctx, size_t begin, size_t end), void *ctx);

/* Formats every chunk with fmt(ctx, begin, end, out) on the worker
 * threads and hands the texts to sink(sctx, s, len) on the calling thread,
 * in chunk order, as they come (at most a few chunks a thread wait in
 * memory).  A sink that returns non-zero stops the run; that value is
 * returned, else 0. */
int cg_par_emit(unsigned threads, size_t n, size_t grain,
                void (*fmt)(void *ctx, size_t begin, size_t end, cg_buf *out), void *ctx,
                int (*sink)(void *sctx, const char *s, size_t len), void *sctx);

#endif
