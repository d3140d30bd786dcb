/* output.c: where -o goes and whether it can be written, decided
 * before any input is read; an output that is one of the inputs refused;
 * read nothing, write nothing; the signal handlers that remove temporary
 * files (docs/reliability.md, "Writing outputs"). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "util.h"

void cli_outputs_free(cli_outputs *o)
{
    for (size_t k = 0; k < o->n; k++)
        free(o->paths[k]);
    free(o->make_dir);
    memset(o, 0, sizeof *o);
}

static int check_one(const char *path)
{
    cg_error err = {0};
    cg_status st = cg_output_check(path, &err);
    if (st == CG_OK)
        return EXIT_OK;
    cli_error(&err);
    return st == CG_ERR_USAGE ? EXIT_USAGE : EXIT_INPUT;
}

/* "out.csv" (not ".csv" alone) */
static int csv_name(const char *base)
{
    size_t l = strlen(base);
    return l > 4 && strcasecmp(base + l - 4, ".csv") == 0;
}

static int csv_plan(cli_outputs *o, const char *out)
{
    static const char *const fix =
        "csv writes two files: give a folder (a new name without an extension is created) or "
        "NAME.csv (for NAME.nodes.csv and NAME.edges.csv)";
    if (strcmp(out, "-") == 0) {
        cli_errorf("-: %s", fix);
        return EXIT_USAGE;
    }
    char *dir = cg_xstrdup(out);
    size_t l = strlen(dir);
    while (l > 1 && dir[l - 1] == '/')
        dir[--l] = '\0';
    const char *slash = strrchr(dir, '/');
    const char *base = slash ? slash + 1 : dir;
    struct stat st;
    int exists = stat(dir, &st) == 0;
    o->n = 2;
    o->formats[0] = CG_OUTPUT_CSV_NODES;
    o->formats[1] = CG_OUTPUT_CSV_EDGES;
    if (exists && S_ISDIR(st.st_mode)) {
        o->paths[0] = cg_xsprintf("%s/nodes.csv", dir);
        o->paths[1] = cg_xsprintf("%s/edges.csv", dir);
    } else if (csv_name(base)) {
        /* out.csv: out.nodes.csv and out.edges.csv beside it */
        o->paths[0] = cg_xsprintf("%.*s.nodes.csv", (int)(l - 4), dir);
        o->paths[1] = cg_xsprintf("%.*s.edges.csv", (int)(l - 4), dir);
    } else if (exists || strchr(base, '.') > base || lstat(dir, &st) == 0) {
        /* a file, a device, a dangling link, or a name that looks like one */
        o->n = 0;
        cli_errorf("%s: %s%s", out, exists ? "is not a folder: " : "", fix);
        free(dir);
        return EXIT_USAGE;
    } else {
        /* a new folder, made when the graph is written (not before: a scan
         * that fails leaves nothing behind) */
        int rc = check_one(dir);
        if (rc != EXIT_OK) {
            o->n = 0;
            free(dir);
            return rc;
        }
        o->make_dir = cg_xstrdup(dir);
        o->paths[0] = cg_xsprintf("%s/nodes.csv", dir);
        o->paths[1] = cg_xsprintf("%s/edges.csv", dir);
        free(dir);
        return EXIT_OK;
    }
    free(dir);
    for (size_t k = 0; k < 2; k++) {
        int rc = check_one(o->paths[k]);
        if (rc != EXIT_OK) {
            cli_outputs_free(o);
            return rc;
        }
    }
    return EXIT_OK;
}

/* ---- the format: -f, or what the name says ------------------------------ */

const char cli_formats[] = "graphml gexf json jsonl csv dot";

static const struct {
    const char *ext, *format;
} extensions[] = {
    {".graphml", "graphml"}, {".xml", "graphml"}, {".gexf", "gexf"}, {".json", "json"},
    {".jsonl", "jsonl"},     {".ndjson", "jsonl"}, {".csv", "csv"},   {".dot", "dot"},
    {".gv", "dot"},
};

int cli_format_of(const char *out, const char *format, const char **result)
{
    if (!out || strcmp(out, "-") == 0) {
        *result = format ? format : "graphml";
        return EXIT_OK;
    }
    size_t l = strlen(out);
    char *name = cg_xstrdup(out);
    while (l > 1 && name[l - 1] == '/')
        name[--l] = '\0';
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    if (dot == base)
        dot = NULL; /* ".graph": a hidden name, no extension */
    const char *named = NULL;
    for (size_t k = 0; dot && k < sizeof extensions / sizeof extensions[0]; k++)
        if (strcasecmp(dot, extensions[k].ext) == 0)
            named = extensions[k].format;
    /* -f wins; else the extension; else the default, GraphML (a folder is
     * refused by the write layer: -f csv writes into one) */
    *result = format ? format : named ? named : "graphml";
    free(name);
    return EXIT_OK;
}

int cli_outputs_plan(cli_outputs *o, const char *format, int gexf12, const char *out)
{
    memset(o, 0, sizeof *o);
    o->given = out;
    o->format = format;
    if (strcmp(format, "csv") == 0)
        return csv_plan(o, out);
    cg_output f;
    if (cg_output_parse(&f, format) != 0) {
        cli_errorf("unknown format '%s' (graphml, gexf, json, jsonl, csv, dot)", format);
        return EXIT_USAGE;
    }
    if (f == CG_OUTPUT_GEXF && gexf12)
        f = CG_OUTPUT_GEXF_1_2;
    int rc = check_one(out);
    if (rc != EXIT_OK)
        return rc;
    o->n = 1;
    o->formats[0] = f;
    o->paths[0] = cg_xstrdup(out);
    return EXIT_OK;
}

int cli_outputs_write(const cli_outputs *o, const cg_graph *g)
{
    int made = 0;
    for (size_t k = 0; k < o->n && !o->quiet; k++) {
        struct stat st;
        if (strcmp(o->paths[k], "-") != 0 && stat(o->paths[k], &st) == 0 && S_ISREG(st.st_mode) &&
            st.st_nlink > 1)
            cli_errorf("warning: %s: %ld other hard link%s to this file keep%s the previous content "
                       "(the name gets the new file)",
                       o->paths[k], (long)st.st_nlink - 1, st.st_nlink == 2 ? "" : "s",
                       st.st_nlink == 2 ? "s" : "");
    }
    if (o->make_dir) {
        if (mkdir(o->make_dir, 0777) == 0) {
            made = 1;
        } else if (errno != EEXIST) {
            cli_errorf("%s: cannot create the folder: %s; nothing was written", o->make_dir,
                       strerror(errno));
            return EXIT_INPUT;
        }
    }
    cg_error err = {0};
    cg_status st = o->report ? cg_graph_save_report(g, o->report, o->paths[0], &err)
                             : cg_graph_save_set(g, o->formats, (const char *const *)o->paths, o->n, &err);
    if (st == CG_OK)
        return EXIT_OK;
    if (made)
        rmdir(o->make_dir); /* only when still empty */
    cli_error(&err);
    return st == CG_ERR_USAGE ? EXIT_USAGE : EXIT_INPUT;
}

/* ---- an output that is an input ---------------------------------------- */

typedef struct ident {
    dev_t dev;
    ino_t ino;
    const char *name;
} ident;

static int same(const ident *ids, size_t n, const struct stat *st, const char **name)
{
    for (size_t k = 0; k < n; k++)
        if (ids[k].dev == st->st_dev && ids[k].ino == st->st_ino) {
            *name = ids[k].name;
            return 1;
        }
    return 0;
}

static int input_is_output(const ident *ids, size_t n, const char *input)
{
    struct stat st;
    int r = strcmp(input, "-") == 0 ? fstat(STDIN_FILENO, &st) : stat(input, &st);
    const char *out;
    if (r != 0 || !same(ids, n, &st, &out))
        return 0;
    cli_errorf("%s: is the input %s%s: writing it would destroy what is read; choose another output "
               "name (nothing was read or written)",
               out, strcmp(input, "-") == 0 ? "read from standard input" : input,
               strcmp(input, out) == 0 ? "" : " (the same file under another name)");
    return 1;
}

int cli_outputs_not_inputs(const cli_outputs *o, const cli_files *files, const char *const *more,
                           size_t nmore)
{
    ident ids[4];
    size_t n = 0;
    for (size_t k = 0; k < o->n && n < 4; k++) {
        struct stat st;
        if (strcmp(o->paths[k], "-") != 0 && stat(o->paths[k], &st) == 0) {
            ids[n].dev = st.st_dev;
            ids[n].ino = st.st_ino;
            ids[n].name = o->paths[k];
            n++;
        }
    }
    if (!n)
        return EXIT_OK; /* only new names: nothing to destroy */
    for (size_t k = 0; k < nmore; k++)
        if (more[k] && input_is_output(ids, n, more[k]))
            return EXIT_INPUT;
    for (size_t k = 0; files && k < files->n; k++)
        if (input_is_output(ids, n, files->v[k]))
            return EXIT_INPUT;
    return EXIT_OK;
}

/* ---- read nothing, write nothing --------------------------------------- */

int cli_require_letters(const cg_graph *g, const char *const *paths, size_t npaths, size_t nfiles,
                        const cli_outputs *o, int allow_empty)
{
    if (allow_empty || cg_graph_node_count(g) > 0)
        return EXIT_OK;
    cg_buf names = {0};
    for (size_t k = 0; k < npaths && k < 3; k++)
        cg_buf_printf(&names, "%s%s", k ? ", " : "", paths[k]);
    if (npaths > 3)
        cg_buf_printf(&names, " and %zu more", npaths - 3);
    char found[96];
    if (nfiles == 0)
        snprintf(found, sizeof found, "no letter file found");
    else
        snprintf(found, sizeof found, "%zu file%s found, none could be read", nfiles,
                 nfiles == 1 ? "" : "s");
    struct stat st;
    int old = 0;
    for (size_t k = 0; k < o->n; k++)
        if (strcmp(o->paths[k], "-") != 0 && lstat(o->paths[k], &st) == 0)
            old = 1;
    const char *kept = strcmp(o->given, "-") == 0 ? "nothing written"
                       : old                     ? "the previous output is left as it was"
                                                 : "nothing written";
    cli_errorf("no letter read from %s (%s): %s; check the paths, or give --allow-empty to write "
               "an empty graph",
               names.s ? names.s : "the inputs", found, kept);
    cg_buf_free(&names);
    return EXIT_INPUT;
}

/* ---- scanning for an output -------------------------------------------- */

int cli_scan_for_output(cg_graph **out, const cli_outputs *o, const char *const *regs, size_t nregs,
                        const char *manifest_path, const char *const *paths, size_t npaths,
                        int quiet, int *problems, size_t *nfiles)
{
    *out = NULL;
    *nfiles = 0;
    cg_registry *reg = NULL;
    int rc = cli_registry(&reg, regs, nregs);
    if (rc != EXIT_OK)
        return rc;
    cg_manifest *manifest = NULL;
    if ((rc = cli_manifest(&manifest, manifest_path)) != EXIT_OK) {
        cg_registry_free(reg);
        return rc;
    }
    cli_files files = {0};
    cli_phase("start");
    cli_collect(&files, paths, npaths, problems);
    cli_phase("collect");
    const char *more[33];
    size_t nmore = 0;
    for (size_t k = 0; k < nregs && nmore < 32; k++)
        more[nmore++] = regs[k];
    more[nmore++] = manifest_path;
    rc = cli_outputs_not_inputs(o, &files, more, nmore);
    if (rc == EXIT_OK) {
        *problems += cli_scan_into(out, reg, manifest, &files, quiet);
        *nfiles = files.n;
        rc = cli_relabel(*out, reg);
    }
    cli_files_free(&files);
    cg_manifest_free(manifest);
    cg_registry_free(reg);
    return rc;
}

/* ---- signals ------------------------------------------------------------- */

static struct sigaction dfl_action; /* SIG_DFL, made before any handler runs */

/* Async-signal-safe: unlink, sigaction and raise only. */
static void on_signal(int sig)
{
    int e = errno;
    cg_save_remove_temp_files();
    /* die of the signal, as if never caught: the shell sees 128 + sig */
    sigaction(sig, &dfl_action, NULL);
    raise(sig); /* delivered when the handler returns */
    errno = e;
}

static void at_exit(void)
{
    cg_save_remove_temp_files();
}

void cli_signals_init(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    atexit(at_exit);
    dfl_action.sa_handler = SIG_DFL;
    sigemptyset(&dfl_action.sa_mask);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++)
        sigaddset(&sa.sa_mask, sigs[k]);
    for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++) {
        struct sigaction old;
        /* a signal ignored by whoever started us (nohup) stays ignored */
        if (sigaction(sigs[k], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(sigs[k], &sa, NULL);
    }
}
