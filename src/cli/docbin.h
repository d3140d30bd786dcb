/* docbin.h: a scanned letter in the scan cache's binary form (docbin.c). */
#ifndef CG_CLI_DOCBIN_H
#define CG_CLI_DOCBIN_H

#include "citegraph.h"
#include "util.h"

/* Appends the letter's entry to b. */
void cli_doc_encode(cg_buf *b, const cg_document *doc);
/* The letter back from an entry; file and name are the cache's key.
 * CG_ERR_FORMAT with err set when the bytes are not an entry. */
cg_status cli_doc_decode(cg_document **out, const void *data, size_t len, const char *file,
                         const char *name, cg_error *err);

#endif
