/* cli.h: what the subcommands share (common.c). */
#ifndef CG_CLI_H
#define CG_CLI_H

#include <stddef.h>

#include "citegraph.h"
#include "util.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

int cli_build(int argc, char **argv);
int cli_scan(int argc, char **argv);
int cli_top(int argc, char **argv);

/* citegraph: FILE:LINE:COL: message (parts that are unknown left out). */
void cli_error(const cg_error *e);
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Files under the given paths: folders walked recursively (hidden entries
 * and other than .txt/.md/.markdown/.text/.html/.htm skipped), sorted; "-"
 * kept.  names[k] is v[k] relative to its corpus root (the folder given, or
 * the path as given without "./" for a file named directly; a suffix of
 * v[k]).  FIFOs, devices and sockets inside folders are not listed but
 * counted in `special`.  Problems (missing path, loop) are reported and
 * counted in *problems. */
typedef struct cli_files {
    char **v;
    const char **names;
    size_t n;
    size_t special;       /* special files skipped inside folders */
    char *first_special;  /* the first of them (for the summary) */
} cli_files;
void cli_collect(cli_files *out, char **paths, size_t npaths, int *problems);
void cli_files_free(cli_files *f);
/* Appends "N special files skipped (...)" to b when there were any. */
void cli_special_note(const cli_files *f, cg_buf *b);
/* Warns once when a file name is not valid UTF-8 or has control
 * characters, and says how the graph writes it (cg_name_escape). */
void cli_name_warning(const char *path);

/* --follow-special: FIFOs and devices named on the command line are read
 * to their end (inside folders they are always skipped). */
extern int cli_follow_special;
enum { CLI_OPT_FOLLOW_SPECIAL = 0x4653 };
#define CLI_FOLLOW_SPECIAL_HELP                                              \
    "      --follow-special  read FIFOs and devices named as PATHs to their end\n" \
    "                        (else refused; inside folders always skipped)\n"

/* The built-in registry plus the user's files. */
int cli_registry(cg_registry **out, char **extra, size_t nextra);

/* Scans the files into a finished graph; returns the number of files that
 * had problems (reported on stderr). */
int cli_scan_into(cg_graph **out, const cg_registry *reg, const cg_manifest *manifest,
                  const cli_files *files, int quiet);
/* Loads --manifest (NULL path: none); returns EXIT_OK or EXIT_USAGE. */
int cli_manifest(cg_manifest **out, const char *path);

/* Options every query shares: where the graph comes from. */
typedef struct cli_source {
    const char *graph;      /* -g GRAPH */
    char *regs[32];         /* -r REGISTRY */
    size_t nregs;
    const char *manifest;   /* -m MANIFEST */
    int json;               /* --json */
} cli_source;

/* Handles -g, -r, -m, --json for a query (returns 1 when the option was
 * one of them, 0 otherwise, -1 on a usage error). */
int cli_source_option(cli_source *src, int c, const char *arg);
/* Opens the graph: -g GRAPH, or scans the PATHs.  Returns EXIT_OK or an
 * exit code; *problems counts inputs that had problems. */
int cli_open_graph(cg_graph **out, const cli_source *src, char **paths, size_t npaths,
                   int *problems);
/* The node named id, or CG_NONE after an error with suggestions. */
size_t cli_find(const cg_graph *g, const char *id);
/* Long options shared by the queries (to append to a command's own). */
#define CLI_SOURCE_OPTIONS                                                  \
    {"graph", required_argument, NULL, 'g'}, {"registry", required_argument, NULL, 'r'}, \
    {"manifest", required_argument, NULL, 'm'}, {"json", no_argument, NULL, 'j'},            \
    {"follow-special", no_argument, NULL, CLI_OPT_FOLLOW_SPECIAL}
#define CLI_SOURCE_HELP                                                     \
    "  -g, --graph FILE      a graph written by `citegraph build` (else PATHs are scanned)\n" \
    "  -r, --registry FILE   add registry entries when scanning PATHs\n"     \
    "  -m, --manifest FILE   file name -> symbol, date, sender (JSON or CSV)\n" \
    "      --json            machine-readable output\n" CLI_FOLLOW_SPECIAL_HELP
/* Parses a whole number >= min for option `opt` of command `cmd`; returns 0,
 * or -1 after saying what is wrong. */
int cli_count(const char *cmd, const char *opt, const char *arg, long min, size_t *out);
/* Fails on a write error to standard output; returns the exit code. */
int cli_finish_stdout(int rc);

int cli_trace(int argc, char **argv);
int cli_path(int argc, char **argv);
int cli_related(int argc, char **argv);
int cli_stats(int argc, char **argv);
int cli_export(int argc, char **argv);
/* Writes g in FORMAT ("csv": OUT is a folder) to OUT; returns an exit code. */
int cli_write_format(const cg_graph *g, const char *format, int gexf12, const char *out);

/* Where -o goes (output.c): one file, or the CSV pair. */
typedef struct cli_outputs {
    const char *given;      /* -o as given */
    size_t n;               /* 1, or 2 for csv */
    char *paths[2];
    cg_output formats[2];
    char *make_dir;         /* csv into a new folder: made when writing */
    int quiet;              /* no warnings (set by the caller) */
} cli_outputs;
/* Decides where FORMAT goes for -o OUT (csv: a folder, or NAME.csv for
 * NAME.nodes.csv and NAME.edges.csv) and checks, before any input is read,
 * that it can be written (cg_output_check).  Returns EXIT_OK, or an exit
 * code after saying what is wrong. */
int cli_outputs_plan(cli_outputs *o, const char *format, int gexf12, const char *out);
/* Refuses (EXIT_INPUT, message naming both) an output that is the same file
 * (device and inode) as one of the files to scan or of `more` (NULLs
 * skipped: -g, --registry, --manifest). */
int cli_outputs_not_inputs(const cli_outputs *o, const cli_files *files, const char *const *more,
                           size_t nmore);
/* Writes g to the planned outputs (cg_graph_save_set); returns an exit code.
 * Unless quiet, warns that other hard links of a file keep the old one. */
int cli_outputs_write(const cli_outputs *o, const cg_graph *g);
void cli_outputs_free(cli_outputs *o);
/* Read nothing, write nothing: EXIT_INPUT after a message naming the PATHs
 * when g has no node (no letter was read), unless allow_empty. */
int cli_require_letters(const cg_graph *g, char **paths, size_t npaths, size_t nfiles,
                        const cli_outputs *o, int allow_empty);
/* Loads the registry and manifest, collects the PATHs, refuses an output
 * that is one of the inputs, scans: as build does.  *nfiles gets the number
 * of files found.  Returns EXIT_OK or an exit code. */
int cli_scan_for_output(cg_graph **out, const cli_outputs *o, char **regs, size_t nregs,
                        const char *manifest_path, char **paths, size_t npaths, int quiet,
                        int *problems, size_t *nfiles);
/* SIGINT, SIGTERM and SIGHUP (unless ignored, as under nohup) and exit
 * remove the temporary files of a write in progress; the process then dies
 * of the signal (exit status 130, 143, 129). */
void cli_signals_init(void);

/* -j N: scanning threads (0: one per processor). */
extern int cli_jobs;

/* Writes s padded to `width` terminal columns (CJK counts two). */
void cli_pad(const char *s, size_t width);

#endif
