/* docbin.c: a scanned letter in the scan cache's binary form (docs/cache.md):
 * what cg_graph_add needs of it, read back without a parser of text.
 *
 *   "CGD2", then the metadata: title, date, sender, symbols, addressee,
 *   agenda items, annex author, language, encoding, format (strings),
 *   session, sc_year (numbers), has_annex (byte); the count of references;
 *   each reference: target, label, parent, parent label, symbols, alias,
 *   text (strings), sentence (a string, or 1: the previous reference's),
 *   kind (byte), offset, length, line, column, page (numbers), echo (byte),
 *   the language of the labels (byte: 0 none, else 1 + its index in
 *   src/lang/lang.h's order: 1 zh, 2 en, 3 fr, 4 es, 5 ru, 6 ar).
 *
 * A number is an unsigned LEB128 varint (at most 10 bytes); a string is a
 * varint: 0 for none, else its length + 2 (1 is "the previous sentence"),
 * then its bytes, which hold no NUL.  Nothing may follow the last
 * reference.  The file name and the name below the corpus root are the
 * cache's key, not part of the entry. */
#include <stdlib.h>
#include <string.h>

#include "docbin.h"
#include "lang/lang.h"

/* The language of a reference's labels as the byte after echo says it:
 * 0 none, else 1 + its index in cg_langs. */
static unsigned char label_lang_byte(const char *code)
{
    int l = code ? cg_lang_find(code) : -1;
    return (unsigned char)(l + 1);
}

static void put_num(cg_buf *b, uint64_t v)
{
    do {
        unsigned char c = v & 0x7f;
        v >>= 7;
        cg_buf_putc(b, (char)(v ? c | 0x80 : c));
    } while (v);
}

static void put_str(cg_buf *b, const char *s)
{
    if (!s) {
        put_num(b, 0);
        return;
    }
    size_t n = strlen(s);
    put_num(b, (uint64_t)n + 2);
    cg_buf_add(b, s, n);
}

void cli_doc_encode(cg_buf *b, const cg_document *doc)
{
    const cg_meta *m = cg_document_meta(doc);
    cg_buf_add(b, "CGD2", 4);
    put_str(b, m->title);
    put_str(b, m->date);
    put_str(b, m->sender);
    put_str(b, m->symbols);
    put_str(b, m->addressee);
    put_str(b, m->agenda_items);
    put_str(b, m->annex_author);
    put_str(b, m->language);
    put_str(b, m->encoding);
    put_str(b, m->format);
    put_num(b, (uint64_t)(m->session > 0 ? m->session : 0));
    put_num(b, (uint64_t)(m->sc_year > 0 ? m->sc_year : 0));
    cg_buf_putc(b, (char)(m->has_annex != 0));
    size_t n = cg_document_ref_count(doc);
    put_num(b, n);
    const char *prev = NULL;
    for (size_t k = 0; k < n; k++) {
        const cg_ref *r = cg_document_ref(doc, k);
        put_str(b, r->target);
        put_str(b, r->label);
        put_str(b, r->parent);
        put_str(b, r->parent_label);
        put_str(b, r->symbols);
        put_str(b, r->alias);
        put_str(b, r->text);
        if (prev && r->sentence && strcmp(prev, r->sentence) == 0)
            put_num(b, 1);
        else
            put_str(b, r->sentence);
        prev = r->sentence;
        cg_buf_putc(b, (char)r->kind);
        put_num(b, r->offset);
        put_num(b, r->length);
        put_num(b, (uint64_t)(r->line > 0 ? r->line : 0));
        put_num(b, (uint64_t)(r->column > 0 ? r->column : 0));
        put_num(b, (uint64_t)(r->page > 0 ? r->page : 0));
        cg_buf_putc(b, (char)(r->echo != 0));
        cg_buf_putc(b, (char)label_lang_byte(r->label_lang));
    }
}

typedef struct rd {
    const unsigned char *p, *end;
    int bad;
    cg_buf strs; /* the strings of one record, NUL-separated */
} rd;

static uint64_t get_num(rd *r, uint64_t max)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) {
            r->bad = 1;
            return 0;
        }
        unsigned char c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) {
            if (v > max)
                r->bad = 1;
            return r->bad ? 0 : v;
        }
    }
    r->bad = 1;
    return 0;
}

/* A string: its offset + 1 in r->strs (0: none; with `same`, -1 is "the
 * previous sentence"). */
static long get_str(rd *r, int same)
{
    uint64_t n = get_num(r, (uint64_t)(r->end - r->p) + 2);
    if (r->bad || n == 0)
        return 0;
    if (n == 1) {
        if (!same)
            r->bad = 1;
        return -1;
    }
    n -= 2;
    if (n > (uint64_t)(r->end - r->p) || memchr(r->p, '\0', (size_t)n)) {
        r->bad = 1;
        return 0;
    }
    long at = (long)r->strs.len + 1;
    cg_buf_add(&r->strs, (const char *)r->p, (size_t)n);
    cg_buf_putc(&r->strs, '\0');
    r->p += n;
    return at;
}

static int get_byte(rd *r, int max)
{
    if (r->p >= r->end || *r->p > max) {
        r->bad = 1;
        return 0;
    }
    return *r->p++;
}

#define S(ix) ((ix) > 0 ? r.strs.s + (ix) - 1 : NULL)

cg_status cli_doc_decode(cg_document **out, const void *data, size_t len, const char *file,
                         const char *name, cg_error *err)
{
    *out = NULL;
    rd r = {data, (const unsigned char *)data + len, 0, {0}};
    if (len < 4 || memcmp(data, "CGD2", 4) != 0) {
        cg_error_set(err, file, 0, 0, "not an entry of the scan cache");
        return CG_ERR_FORMAT;
    }
    r.p += 4;
    long f[10];
    for (int k = 0; k < 10; k++)
        f[k] = get_str(&r, 0);
    long session = (long)get_num(&r, 0x7fffffff), sc_year = (long)get_num(&r, 0x7fffffff);
    int annex = get_byte(&r, 1);
    uint64_t n = get_num(&r, (uint64_t)(r.end - r.p) / 13); /* a reference takes 13 bytes or more */
    if (r.bad) {
        cg_buf_free(&r.strs);
        cg_error_set(err, file, 0, 0, "a damaged entry of the scan cache");
        return CG_ERR_FORMAT;
    }
    cg_meta m = {0};
    m.file = file;
    m.title = S(f[0]);
    m.date = S(f[1]);
    m.sender = S(f[2]);
    m.symbols = S(f[3]);
    m.addressee = S(f[4]);
    m.agenda_items = S(f[5]);
    m.annex_author = S(f[6]);
    m.language = S(f[7]);
    m.encoding = S(f[8]);
    m.format = S(f[9]);
    m.session = session;
    m.sc_year = sc_year;
    m.has_annex = annex;
    cg_document *d = NULL;
    cg_status st = cg_document_new(&d, &m, name, err);
    if (st != CG_OK) {
        cg_buf_free(&r.strs);
        return CG_ERR_FORMAT;
    }
    char *prev = NULL;
    for (uint64_t k = 0; st == CG_OK && k < n; k++) {
        r.strs.len = 0;
        long s[8];
        for (int i = 0; i < 8; i++)
            s[i] = get_str(&r, i == 7);
        cg_ref ref = {0};
        ref.kind = (cg_kind)get_byte(&r, CG_KIND_COUNT - 1);
        ref.offset = (size_t)get_num(&r, SIZE_MAX);
        ref.length = (size_t)get_num(&r, 0xffffffff);
        ref.line = (long)get_num(&r, 0xffffffff);
        ref.column = (long)get_num(&r, 0xffffffff);
        ref.page = (long)get_num(&r, 0x7fffffff);
        ref.echo = get_byte(&r, 1);
        int ll = get_byte(&r, CG_LANG_COUNT);
        ref.label_lang = ll > 0 ? cg_langs[ll - 1]->code : NULL;
        if (r.bad || (s[7] == -1 && !prev)) {
            r.bad = 1;
            break;
        }
        ref.target = S(s[0]);
        ref.label = S(s[1]);
        ref.parent = S(s[2]);
        ref.parent_label = S(s[3]);
        ref.symbols = S(s[4]);
        ref.alias = S(s[5]);
        ref.text = S(s[6]);
        if (s[7] != -1) {
            free(prev);
            prev = s[7] > 0 ? cg_xstrdup(S(s[7])) : NULL;
        }
        ref.sentence = prev;
        st = cg_document_add_ref(d, &ref, err);
    }
    free(prev);
    if (st == CG_OK && (r.bad || r.p != r.end)) {
        cg_error_set(err, file, 0, 0, "a damaged entry of the scan cache");
        st = CG_ERR_FORMAT;
    }
    cg_buf_free(&r.strs);
    if (st != CG_OK) {
        cg_document_free(d);
        return st == CG_ERR_FORMAT ? st : CG_ERR_FORMAT;
    }
    *out = d;
    return CG_OK;
}
