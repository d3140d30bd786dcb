/* read_graphml.c: reads a GraphML citation graph: the one citegraph build
 * wrote (read back byte for byte: written again, it gives the same file),
 * or one written by another tool (networkx, igraph, Gephi) that carries
 * what the queries need, and refuses anything else with a message that
 * says what is wrong and where (docs/graphml.md, docs/reliability.md).
 *
 * The path is checked before libxml2 sees it (a regular file of bounded
 * size, opened without blocking).  libxml2 parses it as a stream (SAX2: no
 * tree, no network, no DTD loaded, no entity but XML's five predefined
 * ones and character references), its errors come to a structured handler
 * and are turned into plain words: no libxml2 text reaches the user.
 * Every value is checked against its attribute (numbers with their range,
 * booleans, kinds, dates, lists), `<default>` values of keys apply where a
 * node or edge has no `<data>`, the graph must be directed, and every
 * error carries the line and column of the value at fault. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "attrs.h"
#include "validate.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define WHAT "the GraphML written by citegraph build"
/* Larger files would not fit in memory once read. */
#define MAX_GRAPHML ((size_t)1 << (sizeof(size_t) > 4 ? 33 : 30))
#define MAX_DEPTH 64
#define KINDS "letter, sc-resolution, ga-resolution, document, instrument, article, title, case, url"

enum { D_NODE = 1, D_EDGE = 2 };

typedef struct keydef {
    char *id, *name;
    int domain;                  /* D_NODE | D_EDGE */
    const cg_attr *node_attr;    /* the citegraph attribute it carries, or NULL */
    const cg_attr *edge_attr;
    char *def;                   /* <default>, or NULL */
    long def_line, def_col;
    long line, col;
} keydef;

/* An edge waiting for the end of the graph (its nodes may come later). */
typedef struct pedge {
    gedge *e;
    char *source, *target;
    long line, col, sline, scol, tline, tcol;
    int kind_given;
} pedge;

/* Indices in cg_node_attrs of what end_node looks at, found once. */
typedef struct node_ix {
    size_t kind, name, in_corpus;
    unsigned char measure[64];
    unsigned char optional[64]; /* measures that may be absent (betweenness) */
} node_ix;

typedef enum { E_ROOT, E_GRAPHML, E_KEY, E_DEFAULT, E_GRAPH, E_NODE, E_EDGE, E_DATA, E_OTHER } el_kind;

typedef struct rd {
    xmlParserCtxtPtr ctxt;
    int fd, eof, stopped;
    const char *path;
    cg_error *err;
    int failed;
    int depth, skip_from;        /* skipping everything deeper than skip_from (0: not) */
    el_kind stack[MAX_DEPTH + 1];
    cg_vec keys;                 /* keydef* */
    cg_map key_ix;
    int seen_graph, graph_closed;
    cg_graph *g;
    cg_map gid;                  /* GraphML node id -> node index */
    cg_vec node_pos;             /* per node: long[2] line, col */
    /* the element being read */
    gnode *node;
    char *node_id;
    long node_line, node_col;
    pedge *edge;
    unsigned char set[64];       /* attributes given so far, by index in its table */
    keydef *data_key;            /* <data> or <default> being read (NULL: ignored) */
    const cg_attr *data_attr;
    long data_line, data_col;
    cg_buf text;
    cg_vec pedges;               /* pedge* */
    int measures_missing;
    int optional_missing; /* a node lacks an optional measure: the graph has none */
    int kind_key;                /* a key declares the node attribute kind */
    node_ix nix;
    cg_vec letters_without_corpus; /* node indices: in_corpus to infer */
} rd;

/* ---- errors ----------------------------------------------------------- */

static void fail(rd *r, long line, long col, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void fail(rd *r, long line, long col, const char *fmt, ...)
{
    if (r->failed)
        return;
    r->failed = 1;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cg_error_set(r->err, r->path, line, col, "%s", msg);
}

/* After a SAX callback that failed: stop the parser.  Never from the error
 * handler or the read callback: libxml2 may be switching encodings or
 * growing its buffer there, and stopping frees that buffer. */
static void stop_if_failed(rd *r)
{
    if (r->failed && r->ctxt && !r->stopped) {
        r->stopped = 1;
        xmlStopParser(r->ctxt);
    }
}

/* libxml2's errors, in plain words. */
static void on_xml_error(void *user, xmlErrorPtr e)
{
    rd *r = user;
    if (r->failed || !e || e->code == XML_ERR_USER_STOP ||
        (e->level == XML_ERR_WARNING && e->code != XML_WAR_UNDECLARED_ENTITY))
        return;
    const char *msg;
    char buf[320];
    char *s1 = e->str1 ? cg_quote(e->str1, 40) : cg_xstrdup("");
    char *s2 = e->str2 ? cg_quote(e->str2, 40) : cg_xstrdup("");
    switch (e->code) {
    case XML_ERR_DOCUMENT_EMPTY:
        msg = "not XML (it does not start with '<'): give " WHAT;
        break;
    case XML_ERR_DOCUMENT_END:
        msg = "text after the end of the document (after </graphml>)";
        break;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
        msg = "a character XML does not allow, or bytes that are not UTF-8 (and no other "
              "encoding is declared)";
        break;
    case XML_I18N_CONV_FAILED:
    case XML_I18N_NO_HANDLER:
    case XML_I18N_NO_NAME:
    case XML_I18N_EXCESS_HANDLER:
        msg = "bytes that are not in the file's encoding (the one it declares, or UTF-16 or UTF-32 "
              "as its first bytes suggest): save it as UTF-8";
        break;
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
        msg = "the file declares an encoding citegraph cannot read: save it as UTF-8";
        break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_PE_INTERNAL:
        snprintf(buf, sizeof buf, "the entity &%s; is not one of XML's own (&amp; &lt; &gt; &quot; "
                                  "&apos;): citegraph expands no declared entities; write a "
                                  "literal & as &amp;", s1);
        msg = buf;
        break;
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
    case XML_ERR_ENTITYREF_NO_NAME:
    case XML_ERR_NAME_REQUIRED:
        msg = e->code == XML_ERR_NAME_REQUIRED
                  ? "a '<' or '&' that does not start a tag or an entity: write it as &lt; or &amp;"
                  : "a '&' that does not start an entity: write it as &amp;";
        break;
    case XML_ERR_LT_IN_ATTRIBUTE:
        msg = "a '<' inside an attribute value: write it as &lt;";
        break;
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
    case XML_ERR_EQUAL_REQUIRED:
        msg = "an attribute without a quoted value (name=\"value\")";
        break;
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
    case XML_ERR_LITERAL_NOT_FINISHED:
    case XML_ERR_STRING_NOT_CLOSED:
        msg = "an attribute value that is not closed by its quote";
        break;
    case XML_ERR_ATTRIBUTE_REDEFINED:
    case XML_NS_ERR_ATTRIBUTE_REDEFINED:
        snprintf(buf, sizeof buf, "attribute %s given twice in one tag", s1);
        msg = buf;
        break;
    case XML_ERR_GT_REQUIRED:
    case XML_ERR_SPACE_REQUIRED:
        msg = "a tag that is not closed by '>' (or two attributes without a space between them)";
        break;
    case XML_ERR_TAG_NAME_MISMATCH:
        snprintf(buf, sizeof buf, "</%s> closes <%s> (opened on line %d): the tags are not nested",
                 s2, s1, e->int1);
        msg = buf;
        break;
    case XML_ERR_TAG_NOT_FINISHED:
        snprintf(buf, sizeof buf, "the file ends before <%s> (line %d) is closed: is it cut short?",
                 s1, e->int1);
        msg = buf;
        break;
    case XML_ERR_LTSLASH_REQUIRED:
        msg = "a closing tag expected here";
        break;
    case XML_ERR_COMMENT_NOT_FINISHED:
    case XML_ERR_HYPHEN_IN_COMMENT:
        msg = "a comment that is not closed by -->";
        break;
    case XML_ERR_CDATA_NOT_FINISHED:
        msg = "a CDATA section that is not closed by ]]>";
        break;
    case XML_ERR_MISPLACED_CDATA_END:
        msg = "']]>' in text: write it as ]]&gt;";
        break;
    case XML_ERR_PI_NOT_FINISHED:
    case XML_ERR_PI_NOT_STARTED:
    case XML_ERR_RESERVED_XML_NAME:
    case XML_ERR_XMLDECL_NOT_FINISHED:
    case XML_ERR_XMLDECL_NOT_STARTED:
        msg = "a malformed <?...?> (the XML declaration belongs on the first line, alone)";
        break;
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_HEX_CHARREF:
    case XML_ERR_INVALID_CHARREF:
        msg = "a character reference (&#...;) to a character XML does not allow";
        break;
    case XML_ERR_EXTRA_CONTENT:
        msg = "text after the end of the document";
        break;
    case XML_NS_ERR_UNDEFINED_NAMESPACE:
        snprintf(buf, sizeof buf, "the namespace prefix %s is not declared (xmlns:%s=\"...\")", s1, s1);
        msg = buf;
        break;
    case XML_ERR_NO_MEMORY:
        msg = "out of memory";
        break;
    case XML_ERR_NAME_TOO_LONG:
        msg = "a name longer than XML parsers accept";
        break;
    default:
        msg = "not well-formed XML";
        break;
    }
    if (e->code == XML_ERR_ENTITY_LOOP || e->code == XML_ERR_ENTITY_BOUNDARY)
        msg = "entities that expand into each other: citegraph expands no declared entities";
    long line = e->line > 0 ? e->line : 0, col = line ? e->int2 : 0;
    /* the parser stopped at the end of the file: it was cut short */
    if (r->eof && r->ctxt && r->ctxt->input && r->ctxt->input->cur >= r->ctxt->input->end &&
        e->code != XML_ERR_DOCUMENT_EMPTY && e->code != XML_ERR_TAG_NOT_FINISHED) {
        snprintf(buf, sizeof buf, "the file ends in the middle of the XML: is it cut short?");
        msg = buf;
    }
    fail(r, line, col, "%s", msg);
    cg_free(s1);
    cg_free(s2);
}

/* ---- positions ---------------------------------------------------------- */

/* Line and column of a byte of the start tag being read (libxml2 stands on
 * its '>'); column 0 when it is no longer in the buffer. */
static void pos_of(const rd *r, const xmlChar *q, long *line, long *col)
{
    const xmlParserInputPtr in = r->ctxt->input;
    const xmlChar *cur = in->cur;
    long nl = 0;
    size_t chars = 0;
    for (const xmlChar *p = q; p < cur; p++) {
        if (*p == '\n') {
            nl++;
            chars = 0;
        } else if ((*p & 0xC0) != 0x80) {
            chars++;
        }
    }
    *line = in->line - nl;
    if (!nl) {
        *col = in->col - (long)chars;
        return;
    }
    /* the column of q from the line start before it */
    size_t c = 0;
    const xmlChar *p = q;
    while (p > in->base && p[-1] != '\n') {
        p--;
        if ((*p & 0xC0) != 0x80)
            c++;
    }
    *col = p > in->base || in->consumed == 0 ? (long)c + 1 : 0;
}

/* The '<' of the start tag being read. */
static const xmlChar *tag_start(const rd *r)
{
    const xmlParserInputPtr in = r->ctxt->input;
    const xmlChar *p = in->cur;
    while (p > in->base && *p != '<')
        p--;
    return *p == '<' ? p : in->cur;
}

static void element_pos(const rd *r, long *line, long *col)
{
    pos_of(r, tag_start(r), line, col);
}

/* Where the value of attribute `name` starts in the tag being read. */
static void attr_pos(const rd *r, const char *name, long *line, long *col)
{
    const xmlChar *a = tag_start(r), *end = r->ctxt->input->cur;
    size_t l = strlen(name);
    for (const xmlChar *p = a + 1; p + l < end; p++) {
        if (memcmp(p, name, l) != 0 || !(p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r'))
            continue;
        const xmlChar *q = p + l;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
            q++;
        if (q < end && *q == '=') {
            q++;
            while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
                q++;
            if (q < end && (*q == '"' || *q == '\''))
                q++;
            pos_of(r, q, line, col);
            return;
        }
    }
    element_pos(r, line, col);
}

/* ---- attributes of a start tag ---------------------------------------- */

/* The value of an attribute without namespace, or NULL; free it. */
static char *get_attr(int n, const xmlChar **at, const char *name)
{
    for (int k = 0; k < n; k++) {
        const xmlChar **a = at + 5 * k;
        if (a[2] == NULL && strcmp((const char *)a[0], name) == 0)
            return cg_xstrndup((const char *)a[3], (size_t)(a[4] - a[3]));
    }
    return NULL;
}

/* ---- values ------------------------------------------------------------- */

static const char *trim(const char *s, size_t *n)
{
    size_t len = strlen(s);
    while (len && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' || s[len - 1] == '\r'))
        len--;
    *n = len;
    return s;
}

/* YYYY, YYYY-MM or YYYY-MM-DD, with a month from 01 to 12 and a day from
 * 01 to 31. */
static int date_form(const char *s)
{
    size_t n = strlen(s);
    if (!(n == 4 || n == 7 || n == 10))
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return 0;
    if (n >= 7) {
        int m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m < 1 || m > 12)
            return 0;
    }
    if (n == 10) {
        int d = (s[8] - '0') * 10 + (s[9] - '0');
        if (d < 1 || d > 31)
            return 0;
    }
    return 1;
}

/* Checks v for attribute a and stores it in obj; returns NULL, or what is
 * wrong (in buf). */
static const char *set_value(const cg_attr *a, void *obj, const char *v, char *buf, size_t bl)
{
    char *field = (char *)obj + a->off;
    size_t n;
    const char *t = trim(v, &n);
    char *q = NULL; /* the value quoted, for a message: made only then */
#define Q (q = cg_quote(v, 60))
    const char *bad = NULL;
    switch (a->type) {
    case AT_STR: {
        int is_date = !strcmp(a->name, "date") || !strcmp(a->name, "first_cited") ||
                      !strcmp(a->name, "last_cited");
        /* dates are compared as text: the form is what matters (the day is
         * not checked against the month: a letter's header may say 30
         * February, and citegraph keeps what it says) */
        if (is_date && *v && !date_form(v)) {
            snprintf(buf, bl, "%s \"%s\" is not a date: a date is YYYY-MM-DD (or YYYY-MM, or YYYY)",
                     a->name, Q);
            bad = buf;
            break;
        }
        if (!strcmp(a->name, "name") && !*v) {
            snprintf(buf, bl, "an empty name: a node's name is its identifier");
            bad = buf;
            break;
        }
        cg_free(*(char **)field);
        /* an empty date is no date (igraph writes "" for a missing value) */
        *(char **)field = is_date && !*v ? NULL : cg_xstrdup(v);
        break;
    }
    case AT_LIST: {
        cg_vec items = {0};
        size_t at;
        if (cg_strlist_parse(v, &items, &at) != 0) {
            cg_vec_free(&items, cg_free);
            snprintf(buf, bl, "%s \"%s\" is not a list: a JSON array of strings ([\"a.txt\",\"b.txt\"]) "
                              "is expected", a->name, Q);
            bad = buf;
            break;
        }
        cg_free(*(char **)field);
        *(char **)field = items.n ? cg_strlist_join(&items) : NULL;
        cg_vec_free(&items, cg_free);
        break;
    }
    case AT_LONG: {
        size_t i = 0;
        int neg = 0;
        if (i < n && (t[i] == '-' || t[i] == '+'))
            neg = t[i++] == '-';
        size_t d0 = i;
        unsigned long long val = 0;
        int overflow = 0;
        while (i < n && t[i] >= '0' && t[i] <= '9') {
            if (val > 922337203685477580ULL)
                overflow = 1;
            else
                val = val * 10 + (unsigned)(t[i] - '0');
            i++;
        }
        if (val > (unsigned long long)LLONG_MAX)
            overflow = 1;
        size_t digits = i - d0;
        /* 4.0, as igraph and Gephi write whole numbers */
        if (digits && i < n && t[i] == '.') {
            i++;
            while (i < n && t[i] == '0')
                i++;
        }
        if (!n || !digits || i != n) {
            snprintf(buf, bl, "%s \"%s\" is not a whole number", a->name, Q);
            bad = buf;
        } else if (overflow || (!neg && val > (unsigned long long)a->hi) ||
                   (neg ? -(long long)val < a->lo : (long long)val < a->lo)) {
            if (a->hi == LONG_MAX)
                snprintf(buf, bl, "%s %.*s is out of range: a whole number from %ld", a->name,
                         (int)(n > 40 ? 40 : n), t, a->lo);
            else
                snprintf(buf, bl, "%s %.*s is out of range: a whole number from %ld to %ld", a->name,
                         (int)(n > 40 ? 40 : n), t, a->lo, a->hi);
            bad = buf;
        } else {
            *(long *)field = neg ? -(long)val : (long)val;
        }
        break;
    }
    case AT_DOUBLE: {
        /* decimal only: no nan, inf, hex */
        size_t i = 0, digits = 0;
        if (i < n && (t[i] == '-' || t[i] == '+'))
            i++;
        while (i < n && t[i] >= '0' && t[i] <= '9')
            i++, digits++;
        if (i < n && t[i] == '.')
            for (i++; i < n && t[i] >= '0' && t[i] <= '9'; i++)
                digits++;
        if (digits && i < n && (t[i] == 'e' || t[i] == 'E')) {
            size_t e0 = ++i;
            if (i < n && (t[i] == '-' || t[i] == '+'))
                i++, e0++;
            while (i < n && t[i] >= '0' && t[i] <= '9')
                i++;
            if (i == e0)
                digits = 0;
        }
        char *copy = cg_xstrndup(t, n);
        double d = digits && i == n ? strtod(copy, NULL) : 0.0;
        cg_free(copy);
        if (!digits || i != n) {
            snprintf(buf, bl, "%s \"%s\" is not a number (a decimal number is expected; NaN and "
                              "infinity are not numbers)", a->name, Q);
            bad = buf;
        } else if (!isfinite(d)) {
            snprintf(buf, bl, "%s %.*s is too large", a->name, (int)(n > 40 ? 40 : n), t);
            bad = buf;
        } else if (d < -1e-9) { /* rounding of a zero, no more */
            snprintf(buf, bl, "%s %.*s is out of range: a number from 0", a->name,
                     (int)(n > 40 ? 40 : n), t);
            bad = buf;
        } else {
            *(double *)field = d;
        }
        break;
    }
    case AT_BOOL:
        if (n == 4 && cg_strncaseeq(t, "true", 4))
            *(int *)field = 1;
        else if (n == 5 && cg_strncaseeq(t, "false", 5))
            *(int *)field = 0;
        else if (n == 1 && (*t == '1' || *t == '0'))
            *(int *)field = *t == '1';
        else {
            snprintf(buf, bl, "%s \"%s\" is not true or false", a->name, Q);
            bad = buf;
        }
        break;
    case AT_KIND: {
        char *k = cg_xstrndup(t, n);
        cg_kind kind;
        if (cg_kind_parse(&kind, k) != 0) {
            snprintf(buf, bl, "unknown node kind \"%s\": the kinds are " KINDS, Q);
            bad = buf;
        } else {
            *(cg_kind *)field = kind;
        }
        cg_free(k);
        break;
    }
    case AT_EKIND:
        if (n == 5 && !memcmp(t, "cites", 5))
            *(cg_edge_kind *)field = CG_EDGE_CITES;
        else if (n == 7 && !memcmp(t, "part-of", 7))
            *(cg_edge_kind *)field = CG_EDGE_PART_OF;
        else {
            snprintf(buf, bl, "unknown edge kind \"%s\": an edge is cites or part-of", Q);
            bad = buf;
        }
        break;
    }
    cg_free(q);
#undef Q
    return bad;
}

static size_t attr_index(const cg_attr *tab, const cg_attr *a)
{
    return (size_t)(a - tab);
}

/* ---- keys --------------------------------------------------------------- */

static const cg_attr *find_attr(const cg_attr *tab, size_t n, const char *name)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(tab[k].name, name) == 0)
            return &tab[k];
    return NULL;
}

static void key_free(void *p)
{
    keydef *k = p;
    cg_free(k->id);
    cg_free(k->name);
    cg_free(k->def);
    cg_free(k);
}

static void start_key(rd *r, int na, const xmlChar **at)
{
    long line, col;
    element_pos(r, &line, &col);
    if (r->seen_graph) {
        fail(r, line, col, "a <key> after the <graph>: GraphML declares its keys first");
        return;
    }
    char *id = get_attr(na, at, "id"), *fr = get_attr(na, at, "for");
    char *nm = get_attr(na, at, "attr.name"), *ty = get_attr(na, at, "attr.type");
    keydef *k = cg_xcalloc(1, sizeof *k);
    k->id = id;
    k->name = nm;
    k->line = line;
    k->col = col;
    cg_vec_push(&r->keys, k);
    if (!id) {
        fail(r, line, col, "a <key> without id");
        goto done;
    }
    size_t other;
    if (cg_map_get(&r->key_ix, id, &other)) {
        char *q = cg_quote(id, 40);
        attr_pos(r, "id", &line, &col);
        fail(r, line, col, "a second <key> with id \"%s\" (the first on line %ld)", q,
             ((keydef *)r->keys.v[other])->line);
        cg_free(q);
        goto done;
    }
    cg_map_put(&r->key_ix, id, r->keys.n - 1);
    const char *f = fr ? fr : "all";
    if (!strcmp(f, "node"))
        k->domain = D_NODE;
    else if (!strcmp(f, "edge"))
        k->domain = D_EDGE;
    else if (!strcmp(f, "all"))
        k->domain = D_NODE | D_EDGE;
    else if (strcmp(f, "graph") && strcmp(f, "graphml") && strcmp(f, "hyperedge") &&
             strcmp(f, "port") && strcmp(f, "endpoint")) {
        char *q = cg_quote(f, 40);
        attr_pos(r, "for", &line, &col);
        fail(r, line, col, "<key for=\"%s\">: for is node, edge, graph, graphml or all", q);
        cg_free(q);
        goto done;
    }
    if (ty && strcmp(ty, "boolean") && strcmp(ty, "int") && strcmp(ty, "long") && strcmp(ty, "float") &&
        strcmp(ty, "double") && strcmp(ty, "string")) {
        char *q = cg_quote(ty, 40);
        attr_pos(r, "attr.type", &line, &col);
        fail(r, line, col, "<key attr.type=\"%s\">: the GraphML types are boolean, int, long, float, "
                           "double and string", q);
        cg_free(q);
        goto done;
    }
    if (nm) {
        if (k->domain & D_NODE)
            k->node_attr = find_attr(cg_node_attrs, cg_node_attr_count, nm);
        if (k->node_attr && !strcmp(k->node_attr->name, "kind"))
            r->kind_key = 1;
        if (k->domain & D_EDGE)
            k->edge_attr = find_attr(cg_edge_attrs, cg_edge_attr_count, nm);
        /* one key per attribute and domain */
        for (size_t j = 0; j + 1 < r->keys.n; j++) {
            const keydef *o = r->keys.v[j];
            if ((k->node_attr && o->node_attr == k->node_attr) ||
                (k->edge_attr && o->edge_attr == k->edge_attr)) {
                char *q = cg_quote(nm, 40), *oq = cg_quote(o->id, 40);
                attr_pos(r, "attr.name", &line, &col);
                fail(r, line, col, "a second <key> for the %s attribute \"%s\" (the first, \"%s\", on "
                                   "line %ld): which one holds it?",
                     k->node_attr && o->node_attr == k->node_attr ? "node" : "edge", q, oq, o->line);
                cg_free(q);
                cg_free(oq);
                goto done;
            }
        }
    }
done:
    cg_free(fr);
    cg_free(ty);
}

/* A key's <default>, checked as a value of its attribute. */
static void end_default(rd *r, keydef *k)
{
    cg_free(k->def);
    k->def = cg_buf_take(&r->text);
    k->def_line = r->data_line;
    k->def_col = r->data_col;
    char buf[400];
    const char *bad = NULL;
    if (k->node_attr) {
        gnode *tmp = cg_xcalloc(1, sizeof *tmp);
        bad = set_value(k->node_attr, tmp, k->def, buf, sizeof buf);
        cg_gnode_free(tmp);
    }
    if (!bad && k->edge_attr) {
        gedge *tmp = cg_xcalloc(1, sizeof *tmp);
        bad = set_value(k->edge_attr, tmp, k->def, buf, sizeof buf);
        cg_gedge_free(tmp);
    }
    if (bad)
        fail(r, k->def_line, k->def_col, "%s (the <default> of key \"%s\")", bad, k->id);
}

/* ---- nodes and edges ---------------------------------------------------- */

static void pedge_free(void *p)
{
    pedge *e = p;
    if (e->e)
        cg_gedge_free(e->e);
    cg_free(e->source);
    cg_free(e->target);
    cg_free(e);
}

static void start_graph(rd *r, int na, const xmlChar **at)
{
    long line, col;
    element_pos(r, &line, &col);
    if (r->seen_graph) {
        fail(r, line, col, "a second <graph>: citegraph reads a file with one graph");
        return;
    }
    r->seen_graph = 1;
    char *ed = get_attr(na, at, "edgedefault");
    if (!ed)
        fail(r, line, col, "<graph> without edgedefault: a citation graph is directed; write "
                           "edgedefault=\"directed\"");
    else if (!strcmp(ed, "undirected")) {
        attr_pos(r, "edgedefault", &line, &col);
        fail(r, line, col, "the graph is undirected (edgedefault=\"undirected\"): citations have a "
                           "direction (a letter cites what it names), which an undirected graph has "
                           "lost; write the graph as directed (networkx: DiGraph; igraph: "
                           "directed=True)");
    } else if (strcmp(ed, "directed")) {
        char *q = cg_quote(ed, 40);
        attr_pos(r, "edgedefault", &line, &col);
        fail(r, line, col, "edgedefault=\"%s\": it is directed or undirected, and a citation graph "
                           "is directed", q);
        cg_free(q);
    }
    cg_free(ed);
}

static void start_node(rd *r, int na, const xmlChar **at)
{
    element_pos(r, &r->node_line, &r->node_col);
    r->node_id = get_attr(na, at, "id");
    if (!r->node_id || !*r->node_id) {
        fail(r, r->node_line, r->node_col, "a <node> %s: every node has one, unique",
             r->node_id ? "with an empty id" : "without id");
        return;
    }
    size_t other;
    if (cg_map_get(&r->gid, r->node_id, &other)) {
        long line, col;
        attr_pos(r, "id", &line, &col);
        char *q = cg_quote(r->node_id, 60);
        fail(r, line, col, "a second <node> with id \"%s\" (the first on line %ld): node ids are "
                           "unique", q, ((long *)r->node_pos.v[other])[0]);
        cg_free(q);
        return;
    }
    r->node = cg_xcalloc(1, sizeof *r->node);
    memset(r->set, 0, sizeof r->set);
}

/* Applies the <default> of every key of the domain the object lacks. */
static void apply_defaults(rd *r, void *obj, int domain)
{
    char buf[400];
    for (size_t k = 0; k < r->keys.n && !r->failed; k++) {
        const keydef *d = r->keys.v[k];
        const cg_attr *a = domain == D_NODE ? d->node_attr : d->edge_attr;
        const cg_attr *tab = domain == D_NODE ? cg_node_attrs : cg_edge_attrs;
        if (!a || !d->def || r->set[attr_index(tab, a)])
            continue;
        const char *bad = set_value(a, obj, d->def, buf, sizeof buf);
        if (bad)
            fail(r, d->def_line, d->def_col, "%s", bad);
        r->set[attr_index(tab, a)] = 1;
    }
}

static int is_measure(const cg_attr *a)
{
    if (a->optional)
        return 0; /* absent when not computed: no reason to analyse again */
    static const char *const m[] = {"in_degree", "mentions", "pagerank", "hub", "authority",
                                    "betweenness", "community"};
    for (size_t k = 0; k < sizeof m / sizeof m[0]; k++)
        if (!strcmp(a->name, m[k]))
            return 1;
    return 0;
}

static void node_indices(node_ix *ix)
{
    memset(ix, 0, sizeof *ix);
    for (size_t k = 0; k < cg_node_attr_count && k < 64; k++) {
        const char *n = cg_node_attrs[k].name;
        if (!strcmp(n, "kind"))
            ix->kind = k;
        else if (!strcmp(n, "name"))
            ix->name = k;
        else if (!strcmp(n, "in_corpus"))
            ix->in_corpus = k;
        ix->measure[k] = (unsigned char)is_measure(&cg_node_attrs[k]);
        ix->optional[k] = (unsigned char)(cg_node_attrs[k].optional != 0);
    }
}

static void end_node(rd *r)
{
    gnode *n = r->node;
    r->node = NULL;
    apply_defaults(r, n, D_NODE);
    const node_ix *ix = &r->nix;
    if (!r->failed && !r->kind_key)
        fail(r, r->node_line, r->node_col,
             "no <key> declares the node attribute \"kind\" (%s): this graph was not written by "
             "citegraph build, or has lost its attributes; citegraph needs a kind on every node "
             "(and a \"name\", else the node id is taken for it)",
             KINDS);
    if (!r->failed && !r->set[ix->kind]) {
        char *q = cg_quote(r->node_id, 60);
        fail(r, r->node_line, r->node_col,
             "node \"%s\" has no kind (%s): citegraph's queries need one; a graph from another tool "
             "keeps the node attributes \"name\" and \"kind\" of citegraph build",
             q, KINDS);
        cg_free(q);
    }
    if (!r->failed && !r->set[ix->name])
        n->name = cg_xstrdup(r->node_id); /* networkx and Gephi: the id is the name */
    size_t other;
    if (!r->failed && cg_map_get(&r->g->by_name, n->name, &other)) {
        char *nq = cg_quote(n->name, 60);
        fail(r, r->node_line, r->node_col, "a second node named \"%s\" (the first on line %ld): "
                                           "names are identifiers, one node each",
             nq, ((long *)r->node_pos.v[other])[0]);
        cg_free(nq);
    }
    if (r->failed) {
        cg_gnode_free(n);
        return;
    }
    for (size_t k = 0; k < cg_node_attr_count && k < 64; k++)
        if (ix->measure[k] && !r->set[k])
            r->measures_missing = 1;
        else if (ix->optional[k] && !r->set[k])
            r->optional_missing = 1;
    size_t at = r->g->nodes.n;
    if (n->kind == CG_KIND_LETTER && !r->set[ix->in_corpus])
        cg_vec_push(&r->letters_without_corpus, (void *)(uintptr_t)(at + 1));
    if (!n->label)
        n->label = cg_xstrdup(n->name);
    cg_map_put(&r->gid, r->node_id, at);
    cg_map_put(&r->g->by_name, n->name, at);
    cg_vec_push(&r->g->nodes, n);
    long *pos = cg_xmalloc(2 * sizeof *pos);
    pos[0] = r->node_line;
    pos[1] = r->node_col;
    cg_vec_push(&r->node_pos, pos);
}

static void start_edge(rd *r, int na, const xmlChar **at)
{
    pedge *p = cg_xcalloc(1, sizeof *p);
    r->edge = p;
    element_pos(r, &p->line, &p->col);
    p->source = get_attr(na, at, "source");
    p->target = get_attr(na, at, "target");
    attr_pos(r, "source", &p->sline, &p->scol);
    attr_pos(r, "target", &p->tline, &p->tcol);
    char *dir = get_attr(na, at, "directed");
    if (dir && strcmp(dir, "true") && strcmp(dir, "1")) {
        long line, col;
        attr_pos(r, "directed", &line, &col);
        fail(r, line, col, "an undirected edge (directed=\"%s\"): citations have a direction; "
                           "remove the attribute", !strcmp(dir, "false") || !strcmp(dir, "0") ? dir : "?");
    }
    cg_free(dir);
    if (!p->source || !p->target)
        fail(r, p->line, p->col, "an <edge> without %s", !p->source ? "source" : "target");
    p->e = cg_xcalloc(1, sizeof *p->e);
    p->e->weight = 1; /* an edge without weight counts once */
    memset(r->set, 0, sizeof r->set);
}

static void end_edge(rd *r)
{
    pedge *p = r->edge;
    r->edge = NULL;
    apply_defaults(r, p->e, D_EDGE);
    p->kind_given = r->set[attr_index(cg_edge_attrs, find_attr(cg_edge_attrs, cg_edge_attr_count, "kind"))];
    cg_vec_push(&r->pedges, p);
}

/* The end of the graph: edges between known nodes, one per pair and kind. */
static void end_graph(rd *r)
{
    r->graph_closed = 1;
    cg_graph *g = r->g;
    for (size_t k = 0; k < r->pedges.n && !r->failed; k++) {
        pedge *p = r->pedges.v[k];
        size_t from, to;
        if (!cg_map_get(&r->gid, p->source, &from)) {
            char *q = cg_quote(p->source, 60);
            fail(r, p->sline, p->scol, "edge source \"%s\" is not a node of the graph", q);
            cg_free(q);
            break;
        }
        if (!cg_map_get(&r->gid, p->target, &to)) {
            char *q = cg_quote(p->target, 60);
            fail(r, p->tline, p->tcol, "edge target \"%s\" is not a node of the graph", q);
            cg_free(q);
            break;
        }
        const gnode *src = g->nodes.v[from];
        if (!p->kind_given && src->kind == CG_KIND_ARTICLE) {
            fail(r, p->line, p->col, "this edge from article \"%s\" has no kind: say whether the article "
                                     "cites its target or is part of it (cites or part-of)", src->name);
            break;
        }
        uint64_t key = cg_graph_pair_key(from, to, p->e->kind);
        size_t first;
        if (cg_imap_get(&g->by_pair, key, &first)) {
            char *a = cg_quote(src->name, 50), *b = cg_quote(((gnode *)g->nodes.v[to])->name, 50);
            fail(r, p->line, p->col, "a second %s edge from \"%s\" to \"%s\": citegraph keeps one edge "
                                     "per letter and target, its weight the mentions; merge them",
                 p->e->kind == CG_EDGE_PART_OF ? "part-of" : "cites", a, b);
            cg_free(a);
            cg_free(b);
            break;
        }
        p->e->from = from;
        p->e->to = to;
        cg_imap_put(&g->by_pair, key, g->edges.n);
        cg_vec_push(&g->edges, p->e);
        p->e = NULL;
    }
}

/* ---- SAX callbacks ------------------------------------------------------ */

static int is_graphml_ns(const xmlChar *uri)
{
    return !uri || !strcmp((const char *)uri, GRAPHML_NS);
}

static void start_element(rd *r, const xmlChar *local, const xmlChar *uri, int na,
                          const xmlChar **at)
{
    if (r->failed)
        return;
    r->depth++;
    if (r->skip_from && r->depth > r->skip_from)
        return;
    long line, col;
    if (r->depth > MAX_DEPTH) {
        element_pos(r, &line, &col);
        fail(r, line, col, "elements nested more than %d deep: not a GraphML citation graph", MAX_DEPTH);
        return;
    }
    const char *name = (const char *)local;
    el_kind parent = r->stack[r->depth - 1];
    el_kind me = E_OTHER;
    int ours = is_graphml_ns(uri);
    if (r->depth == 1) {
        if (!ours || strcmp(name, "graphml")) {
            element_pos(r, &line, &col);
            char *q = cg_quote(name, 30);
            if (!strcmp(name, "gexf"))
                fail(r, line, col, "a GEXF file, not GraphML: give " WHAT " (citegraph export "
                                   "writes GEXF from it, not the other way)");
            else
                fail(r, line, col, "not GraphML: the file's top element is <%s>, not <graphml>; give "
                                   WHAT, q);
            cg_free(q);
            return;
        }
        r->stack[r->depth] = E_GRAPHML;
        return;
    }
    if (parent == E_DATA || parent == E_DEFAULT) {
        if (r->data_key) {
            element_pos(r, &line, &col);
            char *q = cg_quote(name, 30);
            fail(r, line, col, "<%s> inside the <data> of \"%s\": citegraph's attributes are text", q,
                 r->data_attr ? r->data_attr->name : "?");
            cg_free(q);
            return;
        }
        r->skip_from = r->depth - 1;
        return;
    }
    if (!ours || !strcmp(name, "desc")) {
        /* extensions of other tools (yEd's y:...) and descriptions */
        r->skip_from = r->depth;
        r->stack[r->depth] = E_OTHER;
        return;
    }
    element_pos(r, &line, &col);
    if (parent == E_GRAPHML && !strcmp(name, "key")) {
        me = E_KEY;
        start_key(r, na, at);
    } else if (parent == E_GRAPHML && !strcmp(name, "graph")) {
        me = E_GRAPH;
        start_graph(r, na, at);
    } else if (parent == E_GRAPHML && !strcmp(name, "data")) {
        r->skip_from = r->depth; /* data of the file: nothing citegraph keeps */
    } else if (parent == E_KEY && !strcmp(name, "default")) {
        keydef *k = r->keys.v[r->keys.n - 1];
        if (!k->node_attr && !k->edge_attr) {
            r->skip_from = r->depth; /* not citegraph's: nothing to check */
        } else {
            me = E_DEFAULT;
            r->data_key = k;
            r->data_attr = k->node_attr ? k->node_attr : k->edge_attr;
            r->data_line = r->ctxt->input->line;
            r->data_col = r->ctxt->input->col + (*r->ctxt->input->cur == '>' ? 1 : 2);
            cg_buf_free(&r->text);
        }
    } else if (parent == E_GRAPH && !strcmp(name, "node")) {
        me = E_NODE;
        start_node(r, na, at);
    } else if (parent == E_GRAPH && !strcmp(name, "edge")) {
        me = E_EDGE;
        start_edge(r, na, at);
    } else if (parent == E_GRAPH && !strcmp(name, "data")) {
        r->skip_from = r->depth; /* data of the graph */
    } else if (parent == E_GRAPH && !strcmp(name, "hyperedge")) {
        fail(r, line, col, "a <hyperedge>: a citation links one letter to one target; citegraph "
                           "reads <edge>s only");
    } else if (parent == E_GRAPH && !strcmp(name, "locator")) {
        fail(r, line, col, "a <locator>: the graph is in another file; give that file");
    } else if ((parent == E_NODE || parent == E_EDGE) && !strcmp(name, "graph")) {
        fail(r, line, col, "a graph nested in a %s: citegraph reads flat graphs",
             parent == E_NODE ? "node" : "edge");
    } else if (parent == E_NODE && !strcmp(name, "port")) {
        r->skip_from = r->depth; /* ports do not change who cites whom */
    } else if ((parent == E_NODE || parent == E_EDGE) && !strcmp(name, "data")) {
        me = E_DATA;
        char *key = get_attr(na, at, "key");
        size_t ix;
        if (!key) {
            fail(r, line, col, "a <data> without key");
        } else if (!cg_map_get(&r->key_ix, key, &ix)) {
            char *q = cg_quote(key, 40);
            attr_pos(r, "key", &line, &col);
            fail(r, line, col, "<data key=\"%s\">, but no <key> declares \"%s\"", q, q);
            cg_free(q);
        } else {
            keydef *k = r->keys.v[ix];
            int dom = parent == E_NODE ? D_NODE : D_EDGE;
            if (!(k->domain & dom)) {
                char *q = cg_quote(key, 40);
                attr_pos(r, "key", &line, &col);
                fail(r, line, col, "key \"%s\" is declared for %s, not for %s", q,
                     k->domain & D_NODE ? "nodes" : k->domain & D_EDGE ? "edges" : "the graph",
                     dom == D_NODE ? "nodes" : "edges");
                cg_free(q);
            } else {
                const cg_attr *a = dom == D_NODE ? k->node_attr : k->edge_attr;
                const cg_attr *tab = dom == D_NODE ? cg_node_attrs : cg_edge_attrs;
                if (!a || (dom == D_NODE && !r->node) || (dom == D_EDGE && !r->edge)) {
                    r->skip_from = r->depth; /* not citegraph's: kept by the tool that wrote it */
                } else if (r->set[attr_index(tab, a)]) {
                    char *q = cg_quote(a->name, 40);
                    fail(r, line, col, "a second <data> for \"%s\" in one %s", q,
                         dom == D_NODE ? "node" : "edge");
                    cg_free(q);
                } else {
                    r->data_key = k;
                    r->data_attr = a;
                    r->data_line = r->ctxt->input->line;
                    r->data_col = r->ctxt->input->col + (*r->ctxt->input->cur == '>' ? 1 : 2);
                    cg_buf_free(&r->text);
                    cg_buf_add(&r->text, "", 0);
                }
            }
        }
        cg_free(key);
    } else {
        char *q = cg_quote(name, 30);
        static const char *const pname[] = {"", "<graphml>", "<key>", "<default>", "<graph>", "<node>",
                                            "<edge>", "<data>", "?"};
        fail(r, line, col, "<%s> is not expected inside %s", q, pname[parent]);
        cg_free(q);
    }
    r->stack[r->depth] = me;
}

static void end_element(rd *r)
{
    if (r->failed)
        return;
    int d = r->depth--;
    if (r->skip_from) {
        if (d > r->skip_from)
            return;
        if (d == r->skip_from) {
            r->skip_from = 0;
            return;
        }
    }
    switch (r->stack[d]) {
    case E_DEFAULT:
        end_default(r, r->data_key);
        r->data_key = NULL;
        r->data_attr = NULL;
        break;
    case E_DATA:
        if (r->data_key && r->data_attr) {
            void *obj = r->node ? (void *)r->node : r->edge ? (void *)r->edge->e : NULL;
            const cg_attr *tab = r->node ? cg_node_attrs : cg_edge_attrs;
            char buf[400];
            char *v = cg_buf_take(&r->text);
            const char *bad = obj ? set_value(r->data_attr, obj, v, buf, sizeof buf) : NULL;
            cg_free(v);
            if (bad)
                fail(r, r->data_line, r->data_col, "%s", bad);
            else if (obj)
                r->set[attr_index(tab, r->data_attr)] = 1;
        }
        r->data_key = NULL;
        r->data_attr = NULL;
        break;
    case E_NODE:
        if (r->node)
            end_node(r);
        cg_free(r->node_id);
        r->node_id = NULL;
        break;
    case E_EDGE:
        if (r->edge)
            end_edge(r);
        break;
    case E_GRAPH:
        end_graph(r);
        break;
    default:
        break;
    }
}

static void on_start(void *user, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                     int nns, const xmlChar **ns, int na, int ndef, const xmlChar **at)
{
    (void)prefix, (void)nns, (void)ns, (void)ndef;
    start_element(user, local, uri, na, at);
    stop_if_failed(user);
}

static void on_end(void *user, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
    (void)local, (void)prefix, (void)uri;
    end_element(user);
    stop_if_failed(user);
}

static void on_text(void *user, const xmlChar *s, int n)
{
    rd *r = user;
    if (r->failed || r->skip_from || !r->data_key)
        return;
    cg_buf_add(&r->text, (const char *)s, (size_t)n);
}

/* Declared entities are not expanded: their use is an error. */
static xmlEntityPtr on_entity(void *user, const xmlChar *name)
{
    (void)user, (void)name;
    return NULL;
}

static int read_fd(void *ctx, char *buf, int len)
{
    rd *r = ctx;
    for (;;) {
        ssize_t n = read(r->fd, buf, (size_t)len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            fail(r, 0, 0, "read error: %s", strerror(errno));
            return -1;
        }
        if (n == 0)
            r->eof = 1;
        return (int)n;
    }
}

static int close_fd(void *ctx)
{
    (void)ctx;
    return 0;
}

/* ---- after the file: what the queries need ---------------------------- */

static cg_status finish(rd *r)
{
    cg_graph *g = r->g;
    /* a letter without in_corpus: in the corpus when it cites something
     * or names its file */
    if (r->letters_without_corpus.n) {
        unsigned char *cites = cg_xcalloc(g->nodes.n, 1);
        for (size_t e = 0; e < g->edges.n; e++) {
            const gedge *x = g->edges.v[e];
            if (x->kind == CG_EDGE_CITES)
                cites[x->from] = 1;
        }
        for (size_t k = 0; k < r->letters_without_corpus.n; k++) {
            size_t ix = (size_t)(uintptr_t)r->letters_without_corpus.v[k] - 1;
            gnode *n = g->nodes.v[ix];
            n->in_corpus = n->file != NULL || cites[ix];
        }
        cg_free(cites);
    }
    /* measures another tool did not keep are computed again; betweenness
     * is there when every node has it, else absent from all */
    if (r->measures_missing) {
        cg_status st = cg_graph_analyse(g, r->err);
        if (st != CG_OK)
            return st;
    } else {
        g->has_betweenness = !r->optional_missing;
        if (r->optional_missing)
            for (size_t k = 0; k < g->nodes.n; k++)
                ((gnode *)g->nodes.v[k])->betweenness = NAN;
    }
    g->finished = 1;
    return CG_OK;
}

cg_status cg_graph_load_graphml(cg_graph **out, const char *path, cg_error *err)
{
    *out = NULL;
    size_t size;
    cg_status st;
    int fd = cg_open_regular(path, WHAT, MAX_GRAPHML, &size, &st, err);
    if (fd < 0)
        return st;
    if (size == 0) {
        close(fd);
        cg_error_set(err, path, 0, 0, "empty file: give " WHAT);
        return CG_ERR_FORMAT;
    }
    rd r;
    memset(&r, 0, sizeof r);
    r.fd = fd;
    r.path = path;
    r.err = err;
    r.stack[0] = E_ROOT;
    node_indices(&r.nix);
    cg_graph_new(&r.g, err);
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_text;
    sax.cdataBlock = on_text;
    sax.getEntity = on_entity;
    sax.serror = on_xml_error;
    r.ctxt = xmlCreateIOParserCtxt(&sax, &r, read_fd, close_fd, &r, XML_CHAR_ENCODING_NONE);
    if (!r.ctxt) {
        close(fd);
        cg_graph_free(r.g);
        cg_error_set(err, path, 0, 0, "out of memory");
        return CG_ERR_NOMEM;
    }
    xmlCtxtUseOptions(r.ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    /* errors raised outside the parser context (encoding conversion) come
     * here too, not to standard error */
    xmlStructuredErrorFunc old = xmlStructuredError;
    void *old_ctx = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&r, on_xml_error);
    xmlParseDocument(r.ctxt);
    xmlSetStructuredErrorFunc(old_ctx, old);
    if (!r.failed && !r.ctxt->wellFormed)
        fail(&r, 0, 0, "not well-formed XML");
    if (!r.failed && !r.seen_graph)
        fail(&r, 0, 0, "no <graph> in the file: give " WHAT);
    if (!r.failed && !r.graph_closed)
        fail(&r, 0, 0, "the <graph> is not closed: is the file cut short?");
    if (r.ctxt->myDoc)
        xmlFreeDoc(r.ctxt->myDoc);
    xmlFreeParserCtxt(r.ctxt);
    r.ctxt = NULL;
    close(fd);
    st = r.failed ? CG_ERR_FORMAT : finish(&r);
    if (r.node)
        cg_gnode_free(r.node);
    if (r.edge)
        pedge_free(r.edge);
    cg_free(r.node_id);
    cg_buf_free(&r.text);
    cg_vec_free(&r.keys, key_free);
    cg_map_free(&r.key_ix);
    cg_map_free(&r.gid);
    cg_vec_free(&r.node_pos, cg_free);
    cg_vec_free(&r.pedges, pedge_free);
    cg_vec_free(&r.letters_without_corpus, NULL);
    if (st != CG_OK) {
        cg_graph_free(r.g);
        return st;
    }
    *out = r.g;
    return CG_OK;
}
