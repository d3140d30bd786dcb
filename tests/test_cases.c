/* test_cases.c: table-driven golden tests of the scanner.
 *
 * A .cases file holds cases, each an input and what must come out:
 *
 *   === name of the case
 *   text of the letter (any number of lines, kept byte for byte)
 *   --- expect
 *   S/RES/822(1993)            <- the exact set of cited node ids
 *   --- meta                   <- optional: metadata fields that must match
 *   date=2021-08-18
 *   unresolved=ga-resolution:1514(1960)   <- the unresolved mentions, kind:key,
 *                                            space-separated, in document order
 *   --- sentence               <- optional: the sentence a node's first
 *   S/RES/822(1993) = I have the honour …     reference was found in
 *
 * An empty expect section is a negative case: nothing may be found.
 * Usage: test_cases FILE.cases...   Prints "N passed, M failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "citegraph.h"

typedef struct tcase {
    char name[256];
    char *input;
    size_t input_len;
    char **expect;
    size_t nexpect;
    char **meta;
    size_t nmeta;
    char **sentence; /* "ID = SENTENCE" */
    size_t nsentence;
    int line;
} tcase;

static char *dupn(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static void push(char ***v, size_t *n, char *s)
{
    *v = realloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *meta_field(const cg_meta *m, const char *key, char *buf, size_t bl)
{
    if (!strcmp(key, "id")) return m->id;
    if (!strcmp(key, "date")) return m->date;
    if (!strcmp(key, "sender")) return m->sender;
    if (!strcmp(key, "symbols")) return m->symbols;
    if (!strcmp(key, "agenda_items")) return m->agenda_items;
    if (!strcmp(key, "language")) return m->language;
    if (!strcmp(key, "addressee")) return m->addressee;
    if (!strcmp(key, "annex_author")) return m->annex_author;
    if (!strcmp(key, "session")) { snprintf(buf, bl, "%ld", m->session); return buf; }
    if (!strcmp(key, "sc_year")) { snprintf(buf, bl, "%ld", m->sc_year); return buf; }
    if (!strcmp(key, "annex")) { snprintf(buf, bl, "%d", m->has_annex); return buf; }
    return NULL;
}

static int run(const cg_registry *reg, const char *file, tcase *c)
{
    cg_document *doc = NULL;
    cg_error err = {0};
    if (cg_document_scan(&doc, reg, c->name, c->input, c->input_len, &err) != CG_OK) {
        if (c->nexpect == 0 && c->nmeta == 0)
            return 1; /* rejected input, nothing expected */
        printf("FAIL %s:%d: %s: scan error: %s\n", file, c->line, c->name, err.message);
        return 0;
    }
    char **got = NULL;
    size_t ngot = 0;
    for (size_t k = 0; k < cg_document_ref_count(doc); k++) {
        const char *t = cg_document_ref(doc, k)->target;
        int dup = 0;
        for (size_t q = 0; q < ngot; q++)
            dup |= !strcmp(got[q], t);
        if (!dup)
            push(&got, &ngot, dupn(t, strlen(t)));
    }
    if (ngot)
        qsort(got, ngot, sizeof *got, cmp);
    if (c->nexpect)
        qsort(c->expect, c->nexpect, sizeof *c->expect, cmp);
    int ok = ngot == c->nexpect;
    for (size_t k = 0; ok && k < ngot; k++)
        ok = !strcmp(got[k], c->expect[k]);
    if (!ok) {
        printf("FAIL %s:%d: %s\n  expected:", file, c->line, c->name);
        for (size_t k = 0; k < c->nexpect; k++)
            printf(" %s", c->expect[k]);
        printf("\n  got:     ");
        for (size_t k = 0; k < ngot; k++)
            printf(" %s", got[k]);
        printf("\n");
    }
    const cg_meta *m = cg_document_meta(doc);
    for (size_t k = 0; k < c->nmeta; k++) {
        char *eq = strchr(c->meta[k], '=');
        if (!eq)
            continue;
        *eq = '\0';
        char buf[1024];
        const char *v = meta_field(m, c->meta[k], buf, sizeof buf);
        if (!strcmp(c->meta[k], "unresolved")) {
            size_t bl = 0;
            buf[0] = '\0';
            for (size_t q = 0; q < cg_document_unresolved_count(doc) && bl < sizeof buf; q++) {
                const cg_unresolved *u = cg_document_unresolved(doc, q);
                bl += (size_t)snprintf(buf + bl, sizeof buf - bl, "%s%s:%s", q ? " " : "", u->kind, u->key);
            }
            v = buf;
        }
        if (!v)
            v = "";
        if (strcmp(v, eq + 1) != 0) {
            if (ok)
                printf("FAIL %s:%d: %s\n", file, c->line, c->name);
            printf("  meta %s: expected '%s', got '%s'\n", c->meta[k], eq + 1, v);
            ok = 0;
        }
        *eq = '=';
    }
    for (size_t k = 0; k < c->nsentence; k++) {
        char *eq = strstr(c->sentence[k], " = ");
        if (!eq)
            continue;
        *eq = '\0';
        const char *v = NULL;
        for (size_t q = 0; !v && q < cg_document_ref_count(doc); q++) {
            const cg_ref *r = cg_document_ref(doc, q);
            if (!strcmp(r->target, c->sentence[k]))
                v = r->sentence ? r->sentence : "";
        }
        if (!v || strcmp(v, eq + 3) != 0) {
            if (ok)
                printf("FAIL %s:%d: %s\n", file, c->line, c->name);
            printf("  sentence of %s: expected '%s', got '%s'\n", c->sentence[k], eq + 3, v ? v : "(not found)");
            ok = 0;
        }
        *eq = ' ';
    }
    for (size_t k = 0; k < ngot; k++)
        free(got[k]);
    free(got);
    cg_document_free(doc);
    return ok;
}

int main(int argc, char **argv)
{
    cg_registry *reg = NULL;
    cg_error err = {0};
    if (cg_registry_new(&reg, &err) != CG_OK) {
        fprintf(stderr, "registry: %s\n", err.message);
        return 1;
    }
    int passed = 0, failed = 0;
    for (int a = 1; a < argc; a++) {
        FILE *fp = fopen(argv[a], "rb");
        if (!fp) {
            perror(argv[a]);
            failed++;
            continue;
        }
        char line[65536];
        tcase c;
        memset(&c, 0, sizeof c);
        int section = 0, have = 0, lineno = 0;
        size_t cap = 0;
        for (;;) {
            char *r = fgets(line, sizeof line, fp);
            if (r)
                lineno++;
            if (!r || strncmp(line, "=== ", 4) == 0) {
                if (have) {
                    while (c.input_len && c.input[c.input_len - 1] == '\n')
                        c.input[--c.input_len] = '\0';
                    if (run(reg, argv[a], &c))
                        passed++;
                    else
                        failed++;
                    free(c.input);
                    for (size_t k = 0; k < c.nexpect; k++)
                        free(c.expect[k]);
                    free(c.expect);
                    for (size_t k = 0; k < c.nmeta; k++)
                        free(c.meta[k]);
                    free(c.meta);
                    for (size_t k = 0; k < c.nsentence; k++)
                        free(c.sentence[k]);
                    free(c.sentence);
                }
                if (!r)
                    break;
                memset(&c, 0, sizeof c);
                cap = 0;
                size_t l = strcspn(line + 4, "\n");
                snprintf(c.name, sizeof c.name, "%.*s", (int)l, line + 4);
                c.line = lineno;
                c.input = calloc(1, 1);
                section = 1;
                have = 1;
                continue;
            }
            if (!have)
                continue; /* preamble */
            if (strncmp(line, "--- expect", 10) == 0) {
                section = 2;
                continue;
            }
            if (strncmp(line, "--- meta", 8) == 0) {
                section = 3;
                continue;
            }
            if (strncmp(line, "--- sentence", 12) == 0) {
                section = 4;
                continue;
            }
            size_t l = strlen(line);
            if (section == 1) {
                if (c.input_len + l + 1 > cap) {
                    cap = (c.input_len + l + 1) * 2;
                    c.input = realloc(c.input, cap);
                }
                memcpy(c.input + c.input_len, line, l + 1);
                c.input_len += l;
            } else {
                while (l && (line[l - 1] == '\n' || line[l - 1] == '\r' || line[l - 1] == ' '))
                    line[--l] = '\0';
                if (!l || line[0] == '#')
                    continue;
                if (section == 2)
                    push(&c.expect, &c.nexpect, dupn(line, l));
                else if (section == 3)
                    push(&c.meta, &c.nmeta, dupn(line, l));
                else
                    push(&c.sentence, &c.nsentence, dupn(line, l));
            }
        }
        fclose(fp);
    }
    cg_registry_free(reg);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
