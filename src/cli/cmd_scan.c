/* cmd_scan.c: `citegraph scan PATH...`: every reference found, where it
 * was found, and what it resolved to. */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "cli.h"
#include "docjson.h"
#include "strtab.h"

static int json, jsonl, unresolved;
static const char *shard;
static cli_list args;
static unsigned long shard_k, shard_n; /* --shard K/N; 0: all */

static int check_shard(const cli_opt_spec *o, const char *v)
{
    char *e;
    unsigned long k = strtoul(v, &e, 10), n = 0;
    if (e != v && *e == '/' && isdigit((unsigned char)e[1]))
        n = strtoul(e + 1, &e, 10);
    if (!n || *e || k < 1 || k > n || n > 1000000) {
        cli_usage("--%s %s: give K/N, the K-th of N shards (1 <= K <= N), as in --shard 2/4",
                         o->name, v);
        return -1;
    }
    shard_k = k;
    shard_n = n;
    return 0;
}

static const cli_opt_spec opts[] = {
    {CLI_OPT_SWITCH, "json", 0, &json, NULL,
     "one JSON document on standard output: every letter with its metadata and references "
     "(sentences, byte offsets), and the problems met (docs/schemas/scan.schema.json)",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "jsonl", 0, &jsonl, NULL,
     "JSON Lines: one letter per line, written as it is scanned (for corpora too large for one "
     "document; problems only on standard error)",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_SWITCH, "unresolved", 0, &unresolved, NULL,
     "list the references that cannot be resolved without inventing a node instead: statements "
     "by the President of the Security Council cited by a date on which the table of statements "
     "holds none or several (or a date outside it), Security Council numbers outside the table "
     "of resolutions written without their year, letters described with no State as sender, "
     "resolutions of the General Assembly, ECOSOC or the human rights bodies cited by number "
     "and year; "
     "FILE:LINE:COL, what, the text as written and why (with --json: "
     "docs/schemas/unresolved.schema.json)",
     NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_VALUE, "shard", 0, &shard, "K/N",
     "only the K-th of N shards of the files: those whose name below the corpus root hashes to K "
     "(a file stays in its shard as the corpus grows); the N outputs of --jsonl together build the "
     "graph of all (docs/scale.md)",
     NULL, 0, check_shard, NULL, CLI_COMPLETE_NONE, 0, NULL},
    {CLI_OPT_ARGS, "PATH", 0, &args, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_FILE, 0, NULL},
    {CLI_OPT_GROUP, "scanning", 0, NULL, NULL, "scanning", NULL, 0, NULL, NULL, CLI_COMPLETE_NONE,
     0, cli_scan_group},
    CLI_GROUP("language", "language", cli_lang_group),
    {CLI_OPT_GROUP, "color", 0, NULL, NULL, "colour", NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0,
     cli_color_group},
    {CLI_OPT_END, NULL, 0, NULL, NULL, NULL, NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL},
};

static const char *const usage[] = {"[options] PATH...", NULL};

static const cli_example examples[] = {
    {"citegraph scan letter.txt", "every reference with FILE:LINE:COL, its node and the text as written"},
    {"citegraph scan --json letters/ > refs.json",
     "the same for a folder as one JSON document, with sentences and offsets"},
    {"citegraph scan --jsonl letters/ | jq -c '.references[].target'",
     "one line per letter, streamed"},
    {"citegraph scan --unresolved letters/",
     "the statements, resolutions and letters that no table or text resolves, with FILE:LINE:COL"},
    {"parallel citegraph scan --jsonl --shard {}/4 letters/ '>' part{}.jsonl ::: 1 2 3 4",
     "four shards scanned at once, for citegraph build part*.jsonl (docs/scale.md)"},
    {NULL, NULL},
};

static const size_t dump_flags = JSON_SORT_KEYS | JSON_REAL_PRECISION(6);

/* One document of the array, indented to its place in the whole. */
static void print_nested(json_t *o, int first)
{
    char *s = json_dumps(o, JSON_INDENT(2) | dump_flags);
    fputs(first ? "\n    " : ",\n    ", stdout);
    for (const char *p = s; *p; p++) {
        fputc(*p, stdout);
        if (*p == '\n')
            fputs("    ", stdout);
    }
    free(s);
}

static void print_text(const cg_document *doc)
{
    const cg_meta *m = cg_document_meta(doc);
    /* the file name as messages show it: no escape sequence reaches the
     * terminal, and a newline in a name does not start a line */
    cg_buf name = {0};
    cg_buf_put_visible(&name, m->file, strlen(m->file));
    cg_buf b = {0};
    cg_buf_puts(&b, "# ");
    cli_styled(&b, CLI_DIM, name.s);
    cg_buf_puts(&b, "  ");
    cli_styled(&b, CLI_BOLD, m->id);
    cg_buf_printf(&b, "  date=%s sender=%s session=%ld agenda=%s\n", m->date ? m->date : "-",
                  m->sender ? m->sender : "-", m->session, m->agenda_items ? m->agenda_items : "-");
    for (size_t k = 0; k < cg_document_ref_count(doc); k++) {
        const cg_ref *r = cg_document_ref(doc, k);
        cg_buf_printf(&b, "%s:%ld:%ld\t%s\t%s%s\n", name.s, r->line, r->column, r->target, r->text,
                      r->echo ? "\t(link)" : "");
    }
    cli_flush(&b);
    cg_buf_free(&name);
}

static void print_unresolved(const cg_document *doc)
{
    const cg_meta *m = cg_document_meta(doc);
    cg_buf name = {0};
    cg_buf_put_visible(&name, m->file, strlen(m->file));
    cg_buf b = {0};
    for (size_t k = 0; k < cg_document_unresolved_count(doc); k++) {
        const cg_unresolved *u = cg_document_unresolved(doc, k);
        cg_buf_printf(&b, "%s:%ld:%ld\t%s %s\t%s\t%s\n", name.s, u->line, u->column, u->kind, u->key,
                      u->text, u->reason);
    }
    cli_flush(&b);
    cg_buf_free(&name);
}

static json_t *unresolved_json(const cg_document *doc, const char *name)
{
    json_t *a = json_array();
    for (size_t k = 0; k < cg_document_unresolved_count(doc); k++) {
        const cg_unresolved *u = cg_document_unresolved(doc, k);
        json_t *o = json_object();
        json_object_set_new(o, "file", cli_json_str(name));
        json_object_set_new(o, "line", json_integer(u->line));
        json_object_set_new(o, "column", json_integer(u->column));
        json_object_set_new(o, "offset", json_integer((json_int_t)u->offset));
        json_object_set_new(o, "length", json_integer((json_int_t)u->length));
        json_object_set_new(o, "page", u->page ? json_integer(u->page) : json_null());
        json_object_set_new(o, "kind", cli_json_str(u->kind));
        json_object_set_new(o, "key", cli_json_str(u->key));
        json_object_set_new(o, "text", cli_json_str(u->text));
        json_object_set_new(o, "sentence", cli_json_str(u->sentence));
        json_object_set_new(o, "reason", cli_json_str(u->reason));
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *problem_json(const cg_error *e)
{
    json_t *o = json_object();
    json_object_set_new(o, "file", cli_json_str(e->file[0] ? e->file : NULL));
    json_object_set_new(o, "line", e->line > 0 ? json_integer(e->line) : json_null());
    json_object_set_new(o, "column", e->column > 0 ? json_integer(e->column) : json_null());
    json_object_set_new(o, "message", cli_json_str(e->message));
    return o;
}

static int run(void)
{
    if (!args.n)
        return cli_usage("which letters? give the PATHs of files or folders to scan (citegraph scan "
                         "letter.txt)");
    if (json && jsonl)
        return cli_usage("--json and --jsonl: give one (--json: one document; --jsonl: one line per "
                         "letter)");
    if (unresolved && jsonl)
        return cli_usage("--unresolved and --jsonl: give one (--unresolved --json lists them as one "
                         "JSON document)");
    cg_registry *reg = NULL;
    int rc = cli_registry(&reg, cli_src.regs.v, cli_src.regs.n);
    if (rc != EXIT_OK)
        return rc;
    cg_manifest *manifest = NULL;
    if ((rc = cli_manifest(&manifest, cli_src.manifest)) != EXIT_OK) {
        cg_registry_free(reg);
        return rc;
    }
    int problems = 0;
    cli_files files = {0};
    cg_vec early = {0};
    cli_captured = &early;
    cli_collect(&files, args.v, args.n, &problems);
    cli_captured = NULL;
    json_t *errs = json_array();
    for (size_t k = 0; k < early.n; k++) {
        cg_error e = {0};
        snprintf(e.message, sizeof e.message, "%s", (char *)early.v[k]);
        json_array_append_new(errs, problem_json(&e));
    }
    cg_vec_free(&early, free);
    if (json)
        fputs(unresolved ? "{\n  \"unresolved\": [" : "{\n  \"documents\": [", stdout);
    size_t written = 0;
    size_t inshard = 0;
    for (size_t k = 0; k < files.n; k++) {
        if (shard_n && cg_hash64(files.names[k], strlen(files.names[k])) % shard_n != shard_k - 1)
            continue;
        inshard++;
        cg_document *doc = NULL;
        cg_error err = {0};
        cg_read_options ro = {0};
        ro.name = files.names[k];
        ro.follow_special = cli_follow_special;
        ro.max_refs = (size_t)cli_max_refs;
        ro.language = cli_lang;
        if (cg_document_read_file_opts(&doc, reg, files.v[k], &ro, &err) != CG_OK) {
            cli_error(&err);
            json_array_append_new(errs, problem_json(&err));
            problems++;
            continue;
        }
        cli_name_warning(files.v[k]);
        for (size_t w = 0; w < cg_document_warning_count(doc); w++) {
            /* the work limit: what was read is shown, and said to be partial */
            cg_error e = {0};
            snprintf(e.message, sizeof e.message, "%s", cg_document_warning(doc, w));
            cli_errorf("%s", e.message);
            json_array_append_new(errs, problem_json(&e));
            problems++;
        }
        if (manifest)
            cg_manifest_apply(manifest, doc);
        if (unresolved) {
            if (json) {
                json_t *a = unresolved_json(doc, files.names[k]);
                for (size_t q = 0; q < json_array_size(a); q++)
                    print_nested(json_array_get(a, q), written++ == 0);
                json_decref(a);
            } else {
                print_unresolved(doc);
            }
        } else if (json || jsonl) {
            json_t *o = cli_doc_json(doc, files.names[k]);
            if (json) {
                print_nested(o, written == 0);
            } else {
                json_dumpf(o, stdout, JSON_COMPACT | dump_flags);
                fputc('\n', stdout);
            }
            json_decref(o);
        } else {
            print_text(doc);
        }
        if (!unresolved)
            written++;
        cg_document_free(doc);
    }
    if (files.special) {
        cg_buf b = {0};
        cli_special_note(&files, &b);
        cli_errorf("%s", b.s);
        cg_buf_free(&b);
    }
    if (json) {
        char *e = json_dumps(errs, JSON_INDENT(2) | dump_flags);
        printf("%s],\n  \"files\": %zu,\n  \"problems\": ", written ? "\n  " : "", inshard);
        for (const char *p = e; *p; p++) {
            fputc(*p, stdout);
            if (*p == '\n')
                fputs("  ", stdout);
        }
        fputs("\n}\n", stdout);
        free(e);
    }
    json_decref(errs);
    cli_files_free(&files);
    cg_manifest_free(manifest);
    cg_registry_free(reg);
    return cli_finish_stdout(problems ? EXIT_INPUT : EXIT_OK);
}

const cli_cmd cli_cmd_scan = {
    "scan",
    "the references found in letters, with their locations",
    usage,
    "Lists each reference found in the letters, in document order: FILE:LINE:COL, the node it "
    "resolves to and the text as written ((link) marks a URL printed alone under the page), "
    "after a line per letter with its identifier and header (date, sender, session, agenda "
    "items).",
    opts,
    examples,
    "some inputs had problems (each is reported, the others are listed)",
    run,
};
