/* test_utf8.c: cg_utf8_count, which counts eight bytes at a time, gives
 * the count of one byte at a time (bytes that are not 10xxxxxx) for every
 * length and alignment, on text of every UTF-8 length, on bytes that are
 * not UTF-8 at all, and on every single byte value.
 * Prints what differs; exits 1 when something does. */
#include <stdio.h>
#include <string.h>

#include "util.h"

static size_t naive(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

int main(void)
{
    int failures = 0;
    /* A, é, 决, 😀 and bytes that no UTF-8 text holds, repeated */
    static const char text[] = "A\xC3\xA9\xE5\x86\xB3\xF0\x9F\x98\x80 x\xBF\x80\xFF\xFE\xC0"
                               "\xE5\x86\xB3\xE5\x86\xB3 resolution 2334 (2016)\xC3\xA9\xF0\x9F\x98\x80";
    char buf[4 * sizeof text];
    for (size_t k = 0; k < 4; k++)
        memcpy(buf + k * (sizeof text - 1), text, sizeof text - 1);
    size_t total = 4 * (sizeof text - 1);
    for (size_t a = 0; a < 16; a++)
        for (size_t n = 0; a + n <= total; n++)
            if (cg_utf8_count(buf + a, n) != naive(buf + a, n)) {
                printf("FAIL: cg_utf8_count at %zu, %zu bytes: %zu, not %zu\n", a, n,
                       cg_utf8_count(buf + a, n), naive(buf + a, n));
                failures++;
            }
    for (unsigned v = 0; v < 256; v++) {
        char b[19];
        memset(b, (int)v, sizeof b);
        for (size_t n = 0; n <= sizeof b; n++)
            if (cg_utf8_count(b, n) != naive(b, n)) {
                printf("FAIL: cg_utf8_count of %zu bytes 0x%02X\n", n, v);
                failures++;
            }
    }
    if (!failures)
        printf("ok: cg_utf8_count\n");
    return failures ? 1 : 0;
}
