/* json.c: one JSON document per command (docs/cli.md, "JSON output";
 * the schemas are docs/schemas/): integers as integers, reals with six
 * significant digits, lists always arrays, keys sorted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cli_json_print(json_t *doc)
{
    json_dumpf(doc, stdout, JSON_INDENT(2) | JSON_SORT_KEYS | JSON_REAL_PRECISION(6));
    fputc('\n', stdout);
    json_decref(doc);
}

json_t *cli_json_str(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    /* not UTF-8 (a file name): escaped as identifiers write it */
    char *e = NULL;
    cg_name_escape(&e, s);
    j = json_string(e);
    free(e);
    return j ? j : json_null();
}

json_t *cli_json_words(const char *s)
{
    json_t *a = json_array();
    for (const char *p = s; p && *p;) {
        while (*p == ' ')
            p++;
        size_t l = strcspn(p, " ");
        if (l) {
            char *w = cg_xstrndup(p, l);
            json_array_append_new(a, cli_json_str(w));
            free(w);
        }
        p += l;
    }
    return a;
}

json_t *cli_json_list(const char *s)
{
    json_t *a = s ? json_loads(s, 0, NULL) : NULL;
    if (json_is_array(a))
        return a;
    json_decref(a);
    return cli_json_words(s);
}

json_t *cli_json_lines(const char *s)
{
    json_t *a = json_array();
    while (s && *s) {
        size_t l = strcspn(s, "\n");
        char *w = cg_xstrndup(s, l);
        json_array_append_new(a, cli_json_str(w));
        free(w);
        s += l;
        if (*s)
            s++;
    }
    return a;
}

json_t *cli_json_senders(const char *cited_by)
{
    json_t *a = json_array();
    /* "ARM 3 · AZE 2" */
    for (const char *p = cited_by; p && *p;) {
        while (*p == ' ')
            p++;
        const char *sep = strstr(p, " · ");
        size_t l = sep ? (size_t)(sep - p) : strlen(p);
        const char *sp = memchr(p, ' ', l);
        if (sp) {
            char *who = cg_xstrndup(p, (size_t)(sp - p));
            json_array_append_new(a, json_pack("{s:o, s:I}", "sender", cli_json_str(who), "letters",
                                               (json_int_t)strtol(sp + 1, NULL, 10)));
            free(who);
        }
        p += l;
        if (sep)
            p += strlen(" · ");
    }
    return a;
}
