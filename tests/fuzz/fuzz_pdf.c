/* fuzz_pdf: the PDF reader (src/read_pdf.c).
 *
 * An input that starts with "%PDF-" is a PDF: cg_pdf_text reads it with
 * poppler (which is not instrumented: libFuzzer's coverage guides only the
 * reader's own code around it) and, when it gives text, the text goes
 * through the pipeline as a letter (cg_document_scan).  Any other input
 * drives the page layout alone (cg_pdf_page_layout), the part of the
 * reader that works on what poppler hands over: the bytes up to the first
 * NUL are a page's text, the rest its character boxes (8 bytes each: x and
 * y as signed 16-bit eighths of a point, width and height as unsigned
 * 16-bit 64ths; x = 0x7FFF is NaN, y = 0x7FFF infinite); the first byte of
 * the boxes, when odd, makes their count match the text's characters (the
 * last box repeated or the extra ones dropped), as poppler's does.
 * Checked: the text the reader writes is UTF-8 without control characters
 * other than new lines (and form feeds between pages), and it holds no
 * more non-blank characters than it was given. */
#include <math.h>

#include "fuzz_common.h"
#include "read.h"
#include "util.h"

static cg_registry *reg;

static size_t count_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; c++) {
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        i += l ? l : 1;
    }
    return c;
}

static void check_text(const char *s, size_t n, int pages)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!l)
            FUZZ_FAIL("the reader wrote bytes that are not UTF-8 at %zu", i);
        if ((cp < 0x20 && cp != '\n' && !(pages && cp == '\f')) || (cp >= 0x7F && cp <= 0x9F))
            FUZZ_FAIL("the reader wrote the control character U+%04X at %zu", (unsigned)cp, i);
        i += l;
    }
}

static int16_t s16(const uint8_t *p)
{
    return (int16_t)(uint16_t)(p[0] | p[1] << 8);
}

static uint16_t u16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static void layout(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t tl = nul ? (size_t)(nul - data) : size;
    const char *text = (const char *)data;
    const uint8_t *bb = nul ? nul + 1 : data + size;
    size_t bl = (size_t)(data + size - bb);
    size_t given = bl / 8, nchars = count_chars(text, tl);
    int match = bl && (bb[0] & 1);
    size_t nbox = match ? nchars : given;
    cg_box *box = cg_xmalloc((nbox ? nbox : 1) * sizeof *box);
    for (size_t k = 0; k < nbox; k++) {
        if (!given) {
            box[k].x1 = (double)k;
            box[k].y1 = 0;
            box[k].x2 = (double)k + 1;
            box[k].y2 = 10;
            continue;
        }
        const uint8_t *p = bb + 8 * (k < given ? k : given - 1);
        int16_t x = s16(p), y = s16(p + 2);
        box[k].x1 = x == 0x7FFF ? NAN : x / 8.0;
        box[k].y1 = y == 0x7FFF ? INFINITY : y / 8.0;
        box[k].x2 = box[k].x1 + u16(p + 4) / 64.0;
        box[k].y2 = box[k].y1 + u16(p + 6) / 64.0;
    }
    cg_buf out = {0};
    size_t visible = cg_pdf_page_layout(&out, text, tl, box, nbox);
    free(box);
    if (visible > nchars)
        FUZZ_FAIL("%zu characters counted out of %zu", visible, nchars);
    check_text(out.s ? out.s : "", out.len, 0);
    if (out.s && strlen(out.s) != out.len)
        FUZZ_FAIL("a NUL inside the page's text");
    cg_buf_free(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!reg) {
        cg_error err;
        cg_init();
        if (cg_registry_new(&reg, &err) != CG_OK)
            FUZZ_FAIL("cg_registry_new: %s", err.message);
    }
    if (!cg_looks_pdf((const char *)data, size)) {
        layout(data, size);
        return 0;
    }
    cg_extracted x;
    cg_error err;
    memset(&err, 0, sizeof err);
    cg_status st = cg_pdf_text("fuzz.pdf", (const char *)data, size, &x, &err);
    if (st != CG_OK) {
        if (st != CG_ERR_INPUT)
            FUZZ_FAIL("unexpected status %d: %s", (int)st, err.message);
        if (!err.message[0])
            FUZZ_FAIL("a refused PDF without a message");
        return 0;
    }
    if (strlen(x.text) != x.len)
        FUZZ_FAIL("a NUL inside the PDF's text");
    check_text(x.text, x.len, 1);
    for (size_t k = 0; k < x.npages; k++)
        if (x.page_start[k] > x.len || (k && x.page_start[k] < x.page_start[k - 1]))
            FUZZ_FAIL("page %zu starts at %zu (text of %zu bytes)", k + 1, x.page_start[k], x.len);
    cg_extracted_free(&x);
    /* the whole path, as a file is read */
    cg_document *doc = NULL;
    if (cg_document_scan(&doc, reg, "fuzz.pdf", (const char *)data, size, &err) == CG_OK) {
        fuzz_walk_document(doc);
        for (size_t k = 0; k < cg_document_ref_count(doc); k++)
            if (cg_document_ref(doc, k)->page < 1)
                FUZZ_FAIL("a PDF reference without a page");
        cg_document_free(doc);
    }
    return 0;
}
