/* cmd_scan.c: `citegraph scan PATH...`: every reference found, where it
 * was found, and what it resolved to. */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

static void help(FILE *fp)
{
    fputs("usage: citegraph scan [options] PATH...\n"
          "\n"
          "Lists each reference found in the letters: FILE:LINE:COL, the node it\n"
          "resolves to, and the text as written; with --json, one JSON object per\n"
          "letter (metadata and references with sentences and byte offsets).\n"
          "\n"
          "  -r, --registry FILE   add registry entries (repeatable)\n"
          "      --json            machine-readable output\n" CLI_FOLLOW_SPECIAL_HELP
          "  -h, --help            this help\n"
          "\n"
          "Exit codes: 0 ok; 1 some inputs had problems; 2 usage error.\n",
          fp);
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static void print_json(const cg_document *doc)
{
    const cg_meta *m = cg_document_meta(doc);
    json_t *refs = json_array();
    for (size_t k = 0; k < cg_document_ref_count(doc); k++) {
        const cg_ref *r = cg_document_ref(doc, k);
        json_t *o = json_object();
        json_object_set_new(o, "target", json_string(r->target));
        json_object_set_new(o, "kind", json_string(cg_kind_name(r->kind)));
        json_object_set_new(o, "text", json_string(r->text));
        json_object_set_new(o, "line", json_integer(r->line));
        json_object_set_new(o, "column", json_integer(r->column));
        json_object_set_new(o, "offset", json_integer((json_int_t)r->offset));
        json_object_set_new(o, "length", json_integer((json_int_t)r->length));
        json_object_set_new(o, "echo", json_boolean(r->echo));
        json_object_set_new(o, "sentence", json_string(r->sentence));
        if (r->parent)
            json_object_set_new(o, "parent", json_string(r->parent));
        if (r->symbols)
            json_object_set_new(o, "symbols", json_string(r->symbols));
        json_array_append_new(refs, o);
    }
    json_t *o = json_object();
    /* JSON holds only UTF-8: a name that is not is written escaped
     * (cg_name_escape), as in the id, and said (cli_name_warning) */
    char *esc = NULL;
    json_t *file = json_string(m->file);
    if (!file) {
        cg_name_escape(&esc, m->file);
        file = json_string(esc);
    }
    free(esc);
    json_object_set_new(o, "file", file ? file : json_null());
    json_object_set_new(o, "id", json_string(m->id));
    json_object_set_new(o, "language", str_or_null(m->language));
    json_object_set_new(o, "title", str_or_null(m->title));
    json_object_set_new(o, "date", str_or_null(m->date));
    json_object_set_new(o, "sender", str_or_null(m->sender));
    json_object_set_new(o, "symbols", str_or_null(m->symbols));
    json_object_set_new(o, "addressee", str_or_null(m->addressee));
    json_object_set_new(o, "session", m->session ? json_integer(m->session) : json_null());
    json_object_set_new(o, "sc_year", m->sc_year ? json_integer(m->sc_year) : json_null());
    json_object_set_new(o, "agenda_items", str_or_null(m->agenda_items));
    json_object_set_new(o, "annex", json_boolean(m->has_annex));
    json_object_set_new(o, "annex_author", str_or_null(m->annex_author));
    json_object_set_new(o, "references", refs);
    json_dumpf(o, stdout, JSON_INDENT(2));
    fputc('\n', stdout);
    json_decref(o);
}

static void print_text(const cg_document *doc)
{
    const cg_meta *m = cg_document_meta(doc);
    /* the file name as messages show it: no escape sequence reaches the
     * terminal, and a newline in a name does not start a line */
    cg_buf name = {0};
    cg_buf_put_visible(&name, m->file, strlen(m->file));
    printf("# %s  %s  date=%s sender=%s session=%ld agenda=%s\n", name.s, m->id,
           m->date ? m->date : "-", m->sender ? m->sender : "-", m->session,
           m->agenda_items ? m->agenda_items : "-");
    for (size_t k = 0; k < cg_document_ref_count(doc); k++) {
        const cg_ref *r = cg_document_ref(doc, k);
        printf("%s:%ld:%ld\t%s\t%s%s\n", name.s, r->line, r->column, r->target, r->text,
               r->echo ? "\t(link)" : "");
    }
    cg_buf_free(&name);
}

int cli_scan(int argc, char **argv)
{
    static const struct option opts[] = {{"registry", required_argument, NULL, 'r'},
                                         {"json", no_argument, NULL, 'j'},
                                         {"follow-special", no_argument, NULL, CLI_OPT_FOLLOW_SPECIAL},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    char *regs[32];
    size_t nregs = 0;
    int json = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "r:h", opts, NULL)) != -1) {
        switch (c) {
        case 'r':
            if (nregs < 32)
                regs[nregs++] = optarg;
            break;
        case 'j': json = 1; break;
        case CLI_OPT_FOLLOW_SPECIAL: cli_follow_special = 1; break;
        case 'h': help(stdout); return EXIT_OK;
        default: help(stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_errorf("scan: no PATH given");
        help(stderr);
        return EXIT_USAGE;
    }
    cg_registry *reg = NULL;
    int rc = cli_registry(&reg, regs, nregs);
    if (rc != EXIT_OK)
        return rc;
    int problems = 0;
    cli_files files = {0};
    cli_collect(&files, argv + optind, (size_t)(argc - optind), &problems);
    for (size_t k = 0; k < files.n; k++) {
        cg_document *doc = NULL;
        cg_error err = {0};
        cg_read_options ro = {0};
        ro.name = files.names[k];
        ro.follow_special = cli_follow_special;
        if (cg_document_read_file_opts(&doc, reg, files.v[k], &ro, &err) != CG_OK) {
            cli_error(&err);
            problems++;
            continue;
        }
        cli_name_warning(files.v[k]);
        if (json)
            print_json(doc);
        else
            print_text(doc);
        cg_document_free(doc);
    }
    if (files.special) {
        cg_buf b = {0};
        cli_special_note(&files, &b);
        cli_errorf("%s", b.s);
        cg_buf_free(&b);
    }
    cli_files_free(&files);
    cg_registry_free(reg);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_errorf("cannot write to standard output");
        return EXIT_INPUT;
    }
    return problems ? EXIT_INPUT : EXIT_OK;
}
