/* cli_common.c: error printing, file collection, scanning a corpus. */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <pthread.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "util.h"

void cli_error(const cg_error *e)
{
    fputs("citegraph: ", stderr);
    if (e->file[0]) {
        fputs(e->file, stderr);
        if (e->line > 0) {
            fprintf(stderr, ":%ld", e->line);
            if (e->column > 0)
                fprintf(stderr, ":%ld", e->column);
        }
        fputs(": ", stderr);
    }
    fprintf(stderr, "%s\n", e->message[0] ? e->message : "error");
}

void cli_errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("citegraph: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static int wanted(const char *name)
{
    static const char *const ext[] = {".txt", ".md", ".markdown", ".text", ".html", ".htm", NULL};
    const char *dot = strrchr(name, '.');
    if (!dot)
        return 0;
    for (int k = 0; ext[k]; k++)
        if (strcasecmp(dot, ext[k]) == 0)
            return 1;
    return 0;
}

typedef struct seen {
    dev_t dev;
    ino_t ino;
} seen;

static void walk(cg_vec *out, const char *dir, seen *stack, size_t depth, int *problems)
{
    struct stat st;
    if (stat(dir, &st) != 0)
        return;
    for (size_t k = 0; k < depth; k++)
        if (stack[k].dev == st.st_dev && stack[k].ino == st.st_ino) {
            cli_errorf("%s: folder loop (symbolic link back to a parent): skipped", dir);
            (*problems)++;
            return;
        }
    if (depth >= 64) {
        cli_errorf("%s: folders nested too deep: skipped", dir);
        (*problems)++;
        return;
    }
    stack[depth].dev = st.st_dev;
    stack[depth].ino = st.st_ino;
    DIR *d = opendir(dir);
    if (!d) {
        cli_errorf("%s: cannot open folder: %s", dir, strerror(errno));
        (*problems)++;
        return;
    }
    cg_vec names = {0};
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (de->d_name[0] != '.')
            cg_vec_push(&names, cg_xstrdup(de->d_name));
    closedir(d);
    cg_sort(names.v, names.n, sizeof *names.v, cg_cmp_str);
    for (size_t k = 0; k < names.n; k++) {
        char *path = cg_xsprintf("%s/%s", dir, (char *)names.v[k]);
        if (stat(path, &st) != 0) {
            cli_errorf("%s: %s: skipped", path, strerror(errno));
            (*problems)++;
            free(path);
        } else if (S_ISDIR(st.st_mode)) {
            walk(out, path, stack, depth + 1, problems);
            free(path);
        } else if (S_ISREG(st.st_mode) && wanted(path)) {
            cg_vec_push(out, path);
        } else {
            free(path);
        }
    }
    cg_vec_free(&names, free);
}

void cli_collect(cli_files *out, char **paths, size_t npaths, int *problems)
{
    cg_vec v = {0};
    seen stack[64];
    for (size_t k = 0; k < npaths; k++) {
        const char *p = paths[k];
        struct stat st;
        if (strcmp(p, "-") == 0) {
            cg_vec_push(&v, cg_xstrdup("-"));
        } else if (stat(p, &st) != 0) {
            cli_errorf("%s: %s", p, strerror(errno));
            (*problems)++;
        } else if (S_ISDIR(st.st_mode)) {
            size_t l = strlen(p);
            char *dir = cg_xstrdup(p);
            while (l > 1 && dir[l - 1] == '/')
                dir[--l] = '\0';
            walk(&v, dir, stack, 0, problems);
            free(dir);
        } else {
            cg_vec_push(&v, cg_xstrdup(p));
        }
    }
    /* the same file named twice is read once */
    cg_sort(v.v, v.n, sizeof *v.v, cg_cmp_str);
    size_t w = 0;
    for (size_t k = 0; k < v.n; k++) {
        if (w && strcmp(v.v[w - 1], v.v[k]) == 0) {
            free(v.v[k]);
            continue;
        }
        v.v[w++] = v.v[k];
    }
    out->v = (char **)v.v;
    out->n = w;
}

void cli_files_free(cli_files *f)
{
    for (size_t k = 0; k < f->n; k++)
        free(f->v[k]);
    free(f->v);
    f->v = NULL;
    f->n = 0;
}

int cli_registry(cg_registry **out, char **extra, size_t nextra)
{
    cg_error err = {0};
    if (cg_registry_new(out, &err) != CG_OK) {
        cli_error(&err);
        return EXIT_INPUT;
    }
    for (size_t k = 0; k < nextra; k++) {
        memset(&err, 0, sizeof err);
        if (cg_registry_load(*out, extra[k], &err) != CG_OK) {
            cli_error(&err);
            cg_registry_free(*out);
            *out = NULL;
            return EXIT_USAGE;
        }
    }
    for (size_t k = 0; k < cg_registry_warning_count(*out); k++)
        cli_errorf("warning: %s", cg_registry_warning(*out, k));
    return EXIT_OK;
}

int cli_manifest(cg_manifest **out, const char *path)
{
    *out = NULL;
    if (!path)
        return EXIT_OK;
    cg_error err = {0};
    if (cg_manifest_load(out, path, &err) != CG_OK) {
        cli_error(&err);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* What kind of problem a message reports, for the summary. */
static const char *problem_kind(const char *msg)
{
    static const char *const kinds[] = {"invalid UTF-8", "binary", "empty file", "no text",
                                        "cannot open", "larger than", "read error", "not readable as HTML"};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strstr(msg, kinds[k]))
            return kinds[k];
    return "other";
}

/* Documents are scanned by worker threads, a batch at a time (scanner
 * state is per document; the registry is only read), and added to the
 * graph by this thread in file order: the same output as one thread, in
 * less time, with memory bounded by the batch. */
typedef struct scan_job {
    const cg_registry *reg;
    const cli_files *files;
    size_t base, count;      /* the batch: files[base .. base+count) */
    cg_document **docs;
    cg_error *errs;
    cg_status *st;
    pthread_mutex_t lock;
    size_t next;
} scan_job;

static void *scan_worker(void *arg)
{
    scan_job *j = arg;
    for (;;) {
        pthread_mutex_lock(&j->lock);
        size_t k = j->next++;
        pthread_mutex_unlock(&j->lock);
        if (k >= j->count)
            return NULL;
        memset(&j->errs[k], 0, sizeof j->errs[k]);
        j->st[k] = cg_document_read_file(&j->docs[k], j->reg, j->files->v[j->base + k], &j->errs[k]);
    }
}

int cli_jobs = 0; /* -j: 0 means one per processor */

static int worker_count(size_t files)
{
    long n = cli_jobs > 0 ? cli_jobs : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    if (n > 64)
        n = 64;
    return (size_t)n > files ? (int)(files ? files : 1) : (int)n;
}

int cli_scan_into(cg_graph **out, const cg_registry *reg, const cg_manifest *manifest,
                  const cli_files *files, int quiet)
{
    int problems = 0;
    cg_map why = {0};
    cg_error err = {0};
    cg_graph_new(out, &err);
    int tty = !quiet && isatty(STDERR_FILENO);
    const size_t batch = 256;
    scan_job job;
    memset(&job, 0, sizeof job);
    job.reg = reg;
    job.files = files;
    job.docs = cg_xcalloc(batch, sizeof *job.docs);
    job.errs = cg_xcalloc(batch, sizeof *job.errs);
    job.st = cg_xcalloc(batch, sizeof *job.st);
    pthread_mutex_init(&job.lock, NULL);
    int nw = worker_count(files->n);
    pthread_t th[64];
    for (size_t base = 0; base < files->n; base += batch) {
        job.base = base;
        job.count = files->n - base < batch ? files->n - base : batch;
        job.next = 0;
        int started = 0;
        for (int w = 1; w < nw; w++)
            if (pthread_create(&th[started], NULL, scan_worker, &job) == 0)
                started++;
        scan_worker(&job); /* this thread works too */
        for (int w = 0; w < started; w++)
            pthread_join(th[w], NULL);
        for (size_t i = 0; i < job.count; i++) {
            size_t k = base + i;
            if (tty)
                fprintf(stderr, "\rcitegraph: scanning %zu/%zu", k + 1, files->n);
            cg_document *doc = job.docs[i];
            job.docs[i] = NULL;
            if (job.st[i] != CG_OK) {
                if (tty)
                    fputc('\n', stderr);
                cli_error(&job.errs[i]);
                problems++;
                size_t c = 0;
                const char *kind = problem_kind(job.errs[i].message);
                cg_map_get(&why, kind, &c);
                cg_map_put(&why, kind, c + 1);
                continue;
            }
            const cg_meta *dm = cg_document_meta(doc);
            if (!quiet && dm->encoding && strcmp(dm->encoding, "UTF-8") != 0)
                cli_errorf("%s: read as %s", files->v[k], dm->encoding);
            if (manifest)
                cg_manifest_apply(manifest, doc);
            memset(&err, 0, sizeof err);
            if (cg_graph_add(*out, doc, &err) != CG_OK) {
                if (tty)
                    fputc('\n', stderr);
                cli_error(&err);
                problems++;
            }
            cg_document_free(doc);
        }
    }
    pthread_mutex_destroy(&job.lock);
    free(job.docs);
    free(job.errs);
    free(job.st);
    if (tty)
        fputs("\r\033[K", stderr);
    memset(&err, 0, sizeof err);
    if (cg_graph_finish(*out, &err) != CG_OK) {
        cli_error(&err);
        problems++;
    }
    if (!quiet)
        for (size_t k = 0; k < cg_graph_warning_count(*out); k++)
            cli_errorf("warning: %s", cg_graph_warning(*out, k));
    if (why.n) {
        /* the summary: what was skipped and why */
        cg_buf b = {0};
        for (size_t k = 0; k < why.cap; k++)
            if (why.keys[k])
                cg_buf_printf(&b, "%s%zu %s", b.len ? ", " : "", why.vals[k], why.keys[k]);
        cli_errorf("%d of %zu files skipped (%s)", problems, files->n, b.s);
        cg_buf_free(&b);
    }
    cg_map_free(&why);
    return problems;
}

void cli_pad(const char *s, size_t width)
{
    fputs(s, stdout);
    for (size_t w = cg_utf8_width(s); w < width; w++)
        fputc(' ', stdout);
}

int cli_source_option(cli_source *src, int c, const char *arg)
{
    switch (c) {
    case 'g':
        src->graph = arg;
        return 1;
    case 'r':
        if (src->nregs == 32) {
            cli_errorf("at most 32 --registry files");
            return -1;
        }
        src->regs[src->nregs++] = (char *)arg;
        return 1;
    case 'm':
        src->manifest = arg;
        return 1;
    case 'j':
        src->json = 1;
        return 1;
    default:
        return 0;
    }
}

int cli_open_graph(cg_graph **out, const cli_source *src, char **paths, size_t npaths,
                   int *problems)
{
    *out = NULL;
    if ((src->graph != NULL) == (npaths > 0)) {
        cli_errorf("give either -g GRAPH or PATHs to scan");
        return EXIT_USAGE;
    }
    if (src->graph) {
        cg_error err = {0};
        if (cg_graph_load_graphml(out, src->graph, &err) != CG_OK) {
            cli_error(&err);
            return EXIT_INPUT;
        }
        return EXIT_OK;
    }
    cg_registry *reg = NULL;
    int rc = cli_registry(&reg, (char **)src->regs, src->nregs);
    if (rc != EXIT_OK)
        return rc;
    cg_manifest *manifest = NULL;
    if ((rc = cli_manifest(&manifest, src->manifest)) != EXIT_OK) {
        cg_registry_free(reg);
        return rc;
    }
    cli_files files = {0};
    cli_collect(&files, paths, npaths, problems);
    *problems += cli_scan_into(out, reg, manifest, &files, 0);
    cli_files_free(&files);
    cg_manifest_free(manifest);
    cg_registry_free(reg);
    return EXIT_OK;
}

size_t cli_find(const cg_graph *g, const char *id)
{
    size_t ix = cg_graph_find(g, id);
    if (ix != CG_NONE)
        return ix;
    const char *sug[5];
    size_t n = cg_graph_suggest(g, id, sug, 5);
    fprintf(stderr, "citegraph: no node '%s' in the graph", id);
    for (size_t k = 0; k < n; k++)
        fprintf(stderr, "%s%s", k ? ", " : "; did you mean: ", sug[k]);
    fputc('\n', stderr);
    return CG_NONE;
}

int cli_finish_stdout(int rc)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("cannot write to standard output");
        return EXIT_INPUT;
    }
    return rc;
}

int cli_count(const char *cmd, const char *opt, const char *arg, long min, size_t *out)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (*end || end == arg || v < min) {
        cli_errorf("%s: %s takes a whole number%s, not '%s'", cmd, opt, min > 0 ? " from 1" : "", arg);
        return -1;
    }
    *out = (size_t)v;
    return 0;
}
