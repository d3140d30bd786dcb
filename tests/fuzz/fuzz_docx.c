/* fuzz_docx: the Word (.docx) reader (src/read_docx.c).
 *
 * An input that starts with "PK\3\4" is a .docx: cg_docx_text opens it
 * with libzip (limits on size and compression ratio) and walks its XML;
 * when it gives text, the file goes through the pipeline as a letter
 * (cg_document_scan).  Any other input is the parts themselves, separated
 * by NUL bytes, in the order word/document.xml, footnotes, endnotes and
 * their relationships (cg_docx_parts_text): the walker alone, without
 * the archive, on mutated XML.  Checked: the text is UTF-8 without NUL or
 * control characters other than new lines; a refusal says why. */
#include "fuzz_common.h"
#include "read.h"
#include "util.h"

static cg_registry *reg;

static void check(const cg_extracted *x)
{
    if (strlen(x->text) != x->len)
        FUZZ_FAIL("a NUL inside the document's text");
    for (size_t i = 0; i < x->len;) {
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)x->text + i, x->len - i, &cp);
        if (!l)
            FUZZ_FAIL("the walker wrote bytes that are not UTF-8 at %zu", i);
        if (cp < 0x20 && cp != '\n')
            FUZZ_FAIL("the walker wrote the control character U+%04X at %zu", (unsigned)cp, i);
        i += l;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!reg) {
        cg_error err;
        cg_init();
        if (cg_registry_new(&reg, &err) != CG_OK)
            FUZZ_FAIL("cg_registry_new: %s", err.message);
    }
    cg_extracted x;
    cg_error err;
    memset(&err, 0, sizeof err);
    const char *s = (const char *)data;
    cg_status st;
    int zip = cg_looks_zip(s, size);
    if (zip) {
        st = cg_docx_text("fuzz.docx", s, size, &x, &err);
    } else {
        const char *part[CG_DOCX_PARTS] = {0};
        size_t len[CG_DOCX_PARTS] = {0};
        const char *p = s, *end = s + size;
        for (int k = 0; k < CG_DOCX_PARTS && p <= end; k++) {
            const char *nul = memchr(p, 0, (size_t)(end - p));
            part[k] = p;
            len[k] = (size_t)((nul ? nul : end) - p);
            if (!nul)
                break;
            p = nul + 1;
        }
        st = cg_docx_parts_text("fuzz.docx", part, len, &x, &err);
    }
    if (st != CG_OK) {
        if (st != CG_ERR_INPUT)
            FUZZ_FAIL("unexpected status %d: %s", (int)st, err.message);
        if (!err.message[0])
            FUZZ_FAIL("a refused document without a message");
        return 0;
    }
    check(&x);
    cg_extracted_free(&x);
    if (zip) {
        cg_document *doc = NULL;
        if (cg_document_scan(&doc, reg, "fuzz.docx", s, size, &err) == CG_OK) {
            fuzz_walk_document(doc);
            cg_document_free(doc);
        }
    }
    return 0;
}
