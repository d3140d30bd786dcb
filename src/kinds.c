/* kinds.c: the names of node kinds, as the graph writes them. */
#include <string.h>

#include "kinds.h"

static const char *const kind_names[CG_KIND_COUNT] = {
    "letter", "sc-resolution", "ga-resolution", "document", "instrument",
    "article", "title", "case", "url"};

const char *cg_kind_name(cg_kind kind)
{
    return (unsigned)kind < CG_KIND_COUNT ? kind_names[kind] : "?";
}

int cg_kind_parse(cg_kind *out, const char *name)
{
    for (int k = 0; k < CG_KIND_COUNT; k++)
        if (name && strcmp(kind_names[k], name) == 0) {
            *out = (cg_kind)k;
            return 0;
        }
    return -1;
}
