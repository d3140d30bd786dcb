/* output.c: one entry point for every writer, and the saves that respect
 * their target (docs/reliability.md, "Writing outputs"):
 *   - a regular file or a new name: a temporary file ".cg-XXXXXX" in the
 *     same folder, with the old file's owner, group and mode, written,
 *     flushed, synced and closed, then renamed into place;
 *   - a symbolic link: followed to the file it names, which is replaced
 *     the same way (the link stays);
 *   - a character device, a FIFO, a Unix socket, standard output: written
 *     through directly, every error checked;
 *   - anything else (a folder, a block device): refused before any work.
 * A set of outputs (the CSV pair) is written completely to temporary files
 * and then renamed one after the other with the signals held; when a rename
 * fails the ones already done are put back from hard-link backups, so the
 * old set stays whole or the message says exactly which file is which. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libxml/xmlerror.h>

#include "attrs.h"
#include "fileio.h"
#include "writers.h"

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

int cg_output_parse(cg_output *out, const char *name)
{
    static const struct {
        const char *name;
        cg_output f;
    } tab[] = {{"graphml", CG_OUTPUT_GRAPHML}, {"gexf", CG_OUTPUT_GEXF},
               {"gexf-1.3", CG_OUTPUT_GEXF},   {"gexf-1.2", CG_OUTPUT_GEXF_1_2},
               {"json", CG_OUTPUT_JSON},       {"jsonl", CG_OUTPUT_JSONL},
               {"dot", CG_OUTPUT_DOT}};
    for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++)
        if (strcmp(name, tab[k].name) == 0) {
            *out = tab[k].f;
            return 0;
        }
    return -1;
}

static void quiet_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void quiet_structured(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    (void)e;
}

/* libxml2's writer prints "I/O error : No space left on device" on standard
 * error when a write fails; the caller reports the failure in its own words,
 * so libxml2's are silenced meanwhile. */
static cg_status write_gexf_quietly(const cg_graph *g, FILE *fp, int v12, cg_error *err)
{
    xmlGenericErrorFunc old_generic = xmlGenericError;
    void *old_generic_ctx = xmlGenericErrorContext;
    xmlStructuredErrorFunc old_structured = xmlStructuredError;
    void *old_structured_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(NULL, quiet_generic);
    xmlSetStructuredErrorFunc(NULL, quiet_structured);
    cg_status st = cg_write_gexf(g, fp, v12, err);
    xmlSetStructuredErrorFunc(old_structured_ctx, old_structured);
    xmlSetGenericErrorFunc(old_generic_ctx, old_generic);
    return st;
}

cg_status cg_graph_write(const cg_graph *g, cg_output format, FILE *fp, cg_error *err)
{
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    switch (format) {
    case CG_OUTPUT_GRAPHML: return cg_graph_write_graphml(g, fp, err);
    case CG_OUTPUT_GEXF: return write_gexf_quietly(g, fp, 0, err);
    case CG_OUTPUT_GEXF_1_2: return write_gexf_quietly(g, fp, 1, err);
    case CG_OUTPUT_JSON: return cg_write_json(g, fp, err);
    case CG_OUTPUT_JSONL: return cg_write_jsonl(g, fp, err);
    case CG_OUTPUT_CSV_NODES: return cg_write_csv(g, fp, 0, err);
    case CG_OUTPUT_CSV_EDGES: return cg_write_csv(g, fp, 1, err);
    case CG_OUTPUT_DOT: return cg_write_dot(g, fp, err);
    }
    cg_error_set(err, NULL, 0, 0, "unknown output format");
    return CG_ERR_USAGE;
}

/* ---- what is at the path --------------------------------------------- */

typedef enum { T_NEW, T_REG, T_STREAM, T_STDOUT } tkind;

typedef struct target {
    const char *given;  /* the name as given */
    char *file;         /* the file to write: symbolic links followed */
    char *dir;          /* its folder ("." when the name has none) */
    tkind kind;
    struct stat st;     /* T_REG, T_STREAM: the file as it is */
    /* while saving */
    int slot;           /* temporary file's slot, -1 when none */
    const char *tmp;
    char *backup;       /* hard link to the previous file while a set is renamed */
    int done;           /* renamed into place */
} target;

enum { MAX_SET = 8, MAX_LINKS = 40, FIFO_WAIT_MS = 3000 };

static char *dir_of(const char *p)
{
    const char *s = strrchr(p, '/');
    if (!s)
        return cg_xstrdup(".");
    while (s > p && s[-1] == '/')
        s--;
    if (s == p)
        return cg_xstrdup("/");
    return cg_xstrndup(p, (size_t)(s - p));
}

static const char *base_of(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* "folder X" for messages. */
static const char *folder_words(const char *dir, char *buf, size_t n)
{
    if (strcmp(dir, ".") == 0)
        snprintf(buf, n, "the current folder");
    else
        snprintf(buf, n, "folder %s", dir);
    return buf;
}

static void target_free(target *t)
{
    cg_free(t->file);
    cg_free(t->dir);
    cg_free(t->backup);
    t->file = t->dir = t->backup = NULL;
}

/* Why lstat or stat failed on the way to the file, in the user's terms. */
static void lookup_error(cg_error *err, const char *given, const char *what, int e)
{
    switch (e) {
    case ENOTDIR:
        cg_error_set(err, given, 0, 0, "%sa part of the path is not a folder", what);
        break;
    case EACCES:
        cg_error_set(err, given, 0, 0, "%scannot look it up: permission denied on a folder of the path",
                     what);
        break;
    case ELOOP:
        cg_error_set(err, given, 0, 0, "%stoo many symbolic links (a loop?)", what);
        break;
    default:
        cg_error_set(err, given, 0, 0, "%scannot look it up: %s", what, strerror(e));
    }
}

/* Follows symbolic links from t->given; sets t->file, t->st and *exists.
 * A link to a name that does not exist leads to that name (it is created,
 * the link kept). */
static cg_status resolve(target *t, int *exists, int *too_long, cg_error *err)
{
    char *cur = cg_xstrdup(t->given);
    *exists = 0;
    *too_long = 0;
    for (int hops = 0;; hops++) {
        if (lstat(cur, &t->st) != 0) {
            int e = errno;
            if (e == ENOENT || e == ENAMETOOLONG) {
                *too_long = e == ENAMETOOLONG;
                t->file = cur;
                return CG_OK;
            }
            char what[PATH_MAX + 32] = "";
            if (hops)
                snprintf(what, sizeof what, "its link target %s: ", cur);
            lookup_error(err, t->given, what, e);
            cg_free(cur);
            return CG_ERR_IO;
        }
        if (!S_ISLNK(t->st.st_mode)) {
            *exists = 1;
            t->file = cur;
            return CG_OK;
        }
        if (hops == MAX_LINKS) {
            cg_error_set(err, t->given, 0, 0, "more than %d symbolic links in a row (a loop?)",
                         MAX_LINKS);
            cg_free(cur);
            return CG_ERR_IO;
        }
        size_t cap = t->st.st_size > 0 ? (size_t)t->st.st_size + 1 : 256;
        char *buf;
        ssize_t n;
        for (;;) {
            buf = cg_xmalloc(cap);
            n = readlink(cur, buf, cap);
            if (n < 0 || (size_t)n < cap)
                break;
            cg_free(buf);
            cap *= 2;
        }
        if (n < 0) {
            int e = errno;
            cg_free(buf);
            lookup_error(err, t->given, "", e);
            cg_free(cur);
            return CG_ERR_IO;
        }
        buf[n] = '\0';
        char *next;
        if (buf[0] == '/' || !strchr(cur, '/')) {
            next = buf;
        } else {
            char *d = dir_of(cur);
            next = cg_xsprintf("%s/%s", d, buf);
            cg_free(d);
            cg_free(buf);
        }
        cg_free(cur);
        cur = next;
    }
}

/* What is at t->given, and can it be written?  Every problem that can be
 * seen without writing is found here. */
static cg_status plan(target *t, const char *given, cg_error *err)
{
    memset(t, 0, sizeof *t);
    t->given = given;
    t->slot = -1;
    if (!*given) {
        cg_error_set(err, NULL, 0, 0, "empty output name: give a file name, or - for standard output");
        return CG_ERR_USAGE;
    }
    if (strcmp(given, "-") == 0) {
        t->kind = T_STDOUT;
        return CG_OK;
    }
    int exists, too_long;
    cg_status st = resolve(t, &exists, &too_long, err);
    if (st != CG_OK)
        return st;
    t->dir = dir_of(t->file);
    const char *base = base_of(t->file);
    char via[PATH_MAX + 32] = "", fw[PATH_MAX + 32];
    if (strcmp(t->file, given) != 0)
        snprintf(via, sizeof via, "its link target %s ", t->file);

    if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
        cg_error_set(err, given, 0, 0, "%snames a folder: give a file name to write to", via);
        goto fail;
    }
    if (exists) {
        mode_t m = t->st.st_mode;
        if (S_ISDIR(m)) {
            cg_error_set(err, given, 0, 0, "%sis a folder: give a file name to write to", via);
            goto fail;
        }
        if (S_ISBLK(m)) {
            cg_error_set(err, given, 0, 0,
                         "%sis a block device (a disk or a partition): citegraph does not write to "
                         "disks; give a file name",
                         via);
            goto fail;
        }
        if (S_ISCHR(m) || S_ISFIFO(m) || S_ISSOCK(m)) {
            t->kind = T_STREAM;
            if (faccessat(AT_FDCWD, t->file, W_OK, AT_EACCESS) != 0) {
                cg_error_set(err, given, 0, 0, "%scannot write to this %s: %s", via,
                             S_ISCHR(m) ? "device" : S_ISFIFO(m) ? "FIFO" : "socket",
                             errno == EACCES ? "permission denied" : strerror(errno));
                goto fail;
            }
            return CG_OK;
        }
        if (!S_ISREG(m)) {
            cg_error_set(err, given, 0, 0,
                         "%sis neither a file nor a device, FIFO or socket: give a file name", via);
            goto fail;
        }
        t->kind = T_REG;
    } else {
        t->kind = T_NEW;
        struct stat ds;
        if (stat(t->dir, &ds) != 0) {
            int e = errno;
            if (e == ENOENT)
                cg_error_set(err, given, 0, 0, "%s%s does not exist: create it first (mkdir -p %s)",
                             via, folder_words(t->dir, fw, sizeof fw), t->dir);
            else if (e == ENOTDIR)
                cg_error_set(err, given, 0, 0, "%sa part of %s is not a folder", via, t->dir);
            else if (e == EACCES)
                cg_error_set(err, given, 0, 0, "%scannot reach %s: permission denied", via,
                             folder_words(t->dir, fw, sizeof fw));
            else
                cg_error_set(err, given, 0, 0, "%scannot reach %s: %s", via,
                             folder_words(t->dir, fw, sizeof fw), strerror(e));
            goto fail;
        }
        if (!S_ISDIR(ds.st_mode)) {
            cg_error_set(err, given, 0, 0, "%s%s is not a folder", via, t->dir);
            goto fail;
        }
    }
    /* the name: the temporary name is short (.cg-XXXXXX), so the limit is
     * the file system's, not ours */
    long name_max = pathconf(t->dir, _PC_NAME_MAX);
    if (name_max <= 0)
        name_max = 255;
    if (strlen(base) > (size_t)name_max) {
        cg_error_set(err, given, 0, 0,
                     "%sthe file name is %zu bytes long; this file system allows %ld: choose a "
                     "shorter name",
                     via, strlen(base), name_max);
        goto fail;
    }
    if (strlen(t->file) >= PATH_MAX || strlen(t->dir) + sizeof "/.cg-XXXXXX" > PATH_MAX) {
        cg_error_set(err, given, 0, 0, "%sthe path is longer than %d bytes: choose a shorter one",
                     via, PATH_MAX - 12);
        goto fail;
    }
    if (too_long) {
        cg_error_set(err, given, 0, 0, "%sthe name is too long for this file system", via);
        goto fail;
    }
    /* the folder must take a new file (the temporary one) */
    if (faccessat(AT_FDCWD, t->dir, W_OK | X_OK, AT_EACCESS) != 0) {
        int e = errno;
        if (e == EROFS)
            cg_error_set(err, given, 0, 0, "%s%s is on a read-only file system: choose another place",
                         via, folder_words(t->dir, fw, sizeof fw));
        else if (e == EACCES)
            cg_error_set(err, given, 0, 0,
                         "%scannot create files in %s (permission denied): choose another place",
                         via, folder_words(t->dir, fw, sizeof fw));
        else
            cg_error_set(err, given, 0, 0, "%scannot create files in %s: %s", via,
                         folder_words(t->dir, fw, sizeof fw), strerror(e));
        goto fail;
    }
    /* a file its owner made read-only is not replaced behind their back */
    if (t->kind == T_REG && faccessat(AT_FDCWD, t->file, W_OK, AT_EACCESS) != 0) {
        int e = errno;
        if (e == EACCES)
            cg_error_set(err, given, 0, 0,
                         "%sthe file is read-only (mode %04o): make it writable (chmod u+w) or "
                         "choose another name",
                         via, (unsigned)(t->st.st_mode & 07777));
        else
            cg_error_set(err, given, 0, 0, "%scannot write it: %s", via, strerror(e));
        goto fail;
    }
    return CG_OK;
fail:
    target_free(t);
    return CG_ERR_IO;
}

cg_status cg_output_check(const char *path, cg_error *err)
{
    target t;
    cg_status st = plan(&t, path, err);
    if (st == CG_OK)
        target_free(&t);
    return st;
}

/* ---- writing ----------------------------------------------------------- */

static cg_status run_job(const cg_graph *g, const cg_write_job *j, FILE *fp, cg_error *err)
{
    return j->fn ? j->fn(g, j->ctx, fp, err) : cg_graph_write(g, j->format, fp, err);
}

/* Writes the graph to fd through the counted calls; *eno gets the reason
 * of an I/O failure.  The writer's own errors (not finished...) pass. */
static cg_status write_fd(int fd, const cg_graph *g, const cg_write_job *f, cg_error *err, int *eno)
{
    cg_io_sink sink = {fd, 0, NULL};
    FILE *fp = cg_io_stream(&sink);
    if (!fp) {
        *eno = errno;
        return CG_ERR_IO;
    }
    cg_status st = run_job(g, f, fp, err);
    if (fflush(fp) != 0 || ferror(fp) || sink.err) {
        *eno = sink.err ? sink.err : errno ? errno : EIO;
        if (st == CG_OK || st == CG_ERR_IO)
            st = CG_ERR_IO;
    } else if (st == CG_ERR_IO) {
        *eno = EIO;
    }
    cg_io_stream_close(fp, &sink);
    return st;
}

/* The old file's owner and group (where this process may set them), then
 * its mode (after: a change of owner clears set-user-ID bits). */
static int keep_attributes(int fd, const struct stat *old)
{
    if (old->st_uid != geteuid() || old->st_gid != getegid()) {
        if (cg_io_fchown(fd, old->st_uid, old->st_gid) != 0) {
            if (errno != EPERM)
                return -1;
            /* not root: the group may still be one of ours */
            if (old->st_gid != getegid() && cg_io_fchown(fd, (uid_t)-1, old->st_gid) != 0 &&
                errno != EPERM)
                return -1;
        }
    }
    return cg_io_fchmod(fd, old->st_mode & 07777);
}

/* Writes a temporary file next to t->file.  *what says which step failed. */
static cg_status write_temp(target *t, const cg_graph *g, const cg_write_job *f, cg_error *err, int *eno,
                            const char **what)
{
    *what = "cannot create a temporary file beside it";
    int fd = cg_tmp_create(t->dir, t->kind == T_NEW ? 0666 : 0600, &t->slot, &t->tmp);
    if (fd < 0) {
        *eno = errno;
        return CG_ERR_IO;
    }
    *what = "cannot give the new file the old one's owner and mode";
    if (t->kind == T_REG && keep_attributes(fd, &t->st) != 0) {
        *eno = errno;
        cg_io_close(fd);
        return CG_ERR_IO;
    }
    *what = "cannot write";
    cg_status st = write_fd(fd, g, f, err, eno);
    if (st != CG_OK) {
        cg_io_close(fd);
        return st;
    }
    /* EINVAL: a file system that cannot sync (nothing to wait for) */
    if (cg_io_fsync(fd) != 0 && errno != EINVAL) {
        *eno = errno;
        cg_io_close(fd);
        return CG_ERR_IO;
    }
    if (cg_io_close(fd) != 0) { /* NFS reports late write errors here */
        *eno = errno;
        return CG_ERR_IO;
    }
    return CG_OK;
}

/* Opens a device, FIFO or socket for writing without hanging: a FIFO
 * without a reader is waited for FIFO_WAIT_MS, then refused.  On failure
 * the whole message is in err. */
static int open_stream(const target *t, cg_error *err)
{
    const char *what = NULL;
    int fd, e;
    if (S_ISSOCK(t->st.st_mode)) {
        fd = cg_io_connect_unix(t->file);
        e = errno;
        if (fd < 0 && e == ECONNREFUSED)
            what = "no program is listening on this socket: start it first";
        else if (fd < 0 && e == EPROTOTYPE)
            what = "is a datagram socket: citegraph writes to stream sockets";
    } else {
        for (long waited = 0;; waited += 20) {
            fd = cg_io_open(t->file, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
            e = errno;
            if (fd >= 0 || e != ENXIO || !S_ISFIFO(t->st.st_mode) || waited >= FIFO_WAIT_MS)
                break;
            struct timespec ts = {0, 20 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
        if (fd < 0 && e == ENXIO && S_ISFIFO(t->st.st_mode))
            what = "no program is reading from this FIFO (waited 3 s): start the reader first";
        else if (fd < 0 && (e == ENXIO || e == ENODEV))
            what = "no device behind this device file";
    }
    if (fd < 0) {
        if (what)
            cg_error_set(err, t->given, 0, 0, "%s; nothing was written", what);
        else
            cg_error_set(err, t->given, 0, 0, "cannot open it: %s; nothing was written", strerror(e));
        return -1;
    }
    /* writes wait for the reader from here on */
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    return fd;
}

/* Writes straight to a device, FIFO or socket.  SIGPIPE is held meanwhile:
 * a reader that goes away is an error (EPIPE), not the end of the process. */
static cg_status write_stream(target *t, const cg_graph *g, const cg_write_job *f, cg_error *err, int *eno,
                              const char **what)
{
    int fd = open_stream(t, err);
    if (fd < 0) {
        *eno = -1; /* err says it all */
        return CG_ERR_IO;
    }
    sigset_t pipe_set, old, pending;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    sigemptyset(&pending);
    sigpending(&pending);
    int was_pending = sigismember(&pending, SIGPIPE) == 1;
    sigprocmask(SIG_BLOCK, &pipe_set, &old);
    *what = "cannot write";
    cg_status st = write_fd(fd, g, f, err, eno);
    if (cg_io_close(fd) != 0 && st == CG_OK) {
        *eno = errno;
        st = CG_ERR_IO;
    }
    if (!was_pending) {
        sigemptyset(&pending);
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE) == 1) {
            struct timespec zero = {0, 0};
            sigtimedwait(&pipe_set, NULL, &zero);
        }
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    return st;
}

static cg_status write_stdout(const cg_graph *g, const cg_write_job *f, cg_error *err, int *eno,
                              const char **what)
{
    *what = "cannot write to standard output";
    errno = 0;
    cg_status st = run_job(g, f, stdout, err);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        *eno = errno ? errno : EIO;
        if (st == CG_OK)
            st = CG_ERR_IO;
    } else if (st == CG_ERR_IO) {
        *eno = EIO;
    }
    return st;
}

/* ---- messages ---------------------------------------------------------- */

static int is_file(const target *t)
{
    return t->kind == T_NEW || t->kind == T_REG;
}

/* What is true of the files after a failure before any rename. */
static void kept_words(const target *t, size_t n, char *buf, size_t len)
{
    size_t files = 0, old = 0;
    for (size_t k = 0; k < n; k++)
        if (is_file(&t[k])) {
            files++;
            old += t[k].kind == T_REG;
        }
    if (n == 1) {
        snprintf(buf, len, "%s",
                 t[0].kind == T_REG   ? "the previous file is left intact"
                 : t[0].kind == T_NEW ? "nothing was written"
                                      : "what it received is incomplete");
        return;
    }
    if (files && old == files) {
        size_t w = (size_t)snprintf(buf, len, "the previous ");
        size_t i = 0;
        for (size_t k = 0; k < n && w < len; k++)
            if (is_file(&t[k]))
                w += (size_t)snprintf(buf + w, len - w, "%s%s", i++ ? " and " : "", base_of(t[k].given));
        if (w < len)
            snprintf(buf + w, len - w, " are left intact");
    } else if (files) {
        snprintf(buf, len, "no file was replaced or created");
    } else {
        snprintf(buf, len, "what they received is incomplete");
    }
}

static void fail_message(cg_error *err, const target *t, size_t n, size_t at, const char *what, int eno)
{
    char kept[2048], via[PATH_MAX + 32] = "";
    kept_words(t, n, kept, sizeof kept);
    if (t[at].file && strcmp(t[at].file, t[at].given) != 0)
        snprintf(via, sizeof via, " (its link target %s)", t[at].file);
    cg_error_set(err, t[at].kind == T_STDOUT ? "-" : t[at].given, 0, 0, "%s%s: %s; %s", what, via,
                 strerror(eno ? eno : EIO), kept);
}

/* Removes the temporary files and backups left by a failed save. */
static void discard(target *t, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (t[k].slot >= 0)
            cg_tmp_forget(t[k].slot, 0);
        t[k].slot = -1;
        if (t[k].backup)
            unlink(t[k].backup);
    }
}

static void sync_folder(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd); /* durability of the rename, where the file system offers it */
        close(fd);
    }
}

/* Renames every temporary file into place, with the signals held; when a
 * rename fails, those already done are undone. */
static cg_status commit(target *t, size_t n, cg_error *err)
{
    size_t files = 0;
    for (size_t k = 0; k < n; k++)
        files += is_file(&t[k]);
    if (!files)
        return CG_OK;
    cg_io_hold_signals(1);
    if (files > 1)
        for (size_t k = 0; k < n; k++)
            if (t[k].kind == T_REG) {
                t[k].backup = cg_tmp_name(t[k].dir);
                if (cg_io_link(t[k].file, t[k].backup) != 0) {
                    /* no hard links here (FAT, some network file systems):
                     * this file cannot be put back if a later rename fails */
                    cg_free(t[k].backup);
                    t[k].backup = NULL;
                }
            }
    for (size_t k = 0; k < n; k++) {
        if (!is_file(&t[k]))
            continue;
        if (cg_io_rename(t[k].tmp, t[k].file) == 0) {
            cg_tmp_forget(t[k].slot, 1);
            t[k].slot = -1;
            t[k].done = 1;
            continue;
        }
        int eno = errno;
        /* undo the renames already done */
        size_t stuck = n;
        const char *why = "";
        for (size_t j = 0; j < k; j++) {
            if (!t[j].done)
                continue;
            if (t[j].kind == T_NEW) {
                unlink(t[j].file);
            } else if (t[j].backup && cg_io_rename(t[j].backup, t[j].file) == 0) {
                cg_free(t[j].backup);
                t[j].backup = NULL;
            } else if (stuck == n) {
                stuck = j;
                why = t[j].backup ? strerror(errno)
                                  : "no backup: this file system has no hard links";
            }
            t[j].done = 0;
        }
        discard(t, n);
        cg_io_hold_signals(0);
        char via[PATH_MAX + 32] = "";
        if (strcmp(t[k].file, t[k].given) != 0)
            snprintf(via, sizeof via, " (its link target %s)", t[k].file);
        const char *verb = t[k].kind == T_REG ? "cannot replace it" : "cannot create it";
        if (stuck < n) {
            cg_error_set(err, t[k].given, 0, 0,
                         "%s%s: %s, and the previous %s could not be put back (%s): %s is the new "
                         "one and %s the previous one; write again",
                         verb, via, strerror(eno), base_of(t[stuck].given), why,
                         t[stuck].given, t[k].given);
        } else {
            char kept[2048];
            kept_words(t, n, kept, sizeof kept);
            cg_error_set(err, t[k].given, 0, 0, "%s%s: %s; %s", verb, via, strerror(eno), kept);
        }
        return CG_ERR_IO;
    }
    for (size_t k = 0; k < n; k++)
        if (t[k].backup) {
            unlink(t[k].backup);
            cg_free(t[k].backup);
            t[k].backup = NULL;
        }
    cg_io_hold_signals(0);
    for (size_t k = 0; k < n; k++)
        if (is_file(&t[k])) {
            size_t j = 0;
            while (j < k && !(is_file(&t[j]) && strcmp(t[j].dir, t[k].dir) == 0))
                j++;
            if (j == k)
                sync_folder(t[k].dir);
        }
    return CG_OK;
}

static int same_target(const target *a, const target *b)
{
    if (a->kind == T_STDOUT || b->kind == T_STDOUT)
        return a->kind == b->kind;
    if (strcmp(a->file, b->file) == 0)
        return 1;
    return a->kind != T_NEW && b->kind != T_NEW && a->st.st_dev == b->st.st_dev &&
           a->st.st_ino == b->st.st_ino;
}

cg_status cg_save_jobs(const cg_graph *g, const cg_write_job *jobs, const char *const *paths, size_t n,
                       cg_error *err)
{
    if (!g->finished) {
        cg_error_set(err, NULL, 0, 0, "graph not finished");
        return CG_ERR_USAGE;
    }
    if (n == 0 || n > MAX_SET) {
        cg_error_set(err, NULL, 0, 0, "between 1 and %d outputs at a time", MAX_SET);
        return CG_ERR_USAGE;
    }
    target t[MAX_SET];
    size_t planned = 0;
    cg_status st = CG_OK;
    for (; planned < n; planned++)
        if ((st = plan(&t[planned], paths[planned], err)) != CG_OK)
            goto out;
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n; b++)
            if (same_target(&t[a], &t[b])) {
                cg_error_set(err, paths[b], 0, 0, "is the same file as %s: give each output its own name",
                             paths[a]);
                st = CG_ERR_USAGE;
                goto out;
            }
    int eno = 0;
    const char *what = "cannot write";
    /* the files first, complete; then the streams; then the renames */
    for (size_t k = 0; k < n; k++)
        if (is_file(&t[k]) && (st = write_temp(&t[k], g, &jobs[k], err, &eno, &what)) != CG_OK) {
            discard(t, n);
            if (st == CG_ERR_IO)
                fail_message(err, t, n, k, what, eno);
            goto out;
        }
    for (size_t k = 0; k < n; k++) {
        if (is_file(&t[k]))
            continue;
        st = t[k].kind == T_STDOUT ? write_stdout(g, &jobs[k], err, &eno, &what)
                                   : write_stream(&t[k], g, &jobs[k], err, &eno, &what);
        if (st != CG_OK) {
            discard(t, n);
            if (st == CG_ERR_IO && eno >= 0)
                fail_message(err, t, n, k, what, eno);
            goto out;
        }
    }
    st = commit(t, n, err);
out:
    for (size_t k = 0; k < planned; k++)
        target_free(&t[k]);
    return st;
}

cg_status cg_graph_save_set(const cg_graph *g, const cg_output *formats, const char *const *paths,
                            size_t n, cg_error *err)
{
    cg_write_job jobs[MAX_SET];
    if (n == 0 || n > MAX_SET) {
        cg_error_set(err, NULL, 0, 0, "between 1 and %d outputs at a time", MAX_SET);
        return CG_ERR_USAGE;
    }
    for (size_t k = 0; k < n; k++)
        jobs[k] = (cg_write_job){NULL, NULL, formats[k]};
    return cg_save_jobs(g, jobs, paths, n, err);
}

cg_status cg_graph_save(const cg_graph *g, cg_output format, const char *path, cg_error *err)
{
    return cg_graph_save_set(g, &format, &path, 1, err);
}
