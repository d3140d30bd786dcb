/* test_graphml.c: what readers make of the GraphML that citegraph writes.
 *
 *   test_graphml --schema XSD GRAPH   validates against the GraphML 1.0 schema
 *                                     (exit 77, skipped, when XSD is absent)
 *   test_graphml --igraph GRAPH       reads it with igraph's GraphML reader:
 *                                     same nodes, edges and attributes
 *   test_graphml --relaxng RNG FILE   validates a GEXF file against the RelaxNG
 *                                     schema (exit 77 when RNG is absent)
 *   test_graphml --readback GRAPH     reads it with citegraph's reader and
 *                                     writes it again: same bytes */
#include <igraph/igraph.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "citegraph.h"

static int fail(const char *what)
{
    printf("FAIL: %s\n", what);
    printf("0 passed, 1 failed\n");
    return 1;
}

static char *slurp(FILE *fp, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap);
    size_t got;
    while ((got = fread(b + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap)
            b = realloc(b, cap *= 2);
    }
    *len = n;
    return b;
}

static int schema(const char *xsd, const char *graph)
{
    if (access(xsd, R_OK) != 0) {
        printf("skipped: %s not found (../shared is absent in a user's clone)\n", xsd);
        return 77;
    }
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(xsd);
    xmlSchemaPtr s = pc ? xmlSchemaParse(pc) : NULL;
    if (!s)
        return fail("cannot load the GraphML schema");
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(s);
    xmlDocPtr doc = xmlReadFile(graph, NULL, XML_PARSE_NONET);
    if (!doc)
        return fail("the graph is not well-formed XML");
    int rc = xmlSchemaValidateDoc(vc, doc);
    xmlFreeDoc(doc);
    xmlSchemaFreeValidCtxt(vc);
    xmlSchemaFree(s);
    xmlSchemaFreeParserCtxt(pc);
    if (rc != 0)
        return fail("the graph does not validate against GraphML 1.0");
    printf("%s validates against %s\n1 passed, 0 failed\n", graph, xsd);
    return 0;
}

static int relaxng(const char *rng, const char *file)
{
    if (access(rng, R_OK) != 0) {
        printf("skipped: %s not found (../shared is absent in a user's clone)\n", rng);
        return 77;
    }
    xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewParserCtxt(rng);
    xmlRelaxNGPtr s = pc ? xmlRelaxNGParse(pc) : NULL;
    if (!s)
        return fail("cannot load the RelaxNG schema");
    xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(s);
    xmlDocPtr doc = xmlReadFile(file, NULL, XML_PARSE_NONET);
    if (!doc)
        return fail("not well-formed XML");
    int rc = xmlRelaxNGValidateDoc(vc, doc);
    xmlFreeDoc(doc);
    xmlRelaxNGFreeValidCtxt(vc);
    xmlRelaxNGFree(s);
    xmlRelaxNGFreeParserCtxt(pc);
    if (rc != 0)
        return fail("does not validate against the RelaxNG schema");
    printf("%s validates against %s\n1 passed, 0 failed\n", file, rng);
    return 0;
}

static int with_igraph(const char *graph)
{
    igraph_set_attribute_table(&igraph_cattribute_table);
    cg_init();
    cg_graph *ours = NULL;
    cg_error err = {0};
    if (cg_graph_load_graphml(&ours, graph, &err) != CG_OK)
        return fail(err.message);
    FILE *fp = fopen(graph, "r");
    if (!fp)
        return fail("cannot open the graph");
    igraph_t g;
    igraph_error_t rc = igraph_read_graph_graphml(&g, fp, 0);
    fclose(fp);
    if (rc != IGRAPH_SUCCESS)
        return fail("igraph cannot read the graph");
    int ok = 1;
    if ((size_t)igraph_vcount(&g) != cg_graph_node_count(ours)) {
        printf("nodes: igraph %ld, citegraph %zu\n", (long)igraph_vcount(&g), cg_graph_node_count(ours));
        ok = 0;
    }
    if ((size_t)igraph_ecount(&g) != cg_graph_edge_count(ours)) {
        printf("edges: igraph %ld, citegraph %zu\n", (long)igraph_ecount(&g), cg_graph_edge_count(ours));
        ok = 0;
    }
    const char *need_v[] = {"name", "label", "kind", "pagerank", "in_degree"};
    for (size_t k = 0; k < sizeof need_v / sizeof need_v[0]; k++)
        if (!igraph_cattribute_has_attr(&g, IGRAPH_ATTRIBUTE_VERTEX, need_v[k])) {
            printf("igraph sees no vertex attribute '%s'\n", need_v[k]);
            ok = 0;
        }
    const char *need_e[] = {"kind", "weight", "sentence"};
    for (size_t k = 0; k < sizeof need_e / sizeof need_e[0]; k++)
        if (!igraph_cattribute_has_attr(&g, IGRAPH_ATTRIBUTE_EDGE, need_e[k])) {
            printf("igraph sees no edge attribute '%s'\n", need_e[k]);
            ok = 0;
        }
    /* every edge weight is a positive number, every name non-empty */
    for (igraph_integer_t e = 0; ok && e < igraph_ecount(&g); e++)
        if (!(EAN(&g, "weight", e) >= 1)) {
            printf("edge %ld: weight %g\n", (long)e, EAN(&g, "weight", e));
            ok = 0;
        }
    for (igraph_integer_t v = 0; ok && v < igraph_vcount(&g); v++)
        if (!*VAS(&g, "name", v)) {
            printf("vertex %ld has no name\n", (long)v);
            ok = 0;
        }
    printf("igraph: %ld nodes, %ld edges\n", (long)igraph_vcount(&g), (long)igraph_ecount(&g));
    igraph_destroy(&g);
    cg_graph_free(ours);
    if (!ok)
        return fail("igraph round trip");
    printf("1 passed, 0 failed\n");
    return 0;
}

static int readback(const char *graph)
{
    FILE *fp = fopen(graph, "rb");
    if (!fp)
        return fail("cannot open the graph");
    size_t n1;
    char *orig = slurp(fp, &n1);
    fclose(fp);
    cg_graph *g = NULL;
    cg_error err = {0};
    if (cg_graph_load_graphml(&g, graph, &err) != CG_OK)
        return fail(err.message);
    FILE *tmp = tmpfile();
    if (cg_graph_write_graphml(g, tmp, &err) != CG_OK)
        return fail(err.message);
    rewind(tmp);
    size_t n2;
    char *again = slurp(tmp, &n2);
    fclose(tmp);
    cg_graph_free(g);
    int same = n1 == n2 && memcmp(orig, again, n1) == 0;
    free(orig);
    free(again);
    if (!same)
        return fail("read then written again, the GraphML differs");
    printf("read back and written again: identical (%zu bytes)\n1 passed, 0 failed\n", n1);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--schema") == 0)
        return schema(argv[2], argv[3]);
    if (argc == 4 && strcmp(argv[1], "--relaxng") == 0)
        return relaxng(argv[2], argv[3]);
    if (argc == 3 && strcmp(argv[1], "--igraph") == 0)
        return with_igraph(argv[2]);
    if (argc == 3 && strcmp(argv[1], "--readback") == 0)
        return readback(argv[2]);
    fprintf(stderr, "usage: test_graphml --schema XSD GRAPH | --igraph GRAPH | --readback GRAPH\n");
    return 2;
}
