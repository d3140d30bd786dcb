/* document.c: one letter through the pipeline.
 *
 *   bytes --reader--> mask --normalize--> clean text --lex--> tokens
 *         --metadata--> header fields    --scan--> mentions --> cg_ref[]
 *
 * Only the metadata and the references are kept: the text is dropped
 * before cg_document_scan returns, so memory does not grow with the corpus.
 * All state is local to the call: documents can be scanned in parallel. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "read.h"
#include "registry.h"
#include "text.h"
#include "util.h"
#include "scan.h"
#include "detect.h"
#include "writers.h"
#include "utf8.h"


struct cg_document {
    cg_meta meta;
    cg_meta_buf mb;
    char *id;
    char *file;
    char *name; /* relative to the corpus root, for file:NAME */
    cg_ref *refs;
    size_t nrefs;
    size_t caprefs; /* made by cg_document_new: refs grow on the heap */
    cg_unresolved *unres; /* arena */
    size_t nunres;
    char *warning;  /* the work limit stopped the scan: where, and how to go further */
    cg_arena arena; /* everything the refs point to */
};

/* s[a, b) into the arena, line breaks (and, with tabs, also carriage
 * returns and tabs) read as a space and a run of spaces as one. */
static char *squeeze(cg_arena *ar, const char *s, size_t a, size_t b, int tabs)
{
    char *out = cg_arena_alloc(ar, b - a + 1);
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        /* eight bytes with none at or below ' ' (no space, tab, line
         * break or NUL) go as they are */
        while (i + 8 <= b) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w - 0x2121212121212121ull) & ~w & 0x8080808080808080ull)
                break;
            memcpy(out + n, &w, 8);
            n += 8;
            i += 8;
        }
        if (i >= b)
            break;
        char c = s[i];
        if (c == '\n' || (tabs && (c == '\r' || c == '\t')))
            c = ' ';
        if (c == ' ' && n && out[n - 1] == ' ')
            continue;
        out[n++] = c;
    }
    out[n] = '\0';
    return out;
}

/* A slice of the clean text with line breaks as spaces (arena). */
static char *flat(cg_arena *ar, const cg_text *t, size_t a, size_t b)
{
    return squeeze(ar, t->s, a, b, 0);
}

/* The text of a reference as the letter wrote it, when the normalizer read
 * Cyrillic or Greek look-alikes in it as Latin ("А/77/150" with a Cyrillic
 * А resolves to A/77/150 and keeps its form), else NULL; white space as one
 * space. */
static char *original_form(cg_arena *ar, const cg_text *t, size_t a, size_t b)
{
    if (!t->lookalikes || !t->src)
        return NULL;
    size_t oa = cg_text_orig(t, a), ob = cg_text_orig(t, b);
    if (ob <= oa || ob > t->src_len)
        return NULL;
    int other = 0;
    for (size_t i = oa; i < ob; i++) {
        unsigned char c = (unsigned char)t->src[i];
        other |= c == 0xCE || c == 0xCF || c == 0xD0 || c == 0xD1; /* Greek, Cyrillic */
    }
    if (!other)
        return NULL;
    return squeeze(ar, t->src, oa, ob, 1);
}

/* A path without its leading "./" (any number of them). */
static const char *without_dot(const char *p)
{
    while (p[0] == '.' && p[1] == '/') {
        p += 2;
        while (*p == '/')
            p++;
    }
    return p;
}

int cg_name_escape(char **out, const char *name)
{
    cg_buf b = {0};
    int found = 0;
    const unsigned char *s = (const unsigned char *)name;
    size_t n = strlen(name);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t l = cg_utf8_decode(s + i, n - i, &cp);
        int esc = 0;
        if (!l) {
            found |= CG_NAME_NOT_UTF8;
            l = 1;
            esc = 1;
        } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF) {
            /* controls, and the two code points XML cannot hold */
            found |= CG_NAME_CONTROL;
            esc = 1;
        } else if (cp == '%') {
            esc = 1;
        }
        for (size_t k = 0; k < l; k++) {
            if (esc)
                cg_buf_printf(&b, "%%%02X", s[i + k]);
            else
                cg_buf_putc(&b, (char)s[i + k]);
        }
        i += l;
    }
    *out = b.s ? cg_buf_take(&b) : cg_xstrdup("");
    return found;
}

static const char *parent_label(cg_arena *ar, const cg_registry *reg, const char *id, int lang)
{
    const cg_entry *e = cg_registry_get(reg, id);
    if (e) {
        const char *l = cg_entry_label(e, lang);
        if (l)
            return cg_arena_strdup(ar, l);
    }
    if (strncmp(id, "title:", 6) == 0)
        return id + 6;
    return id;
}

/* A label format filled in the arena without printf, NULL when it needs
 * printf (cg_lang_format). */
static const char *arena_label(cg_arena *ar, const char *fmt, const cg_farg *a, int n)
{
    char buf[512];
    size_t l = cg_lang_format(buf, sizeof buf, fmt, a, n);
    return l == (size_t)-1 ? NULL : cg_arena_strndup(ar, buf, l);
}

static const char *article_label(cg_arena *ar, const char *target, const char *plabel, int lang)
{
    const char *a = strstr(target, "/art.");
    if (!a)
        return target;
    const cg_labels *L = &cg_langs[lang]->labels;
    char *after;
    long art = strtol(a + 5, &after, 10);
    const char *par = strchr(a, '(');
    /* "art.8bis": its suffix in this language's words */
    size_t sl = strcspn(after, "(");
    if (sl && L->article_sfx && L->article_para_sfx) {
        const char *sfx = NULL;
        for (size_t k = 0; cg_article_suffixes[k] && !sfx; k++)
            if (strlen(cg_article_suffixes[k]) == sl && memcmp(after, cg_article_suffixes[k], sl) == 0)
                sfx = L->article_suffix_names ? L->article_suffix_names[k] : cg_article_suffixes[k];
        if (sfx) {
            long para = par ? strtol(par + 1, NULL, 10) : 0;
            const char *fmt = par ? L->article_para_sfx : L->article_sfx;
            const cg_farg args[] = {{plabel, 0}, {NULL, art}, {NULL, para}, {sfx, 0}};
            const char *r = arena_label(ar, fmt, args, 4);
            return r ? r : cg_arena_printf(ar, fmt, plabel, art, para, sfx);
        }
    }
    if (par) {
        long para = strtol(par + 1, NULL, 10);
        const cg_farg args[] = {{plabel, 0}, {NULL, art}, {NULL, para}};
        const char *r = arena_label(ar, L->article_para, args, 3);
        return r ? r : cg_arena_printf(ar, L->article_para, plabel, art, para);
    }
    const cg_farg args[] = {{plabel, 0}, {NULL, art}};
    const char *r = arena_label(ar, L->article, args, 2);
    return r ? r : cg_arena_printf(ar, L->article, plabel, art);
}

/* A readable label for a resolution, or a letter cited by description
 * ("Letter dated 2 November 2020 from Azerbaijan", "Note verbale dated
 * ..." when the text as written says so), in the letter's language. */
static const char *symbol_label(cg_arena *ar, const char *id, cg_kind kind, int lang, const char *text,
                                const char *senders)
{
    if (kind == CG_KIND_LETTER && strncmp(id, "letter:", 7) == 0 && strlen(id) > 18 && id[17] == ':') {
        char date[11];
        memcpy(date, id + 7, 10);
        date[10] = '\0';
        /* the text says its form; a joint letter is labelled with all its senders */
        char *l = cg_letter_label(date, senders ? senders : id + 18, text, lang);
        const char *r = l ? cg_arena_strdup(ar, l) : NULL;
        cg_free(l);
        return r;
    }
    const char *num = NULL;
    int body = 0;
    if (kind == CG_KIND_SC_RESOLUTION && strncmp(id, "S/RES/", 6) == 0)
        num = id + 6, body = 'S';
    else if (kind == CG_KIND_GA_RESOLUTION && strncmp(id, "A/RES/", 6) == 0)
        num = id + 6, body = 'A';
    else if (strncmp(id, "E/RES/", 6) == 0)
        num = id + 6, body = 'E';
    else if (strncmp(id, "A/HRC/RES/", 10) == 0)
        num = id + 10, body = 'H';
    if (!num)
        return NULL;
    const cg_labels *L = &cg_langs[lang]->labels;
    const char *bname = L->body[cg_body_index(body)];
    /* "822(1993)" -> "822 (1993)" where the language spaces it */
    const char *par = strchr(num, '(');
    if (par && L->resolution_paren) {
        const cg_farg args[] = {{bname, 0}, {NULL, (int)(par - num)}, {num, 0}, {par, 0}};
        const char *r = arena_label(ar, L->resolution_paren, args, 4);
        return r ? r : cg_arena_printf(ar, L->resolution_paren, bname, (int)(par - num), num, par);
    }
    const cg_farg args[] = {{bname, 0}, {num, 0}};
    const char *r = arena_label(ar, L->resolution, args, 2);
    return r ? r : cg_arena_printf(ar, L->resolution, bname, num);
}

static void set_identity(cg_document *d);

typedef struct pos_item {
    size_t off;  /* offset in the decoded text */
    size_t ref;
} pos_item;

static int cmp_pos(const void *a, const void *b)
{
    const pos_item *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off ? 1 : x->ref < y->ref ? -1 : x->ref > y->ref;
}

/* Lines and columns (characters) of every reference, in one pass over the
 * decoded text in offset order. */
static void positions(cg_document *d, const pos_item *pi, size_t n, const char *s, size_t len)
{
    size_t at = 0;
    long line = 1, col = 1;
    for (size_t k = 0; k < n; k++) {
        size_t to = pi[k].off < len ? pi[k].off : len;
        /* eight bytes at a time where none is a line break: a column for
         * every byte that does not continue a character */
        while (at < to) {
            while (at + 8 <= to) {
                uint64_t w;
                memcpy(&w, s + at, 8);
                uint64_t nl = w ^ 0x0A0A0A0A0A0A0A0Aull;
                if ((nl - 0x0101010101010101ull) & ~nl & 0x8080808080808080ull)
                    break;
                uint64_t cont = (w & ~(w << 1) & 0x8080808080808080ull) >> 7; /* 10xxxxxx bytes */
                col += 8 - (long)((cont * 0x0101010101010101ull) >> 56);
                at += 8;
            }
            for (size_t stop = at + 8 < to ? at + 8 : to; at < stop; at++) {
                unsigned char c = (unsigned char)s[at];
                if (c == '\n') {
                    line++;
                    col = 1;
                } else if ((c & 0xC0) != 0x80) {
                    col++;
                }
            }
        }
        d->refs[pi[k].ref].line = line;
        d->refs[pi[k].ref].column = col;
    }
}

/* What the pipeline reads: a file's bytes, or the text extracted from a
 * PDF (lines as the pages print them, as a plain text saved as .docx has
 * them too) or a .docx (paragraphs separated by blank lines). */
enum { SRC_FILE, SRC_PDF, SRC_DOCX };

static cg_status scan_text(cg_document **out, const cg_registry *reg, const char *name,
                           const char *data, size_t len, int src, size_t max_refs, int forced_lang,
                           cg_error *err)
{
    *out = NULL;
    if (len > CG_MAX_DOCUMENT) {
        cg_error_set(err, name, 0, 0, "larger than %zu MiB: not a letter", (size_t)CG_MAX_DOCUMENT >> 20);
        return CG_ERR_INPUT;
    }
    /* 1. any encoding -> UTF-8; 2. HTML -> its text; each step keeps a map
     * back to where every byte came from */
    cg_decoded dec;
    cg_status st = cg_decode(name, data, len, &dec, err);
    if (st != CG_OK)
        return st;
    const char *pipe = dec.data;
    size_t plen = dec.len;
    char *html = NULL;
    size_t *hmap = NULL;
    int is_html = src == SRC_FILE && cg_looks_html(name, dec.data, dec.len);
    if (is_html) {
        st = cg_html_text(name, dec.data, dec.len, &html, &plen, &hmap, err);
        if (st != CG_OK) {
            cg_decoded_free(&dec);
            return st;
        }
        pipe = html;
    }
    cg_spans spans;
    cg_format format;
    st = cg_reader_prepare(name, pipe, plen, &spans, &format, !is_html && src == SRC_FILE,
                           pipe == dec.data && !dec.map, err);
    if (st != CG_OK) {
        cg_free(html);
        cg_free(hmap);
        cg_decoded_free(&dec);
        return st;
    }
    cg_text text;
    cg_normalize(&text, pipe, plen, &spans, format == CG_FORMAT_MARKDOWN || is_html || src == SRC_DOCX);
    cg_spans_free(&spans);
    cg_sentence_index(&text);

    cg_document *d = cg_xcalloc(1, sizeof *d);
    P *p = cg_scanner_new(&text, reg, &d->arena);
    int lang = cg_detect_languages(&text, forced_lang);
    p->max_ms = max_refs ? max_refs : CG_MAX_REFS;
    cg_scan_result res;
    cg_scan(p, lang, &res);
    size_t limit = p->max_ms;
    cg_free(p);
    if (res.stopped != NOPE) {
        /* the line, in the decoded text, where the scan stopped */
        size_t o = cg_text_orig(&text, res.stopped);
        o = hmap ? hmap[o] : o;
        long line = 1;
        for (const char *q = dec.data, *e = dec.data + (o < dec.len ? o : dec.len);
             (q = memchr(q, '\n', (size_t)(e - q))) != NULL; q++)
            line++;
        d->warning = cg_xsprintf("%s:%ld: warning: the scan stopped here, at %zu references, the limit "
                                 "for one file: the rest was not read for references (raise it with "
                                 "--max-refs N)",
                                 name, line, limit);
    }
    d->mb = res.meta;
    d->file = cg_xstrdup(name);
    d->name = cg_xstrdup(without_dot(name));
    if (!d->mb.symbols)
        d->mb.symbols = cg_symbol_from_filename(name);

    cg_arena *ar = &d->arena;
    d->refs = cg_arena_alloc(ar, (res.ms.n ? res.ms.n : 1) * sizeof *d->refs);
    pos_item *pi = cg_xmalloc((res.ms.n ? res.ms.n : 1) * sizeof *pi);
    size_t sa = (size_t)-1, sb = 0;
    int exact = 0;
    const char *sentence = NULL;
    /* unresolved mentions go through the same steps as references (text,
     * sentence, offsets, lines), marked, and are set apart after */
    uint8_t *why = cg_xcalloc(res.ms.n ? res.ms.n : 1, 1);
    for (size_t k = 0; k < res.ms.n; k++) {
        const cg_mention *m = &res.ms.v[k];
        if (m->absorbed && !m->unresolved)
            continue;
        cg_ref *r = &d->refs[d->nrefs];
        memset(r, 0, sizeof *r);
        why[d->nrefs] = m->unresolved;
        r->target = m->target;
        r->kind = m->kind;
        r->parent = m->parent;
        if (m->parent) {
            const char *pl = parent_label(ar, reg, m->parent, lang);
            r->parent_label = pl;
            r->label = article_label(ar, m->target, pl, lang);
        } else {
            r->label = m->label ? cg_arena_strdup(ar, m->label) : symbol_label(ar, m->target, m->kind, lang, flat(ar, &text, m->start, m->end),
                                                                      m->senders);
        }
        r->label_lang = cg_langs[lang]->code;
        r->symbols = m->symbols;
        r->alias = m->alias;
        r->text = original_form(ar, &text, m->start, m->end);
        if (!r->text)
            r->text = flat(ar, &text, m->start, m->end);
        /* mentions of one sentence share it */
        if (!sentence || !exact || m->start < sa || m->start >= sb) {
            size_t a, b;
            int ex = cg_sentence_bounds(&text, m->start, &a, &b);
            if (!sentence || a != sa || b != sb)
                sentence = flat(ar, &text, a, b);
            sa = a;
            sb = b;
            exact = ex;
        }
        r->sentence = sentence;
        /* offsets in the text the scanner read -> in the decoded file */
        size_t p1 = cg_text_orig(&text, m->start);
        size_t p2 = m->end > m->start ? cg_text_orig(&text, m->end - 1) + 1 : p1;
        while (p2 < plen && ((unsigned char)pipe[p2] & 0xC0) == 0x80)
            p2++;
        size_t d1 = hmap ? hmap[p1] : p1;
        size_t d2 = hmap ? (p2 > p1 ? hmap[p2 - 1] + 1 : d1) : p2;
        while (d2 < dec.len && ((unsigned char)dec.data[d2] & 0xC0) == 0x80)
            d2++;
        if (d2 < d1)
            d2 = d1;
        pi[d->nrefs].off = d1;
        pi[d->nrefs].ref = d->nrefs;
        /* -> in the original bytes */
        r->offset = dec.map ? dec.map[d1] : d1;
        r->length = (dec.map ? dec.map[d2] : d2) - r->offset;
        r->echo = m->echo;
        d->nrefs++;
    }
    qsort(pi, d->nrefs, sizeof *pi, cmp_pos);
    positions(d, pi, d->nrefs, dec.data, dec.len);
    cg_free(pi);
    size_t nu = 0;
    for (size_t k = 0; k < d->nrefs; k++)
        nu += why[k] != 0;
    if (nu) {
        d->unres = cg_arena_alloc(ar, nu * sizeof *d->unres);
        size_t kept = 0;
        for (size_t k = 0; k < d->nrefs; k++) {
            const cg_ref *r = &d->refs[k];
            if (!why[k]) {
                d->refs[kept++] = *r;
                continue;
            }
            cg_unresolved *u = &d->unres[d->nunres++];
            memset(u, 0, sizeof *u);
            u->kind = why[k] == CG_UNRES_SC_NUMBER ? "sc-resolution"
                      : why[k] == CG_UNRES_LETTER_NO_SENDER ? "letter"
                      : why[k] == CG_UNRES_GA_YEAR ? "ga-resolution"
                      : why[k] == CG_UNRES_BODY_YEAR ? "resolution" : "sc-prst";
            u->key = r->target;
            u->reason = cg_unresolved_reason(why[k]);
            u->text = r->text;
            u->sentence = r->sentence;
            u->offset = r->offset;
            u->length = r->length;
            u->line = r->line;
            u->column = r->column;
        }
        d->nrefs = kept;
    }
    cg_free(why);
    cg_free(res.ms.v);
    cg_text_free(&text);
    d->mb.encoding = cg_xstrdup(dec.encoding);
    d->mb.format = cg_xstrdup(is_html ? "html" : format == CG_FORMAT_MARKDOWN ? "markdown" : "text");
    cg_free(html);
    cg_free(hmap);
    cg_decoded_free(&dec);

    set_identity(d);
    *out = d;
    return CG_OK;
}

/* The page (1-based) of offset off, from the pages' first offsets. */
static long page_of(const size_t *start, size_t n, size_t off)
{
    size_t lo = 0, hi = n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (start[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (long)lo + 1;
}

/* A PDF or a Word document is read for its text (read_pdf.c,
 * read_docx.c), which then goes through the pipeline as a text file
 * would: offsets, lines and columns are in that text, and a PDF's
 * references say their page.  Everything else is read as it is. */
static cg_status scan_any(cg_document **out, const cg_registry *reg, const char *name,
                          const char *data, size_t len, size_t max_refs, int forced_lang,
                          cg_error *err)
{
    *out = NULL;
    int src = cg_looks_pdf(data, len) ? SRC_PDF : cg_looks_zip(data, len) ? SRC_DOCX : SRC_FILE;
    if (src == SRC_FILE || len > CG_MAX_DOCUMENT)
        return scan_text(out, reg, name, data, len, SRC_FILE, max_refs, forced_lang, err);
    cg_extracted x;
    cg_status st = src == SRC_PDF ? cg_pdf_text(name, data, len, &x, err)
                                  : cg_docx_text(name, data, len, &x, err);
    if (st != CG_OK)
        return st;
    st = scan_text(out, reg, name, x.text, x.len, x.paragraphs ? SRC_DOCX : SRC_PDF, max_refs, forced_lang, err);
    if (st == CG_OK) {
        cg_document *d = *out;
        for (size_t k = 0; k < d->nrefs && x.page_start; k++)
            d->refs[k].page = page_of(x.page_start, x.npages, d->refs[k].offset);
        for (size_t k = 0; k < d->nunres && x.page_start; k++)
            d->unres[k].page = page_of(x.page_start, x.npages, d->unres[k].offset);
        cg_free(d->mb.format);
        d->mb.format = cg_xstrdup(src == SRC_PDF ? "pdf" : "docx");
        set_identity(d);
    }
    cg_extracted_free(&x);
    return st;
}

cg_status cg_document_scan(cg_document **out, const cg_registry *reg, const char *name,
                           const char *data, size_t len, cg_error *err)
{
    return scan_any(out, reg, name, data, len, 0, -1, err);
}

/* identity: own symbol, else letter:DATE:ISO3, else the file's path
 * relative to the corpus root (docs/identifiers.md) */
static void set_identity(cg_document *d)
{
    cg_meta_buf *mb = &d->mb;
    cg_free(d->id);
    if (mb->symbols) {
        size_t l = strcspn(mb->symbols, " ");
        d->id = cg_xstrndup(mb->symbols, l);
    } else if (mb->date && mb->sender) {
        size_t l = strcspn(mb->sender, " ");
        d->id = cg_xsprintf("letter:%s:%.*s", mb->date, (int)l, mb->sender);
    } else {
        char *e;
        cg_name_escape(&e, d->name);
        d->id = cg_xsprintf("file:%s", e);
        cg_free(e);
    }
    cg_meta *mt = &d->meta;
    mt->id = d->id;
    mt->file = d->file;
    mt->language = mb->language;
    mt->title = mb->title;
    mt->date = mb->date;
    mt->sender = mb->sender;
    mt->symbols = mb->symbols;
    mt->addressee = mb->addressee;
    mt->session = mb->session;
    mt->sc_year = mb->sc_year;
    mt->agenda_items = mb->agenda;
    mt->annex_author = mb->annex_author;
    mt->has_annex = mb->has_annex;
    mt->encoding = mb->encoding;
    mt->format = mb->format;
}

static void replace(char **dst, const char *v)
{
    if (v && *v) {
        cg_free(*dst);
        *dst = cg_xstrdup(v);
    }
}

void cg_document_override(cg_document *doc, const char *symbols, const char *date,
                          const char *sender, const char *language)
{
    if (symbols && *symbols) {
        /* "A/75/693-S/2020/1307", "A/75/693 S/2020/1307", "a/75/693, s/2020/1307" */
        cg_buf b = {0};
        char *copy = cg_xstrdup(symbols);
        for (char *sv_ = NULL, *t = strtok_r(copy, " ,;\t", &sv_); t; t = strtok_r(NULL, " ,;\t", &sv_)) {
            size_t cuts[4], n = strlen(t), a = 0;
            size_t nc = cg_split_joint(t, n, cuts);
            for (size_t k = 0; k <= nc; k++) {
                size_t e = k < nc ? cuts[k] : n;
                char *sym = cg_canon_symbol(t + a, e - a);
                if (b.len)
                    cg_buf_putc(&b, ' ');
                cg_buf_puts(&b, sym);
                cg_free(sym);
                a = e + 1;
            }
        }
        cg_free(copy);
        cg_free(doc->mb.symbols);
        doc->mb.symbols = b.s ? cg_buf_take(&b) : NULL;
    }
    replace(&doc->mb.date, date);
    replace(&doc->mb.sender, sender);
    replace(&doc->mb.language, language);
    set_identity(doc);
}

#define MAX_FILE CG_MAX_DOCUMENT

/* What a file that is not a regular file is, in the user's terms. */
static const char *file_kind(mode_t m)
{
    return S_ISFIFO(m)  ? "a FIFO (named pipe)"
           : S_ISCHR(m) ? "a character device"
           : S_ISBLK(m) ? "a block device"
           : S_ISSOCK(m) ? "a socket"
           : S_ISDIR(m) ? "a folder"
                        : "a special file";
}

static cg_status refuse(const char *path, mode_t m, cg_error *err)
{
    int can = S_ISFIFO(m) || S_ISCHR(m) || S_ISBLK(m);
    cg_error_set(err, path, 0, 0, "%s, not a regular file: not read%s", file_kind(m),
                 can ? " (--follow-special reads it to its end)" : "");
    return CG_ERR_INPUT;
}

static cg_status too_large(const char *path, cg_error *err)
{
    cg_error_set(err, path, 0, 0, "larger than %zu MiB: not a letter", (size_t)MAX_FILE >> 20);
    return CG_ERR_INPUT;
}

/* Opens path for reading without blocking on a FIFO or taking a terminal,
 * and decides from what the descriptor is (fstat) whether to read it.
 * Returns the descriptor, or -1 after filling err. */
static int open_input(const char *path, int follow, struct stat *st, cg_status *why, cg_error *err)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        struct stat ls;
        /* a socket cannot be opened (ENXIO), nor a device on a nodev file
         * system (EACCES): say what it is rather than the system's word */
        if (stat(path, &ls) == 0 && !S_ISREG(ls.st_mode) &&
            (S_ISSOCK(ls.st_mode) || !follow)) {
            *why = refuse(path, ls.st_mode, err);
            return -1;
        }
        cg_error_set(err, path, 0, 0, "cannot open: %s", strerror(e));
        *why = CG_ERR_IO;
        return -1;
    }
    if (fstat(fd, st) != 0) {
        cg_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        close(fd);
        *why = CG_ERR_IO;
        return -1;
    }
    if (!S_ISREG(st->st_mode)) {
        if (!follow || !(S_ISFIFO(st->st_mode) || S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))) {
            *why = refuse(path, st->st_mode, err);
            close(fd);
            return -1;
        }
        if (S_ISFIFO(st->st_mode)) {
            /* asked for: wait for a writer, as `cat` does (a FIFO opened
             * without blocking reads as empty until one has written or
             * gone; poll waits for either) */
            struct pollfd p = {fd, POLLIN, 0};
            while (poll(&p, 1, -1) < 0 && errno == EINTR)
                ;
        }
    }
    /* reads block from here on, as reads of a file do */
    int fl = fcntl(fd, F_GETFL);
    if (fl != -1 && (fl & O_NONBLOCK))
        fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    return fd;
}

/* Reads fd to its end into one allocation: of the file's size (plus the
 * terminator) when it is known, else grown as the data comes; never more
 * than MAX_FILE bytes.  Returns CG_OK with *data (NUL-terminated) and *len. */
static cg_status read_all(const char *path, int fd, const struct stat *st, char **data,
                          size_t *len, cg_error *err)
{
    *data = NULL;
    *len = 0;
    int known = S_ISREG(st->st_mode) && st->st_size > 0;
    if (known && (unsigned long long)st->st_size > MAX_FILE)
        return too_large(path, err); /* refused unread */
    size_t cap = known ? (size_t)st->st_size + 1 : 65536 + 1;
    size_t n = 0;
    char *buf = cg_xmalloc(cap);
    char chunk[65536];
    for (;;) {
        /* fill what was allocated; past it (a stream, or a file that
         * grew), read a chunk aside and grow only if there is more */
        int aside = n + 1 == cap;
        char *at = aside ? chunk : buf + n;
        size_t room = aside ? sizeof chunk : cap - 1 - n;
        ssize_t r = read(fd, at, room);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                /* standard input left non-blocking by whoever gave it */
                struct pollfd p = {fd, POLLIN, 0};
                poll(&p, 1, -1);
                continue;
            }
            cg_error_set(err, path, 0, 0, "read error: %s", strerror(errno));
            cg_free(buf);
            return CG_ERR_IO;
        }
        if (r == 0)
            break;
        if (n + (size_t)r > MAX_FILE) {
            cg_free(buf);
            return too_large(path, err);
        }
        if (aside) {
            size_t want = cap * 2 > n + (size_t)r + 1 ? cap * 2 : n + (size_t)r + 1;
            if (want > MAX_FILE + 1)
                want = MAX_FILE + 1;
            buf = cg_xrealloc(buf, want);
            cap = want;
            memcpy(buf + n, chunk, (size_t)r);
        }
        n += (size_t)r;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return CG_OK;
}

cg_status cg_document_read_file_opts(cg_document **out, const cg_registry *reg, const char *path,
                                     const cg_read_options *opts, cg_error *err)
{
    *out = NULL;
    int forced = -1;
    if (opts && opts->language && (forced = cg_lang_find(opts->language)) < 0) {
        cg_error_set(err, path, 0, 0, "language '%s': citegraph reads %s", opts->language,
                     CG_LANGUAGES_READ);
        return CG_ERR_USAGE;
    }
    int is_stdin = strcmp(path, "-") == 0;
    struct stat st;
    int fd;
    cg_status why = CG_OK;
    if (is_stdin) {
        /* standard input is read whatever it is: a pipe is normal use */
        fd = STDIN_FILENO;
        if (fstat(fd, &st) != 0) {
            cg_error_set(err, path, 0, 0, "cannot read standard input: %s", strerror(errno));
            return CG_ERR_IO;
        }
    } else if ((fd = open_input(path, opts && opts->follow_special, &st, &why, err)) < 0) {
        return why;
    }
    char *data;
    size_t len;
    cg_status rs = read_all(path, fd, &st, &data, &len, err);
    if (!is_stdin)
        close(fd);
    if (rs != CG_OK)
        return rs;
    cg_status rc = scan_any(out, reg, path, data, len, opts ? opts->max_refs : 0, forced, err);
    cg_free(data);
    if (rc == CG_OK && opts && opts->name) {
        cg_free((*out)->name);
        (*out)->name = cg_xstrdup(without_dot(opts->name));
        set_identity(*out);
    }
    return rc;
}

cg_status cg_document_read_file(cg_document **out, const cg_registry *reg, const char *path,
                                cg_error *err)
{
    return cg_document_read_file_opts(out, reg, path, NULL, err);
}

const cg_meta *cg_document_meta(const cg_document *doc)
{
    return &doc->meta;
}

size_t cg_document_warning_count(const cg_document *doc)
{
    return doc->warning != NULL;
}

const char *cg_document_warning(const cg_document *doc, size_t i)
{
    return i == 0 ? doc->warning : NULL;
}

size_t cg_document_ref_count(const cg_document *doc)
{
    return doc->nrefs;
}

const cg_ref *cg_document_ref(const cg_document *doc, size_t i)
{
    return i < doc->nrefs ? &doc->refs[i] : NULL;
}

size_t cg_document_unresolved_count(const cg_document *doc)
{
    return doc->nunres;
}

const cg_unresolved *cg_document_unresolved(const cg_document *doc, size_t i)
{
    return i < doc->nunres ? &doc->unres[i] : NULL;
}

/* ---- documents made from what a scan found (a cache, JSON Lines) ---- */

static char *dup_or_null(const char *s)
{
    return s && *s ? cg_xstrdup(s) : NULL;
}

/* Valid UTF-8 (NULL allowed): what a scan hands out, and what the writers
 * take. */
static int utf8_ok(const char *s)
{
    size_t nul, n = s ? strlen(s) : 0;
    return !s || cg_utf8_check(s, n, &nul) == n;
}

cg_status cg_document_new(cg_document **out, const cg_meta *meta, const char *name, cg_error *err)
{
    *out = NULL;
    if (!meta || !meta->file || !*meta->file) {
        cg_error_set(err, NULL, 0, 0, "a document needs the file it was read from");
        return CG_ERR_USAGE;
    }
    const char *const text[] = {meta->title, meta->date, meta->sender, meta->symbols, meta->addressee,
                                meta->agenda_items, meta->annex_author, meta->language, meta->encoding,
                                meta->format};
    for (size_t k = 0; k < sizeof text / sizeof text[0]; k++)
        if (!utf8_ok(text[k])) {
            cg_error_set(err, meta->file, 0, 0, "the letter's metadata is not valid UTF-8");
            return CG_ERR_INPUT;
        }
    cg_document *d = cg_xcalloc(1, sizeof *d);
    cg_meta_buf *mb = &d->mb;
    mb->title = dup_or_null(meta->title);
    mb->date = dup_or_null(meta->date);
    mb->sender = dup_or_null(meta->sender);
    mb->symbols = dup_or_null(meta->symbols);
    mb->addressee = dup_or_null(meta->addressee);
    mb->agenda = dup_or_null(meta->agenda_items);
    mb->annex_author = dup_or_null(meta->annex_author);
    mb->language = dup_or_null(meta->language);
    mb->encoding = dup_or_null(meta->encoding);
    mb->format = dup_or_null(meta->format);
    mb->session = meta->session;
    mb->sc_year = meta->sc_year;
    mb->has_annex = meta->has_annex != 0;
    d->file = cg_xstrdup(meta->file);
    d->name = cg_xstrdup(without_dot(name && *name ? name : meta->file));
    d->caprefs = 1; /* refs on the heap, grown by cg_document_add_ref */
    set_identity(d);
    *out = d;
    return CG_OK;
}

cg_status cg_document_add_ref(cg_document *doc, const cg_ref *ref, cg_error *err)
{
    if (!doc->caprefs) {
        cg_error_set(err, doc->file, 0, 0, "only a document made by cg_document_new takes references");
        return CG_ERR_USAGE;
    }
    if (!ref->target || !*ref->target || (unsigned)ref->kind >= CG_KIND_COUNT) {
        cg_error_set(err, doc->file, 0, 0, "a reference needs a target and a kind");
        return CG_ERR_INPUT;
    }
    const char *const text[] = {ref->target, ref->label, ref->parent, ref->parent_label, ref->symbols,
                                ref->alias, ref->text, ref->sentence};
    for (size_t k = 0; k < sizeof text / sizeof text[0]; k++)
        if (!utf8_ok(text[k])) {
            cg_error_set(err, doc->file, 0, 0, "a reference is not valid UTF-8");
            return CG_ERR_INPUT;
        }
    if (doc->nrefs + 1 >= doc->caprefs || !doc->refs) {
        doc->caprefs = doc->caprefs < 8 ? 8 : doc->caprefs * 2;
        doc->refs = cg_xrealloc(doc->refs, doc->caprefs * sizeof *doc->refs);
    }
    cg_arena *ar = &doc->arena;
    cg_ref *r = &doc->refs[doc->nrefs];
    *r = *ref;
    r->target = cg_arena_strdup(ar, ref->target);
    r->label = cg_arena_strdup(ar, ref->label);
    r->parent = cg_arena_strdup(ar, ref->parent);
    r->parent_label = cg_arena_strdup(ar, ref->parent_label);
    r->symbols = cg_arena_strdup(ar, ref->symbols);
    r->alias = cg_arena_strdup(ar, ref->alias);
    r->text = cg_arena_strdup(ar, ref->text);
    /* mentions of one sentence share it, as in a scan */
    const cg_ref *prev = doc->nrefs ? &doc->refs[doc->nrefs - 1] : NULL;
    if (prev && prev->sentence && ref->sentence && strcmp(prev->sentence, ref->sentence) == 0)
        r->sentence = prev->sentence;
    else
        r->sentence = cg_arena_strdup(ar, ref->sentence);
    r->echo = ref->echo != 0;
    /* the language's own code (static), not the caller's string */
    r->label_lang = NULL;
    if (ref->label_lang) {
        int l = cg_lang_find(ref->label_lang);
        if (l < 0) {
            cg_error_set(err, doc->file, 0, 0,
                         "a reference's label language '%s' is not one of zh, en, fr, es, ru, ar",
                         ref->label_lang);
            return CG_ERR_INPUT;
        }
        r->label_lang = cg_langs[l]->code;
    }
    doc->nrefs++;
    return CG_OK;
}

void cg_document_free(cg_document *doc)
{
    if (!doc)
        return;
    if (doc->caprefs)
        cg_free(doc->refs);
    cg_meta_buf_free(&doc->mb);
    cg_free(doc->id);
    cg_free(doc->file);
    cg_free(doc->name);
    cg_free(doc->warning);
    cg_arena_free(&doc->arena);
    cg_free(doc);
}

char *cg_label_in(const cg_registry *reg, const char *id, cg_kind kind, const char *parent, int lang)
{
    if (lang < 0 || lang >= CG_LANG_COUNT)
        return NULL;
    const cg_entry *e = reg ? cg_registry_get(reg, id) : NULL;
    if (e && e->label[lang])
        return cg_xstrdup(e->label[lang]);
    cg_arena ar = {0};
    const char *l = NULL;
    if (parent && reg && cg_registry_get(reg, parent))
        l = article_label(&ar, id, parent_label(&ar, reg, parent, lang), lang);
    else if (!parent)
        l = symbol_label(&ar, id, kind, lang, NULL, NULL);
    char *r = l && l != id ? cg_xstrdup(l) : NULL;
    cg_arena_free(&ar);
    return r;
}
