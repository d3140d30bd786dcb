/* read_pdf.c: the text of a PDF, with poppler (poppler-glib).
 *
 * The scanner reads PDF text as pdftotext -layout writes it: one line of
 * the page per line of text, paragraphs told by indentation and blank
 * lines, pages separated by a form feed, page furniture (job numbers, page
 * numbers, running headers) left in for the reader to blank.  Poppler
 * gives each page's lines in reading order and the box of every
 * character; from the boxes, lines printed side by side become one row,
 * each row is indented by its distance from the running text's edge,
 * blank lines go where the page leaves space, and gaps poppler left
 * without a space become spaces (page_scan, page_emit).  The page's link
 * annotations follow its text, each URL on a line of its own, where the
 * reader counts them as link annotations (echoes of the text above).
 * docs/inputs.md says what users see of it.
 *
 * Poppler reports through GLib's log in its domain "Poppler": a handler
 * drops those messages, so that a damaged file gets one line of ours and
 * nothing else.  Documents are independent: several are read in parallel. */
#include <math.h>
#include <poppler.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read.h"
#include "util.h"

/* Fewer characters than that per page, on average: no text layer. */
#define MIN_CHARS_PER_PAGE 20

int cg_looks_pdf(const char *s, size_t n)
{
    return n >= 5 && memcmp(s, "%PDF-", 5) == 0;
}

void cg_extracted_free(cg_extracted *x)
{
    cg_free(x->text);
    cg_free(x->page_start);
    memset(x, 0, sizeof *x);
}

/* ---- one page's lines ------------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
    if (n == 0)
        return 0;
    qsort(v, n, sizeof *v, cmp_double);
    return v[n / 2];
}

/* A coordinate poppler could give (a fuzzed box may hold anything). */
static int sane(double v)
{
    return isfinite(v) && fabs(v) < 1e6;
}

static int box_ok(const cg_box *b)
{
    return sane(b->x1) && sane(b->y1) && sane(b->x2) && sane(b->y2) && b->x2 >= b->x1 &&
           b->y2 >= b->y1;
}

typedef struct pline {
    size_t a, b;     /* bytes of the line in the page's text, without '\n' */
    size_t order;    /* its place in poppler's reading order */
    size_t gap0, ngap; /* its gaps: gaps[gap0 .. gap0+ngap) of its page */
    int geo;         /* 1 when the box below is known */
    double x1, x2, y1, y2;
} pline;

/* The code point at s[i] (n bytes left) and its length; a byte that does
 * not start a character is U+FFFD of length 1. */
static uint32_t next_cp(const char *s, size_t n, size_t i, size_t *len)
{
    uint32_t cp;
    size_t l = cg_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (!l) {
        *len = 1;
        return 0xFFFD;
    }
    *len = l;
    return cp;
}

static int space_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200B);
}

/* Lines by the middle of their height, then left to right, then in
 * reading order. */
static int cmp_line(const void *x, const void *y)
{
    const pline *p = x, *q = y;
    double a = (p->y1 + p->y2) / 2, b = (q->y1 + q->y2) / 2;
    if (a != b)
        return a < b ? -1 : 1;
    if (p->x1 != q->x1)
        return p->x1 < q->x1 ? -1 : 1;
    return p->order < q->order ? -1 : p->order > q->order;
}

static int cmp_x(const void *x, const void *y)
{
    const pline *p = x, *q = y;
    if (p->x1 != q->x1)
        return p->x1 < q->x1 ? -1 : 1;
    return p->order < q->order ? -1 : p->order > q->order;
}

/* A gap inside a line where poppler put no space: table cells, tab
 * stops.  `at` is the byte before which it falls, `width` in points. */
typedef struct pgap {
    size_t at;
    double width;
} pgap;

static void spaces(cg_buf *out, double cols);

/* A line's text, made safe: U+FFFD for what is not UTF-8, a space for a
 * control character, no leading or trailing spaces; its gaps as spaces
 * (as many as the gap is wide, one at least). */
static void put_line(cg_buf *out, const char *text, size_t a, size_t b, const pgap *gap,
                     size_t ngap, double cw)
{
    while (a < b && text[a] == ' ')
        a++;
    while (b > a && text[b - 1] == ' ')
        b--;
    size_t g = 0;
    while (a < b) {
        while (g < ngap && gap[g].at < a)
            g++;
        if (g < ngap && gap[g].at == a) {
            double cols = cw > 0 ? gap[g].width / cw : 1;
            spaces(out, cols < 1 ? 1 : cols);
            g++;
        }
        size_t lim = g < ngap && gap[g].at < b ? gap[g].at : b;
        size_t run = a;
        while (run < lim && (unsigned char)text[run] >= 0x20 && (unsigned char)text[run] < 0x7F)
            run++;
        cg_buf_add(out, text + a, run - a);
        a = run;
        if (a >= b)
            break;
        if (a == lim)
            continue;
        size_t l;
        uint32_t cp = next_cp(text, b, a, &l);
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF) {
            cg_buf_putc(out, ' ');
        } else {
            char enc[4];
            cg_buf_add(out, enc, cg_utf8_encode(cp, enc));
        }
        a += l;
    }
}

static void spaces(cg_buf *out, double cols)
{
    size_t n = cols < 0 ? 0 : cols > 120 ? 120 : (size_t)(cols + 0.5);
    for (size_t k = 0; k < n; k++)
        cg_buf_putc(out, ' ');
}

/* A growable array of doubles, of at most MAX_SAMPLES: enough to know a
 * character's width. */
#define MAX_SAMPLES ((size_t)1 << 18)
typedef struct dvec {
    double *v;
    size_t n, cap;
} dvec;

static void dpush(dvec *d, double x)
{
    if (d->n >= MAX_SAMPLES)
        return;
    if (d->n == d->cap)
        d->v = cg_xrealloc(d->v, (d->cap = d->cap ? d->cap * 2 : 256) * sizeof *d->v);
    d->v[d->n++] = x;
}

/* One page as poppler gave it, and its lines. */
typedef struct ppage {
    const char *text;
    size_t len;
    pline *ln;
    size_t nl;
    pgap *gap;
    size_t ngap;
    int geo;      /* every line has its box */
    double lh;    /* a line's height (the median) */
    double left;  /* the left-most line's left edge */
    double body;  /* the left edge of the running text: where most full lines start */
    size_t visible;
} ppage;

/* The page's lines, their boxes and the widths of its characters. */
static void page_scan(ppage *pg, const char *text, size_t len, const cg_box *box, size_t nbox,
                      dvec *wa, dvec *wc)
{
    memset(pg, 0, sizeof *pg);
    pg->text = text;
    pg->len = len;
    size_t nchars = 0;
    for (size_t i = 0; i < len; nchars++) {
        size_t l;
        next_cp(text, len, i, &l);
        i += l;
    }
    if (nbox != nchars)
        box = NULL; /* what poppler gave does not match: its lines as they are */
    size_t cap = 16, nl = 0, k = 0, gcap = 0;
    pline *ln = cg_xmalloc(cap * sizeof *ln);
    int geo = box != NULL;
    for (size_t i = 0; i < len;) {
        pline p = {i, i, nl, pg->ngap, 0, 0, 0, 0, 0, 0};
        int any = 0, after_space = 1;
        double prev_x2 = 0;
        while (i < len && text[i] != '\n') {
            size_t l;
            uint32_t cp = next_cp(text, len, i, &l);
            if (!(space_cp(cp) || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))) {
                pg->visible++;
                any = 1;
                if (box && box_ok(&box[k])) {
                    const cg_box *b = &box[k];
                    /* letters further apart than a third of their height
                     * with no space between: a gap poppler left out */
                    if (!after_space && b->x1 - prev_x2 > 0.3 * (b->y2 - b->y1) &&
                        b->x1 - prev_x2 > 0) {
                        if (pg->ngap == gcap)
                            pg->gap = cg_xrealloc(pg->gap, (gcap = gcap ? gcap * 2 : 16) * sizeof *pg->gap);
                        pg->gap[pg->ngap].at = i;
                        pg->gap[pg->ngap].width = b->x1 - prev_x2;
                        pg->ngap++;
                    }
                    prev_x2 = b->x2;
                    after_space = 0;
                    if (!p.geo) {
                        p.geo = 1;
                        p.x1 = b->x1;
                        p.x2 = b->x2;
                        p.y1 = b->y1;
                        p.y2 = b->y2;
                    } else {
                        p.x1 = b->x1 < p.x1 ? b->x1 : p.x1;
                        p.x2 = b->x2 > p.x2 ? b->x2 : p.x2;
                        p.y1 = b->y1 < p.y1 ? b->y1 : p.y1;
                        p.y2 = b->y2 > p.y2 ? b->y2 : p.y2;
                    }
                    double w = b->x2 - b->x1;
                    if (w > 0 && cp < 0x80 && ((cp | 0x20) - 'a' < 26u || cp - '0' < 10u))
                        dpush(wa, w);
                    else if (w > 0 && cg_is_cjk(cp))
                        dpush(wc, w);
                } else {
                    after_space = 1;
                }
            } else {
                after_space = 1;
            }
            i += l;
            k++;
        }
        p.b = i;
        p.ngap = pg->ngap - p.gap0;
        if (i < len) {
            i++; /* the '\n' */
            k++;
        }
        if (!any)
            continue; /* an empty line: the boxes say where blank lines go */
        if (!p.geo)
            geo = 0;
        if (nl == cap)
            ln = cg_xrealloc(ln, (cap *= 2) * sizeof *ln);
        ln[nl++] = p;
    }
    pg->ln = ln;
    pg->nl = nl;
    pg->geo = geo && nl;
    if (!pg->geo)
        return;
    double *v = cg_xmalloc(nl * sizeof *v);
    double widest = 0;
    pg->left = ln[0].x1;
    for (size_t j = 0; j < nl; j++) {
        v[j] = ln[j].y2 - ln[j].y1;
        if (ln[j].x1 < pg->left)
            pg->left = ln[j].x1;
        if (ln[j].x2 - ln[j].x1 > widest)
            widest = ln[j].x2 - ln[j].x1;
    }
    pg->lh = median(v, nl);
    /* the running text's edge: the most common left edge (within a point)
     * of the lines at least 60% as wide as the widest */
    size_t m = 0;
    for (size_t j = 0; j < nl; j++)
        if (ln[j].x2 - ln[j].x1 >= 0.6 * widest)
            v[m++] = ln[j].x1;
    qsort(v, m, sizeof *v, cmp_double);
    size_t best = 0, run_at = 0;
    pg->body = pg->left;
    for (size_t j = 0; j < m; j++) {
        while (v[j] - v[run_at] > 1.0)
            run_at++;
        if (j - run_at + 1 > best) {
            best = j - run_at + 1;
            pg->body = v[run_at];
        }
    }
    cg_free(v);
}

/* The character width of the document: a CJK character is two columns. */
static double char_width(dvec *wa, dvec *wc)
{
    double cw = wa->n >= 8 ? median(wa->v, wa->n)
                : wc->n >= 4 ? median(wc->v, wc->n) / 2
                : wa->n ? median(wa->v, wa->n) : 0;
    return cw > 0.5 ? cw : 0;
}

/* How far (in columns) the running text's edge is from the left-most
 * line of the page: pages are aligned on their running text, so that
 * pages without a masthead, or printed with mirrored margins, indent
 * their paragraphs as the first one does. */
static double body_offset(const ppage *pg, double cw)
{
    return pg->geo && cw > 0 ? (pg->body - pg->left) / cw : 0;
}

/* Writes the page: rows as the page prints them (pdftotext -layout):
 * lines whose middles are within half a line's height side by side, as
 * far apart as they are; a blank line where the gap above a row is most
 * of a line's height; the running text at column `base`. */
static void page_emit(cg_buf *out, ppage *pg, double cw, double base)
{
    pline *ln = pg->ln;
    size_t nl = pg->nl;
    if (!pg->geo) {
        for (size_t j = 0; j < nl; j++) {
            put_line(out, pg->text, ln[j].a, ln[j].b, NULL, 0, 0);
            cg_buf_putc(out, '\n');
        }
        return;
    }
    qsort(ln, nl, sizeof *ln, cmp_line);
    /* the rows: [start[r], start[r+1]) of ln, with their tops and bottoms */
    size_t nr = 0, *start = cg_xmalloc((nl + 1) * sizeof *start);
    double *top = cg_xmalloc(nl * sizeof *top), *bottom = cg_xmalloc(nl * sizeof *bottom);
    for (size_t j = 0; j < nl;) {
        size_t e = j + 1;
        double mid = (ln[j].y1 + ln[j].y2) / 2, h = ln[j].y2 - ln[j].y1;
        while (e < nl) {
            double me = (ln[e].y1 + ln[e].y2) / 2, he = ln[e].y2 - ln[e].y1;
            if (me - mid > 0.5 * (he < h ? he : h))
                break;
            e++;
        }
        qsort(ln + j, e - j, sizeof *ln, cmp_x);
        top[nr] = ln[j].y1;
        bottom[nr] = ln[j].y2;
        for (size_t q = j; q < e; q++) {
            top[nr] = ln[q].y1 < top[nr] ? ln[q].y1 : top[nr];
            bottom[nr] = ln[q].y2 > bottom[nr] ? ln[q].y2 : bottom[nr];
        }
        start[nr++] = j;
        j = e;
    }
    start[nr] = nl;
    /* the usual distance from a row to the next (line spacing): the lower
     * quartile, as gaps between paragraphs are what is not usual */
    double *pitch = cg_xmalloc((nr ? nr : 1) * sizeof *pitch);
    size_t np = 0;
    for (size_t r = 1; r < nr; r++)
        if (top[r] > top[r - 1])
            pitch[np++] = top[r] - top[r - 1];
    qsort(pitch, np, sizeof *pitch, cmp_double);
    double usual = np ? pitch[np / 4] : 0, lh = pg->lh;
    cg_free(pitch);
    for (size_t r = 0; r < nr && out->len <= CG_MAX_DOCUMENT; r++) {
        /* a blank line where the gap above the row is most of a line's
         * height (as pdftotext -layout has it), or where the row is
         * further down than the line spacing by almost half a line (the
         * space between paragraphs of single-spaced text) */
        if (r > 0 && lh > 0 &&
            (top[r] - bottom[r - 1] > 0.6 * lh ||
             (usual > 0 && top[r] - top[r - 1] - usual > 0.4 * lh)))
            cg_buf_putc(out, '\n');
        double col = 0; /* the columns written on this row */
        for (size_t q = start[r]; q < start[r + 1]; q++) {
            if (cw > 0) {
                double want = base + (ln[q].x1 - pg->body) / cw;
                if (want > col)
                    spaces(out, want - col);
                col = want > col ? want : col;
            }
            if (q > start[r] && out->len && out->s[out->len - 1] != ' ')
                cg_buf_putc(out, ' '); /* side by side: never glued */
            size_t before = out->len;
            put_line(out, pg->text, ln[q].a, ln[q].b, pg->gap ? pg->gap + ln[q].gap0 : NULL,
                     ln[q].ngap, cw);
            col += cw > 0 ? (ln[q].x2 - ln[q].x1) / cw : (double)(out->len - before);
        }
        cg_buf_putc(out, '\n');
    }
    cg_free(start);
    cg_free(top);
    cg_free(bottom);
}

size_t cg_pdf_page_layout(cg_buf *out, const char *text, size_t len, const cg_box *box,
                          size_t nbox)
{
    dvec wa = {0}, wc = {0};
    ppage pg;
    page_scan(&pg, text, len, box, nbox, &wa, &wc);
    double cw = char_width(&wa, &wc);
    page_emit(out, &pg, cw, body_offset(&pg, cw));
    cg_free(wa.v);
    cg_free(wc.v);
    cg_free(pg.ln);
    cg_free(pg.gap);
    return pg.visible;
}

/* ---- poppler, loaded when the first PDF comes ----------------------------
 * Poppler and what it brings (GLib, cairo, NSS, fonts: over forty shared
 * libraries) are opened with dlopen the first time a PDF is read, not at
 * start-up: a build of text letters does not pay for them, and a machine
 * without libpoppler-glib still reads everything else.  Each function is
 * looked up once, with the type its header gives it. */
#define PDF_FUNCS(X)                                                                    \
    X(poppler_document_new_from_bytes) X(poppler_document_get_n_pages)                   \
    X(poppler_document_get_page) X(poppler_page_get_text) X(poppler_page_get_text_layout) \
    X(poppler_page_get_link_mapping) X(poppler_page_free_link_mapping)                   \
    X(poppler_page_get_image_mapping) X(poppler_page_free_image_mapping)                 \
    X(poppler_error_quark) X(g_bytes_new_static) X(g_bytes_unref) X(g_object_unref)      \
    X(g_free) X(g_error_free) X(g_log_set_handler)

#define PDF_FIELD(f) __typeof__(&f) f;
typedef struct pdf_table {
    PDF_FUNCS(PDF_FIELD)
} pdf_table;
#undef PDF_FIELD
static pdf_table pdf;
#define PDF_NAME(f) #f,
#define PDF_OFFSET(f) offsetof(pdf_table, f),
static const char *const pdf_names[] = {PDF_FUNCS(PDF_NAME)};
static const size_t pdf_offsets[] = {PDF_FUNCS(PDF_OFFSET)};
#undef PDF_NAME
#undef PDF_OFFSET
static char pdf_problem[256]; /* why poppler could not be loaded; "" once it is */
static pthread_once_t pdf_once = PTHREAD_ONCE_INIT;

static void drop_message(const gchar *domain, GLogLevelFlags level, const gchar *message,
                         gpointer data)
{
    (void)domain;
    (void)level;
    (void)message;
    (void)data;
}

static void pdf_load(void)
{
    if (cg_dl_open(CG_POPPLER_SONAME, pdf_names, pdf_offsets, sizeof pdf_offsets / sizeof *pdf_offsets, &pdf,
                   pdf_problem, sizeof pdf_problem))
        return;
    /* Poppler's syntax errors and warnings go to GLib's log; none of them
     * reaches the user (the reader says what matters in one line). */
    pdf.g_log_set_handler("Poppler",
                          (GLogLevelFlags)(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION),
                          drop_message, NULL);
}

/* A link worth writing: to a web page, as the HTML reader keeps them. */
static int keep_uri(const char *u)
{
    return u && (cg_strncaseeq(u, "http://", 7) || cg_strncaseeq(u, "https://", 8) ||
                 cg_strncaseeq(u, "www.", 4));
}

typedef struct plink {
    double y, x;
    const char *uri;
} plink;

static int cmp_link(const void *a, const void *b)
{
    const plink *p = a, *q = b;
    if (p->y != q->y)
        return p->y < q->y ? -1 : 1;
    if (p->x != q->x)
        return p->x < q->x ? -1 : 1;
    return strcmp(p->uri, q->uri);
}

/* The page's web links, top to bottom, each on a line of its own (a link
 * cut over two lines has two areas: written once).  A URL is written as
 * it is when it is printable ASCII without spaces, else not at all. */
static void page_links(cg_buf *out, PopplerPage *page)
{
    GList *map = pdf.poppler_page_get_link_mapping(page);
    size_t n = 0;
    for (GList *l = map; l; l = l->next)
        n++;
    plink *v = cg_xmalloc((n ? n : 1) * sizeof *v);
    size_t m = 0;
    for (GList *l = map; l; l = l->next) {
        PopplerLinkMapping *lm = l->data;
        if (!lm || !lm->action || lm->action->type != POPPLER_ACTION_URI)
            continue;
        const char *u = lm->action->uri.uri;
        if (!keep_uri(u) || strlen(u) > 4096)
            continue;
        int printable = 1;
        for (const char *c = u; *c && printable; c++)
            printable = (unsigned char)*c > ' ' && (unsigned char)*c < 0x7F;
        if (!printable)
            continue;
        /* poppler gives areas with y upward: the top of the page first */
        v[m].y = -(lm->area.y2 > lm->area.y1 ? lm->area.y2 : lm->area.y1);
        v[m].x = lm->area.x1;
        v[m].uri = u;
        m++;
    }
    qsort(v, m, sizeof *v, cmp_link);
    const char *last = NULL;
    for (size_t k = 0; k < m; k++) {
        if (last && strcmp(last, v[k].uri) == 0)
            continue;
        if (out->len && out->s[out->len - 1] != '\n')
            cg_buf_putc(out, '\n');
        cg_buf_puts(out, v[k].uri);
        cg_buf_putc(out, '\n');
        last = v[k].uri;
    }
    cg_free(v);
    pdf.poppler_page_free_link_mapping(map);
}

/* 1 when the page draws an image (a scan). */
static int page_has_image(PopplerPage *page)
{
    GList *im = pdf.poppler_page_get_image_mapping(page);
    int has = im != NULL;
    pdf.poppler_page_free_image_mapping(im);
    return has;
}

cg_status cg_pdf_text(const char *name, const char *data, size_t n, cg_extracted *out,
                      cg_error *err)
{
    memset(out, 0, sizeof *out);
    pthread_once(&pdf_once, pdf_load);
    if (pdf_problem[0]) {
        cg_error_set(err, name, 0, 0,
                     "a PDF, and poppler cannot be loaded (%s): not read; install it (apt install "
                     "libpoppler-glib8), or extract the text first (pdftotext -layout)",
                     pdf_problem);
        return CG_ERR_INPUT;
    }
    GBytes *bytes = pdf.g_bytes_new_static(data, n);
    GError *ge = NULL;
    PopplerDocument *doc = pdf.poppler_document_new_from_bytes(bytes, NULL, &ge);
    if (!doc) {
        int locked = ge && ge->domain == pdf.poppler_error_quark() && ge->code == POPPLER_ERROR_ENCRYPTED;
        if (locked)
            cg_error_set(err, name, 0, 0,
                         "encrypted PDF (it needs a password to open): not read; save a copy "
                         "without the password first (qpdf --decrypt --password=PASSWORD in.pdf out.pdf)");
        else
            cg_error_set(err, name, 0, 0,
                         "damaged PDF (truncated, or not a PDF past its first bytes): not read; "
                         "get the file again, or open it and save it as PDF again");
        if (ge)
            pdf.g_error_free(ge);
        pdf.g_bytes_unref(bytes);
        return CG_ERR_INPUT;
    }
    int np = pdf.poppler_document_get_n_pages(doc);
    if (np <= 0) {
        pdf.g_object_unref(doc);
        pdf.g_bytes_unref(bytes);
        cg_error_set(err, name, 0, 0,
                     "damaged PDF (no pages): not read; get the file again, or open it and save "
                     "it as PDF again");
        return CG_ERR_INPUT;
    }
    /* first every page's lines, then the document's measures, then the
     * text: the pages are aligned on their running text */
    ppage *pages = cg_xcalloc((size_t)np, sizeof *pages);
    char **texts = cg_xcalloc((size_t)np, sizeof *texts);
    char **links = cg_xcalloc((size_t)np, sizeof *links);
    dvec wa = {0}, wc = {0};
    size_t visible = 0, total = 0;
    cg_status st = CG_OK;
    for (int i = 0; i < np && st == CG_OK; i++) {
        PopplerPage *page = pdf.poppler_document_get_page(doc, i);
        if (!page)
            continue;
        char *t = pdf.poppler_page_get_text(page);
        PopplerRectangle *r = NULL;
        guint nr = 0;
        if (!t || !pdf.poppler_page_get_text_layout(page, &r, &nr))
            nr = 0;
        cg_box *boxes = cg_xmalloc((nr ? nr : 1) * sizeof *boxes);
        for (guint k = 0; k < nr; k++) {
            boxes[k].x1 = r[k].x1;
            boxes[k].y1 = r[k].y1;
            boxes[k].x2 = r[k].x2;
            boxes[k].y2 = r[k].y2;
        }
        pdf.g_free(r);
        texts[i] = cg_xstrdup(t ? t : "");
        pdf.g_free(t);
        page_scan(&pages[i], texts[i], strlen(texts[i]), boxes, nr, &wa, &wc);
        cg_free(boxes);
        visible += pages[i].visible;
        cg_buf lb = {0};
        page_links(&lb, page);
        links[i] = lb.s ? cg_buf_take(&lb) : NULL;
        pdf.g_object_unref(page);
        total += strlen(texts[i]) * 2 + 64; /* at most: the text, its indentation, blank lines */
        if (total > CG_MAX_DOCUMENT) {
            cg_error_set(err, name, 0, 0, "PDF with more than %zu MiB of text: not a letter",
                         (size_t)CG_MAX_DOCUMENT >> 20);
            st = CG_ERR_INPUT;
        }
    }
    double cw = char_width(&wa, &wc), base = 0;
    for (int i = 0; i < np; i++)
        if (body_offset(&pages[i], cw) > base)
            base = body_offset(&pages[i], cw);
    if (base > 40)
        base = 40;
    cg_buf text = {0};
    size_t *starts = cg_xmalloc((size_t)np * sizeof *starts);
    for (int i = 0; i < np && st == CG_OK; i++) {
        if (i)
            cg_buf_putc(&text, '\f');
        starts[i] = text.len;
        if (texts[i])
            page_emit(&text, &pages[i], cw, base);
        if (links[i]) {
            if (text.len && text.s[text.len - 1] != '\n')
                cg_buf_putc(&text, '\n');
            cg_buf_puts(&text, links[i]);
        }
    }
    if (st == CG_OK && text.len > CG_MAX_DOCUMENT) {
        cg_error_set(err, name, 0, 0, "PDF with more than %zu MiB of text: not a letter",
                     (size_t)CG_MAX_DOCUMENT >> 20);
        st = CG_ERR_INPUT;
    }
    for (int i = 0; i < np; i++) {
        cg_free(pages[i].ln);
        cg_free(pages[i].gap);
        cg_free(texts[i]);
        cg_free(links[i]);
    }
    cg_free(pages);
    cg_free(texts);
    cg_free(links);
    cg_free(wa.v);
    cg_free(wc.v);
    if (st == CG_OK && visible < (size_t)MIN_CHARS_PER_PAGE * (size_t)np) {
        int scan = 0;
        for (int i = 0; i < np && !scan && i < 64; i++) {
            PopplerPage *page = pdf.poppler_document_get_page(doc, i);
            if (page) {
                scan = page_has_image(page);
                pdf.g_object_unref(page);
            }
        }
        if (scan)
            cg_error_set(err, name, 0, 0,
                         "no text layer (a scanned image?): citegraph does not do OCR; run it "
                         "through an OCR tool first");
        else
            cg_error_set(err, name, 0, 0,
                         "no text in the PDF (%d page%s without text or images: empty, or damaged): "
                         "nothing to read",
                         np, np == 1 ? "" : "s");
        st = CG_ERR_INPUT;
    }
    pdf.g_object_unref(doc);
    pdf.g_bytes_unref(bytes);
    if (st != CG_OK) {
        cg_buf_free(&text);
        cg_free(starts);
        return st;
    }
    out->len = text.len;
    out->text = text.s ? cg_buf_take(&text) : cg_xstrdup("");
    out->page_start = starts;
    out->npages = (size_t)np;
    return CG_OK;
}
