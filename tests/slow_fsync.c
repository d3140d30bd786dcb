/* slow_fsync.c: an LD_PRELOAD shim for write_test.sh.  fsync(2) sleeps
 * CG_TEST_FSYNC_DELAY_MS milliseconds first, so that a signal sent once the
 * temporary output file exists surely comes while it is being written, not
 * after a write that a fast machine finished before the test could look. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h> /* the prototype of fsync */

int fsync(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    const char *ms = getenv("CG_TEST_FSYNC_DELAY_MS");
    if (ms) {
        long v = strtol(ms, NULL, 10);
        struct timespec ts = {v / 1000, (v % 1000) * 1000000L};
        while (nanosleep(&ts, &ts) != 0) {
        }
    }
    return real ? real(fd) : -1;
}
