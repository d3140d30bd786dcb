/* par.c: chunks of work over threads (par.h). */
#include "par.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_THREADS = 64 };

static unsigned clamp_threads(unsigned threads, size_t chunks)
{
    if (threads > MAX_THREADS)
        threads = MAX_THREADS;
    if (threads > chunks)
        threads = (unsigned)chunks;
    return threads ? threads : 1;
}

int cg_thread_start(pthread_t *th, void *(*fn)(void *), void *arg)
{
    /* a thread of ours never takes a signal meant for the process (SIGINT,
     * SIGTERM): the thread that installed the handlers does, so a handler
     * never runs while that thread goes on to exit(0) */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int rc = pthread_create(th, NULL, fn, arg);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return rc;
}

/* ---- cg_par_for ---------------------------------------------------------- */

typedef struct par_for {
    void (*fn)(void *ctx, size_t begin, size_t end);
    void *ctx;
    size_t n, grain, next;
    pthread_mutex_t lock;
} par_for;

static void *for_worker(void *arg)
{
    par_for *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        size_t b = p->next;
        p->next = b < p->n ? b + p->grain : b;
        pthread_mutex_unlock(&p->lock);
        if (b >= p->n)
            return NULL;
        p->fn(p->ctx, b, b + p->grain < p->n ? b + p->grain : p->n);
    }
}

void cg_par_for(unsigned threads, size_t n, size_t grain,
                void (*fn)(void *ctx, size_t begin, size_t end), void *ctx)
{
    if (!n)
        return;
    if (!grain)
        grain = 1;
    size_t chunks = (n + grain - 1) / grain;
    threads = clamp_threads(threads, chunks);
    if (threads == 1) {
        for (size_t b = 0; b < n; b += grain)
            fn(ctx, b, b + grain < n ? b + grain : n);
        return;
    }
    par_for p = {fn, ctx, n, grain, 0, PTHREAD_MUTEX_INITIALIZER};
    pthread_t th[MAX_THREADS];
    unsigned started = 0;
    for (unsigned t = 1; t < threads; t++)
        if (cg_thread_start(&th[started], for_worker, &p) == 0)
            started++;
    for_worker(&p); /* this thread too; with no thread started, it does all */
    for (unsigned t = 0; t < started; t++)
        pthread_join(th[t], NULL);
    pthread_mutex_destroy(&p.lock);
}

/* ---- cg_par_emit --------------------------------------------------------- */

typedef struct emit_slot {
    cg_buf text;
    int done;
} emit_slot;

typedef struct par_emit {
    void (*fmt)(void *ctx, size_t begin, size_t end, cg_buf *out);
    void *ctx;
    size_t n, grain, chunks;
    size_t next;     /* the next chunk to format */
    size_t emitted;  /* chunks handed to the sink */
    int stop;
    emit_slot *slot; /* chunk c in slot[c % window] */
    size_t window;
    pthread_mutex_t lock;
    pthread_cond_t room;  /* a slot was emptied */
    pthread_cond_t ready; /* a chunk was formatted */
} par_emit;

static void *emit_worker(void *arg)
{
    par_emit *p = arg;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (!p->stop && p->next < p->chunks && p->next - p->emitted >= p->window)
            pthread_cond_wait(&p->room, &p->lock);
        if (p->stop || p->next >= p->chunks)
            break;
        size_t c = p->next++;
        emit_slot *s = &p->slot[c % p->window];
        pthread_mutex_unlock(&p->lock);
        s->text.len = 0;
        if (s->text.s)
            s->text.s[0] = '\0';
        size_t b = c * p->grain;
        p->fmt(p->ctx, b, b + p->grain < p->n ? b + p->grain : p->n, &s->text);
        pthread_mutex_lock(&p->lock);
        s->done = 1;
        pthread_cond_signal(&p->ready);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

int cg_par_emit(unsigned threads, size_t n, size_t grain,
                void (*fmt)(void *ctx, size_t begin, size_t end, cg_buf *out), void *ctx,
                int (*sink)(void *sctx, const char *s, size_t len), void *sctx)
{
    if (!n)
        return 0;
    if (!grain)
        grain = 1;
    size_t chunks = (n + grain - 1) / grain;
    threads = clamp_threads(threads, chunks);
    int rc = 0;
    if (threads == 1) {
        cg_buf b = {0};
        for (size_t c = 0; c < chunks && !rc; c++) {
            b.len = 0;
            fmt(ctx, c * grain, (c + 1) * grain < n ? (c + 1) * grain : n, &b);
            if (b.len)
                rc = sink(sctx, b.s, b.len);
        }
        cg_buf_free(&b);
        return rc;
    }
    /* the workers format while this thread writes */
    par_emit p;
    memset(&p, 0, sizeof p);
    p.fmt = fmt;
    p.ctx = ctx;
    p.n = n;
    p.grain = grain;
    p.chunks = chunks;
    p.window = (size_t)threads * 4;
    p.slot = cg_xcalloc(p.window, sizeof *p.slot);
    pthread_mutex_init(&p.lock, NULL);
    pthread_cond_init(&p.room, NULL);
    pthread_cond_init(&p.ready, NULL);
    pthread_t th[MAX_THREADS];
    unsigned started = 0;
    for (unsigned t = 0; t < threads; t++)
        if (cg_thread_start(&th[started], emit_worker, &p) == 0)
            started++;
    if (!started) {
        /* no thread to be had: format here */
        p.stop = 1;
        pthread_mutex_destroy(&p.lock);
        pthread_cond_destroy(&p.room);
        pthread_cond_destroy(&p.ready);
        cg_free(p.slot);
        return cg_par_emit(1, n, grain, fmt, ctx, sink, sctx);
    }
    pthread_mutex_lock(&p.lock);
    while (p.emitted < chunks && !rc) {
        emit_slot *s = &p.slot[p.emitted % p.window];
        while (!s->done)
            pthread_cond_wait(&p.ready, &p.lock);
        pthread_mutex_unlock(&p.lock);
        if (s->text.len)
            rc = sink(sctx, s->text.s, s->text.len);
        pthread_mutex_lock(&p.lock);
        s->done = 0;
        p.emitted++;
        if (rc)
            p.stop = 1;
        pthread_cond_broadcast(&p.room);
    }
    p.stop = 1;
    pthread_cond_broadcast(&p.room);
    pthread_mutex_unlock(&p.lock);
    for (unsigned t = 0; t < started; t++)
        pthread_join(th[t], NULL);
    for (size_t k = 0; k < p.window; k++)
        cg_buf_free(&p.slot[k].text);
    cg_free(p.slot);
    pthread_cond_destroy(&p.ready);
    pthread_cond_destroy(&p.room);
    pthread_mutex_destroy(&p.lock);
    return rc;
}
