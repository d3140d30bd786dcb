/* validate.h: what the readers of users' files share (validate.c): opening
 * a file that must be a regular file, JSON with plain-word errors and the
 * line and column of any value, calendar dates, the UN languages, and
 * quoting a user's value inside a message.  Internal to the library. */
#ifndef CG_VALIDATE_H
#define CG_VALIDATE_H

#include <stddef.h>

#include "citegraph.h"
#include "util.h"

/* Opens `path` for reading without blocking (O_NONBLOCK: a FIFO without a
 * writer or a device does not hang) and checks with fstat that it is a
 * regular file of at most `max` bytes.  `what` names what the file should
 * be ("the GraphML written by citegraph build") for the messages.  Returns
 * the descriptor, or -1 with err set (CG_ERR_IO in *st when it cannot be
 * opened, CG_ERR_FORMAT when it is not a regular file or too large). */
int cg_open_regular(const char *path, const char *what, size_t max, size_t *size,
                    cg_status *st, cg_error *err);

/* Reads a whole regular file (cg_open_regular, then read to the end); the
 * caller frees *data (NUL-terminated).  A UTF-8 BOM at the start is
 * skipped (*skipped says how many bytes).  Returns CG_OK, CG_ERR_IO or
 * CG_ERR_FORMAT with err set. */
cg_status cg_read_user_file(const char *path, const char *what, size_t max, char **data,
                            size_t *len, size_t *skipped, cg_error *err);

/* The first byte of s[0..n) that is not UTF-8, or n. */
size_t cg_utf8_invalid_at(const char *s, size_t n);

/* Line and column (1-based, columns in characters) of byte offset pos in
 * s[0..n). */
void cg_text_line_col(const char *s, size_t n, size_t pos, long *line, long *col);

/* Parses JSON (an object or an array at the top, duplicate keys refused)
 * with jansson; on failure sets err to `file:LINE:COL: message` in plain
 * words (never jansson's own text) and returns NULL. */
struct json_t;
struct json_t *cg_json_parse(const char *data, size_t len, const char *file, cg_error *err);

/* One step of a path into a JSON document: an object member (key) or an
 * array element (key NULL, index). */
typedef struct cg_jstep {
    const char *key;
    size_t index;
} cg_jstep;

/* Where the value at path[0..depth) starts in the JSON text (which jansson
 * accepted), or with `want_key` where its key starts.  Returns 0 and sets
 * line and column, or -1 when the path is not there (line 1, column 1). */
int cg_json_locate(const char *data, size_t len, const cg_jstep *path, size_t depth,
                   int want_key, long *line, long *col);

/* A calendar date: YYYY-MM-DD (with `partial`, also YYYY-MM and YYYY),
 * with real months and days (2020-02-29 yes, 2021-02-29 and 2020-13-01
 * no).  Returns NULL when valid, else what is wrong, in words. */
const char *cg_date_problem(const char *s, int partial);

/* 1 when s is one of the six official languages of the United Nations
 * (ar, zh, en, fr, ru, es). */
int cg_un_language(const char *s);
#define CG_UN_LANGUAGES "ar, zh, en, fr, ru, es"

/* A user's value for a message: at most `max` characters, control
 * characters and quotes escaped, "..." where it was cut.  Free it. */
char *cg_quote(const char *s, size_t max);

/* 1 when iso3 is the ISO 3166-1 alpha-3 code of a UN Member or observer
 * State in the built-in list (registry.c). */
int cg_state_known(const char *iso3);
/* The index of the State whose ISO3 code is code[0, n) in the built-in list
 * (cg_tstates), or -1 (registry.c). */
long cg_state_index(const char *code, size_t n);

#endif
