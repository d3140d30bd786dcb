/* read.h: from a file's bytes to UTF-8 text: encodings (decode.c), HTML
 * (read_html.c), each with a map back to the bytes read, and the text of
 * PDF (read_pdf.c) and Word .docx documents (read_docx.c).  Internal. */
#ifndef CG_READ_H
#define CG_READ_H

#include <stddef.h>

#include "citegraph.h"
#include "util.h"

/* The largest document read: offsets are 32 bits, and decoding UTF-16 or
 * GB18030 grows the text by half at most. */
#define CG_MAX_DOCUMENT ((size_t)1 << 30)

/* ---- decoding: any encoding -> UTF-8 (decode.c) --------------------------- */
typedef struct cg_decoded {
    const char *data;     /* UTF-8; the input itself when it was UTF-8 already */
    size_t len;
    size_t *map;          /* map[i]: original offset of data[i] (map[len] = input length); NULL: identity */
    const char *encoding; /* "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" */
} cg_decoded;

cg_status cg_decode(const char *name, const char *data, size_t n, cg_decoded *out, cg_error *err);
void cg_decoded_free(cg_decoded *d);

/* ---- HTML: the text of a page, with its structure (read_html.c) ----------- */
/* 1 when the bytes look like HTML. */
int cg_looks_html(const char *name, const char *s, size_t n);
/* The text of an HTML document: paragraphs and footnotes as lines, scripts
 * and styles dropped, document links (href) on lines of their own after
 * their text (so that they count as link annotations).  map[i] gives the
 * offset in s of the text's byte i. */
cg_status cg_html_text(const char *name, const char *s, size_t n, char **out, size_t *outlen,
                       size_t **map, cg_error *err);

/* ---- PDF and Word (.docx): the text of a document that is not text ------- */
/* The text extracted from a PDF or a .docx: what the pipeline reads in
 * place of the file's bytes (offsets, lines and columns of the references
 * found are in it).  PDF: the pages in order, separated by a form feed,
 * each line of a page a line of the text (docs/inputs.md).  .docx: the
 * paragraphs of the body, separated by blank lines (or, for a plain text
 * saved as .docx, its lines as they were), then its footnotes and
 * endnotes. */
typedef struct cg_extracted {
    char *text;         /* UTF-8, NUL-terminated, no NUL inside */
    size_t len;
    size_t *page_start; /* PDF: page_start[k] is the offset where page k+1 begins; NULL otherwise */
    size_t npages;
    int paragraphs;     /* 1: every blank line ends a paragraph (a .docx written as one);
                           0: lines as a page prints them (PDF, a plain text saved as .docx) */
} cg_extracted;
void cg_extracted_free(cg_extracted *x);

/* 1 when the bytes are a PDF (they begin with "%PDF-"). */
int cg_looks_pdf(const char *s, size_t n);
/* The text of a PDF with poppler: page by page, lines in reading order,
 * indentation and blank lines rebuilt from where the lines are on the
 * page, link annotations (URLs) after the page's text on lines of their
 * own.  Errors (CG_ERR_INPUT, message naming the fix): damaged, encrypted
 * (a password is needed), no text layer (a scanned image), too large.
 * Poppler's own messages never reach the user. */
cg_status cg_pdf_text(const char *name, const char *data, size_t n, cg_extracted *out,
                      cg_error *err);

/* A character's box on its page (points, y downward), as poppler gives it. */
typedef struct cg_box {
    double x1, y1, x2, y2;
} cg_box;
/* Appends one page's lines to out: `text` as poppler gives it (lines in
 * reading order, '\n' after each), `box[k]` the box of its k-th character
 * (nbox must equal the number of characters, else no geometry is used).
 * Each line is indented by its distance from the page's left-most line in
 * character widths, and a blank line goes before a line further from the
 * one before than most of a line's height (or above it: a new column).
 * Bytes that are not UTF-8 become U+FFFD, control characters spaces.
 * Returns the number of characters that are not white space. */
size_t cg_pdf_page_layout(cg_buf *out, const char *text, size_t len, const cg_box *box,
                          size_t nbox);

/* 1 when the bytes are a ZIP archive (a .docx is one). */
int cg_looks_zip(const char *s, size_t n);
/* The text of a Word document (.docx: a ZIP archive holding
 * word/document.xml) with libzip and libxml2 (no network, no DTD, no
 * external entity): paragraphs as paragraphs, table cells as lines, a
 * hyperlink's target on a line of its own after its text, then the
 * footnotes and the endnotes, numbered, after a footnote rule.  Every
 * part read is limited to CG_MAX_DOCUMENT bytes and to a ratio of its
 * compressed size (zip bombs).  Errors (CG_ERR_INPUT): a ZIP that is not
 * a Word document (an OpenDocument text, a workbook, an archive), a
 * damaged or encrypted archive, a part too large. */
cg_status cg_docx_text(const char *name, const char *data, size_t n, cg_extracted *out,
                       cg_error *err);
/* The parts of a .docx that are read, by their names in the archive. */
enum {
    CG_DOCX_DOCUMENT,      /* word/document.xml: the body */
    CG_DOCX_FOOTNOTES,     /* word/footnotes.xml */
    CG_DOCX_ENDNOTES,      /* word/endnotes.xml */
    CG_DOCX_DOCUMENT_RELS, /* word/_rels/document.xml.rels: the body's link targets */
    CG_DOCX_FOOTNOTES_RELS,
    CG_DOCX_ENDNOTES_RELS,
    CG_DOCX_PARTS
};
extern const char *const cg_docx_part_names[CG_DOCX_PARTS];
/* The walker behind cg_docx_text, on the parts themselves (part[k] NULL
 * when the archive has no such part; the body is required).  For tests
 * and fuzzing. */
cg_status cg_docx_parts_text(const char *name, const char *const part[CG_DOCX_PARTS],
                             const size_t len[CG_DOCX_PARTS], cg_extracted *out, cg_error *err);

#endif
