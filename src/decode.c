/* decode.c: bytes in any encoding a corpus holds -> UTF-8, with a map from
 * every decoded byte back to the original byte it came from.
 *
 *   UTF-8 (with or without BOM)  used as it is
 *   UTF-16 LE / BE with a BOM    converted
 *   GB18030 / GBK                recognised when the bytes are not UTF-8 and
 *                                decode cleanly as GB18030 (iconv), and say
 *                                so: the decision is reported
 *   anything else                invalid UTF-8, with the line and column of
 *                                the first bad byte; NUL bytes: binary */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static void pos_of(const char *s, size_t upto, long *line, long *col)
{
    long l = 1;
    size_t ls = 0;
    for (size_t i = 0; i < upto; i++)
        if (s[i] == '\n') {
            l++;
            ls = i + 1;
        }
    *line = l;
    *col = (long)cg_utf8_count(s + ls, upto - ls) + 1;
}

typedef struct dbuf {
    cg_buf b;
    size_t *map;
    size_t cap;
} dbuf;

static void put(dbuf *d, uint32_t cp, size_t orig)
{
    char enc[4];
    size_t l = cg_utf8_encode(cp, enc);
    if (d->b.len + l + 1 > d->cap) {
        d->cap = (d->b.len + l + 1) * 2;
        d->map = cg_xrealloc(d->map, d->cap * sizeof *d->map);
    }
    for (size_t k = 0; k < l; k++)
        d->map[d->b.len + k] = orig;
    cg_buf_add(&d->b, enc, l);
}

static cg_status utf16(const char *name, const unsigned char *s, size_t n, int be, cg_decoded *out,
                       cg_error *err)
{
    dbuf d = {0};
    size_t i = 2; /* the BOM */
    while (i + 1 < n) {
        uint32_t u = be ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
        size_t at = i;
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
            uint32_t lo = be ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            } else {
                u = 0xFFFD;
            }
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            u = 0xFFFD;
        }
        if (u == 0) {
            cg_buf_free(&d.b);
            free(d.map);
            cg_error_set(err, name, 0, 0, "binary file (NUL character in UTF-16 text)");
            return CG_ERR_INPUT;
        }
        put(&d, u, at);
    }
    put(&d, 0, n); /* the terminator's slot: map[len] = n */
    d.b.len--;
    d.b.s[d.b.len] = '\0';
    out->len = d.b.len;
    out->data = cg_buf_take(&d.b);
    out->map = d.map;
    out->encoding = be ? "UTF-16BE" : "UTF-16LE";
    return CG_OK;
}

/* GB18030, one character at a time so that every decoded byte knows where
 * it came from.  Fails (0) on the first sequence that does not decode. */
static int gb18030(const char *s, size_t n, cg_decoded *out)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1)
        return 0;
    dbuf d = {0};
    size_t i = 0, cjk = 0;
    int ok = 1;
    while (i < n && ok) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            put(&d, c, i);
            i++;
            continue;
        }
        ok = 0;
        for (size_t l = 2; l <= 4 && i + l <= n && !ok; l += 2) {
            char in[4], outb[8];
            memcpy(in, s + i, l);
            char *ip = in, *op = outb;
            size_t il = l, ol = sizeof outb;
            iconv(cd, NULL, NULL, NULL, NULL);
            if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && il == 0) {
                uint32_t cp;
                if (cg_utf8_decode((const unsigned char *)outb, (size_t)(op - outb), &cp)) {
                    put(&d, cp, i);
                    cjk += cg_is_cjk(cp);
                    i += l;
                    ok = 1;
                }
            }
        }
    }
    iconv_close(cd);
    if (!ok || cjk == 0) {
        cg_buf_free(&d.b);
        free(d.map);
        return 0;
    }
    put(&d, 0, n);
    d.b.len--;
    d.b.s[d.b.len] = '\0';
    out->len = d.b.len;
    out->data = cg_buf_take(&d.b);
    out->map = d.map;
    out->encoding = "GB18030";
    return 1;
}

cg_status cg_decode(const char *name, const char *data, size_t n, cg_decoded *out, cg_error *err)
{
    memset(out, 0, sizeof *out);
    const unsigned char *s = (const unsigned char *)data;
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return utf16(name, s, n, s[0] == 0xFE, out, err);
    /* UTF-8: the common case, used in place */
    size_t bad = n;
    for (size_t i = 0; i < n;) {
        if (s[i] == 0) {
            long line, col;
            pos_of(data, i, &line, &col);
            cg_error_set(err, name, line, col, "binary file (NUL byte): not a text document");
            return CG_ERR_INPUT;
        }
        uint32_t cp;
        size_t l = cg_utf8_decode(s + i, n - i, &cp);
        if (!l) {
            bad = i;
            break;
        }
        i += l;
    }
    if (bad == n) {
        out->data = data;
        out->len = n;
        out->encoding = "UTF-8";
        return CG_OK;
    }
    if (gb18030(data, n, out))
        return CG_OK;
    long line, col;
    pos_of(data, bad, &line, &col);
    cg_error_set(err, name, line, col,
                 "invalid UTF-8 (byte 0x%02X at offset %zu), and not GB18030 either", s[bad], bad);
    return CG_ERR_INPUT;
}

void cg_decoded_free(cg_decoded *d)
{
    if (d->map) { /* converted: the data is ours */
        free((char *)d->data);
        free(d->map);
    }
    memset(d, 0, sizeof *d);
}
