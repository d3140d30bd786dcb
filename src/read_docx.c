/* read_docx.c: the text of a Word document (.docx), from its XML.
 *
 * A .docx is a ZIP archive (libzip, opened when the first one comes) of XML parts (libxml2's streaming
 * reader: no network, no DTD, no entity of any kind; a part that declares
 * a DTD is refused, as Word never writes one).  The text the scanner reads
 * is made the way PDF text looks:
 *   - each paragraph of the body a paragraph, separated by blank lines;
 *     a line break inside one a line break; a tab a space;
 *   - each table cell's paragraphs on lines of their own, a paragraph break
 *     after each row;
 *   - text boxes in place; deleted text (tracked changes), field
 *     instructions and the fallback copies of drawings left out;
 *   - a hyperlink's target (a relationship, or a HYPERLINK field) written
 *     after its text on a line of its own, where the reader counts it as a
 *     link annotation;
 *   - after the body a footnote rule, then the footnotes numbered in the
 *     order of their references, then the endnotes, each a paragraph, as a
 *     PDF prints them at the bottom of the page.
 * Every part is read within CG_MAX_DOCUMENT bytes and within a ratio of
 * its compressed size (zip bombs); the body is streamed a paragraph or a
 * table at a time, so memory follows the largest of them. */
#include <libxml/xmlreader.h>
#include <limits.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "read.h"
#include "util.h"

/* A part may grow to this many times its compressed size (XML compresses
 * well: Word's parts reach 20 to 40; zip bombs a thousand and more), and
 * always to 1 MiB. */
#define MAX_RATIO 200
#define ALWAYS_OK ((size_t)1 << 20)
#define MAX_FIELDS 16
/* A paragraph wider than that is not a line of a page. */
#define LINE_COLUMNS 120
#define MAX_DEPTH 200

const char *const cg_docx_part_names[CG_DOCX_PARTS] = {
    "word/document.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/_rels/document.xml.rels",
    "word/_rels/footnotes.xml.rels",
    "word/_rels/endnotes.xml.rels",
};

int cg_looks_zip(const char *s, size_t n)
{
    return n >= 4 && memcmp(s, "PK\x03\x04", 4) == 0;
}

/* ---- the walker ------------------------------------------------------- */

typedef struct field {
    cg_buf instr;
    int separated; /* past its instruction: what follows is its result, shown */
} field;

typedef struct note {
    char *id;
    char *text;
} note;

typedef struct D {
    cg_buf *out;    /* where text goes: the body, or a note being read */
    cg_buf body;
    int in_cell;
    /* link targets of the part being read: Id -> index in targets */
    cg_map rels;
    cg_vec targets;
    /* complex fields (fldChar begin / separate / end), innermost last */
    field fields[MAX_FIELDS];
    int nfields, lost_fields;
    /* notes referenced by the body, in order: their ids (the number shown
     * is the position + 1) */
    cg_vec foot_refs, end_refs;
    cg_map foot_seen, end_seen;
    note *notes; /* the text of the note being numbered k, per kind */
    size_t nnotes; /* how many: the references found before the notes were
                    * read (a note may name another; that one is not shown) */
    const char *number; /* the number of the note being read, for w:footnoteRef */
    int too_large;
    int in_note;        /* a note is being read */
    int depth_p;        /* paragraphs open (a text box's paragraph inside a paragraph) */
    /* the body's paragraphs (outside tables and text boxes): where each
     * ends, for the choice between paragraphs and lines */
    size_t *pend;
    size_t npend, pend_cap;
    size_t p_empty, p_text, p_long;
} D;

static int ends_with_ns(const xmlNode *n, const char *a, const char *b)
{
    if (!n->ns || !n->ns->href)
        return 0;
    const char *h = (const char *)n->ns->href;
    size_t l = strlen(h), la = strlen(a), lb = strlen(b);
    return (l >= la && strcmp(h + l - la, a) == 0) || (l >= lb && strcmp(h + l - lb, b) == 0);
}

/* WordprocessingML, transitional or strict. */
static int is_w(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && ends_with_ns(n, "/wordprocessingml/2006/main", "/ooxml/wordprocessingml/main");
}

/* Markup compatibility (mc:AlternateContent). */
static int is_mc(const xmlNode *n)
{
    return n->type == XML_ELEMENT_NODE && ends_with_ns(n, "/markup-compatibility/2006", "/markup-compatibility/2006");
}

static int named(const xmlNode *n, const char *name)
{
    return n->name && strcmp((const char *)n->name, name) == 0;
}

/* An attribute by local name, in a WordprocessingML namespace (w:id,
 * w:type) or, with `rel`, the relationships namespace (r:id). */
static const char *attr(const xmlNode *n, const char *name, int rel)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name || strcmp((const char *)a->name, name) != 0 || !a->ns || !a->ns->href)
            continue;
        const char *h = (const char *)a->ns->href;
        int ok = rel ? strstr(h, "relationships") != NULL : strstr(h, "wordprocessingml") != NULL;
        if (ok && a->children && a->children->type == XML_TEXT_NODE)
            return (const char *)a->children->content;
    }
    return NULL;
}

static void put(D *d, const char *s, size_t n)
{
    if (d->too_large)
        return;
    if (d->out->len + n > CG_MAX_DOCUMENT) {
        d->too_large = 1;
        return;
    }
    cg_buf_add(d->out, s, n);
}

static void line_break(D *d)
{
    if (d->out->len && d->out->s[d->out->len - 1] != '\n')
        put(d, "\n", 1);
}

static void para_break(D *d)
{
    line_break(d);
    size_t n = d->out->len;
    if (n && !(n >= 2 && d->out->s[n - 2] == '\n'))
        put(d, "\n", 1);
}

/* Text as shown: white space and control characters as spaces. */
/* The display width of s[0..n) in columns (a CJK character is two),
 * spaces and a link line not counted. */
static size_t width(const char *s, size_t n)
{
    size_t w = 0, i = 0, lead = 1;
    while (i < n) {
        uint32_t cp;
        size_t l = cg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!l)
            l = 1, cp = 0xFFFD;
        if (cp == '\n') {
            /* a link annotation on the lines after the text is no width */
            break;
        }
        if (cp == ' ' && lead) {
            i += l;
            continue;
        }
        lead = 0;
        w += cg_is_cjk(cp) ? 2 : 1;
        i += l;
    }
    return w;
}

static void put_text(D *d, const char *s)
{
    for (const char *p = s; *p;) {
        const char *q = p;
        while (*q && (unsigned char)*q >= 0x20)
            q++;
        put(d, p, (size_t)(q - p));
        if (!*q)
            break;
        put(d, " ", 1);
        p = q + 1;
    }
}

/* Text is shown unless a field's instruction is being read. */
static int showing(const D *d)
{
    for (int k = 0; k < d->nfields; k++)
        if (!d->fields[k].separated)
            return 0;
    return 1;
}

static int keep_link(const char *u)
{
    if (!u || !(cg_strncaseeq(u, "http://", 7) || cg_strncaseeq(u, "https://", 8) ||
                cg_strncaseeq(u, "www.", 4)))
        return 0;
    size_t n = 0;
    for (const char *c = u; *c; c++, n++)
        if ((unsigned char)*c <= ' ' || (unsigned char)*c >= 0x7F)
            return 0; /* the reader takes a link annotation as printable ASCII */
    return n <= 4096;
}

/* A link target on a line of its own, after the text of the link. */
static void put_link(D *d, const char *url)
{
    if (!keep_link(url))
        return;
    line_break(d);
    put(d, url, strlen(url));
    put(d, "\n", 1);
}

/* The URL of a HYPERLINK field instruction (` HYPERLINK "https://…" \o
 * "tip"`), into buf; NULL for a link inside the document (\l). */
static const char *field_url(const char *instr, char *buf, size_t cap)
{
    const char *p = instr;
    while (*p == ' ')
        p++;
    if (!cg_strncaseeq(p, "HYPERLINK", 9) || (p[9] != ' ' && p[9] != '\0'))
        return NULL;
    p += 9;
    for (;;) {
        while (*p == ' ')
            p++;
        if (!*p)
            return NULL;
        if (*p == '\\') {
            char sw = p[1];
            p += p[1] ? 2 : 1;
            if (sw == 'l')
                return NULL;
            if (sw == 'o' || sw == 't' || sw == 'm') {
                /* a switch with an argument: skip it */
                while (*p == ' ')
                    p++;
                if (*p == '"') {
                    const char *e = strchr(p + 1, '"');
                    p = e ? e + 1 : p + strlen(p);
                } else {
                    while (*p && *p != ' ')
                        p++;
                }
            }
            continue;
        }
        const char *a = p, *e;
        if (*p == '"') {
            a = p + 1;
            e = strchr(a, '"');
            if (!e)
                e = a + strlen(a);
        } else {
            e = a;
            while (*e && *e != ' ')
                e++;
        }
        size_t l = (size_t)(e - a);
        if (l == 0 || l >= cap)
            return NULL;
        memcpy(buf, a, l);
        buf[l] = '\0';
        return buf;
    }
}

static void note_ref(D *d, const xmlNode *n, int foot)
{
    const char *id = attr(n, "id", 0);
    if (!id)
        return;
    cg_map *seen = foot ? &d->foot_seen : &d->end_seen;
    if (cg_map_get(seen, id, NULL))
        return;
    cg_vec *refs = foot ? &d->foot_refs : &d->end_refs;
    cg_map_put(seen, id, refs->n);
    cg_vec_push(refs, cg_xstrdup(id));
}

static void walk(D *d, const xmlNode *n, int depth);

static void walk_children(D *d, const xmlNode *n, int depth)
{
    if (depth > MAX_DEPTH)
        return; /* nesting no document has: the rest is noise */
    for (const xmlNode *c = n->children; c && !d->too_large; c = c->next)
        walk(d, c, depth + 1);
}

static void walk(D *d, const xmlNode *n, int depth)
{
    if (n->type != XML_ELEMENT_NODE)
        return;
    if (is_mc(n)) {
        /* mc:AlternateContent: the first choice, never the fallback copy */
        if (named(n, "AlternateContent")) {
            for (const xmlNode *c = n->children; c; c = c->next)
                if (c->type == XML_ELEMENT_NODE && is_mc(c) && named(c, "Choice")) {
                    walk_children(d, c, depth + 1);
                    return;
                }
            for (const xmlNode *c = n->children; c; c = c->next)
                if (c->type == XML_ELEMENT_NODE && is_mc(c) && named(c, "Fallback")) {
                    walk_children(d, c, depth + 1);
                    return;
                }
        }
        return;
    }
    if (!is_w(n)) {
        /* drawings, VML and the like: their text boxes hold paragraphs */
        walk_children(d, n, depth);
        return;
    }
    const char *name = (const char *)n->name;
    if (!name)
        return;
    switch (name[0]) {
    case 'p':
        if (!strcmp(name, "p")) {
            /* a paragraph on lines of its own; the body's, outside tables
             * and text boxes, are counted for the choice between
             * paragraphs and lines (cg_docx_parts_text) */
            int top = !d->in_cell && !d->in_note && !d->depth_p;
            if (!d->in_cell && !top)
                para_break(d);
            else
                line_break(d);
            size_t at = d->out->len;
            d->depth_p++;
            walk_children(d, n, depth);
            d->depth_p--;
            if (top) {
                size_t w = width(d->out->s ? d->out->s + at : "", d->out->len - at);
                if (w == 0) {
                    put(d, "\n", 1); /* an empty paragraph: an empty line */
                    d->p_empty++;
                } else {
                    line_break(d);
                    d->p_text++;
                    d->p_long += w > LINE_COLUMNS;
                }
                if (d->npend == d->pend_cap)
                    d->pend = cg_xrealloc(d->pend, (d->pend_cap = d->pend_cap ? d->pend_cap * 2 : 64) * sizeof *d->pend);
                d->pend[d->npend++] = d->out->len;
            } else {
                line_break(d);
            }
            return;
        }
        if (!strcmp(name, "pPr"))
            return;
        if (!strcmp(name, "ptab")) {
            put(d, " ", 1);
            return;
        }
        break;
    case 'r':
        if (!strcmp(name, "rPr"))
            return;
        break;
    case 't':
        if (!strcmp(name, "t")) {
            if (showing(d)) {
                xmlChar *t = xmlNodeGetContent(n);
                if (t)
                    put_text(d, (const char *)t);
                xmlFree(t);
            }
            return;
        }
        if (!strcmp(name, "tab")) {
            if (showing(d))
                put(d, " ", 1);
            return;
        }
        if (!strcmp(name, "tbl")) {
            para_break(d);
            walk_children(d, n, depth);
            para_break(d);
            return;
        }
        if (!strcmp(name, "tr")) {
            walk_children(d, n, depth);
            para_break(d);
            return;
        }
        if (!strcmp(name, "tc")) {
            d->in_cell++;
            line_break(d);
            walk_children(d, n, depth);
            line_break(d);
            d->in_cell--;
            return;
        }
        if (!strcmp(name, "tblPr") || !strcmp(name, "trPr") || !strcmp(name, "tcPr") ||
            !strcmp(name, "tblGrid"))
            return;
        break;
    case 'b':
        if (!strcmp(name, "br")) {
            if (showing(d))
                put(d, "\n", 1);
            return;
        }
        break;
    case 'c':
        if (!strcmp(name, "cr")) {
            if (showing(d))
                put(d, "\n", 1);
            return;
        }
        break;
    case 'n':
        if (!strcmp(name, "noBreakHyphen")) {
            if (showing(d))
                put(d, "-", 1);
            return;
        }
        break;
    case 'd':
        if (!strcmp(name, "del") || !strcmp(name, "delText"))
            return; /* deleted (tracked changes) */
        break;
    case 'm':
        if (!strcmp(name, "moveFrom"))
            return;
        break;
    case 'i':
        if (!strcmp(name, "instrText")) {
            if (d->nfields && !d->fields[d->nfields - 1].separated) {
                xmlChar *t = xmlNodeGetContent(n);
                if (t && d->fields[d->nfields - 1].instr.len < 8192)
                    cg_buf_puts(&d->fields[d->nfields - 1].instr, (const char *)t);
                xmlFree(t);
            }
            return;
        }
        break;
    case 'f':
        if (!strcmp(name, "fldChar")) {
            const char *type = attr(n, "fldCharType", 0);
            if (!type)
                return;
            if (!strcmp(type, "begin")) {
                if (d->nfields < MAX_FIELDS) {
                    memset(&d->fields[d->nfields], 0, sizeof d->fields[0]);
                    d->nfields++;
                } else {
                    d->lost_fields++;
                }
            } else if (!strcmp(type, "separate")) {
                if (d->nfields && !d->lost_fields)
                    d->fields[d->nfields - 1].separated = 1;
            } else if (!strcmp(type, "end")) {
                if (d->lost_fields) {
                    d->lost_fields--;
                } else if (d->nfields) {
                    field *f = &d->fields[--d->nfields];
                    char url[4097];
                    const char *u = f->instr.s ? field_url(f->instr.s, url, sizeof url) : NULL;
                    cg_buf_free(&f->instr);
                    if (u && showing(d))
                        put_link(d, u);
                }
            }
            return;
        }
        if (!strcmp(name, "fldSimple")) {
            walk_children(d, n, depth);
            const char *instr = attr(n, "instr", 0);
            char url[4097];
            const char *u = instr ? field_url(instr, url, sizeof url) : NULL;
            if (u && showing(d))
                put_link(d, u);
            return;
        }
        if (!strcmp(name, "footnoteReference")) {
            note_ref(d, n, 1);
            return;
        }
        if (!strcmp(name, "footnoteRef")) {
            if (d->number)
                put(d, d->number, strlen(d->number));
            return;
        }
        break;
    case 'e':
        if (!strcmp(name, "endnoteReference")) {
            note_ref(d, n, 0);
            return;
        }
        if (!strcmp(name, "endnoteRef")) {
            if (d->number)
                put(d, d->number, strlen(d->number));
            return;
        }
        break;
    case 'h':
        if (!strcmp(name, "hyperlink")) {
            walk_children(d, n, depth);
            const char *rid = attr(n, "id", 1);
            size_t k;
            if (rid && cg_map_get(&d->rels, rid, &k) && showing(d))
                put_link(d, d->targets.v[k]);
            return;
        }
        break;
    case 's':
        if (!strcmp(name, "sectPr") || !strcmp(name, "sdtPr") || !strcmp(name, "sdtEndPr"))
            return;
        break;
    default:
        break;
    }
    /* body, runs, insertions, content controls, smart tags, text boxes ... */
    walk_children(d, n, depth);
}

/* ---- the parts -------------------------------------------------------- */

typedef struct perr {
    int line;
    int set;
} perr;

static void on_xml_error(void *arg, xmlErrorPtr e)
{
    perr *pe = arg;
    if (!pe->set && e && e->level >= XML_ERR_ERROR) {
        pe->line = e->line;
        pe->set = 1;
    }
}

/* A DTD (and with it, entities) in a part: Word never writes one. */
static int has_dtd(const char *s, size_t n)
{
    static const char u16le[] = "<\0!\0D\0O\0C\0T\0Y\0P\0E\0";
    static const char u16be[] = "\0<\0!\0D\0O\0C\0T\0Y\0P\0E";
    return cg_memmem(s, n, "<!DOCTYPE", 9) || cg_memmem(s, n, u16le, 18) ||
           cg_memmem(s, n, u16be, 18) || cg_memmem(s, n, "<!ENTITY", 8);
}

static cg_status damaged_xml(const char *name, const char *part, int line, cg_error *err)
{
    if (line > 0)
        cg_error_set(err, name, 0, 0,
                     "damaged Word document (.docx): %s is not well-formed XML (its line %d): not "
                     "read; open it in Word or LibreOffice and save it again",
                     part, line);
    else
        cg_error_set(err, name, 0, 0,
                     "damaged Word document (.docx): %s is not well-formed XML: not read; open it "
                     "in Word or LibreOffice and save it again",
                     part);
    return CG_ERR_INPUT;
}

static xmlTextReaderPtr open_part(const char *name, const char *part, const char *s, size_t n,
                                  perr *pe, cg_error *err)
{
    if (has_dtd(s, n)) {
        cg_error_set(err, name, 0, 0,
                     "Word document (.docx) whose %s declares a DTD (Word never writes one): not read",
                     part);
        return NULL;
    }
    if (n > INT_MAX) {
        cg_error_set(err, name, 0, 0, "%s larger than 2 GiB: not read", part);
        return NULL;
    }
    xmlTextReaderPtr r = xmlReaderForMemory(s, (int)n, part, NULL,
                                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!r) {
        damaged_xml(name, part, 0, err);
        return NULL;
    }
    xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, pe);
    return r;
}

/* The relationships of a part: hyperlink targets by Id. */
static cg_status read_rels(D *d, const char *name, const char *part, const char *s, size_t n,
                           cg_error *err)
{
    cg_map_free(&d->rels);
    cg_vec_free(&d->targets, cg_free);
    if (!s)
        return CG_OK;
    perr pe = {0, 0};
    xmlTextReaderPtr r = open_part(name, part, s, n, &pe, err);
    if (!r)
        return CG_ERR_INPUT;
    int ret;
    while ((ret = xmlTextReaderRead(r)) == 1) {
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
            ret = -2;
            break;
        }
        if (type != XML_READER_TYPE_ELEMENT)
            continue;
        const xmlChar *ln = xmlTextReaderConstLocalName(r);
        if (!ln || strcmp((const char *)ln, "Relationship") != 0)
            continue;
        xmlChar *id = xmlTextReaderGetAttribute(r, BAD_CAST "Id");
        xmlChar *target = xmlTextReaderGetAttribute(r, BAD_CAST "Target");
        xmlChar *type_ = xmlTextReaderGetAttribute(r, BAD_CAST "Type");
        if (id && target && type_ && strstr((const char *)type_, "/hyperlink") &&
            !cg_map_get(&d->rels, (const char *)id, NULL)) {
            cg_map_put(&d->rels, (const char *)id, d->targets.n);
            cg_vec_push(&d->targets, cg_xstrdup((const char *)target));
        }
        xmlFree(id);
        xmlFree(target);
        xmlFree(type_);
    }
    xmlFreeTextReader(r);
    if (ret == -2) {
        cg_error_set(err, name, 0, 0,
                     "Word document (.docx) whose %s declares a DTD (Word never writes one): not read",
                     part);
        return CG_ERR_INPUT;
    }
    /* a damaged relationship part loses links, not text: what was read is kept */
    return CG_OK;
}

/* The body (notes = 0) or the notes of one kind (1 footnotes, 2 endnotes),
 * streamed: each child of w:body, or each w:footnote, is expanded and
 * walked, then let go. */
static cg_status read_part(D *d, const char *name, const char *part, const char *s, size_t n,
                           int notes, cg_error *err)
{
    perr pe = {0, 0};
    xmlTextReaderPtr r = open_part(name, part, s, n, &pe, err);
    if (!r)
        return CG_ERR_INPUT;
    cg_map *seen = notes == 1 ? &d->foot_seen : &d->end_seen;
    int ret = xmlTextReaderRead(r), dtd = 0, body = 0;
    while (ret == 1 && !d->too_large) {
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
            dtd = 1;
            break;
        }
        xmlNodePtr cur = type == XML_READER_TYPE_ELEMENT ? xmlTextReaderCurrentNode(r) : NULL;
        const xmlNode *par = cur ? cur->parent : NULL;
        int unit = cur && par && par->type == XML_ELEMENT_NODE && is_w(par) &&
                   (notes ? named(par, notes == 1 ? "footnotes" : "endnotes") : named(par, "body"));
        if (!unit) {
            if (cur && is_w(cur) && named(cur, "body"))
                body = 1;
            ret = xmlTextReaderRead(r);
            continue;
        }
        xmlNodePtr e = xmlTextReaderExpand(r);
        if (!e) {
            ret = -1;
            break;
        }
        if (!notes) {
            walk(d, e, 0);
        } else if (is_w(e) && named(e, notes == 1 ? "footnote" : "endnote")) {
            /* separators and continuation notices are no notes; a note no
             * reference names is not shown */
            const char *t = attr(e, "type", 0), *id = attr(e, "id", 0);
            size_t k;
            if ((!t || !strcmp(t, "normal")) && id && cg_map_get(seen, id, &k) && k < d->nnotes &&
                !d->notes[k].text) {
                cg_buf nb = {0};
                char num[24];
                snprintf(num, sizeof num, "%zu", k + 1);
                d->out = &nb;
                d->number = num;
                d->in_note = 1;
                walk_children(d, e, 0);
                d->in_note = 0;
                d->out = &d->body;
                d->number = NULL;
                d->notes[k].text = nb.s ? cg_buf_take(&nb) : cg_xstrdup("");
            }
        }
        ret = xmlTextReaderNext(r);
    }
    xmlFreeTextReader(r);
    if (dtd) {
        cg_error_set(err, name, 0, 0,
                     "Word document (.docx) whose %s declares a DTD (Word never writes one): not read",
                     part);
        return CG_ERR_INPUT;
    }
    if (ret < 0 && !d->too_large)
        return damaged_xml(name, part, pe.line, err);
    if (!notes && !body) {
        cg_error_set(err, name, 0, 0,
                     "damaged Word document (.docx): %s has no body: not read; open it in Word or "
                     "LibreOffice and save it again",
                     part);
        return CG_ERR_INPUT;
    }
    return CG_OK;
}

/* A body whose paragraphs are the lines of a plain text (a .txt opened
 * and saved as .docx: a paragraph per line, blank lines as empty
 * paragraphs, none wider than a page) keeps them as lines, as the text
 * had them; any other has its paragraphs separated by blank lines. */
static int holds_lines(const D *d)
{
    size_t all = d->p_empty + d->p_text;
    return d->p_text >= 4 && d->p_empty * 10 >= all && d->p_long * 10 <= d->p_text;
}

/* Paragraphs: a blank line after each of the body's paragraphs, empty
 * ones and runs of blank lines folded into one. */
static void as_paragraphs(D *d)
{
    cg_buf b = {0};
    const char *s = d->body.s ? d->body.s : "";
    size_t n = d->body.len, k = 0;
    for (size_t i = 0; i < n; i++) {
        int nl = s[i] == '\n';
        if (nl && b.len >= 2 && b.s[b.len - 1] == '\n' && b.s[b.len - 2] == '\n')
            ; /* a third newline */
        else if (!(nl && b.len == 0))
            cg_buf_putc(&b, s[i]);
        while (k < d->npend && d->pend[k] <= i + 1) {
            if (d->pend[k] == i + 1 && b.len && !(b.len >= 2 && b.s[b.len - 2] == '\n'))
                cg_buf_putc(&b, '\n');
            k++;
        }
    }
    cg_buf_free(&d->body);
    d->body = b;
}

static void free_walker(D *d)
{
    cg_free(d->pend);
    cg_buf_free(&d->body);
    cg_map_free(&d->rels);
    cg_vec_free(&d->targets, cg_free);
    for (int k = 0; k < d->nfields; k++)
        cg_buf_free(&d->fields[k].instr);
    cg_vec_free(&d->foot_refs, cg_free);
    cg_vec_free(&d->end_refs, cg_free);
    cg_map_free(&d->foot_seen);
    cg_map_free(&d->end_seen);
}

/* The notes of one kind, read from their part, after the body. */
static cg_status put_notes(D *d, const char *name, const char *const part[], const size_t len[],
                           int kind, cg_error *err)
{
    cg_vec *refs = kind == 1 ? &d->foot_refs : &d->end_refs;
    int p = kind == 1 ? CG_DOCX_FOOTNOTES : CG_DOCX_ENDNOTES;
    if (!refs->n || !part[p])
        return CG_OK;
    cg_status st = read_rels(d, name, cg_docx_part_names[p + 3], part[p + 3], len[p + 3], err);
    size_t n = refs->n;
    d->notes = cg_xcalloc(n, sizeof *d->notes);
    d->nnotes = n;
    if (st == CG_OK)
        st = read_part(d, name, cg_docx_part_names[p], part[p], len[p], kind, err);
    if (st == CG_OK) {
        /* a footnote rule, then each note a paragraph */
        para_break(d);
        put(d, "__________________\n", 19);
        for (size_t k = 0; k < n; k++) {
            if (!d->notes[k].text)
                continue;
            para_break(d);
            put(d, d->notes[k].text, strlen(d->notes[k].text));
            line_break(d);
        }
    }
    for (size_t k = 0; k < n; k++)
        cg_free(d->notes[k].text);
    cg_free(d->notes);
    d->notes = NULL;
    d->nnotes = 0;
    return st;
}

/* 1 when the text has nothing but white space (the rule lines of notes
 * alone do not count as text either). */
static int blank_text(const cg_buf *b)
{
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->s[i];
        if (c != ' ' && c != '\n' && c != '_')
            return 0;
    }
    return 1;
}

cg_status cg_docx_parts_text(const char *name, const char *const part[CG_DOCX_PARTS],
                             const size_t len[CG_DOCX_PARTS], cg_extracted *out, cg_error *err)
{
    memset(out, 0, sizeof *out);
    if (!part[CG_DOCX_DOCUMENT]) {
        cg_error_set(err, name, 0, 0,
                     "a ZIP archive that is not a Word document (no word/document.xml): not read");
        return CG_ERR_INPUT;
    }
    D d;
    memset(&d, 0, sizeof d);
    d.out = &d.body;
    cg_status st = read_rels(&d, name, cg_docx_part_names[CG_DOCX_DOCUMENT_RELS],
                             part[CG_DOCX_DOCUMENT_RELS], len[CG_DOCX_DOCUMENT_RELS], err);
    if (st == CG_OK)
        st = read_part(&d, name, cg_docx_part_names[CG_DOCX_DOCUMENT], part[CG_DOCX_DOCUMENT],
                       len[CG_DOCX_DOCUMENT], 0, err);
    /* fields left open at the end of the body are closed with it */
    for (int k = 0; k < d.nfields; k++)
        cg_buf_free(&d.fields[k].instr);
    d.nfields = d.lost_fields = 0;
    int lines = holds_lines(&d);
    if (st == CG_OK && !lines)
        as_paragraphs(&d);
    if (st == CG_OK)
        st = put_notes(&d, name, part, len, 1, err);
    if (st == CG_OK)
        st = put_notes(&d, name, part, len, 2, err);
    if (st == CG_OK && d.too_large) {
        cg_error_set(err, name, 0, 0, "Word document with more than %zu MiB of text: not a letter",
                     (size_t)CG_MAX_DOCUMENT >> 20);
        st = CG_ERR_INPUT;
    }
    if (st == CG_OK && blank_text(&d.body)) {
        cg_error_set(err, name, 0, 0, "a Word document without text: nothing to read");
        st = CG_ERR_INPUT;
    }
    if (st == CG_OK) {
        out->len = d.body.len;
        out->text = d.body.s ? cg_buf_take(&d.body) : cg_xstrdup("");
        out->paragraphs = !lines;
    }
    free_walker(&d);
    return st;
}

/* ---- the archive ------------------------------------------------------ */

/* libzip and what it brings (libcrypto, libbz2) are opened with dlopen the
 * first time a .docx is read, not at start-up, as poppler is for PDF
 * (read_pdf.c): a build of text letters does not pay for loading them.
 * Each function is looked up once, with the type its header gives it. */
#define ZIP_FUNCS(X)                                                                      \
    X(zip_discard) X(zip_error_code_zip) X(zip_error_fini) X(zip_error_init) X(zip_fclose) \
    X(zip_file_get_error) X(zip_fopen_index) X(zip_fread) X(zip_get_error)                 \
    X(zip_name_locate) X(zip_open_from_source) X(zip_source_buffer_create)                 \
    X(zip_source_free) X(zip_stat_index) X(zip_stat_init)

#define ZIP_FIELD(f) __typeof__(&f) f;
typedef struct zip_table {
    ZIP_FUNCS(ZIP_FIELD)
} zip_table;
#undef ZIP_FIELD
static zip_table zl;
#define ZIP_NAME(f) #f,
#define ZIP_OFFSET(f) offsetof(zip_table, f),
static const char *const zl_names[] = {ZIP_FUNCS(ZIP_NAME)};
static const size_t zl_offsets[] = {ZIP_FUNCS(ZIP_OFFSET)};
#undef ZIP_NAME
#undef ZIP_OFFSET
static char zip_problem[256]; /* why libzip could not be loaded; "" once it is */
static pthread_once_t zip_once = PTHREAD_ONCE_INIT;

static void zip_load(void)
{
    cg_dl_open(CG_LIBZIP_SONAME, zl_names, zl_offsets, sizeof zl_offsets / sizeof *zl_offsets, &zl,
               zip_problem, sizeof zip_problem);
}


static const char *zip_reason(int code)
{
    switch (code) {
    case ZIP_ER_CRC:
        return "a part fails its checksum";
    case ZIP_ER_COMPNOTSUPP:
        return "a part is compressed with a method citegraph cannot read";
    case ZIP_ER_ZLIB:
#ifdef ZIP_ER_COMPRESSED_DATA
    case ZIP_ER_COMPRESSED_DATA:
#endif
        return "a part's compressed data is damaged";
    case ZIP_ER_NOZIP:
        return "not a readable ZIP archive (truncated?)";
    case ZIP_ER_MULTIDISK:
        return "a ZIP archive split over several files";
    default:
        return "the ZIP archive is truncated or inconsistent";
    }
}

static cg_status damaged_zip(const char *name, int code, cg_error *err)
{
    cg_error_set(err, name, 0, 0,
                 "damaged Word document (.docx): %s: not read; open it in Word or LibreOffice and "
                 "save it again",
                 zip_reason(code));
    return CG_ERR_INPUT;
}

/* One part into memory (NULL when absent), within the limits. */
static cg_status read_entry(zip_t *za, const char *name, const char *pname, size_t *budget,
                            char **data, size_t *dlen, cg_error *err)
{
    *data = NULL;
    *dlen = 0;
    zip_int64_t idx = zl.zip_name_locate(za, pname, ZIP_FL_NOCASE);
    if (idx < 0)
        return CG_OK;
    zip_stat_t zs;
    zl.zip_stat_init(&zs);
    if (zl.zip_stat_index(za, (zip_uint64_t)idx, 0, &zs) != 0)
        return damaged_zip(name, zl.zip_error_code_zip(zl.zip_get_error(za)), err);
    if ((zs.valid & ZIP_STAT_ENCRYPTION_METHOD) && zs.encryption_method != ZIP_EM_NONE) {
        cg_error_set(err, name, 0, 0,
                     "password-protected Word document (.docx): not read; save a copy without the "
                     "password (as .docx or PDF) first");
        return CG_ERR_INPUT;
    }
    size_t comp = (zs.valid & ZIP_STAT_COMP_SIZE) ? (size_t)zs.comp_size : 0;
    size_t limit = comp > *budget / MAX_RATIO ? *budget : comp * MAX_RATIO;
    if (limit < ALWAYS_OK)
        limit = ALWAYS_OK < *budget ? ALWAYS_OK : *budget;
    if ((zs.valid & ZIP_STAT_SIZE) && zs.size > limit)
        goto bomb;
    zip_file_t *zf = zl.zip_fopen_index(za, (zip_uint64_t)idx, 0);
    if (!zf)
        return damaged_zip(name, zl.zip_error_code_zip(zl.zip_get_error(za)), err);
    cg_buf b = {0};
    char chunk[65536];
    for (;;) {
        zip_int64_t r = zl.zip_fread(zf, chunk, sizeof chunk);
        if (r < 0) {
            int code = zl.zip_error_code_zip(zl.zip_file_get_error(zf));
            zl.zip_fclose(zf);
            cg_buf_free(&b);
            return damaged_zip(name, code, err);
        }
        if (r == 0)
            break;
        if (b.len + (size_t)r > limit) {
            zl.zip_fclose(zf);
            cg_buf_free(&b);
            goto bomb;
        }
        cg_buf_add(&b, chunk, (size_t)r);
    }
    zl.zip_fclose(zf);
    *budget -= b.len;
    *dlen = b.len;
    *data = b.s ? cg_buf_take(&b) : cg_xstrdup("");
    return CG_OK;
bomb:
    if (limit >= *budget)
        cg_error_set(err, name, 0, 0,
                     "Word document (.docx) whose %s expands to more than %zu MiB: not read",
                     pname, (size_t)CG_MAX_DOCUMENT >> 20);
    else
        cg_error_set(err, name, 0, 0,
                     "Word document (.docx) whose %s expands to more than %d times its compressed "
                     "size (a ZIP bomb?): not read",
                     pname, MAX_RATIO);
    return CG_ERR_INPUT;
}

/* What a ZIP that is not a Word document is, in the user's terms. */
static void not_word(zip_t *za, const char *name, cg_error *err)
{
    char mt[80] = "";
    zip_int64_t idx = zl.zip_name_locate(za, "mimetype", 0);
    if (idx >= 0) {
        zip_file_t *zf = zl.zip_fopen_index(za, (zip_uint64_t)idx, 0);
        if (zf) {
            zip_int64_t r = zl.zip_fread(zf, mt, sizeof mt - 1);
            mt[r > 0 ? r : 0] = '\0';
            zl.zip_fclose(zf);
        }
    }
    if (strncmp(mt, "application/vnd.oasis.opendocument.text", 39) == 0)
        cg_error_set(err, name, 0, 0,
                     "an OpenDocument text (.odt), not a Word document: not read; save it as .docx or PDF");
    else if (zl.zip_name_locate(za, "xl/workbook.xml", 0) >= 0)
        cg_error_set(err, name, 0, 0, "an Excel workbook (.xlsx), not a letter: not read");
    else if (zl.zip_name_locate(za, "ppt/presentation.xml", 0) >= 0)
        cg_error_set(err, name, 0, 0, "a PowerPoint presentation (.pptx), not a letter: not read");
    else
        cg_error_set(err, name, 0, 0,
                     "a ZIP archive that is not a Word document (no word/document.xml): not read; "
                     "unpack it, or save the letter as .docx or PDF");
}

cg_status cg_docx_text(const char *name, const char *data, size_t n, cg_extracted *out,
                       cg_error *err)
{
    memset(out, 0, sizeof *out);
    pthread_once(&zip_once, zip_load);
    if (zip_problem[0]) {
        cg_error_set(err, name, 0, 0,
                     "a Word document (.docx), and libzip cannot be loaded (%s): not read; "
                     "install it (apt install libzip4), or save the letter as text or PDF",
                     zip_problem);
        return CG_ERR_INPUT;
    }
    zip_error_t ze;
    zl.zip_error_init(&ze);
    zip_source_t *src = zl.zip_source_buffer_create(data, n, 0, &ze);
    if (!src) {
        zl.zip_error_fini(&ze);
        return damaged_zip(name, ZIP_ER_INCONS, err);
    }
    zip_t *za = zl.zip_open_from_source(src, ZIP_RDONLY, &ze);
    if (!za) {
        int code = zl.zip_error_code_zip(&ze);
        zl.zip_source_free(src);
        zl.zip_error_fini(&ze);
        return damaged_zip(name, code, err);
    }
    zl.zip_error_fini(&ze);
    cg_status st = CG_OK;
    char *part[CG_DOCX_PARTS] = {0};
    size_t len[CG_DOCX_PARTS] = {0};
    size_t budget = CG_MAX_DOCUMENT;
    if (zl.zip_name_locate(za, cg_docx_part_names[CG_DOCX_DOCUMENT], ZIP_FL_NOCASE) < 0) {
        not_word(za, name, err);
        st = CG_ERR_INPUT;
    }
    for (int k = 0; k < CG_DOCX_PARTS && st == CG_OK; k++)
        st = read_entry(za, name, cg_docx_part_names[k], &budget, &part[k], &len[k], err);
    zl.zip_discard(za); /* frees the source too */
    if (st == CG_OK)
        st = cg_docx_parts_text(name, (const char *const *)part, len, out, err);
    for (int k = 0; k < CG_DOCX_PARTS; k++)
        cg_free(part[k]);
    return st;
}
