/* fuzz_write: the write path under faults (docs/reliability.md, "Writing
 * outputs"; docs/fuzzing.md).
 *
 * The input is scanned as a letter into a graph (a rejected input gives the
 * empty graph).  The graph is then saved again and again while the write
 * layer (src/fileio.c) fails its 1st, 2nd, 3rd ... call (open, write, fsync,
 * close, rename, link, fchmod, fchown), until a save makes fewer calls than
 * the number that was to fail.  After every attempt:
 *   - a failed save returned CG_ERR_IO with the path and a reason, and left
 *     every previous output byte for byte as it was (a new name: absent);
 *   - a successful save wrote exactly what cg_graph_write gives, with the
 *     old file's mode (and owner and group, when run as root);
 *   - no temporary file (.cg-*) is left, and a symbolic link is still the
 *     same link.
 * Then the same with a lasting fault (every call from the n-th on fails, as
 * a disk that dies): a failed save may leave a set half replaced only when
 * its message says so ("write again"), and each file is then either the old
 * or the new one.
 *
 * Targets: one file (existing, new, behind a symbolic link) in one format,
 * and the CSV pair (both existing, both new, one of each).  Under libFuzzer
 * the first input bytes choose the target, the format and the stream buffer
 * size (small buffers: many writes per file); built with FUZZ_WRITE_MAIN it
 * is a plain program (ctest write.faults) that runs every target in every
 * format, with small buffers, for each file named on its command line. */
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>

#include "fileio.h"
#include "fuzz_common.h"

static cg_registry *reg;
static char work[4096];
static int full;                  /* every target and format (FUZZ_WRITE_MAIN) */
static unsigned long saves, faults;

static void rm_work(void)
{
    DIR *d = opendir(work);
    if (d) {
        struct dirent *de;
        char p[4600];
        while ((de = readdir(d)) != NULL) {
            if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
                continue;
            snprintf(p, sizeof p, "%s/%s", work, de->d_name);
            unlink(p);
        }
        closedir(d);
    }
    rmdir(work);
}

static void init(void)
{
    cg_error err;
    cg_init();
    if (cg_registry_new(&reg, &err) != CG_OK)
        FUZZ_FAIL("cg_registry_new: %s", err.message);
    const char *t = getenv("TMPDIR");
    snprintf(work, sizeof work, "%s/citegraph-fuzz-write-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(work))
        fuzz_die(work);
    atexit(rm_work);
}

/* work/name, in one of four buffers used in turn: copy what must last. */
static char *path_in(const char *name)
{
    static char bufs[4][4200];
    static int k;
    char *b = bufs[k++ % 4];
    snprintf(b, sizeof bufs[0], "%s/%s", work, name);
    return b;
}

/* The bytes of a file; NULL when it does not exist. */
static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        if (errno != ENOENT)
            fuzz_die(path);
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4096;
            buf = realloc(buf, cap);
            if (!buf)
                fuzz_die("realloc");
        }
        size_t r = fread(buf + n, 1, cap - n, fp);
        n += r;
        if (r == 0)
            break;
    }
    fclose(fp);
    *len = n;
    return buf;
}

static void put(const char *path, const char *s)
{
    unlink(path);
    fuzz_write(path, (const uint8_t *)s, strlen(s));
}

/* What cg_graph_write gives for a format. */
static char *render(const cg_graph *g, cg_output f, size_t *len)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, len);
    cg_error err;
    if (!fp)
        fuzz_die("open_memstream");
    if (cg_graph_write(g, f, fp, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_write(format %d): %s", (int)f, err.message);
    if (fclose(fp) != 0)
        fuzz_die("open_memstream");
    return buf;
}

static void no_temp_left(const char *when)
{
    DIR *d = opendir(work);
    if (!d)
        fuzz_die(work);
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (strncmp(de->d_name, ".cg-", 4) == 0)
            FUZZ_FAIL("%s: temporary file %s left behind", when, de->d_name);
    closedir(d);
}

enum { OLD = 0, NEW = 1 }; /* what a file holds */

/* 0: the old content (or absent when there was none); 1: the new; -1: neither. */
static int state_of(const char *path, const char *old, const char *want, size_t want_len)
{
    size_t len = 0;
    char *got = slurp(path, &len);
    int s = -1;
    if (!got)
        s = old ? -1 : OLD;
    else if (len == want_len && memcmp(got, want, len) == 0)
        s = NEW;
    else if (old && len == strlen(old) && memcmp(got, old, len) == 0)
        s = OLD;
    free(got);
    return s;
}

typedef struct scenario {
    const char *name;
    size_t n;
    const char *files[2];   /* names in work/ */
    const char *old[2];     /* previous content, NULL for a new name */
    int link;               /* files[0] is reached through "link" */
} scenario;

static const scenario scenarios[] = {
    {"existing file", 1, {"out.data"}, {"the previous output\n"}, 0},
    {"new file", 1, {"out.data"}, {NULL}, 0},
    {"file behind a symbolic link", 1, {"target.data"}, {"the previous output\n"}, 1},
    {"csv pair, both existing", 2, {"nodes.csv", "edges.csv"}, {"old nodes\n", "old edges\n"}, 0},
    {"csv pair, both new", 2, {"nodes.csv", "edges.csv"}, {NULL, NULL}, 0},
    {"csv pair, nodes existing", 2, {"nodes.csv", "edges.csv"}, {"old nodes\n", NULL}, 0},
};
enum { NSCEN = sizeof scenarios / sizeof scenarios[0] };

static void set_up(const scenario *s)
{
    unlink(path_in("link"));
    for (size_t k = 0; k < s->n; k++) {
        const char *p = path_in(s->files[k]);
        unlink(p);
        if (s->old[k]) {
            put(p, s->old[k]);
            chmod(p, 0640);
            if (geteuid() == 0 && chown(p, 1234, 5678) != 0)
                fuzz_die("chown");
        }
    }
    if (s->link && symlink(s->files[0], path_in("link")) != 0)
        fuzz_die("symlink");
}

static const int errnos[] = {EIO, ENOSPC, EDQUOT, EINTR, EACCES, EPERM, EINVAL, EROFS, EMLINK};

static void run(const cg_graph *g, const scenario *s, cg_output fmt)
{
    cg_output formats[2] = {fmt, fmt};
    char *want[2] = {NULL, NULL};
    size_t want_len[2] = {0, 0};
    if (s->n == 2) {
        formats[0] = CG_OUTPUT_CSV_NODES;
        formats[1] = CG_OUTPUT_CSV_EDGES;
    }
    char pathbuf[2][4200];
    const char *paths[2] = {pathbuf[0], pathbuf[1]};
    for (size_t k = 0; k < s->n; k++) {
        want[k] = render(g, formats[k], &want_len[k]);
        snprintf(pathbuf[k], sizeof pathbuf[k], "%s", s->link ? path_in("link") : path_in(s->files[k]));
    }
    for (int persist = 0; persist < 2; persist++) {
        for (unsigned long n = 1;; n++) {
            if (n > 100000)
                FUZZ_FAIL("%s: more than 100000 calls for one save", s->name);
            set_up(s);
            int e = errnos[n % (sizeof errnos / sizeof errnos[0])];
            cg_error err;
            memset(&err, 0, sizeof err);
            cg_io_fail_at(n, e, persist);
            cg_status st = cg_graph_save_set(g, formats, paths, s->n, &err);
            unsigned long calls = cg_io_calls();
            cg_io_fail_at(0, 0, 0);
            saves++;
            char when[256];
            snprintf(when, sizeof when, "%s, format %d, call %lu %s with %s", s->name, (int)fmt, n,
                     persist ? "and after failing" : "failing", strerror(e));
            no_temp_left(when);
            if (s->link) {
                struct stat ls;
                char to[64];
                ssize_t l = readlink(path_in("link"), to, sizeof to - 1);
                if (lstat(path_in("link"), &ls) != 0 || !S_ISLNK(ls.st_mode) || l < 0 ||
                    (to[l] = '\0', strcmp(to, s->files[0]) != 0))
                    FUZZ_FAIL("%s: the symbolic link was not kept", when);
            }
            int states[2], all_old = 1, all_new = 1;
            for (size_t k = 0; k < s->n; k++) {
                states[k] = state_of(path_in(s->files[k]), s->old[k], want[k], want_len[k]);
                if (states[k] < 0)
                    FUZZ_FAIL("%s: %s is neither the old nor the new content", when, s->files[k]);
                all_old &= states[k] == OLD;
                all_new &= states[k] == NEW;
            }
            if (st == CG_OK) {
                if (!all_new)
                    FUZZ_FAIL("%s: success (%lu calls), but the new content is not in place (states %d %d)",
                              when, calls, states[0], s->n > 1 ? states[1] : 9);
                for (size_t k = 0; k < s->n; k++) {
                    struct stat fs;
                    if (!s->old[k] || stat(path_in(s->files[k]), &fs) != 0)
                        continue;
                    if ((fs.st_mode & 07777) != 0640)
                        FUZZ_FAIL("%s: mode %04o, not the old file's 0640", when,
                                  (unsigned)(fs.st_mode & 07777));
                    if (geteuid() == 0 && (fs.st_uid != 1234 || fs.st_gid != 5678))
                        FUZZ_FAIL("%s: owner %u:%u, not the old file's 1234:5678", when,
                                  (unsigned)fs.st_uid, (unsigned)fs.st_gid);
                }
            } else {
                faults++;
                if (st != CG_ERR_IO)
                    FUZZ_FAIL("%s: status %d, not CG_ERR_IO", when, (int)st);
                if (!err.file[0] || !err.message[0])
                    FUZZ_FAIL("%s: the error names no file or says nothing", when);
                if (!all_old && !(persist && s->n > 1 && strstr(err.message, "write again")))
                    FUZZ_FAIL("%s: failed (%s: %s) but the previous output is not intact", when,
                              err.file, err.message);
                if (strstr(err.message, "left intact") && !all_old)
                    FUZZ_FAIL("%s: says intact but is not: %s", when, err.message);
            }
            if (calls < n) { /* the fault was never reached: this was a clean save */
                if (st != CG_OK)
                    FUZZ_FAIL("%s: no fault injected, yet: %s: %s", when, err.file, err.message);
                break;
            }
        }
    }
    for (size_t k = 0; k < s->n; k++)
        free(want[k]);
    unlink(path_in("link"));
    for (size_t k = 0; k < s->n; k++)
        unlink(path_in(s->files[k]));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!reg)
        init();
    /* the first two bytes choose; the rest is the letter */
    unsigned pick = size > 0 ? data[0] : 0, buf = size > 1 ? data[1] : 0;
    cg_document *doc = NULL;
    cg_graph *g = NULL;
    cg_error err;
    if (cg_graph_new(&g, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_new: %s", err.message);
    const char *text = full ? (const char *)data : (const char *)data + (size > 2 ? 2 : size);
    size_t tlen = full ? size : size > 2 ? size - 2 : 0;
    if (cg_document_scan(&doc, reg, "letter.txt", text, tlen, &err) == CG_OK &&
        cg_graph_add(g, doc, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_add: %s", err.message);
    cg_document_free(doc);
    if (cg_graph_finish(g, &err) != CG_OK)
        FUZZ_FAIL("cg_graph_finish: %s", err.message);
    if (full) {
        cg_io_set_buffer(2048);
        for (size_t s = 0; s < NSCEN; s++) {
            if (scenarios[s].n == 2) {
                run(g, &scenarios[s], CG_OUTPUT_CSV_NODES);
                continue;
            }
            for (int f = CG_OUTPUT_GRAPHML; f <= CG_OUTPUT_DOT; f++)
                if (f != CG_OUTPUT_CSV_NODES && f != CG_OUTPUT_CSV_EDGES)
                    run(g, &scenarios[s], (cg_output)f);
        }
    } else {
        static const cg_output fmts[] = {CG_OUTPUT_GRAPHML, CG_OUTPUT_GEXF, CG_OUTPUT_GEXF_1_2,
                                         CG_OUTPUT_JSON,    CG_OUTPUT_JSONL, CG_OUTPUT_DOT};
        cg_io_set_buffer(256 + (size_t)buf * 64);
        run(g, &scenarios[pick % NSCEN], fmts[(pick / NSCEN) % (sizeof fmts / sizeof fmts[0])]);
    }
    cg_io_set_buffer(0);
    cg_graph_free(g);
    return 0;
}

#ifdef FUZZ_WRITE_MAIN
/* The plain program: each file named (a folder: each file in it) is a letter. */
static void one(const char *path)
{
    size_t len = 0;
    char *data = slurp(path, &len);
    if (!data)
        fuzz_die(path);
    LLVMFuzzerTestOneInput((const uint8_t *)data, len);
    free(data);
}

int main(int argc, char **argv)
{
    full = 1;
    size_t inputs = 0;
    for (int k = 1; k < argc; k++) {
        struct stat st;
        if (stat(argv[k], &st) != 0)
            fuzz_die(argv[k]);
        if (!S_ISDIR(st.st_mode)) {
            one(argv[k]);
            inputs++;
            continue;
        }
        DIR *d = opendir(argv[k]);
        if (!d)
            fuzz_die(argv[k]);
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            if (de->d_name[0] == '.')
                continue;
            char p[4600];
            snprintf(p, sizeof p, "%s/%s", argv[k], de->d_name);
            one(p);
            inputs++;
        }
        closedir(d);
    }
    if (!inputs || !faults)
        FUZZ_FAIL("nothing was tested (%zu inputs, %lu faults)", inputs, faults);
    printf("%zu inputs, %lu saves, %lu failed by an injected fault: each time the previous "
           "output intact and no temporary file left\n",
           inputs, saves, faults);
    cg_registry_free(reg);
    return 0;
}
#endif
