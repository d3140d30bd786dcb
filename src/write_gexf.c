/* write_gexf.c: GEXF 1.3 (or 1.2draft) with libxml2's xmlTextWriter: a
 * dynamic graph whose timeline replays the corpus (a letter appears on its
 * date, an instrument when first cited, a citation on its letter's date),
 * colours by kind, sizes by in-degree, every attribute typed.  Validates
 * against the GEXF 1.3 RelaxNG schema. */
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#include "attrs.h"
#include "writers.h"

const char *cg_node_start(const gnode *n)
{
    if (n->kind == CG_KIND_LETTER && n->date)
        return n->date;
    return n->first_cited ? n->first_cited : n->date;
}

char *cg_clean_string(const char *s)
{
    char *o = cg_xstrdup(s), *w = o;
    for (const char *p = s; *p; p++) {
        const unsigned char *u = (const unsigned char *)p;
        if (u[0] == 0xEF && u[1] == 0xBF && (u[2] == 0xBE || u[2] == 0xBF)) {
            p += 2; /* U+FFFE, U+FFFF: not XML characters */
            continue;
        }
        if (*u >= 0x20 || *p == '\t' || *p == '\n')
            *w++ = *p;
    }
    *w = '\0';
    return o;
}

static const char *gexf_type(cg_attr_type t)
{
    switch (t) {
    case AT_LONG: return "long";
    case AT_DOUBLE: return "double";
    case AT_BOOL: return "boolean";
    default: return "string";
    }
}

#define W(call)                                                                        \
    do {                                                                               \
        if ((call) < 0)                                                                \
            goto fail;                                                                 \
    } while (0)

static int attributes(xmlTextWriterPtr w, const char *cls, const cg_attr *tab, size_t n)
{
    if (xmlTextWriterStartElement(w, BAD_CAST "attributes") < 0 ||
        xmlTextWriterWriteAttribute(w, BAD_CAST "class", BAD_CAST cls) < 0 ||
        xmlTextWriterWriteAttribute(w, BAD_CAST "mode", BAD_CAST "static") < 0)
        return -1;
    for (size_t k = 0; k < n; k++) {
        /* name and label are GEXF's own id and label */
        if (!strcmp(tab[k].name, "name") || !strcmp(tab[k].name, "label"))
            continue;
        if (xmlTextWriterStartElement(w, BAD_CAST "attribute") < 0 ||
            xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST tab[k].name) < 0 ||
            xmlTextWriterWriteAttribute(w, BAD_CAST "title", BAD_CAST tab[k].name) < 0 ||
            xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST gexf_type(tab[k].type)) < 0 ||
            xmlTextWriterEndElement(w) < 0)
            return -1;
    }
    return xmlTextWriterEndElement(w);
}

static int attvalues(xmlTextWriterPtr w, const cg_attr *tab, size_t n, const void *obj, int letter)
{
    if (xmlTextWriterStartElement(w, BAD_CAST "attvalues") < 0)
        return -1;
    for (size_t k = 0; k < n; k++) {
        if (!strcmp(tab[k].name, "name") || !strcmp(tab[k].name, "label"))
            continue;
        char *v = cg_attr_value(&tab[k], obj, letter);
        if (!v)
            continue;
        char *c = cg_clean_string(v);
        int rc = xmlTextWriterStartElement(w, BAD_CAST "attvalue") < 0 ||
                 xmlTextWriterWriteAttribute(w, BAD_CAST "for", BAD_CAST tab[k].name) < 0 ||
                 xmlTextWriterWriteAttribute(w, BAD_CAST "value", BAD_CAST c) < 0 ||
                 xmlTextWriterEndElement(w) < 0;
        cg_free(c);
        cg_free(v);
        if (rc)
            return -1;
    }
    return xmlTextWriterEndElement(w);
}

cg_status cg_write_gexf(const cg_graph *g, FILE *fp, int v12, cg_error *err)
{
    const char *ns = v12 ? "http://www.gexf.net/1.2draft" : "http://gexf.net/1.3";
    const char *vizns = v12 ? "http://www.gexf.net/1.2draft/viz" : "http://gexf.net/1.3/viz";
    xmlOutputBufferPtr out = xmlOutputBufferCreateFile(fp, NULL);
    if (!out) {
        cg_error_set(err, NULL, 0, 0, "GEXF: cannot open the output");
        return CG_ERR_IO;
    }
    xmlTextWriterPtr w = xmlNewTextWriter(out);
    if (!w) {
        xmlOutputBufferClose(out);
        cg_error_set(err, NULL, 0, 0, "GEXF: cannot open the output");
        return CG_ERR_IO;
    }
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterSetIndentString(w, BAD_CAST "  ");
    W(xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL));
    W(xmlTextWriterStartElement(w, BAD_CAST "gexf"));
    W(xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST ns));
    W(xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:viz", BAD_CAST vizns));
    W(xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST(v12 ? "1.2" : "1.3")));
    W(xmlTextWriterStartElement(w, BAD_CAST "meta"));
    W(xmlTextWriterWriteElement(w, BAD_CAST "creator", BAD_CAST "citegraph " CG_VERSION));
    W(xmlTextWriterWriteElement(w, BAD_CAST "description",
                                BAD_CAST "Citations in letters circulated at the United Nations"));
    W(xmlTextWriterEndElement(w));
    W(xmlTextWriterStartElement(w, BAD_CAST "graph"));
    W(xmlTextWriterWriteAttribute(w, BAD_CAST "mode", BAD_CAST "dynamic"));
    W(xmlTextWriterWriteAttribute(w, BAD_CAST "defaultedgetype", BAD_CAST "directed"));
    W(xmlTextWriterWriteAttribute(w, BAD_CAST "timeformat", BAD_CAST "date"));
    if (attributes(w, "node", cg_node_attrs, cg_node_attr_count) < 0 ||
        attributes(w, "edge", cg_edge_attrs, cg_edge_attr_count) < 0)
        goto fail;
    W(xmlTextWriterStartElement(w, BAD_CAST "nodes"));
    for (size_t i = 0; i < g->nodes.n; i++) {
        const gnode *n = g->nodes.v[i];
        char *label = cg_clean_string(n->label ? n->label : n->name);
        char *id = cg_clean_string(n->name);
        int rc = xmlTextWriterStartElement(w, BAD_CAST "node") < 0 ||
                 xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST id) < 0 ||
                 xmlTextWriterWriteAttribute(w, BAD_CAST "label", BAD_CAST label) < 0;
        cg_free(label);
        cg_free(id);
        if (rc)
            goto fail;
        const char *start = cg_node_start(n);
        if (start)
            W(xmlTextWriterWriteAttribute(w, BAD_CAST "start", BAD_CAST start));
        if (attvalues(w, cg_node_attrs, cg_node_attr_count, n, n->kind == CG_KIND_LETTER) < 0)
            goto fail;
        int r, gg, b;
        cg_kind_color(n->kind, &r, &gg, &b);
        W(xmlTextWriterStartElement(w, BAD_CAST "viz:color"));
        W(xmlTextWriterWriteFormatAttribute(w, BAD_CAST "r", "%d", r));
        W(xmlTextWriterWriteFormatAttribute(w, BAD_CAST "g", "%d", gg));
        W(xmlTextWriterWriteFormatAttribute(w, BAD_CAST "b", "%d", b));
        W(xmlTextWriterEndElement(w));
        W(xmlTextWriterStartElement(w, BAD_CAST "viz:size"));
        W(xmlTextWriterWriteFormatAttribute(w, BAD_CAST "value", "%.1f", 10.0 + 4.0 * (double)n->in_degree));
        W(xmlTextWriterEndElement(w));
        W(xmlTextWriterEndElement(w));
    }
    W(xmlTextWriterEndElement(w));
    W(xmlTextWriterStartElement(w, BAD_CAST "edges"));
    for (size_t i = 0; i < g->edges.n; i++) {
        const gedge *e = g->edges.v[i];
        const gnode *from = g->nodes.v[e->from], *to = g->nodes.v[e->to];
        char *s = cg_clean_string(from->name), *t = cg_clean_string(to->name);
        int rc = xmlTextWriterStartElement(w, BAD_CAST "edge") < 0 ||
                 xmlTextWriterWriteFormatAttribute(w, BAD_CAST "id", "e%zu", i) < 0 ||
                 xmlTextWriterWriteAttribute(w, BAD_CAST "source", BAD_CAST s) < 0 ||
                 xmlTextWriterWriteAttribute(w, BAD_CAST "target", BAD_CAST t) < 0 ||
                 xmlTextWriterWriteFormatAttribute(w, BAD_CAST "weight", "%ld", e->weight > 0 ? e->weight : 1) < 0;
        cg_free(s);
        cg_free(t);
        if (rc)
            goto fail;
        /* a citation appears on its letter's date, part-of with the article */
        const char *start = cg_node_start(from);
        if (start)
            W(xmlTextWriterWriteAttribute(w, BAD_CAST "start", BAD_CAST start));
        if (attvalues(w, cg_edge_attrs, cg_edge_attr_count, e, 1) < 0)
            goto fail;
        W(xmlTextWriterEndElement(w));
    }
    W(xmlTextWriterEndElement(w));
    W(xmlTextWriterEndElement(w)); /* graph */
    W(xmlTextWriterEndElement(w)); /* gexf */
    W(xmlTextWriterEndDocument(w));
    xmlFreeTextWriter(w);
    return ferror(fp) ? CG_ERR_IO : CG_OK;
fail:
    xmlFreeTextWriter(w);
    cg_error_set(err, NULL, 0, 0, "GEXF: write error");
    return CG_ERR_IO;
}
