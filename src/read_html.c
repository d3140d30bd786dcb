/* read_html.c: the text of an HTML document (saved from the UN's document
 * system or from Word), with libxml2's HTML parser: no network, no
 * external entities, errors recovered.  Paragraphs, list items, table rows
 * and footnotes become paragraphs; scripts, styles and the head are
 * dropped; a link to a document is written after its text on a line of
 * its own, where the reader counts it as a link annotation: the reference
 * is found whether the text names it or only the link does.  Every byte of
 * the text knows where in the page it came from. */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "read.h"
#include "util.h"

int cg_looks_html(const char *name, const char *s, size_t n)
{
    const char *dot = name ? strrchr(name, '.') : NULL;
    if (dot && (cg_strncaseeq(dot, ".html", 6) || cg_strncaseeq(dot, ".htm", 5) ||
                cg_strncaseeq(dot, ".xhtml", 7)))
        return 1;
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return (n - i >= 9 && cg_strncaseeq(s + i, "<!doctype", 9)) ||
           (n - i >= 5 && cg_strncaseeq(s + i, "<html", 5)) ||
           (n - i >= 5 && cg_strncaseeq(s + i, "<?xml", 5) && n - i > 200 &&
            cg_memmem(s + i, 200 < n - i ? 200 : n - i, "html", 4));
}

typedef struct H {
    const char *src;
    size_t n;
    size_t *line_start; /* offsets of line starts in src */
    size_t nlines;
    cg_buf out;
    size_t *map;
    size_t cap;
    size_t search; /* where to look for the next text in src */
} H;

static void emit(H *h, const char *s, size_t l, size_t orig, int exact)
{
    if (h->out.len + l + 1 > h->cap) {
        h->cap = (h->out.len + l + 1) * 2;
        h->map = cg_xrealloc(h->map, h->cap * sizeof *h->map);
    }
    for (size_t k = 0; k < l; k++)
        h->map[h->out.len + k] = exact ? orig + k : orig;
    cg_buf_add(&h->out, s, l);
}

static void para(H *h, size_t orig)
{
    size_t n = h->out.len;
    if (n == 0 || (n >= 2 && h->out.s[n - 1] == '\n' && h->out.s[n - 2] == '\n'))
        return;
    emit(h, "\n\n", 2, orig, 0);
}

static size_t line_offset(const H *h, long line)
{
    if (line < 1)
        return 0;
    if ((size_t)line > h->nlines)
        return h->n;
    return h->line_start[line - 1];
}

static int is_block(const char *name)
{
    static const char *const blocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                                         "tr", "table", "section", "article", "blockquote", "hr",
                                         "dd", "dt", "dl", "ul", "ol", "pre", "footer", "header",
                                         "aside", "nav", "main", "center", "address", "caption",
                                         "figure", "figcaption", "body", NULL};
    for (int k = 0; blocks[k]; k++)
        if (strcmp(name, blocks[k]) == 0)
            return 1;
    return 0;
}

static int skipped(const char *name)
{
    return !strcmp(name, "script") || !strcmp(name, "style") || !strcmp(name, "head") ||
           !strcmp(name, "noscript") || !strcmp(name, "template") || !strcmp(name, "svg") ||
           !strcmp(name, "object") || !strcmp(name, "iframe");
}

/* A link worth keeping: to a web page, not an anchor, mail or script. */
static int keep_link(const char *href)
{
    return href && (cg_strncaseeq(href, "http://", 7) || cg_strncaseeq(href, "https://", 8) ||
                    cg_strncaseeq(href, "www.", 4));
}

static void walk(H *h, xmlNode *n, int depth)
{
    if (depth > 200)
        return; /* malformed nesting: what is deeper is noise */
    for (xmlNode *c = n; c; c = c->next) {
        size_t at = line_offset(h, (long)xmlGetLineNo(c));
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            const char *t = (const char *)c->content;
            if (!t || !*t)
                continue;
            size_t l = strlen(t);
            /* find the text in the page, from its line on, to map it exactly
             * (white space between elements does not move the search) */
            int blank = strspn(t, " \t\r\n") == l;
            size_t probe = l < 16 ? l : 16;
            const char *hit = NULL;
            for (int pass = 0; pass < 2 && !hit && !blank && probe; pass++) {
                size_t from = pass == 0 && h->search > at ? h->search : at;
                if (from < h->n) {
                    size_t window = h->n - from < 65536 ? h->n - from : 65536;
                    hit = cg_memmem(h->src + from, window, t, probe);
                }
            }
            int exact = hit && (size_t)(h->src + h->n - hit) >= l && memcmp(hit, t, l) == 0;
            size_t orig = hit ? (size_t)(hit - h->src) : at;
            emit(h, t, l, orig, exact);
            if (hit)
                h->search = orig + (exact ? l : probe);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || !c->name)
            continue;
        const char *name = (const char *)c->name;
        if (skipped(name))
            continue;
        if (!strcmp(name, "br")) {
            emit(h, "\n", 1, at, 0);
            continue;
        }
        int block = is_block(name);
        int cell = !strcmp(name, "td") || !strcmp(name, "th");
        if (block)
            para(h, at);
        else if (!strcmp(name, "sup") || !strcmp(name, "sub") || cell)
            emit(h, " ", 1, at, 0);
        walk(h, c->children, depth + 1);
        if (!strcmp(name, "a")) {
            xmlChar *href = xmlGetProp(c, BAD_CAST "href");
            if (keep_link((const char *)href)) {
                /* a line of its own: a link annotation */
                emit(h, "\n", 1, at, 0);
                emit(h, (const char *)href, strlen((const char *)href), at, 0);
                emit(h, "\n", 1, at, 0);
            }
            xmlFree(href);
        }
        if (block)
            para(h, at);
        else if (cell)
            emit(h, " ", 1, at, 0);
    }
}

cg_status cg_html_text(const char *name, const char *s, size_t n, char **out, size_t *outlen,
                       size_t **map, cg_error *err)
{
    *out = NULL;
    *map = NULL;
    if (n > (size_t)1 << 30 || n > 2147483647u) {
        cg_error_set(err, name, 0, 0, "HTML larger than 1 GiB");
        return CG_ERR_INPUT;
    }
    htmlDocPtr doc = htmlReadMemory(s, (int)n, name, "UTF-8",
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED);
    if (!doc) {
        cg_error_set(err, name, 0, 0, "not readable as HTML");
        return CG_ERR_INPUT;
    }
    H h = {0};
    h.src = s;
    h.n = n;
    size_t cap = 64;
    h.line_start = cg_xmalloc(cap * sizeof *h.line_start);
    h.line_start[h.nlines++] = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n') {
            if (h.nlines == cap)
                h.line_start = cg_xrealloc(h.line_start, (cap *= 2) * sizeof *h.line_start);
            h.line_start[h.nlines++] = i + 1;
        }
    walk(&h, xmlDocGetRootElement(doc), 0);
    xmlFreeDoc(doc);
    cg_free(h.line_start);
    emit(&h, "", 0, n, 0);
    if (!h.map)
        h.map = cg_xmalloc(sizeof *h.map);
    h.map[h.out.len] = n;
    *outlen = h.out.len;
    *out = h.out.s ? cg_buf_take(&h.out) : cg_xstrdup("");
    *map = h.map;
    return CG_OK;
}
