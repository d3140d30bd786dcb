/* opt.h: the commands and their options as tables, in the manner of
 * libgit2's cli_opt_spec (src/cli/opt.h there).  One table per command says
 * everything about an option once: the parser reads it (opt.c), and so do
 * `--help`, the man page, the shell completions and the option sections of
 * docs/cli.md (doc.c).  Options shared by several commands (where the graph
 * comes from, the filters, the output) are tables of their own, included in
 * a command's table as a group. */
#ifndef CG_CLI_OPT_H
#define CG_CLI_OPT_H

#include <stddef.h>
#include <stdio.h>

typedef enum cli_opt_type {
    CLI_OPT_END = 0, /* ends a table */
    CLI_OPT_SWITCH,  /* --name: *(int *)value = 1 */
    CLI_OPT_VALUE,   /* --name VALUE: *(const char **)value; a second, different value is refused */
    CLI_OPT_LIST,    /* --name VALUE, repeatable, commas separating values too: (cli_list *)value */
    CLI_OPT_NUMBER,  /* --name N: a whole number >= min: *(long *)value */
    CLI_OPT_ARGS,    /* the positional arguments, in order: (cli_list *)value; `name` shows them */
    CLI_OPT_GROUP    /* the options of the table `group` */
} cli_opt_type;

/* What a shell completes after an option (or for the arguments). */
typedef enum cli_complete {
    CLI_COMPLETE_NONE = 0, /* a free value */
    CLI_COMPLETE_FILE,     /* any file */
    CLI_COMPLETE_DIR,      /* a folder */
    CLI_COMPLETE_GRAPH,    /* a .graphml file */
    CLI_COMPLETE_CHOICES   /* one of `choices` */
} cli_complete;

enum {
    CLI_OPT_HIDDEN = 1 /* parsed, but left out of help, man page and completions */
};

/* Values of a list option or of the arguments. */
typedef struct cli_list {
    const char **v;
    size_t n, cap;
} cli_list;

typedef struct cli_opt_spec {
    cli_opt_type type;
    const char *name;        /* long name without "--"; for ARGS what the usage shows */
    char alias;              /* short name, 0 when none */
    void *value;             /* where the value goes (see cli_opt_type) */
    const char *value_name;  /* "N", "FILE", "DATE" */
    const char *help;        /* what it does, in a sentence or two */
    const char *choices;     /* the values allowed, space-separated; NULL: any (see check) */
    long min;                /* NUMBER: the smallest value allowed */
    /* checks (and may keep) a value: returns 0, or -1 after cli_usage */
    int (*check)(const struct cli_opt_spec *o, const char *value);
    const char *twice;       /* VALUE given twice: what to do instead (else "give it once") */
    cli_complete complete;
    unsigned flags;          /* CLI_OPT_HIDDEN */
    const struct cli_opt_spec *group; /* GROUP: the included table */
} cli_opt_spec;

/* Rows every table writes the same way: an included group, the end, and
 * the three groups of the commands that read a graph. */
#define CLI_GROUP(name, help, table) \
    {CLI_OPT_GROUP, name, 0, NULL, NULL, help, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, table}
#define CLI_END {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL}
#define CLI_GRAPH_GROUPS                                                                      \
    CLI_GROUP("graph", "where the graph comes from", cli_graph_group),                        \
        CLI_GROUP("filters", "filters", cli_filter_group), CLI_GROUP("output", "output", cli_output_group)

/* An example for --help, the man page and docs/cli.md. */
typedef struct cli_example {
    const char *command; /* "citegraph top -g graph.graphml --sender AZE" */
    const char *what;    /* "what Azerbaijan's letters cite most" */
} cli_example;

typedef struct cli_cmd {
    const char *name;
    const char *summary;           /* one line, for `citegraph --help` */
    const char *const *usage;      /* synopsis lines after "citegraph NAME ", NULL-terminated */
    const char *description;       /* paragraphs separated by blank lines */
    const cli_opt_spec *opts;
    const cli_example *examples;   /* ends with {NULL, NULL} */
    const char *exit_input;        /* what exit code 1 means for this command */
    int (*run)(void);              /* after the options are parsed */
} cli_cmd;

/* Every command, in the order `citegraph --help` lists them; NULL ends. */
extern const cli_cmd *const cli_commands[];
/* The options of citegraph itself (--help, --version, ...). */
extern const cli_opt_spec cli_global_opts[];

/* The exit codes, for --help, the man page and docs/cli.md. */
typedef struct cli_exit_code {
    const char *code;    /* "0", "129, 130, 143" */
    const char *meaning;
} cli_exit_code;
extern const cli_exit_code cli_exit_codes[]; /* ends with {NULL, NULL} */

/* The command being run (for messages), NULL before one is chosen. */
extern const cli_cmd *cli_current;

/* Parses argv[1..argc) (argv[0] is the command's name) against the
 * command's table; -h and --help print the help.  Returns EXIT_OK, the
 * exit code 2 after one line saying what is wrong, or -1 when the help was
 * printed (the caller exits 0). */
int cli_parse(const cli_cmd *cmd, int argc, char **argv);

/* The command named `name`, or NULL. */
const cli_cmd *cli_command(const char *name);

/* Prints one line "citegraph: CMD: message" (CMD: the current command)
 * and returns the usage exit code (2). */
int cli_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The name as the user writes it: "--limit", or "-n" when only a short
 * name exists. */
const char *cli_opt_display(const cli_opt_spec *o, char *buf, size_t cap);

/* The closest of the space-separated words to s (edit distance at most a
 * third of the length, at least 1, at most 3), or NULL; writes it to buf. */
const char *cli_closest(const char *s, const char *words, char *buf, size_t cap);

/* Appends v to the list. */
void cli_list_push(cli_list *l, const char *v);
void cli_list_free(cli_list *l);

/* ---- doc.c: what the tables write ---------------------------------------- */

void cli_help(const cli_cmd *cmd, FILE *fp);     /* `citegraph CMD --help` */
void cli_main_help(FILE *fp);                    /* `citegraph --help` */
void cli_man(FILE *fp);                          /* the man page, roff */
/* The option section of docs/cli.md for a command, or "exit-codes". */
int cli_markdown(const char *what, FILE *fp);
/* A completion script: "bash", "zsh" or "fish".  Returns 0, or -1 for
 * another shell. */
int cli_completions(const char *shell, FILE *fp);

#endif
