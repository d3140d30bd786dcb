/* utf8.h: the UTF-8 steps on the hot path, inline.  Internal. */
#ifndef CG_UTF8_H
#define CG_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Decodes one code point at s (n > 0 bytes left) of text known to be
 * valid UTF-8 (the reader checked it); an invalid byte reads as U+FFFD of
 * length 1. */
static inline uint32_t cg_u8(const char *str, size_t n, size_t *len)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[0];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    if (c >= 0xE0 && c < 0xF0 && n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *len = 3;
        return (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    }
    if (c >= 0xC2 && c < 0xE0 && n >= 2 && (s[1] & 0xC0) == 0x80) {
        *len = 2;
        return (uint32_t)(c & 0x1F) << 6 | (s[1] & 0x3F);
    }
    if (c >= 0xF0 && c < 0xF5 && n >= 4 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
        (s[3] & 0xC0) == 0x80) {
        *len = 4;
        return (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
               (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
    }
    *len = 1;
    return 0xFFFD;
}

/* A small letter of the scripts with case (Latin-1, Latin Extended-A,
 * Greek, Cyrillic). */
static inline int cg_small_letter(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
           (c >= 0x100 && c <= 0x17F && (c & 1)) || (c >= 0x3AC && c <= 0x3CE) ||
           (c >= 0x430 && c <= 0x45F);
}

/* CJK ideographs, kana, hangul and CJK punctuation (as util.h's cg_is_cjk). */
static inline int cg_cjk(uint32_t cp)
{
    if (cp < 0x2010)
        return 0;
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF65) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x20000 && cp <= 0x3FFFD) ||
           (cp <= 0x2027 && cp != 0x2013 && cp != 0x2014) || cp == 0x2022;
}

/* The offset of the first byte of s[0, n) that does not begin a valid
 * UTF-8 sequence (overlong, surrogate, truncated, > U+10FFFF), or n; sets
 * *nul when a NUL byte comes before it (at offset *nul_at). */
static inline size_t cg_utf8_check(const char *str, size_t n, size_t *nul_at)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    *nul_at = (size_t)-1;
    while (i < n) {
        /* eight ASCII bytes at a time */
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                /* a NUL among them? (the classic has-zero-byte test) */
                if ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) {
                    for (size_t k = 0; k < 8; k++)
                        if (!s[i + k]) {
                            *nul_at = i + k;
                            return i + k;
                        }
                }
                i += 8;
                continue;
            }
        }
        unsigned c = s[i];
        if (c < 0x80) {
            if (!c) {
                *nul_at = i;
                return i;
            }
            i++;
        } else if (c >= 0xC2 && c < 0xE0) {
            if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80)
                return i;
            i += 2;
        } else if (c >= 0xE0 && c < 0xF0) {
            if (i + 2 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
                return i;
            if ((c == 0xE0 && s[i + 1] < 0xA0) || (c == 0xED && s[i + 1] >= 0xA0))
                return i; /* overlong, surrogate */
            i += 3;
            /* a run of them (Chinese text): E1..EC and EE..EF lead bytes need
             * no other test than their continuation bytes */
            while (i + 2 < n && (s[i] & 0xF0) == 0xE0 && s[i] != 0xE0 && s[i] != 0xED &&
                   (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
                i += 3;
        } else if (c >= 0xF0 && c < 0xF5) {
            if (i + 3 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
                (s[i + 3] & 0xC0) != 0x80)
                return i;
            if ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))
                return i; /* overlong, beyond U+10FFFF */
            i += 4;
        } else {
            return i;
        }
    }
    return n;
}

#endif
