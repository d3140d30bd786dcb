/* read.h: from a file's bytes to UTF-8 text: encodings (decode.c) and
 * HTML (read_html.c), each with a map back to the bytes read.  Internal. */
#ifndef CG_READ_H
#define CG_READ_H

#include <stddef.h>

#include "citegraph.h"

/* ---- decoding: any encoding -> UTF-8 (decode.c) --------------------------- */
typedef struct cg_decoded {
    const char *data;     /* UTF-8; the input itself when it was UTF-8 already */
    size_t len;
    size_t *map;          /* map[i]: original offset of data[i] (map[len] = input length); NULL: identity */
    const char *encoding; /* "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" */
} cg_decoded;

cg_status cg_decode(const char *name, const char *data, size_t n, cg_decoded *out, cg_error *err);
void cg_decoded_free(cg_decoded *d);

/* ---- HTML: the text of a page, with its structure (read_html.c) ----------- */
/* 1 when the bytes look like HTML. */
int cg_looks_html(const char *name, const char *s, size_t n);
/* The text of an HTML document: paragraphs and footnotes as lines, scripts
 * and styles dropped, document links (href) on lines of their own after
 * their text (so that they count as link annotations).  map[i] gives the
 * offset in s of the text's byte i. */
cg_status cg_html_text(const char *name, const char *s, size_t n, char **out, size_t *outlen,
                       size_t **map, cg_error *err);

#endif
