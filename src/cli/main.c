/* main.c: `citegraph <command> [options]`: the commands, the options of
 * citegraph itself and the exit codes, as tables (opt.h). */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "cli.h"

const cli_cmd *const cli_commands[] = {&cli_cmd_build, &cli_cmd_scan,    &cli_cmd_find,
                                       &cli_cmd_top,   &cli_cmd_trace,   &cli_cmd_path,
                                       &cli_cmd_related, &cli_cmd_stats, &cli_cmd_export,
                                       &cli_cmd_report, &cli_cmd_merge, NULL};

static int version, man, help;
static const char *completions, *markdown;

const cli_opt_spec cli_global_opts[] = {
    {CLI_OPT_SWITCH, "help", 'h', &help, NULL, "the commands, and what else citegraph takes", NULL, 0,
     NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "version", 0, &version, NULL, "the version of citegraph", NULL, 0, NULL, NULL,
     CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_VALUE, "completions", 0, &completions, "SHELL",
     "a completion script for a shell, to source (make install installs them)", "bash zsh fish", 0,
     NULL, NULL, CLI_COMPLETE_CHOICES, 0, NULL},
    {CLI_OPT_SWITCH, "man", 0, &man, NULL, "the man page (roff), as make install installs it", NULL,
     0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_VALUE, "markdown", 0, &markdown, "WHAT",
     "the generated parts of docs/cli.md: a command's section, exit-codes, global or group:NAME",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, CLI_OPT_HIDDEN, NULL},
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

const cli_exit_code cli_exit_codes[] = {
    {"0", "everything asked for was done (a query that finds nothing is still 0)"},
    {"1", "an input problem: some letters could not be read (each is reported, the others are "
          "used), no letter was read, the graph given with -g cannot be read, a node asked for is "
          "not in the graph, an output could not be written (or was refused before the scan), or "
          "memory ran out (the previous output intact)"},
    {"2", "a usage error: an unknown command or option, a missing or malformed value (a date, a "
          "sender, a kind, a number, a format), options that do not go together, a registry or "
          "manifest file that cannot be used; nothing was read or written"},
    {"129, 130, 143", "stopped by SIGHUP, SIGINT or SIGTERM (temporary files removed, the previous "
                      "output intact)"},
    {NULL, NULL},
};

static const char command_names[] = "build scan find top trace path related stats export";

/* citegraph with no command, or an option of its own. */
static int global(int argc, char **argv)
{
    const char *a = argv[1];
    for (int k = 1; k < argc; k++)
        if (strcmp(argv[k], "--help") == 0 || strcmp(argv[k], "-h") == 0) {
            cli_main_help(stdout);
            return cli_finish_stdout(EXIT_OK);
        }
    /* --completions bash, --markdown top: the table's own parser */
    const cli_opt_spec *o = NULL;
    for (const cli_opt_spec *q = cli_global_opts; q->type != CLI_OPT_END; q++)
        if (q->name && strncmp(a + 2, q->name, strlen(q->name)) == 0 &&
            (a[2 + strlen(q->name)] == '\0' || a[2 + strlen(q->name)] == '='))
            o = q;
    if (!o || strncmp(a, "--", 2) != 0) {
        char near[64];
        const char *c = cli_closest(a + strspn(a, "-"), "help version completions man", near, sizeof near);
        if (c)
            return cli_usage("unknown option %s: did you mean --%s?", a, c);
        return cli_usage("unknown option %s: citegraph takes a command first (citegraph --help lists "
                         "them)",
                         a);
    }
    /* parse with a table of one command: citegraph itself */
    static const cli_opt_spec opts[] = {
        {CLI_OPT_GROUP, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0,
         cli_global_opts},
        {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    };
    static const char *const usage[] = {"[options]", NULL};
    static const cli_example none[] = {{NULL, NULL}};
    static const cli_cmd me = {"citegraph", "", usage, "", opts, none, "", NULL};
    /* argv[0] is skipped by the parser: give it argv from 0 */
    int rc = cli_parse(&me, argc, argv);
    cli_current = NULL;
    if (rc != EXIT_OK)
        return rc < 0 ? EXIT_OK : rc;
    if (version) {
        printf("citegraph %s\n", CG_VERSION);
    } else if (man) {
        cli_man(stdout);
    } else if (completions) {
        if (cli_completions(completions, stdout) != 0)
            return cli_usage("--completions takes bash, zsh or fish");
    } else if (markdown) {
        if (cli_markdown(markdown, stdout) != 0)
            return cli_usage("--markdown takes a command (%s), exit-codes, global or group:NAME",
                             command_names);
    }
    return cli_finish_stdout(EXIT_OK);
}

/* Out of memory: one line with what helps, no temporary file left, exit 1
 * (from any thread: _exit, not exit, so that nothing runs on freed state). */
static void out_of_memory(void)
{
    static const char msg[] = "citegraph: out of memory: nothing was written (fewer threads with "
                              "CITEGRAPH_JOBS=1, or a lower --max-refs, need less)\n";
    if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0)
        (void)0;
    cg_save_remove_temp_files();
    _exit(EXIT_INPUT);
}

static void *cli_calloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p)
        out_of_memory();
    return p;
}

static void *cli_realloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q)
        out_of_memory();
    return q;
}

static const cg_mem cli_mem = {cli_calloc, cli_realloc, free};

int main(int argc, char **argv)
{
    cg_set_mem(&cli_mem);
    cg_init();
    cli_signals_init(); /* a write cut short leaves no temporary file */
    xmlInitParser();    /* before any thread parses HTML */
    const char *jobs = getenv("CITEGRAPH_JOBS");
    if (jobs)
        cli_jobs = atoi(jobs);
    if (argc < 2)
        return cli_usage("which command? citegraph build LETTERS/ -o graph.graphml makes a graph, "
                         "citegraph --help lists the commands");
    if (argv[1][0] == '-')
        return global(argc, argv);
    if (strcmp(argv[1], "help") == 0) {
        if (argc < 3) {
            cli_main_help(stdout);
            return cli_finish_stdout(EXIT_OK);
        }
        const cli_cmd *c = cli_command(argv[2]);
        if (!c)
            return cli_usage("help: unknown command '%s' (the commands: %s)", argv[2], command_names);
        cli_help(c, stdout);
        return cli_finish_stdout(EXIT_OK);
    }
    const cli_cmd *c = cli_command(argv[1]);
    if (!c) {
        char near[64];
        cg_buf vis = {0};
        cg_buf_put_visible(&vis, argv[1], strlen(argv[1]));
        const char *s = cli_closest(argv[1], command_names, near, sizeof near);
        int rc = s ? cli_usage("unknown command '%s': did you mean %s?", vis.s, s)
                   : cli_usage("unknown command '%s' (the commands: %s; citegraph --help tells more)",
                               vis.s, command_names);
        cg_buf_free(&vis);
        return rc;
    }
    int rc = cli_parse(c, argc - 1, argv + 1);
    if (rc < 0)
        return cli_finish_stdout(EXIT_OK); /* --help */
    if (rc != EXIT_OK)
        return rc;
    return c->run();
}
