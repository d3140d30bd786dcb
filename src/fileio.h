/* fileio.h: the system calls of the write path, the streams the writers
 * write to, and the table of temporary files.  Internal to the library.
 *
 * Every call that can lose or damage an output (open, write, fsync, close,
 * rename, link, fchmod, fchown, connect) goes through a cg_io_ function so
 * that a test can make the n-th of them fail (cg_io_fail_at) and check that
 * the previous output survives and no temporary file is left.  Clean-up
 * calls (unlink) are not counted: they are what keeps that promise. */
#ifndef CG_FILEIO_H
#define CG_FILEIO_H

#include <stdio.h>
#include <sys/types.h>

int cg_io_open(const char *path, int flags, mode_t mode);
ssize_t cg_io_write(int fd, const void *buf, size_t n); /* all of buf, or -1 */
int cg_io_fsync(int fd);
int cg_io_close(int fd);
int cg_io_rename(const char *from, const char *to);
int cg_io_link(const char *from, const char *to);
int cg_io_fchmod(int fd, mode_t mode);
int cg_io_fchown(int fd, uid_t uid, gid_t gid);
/* A stream socket connected to the Unix socket at path; -1 and errno
 * (ENAMETOOLONG when the path does not fit a socket address). */
int cg_io_connect_unix(const char *path);

/* Fault injection, for tests: from now on, the n-th counted call (1-based)
 * fails with errno `e` (and, with `persist`, every call after it).  n = 0
 * turns faults off.  Either way the count restarts at 0. */
void cg_io_fail_at(unsigned long n, int e, int persist);
/* Counted calls since the last cg_io_fail_at. */
unsigned long cg_io_calls(void);
/* The buffer of the streams (64 KiB; tests make it small so that a file
 * takes many writes).  0 restores the default. */
void cg_io_set_buffer(size_t size);

/* A buffered stream writing to sink->fd through cg_io_write.  The first
 * write error is kept in sink->err (an errno value; 0 while none) and every
 * later write fails at once.  cg_io_stream_close releases the stream and
 * its buffer, not the descriptor. */
typedef struct cg_io_sink {
    int fd;
    int err;
    char *buf;
} cg_io_sink;
FILE *cg_io_stream(cg_io_sink *sink);
void cg_io_stream_close(FILE *fp, cg_io_sink *sink);

/* Creates a temporary file ".cg-XXXXXX" in folder dir (O_EXCL, `mode`
 * before the umask) and records it in the table that
 * cg_save_remove_temp_files empties.  Returns the fd and sets *slot and
 * *path (owned by the table: valid until cg_tmp_forget), or -1 and errno
 * (EMFILE when the table is full, ENAMETOOLONG when the name does not fit). */
int cg_tmp_create(const char *dir, mode_t mode, int *slot, const char **path);
/* A fresh name ".cg-XXXXXX" in dir that does not exist now (for a backup
 * link); the caller frees it. */
char *cg_tmp_name(const char *dir);
/* Removes the file of a slot (unless it was renamed away) and frees the
 * slot.  With `keep`, the file is left (it was renamed into place). */
void cg_tmp_forget(int slot, int keep);

/* Blocks (1) or restores (0) SIGINT, SIGTERM and SIGHUP around the steps
 * that must not be cut in two (creating and recording a temporary file,
 * renaming a set of outputs).  Calls nest: the mask is restored by the
 * last release. */
void cg_io_hold_signals(int hold);

#endif
