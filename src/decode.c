/* decode.c: bytes in any encoding a corpus holds -> UTF-8, with a map from
 * every decoded byte back to the original byte it came from.
 *
 *   UTF-8 (with or without BOM)  used as it is
 *   UTF-16 / UTF-32, LE or BE,   converted (a last character cut short and
 *   with a BOM                   unpaired surrogates become U+FFFD)
 *   UTF-16 / UTF-32 without a    converted when the NUL bytes fall as they
 *   BOM                          do in text (below); the decision is reported
 *   GB18030 / GBK                recognised when the bytes are not UTF-8 and
 *                                decode cleanly as GB18030 (iconv), and say
 *                                so: the decision is reported
 *   PDF, .docx                   not here: read for their text before
 *                                decoding (read_pdf.c, read_docx.c)
 *   Word 97-2003, ZIP, gzip,     named, not read
 *   images
 *   anything else                invalid UTF-8, with the line and column of
 *                                the first bad byte; NUL bytes: binary */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "read.h"
#include "util.h"
#include "utf8.h"

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

/* The code unit of `width` bytes (2 or 4) at s. */
static uint32_t unit(const unsigned char *s, int width, int be)
{
    if (width == 2)
        return be ? (uint32_t)(s[0] << 8 | s[1]) : (uint32_t)(s[1] << 8 | s[0]);
    return be ? (uint32_t)s[0] << 24 | (uint32_t)s[1] << 16 | (uint32_t)s[2] << 8 | s[3]
              : (uint32_t)s[3] << 24 | (uint32_t)s[2] << 16 | (uint32_t)s[1] << 8 | s[0];
}

static const char *utf_name(int width, int be)
{
    return width == 2 ? (be ? "UTF-16BE" : "UTF-16LE") : (be ? "UTF-32BE" : "UTF-32LE");
}

/* UTF-16 or UTF-32 from offset `skip` (past the BOM, if any). */
static cg_status utf_units(const char *name, const unsigned char *s, size_t n, int width, int be,
                           size_t skip, cg_decoded *out, cg_error *err)
{
    dbuf d = {0};
    size_t i = skip, w = (size_t)width;
    while (i + w <= n) {
        uint32_t u = unit(s + i, width, be);
        size_t at = i;
        i += w;
        if (width == 2 && u >= 0xD800 && u <= 0xDBFF && i + 2 <= n) {
            uint32_t lo = unit(s + i, 2, be);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            } else {
                u = 0xFFFD;
            }
        } else if ((u >= 0xD800 && u <= 0xDFFF) || u > 0x10FFFF) {
            u = 0xFFFD;
        }
        if (u == 0) {
            long line, col;
            pos_of(d.b.s ? d.b.s : "", d.b.len, &line, &col);
            cg_buf_free(&d.b);
            cg_free(d.map);
            cg_error_set(err, name, line, col, "%s text with a NUL character: not a text document",
                         utf_name(width, be));
            return CG_ERR_INPUT;
        }
        put(&d, u, at);
    }
    if (i < n)
        put(&d, 0xFFFD, i); /* the last character, cut short */
    put(&d, 0, n); /* the terminator's slot: map[len] = n */
    d.b.len--;
    d.b.s[d.b.len] = '\0';
    out->len = d.b.len;
    out->data = cg_buf_take(&d.b);
    out->map = d.map;
    out->encoding = utf_name(width, be);
    return CG_OK;
}

/* Without a BOM, UTF-32 is recognised when every 4-byte unit is a
 * character that text holds (no NUL, no control other than white space):
 * the zero bytes of its units make this all but impossible for anything
 * else. */
static int text_char(uint32_t u)
{
    if (u < 0x20)
        return u >= 0x09 && u <= 0x0D;
    return u != 0x7F && !(u >= 0x80 && u <= 0x9F) && !(u >= 0xD800 && u <= 0xDFFF) &&
           u != 0xFFFE && u != 0xFFFF && u <= 0x10FFFF;
}

static int looks_utf32(const unsigned char *s, size_t n, int be)
{
    if (n < 4 || n % 4)
        return 0;
    for (size_t i = 0; i < n; i += 4)
        if (!text_char(unit(s + i, 4, be)))
            return 0;
    return 1;
}

/* The bytes are UTF-8 apart from their NUL bytes (a text with stray NULs,
 * not UTF-16). */
static int utf8_but_nul(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        if (!s[i]) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t l = cg_utf8_decode(s + i, n - i, &cp);
        if (!l)
            return 0;
        i += l;
    }
    return 1;
}

/* UTF-16 without a BOM, judged by where the NUL bytes fall: in text, the
 * high byte of every ASCII character (LE: odd offsets; BE: even ones).
 * Returns 2 to read it (the pattern, and every unit is text), 1 when the
 * pattern is clear but some unit is not text (*bad_at: its offset), 0 when
 * it does not look like UTF-16. */
static int looks_utf16(const unsigned char *s, size_t n, int be, size_t *bad_at)
{
    size_t units = n / 2, hi0 = 0, lo0 = 0, nul = 0;
    *bad_at = n;
    for (size_t i = 0; i + 2 <= n; i += 2) {
        uint32_t u = unit(s + i, 2, be);
        if (u == 0)
            nul += 2;
        else if (u < 0x100)
            hi0++, nul++;
        else if ((u & 0xFF) == 0)
            lo0++, nul++;
        if (*bad_at == n) {
            int ok;
            if (u >= 0xD800 && u <= 0xDBFF)
                ok = i + 4 <= n && (unit(s + i + 2, 2, be) & 0xFC00) == 0xDC00;
            else if (u >= 0xDC00 && u <= 0xDFFF)
                ok = i >= 2 && (unit(s + i - 2, 2, be) & 0xFC00) == 0xD800;
            else
                ok = text_char(u);
            if (!ok)
                *bad_at = i;
        }
    }
    /* ASCII (and Latin-1) characters: one in sixteen at least, and far
     * more of them than characters ending in a zero byte (U+4E00 ...) */
    if (units == 0 || hi0 * 16 < units || lo0 * 4 > hi0)
        return 0;
    /* a UTF-8 text with a few stray NULs is not UTF-16 */
    if (nul * 4 < n && utf8_but_nul(s, n))
        return 0;
    if (*bad_at == n)
        return 2;
    /* the pattern alone: said when it is strong */
    return hi0 * 4 >= units && lo0 * 8 <= hi0 ? 1 : 0;
}

/* Binary formats that corpora hold by mistake, named by their first bytes. */
static const char *binary_format(const unsigned char *s, size_t n)
{
    static const struct {
        const char *magic;
        size_t len;
        const char *what;
    } formats[] = {
        /* PDFs and ZIP archives (.docx) are read before decoding
         * (document.c); a ZIP here is no Word document */
        {"PK\x03\x04", 4, "a ZIP archive, not a Word document (.docx) or text: not read"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "a Word 97-2003 document (.doc, binary): citegraph reads .docx and PDF: save it as .docx or PDF"},
        {"\x1F\x8B", 2, "gzip-compressed (binary), not text: decompress it first (gunzip)"},
        {"\xFD" "7zXZ\x00", 6, "xz-compressed (binary), not text: decompress it first (unxz)"},
        {"\x89PNG\r\n\x1A\n", 8, "a PNG image (binary), not text"},
        {"\xFF\xD8\xFF", 3, "a JPEG image (binary), not text"},
        {"GIF8", 4, "a GIF image (binary), not text"},
    };
    for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++)
        if (n >= formats[k].len && memcmp(s, formats[k].magic, formats[k].len) == 0)
            return formats[k].what;
    return NULL;
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
        cg_free(d.map);
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
    /* byte-order marks: UTF-32 first, as its LE mark begins with UTF-16's */
    if (n >= 4 && s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0)
        return utf_units(name, s, n, 4, 0, 4, out, err);
    if (n >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF)
        return utf_units(name, s, n, 4, 1, 4, out, err);
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return utf_units(name, s, n, 2, s[0] == 0xFE, 2, out, err);
    const char *what = binary_format(s, n);
    /* "GIF8" is also how a text can begin (the text of a PDF or a .docx,
     * say): an image only when the rest is not UTF-8 */
    if (what && s[0] == 'G' && utf8_but_nul(s, n) && !memchr(s, 0, n))
        what = NULL;
    /* a password-protected .docx is an OLE file holding the encrypted
     * package (its stream name is UTF-16) */
    if (what && s[0] == 0xD0 &&
        cg_memmem(data, n, "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32))
        what = "a password-protected Word document: not read; save a copy without the password "
               "(as .docx or PDF) first";
    if (what) {
        cg_error_set(err, name, 0, 0, "%s", what);
        return CG_ERR_INPUT;
    }
    const unsigned char *z = n ? memchr(s, 0, n) : NULL;
    if (z) {
        /* NUL bytes: UTF-32 or UTF-16 without a BOM, or binary */
        for (int be = 0; be < 2; be++)
            if (looks_utf32(s, n, be))
                return utf_units(name, s, n, 4, be, 0, out, err);
        for (int be = 0; be < 2; be++) {
            size_t bad;
            int r = looks_utf16(s, n, be, &bad);
            if (r == 2)
                return utf_units(name, s, n, 2, be, 0, out, err);
            if (r == 1) {
                const char *enc = utf_name(2, be);
                cg_error_set(err, name, 0, 0,
                             "looks like %s text without a byte-order mark, but the code unit "
                             "0x%04X at offset %zu is not text: not read (if it is text, convert it: "
                             "iconv -f %s -t UTF-8)",
                             enc, (unsigned)unit(s + bad, 2, be), bad, enc);
                return CG_ERR_INPUT;
            }
        }
        long line, col;
        pos_of(data, (size_t)(z - s), &line, &col);
        cg_error_set(err, name, line, col, "binary file (NUL byte): not a text document");
        return CG_ERR_INPUT;
    }
    /* UTF-8: the common case, used in place */
    size_t nul;
    size_t bad = cg_utf8_check(data, n, &nul);
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
        cg_free((char *)d->data);
        cg_free(d->map);
    }
    memset(d, 0, sizeof *d);
}
