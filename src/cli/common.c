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
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"
#include "docjson.h"
#include "graph.h"
#include "par.h"
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
    static const char *const ext[] = {".txt", ".md", ".markdown", ".text", ".html", ".htm",
                                      ".pdf", ".docx", NULL};
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
    uint64_t size; /* from stat; 0 when unknown (standard input) */
} entry;

static void push(cg_vec *out, char *path, size_t rel, uint64_t size)
{
    entry *e = cg_xmalloc(sizeof *e);
    e->path = path;
    e->rel = rel;
    e->size = size;
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
                push(out, path, rel, (uint64_t)st.st_size);
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
            push(&v, cg_xstrdup("-"), 0, 0);
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
            push(&v, cg_xstrdup(p), dot_prefix(p), S_ISREG(st.st_mode) ? (uint64_t)st.st_size : 0);
        }
    }
    /* the same file named twice is read once */
    cg_sort(v.v, v.n, sizeof *v.v, cmp_entry);
    out->v = cg_xcalloc(v.n ? v.n : 1, sizeof *out->v);
    out->names = cg_xcalloc(v.n ? v.n : 1, sizeof *out->names);
    out->sizes = cg_xcalloc(v.n ? v.n : 1, sizeof *out->sizes);
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
        out->sizes[w] = e->size;
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
    free(f->sizes);
    free(f->first_special);
    memset(f, 0, sizeof *f);
}

int cli_follow_special = 0;

void cli_phase(const char *name)
{
    cg_phase(1, name);
}

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

/* What kind of problem a message reports, for the summary: the first
 * pattern the message holds names it (the longer patterns first). */
static const char *problem_kind(const char *msg)
{
    static const struct {
        const char *pattern, *kind;
    } kinds[] = {
        {"encrypted PDF", "encrypted PDF"},
        {"damaged PDF", "damaged PDF"},
        {"no text layer", "PDF without a text layer"},
        {"no text in the PDF", "PDF without text"},
        {"password-protected", "password-protected document"},
        {"damaged Word document", "damaged Word document"},
        {"declares a DTD", "Word document with a DTD"},
        {"ZIP bomb", "ZIP bomb"},
        {"expands to more than", "Word document too large"},
        {"not a Word document", "not a Word document"},
        {"Word 97-2003", "Word 97-2003 document"},
        {"not a letter", "not a letter"},
        {"invalid UTF-8", "invalid UTF-8"},
        {"NUL character", "NUL character"},
        {"binary", "binary"},
        {"empty file", "empty file"},
        {"no text", "no text"},
        {"cannot open", "cannot open"},
        {"larger than", "larger than"},
        {"read error", "read error"},
        {"not readable as HTML", "not readable as HTML"},
        {"not a regular file", "not a regular file"},
        {"without a byte-order mark", "without a byte-order mark"},
    };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strstr(msg, kinds[k].pattern))
            return kinds[k].kind;
    return "other";
}

typedef struct why_row {
    const char *kind;
    size_t n;
} why_row;

static int cmp_why(const void *a, const void *b)
{
    const why_row *x = a, *y = b;
    return x->n != y->n ? (x->n < y->n ? 1 : -1) : strcmp(x->kind, y->kind);
}

/* Documents are scanned by worker threads and added to the graph by this
 * thread in file order, so the output is the same for any number of
 * threads.  The pipeline streams: a worker takes the next file as soon as
 * it is free, and this thread adds each document as soon as those before
 * it are in.  What is in flight is bounded twice: by memory (a document
 * being scanned reserves CG_SCAN_FACTOR times its size from the budget, a
 * scanned one waiting for its turn keeps its size; a file larger than the
 * whole budget is scanned alone), and by a window of documents not yet
 * added, so that one slow file cannot let the others pile up. */
enum { SCAN_FACTOR = 4 };
#define SCAN_UNKNOWN_SIZE ((uint64_t)64 << 20) /* standard input */

typedef struct scan_slot {
    cg_document *doc;
    cg_error err;
    cg_status st;
    uint64_t reserved;
    int done;
    cli_cache_key key;   /* the scan cache: what to store once it is added */
    char *enc;
    size_t enclen;
} scan_slot;

typedef struct scan_pipe {
    const cg_registry *reg;
    const cli_files *files;
    size_t max_refs;
    scan_slot *slot;         /* window: file k is in slot[k % window] */
    size_t window;
    size_t next_claim;       /* the next file to scan */
    size_t next_add;         /* the next file to add to the graph */
    uint64_t budget, in_use; /* bytes */
    int stop;                /* a signal: no more claims */
    pthread_mutex_t lock;
    pthread_cond_t work;     /* a slot or budget freed */
    pthread_cond_t ready;    /* a document scanned */
} scan_pipe;

static uint64_t scan_cost(const scan_pipe *sp, size_t k)
{
    uint64_t size = sp->files->sizes[k] ? sp->files->sizes[k] : SCAN_UNKNOWN_SIZE;
    return size * SCAN_FACTOR + 65536;
}

/* Under the lock: may file next_claim be taken now? */
static int can_claim(const scan_pipe *sp)
{
    if (sp->stop || sp->next_claim >= sp->files->n)
        return 0;
    if (sp->next_claim - sp->next_add >= sp->window)
        return 0;
    uint64_t c = scan_cost(sp, sp->next_claim);
    return sp->in_use == 0 || sp->in_use + c <= sp->budget;
}

cli_cache *cli_scan_cache = NULL;

/* Scans file k into its slot (outside the lock): the letters of a JSON
 * Lines file named on the command line, or a letter from the scan cache
 * when it has it unchanged, else scanned (and encoded for the cache). */
static void scan_one(scan_pipe *sp, size_t k)
{
    scan_slot *s = &sp->slot[k % sp->window];
    memset(&s->err, 0, sizeof s->err);
    const char *path = sp->files->v[k], *name = sp->files->names[k];
    if (cli_is_jsonl(path) && name == path + dot_prefix(path)) {
        s->st = CG_OK; /* read before the scan (jsonl_read) */
        return;
    }
    if (cli_scan_cache && strcmp(path, "-") != 0) {
        s->doc = cli_cache_get(cli_scan_cache, path, name, &s->key);
        if (s->doc) {
            s->st = CG_OK;
            return;
        }
        cli_cache_prepare(cli_scan_cache, path, &s->key);
    }
    cg_read_options ro = {0};
    ro.name = name;
    ro.follow_special = cli_follow_special;
    ro.max_refs = sp->max_refs;
    ro.language = cli_lang;
    s->st = cg_document_read_file_opts(&s->doc, sp->reg, path, &ro, &s->err);
    /* a letter cut short by the work limit is scanned again each time, so
     * that its warning is said each time */
    if (cli_scan_cache && s->st == CG_OK && s->key.usable && !cg_document_warning_count(s->doc))
        s->enc = cli_cache_encode(s->doc, &s->enclen);
}

/* Under the lock: file k is scanned; what it keeps until its turn is
 * about its size (its references, not its text). */
static void scan_done(scan_pipe *sp, size_t k)
{
    scan_slot *s = &sp->slot[k % sp->window];
    uint64_t keep = sp->files->sizes[k] ? sp->files->sizes[k] : 65536;
    if (keep < s->reserved) {
        sp->in_use -= s->reserved - keep;
        s->reserved = keep;
    }
    s->done = 1;
    pthread_cond_broadcast(&sp->work);
    pthread_cond_signal(&sp->ready);
}

static size_t claim(scan_pipe *sp)
{
    size_t k = sp->next_claim++;
    scan_slot *s = &sp->slot[k % sp->window];
    s->reserved = scan_cost(sp, k);
    s->done = 0;
    s->doc = NULL;
    sp->in_use += s->reserved;
    return k;
}

static void *scan_worker(void *arg)
{
    scan_pipe *sp = arg;
    pthread_mutex_lock(&sp->lock);
    for (;;) {
        while (!can_claim(sp) && !sp->stop && sp->next_claim < sp->files->n)
            pthread_cond_wait(&sp->work, &sp->lock);
        if (sp->stop || sp->next_claim >= sp->files->n)
            break;
        size_t k = claim(sp);
        pthread_mutex_unlock(&sp->lock);
        scan_one(sp, k);
        pthread_mutex_lock(&sp->lock);
        scan_done(sp, k);
    }
    pthread_mutex_unlock(&sp->lock);
    return NULL;
}

int cli_jobs = 0; /* -j: 0 means one per processor */
long cli_max_refs = 0; /* --max-refs: 0 means CG_MAX_REFS */
const char *cli_lang = NULL;
cg_evidence cli_evidence = CG_EVIDENCE_FIRST;
int cli_drop_mentions = 0;
unsigned cli_measures = CG_MEASURES_DEFAULT;

static int worker_count(size_t files)
{
    long n = cli_jobs > 0 ? cli_jobs : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        n = 1;
    if (n > 64)
        n = 64;
    return (size_t)n > files ? (int)(files ? files : 1) : (int)n;
}

unsigned cli_threads(void)
{
    return (unsigned)worker_count((size_t)-1);
}

/* A quarter of the memory, between 256 MiB and 4 GiB. */
static uint64_t scan_budget(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), psize = sysconf(_SC_PAGESIZE);
    uint64_t b = pages > 0 && psize > 0 ? (uint64_t)pages * (uint64_t)psize / 4 : 0;
    if (b < ((uint64_t)256 << 20))
        b = (uint64_t)256 << 20;
    if (b > ((uint64_t)4 << 30))
        b = (uint64_t)4 << 30;
    return b;
}

typedef struct scan_tally {
    int problems; /* skipped, cut short by the work limit, or refused by the graph */
    int skipped;
    cg_map why;
} scan_tally;

static void add_doc(cg_graph *g, const cg_manifest *manifest, const char *path, cg_document *doc,
                    int quiet, int tty, scan_tally *t);

static void count_failure(const cg_error *err, int tty, scan_tally *t)
{
    if (tty)
        fputc('\n', stderr);
    cli_error(err);
    t->problems++;
    t->skipped++;
    size_t c = 0;
    const char *kind = problem_kind(err->message);
    cg_map_get(&t->why, kind, &c);
    cg_map_put(&t->why, kind, c + 1);
}

/* The letters of the JSON Lines files named, read before the scan and
 * added among the scanned ones in the order of their files' paths, as a
 * build from the letters themselves adds them. */
typedef struct jsonl_doc {
    cg_document *doc;
    size_t ix;
} jsonl_doc;

typedef struct jsonl_queue {
    jsonl_doc *v;
    size_t n, next;
} jsonl_queue;

static int cmp_jsonl(const void *a, const void *b)
{
    const jsonl_doc *x = a, *y = b;
    int c = strcmp(cg_document_meta(x->doc)->file, cg_document_meta(y->doc)->file);
    return c ? c : x->ix < y->ix ? -1 : x->ix > y->ix;
}

static void jsonl_read(jsonl_queue *q, const cli_files *files, int tty, scan_tally *t)
{
    cg_vec docs = {0};
    for (size_t k = 0; k < files->n; k++) {
        const char *path = files->v[k];
        if (!cli_is_jsonl(path) || files->names[k] != path + dot_prefix(path))
            continue;
        cg_error err = {0};
        if (cli_jsonl_read_file(&docs, path, &err) != CG_OK)
            count_failure(&err, tty, t);
    }
    q->n = docs.n;
    q->next = 0;
    q->v = cg_xcalloc(docs.n ? docs.n : 1, sizeof *q->v);
    for (size_t k = 0; k < docs.n; k++) {
        q->v[k].doc = docs.v[k];
        q->v[k].ix = k;
    }
    cg_vec_free(&docs, NULL);
    cg_sort(q->v, q->n, sizeof *q->v, cmp_jsonl);
}

/* Adds the letters of the queue up to path (all of them: NULL). */
static void jsonl_flush(cg_graph *g, const cg_manifest *manifest, jsonl_queue *q, const char *upto,
                        int tty, scan_tally *t)
{
    for (; q->next < q->n; q->next++) {
        cg_document *d = q->v[q->next].doc;
        if (upto && strcmp(cg_document_meta(d)->file, upto) > 0)
            break;
        add_doc(g, manifest, cg_document_meta(d)->file, d, 1, tty, t);
        q->v[q->next].doc = NULL;
    }
}

static jsonl_queue jq;

/* Adds a scanned file to the graph (this thread, in file order). */
static void take(cg_graph *g, const cg_manifest *manifest, const cli_files *files, size_t k,
                 scan_slot *s, int quiet, int tty, scan_tally *t)
{
    if (tty)
        fprintf(stderr, "\rcitegraph: scanning %zu/%zu", k + 1, files->n);
    cg_document *doc = s->doc;
    s->doc = NULL;
    if (s->st == CG_OK && cli_scan_cache) {
        cli_cache_put(cli_scan_cache, files->v[k], files->names[k], &s->key, s->enc ? s->enc : s->key.doc,
                      s->enc ? s->enclen : s->key.doclen);
    }
    free(s->enc);
    s->enc = NULL;
    cli_cache_key_free(&s->key);
    jsonl_flush(g, manifest, &jq, files->v[k], tty, t);
    if (s->st != CG_OK) {
        count_failure(&s->err, tty, t);
        return;
    }
    if (doc) /* else a JSON Lines file, read before */
        add_doc(g, manifest, files->v[k], doc, quiet, tty, t);
}

static void add_doc(cg_graph *g, const cg_manifest *manifest, const char *path, cg_document *doc,
                    int quiet, int tty, scan_tally *t)
{
    const cg_meta *dm = cg_document_meta(doc);
    if (!quiet && dm->encoding && strcmp(dm->encoding, "UTF-8") != 0)
        cli_errorf("%s: read as %s", path, dm->encoding);
    if (!quiet)
        cli_name_warning(path);
    for (size_t w = 0; w < cg_document_warning_count(doc); w++) {
        if (tty)
            fputc('\n', stderr);
        cli_errorf("%s", cg_document_warning(doc, w));
        t->problems++; /* in the graph, but not all of it */
    }
    if (manifest)
        cg_manifest_apply(manifest, doc);
    cg_error err = {0};
    if (cg_graph_add(g, doc, &err) != CG_OK) {
        if (tty)
            fputc('\n', stderr);
        cli_error(&err);
        t->problems++;
    }
    cg_document_free(doc);
}

int cli_scan_into(cg_graph **out, const cg_registry *reg, const cg_manifest *manifest,
                  const cli_files *files, int quiet)
{
    scan_tally t = {0};
    cg_error err = {0};
    cg_graph_new(out, &err);
    cg_graph_set_evidence(*out, cli_evidence, &err);
    if (cli_drop_mentions)
        cg_graph_drop_mentions(*out);
    cg_graph_set_measures(*out, cli_measures, &err);
    int tty = !quiet && isatty(STDERR_FILENO);
    int nw = worker_count(files->n);
    cg_graph_set_threads(*out, cli_threads());
    scan_pipe sp;
    memset(&sp, 0, sizeof sp);
    sp.reg = reg;
    sp.files = files;
    sp.max_refs = (size_t)cli_max_refs;
    sp.window = (size_t)nw * 16;
    sp.slot = cg_xcalloc(sp.window, sizeof *sp.slot);
    sp.budget = scan_budget();
    pthread_mutex_init(&sp.lock, NULL);
    pthread_cond_init(&sp.work, NULL);
    pthread_cond_init(&sp.ready, NULL);
    jsonl_read(&jq, files, tty, &t);
    pthread_t th[64];
    int started = 0;
    /* -j N: N workers scan while this thread adds (and scans when nothing
     * is in flight); -j 1: this thread does both, in turn */
    for (int w = 0; w < nw && nw > 1; w++)
        if (cg_thread_start(&th[started], scan_worker, &sp) == 0)
            started++;
    /* this thread adds in order, and scans too when the next document to
     * add is not ready and a file can be taken */
    pthread_mutex_lock(&sp.lock);
    while (sp.next_add < files->n) {
        scan_slot *s = &sp.slot[sp.next_add % sp.window];
        if (sp.next_add < sp.next_claim && s->done) {
            size_t k = sp.next_add;
            pthread_mutex_unlock(&sp.lock);
            take(*out, manifest, files, k, s, quiet, tty, &t);
            pthread_mutex_lock(&sp.lock);
            sp.in_use -= s->reserved;
            s->reserved = 0;
            s->done = 0;
            sp.next_add++;
            pthread_cond_broadcast(&sp.work);
        } else if (can_claim(&sp) && (started == 0 || sp.next_add == sp.next_claim)) {
            /* alone, or nothing in flight: scan it here */
            size_t k = claim(&sp);
            pthread_mutex_unlock(&sp.lock);
            scan_one(&sp, k);
            pthread_mutex_lock(&sp.lock);
            scan_done(&sp, k);
        } else {
            pthread_cond_wait(&sp.ready, &sp.lock);
        }
    }
    sp.stop = 1;
    pthread_cond_broadcast(&sp.work);
    pthread_mutex_unlock(&sp.lock);
    jsonl_flush(*out, manifest, &jq, NULL, tty, &t);
    free(jq.v);
    memset(&jq, 0, sizeof jq);
    for (int w = 0; w < started; w++)
        pthread_join(th[w], NULL);
    pthread_cond_destroy(&sp.ready);
    pthread_cond_destroy(&sp.work);
    pthread_mutex_destroy(&sp.lock);
    free(sp.slot);
    if (tty)
        fputs("\r\033[K", stderr);
    cli_cache_sweep(cli_scan_cache, files);
    cli_phase("scan");
    memset(&err, 0, sizeof err);
    if (cg_graph_finish(*out, &err) != CG_OK) {
        cli_error(&err);
        t.problems++;
    }
    cli_phase("finish");
    if (!quiet) {
        /* the first CLI_MAX_WARNINGS, then how many more: a corpus of a
         * million letters may have millions, each edge flagged anyway */
        size_t nwarn = cg_graph_warning_count(*out);
        for (size_t k = 0; k < nwarn && k < CLI_MAX_WARNINGS; k++)
            cli_errorf("warning: %s", cg_graph_warning(*out, k));
        if (nwarn > CLI_MAX_WARNINGS)
            cli_errorf("warning: and %zu more citations of documents dated after the letter citing "
                       "them (every one is an edge with anachronism = true)",
                       nwarn - CLI_MAX_WARNINGS);
    }
    if (t.why.n || files->special) {
        /* the summary: what was skipped and why */
        cg_buf b = {0};
        if (t.why.n) {
            /* the most frequent first, then by name */
            why_row *rows = cg_xmalloc(t.why.n * sizeof *rows);
            size_t nr = 0;
            for (size_t k = 0; k < t.why.cap; k++)
                if (t.why.keys[k])
                    rows[nr++] = (why_row){t.why.keys[k], t.why.vals[k]};
            qsort(rows, nr, sizeof *rows, cmp_why);
            cg_buf b2 = {0};
            for (size_t k = 0; k < nr; k++)
                cg_buf_printf(&b2, "%s%zu %s", b2.len ? ", " : "", rows[k].n, rows[k].kind);
            cg_free(rows);
            cg_buf_printf(&b, "%d of %zu files skipped (%s)", t.skipped, files->n, b2.s);
            cg_buf_free(&b2);
        }
        cli_special_note(files, &b);
        cli_errorf("%s", b.s);
        cg_buf_free(&b);
    }
    cg_map_free(&t.why);
    return t.problems;
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
