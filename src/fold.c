/* fold.c: the folds shared by the table generator and the library, so
 * that what is looked up at run time is folded exactly as what was stored
 * at build time. */
#include <string.h>

#include "fold.h"
#include "util.h"

uint32_t cg_vhash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h ? h : 1;
}

char *cg_fold_title(const char *s, size_t n)
{
    cg_buf b = {0};
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\n'))
        i++;
    if (n - i > 4 && cg_strncaseeq(s + i, "the", 3) && (s[i + 3] == ' ' || s[i + 3] == '\n'))
        i += 4;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            continue;
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
            cg_buf_putc(&b, '\'');
            i += 2;
            continue;
        }
        /* the full-width forms the normalizer prints in ASCII (U+FF08 （,
         * U+FF09 ）, U+FF0F ／, U+FF3B ［, U+FF3D ］, digits, letters): a
         * title written with them (《…附加议定书（第一议定书）》) is the
         * title the letter's clean text holds */
        if (c == 0xEF && i + 2 < n && ((unsigned char)s[i + 1] == 0xBC || (unsigned char)s[i + 1] == 0xBD)) {
            uint32_t cp = 0xFF00u + (((unsigned char)s[i + 1] & 0x01u) << 6) + ((unsigned char)s[i + 2] & 0x3Fu);
            int a = 0;
            if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A))
                a = (int)(cp - 0xFEE0);
            else if (cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0F || cp == 0xFF3B || cp == 0xFF3D)
                a = cp == 0xFF08 ? '(' : cp == 0xFF09 ? ')' : cp == 0xFF0F ? '/' : cp == 0xFF3B ? '[' : ']';
            if (a) {
                if (a >= 'A' && a <= 'Z')
                    a += 32;
                cg_buf_putc(&b, (char)a);
                i += 2;
                continue;
            }
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        cg_buf_putc(&b, (char)c);
    }
    if (!b.s)
        return cg_xstrdup("");
    return cg_buf_take(&b);
}

int cg_is_short_title(const char *t)
{
    int ascii = 1, spaces = 0;
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
        if (*p >= 0x80)
            ascii = 0;
        if (*p == ' ')
            spaces++;
        if ((*p & 0xC0) != 0x80)
            chars++;
    }
    return ascii ? spaces == 0 : chars <= 2;
}

const char *cg_title_phrase(const char *t)
{
    while (*t == ' ')
        t++;
    if (cg_strncaseeq(t, "the ", 4) && t[4])
        t += 4;
    return t;
}
