/* common.c: error printing, file collection, scanning a corpus. */
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

/* Every message goes through here: what comes from the input (file names
 * above all) is shown with control characters and bytes that are not
 * UTF-8 escaped (\x1b, \n, \xff), so that no escape sequence reaches the
 * terminal and the message stays one line. */
cg_vec *cli_captured = NULL;

static void put_line(const char *s)
{
    cg_buf b = {0};
    cg_buf_puts(&b, "citegraph: ");
    cg_buf_put_visible(&b, s, strlen(s));
    cg_buf_putc(&b, '\n');
    fputs(b.s, stderr);
    if (cli_captured)
        cg_vec_push(cli_captured, cg_xstrndup(b.s + 11, b.len - 12));
    cg_buf_free(&b);
}

void cli_error(const cg_error *e)
{
    cg_buf b = {0};
    if (e->file[0]) {
        cg_buf_puts(&b, e->file);
        if (e->line > 0) {
            cg_buf_printf(&b, ":%ld", e->line);
            if (e->column > 0)
                cg_buf_printf(&b, ":%ld", e->column);
        }
        cg_buf_puts(&b, ": ");
    }
    cg_buf_puts(&b, e->message[0] ? e->message : "error");
    put_line(b.s);
    cg_buf_free(&b);
}

void cli_errorf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n >= 0) {
        s = cg_xmalloc((size_t)n + 1);
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    }
    va_end(ap);
    put_line(s ? s : "error");
    free(s);
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

/* A file to read: its path, and where in it the name relative to the
 * corpus root begins. */
typedef struct entry {
    char *path;
    size_t rel;
} entry;

static void push(cg_vec *out, char *path, size_t rel)
{
    entry *e = cg_xmalloc(sizeof *e);
    e->path = path;
    e->rel = rel;
    cg_vec_push(out, e);
}

/* A folder's files; `rel` is where names below the corpus root begin in
 * the paths. */
static void walk(cg_vec *out, cli_files *f, const char *dir, size_t rel, seen *stack,
                 size_t depth, int *problems)
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
    size_t dl = strlen(dir);
    int slash = dl > 0 && dir[dl - 1] == '/'; /* "/" as the root */
    for (size_t k = 0; k < names.n; k++) {
        char *path = cg_xsprintf("%s%s%s", dir, slash ? "" : "/", (char *)names.v[k]);
        if (stat(path, &st) != 0) {
            cli_errorf("%s: %s: skipped", path, strerror(errno));
            (*problems)++;
            free(path);
        } else if (S_ISDIR(st.st_mode)) {
            walk(out, f, path, rel, stack, depth + 1, problems);
            free(path);
        } else if (S_ISREG(st.st_mode)) {
            if (wanted(path))
                push(out, path, rel);
            else
                free(path);
        } else {
            /* FIFOs, devices, sockets: not letters, never read (a FIFO
             * would block, a device never end), but counted and said */
            f->special++;
            if (!f->first_special)
                f->first_special = path;
            else
                free(path);
        }
    }
    cg_vec_free(&names, free);
}

/* By path, then the longest relative name first (the outermost root). */
static int cmp_entry(const void *a, const void *b)
{
    const entry *x = *(entry *const *)a, *y = *(entry *const *)b;
    int c = strcmp(x->path, y->path);
    if (c)
        return c;
    return x->rel < y->rel ? -1 : x->rel > y->rel;
}

/* The leading "./" of a path named directly is not part of its name. */
static size_t dot_prefix(const char *p)
{
    size_t i = 0;
    while (p[i] == '.' && p[i + 1] == '/') {
        i += 2;
        while (p[i] == '/')
            i++;
    }
    return i;
}

void cli_collect(cli_files *out, const char *const *paths, size_t npaths, int *problems)
{
    cg_vec v = {0};
    seen stack[64];
    memset(out, 0, sizeof *out);
    for (size_t k = 0; k < npaths; k++) {
        const char *p = paths[k];
        struct stat st;
        if (strcmp(p, "-") == 0) {
            push(&v, cg_xstrdup("-"), 0);
        } else if (stat(p, &st) != 0) {
            cli_errorf("%s: %s", p, strerror(errno));
            (*problems)++;
        } else if (S_ISDIR(st.st_mode)) {
            size_t l = strlen(p);
            char *dir = cg_xstrdup(p);
            while (l > 1 && dir[l - 1] == '/')
                dir[--l] = '\0';
            /* names are relative to the folder given: DIR/a/letter.txt is
             * a/letter.txt */
            walk(&v, out, dir, l == 1 && dir[0] == '/' ? 1 : l + 1, stack, 0, problems);
            free(dir);
        } else {
            /* read (or refused, when it is not a regular file) by the
             * reader, which looks at what it opened */
            push(&v, cg_xstrdup(p), dot_prefix(p));
        }
    }
    /* the same file named twice is read once */
    cg_sort(v.v, v.n, sizeof *v.v, cmp_entry);
    out->v = cg_xcalloc(v.n ? v.n : 1, sizeof *out->v);
    out->names = cg_xcalloc(v.n ? v.n : 1, sizeof *out->names);
    size_t w = 0;
    for (size_t k = 0; k < v.n; k++) {
        entry *e = v.v[k];
        if (w && strcmp(out->v[w - 1], e->path) == 0) {
            free(e->path);
            free(e);
            continue;
        }
        out->v[w] = e->path;
        out->names[w] = e->path + e->rel;
        w++;
        free(e);
    }
    free(v.v);
    out->n = w;
}

void cli_files_free(cli_files *f)
{
    for (size_t k = 0; k < f->n; k++)
        free(f->v[k]);
    free(f->v);
    free(f->names);
    free(f->first_special);
    memset(f, 0, sizeof *f);
}

int cli_follow_special = 0;

void cli_special_note(const cli_files *f, cg_buf *b)
{
    if (!f->special)
        return;
    cg_buf_printf(b, "%s%zu special file%s skipped (FIFOs, devices or sockets inside folders, such as %s)",
                  b->len ? "; " : "", f->special, f->special == 1 ? "" : "s", f->first_special);
}

int cli_registry(cg_registry **out, const char *const *extra, size_t nextra)
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
                                        "cannot open", "larger than", "read error", "not readable as HTML",
                                        "not a regular file", "NUL character", "without a byte-order mark"};
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
        cg_read_options ro = {0};
        ro.name = j->files->names[j->base + k];
        ro.follow_special = cli_follow_special;
        j->st[k] = cg_document_read_file_opts(&j->docs[k], j->reg, j->files->v[j->base + k], &ro,
                                              &j->errs[k]);
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
            if (!quiet)
                cli_name_warning(files->v[k]);
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
    if (why.n || files->special) {
        /* the summary: what was skipped and why */
        cg_buf b = {0};
        if (why.n) {
            cg_buf b2 = {0};
            for (size_t k = 0; k < why.cap; k++)
                if (why.keys[k])
                    cg_buf_printf(&b2, "%s%zu %s", b2.len ? ", " : "", why.vals[k], why.keys[k]);
            cg_buf_printf(&b, "%d of %zu files skipped (%s)", problems, files->n, b2.s);
            cg_buf_free(&b2);
        }
        cli_special_note(files, &b);
        cli_errorf("%s", b.s);
        cg_buf_free(&b);
    }
    cg_map_free(&why);
    return problems;
}

void cli_name_warning(const char *path)
{
    char *e;
    int found = cg_name_escape(&e, path);
    if (found)
        cli_errorf("%s: warning: file name %s: written as %s", path,
                   found & CG_NAME_NOT_UTF8 ? "is not valid UTF-8" : "has control characters", e);
    free(e);
}

int cli_finish_stdout(int rc)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("cannot write to standard output");
        return EXIT_INPUT;
    }
    return rc;
}
