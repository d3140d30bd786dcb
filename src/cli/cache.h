/* cache.h: the scan cache of `citegraph build` (cache.c, docs/cache.md). */
#ifndef CG_CLI_CACHE_H
#define CG_CLI_CACHE_H

#include <stdint.h>

#include "citegraph.h"
#include "util.h"

typedef struct cli_cache cli_cache;
struct cli_files;

/* What was learnt of a file while looking it up, for storing it after. */
typedef struct cli_cache_key {
    int usable;    /* a regular file: may be stored */
    int hashed;    /* hash is its content's */
    int refresh;   /* found by its content: stored again with the time seen */
    int64_t size, mtime, hash;
    char *doc;     /* with refresh: the entry to store again */
    size_t doclen;
} cli_cache_key;

/* Opens or makes the cache file at path; registry: the fingerprint of the
 * registries in use.  Problems are said in one line and leave a cache that
 * is not used (every call a miss).  Never NULL. */
cli_cache *cli_cache_open(const char *path, const char *registry, int quiet);
/* The document kept for the file (NULL: not there, changed, or damaged),
 * and its key.  Safe from any thread. */
cg_document *cli_cache_get(cli_cache *c, const char *path, const char *name, cli_cache_key *key);
/* Hashes the file for key (after a miss, before the file is scanned). */
void cli_cache_prepare(cli_cache *c, const char *path, cli_cache_key *key);
/* The document as the cache keeps it (free()), of *len bytes. */
char *cli_cache_encode(const cg_document *doc, size_t *len);
/* Keeps the document's entry (from cli_cache_encode).  Safe from any thread. */
void cli_cache_put(cli_cache *c, const char *path, const char *name, const cli_cache_key *key,
                   const char *doc, size_t len);
void cli_cache_key_free(cli_cache_key *key);
/* Drops the entries of files not in `files` (after the scan) and commits. */
void cli_cache_sweep(cli_cache *c, const struct cli_files *files);
/* Commits and closes; a cache made by this build is removed unless keep.
 * Returns 1 when it could not be used. */
int cli_cache_close(cli_cache *c, int keep);
/* The fingerprint of the registries: the built-in one (part of the
 * scanner's) and a hash of each file given (free()). */
char *cli_cache_registry(const char *const *paths, size_t n);
/* The cache the scan uses (common.c); NULL: none. */
extern cli_cache *cli_scan_cache;
/* Letters taken from the cache in this build. */
size_t cli_cache_hits(const cli_cache *c);
/* The scanner's fingerprint (a hash of its sources and data). */
const char *cli_cache_scanner(void);

/* A letter of a cache read whole (cli_cache_load). */
typedef struct cli_cache_row {
    char *path, *name;
    int64_t hash;
    cg_document *doc;
} cli_cache_row;
/* Every letter of the cache at path, in the order of their paths, appended
 * to rows (cli_cache_row *; cli_cache_row_free), read-only; *registry gets
 * the registries' fingerprint (free()).  Returns 0, or -1 with err set: no
 * cache, not one, another scanner's, a damaged entry. */
int cli_cache_load(const char *path, cg_vec *rows, char **registry, cg_error *err);
void cli_cache_row_free(void *p);

#endif
