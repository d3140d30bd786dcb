/* cache.c: the scan cache of `citegraph build` (docs/cache.md).
 *
 * One SQLite file: what the scan of every letter gave (its metadata and
 * references, in the binary form of docbin.c), keyed
 * by the path as given, with the file's name below its corpus root, size,
 * modification time (nanoseconds) and a hash of its content.  A file whose
 * size and time have not changed is not read at all; one whose time
 * changed but not its content (a copy, a touch) is read and hashed, not
 * scanned.  Every row carries a checksum of all of it: a row that does not
 * match is scanned again, never used.  The file says which scanner (a hash
 * of the sources of citegraph's scanner and data, made at build time) and
 * which registries made it; with another, every letter is scanned again.
 *
 * SQLite, because the file is one file, its transactions survive a build
 * killed at any moment (the last committed state is what the next build
 * finds; a row is committed every COMMIT_EVERY letters), and Debian has it.
 * Writes are not synced to disk (synchronous=OFF): a killed process loses
 * nothing SQLite wrote, and what a power failure could damage the checks
 * above find, and the letters are scanned again. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"
#include "docbin.h"
#include "scan_fingerprint.h"
#include "strtab.h"
#include "text.h"

#define CACHE_FORMAT "citegraph scan cache"
#define CACHE_VERSION "2"
enum { COMMIT_EVERY = 512 };

struct cli_cache {
    char *path;
    char *registry;   /* fingerprint of the registries */
    sqlite3 *db;
    sqlite3_stmt *get, *put;
    pthread_mutex_t lock;
    int created;      /* the file did not exist before this build */
    int broken;       /* an error: no more use of it in this build */
    int quiet;
    size_t pending;   /* rows written since the last commit */
    int64_t racy_ns;  /* files modified after this are checked by their content next time */
    size_t hits, scanned;
};

static int64_t mtime_ns(const struct stat *st)
{
    return (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
}

const char *cli_cache_scanner(void)
{
    return CG_SCAN_FINGERPRINT;
}

static int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

/* Under the lock: the cache is not used any more in this build (said
 * unless -q: the graph does not depend on it). */
static void give_up(cli_cache *c, const char *what)
{
    if (c->broken)
        return;
    c->broken = 1;
    if (!c->quiet)
        cli_errorf("%s: scan cache %s (%s): not used by this build, the letters are scanned", c->path,
               what, c->db ? sqlite3_errmsg(c->db) : "cannot open");
}

static void close_db(cli_cache *c)
{
    sqlite3_finalize(c->get);
    sqlite3_finalize(c->put);
    c->get = c->put = NULL;
    sqlite3_close(c->db);
    c->db = NULL;
}

static const char *meta_value(sqlite3 *db, const char *key, char *buf, size_t cap)
{
    sqlite3_stmt *s = NULL;
    const char *v = NULL;
    if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = ?", -1, &s, NULL) == SQLITE_OK) {
        sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
        if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)) {
            snprintf(buf, cap, "%s", (const char *)sqlite3_column_text(s, 0));
            v = buf;
        }
    }
    sqlite3_finalize(s);
    return v;
}

static int set_meta(cli_cache *c)
{
    char *sql = sqlite3_mprintf("DELETE FROM docs; DELETE FROM meta;"
                                "INSERT INTO meta VALUES ('format', %Q), ('version', %Q), "
                                "('scanner', %Q), ('registry', %Q);",
                                CACHE_FORMAT, CACHE_VERSION, CG_SCAN_FINGERPRINT, c->registry);
    int rc = exec(c->db, sql);
    sqlite3_free(sql);
    return rc;
}

/* 0: the file is ours and usable; 1: it is not (damaged or foreign);
 * 2: made by another scanner, with other registries or another work
 * limit (emptied). */
static int check(cli_cache *c)
{
    char v[256];
    sqlite3 *db = c->db;
    exec(db, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF;");
    sqlite3_busy_timeout(db, 10000);
    if (exec(db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return sqlite3_errcode(db) == SQLITE_BUSY ? -1 : 1;
    sqlite3_stmt *s = NULL;
    int tables = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        tables = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    if (tables < 0)
        return 1;
    if (tables == 0) {
        /* a new file */
        if (exec(db, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                     "CREATE TABLE docs (path BLOB PRIMARY KEY, name BLOB NOT NULL, size INTEGER NOT "
                     "NULL, mtime INTEGER NOT NULL, hash INTEGER NOT NULL, doc BLOB NOT NULL, sum "
                     "INTEGER NOT NULL) WITHOUT ROWID;") != SQLITE_OK ||
            set_meta(c) != SQLITE_OK)
            return 1;
        return 0;
    }
    const char *f = meta_value(db, "format", v, sizeof v);
    if (!f || strcmp(f, CACHE_FORMAT) != 0)
        return 1;
    f = meta_value(db, "version", v, sizeof v);
    int same = f && strcmp(f, CACHE_VERSION) == 0;
    f = meta_value(db, "scanner", v, sizeof v);
    same = same && f && strcmp(f, CG_SCAN_FINGERPRINT) == 0;
    f = meta_value(db, "registry", v, sizeof v);
    same = same && f && strcmp(f, c->registry) == 0;
    if (!same) {
        if (set_meta(c) != SQLITE_OK)
            return 1;
        return 2;
    }
    return 0;
}

static int prepare(cli_cache *c)
{
    return sqlite3_prepare_v2(c->db, "SELECT name, size, mtime, hash, doc, sum FROM docs WHERE path = ?",
                              -1, &c->get, NULL) == SQLITE_OK &&
           sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)", -1,
                              &c->put, NULL) == SQLITE_OK;
}

cli_cache *cli_cache_open(const char *path, const char *registry, int quiet)
{
    cli_cache *c = cg_xcalloc(1, sizeof *c);
    c->path = cg_xstrdup(path);
    c->registry = cg_xstrdup(registry);
    c->quiet = quiet;
    pthread_mutex_init(&c->lock, NULL);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    /* a file changed in the same tick as it was stored could look
     * unchanged: those of the last two seconds are checked by content */
    c->racy_ns = ((int64_t)now.tv_sec - 2) * 1000000000 + now.tv_nsec;
    struct stat st;
    c->created = stat(path, &st) != 0;
    if (!c->created && !S_ISREG(st.st_mode)) {
        cli_errorf("%s: the scan cache is not a regular file: not used (--cache DIR elsewhere, or "
                   "--no-cache)", path);
        c->broken = 1;
        return c;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
        int r = 1;
        if (sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK)
            r = check(c);
        if (r == 0 && prepare(c))
            return c;
        if (r == 2 && prepare(c)) {
            if (!quiet)
                cli_errorf("%s: scan cache made by another version of the scanner, with other "
                           "registries or another --max-refs: every letter is scanned again", path);
            return c;
        }
        if (r == -1) {
            give_up(c, "in use by another build");
            close_db(c);
            return c;
        }
        close_db(c);
        if (attempt == 0) {
            cli_errorf("%s: not a citegraph scan cache (damaged, or another program's file): replaced, "
                       "every letter is scanned again", path);
            if (unlink(path) != 0 && errno != ENOENT)
                break;
            char *j = cg_xsprintf("%s-journal", path);
            unlink(j);
            free(j);
            c->created = 1;
        }
    }
    give_up(c, "cannot be made");
    close_db(c);
    return c;
}

/* The checksum of a row: everything in it. */
static uint64_t row_sum(const char *path, const char *name, int64_t size, int64_t mt, int64_t hash,
                        const void *doc, size_t len)
{
    cg_buf b = {0};
    cg_buf_puts(&b, path);
    cg_buf_putc(&b, '\0');
    cg_buf_puts(&b, name);
    cg_buf_printf(&b, "%c%lld %lld %lld %llx", '\0', (long long)size, (long long)mt, (long long)hash,
                  (unsigned long long)cg_hash64(doc, len));
    uint64_t h = cg_hash64(b.s, b.len);
    cg_buf_free(&b);
    return h;
}

/* FNV-1a of the content with its size. */
static int hash_file(const char *path, int64_t *out)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return -1;
    uint64_t h = 1469598103934665603ULL, n = 0;
    unsigned char buf[65536];
    for (;;) {
        ssize_t r = read(fd, buf, sizeof buf);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            close(fd);
            return -1;
        }
        if (r == 0)
            break;
        for (ssize_t i = 0; i < r; i++) {
            h ^= buf[i];
            h *= 1099511628211ULL;
        }
        n += (uint64_t)r;
    }
    close(fd);
    h ^= n;
    h *= 1099511628211ULL;
    *out = (int64_t)h;
    return 0;
}

cg_document *cli_cache_get(cli_cache *c, const char *path, const char *name, cli_cache_key *key)
{
    memset(key, 0, sizeof *key);
    struct stat st;
    /* a file larger than a letter can be is refused unread by the scan:
     * not read here either */
    if (!c || c->broken || stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
        (uint64_t)st.st_size > CG_MAX_DOCUMENT)
        return NULL;
    key->usable = 1;
    key->size = (int64_t)st.st_size;
    key->mtime = mtime_ns(&st);
    char *doc = NULL;
    size_t len = 0;
    int64_t hash = 0, mt = 0;
    int found = 0;
    pthread_mutex_lock(&c->lock);
    if (!c->broken) {
        sqlite3_bind_blob(c->get, 1, path, (int)strlen(path), SQLITE_STATIC);
        int rc = sqlite3_step(c->get);
        if (rc == SQLITE_ROW) {
            const char *rn = sqlite3_column_blob(c->get, 0);
            int rnl = sqlite3_column_bytes(c->get, 0);
            int64_t size = sqlite3_column_int64(c->get, 1);
            mt = sqlite3_column_int64(c->get, 2);
            hash = sqlite3_column_int64(c->get, 3);
            const void *d = sqlite3_column_blob(c->get, 4);
            len = (size_t)sqlite3_column_bytes(c->get, 4);
            uint64_t sum = (uint64_t)sqlite3_column_int64(c->get, 5);
            char *rname = cg_xstrndup(rn ? rn : "", (size_t)rnl);
            if (d && strcmp(rname, name) == 0 && size == key->size &&
                row_sum(path, rname, size, mt, hash, d, len) == sum) {
                doc = cg_xstrndup(d, len);
                found = 1;
            } else if (d && row_sum(path, rname, size, mt, hash, d, len) != sum) {
                cli_errorf("%s: a damaged entry of the scan cache (%s): scanned again", c->path, path);
            }
            free(rname);
        } else if (rc != SQLITE_DONE) {
            give_up(c, "cannot be read");
        }
        sqlite3_reset(c->get);
    }
    pthread_mutex_unlock(&c->lock);
    if (!found)
        return NULL;
    if (mt == 0 || mt != key->mtime) {
        /* touched, copied, or stored in the tick it was written: the
         * content says */
        if (hash_file(path, &key->hash) != 0 || key->hash != hash) {
            free(doc);
            key->hashed = key->hash != 0;
            return NULL;
        }
        key->hashed = 1;
        key->refresh = 1; /* the row again, with the time seen now */
    }
    cg_document *d = NULL;
    cg_error err = {0};
    if (cli_doc_decode(&d, doc, len, path, name, &err) != CG_OK) {
        d = NULL;
        pthread_mutex_lock(&c->lock);
        cli_errorf("%s: an entry of the scan cache cannot be read (%s): scanned again", c->path, path);
        pthread_mutex_unlock(&c->lock);
        key->refresh = 0;
    }
    if (d && key->refresh) {
        key->doc = doc;
        key->doclen = len;
        key->hash = hash;
    } else {
        free(doc);
    }
    if (d) {
        pthread_mutex_lock(&c->lock);
        c->hits++;
        pthread_mutex_unlock(&c->lock);
    }
    return d;
}

char *cli_cache_encode(const cg_document *doc, size_t *len)
{
    cg_buf b = {0};
    cli_doc_encode(&b, doc);
    *len = b.len;
    return cg_buf_take(&b);
}

void cli_cache_prepare(cli_cache *c, const char *path, cli_cache_key *key)
{
    if (!key->usable || key->hashed)
        return;
    if (hash_file(path, &key->hash) == 0)
        key->hashed = 1;
    else
        key->usable = 0;
    (void)c;
}

void cli_cache_put(cli_cache *c, const char *path, const char *name, const cli_cache_key *key,
                   const char *doc, size_t len)
{
    if (!c || !key->usable || !key->hashed || !doc)
        return;
    pthread_mutex_lock(&c->lock);
    if (!c->broken) {
        int64_t mt = key->mtime >= c->racy_ns ? 0 : key->mtime;
        uint64_t sum = row_sum(path, name, key->size, mt, key->hash, doc, len);
        sqlite3_bind_blob(c->put, 1, path, (int)strlen(path), SQLITE_STATIC);
        sqlite3_bind_blob(c->put, 2, name, (int)strlen(name), SQLITE_STATIC);
        sqlite3_bind_int64(c->put, 3, key->size);
        sqlite3_bind_int64(c->put, 4, mt);
        sqlite3_bind_int64(c->put, 5, key->hash);
        sqlite3_bind_blob(c->put, 6, doc, (int)len, SQLITE_STATIC);
        sqlite3_bind_int64(c->put, 7, (int64_t)sum);
        if (sqlite3_step(c->put) != SQLITE_DONE)
            give_up(c, "cannot be written");
        sqlite3_reset(c->put);
        if (!c->broken && ++c->pending >= COMMIT_EVERY) {
            if (exec(c->db, "COMMIT; BEGIN IMMEDIATE") != SQLITE_OK)
                give_up(c, "cannot be written");
            c->pending = 0;
        }
    }
    pthread_mutex_unlock(&c->lock);
}

void cli_cache_key_free(cli_cache_key *key)
{
    free(key->doc);
    key->doc = NULL;
}

void cli_cache_sweep(cli_cache *c, const cli_files *files)
{
    if (!c)
        return;
    pthread_mutex_lock(&c->lock);
    if (c->db && !c->broken) {
        /* the files this build did not see are gone */
        cg_map seen = {0};
        for (size_t k = 0; k < files->n; k++)
            cg_map_put(&seen, files->v[k], 1);
        sqlite3_stmt *s = NULL, *del = NULL;
        if (sqlite3_prepare_v2(c->db, "SELECT path FROM docs", -1, &s, NULL) == SQLITE_OK &&
            sqlite3_prepare_v2(c->db, "DELETE FROM docs WHERE path = ?", -1, &del, NULL) == SQLITE_OK) {
            cg_vec gone = {0};
            while (sqlite3_step(s) == SQLITE_ROW) {
                const char *p = sqlite3_column_blob(s, 0);
                char *path = cg_xstrndup(p ? p : "", (size_t)sqlite3_column_bytes(s, 0));
                size_t v;
                if (!cg_map_get(&seen, path, &v))
                    cg_vec_push(&gone, path);
                else
                    free(path);
            }
            for (size_t k = 0; k < gone.n; k++) {
                sqlite3_bind_blob(del, 1, gone.v[k], (int)strlen(gone.v[k]), SQLITE_STATIC);
                sqlite3_step(del);
                sqlite3_reset(del);
            }
            cg_vec_free(&gone, free);
        }
        sqlite3_finalize(s);
        sqlite3_finalize(del);
        cg_map_free(&seen);
        if (exec(c->db, "COMMIT; BEGIN IMMEDIATE") != SQLITE_OK)
            give_up(c, "cannot be written");
        c->pending = 0;
    }
    pthread_mutex_unlock(&c->lock);
}

int cli_cache_close(cli_cache *c, int keep)
{
    if (!c)
        return 0;
    int broken = c->broken;
    if (c->db && !c->broken && exec(c->db, "COMMIT") != SQLITE_OK) {
        give_up(c, "cannot be written");
        broken = 1;
    }
    close_db(c);
    if (c->created && !keep) {
        /* a build that wrote nothing leaves nothing */
        unlink(c->path);
        char *j = cg_xsprintf("%s-journal", c->path);
        unlink(j);
        free(j);
    }
    pthread_mutex_destroy(&c->lock);
    free(c->path);
    free(c->registry);
    free(c);
    return broken;
}

char *cli_cache_registry(const char *const *paths, size_t n)
{
    cg_buf b = {0};
    cg_buf_puts(&b, "builtin");
    for (size_t k = 0; k < n; k++) {
        int64_t h = 0;
        if (hash_file(paths[k], &h) != 0)
            h = 0;
        cg_buf_printf(&b, " %016llx", (unsigned long long)h);
    }
    return cg_buf_take(&b);
}

size_t cli_cache_hits(const cli_cache *c)
{
    return c ? c->hits : 0;
}

/* ---- reading a whole cache (citegraph merge) ------------------------------ */

static int load_fail(cg_error *err, const char *path, const char *msg)
{
    cg_error_set(err, path, 0, 0, "%s", msg);
    return -1;
}

int cli_cache_load(const char *path, cg_vec *rows, char **registry, cg_error *err)
{
    *registry = NULL;
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return load_fail(err, path, "no scan cache here: the graph must be built with its cache (citegraph build "
                                    "without --no-cache) to be merged");
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        return load_fail(err, path, "the scan cache cannot be opened");
    }
    sqlite3_busy_timeout(db, 10000);
    char v[256];
    const char *f = meta_value(db, "format", v, sizeof v);
    int rc = 0;
    if (!f || strcmp(f, CACHE_FORMAT) != 0)
        rc = load_fail(err, path, "not a citegraph scan cache (damaged, or another program's file)");
    else if (!(f = meta_value(db, "version", v, sizeof v)) || strcmp(f, CACHE_VERSION) != 0 ||
             !(f = meta_value(db, "scanner", v, sizeof v)) || strcmp(f, CG_SCAN_FINGERPRINT) != 0)
        rc = load_fail(err, path, "a scan cache made by another version of the scanner: build the graph again "
                                  "with this citegraph, then merge");
    else if ((f = meta_value(db, "registry", v, sizeof v)) != NULL)
        *registry = cg_xstrdup(f);
    sqlite3_stmt *s = NULL;
    if (rc == 0 &&
        sqlite3_prepare_v2(db, "SELECT path, name, size, mtime, hash, doc, sum FROM docs ORDER BY path", -1, &s,
                           NULL) != SQLITE_OK)
        rc = load_fail(err, path, "not a citegraph scan cache (damaged, or another program's file)");
    while (rc == 0) {
        int r = sqlite3_step(s);
        if (r == SQLITE_DONE)
            break;
        if (r != SQLITE_ROW) {
            rc = load_fail(err, path, "the scan cache is damaged (it cannot be read to its end)");
            break;
        }
        const char *p = sqlite3_column_blob(s, 0);
        char *rp = cg_xstrndup(p ? p : "", (size_t)sqlite3_column_bytes(s, 0));
        const char *n = sqlite3_column_blob(s, 1);
        char *rn = cg_xstrndup(n ? n : "", (size_t)sqlite3_column_bytes(s, 1));
        int64_t size = sqlite3_column_int64(s, 2), mt = sqlite3_column_int64(s, 3), hash = sqlite3_column_int64(s, 4);
        const void *d = sqlite3_column_blob(s, 5);
        size_t len = (size_t)sqlite3_column_bytes(s, 5);
        uint64_t sum = (uint64_t)sqlite3_column_int64(s, 6);
        cg_document *doc = NULL;
        cg_error de = {0};
        if (!d || row_sum(rp, rn, size, mt, hash, d, len) != sum ||
            cli_doc_decode(&doc, d, len, rp, rn, &de) != CG_OK) {
            char msg[600];
            cg_buf vis = {0};
            cg_buf_put_visible(&vis, rp, strlen(rp));
            snprintf(msg, sizeof msg, "a damaged entry of the scan cache (%s): build the graph again, then merge",
                     vis.s ? vis.s : "");
            cg_buf_free(&vis);
            free(rp);
            free(rn);
            rc = load_fail(err, path, msg);
            break;
        }
        cli_cache_row *row = cg_xcalloc(1, sizeof *row);
        row->path = rp;
        row->name = rn;
        row->hash = hash;
        row->doc = doc;
        cg_vec_push(rows, row);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return rc;
}

void cli_cache_row_free(void *p)
{
    cli_cache_row *r = p;
    if (!r)
        return;
    free(r->path);
    free(r->name);
    cg_document_free(r->doc);
    free(r);
}
