/* fileio.c: the write path's system calls (counted, so that tests can make
 * any of them fail), the streams the writers write to, and the table of
 * temporary files that a signal handler may empty (docs/reliability.md). */
#define _GNU_SOURCE /* fopencookie */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "citegraph.h"
#include "fileio.h"
#include "util.h"

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* ---- fault injection ------------------------------------------------ */

static unsigned long io_calls, io_fail_n;
static int io_fail_errno, io_fail_persist;

void cg_io_fail_at(unsigned long n, int e, int persist)
{
    io_calls = 0;
    io_fail_n = n;
    io_fail_errno = e ? e : EIO;
    io_fail_persist = persist;
}

unsigned long cg_io_calls(void)
{
    return io_calls;
}

/* Counts a call; 1 (errno set) when it is to fail. */
static int fault(void)
{
    io_calls++;
    if (io_fail_n && (io_calls == io_fail_n || (io_fail_persist && io_calls > io_fail_n))) {
        errno = io_fail_errno;
        return 1;
    }
    return 0;
}

/* ---- the calls ------------------------------------------------------- */

int cg_io_open(const char *path, int flags, mode_t mode)
{
    if (fault())
        return -1;
    int fd;
    do
        fd = open(path, flags, mode);
    while (fd < 0 && errno == EINTR);
    return fd;
}

ssize_t cg_io_write(int fd, const void *buf, size_t n)
{
    if (fault())
        return -1;
    const char *p = buf;
    size_t left = n;
    while (left) {
        ssize_t w = write(fd, p, left);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                /* a FIFO or socket whose reader is slow: wait for room */
                struct pollfd pf = {fd, POLLOUT, 0};
                if (poll(&pf, 1, -1) < 0 && errno != EINTR)
                    return -1;
                continue;
            }
            return -1;
        }
        if (w == 0) {
            errno = EIO;
            return -1;
        }
        p += w;
        left -= (size_t)w;
    }
    return (ssize_t)n;
}

int cg_io_fsync(int fd)
{
    if (fault())
        return -1;
    return fsync(fd);
}

int cg_io_close(int fd)
{
    if (fault()) {
        int e = errno;
        close(fd); /* the descriptor is released whatever the outcome */
        errno = e;
        return -1;
    }
    /* Linux releases the descriptor even on EINTR: do not close it twice */
    if (close(fd) != 0 && errno != EINTR)
        return -1;
    return 0;
}

int cg_io_rename(const char *from, const char *to)
{
    if (fault())
        return -1;
    return rename(from, to);
}

int cg_io_link(const char *from, const char *to)
{
    if (fault())
        return -1;
    return link(from, to);
}

int cg_io_fchmod(int fd, mode_t mode)
{
    if (fault())
        return -1;
    return fchmod(fd, mode);
}

int cg_io_fchown(int fd, uid_t uid, gid_t gid)
{
    if (fault())
        return -1;
    return fchown(fd, uid, gid);
}

int cg_io_connect_unix(const char *path)
{
    struct sockaddr_un a;
    memset(&a, 0, sizeof a);
    if (strlen(path) >= sizeof a.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    if (fault())
        return -1;
    a.sun_family = AF_UNIX;
    strcpy(a.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    int r;
    do
        r = connect(fd, (const struct sockaddr *)&a, sizeof a);
    while (r != 0 && errno == EINTR);
    if (r != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

/* ---- streams --------------------------------------------------------- */

static size_t io_buffer = 64 * 1024;

void cg_io_set_buffer(size_t size)
{
    io_buffer = size ? size : 64 * 1024;
}

static ssize_t sink_write(void *cookie, const char *buf, size_t n)
{
    cg_io_sink *s = cookie;
    if (s->err) {
        errno = s->err;
        return -1;
    }
    if (cg_io_write(s->fd, buf, n) < 0) {
        s->err = errno ? errno : EIO;
        return -1;
    }
    return (ssize_t)n;
}

static int sink_close(void *cookie)
{
    (void)cookie; /* the caller closes the descriptor and checks the result */
    return 0;
}

FILE *cg_io_stream(cg_io_sink *sink)
{
    cookie_io_functions_t fns = {NULL, sink_write, NULL, sink_close};
    FILE *fp = fopencookie(sink, "w", fns);
    sink->buf = NULL;
    if (fp) {
        /* our own buffer: glibc ignores the size when given none */
        sink->buf = cg_xmalloc(io_buffer);
        setvbuf(fp, sink->buf, _IOFBF, io_buffer);
    }
    return fp;
}

void cg_io_stream_close(FILE *fp, cg_io_sink *sink)
{
    fclose(fp);
    cg_free(sink->buf);
    sink->buf = NULL;
}

/* ---- temporary files ------------------------------------------------- */

/* A fixed table, so that the signal handler needs no allocation and no
 * lock: a slot is in use when its flag is set, and its path is complete
 * before the flag is set (both changed only with the signals held). */
enum { SLOTS = 8 };
static char slot_path[SLOTS][PATH_MAX];
static volatile sig_atomic_t slot_used[SLOTS];

void cg_save_remove_temp_files(void)
{
    for (int k = 0; k < SLOTS; k++)
        if (slot_used[k]) {
            unlink(slot_path[k]);
            slot_used[k] = 0;
        }
}

static sigset_t held_old;
static int held_depth;

void cg_io_hold_signals(int hold)
{
    if (hold) {
        if (held_depth++ == 0) {
            sigset_t s;
            sigemptyset(&s);
            sigaddset(&s, SIGINT);
            sigaddset(&s, SIGTERM);
            sigaddset(&s, SIGHUP);
            sigprocmask(SIG_BLOCK, &s, &held_old);
        }
    } else if (held_depth > 0 && --held_depth == 0) {
        sigprocmask(SIG_SETMASK, &held_old, NULL);
    }
}

static uint64_t rnd_state;

/* Six letters or digits, different on every call and in every process. */
static void random_suffix(char out[7])
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    if (!rnd_state) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        rnd_state = ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)getpid() << 16) ^
                    (uint64_t)(uintptr_t)&ts;
    }
    rnd_state = rnd_state * 6364136223846793005ULL + 1442695040888963407ULL;
    uint64_t v = rnd_state >> 11;
    for (int k = 0; k < 6; k++) {
        out[k] = chars[v % 62];
        v /= 62;
    }
    out[6] = '\0';
}

int cg_tmp_create(const char *dir, mode_t mode, int *slot, const char **path)
{
    if (strlen(dir) + sizeof "/.cg-XXXXXX" > PATH_MAX) {
        errno = ENAMETOOLONG;
        return -1;
    }
    cg_io_hold_signals(1);
    int k = 0;
    while (k < SLOTS && slot_used[k])
        k++;
    if (k == SLOTS) {
        cg_io_hold_signals(0);
        errno = EMFILE;
        return -1;
    }
    int fd = -1, e = 0;
    for (int tries = 0; tries < 100; tries++) {
        char sfx[7];
        random_suffix(sfx);
        snprintf(slot_path[k], PATH_MAX, "%s/.cg-%s", dir, sfx);
        /* recorded before it exists: no signal can come in between (held),
         * and a failed open clears it again */
        slot_used[k] = 1;
        fd = cg_io_open(slot_path[k], O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, mode);
        if (fd >= 0)
            break;
        e = errno;
        slot_used[k] = 0;
        if (e != EEXIST)
            break;
    }
    cg_io_hold_signals(0);
    if (fd < 0) {
        errno = e;
        return -1;
    }
    *slot = k;
    *path = slot_path[k];
    return fd;
}

char *cg_tmp_name(const char *dir)
{
    for (;;) {
        char sfx[7];
        random_suffix(sfx);
        char *p = cg_xsprintf("%s/.cg-%s", dir, sfx);
        struct stat st;
        if (lstat(p, &st) != 0 && errno == ENOENT)
            return p;
        cg_free(p);
    }
}

void cg_tmp_forget(int slot, int keep)
{
    if (slot < 0 || slot >= SLOTS)
        return;
    cg_io_hold_signals(1);
    if (slot_used[slot] && !keep)
        unlink(slot_path[slot]);
    slot_used[slot] = 0;
    cg_io_hold_signals(0);
}
