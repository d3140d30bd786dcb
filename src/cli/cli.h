/* cli.h: what the commands share: messages, collecting and scanning files
 * (common.c), outputs (output.c), where a query's graph comes from with its
 * filters and node arguments (source.c), the terminal (term.c) and JSON
 * (json.c).  The options themselves are declared in tables (opt.h). */
#ifndef CG_CLI_H
#define CG_CLI_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "citegraph.h"
#include "opt.h"
#include "util.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

/* ---- messages (common.c) --------------------------------------------------- */

/* citegraph: FILE:LINE:COL: message (parts that are unknown left out). */
void cli_error(const cg_error *e);
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* When set, every message is also kept here (char*, without "citegraph: "). */
extern cg_vec *cli_captured;

/* ---- files (common.c) -------------------------------------------------------- */

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
    uint64_t *sizes;      /* from stat, 0 when unknown, for the scan's memory budget */
    size_t n;
    size_t special;       /* special files skipped inside folders */
    char *first_special;  /* the first of them (for the summary) */
} cli_files;
void cli_collect(cli_files *out, const char *const *paths, size_t npaths, int *problems);
void cli_files_free(cli_files *f);
/* Appends "N special files skipped (...)" to b when there were any. */
void cli_special_note(const cli_files *f, cg_buf *b);
/* Warns once when a file name is not valid UTF-8 or has control
 * characters, and says how the graph writes it (cg_name_escape). */
void cli_name_warning(const char *path);

/* --follow-special: FIFOs and devices named on the command line are read
 * to their end (inside folders they are always skipped). */
extern int cli_follow_special;

/* The built-in registry plus the user's files (EXIT_USAGE when one of them
 * cannot be read or is malformed). */
int cli_registry(cg_registry **out, const char *const *extra, size_t nextra);

/* Scans the files into a finished graph; returns the number of files that
 * had problems (reported on stderr). */
int cli_scan_into(cg_graph **out, const cg_registry *reg, const cg_manifest *manifest,
                  const cli_files *files, int quiet);
/* Loads --manifest (NULL path: none); returns EXIT_OK or EXIT_USAGE. */
int cli_manifest(cg_manifest **out, const char *path);
/* Fails on a write error to standard output; returns the exit code. */
int cli_finish_stdout(int rc);

/* With CITEGRAPH_TIMINGS=1 in the environment, prints the time since the
 * previous phase: "citegraph: timing: NAME  S s" (docs/performance.md). */
void cli_phase(const char *name);

/* -j N: scanning threads (0: one per processor). */
extern int cli_jobs;
/* The threads to use (CITEGRAPH_JOBS, else one per processor). */
unsigned cli_threads(void);
/* --max-refs N: the work limit of one file (0: CG_MAX_REFS). */
extern long cli_max_refs;
extern const char *cli_lang; /* --lang: NULL means detected */
/* --evidence: what edges keep (JSON Lines from letters keeps everything). */
extern cg_evidence cli_evidence;
/* Set by build when its output is not JSON Lines: the graphs scanned keep
 * no mentions once finished (cg_graph_drop_mentions). */
extern int cli_drop_mentions;
/* --measures: cg_measures flags for the graphs scanned. */
extern unsigned cli_measures;

/* ---- the option groups (source.c) ------------------------------------------ */

/* Where the graph comes from: -g, -r, -m, --follow-special. */
typedef struct cli_source_opts {
    const char *graph;
    cli_list regs;
    const char *manifest;
} cli_source_opts;
extern cli_source_opts cli_src;
extern const cli_opt_spec cli_graph_group[]; /* -g -r -m --follow-special */
extern const cli_opt_spec cli_scan_group[];  /* -r -m --follow-special (build, export) */
extern const cli_opt_spec cli_lang_group[];  /* --lang: the language files are read in (build, scan) */

/* The filters: --since, --until, --sender, --kind, --lang. */
typedef struct cli_filter_opts {
    const char *since, *until;
    cli_list senders, kinds, langs;
} cli_filter_opts;
extern cli_filter_opts cli_flt;
extern const cli_opt_spec cli_filter_group[];

/* The output: --json, --color. */
extern int cli_json;
extern const char *cli_color_when;
extern const cli_opt_spec cli_output_group[]; /* --json --color --label-lang */
extern const cli_opt_spec cli_label_group[];  /* --label-lang */
extern const char *cli_label_lang;
/* Labels in the language of --label-lang (none: as they are); EXIT_OK or
 * EXIT_USAGE after one line. */
int cli_relabel(cg_graph *g, const cg_registry *reg);
extern const cli_opt_spec cli_color_group[];  /* --color */

/* Checks of option values (for the tables). */
int cli_check_date(const cli_opt_spec *o, const char *v);
int cli_check_sender(const cli_opt_spec *o, const char *v);

/* The filter the options ask for; its strings live until cli_filter_free.
 * Returns EXIT_OK or EXIT_USAGE after one line (since after until). */
int cli_filter_make(cg_filter *f);
void cli_filter_free(cg_filter *f);
/* The filter options as given ("--sender ARM --since 2021"), for
 * messages; "" when none. */
const char *cli_filter_words(void);
/* The filter as JSON: {"since", "until", "senders", "languages", "kinds"}. */
json_t *cli_filter_json(const cg_filter *f);

/* The graph a query reads. */
typedef struct cli_graph {
    cg_graph *full;     /* as read (-g) or scanned (PATHs) */
    cg_graph *g;        /* the part the filters select (full itself when none) */
    cg_registry *reg;   /* for node arguments in the words of the letters */
    cg_filter filter;
    int problems;       /* inputs that had problems while scanning */
} cli_graph;

/* Opens the graph from -g or the PATHs (exactly one of the two), makes the
 * filtered part when `filtered`.  Returns EXIT_OK or an exit code after
 * one line. */
int cli_graph_open(cli_graph *cg, const char *const *paths, size_t npaths, int filtered);
void cli_graph_close(cli_graph *cg);
/* A graph done with just before exit: left to the system (kept reachable),
 * freed in the sanitizer builds (CITEGRAPH_FREE_AT_EXIT). */
void cli_graph_release(cg_graph *g);
/* The node of cg->full that `text` names (an id, a symbol in any case and
 * spacing, a reference as letters write it, words of its title), or
 * CG_NONE after one line saying why, with suggestions. */
size_t cli_node(const cli_graph *cg, const char *text);
/* The same node in cg->g, or CG_NONE when the filters left it out. */
size_t cli_node_in_filtered(const cli_graph *cg, size_t full_ix);
/* One warning line when the filters leave no letter, saying what the
 * graph holds. */
void cli_filter_note(const cli_graph *cg);

/* ---- outputs (output.c) ---------------------------------------------------- */

/* Where -o goes: one file, or the CSV pair. */
typedef struct cli_outputs {
    const char *given;      /* -o as given */
    const char *format;     /* the format written (given, or from the name) */
    size_t n;               /* 1, or 2 for csv */
    char *paths[2];
    cg_output formats[2];
    char *make_dir;         /* csv into a new folder: made when writing */
    int quiet;              /* no warnings (set by the caller) */
    const cg_report_options *report; /* set: the HTML report goes to paths[0] (report) */
} cli_outputs;
/* The formats -f takes, and what a name's extension says. */
extern const char cli_formats[];
/* The format for -o OUT: `format` (-f) when given, else what the name's
 * extension says (.graphml .xml .gexf .json .jsonl .ndjson .csv .dot .gv),
 * else GraphML.  Returns EXIT_OK and sets *result. */
int cli_format_of(const char *out, const char *format, const char **result);
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
int cli_require_letters(const cg_graph *g, const char *const *paths, size_t npaths, size_t nfiles,
                        const cli_outputs *o, int allow_empty);
/* Loads the registry and manifest, collects the PATHs, refuses an output
 * that is one of the inputs, scans: as build does.  *nfiles gets the number
 * of files found.  Returns EXIT_OK or an exit code. */
int cli_scan_for_output(cg_graph **out, const cli_outputs *o, const char *const *regs, size_t nregs,
                        const char *manifest_path, const char *const *paths, size_t npaths,
                        int quiet, int *problems, size_t *nfiles);
/* SIGINT, SIGTERM and SIGHUP (unless ignored, as under nohup) and exit
 * remove the temporary files of a write in progress; the process then dies
 * of the signal (exit status 130, 143, 129). */
void cli_signals_init(void);

/* ---- the terminal (term.c) -------------------------------------------------- */

/* The width text is fitted to: COLUMNS when set, else the terminal's
 * (standard output; 80 when it does not say), else CLI_WIDTH_UNLIMITED:
 * what goes to a file or a pipe is neither cut nor wrapped. */
#define CLI_WIDTH_UNLIMITED ((size_t)1 << 16)

/* The warnings a build prints one by one (anachronisms); the rest are
 * counted in one line. */
#define CLI_MAX_WARNINGS 100
size_t cli_width(void);
/* 1 when output is coloured: --color always, or auto (the default) on a
 * terminal without NO_COLOR. */
int cli_colour(void);
typedef enum cli_style { CLI_PLAIN = 0, CLI_BOLD, CLI_DIM, CLI_WARN, CLI_ACCENT } cli_style;
/* Appends s in a style (escape sequences only when colour is on). */
void cli_styled(cg_buf *b, cli_style st, const char *s);
/* Appends s cut to `width` display columns ("…" where it is cut), padded
 * with spaces to `width` when pad; styled.  Returns the columns used. */
size_t cli_fit(cg_buf *b, const char *s, size_t width, int pad, cli_style st);
/* Appends text wrapped to `width` columns: the first line continues at
 * column `col`, the others start with `indent` spaces.  Breaks at spaces,
 * and between Chinese characters (not before closing punctuation). */
void cli_wrap(cg_buf *b, const char *text, size_t col, size_t indent, size_t width);
/* Writes b to standard output and empties it. */
void cli_flush(cg_buf *b);

/* ---- JSON (json.c) ------------------------------------------------------------ */

/* Prints one JSON document on standard output: two-space indent, keys
 * sorted, reals with 6 significant digits; takes the reference. */
void cli_json_print(json_t *doc);
/* A string (escaped as cg_name_escape does when it is not UTF-8), or null. */
json_t *cli_json_str(const char *s);
/* The space-separated words of s as an array ([] for NULL). */
json_t *cli_json_words(const char *s);
/* An attribute that holds a JSON array of strings (file, locations) as
 * that array; anything else as its words. */
json_t *cli_json_list(const char *s);
/* The lines of s as an array ([] for NULL). */
json_t *cli_json_lines(const char *s);
/* "ARM 3 · AZE 2" as [{"sender": "ARM", "letters": 3}, ...]. */
json_t *cli_json_senders(const char *cited_by);

/* ---- the commands ---------------------------------------------------------- */

extern const cli_cmd cli_cmd_build, cli_cmd_scan, cli_cmd_find, cli_cmd_top, cli_cmd_trace,
    cli_cmd_path, cli_cmd_related, cli_cmd_stats, cli_cmd_export, cli_cmd_report, cli_cmd_merge;

#endif
