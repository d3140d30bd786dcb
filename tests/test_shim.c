/* test_shim.c: an LD_PRELOAD shim for the shell tests.
 *   CG_TEST_FSYNC_DELAY_MS=N  fsync(2) sleeps N milliseconds first, so that
 *       a signal sent once the temporary output exists surely comes while
 *       it is being written (write_test.sh), not after a write that a fast
 *       machine finished before the test could look;
 *   CG_TEST_DLOPEN_FAIL=TEXT  dlopen(3) of a library whose name holds TEXT
 *       fails, as on a machine without it (input_test.sh: a PDF without
 *       poppler). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
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

void *dlopen(const char *file, int mode)
{
    static void *(*real)(const char *, int);
    if (!real)
        real = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
    const char *fail = getenv("CG_TEST_DLOPEN_FAIL");
    if (fail && *fail && file && strstr(file, fail))
        return NULL; /* dlerror() then says nothing: the reader must cope */
    return real ? real(file, mode) : NULL;
}
