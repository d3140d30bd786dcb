/* test_formats: the PDF and .docx readers' own logic, without a converter.
 *
 *   test_formats layout              how one page's lines are laid out from
 *                                    poppler's text and boxes (built-in table)
 *   test_formats docx FILE.cases     the .docx walker: XML parts -> text
 *   test_formats refs FILE           reads FILE as the library does and
 *                                    prints its format, then one line per
 *                                    reference: target, line, column, page
 *   test_formats text FILE           the text extracted from a PDF or .docx
 *
 * The first two print one line per failed case and "N passed, M failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "citegraph.h"
#include "read.h"
#include "util.h"

static int pass, fail;

/* Texts compared up to their trailing new lines (a case's expected text
 * ends with the blank line before the next case). */
static size_t trimmed(const char *s)
{
    size_t n = strlen(s);
    while (n && s[n - 1] == '\n')
        n--;
    return n;
}

static void check_text(const char *name, const char *got, const char *want)
{
    size_t g = trimmed(got), w = trimmed(want);
    if (g == w && memcmp(got, want, g) == 0) {
        pass++;
        return;
    }
    fail++;
    printf("FAIL: %s\n--- want\n%s--- got\n%s---\n", name, want, got);
}

/* ---- layout ------------------------------------------------------------- */

/* A synthetic page: lines of text, each with its left edge, top and the
 * width of each of its characters (a monospaced font); height 10. */
typedef struct sline {
    const char *text;
    double x, y, cw;
} sline;

typedef struct lcase {
    const char *name;
    sline lines[8];
    int mismatch; /* give one box too few */
    const char *want;
} lcase;

static const lcase layout_cases[] = {
    {"lines kept as lines, no indentation at the left edge",
     {{"Letter dated 15 March 2022", 100, 100, 6}, {"from the Permanent Representative", 100, 112, 6}},
     0,
     "Letter dated 15 March 2022\nfrom the Permanent Representative\n"},
    {"a paragraph's first line indented by its distance in characters",
     {{"I have the honour to refer to the note verbale of the", 130, 100, 6},
      {"Permanent Mission of Ukraine issued as document S/2022/193,", 100, 112, 6},
      {"which contains unfounded allegations.", 100, 124, 6}},
     0,
     "     I have the honour to refer to the note verbale of the\n"
     "Permanent Mission of Ukraine issued as document S/2022/193,\n"
     "which contains unfounded allegations.\n"},
    {"a blank line where the gap is most of a line's height",
     {{"first paragraph ends here and is long enough", 100, 100, 6},
      {"second paragraph after a gap of one line", 100, 124, 6}},
     0,
     "first paragraph ends here and is long enough\n\nsecond paragraph after a gap of one line\n"},
    {"lines side by side on one row, in the order of their left edges",
     {{"S/2022/221", 400, 100, 6}, {"United Nations", 100, 100, 6}, {"Security Council", 100, 112, 6}},
     0,
     "United Nations                                    S/2022/221\nSecurity Council\n"},
    {"a superscript footnote number stays on its line",
     {{"the Russian Federation.", 100, 100, 6}, {"1", 238, 97, 4}, {"The next line of the text", 100, 112, 6}},
     0,
     "the Russian Federation. 1\nThe next line of the text\n"},
    {"boxes that do not match the text: poppler's lines as they are",
     {{"  second", 300, 100, 6}, {"first", 100, 100, 6}},
     1,
     "second\nfirst\n"},
    {"a control character becomes a space",
     {{"resolution\x01" "2202 (2015)", 100, 100, 6}},
     0,
     "resolution 2202 (2015)\n"},
    {"bytes that are not UTF-8 become U+FFFD",
     {{"A/75/693\xff-S/2020/1307", 100, 100, 6}},
     0,
     "A/75/693\xEF\xBF\xBD-S/2020/1307\n"},
    {"Chinese: a character is two columns",
     {{"\xE4\xB9\x8B\xE5\x89\x8D\xE6\x9B\xBE\xE5\xB0\xB1\xE9\x98\xBF\xE5\xA1\x9E\xE6\x8B\x9C\xE7\x96\x86", 120, 100, 10},
      {"\xE5\x88\x99\xEF\xBC\x8C\xE7\x89\xB9\xE5\x88\xAB\xE6\x98\xAF\xE4\xB8\x8D\xE4\xBD\xBF\xE7\x94\xA8", 100, 112, 10}},
     0,
     "    \xE4\xB9\x8B\xE5\x89\x8D\xE6\x9B\xBE\xE5\xB0\xB1\xE9\x98\xBF\xE5\xA1\x9E\xE6\x8B\x9C\xE7\x96\x86\n"
     "\xE5\x88\x99\xEF\xBC\x8C\xE7\x89\xB9\xE5\x88\xAB\xE6\x98\xAF\xE4\xB8\x8D\xE4\xBD\xBF\xE7\x94\xA8\n"},
};

/* poppler's text of a synthetic page, and a box per character (the '\n'
 * after each line included, as poppler gives them). */
static void layout_case(const lcase *c)
{
    cg_buf text = {0};
    size_t nbox = 0, cap = 64;
    cg_box *box = cg_xmalloc(cap * sizeof *box);
    for (int k = 0; k < 8 && c->lines[k].text; k++) {
        const sline *l = &c->lines[k];
        double x = l->x;
        const unsigned char *s = (const unsigned char *)l->text;
        size_t n = strlen(l->text);
        for (size_t i = 0; i <= n;) {
            uint32_t cp = '\n';
            size_t len = 1;
            if (i < n) {
                len = cg_utf8_decode(s + i, n - i, &cp);
                if (!len)
                    len = 1, cp = 0xFFFD;
            }
            double w = l->cw;
            if (nbox == cap)
                box = cg_xrealloc(box, (cap *= 2) * sizeof *box);
            box[nbox].x1 = x;
            box[nbox].x2 = x + (cp == '\n' ? 0 : w);
            box[nbox].y1 = l->y;
            box[nbox].y2 = l->y + 10;
            nbox++;
            x += w;
            i += len;
        }
        cg_buf_add(&text, l->text, strlen(l->text));
        cg_buf_putc(&text, '\n');
    }
    cg_buf out = {0};
    cg_pdf_page_layout(&out, text.s, text.len, box, nbox - (c->mismatch ? 1 : 0));
    check_text(c->name, out.s ? out.s : "", c->want);
    cg_buf_free(&out);
    cg_buf_free(&text);
    free(box);
}

/* ---- docx --------------------------------------------------------------- */

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " \
             "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " \
             "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""

/* A part as a case gives it: whole when it starts with '<?xml', else
 * wrapped in the part's root element. */
static char *wrap(int part, const char *s)
{
    if (strncmp(s, "<?xml", 5) == 0)
        return cg_xstrdup(s);
    switch (part) {
    case CG_DOCX_DOCUMENT:
        return cg_xsprintf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document " W_NS
                           "><w:body>%s</w:body></w:document>", s);
    case CG_DOCX_FOOTNOTES:
        return cg_xsprintf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:footnotes " W_NS
                           ">%s</w:footnotes>", s);
    case CG_DOCX_ENDNOTES:
        return cg_xsprintf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:endnotes " W_NS
                           ">%s</w:endnotes>", s);
    default:
        return cg_xsprintf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%s"
                           "</Relationships>", s);
    }
}

static int part_of(const char *label)
{
    static const char *const names[CG_DOCX_PARTS] = {"document", "footnotes", "endnotes",
                                                     "document.rels", "footnotes.rels", "endnotes.rels"};
    for (int k = 0; k < CG_DOCX_PARTS; k++)
        if (strcmp(label, names[k]) == 0)
            return k;
    return -1;
}

/* Cases: "=== name", then sections "--- document" (or footnotes, endnotes,
 * document.rels, footnotes.rels, endnotes.rels), "--- expect" (the text) or
 * "--- error" (a piece of the message); a line "#" starts a comment
 * outside sections. */
static void run_docx_case(const char *name, cg_buf *sec, int *have, const cg_buf *expect,
                          int want_error)
{
    const char *part[CG_DOCX_PARTS] = {0};
    size_t len[CG_DOCX_PARTS] = {0};
    char *wrapped[CG_DOCX_PARTS] = {0};
    for (int k = 0; k < CG_DOCX_PARTS; k++)
        if (have[k]) {
            wrapped[k] = wrap(k, sec[k].s ? sec[k].s : "");
            part[k] = wrapped[k];
            len[k] = strlen(wrapped[k]);
        }
    cg_extracted x;
    cg_error err;
    memset(&err, 0, sizeof err);
    cg_status st = cg_docx_parts_text("case.docx", part, len, &x, &err);
    const char *want = expect->s ? expect->s : "";
    if (want_error) {
        char *w = cg_xstrndup(want, strcspn(want, "\n"));
        if (st == CG_OK || !strstr(err.message, w)) {
            fail++;
            printf("FAIL: %s: want the error '%s', got %s\n", name, w,
                   st == CG_OK ? "the text" : err.message);
        } else {
            pass++;
        }
        free(w);
        if (st == CG_OK)
            cg_extracted_free(&x);
    } else if (st != CG_OK) {
        fail++;
        printf("FAIL: %s: %s\n", name, err.message);
    } else {
        if (strlen(x.text) != x.len) {
            fail++;
            printf("FAIL: %s: a NUL inside the text\n", name);
        }
        check_text(name, x.text, want);
        cg_extracted_free(&x);
    }
    for (int k = 0; k < CG_DOCX_PARTS; k++)
        free(wrapped[k]);
}

static int docx_cases(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 2;
    }
    cg_buf sec[CG_DOCX_PARTS] = {{0}}, expect = {0};
    int have[CG_DOCX_PARTS] = {0};
    char *name = NULL;
    int cur = -2, want_error = 0; /* -2 outside, -1 expect */
    char line[8192];
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        if (!got || strncmp(line, "=== ", 4) == 0) {
            if (name)
                run_docx_case(name, sec, have, &expect, want_error);
            free(name);
            name = NULL;
            for (int k = 0; k < CG_DOCX_PARTS; k++) {
                cg_buf_free(&sec[k]);
                have[k] = 0;
            }
            cg_buf_free(&expect);
            want_error = 0;
            cur = -2;
            if (!got)
                break;
            line[strcspn(line, "\n")] = '\0';
            name = cg_xstrdup(line + 4);
            continue;
        }
        if (strncmp(line, "--- ", 4) == 0) {
            line[strcspn(line, "\n")] = '\0';
            if (!strcmp(line + 4, "expect") || !strcmp(line + 4, "error")) {
                cur = -1;
                want_error = !strcmp(line + 4, "error");
            } else if ((cur = part_of(line + 4)) < 0) {
                fprintf(stderr, "%s: unknown section '%s'\n", path, line + 4);
                fclose(f);
                return 2;
            } else {
                have[cur] = 1;
            }
            continue;
        }
        if (cur == -2)
            continue; /* comments and blank lines between cases */
        cg_buf_puts(cur == -1 ? &expect : &sec[cur], line);
    }
    fclose(f);
    return 0;
}

/* ---- text --------------------------------------------------------------- */

/* The text extracted from a PDF or a .docx, as the pipeline reads it. */
static int text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    cg_buf b = {0};
    char chunk[65536];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0)
        cg_buf_add(&b, chunk, r);
    fclose(f);
    cg_extracted x;
    cg_error err;
    memset(&err, 0, sizeof err);
    const char *s = b.s ? b.s : "";
    cg_status st = cg_looks_pdf(s, b.len) ? cg_pdf_text(path, s, b.len, &x, &err)
                   : cg_looks_zip(s, b.len) ? cg_docx_text(path, s, b.len, &x, &err)
                                            : CG_ERR_USAGE;
    cg_buf_free(&b);
    if (st != CG_OK) {
        fprintf(stderr, "%s: %s\n", path, st == CG_ERR_USAGE ? "neither PDF nor .docx" : err.message);
        return 1;
    }
    fwrite(x.text, 1, x.len, stdout);
    cg_extracted_free(&x);
    return 0;
}

/* ---- refs --------------------------------------------------------------- */

static int refs(const char *path)
{
    cg_registry *reg;
    cg_error err;
    memset(&err, 0, sizeof err);
    if (cg_registry_new(&reg, &err) != CG_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 2;
    }
    cg_document *doc;
    if (cg_document_read_file(&doc, reg, path, &err) != CG_OK) {
        printf("error\t%s\n", err.message);
        cg_registry_free(reg);
        return 1;
    }
    const cg_meta *m = cg_document_meta(doc);
    printf("format\t%s\nencoding\t%s\n", m->format, m->encoding);
    for (size_t k = 0; k < cg_document_ref_count(doc); k++) {
        const cg_ref *r = cg_document_ref(doc, k);
        printf("ref\t%s\t%ld\t%ld\t%ld\t%zu\t%zu\n", r->target, r->line, r->column, r->page,
               r->offset, r->length);
    }
    cg_document_free(doc);
    cg_registry_free(reg);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "layout")) {
        for (size_t k = 0; k < sizeof layout_cases / sizeof layout_cases[0]; k++)
            layout_case(&layout_cases[k]);
    } else if (argc >= 3 && !strcmp(argv[1], "docx")) {
        int rc = docx_cases(argv[2]);
        if (rc)
            return rc;
    } else if (argc >= 3 && !strcmp(argv[1], "refs")) {
        return refs(argv[2]);
    } else if (argc >= 3 && !strcmp(argv[1], "text")) {
        return text(argv[2]);
    } else {
        fprintf(stderr, "usage: test_formats layout | docx FILE.cases | refs FILE | text FILE\n");
        return 2;
    }
    printf("%d passed, %d failed\n", pass, fail);
    return fail ? 1 : 0;
}
