/* docjson.h: a scanned letter as JSON and back (docjson.c). */
#ifndef CG_CLI_DOCJSON_H
#define CG_CLI_DOCJSON_H

#include <jansson.h>

#include "citegraph.h"
#include "util.h"

/* The letter as `citegraph scan --jsonl` writes it; `name` (the path
 * relative to the corpus root) is written when given. */
json_t *cli_doc_json(const cg_document *doc, const char *name);
/* The letter back from such an object; src and line are for messages;
 * file and name, when not NULL, replace what the object says (the cache
 * knows them unescaped).  CG_ERR_FORMAT with err set when it is not one. */
cg_status cli_doc_from_json(cg_document **out, const json_t *o, const char *src, long line,
                            const char *file, const char *name, cg_error *err);
/* Every letter of a JSON Lines file (one per line; blank lines skipped),
 * appended to docs (cg_document *).  CG_ERR_FORMAT at the first bad line,
 * the letters read before it left in docs. */
cg_status cli_jsonl_read(cg_vec *docs, const char *path, const char *data, size_t len, cg_error *err);
/* The same from a file, read a line at a time. */
cg_status cli_jsonl_read_file(cg_vec *docs, const char *path, cg_error *err);
/* A path named for JSON Lines (.jsonl, .ndjson). */
int cli_is_jsonl(const char *path);

#endif
