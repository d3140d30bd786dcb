/* main.c: `citegraph <command> [options]`. */
#include <stdio.h>
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*run)(int, char **);
    const char *what;
} commands[] = {
    {"build", cli_build, "scan letters and write the citation graph (GraphML)"},
    {"scan", cli_scan, "list the references found in letters, with their locations"},
    {"top", cli_top, "the most-cited instruments and documents"},
    {"trace", cli_trace, "who cited something when, and what a letter builds on"},
    {"path", cli_path, "the shortest citation paths between two nodes"},
    {"related", cli_related, "co-citation and bibliographic coupling"},
    {"stats", cli_stats, "what is in the graph"},
    {"export", cli_export, "the graph as GEXF, JSON, JSON Lines, CSV or DOT"},
};

static void usage(FILE *fp)
{
    fputs("usage: citegraph <command> [options] [PATH...]\n\ncommands:\n", fp);
    for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
        fprintf(fp, "  %-7s %s\n", commands[k].name, commands[k].what);
    fputs("\n`citegraph <command> --help` tells more.  Letters are scanned by one thread\n"
          "per processor (CITEGRAPH_JOBS=N to choose).  Exit codes: 0 all went through,\n"
          "1 some inputs had problems (the others were processed), 2 usage error.\n",
          fp);
}

int main(int argc, char **argv)
{
    cg_init();
    cli_signals_init(); /* a write cut short leaves no temporary file */
    xmlInitParser(); /* before any thread parses HTML */
    const char *jobs = getenv("CITEGRAPH_JOBS");
    if (jobs)
        cli_jobs = atoi(jobs);
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("citegraph %s\n", CG_VERSION);
        return EXIT_OK;
    }
    for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
        if (strcmp(argv[1], commands[k].name) == 0)
            return commands[k].run(argc - 1, argv + 1);
    cli_errorf("unknown command '%s'", argv[1]);
    usage(stderr);
    return EXIT_USAGE;
}
