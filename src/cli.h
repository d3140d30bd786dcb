/* cli.h: what the subcommands share (cli_common.c). */
#ifndef CG_CLI_H
#define CG_CLI_H

#include <stddef.h>

#include "citegraph.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

int cli_build(int argc, char **argv);
int cli_scan(int argc, char **argv);
int cli_top(int argc, char **argv);

/* citegraph: FILE:LINE:COL: message (parts that are unknown left out). */
void cli_error(const cg_error *e);
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Files under the given paths: folders walked recursively (hidden entries
 * and other than .txt/.md/.markdown/.text skipped), sorted; "-" kept.
 * Problems (missing path, loop) are reported and counted in *problems. */
typedef struct cli_files {
    char **v;
    size_t n;
} cli_files;
void cli_collect(cli_files *out, char **paths, size_t npaths, int *problems);
void cli_files_free(cli_files *f);

/* The built-in registry plus the user's files. */
int cli_registry(cg_registry **out, char **extra, size_t nextra);

/* Scans the files into a finished graph; returns the number of files that
 * had problems (reported on stderr). */
int cli_scan_into(cg_graph **out, const cg_registry *reg, const cg_manifest *manifest,
                  const cli_files *files, int quiet);
/* Loads --manifest (NULL path: none); returns EXIT_OK or EXIT_USAGE. */
int cli_manifest(cg_manifest **out, const char *path);

/* Writes s padded to `width` terminal columns (CJK counts two). */
void cli_pad(const char *s, size_t width);

#endif
