/* doc.c: what the option tables write: `--help`, the man page (roff), the
 * option sections of docs/cli.md (Markdown) and the completion scripts of
 * bash, zsh and fish.  Everything here comes from opt.h's tables, so none
 * of it can say something the parser does not do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "opt.h"

#define HELP_WIDTH 80
#define LABEL_WIDTH 24

/* ---- text ----------------------------------------------------------------- */

/* Writes text wrapped at `width` columns (display width), every line but
 * the first indented by `indent`; `col` is where the first line starts. */
static void wrap(FILE *fp, const char *text, size_t col, size_t indent, size_t width)
{
    const char *p = text;
    int first = 1;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t wl = strcspn(p, " ");
        char *word = cg_xstrndup(p, wl);
        size_t ww = cg_utf8_width(word);
        if (!first && col + 1 + ww > width) {
            fprintf(fp, "\n%*s", (int)indent, "");
            col = indent;
        } else if (!first) {
            fputc(' ', fp);
            col++;
        }
        fputs(word, fp);
        col += ww;
        free(word);
        first = 0;
        p += wl;
    }
    fputc('\n', fp);
}

/* Paragraphs (separated by "\n\n"), each wrapped. */
static void paragraphs(FILE *fp, const char *text, size_t indent, size_t width)
{
    const char *p = text;
    int firstp = 1;
    while (*p) {
        const char *end = strstr(p, "\n\n");
        size_t l = end ? (size_t)(end - p) : strlen(p);
        char *para = cg_xstrndup(p, l);
        for (char *q = para; *q; q++)
            if (*q == '\n')
                *q = ' ';
        if (!firstp)
            fputc('\n', fp);
        fprintf(fp, "%*s", (int)indent, "");
        wrap(fp, para, indent, indent, width);
        free(para);
        firstp = 0;
        p += l;
        while (*p == '\n')
            p++;
    }
}

/* "a, b or c" from space-separated words. */
static void words_list(cg_buf *b, const char *words, const char *last)
{
    cg_vec w = {0};
    cg_split(words, ' ', &w);
    for (size_t k = 0; k < w.n; k++)
        cg_buf_printf(b, "%s%s", k == 0 ? "" : k + 1 == w.n ? last : ", ", (char *)w.v[k]);
    cg_vec_free(&w, free);
}

/* What an option does, with what the table says besides the help text:
 * the values allowed and whether it repeats. */
static char *opt_text(const cli_opt_spec *o)
{
    cg_buf b = {0};
    cg_buf_puts(&b, o->help ? o->help : "");
    if (o->choices || o->type == CLI_OPT_LIST) {
        cg_buf_puts(&b, " (");
        if (o->choices) {
            cg_buf_printf(&b, "%s: ", o->value_name ? o->value_name : "VALUE");
            words_list(&b, o->choices, " or ");
        }
        if (o->type == CLI_OPT_LIST)
            cg_buf_printf(&b, "%srepeatable%s", o->choices ? "; " : "",
                          (o->choices || o->check) ? ", commas separate values too" : "");
        cg_buf_puts(&b, ")");
    }
    return cg_buf_take(&b);
}

/* "-n, --limit N" */
static char *opt_label(const cli_opt_spec *o)
{
    cg_buf b = {0};
    if (o->alias)
        cg_buf_printf(&b, "-%c%s", o->alias, o->name ? ", " : "");
    else
        cg_buf_puts(&b, "    ");
    if (o->name)
        cg_buf_printf(&b, "--%s", o->name);
    if (o->type != CLI_OPT_SWITCH && o->value_name)
        cg_buf_printf(&b, " %s", o->value_name);
    return cg_buf_take(&b);
}

static int shown(const cli_opt_spec *o)
{
    return o->type != CLI_OPT_END && o->type != CLI_OPT_ARGS && !(o->flags & CLI_OPT_HIDDEN);
}

static const cli_opt_spec help_opt = {CLI_OPT_SWITCH, "help", 'h', NULL, NULL, "this help",
                                      NULL, 0, NULL, NULL, CLI_COMPLETE_NONE, 0, NULL};

/* Every option of a table, groups flattened, help last. */
static size_t all_opts(const cli_opt_spec *t, const cli_opt_spec **out, size_t n, size_t cap)
{
    for (; t && t->type != CLI_OPT_END; t++) {
        if (t->type == CLI_OPT_GROUP)
            n = all_opts(t->group, out, n, cap);
        else if (shown(t) && n < cap)
            out[n++] = t;
    }
    return n;
}

static void help_option(FILE *fp, const cli_opt_spec *o)
{
    char *label = opt_label(o), *text = opt_text(o);
    fprintf(fp, "  %s", label);
    size_t col = 2 + cg_utf8_width(label);
    if (col + 2 > LABEL_WIDTH) {
        fprintf(fp, "\n%*s", LABEL_WIDTH, "");
    } else {
        fprintf(fp, "%*s", (int)(LABEL_WIDTH - col), "");
    }
    wrap(fp, text, LABEL_WIDTH, LABEL_WIDTH, HELP_WIDTH);
    free(label);
    free(text);
}

static void help_table(FILE *fp, const cli_opt_spec *t, int *any)
{
    for (const cli_opt_spec *o = t; o && o->type != CLI_OPT_END; o++)
        if (shown(o) && o->type != CLI_OPT_GROUP) {
            if (!*any)
                fputs("\noptions:\n", fp);
            *any = 1;
            help_option(fp, o);
        }
}

static void exit_line(cg_buf *b, const cli_cmd *cmd)
{
    cg_buf_printf(b, "Exit codes: 0 ok; 1 %s; 2 usage error (one line on standard error says what "
                     "to change).",
                  cmd->exit_input);
}

void cli_help(const cli_cmd *cmd, FILE *fp)
{
    for (size_t k = 0; cmd->usage[k]; k++)
        fprintf(fp, "%s citegraph %s %s\n", k ? "      " : "usage:", cmd->name, cmd->usage[k]);
    fputc('\n', fp);
    paragraphs(fp, cmd->description, 0, HELP_WIDTH);
    int any = 0;
    help_table(fp, cmd->opts, &any);
    for (const cli_opt_spec *o = cmd->opts; o->type != CLI_OPT_END; o++)
        if (o->type == CLI_OPT_GROUP) {
            const cli_opt_spec *g[64];
            size_t n = all_opts(o->group, g, 0, 64);
            fprintf(fp, "\n%s:\n", o->help);
            for (size_t q = 0; q < n; q++)
                help_option(fp, g[q]);
        }
    help_option(fp, &help_opt);
    fputs("\nexamples:\n", fp);
    for (const cli_example *e = cmd->examples; e->command; e++) {
        fprintf(fp, "  %s\n", e->command);
        fprintf(fp, "      ");
        wrap(fp, e->what, 6, 6, HELP_WIDTH);
    }
    fputc('\n', fp);
    cg_buf b = {0};
    exit_line(&b, cmd);
    wrap(fp, b.s, 0, 0, HELP_WIDTH);
    cg_buf_free(&b);
}

void cli_main_help(FILE *fp)
{
    fputs("usage: citegraph <command> [options] [PATH...]\n\n", fp);
    paragraphs(fp,
               "Reads diplomatic letters circulated at the United Nations (text extracted from "
               "PDFs, Markdown, HTML, PDF and Word files, in the six UN languages), finds every "
               "reference they make and turns them into a citation graph; the commands below "
               "query it.",
               0, HELP_WIDTH);
    fputs("\ncommands:\n", fp);
    for (size_t k = 0; cli_commands[k]; k++)
        fprintf(fp, "  %-9s %s\n", cli_commands[k]->name, cli_commands[k]->summary);
    fputs("\noptions:\n", fp);
    for (const cli_opt_spec *o = cli_global_opts; o->type != CLI_OPT_END; o++)
        if (shown(o))
            help_option(fp, o);
    fputc('\n', fp);
    paragraphs(fp,
               "`citegraph <command> --help` tells more, with examples; `man citegraph` tells all.  "
               "Letters are scanned by one thread per processor (CITEGRAPH_JOBS=N to choose).  "
               "Exit codes: 0 ok, 1 some inputs had problems (the others were processed) or an "
               "output could not be written, 2 usage error.",
               0, HELP_WIDTH);
}

/* ---- the man page ---------------------------------------------------------- */

/* roff text: backslashes and leading dots escaped, "-" as \- in options,
 * characters beyond ASCII as \[uXXXX] (any troff reads them without
 * preconv). */
static void roff(FILE *fp, const char *s, int dashes)
{
    int bol = 1;
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s);
    while (n) {
        uint32_t cp;
        size_t l = cg_utf8_decode(p, n, &cp);
        if (!l) {
            l = 1;
            cp = '?';
        }
        p += l;
        n -= l;
        if (bol && (cp == '.' || cp == '\''))
            fputs("\\&", fp);
        bol = 0;
        if (cp == '\\')
            fputs("\\e", fp);
        else if (cp == '-' && dashes)
            fputs("\\-", fp);
        else if (cp == '\n') {
            fputc('\n', fp);
            bol = 1;
        } else if (cp >= 0x80)
            fprintf(fp, "\\[u%04X]", (unsigned)cp);
        else
            fputc((int)cp, fp);
    }
}

static void roff_paragraphs(FILE *fp, const char *text)
{
    const char *p = text;
    while (*p) {
        const char *end = strstr(p, "\n\n");
        size_t l = end ? (size_t)(end - p) : strlen(p);
        char *para = cg_xstrndup(p, l);
        for (char *q = para; *q; q++)
            if (*q == '\n')
                *q = ' ';
        fputs(".PP\n", fp);
        roff(fp, para, 0);
        fputc('\n', fp);
        free(para);
        p += l;
        while (*p == '\n')
            p++;
    }
}

static void man_option(FILE *fp, const cli_opt_spec *o)
{
    fputs(".TP\n.B ", fp);
    if (o->alias)
        fprintf(fp, "\\-%c%s", o->alias, o->name ? ", " : "");
    if (o->name) {
        fputs("\\-\\-", fp);
        roff(fp, o->name, 1);
    }
    if (o->type != CLI_OPT_SWITCH && o->value_name) {
        fputs(" \\fI", fp);
        roff(fp, o->value_name, 1);
        fputs("\\fR", fp);
    }
    fputc('\n', fp);
    char *t = opt_text(o);
    roff(fp, t, 0);
    fputc('\n', fp);
    free(t);
}

void cli_man(FILE *fp)
{
    fprintf(fp, ".\\\" citegraph(1), written by `citegraph --man` from the option tables.\n");
    fprintf(fp, ".TH CITEGRAPH 1 \"\" \"citegraph %s\" \"User Commands\"\n", CG_VERSION);
    fputs(".SH NAME\ncitegraph \\- the citation graph of letters circulated at the United Nations\n",
          fp);
    fputs(".SH SYNOPSIS\n", fp);
    for (size_t k = 0; cli_commands[k]; k++) {
        const cli_cmd *c = cli_commands[k];
        for (size_t u = 0; c->usage[u]; u++) {
            fprintf(fp, ".B citegraph %s\n", c->name);
            roff(fp, c->usage[u], 1);
            fputs("\n.br\n", fp);
        }
    }
    fputs(".B citegraph\n\\-\\-help | \\-\\-version\n", fp);
    fputs(".SH DESCRIPTION\n", fp);
    roff_paragraphs(fp,
                    "citegraph reads diplomatic letters circulated at the United Nations (text "
                    "extracted from PDFs, Markdown, HTML, PDF and Word files, in Arabic, Chinese, "
                    "English, French, Russian and Spanish), finds every "
                    "reference they make (Security Council and General Assembly resolutions, UN "
                    "document symbols, treaties and their articles, ICJ cases, web links, earlier "
                    "letters cited by description) and turns them into a citation graph in which "
                    "every edge carries the sentence it came from.  The graph is written as "
                    "GraphML, GEXF, JSON, JSON Lines, CSV or DOT, and the commands below answer the "
                    "common questions directly.\n\n"
                    "Nodes are named by their identifiers (S/RES/822(1993), A/75/379, "
                    "instrument:un-charter), but every command that takes a node also takes the "
                    "node as letters write it (resolution 822 (1993), s/res/822 (1993), UN Charter, "
                    "联合国宪章) or words of its title; citegraph find lists the nodes some words "
                    "name.");
    fputs(".SH COMMANDS\n", fp);
    for (size_t k = 0; cli_commands[k]; k++) {
        const cli_cmd *c = cli_commands[k];
        fprintf(fp, ".SS \"citegraph %s\"\n", c->name);
        fputs(".nf\n", fp);
        for (size_t u = 0; c->usage[u]; u++) {
            fprintf(fp, "citegraph %s ", c->name);
            roff(fp, c->usage[u], 1);
            fputc('\n', fp);
        }
        fputs(".fi\n", fp);
        roff_paragraphs(fp, c->description);
        const cli_opt_spec *o[64];
        size_t n = all_opts(c->opts, o, 0, 64);
        for (size_t q = 0; q < n; q++)
            man_option(fp, o[q]);
        man_option(fp, &help_opt);
        fputs(".PP\nExamples:\n", fp);
        for (const cli_example *e = c->examples; e->command; e++) {
            fputs(".RS\n.nf\n", fp);
            roff(fp, e->command, 1);
            fputs("\n.fi\n", fp);
            roff(fp, e->what, 0);
            fputs("\n.RE\n", fp);
        }
    }
    fputs(".SH OPTIONS\nThe options of citegraph itself:\n", fp);
    for (const cli_opt_spec *o = cli_global_opts; o->type != CLI_OPT_END; o++)
        if (shown(o))
            man_option(fp, o);
    fputs(".SH EXIT STATUS\n", fp);
    for (const cli_exit_code *e = cli_exit_codes; e->code; e++) {
        fprintf(fp, ".TP\n.B %s\n", e->code);
        roff(fp, e->meaning, 0);
        fputc('\n', fp);
    }
    fputs(".PP\nEvery message is one line on standard error, "
          "\\fBcitegraph: FILE:LINE:COL: message\\fR, with the parts that do not apply left out.\n",
          fp);
    fputs(".SH ENVIRONMENT\n"
          ".TP\n.B COLUMNS\nthe width tables and sentences are fitted to (else the terminal's "
          "width; output to a file or a pipe is not cut unless COLUMNS is set)\n"
          ".TP\n.B NO_COLOR\nwhen set and not empty, no colour even on a terminal (no-color.org)\n"
          ".TP\n.B CITEGRAPH_JOBS\nscanning threads (default: one per processor)\n",
          fp);
    fputs(".SH SEE ALSO\n"
          "The documentation in the source tree: docs/cli.md (this page and more), "
          "docs/cookbook.md (recipes), docs/queries.md, docs/formats.md, docs/identifiers.md.\n",
          fp);
}

/* ---- docs/cli.md ----------------------------------------------------------- */

/* Markdown table cell text: pipes escaped. */
static void md_cell(FILE *fp, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '|')
            fputs("\\|", fp);
        else
            fputc(*p, fp);
    }
}

static void md_options(FILE *fp, const cli_opt_spec *t, int with_help, int flatten)
{
    fputs("| option | what it does |\n|---|---|\n", fp);
    const cli_opt_spec *all[64];
    size_t n = 0;
    if (flatten)
        n = all_opts(t, all, 0, 64);
    else
        for (const cli_opt_spec *o = t; o->type != CLI_OPT_END && n < 64; o++)
            if (shown(o) && o->type != CLI_OPT_GROUP)
                all[n++] = o;
    for (size_t k = 0; k < n; k++) {
        const cli_opt_spec *o = all[k];
        char *label = opt_label(o), *text = opt_text(o);
        const char *l = label;
        while (*l == ' ')
            l++;
        fputs("| `", fp);
        md_cell(fp, l);
        fputs("` | ", fp);
        md_cell(fp, text);
        fputs(" |\n", fp);
        free(label);
        free(text);
    }
    if (with_help)
        fputs("| `-h, --help` | this help |\n", fp);
}

int cli_markdown(const char *what, FILE *fp)
{
    if (strcmp(what, "exit-codes") == 0) {
        fputs("| code | meaning |\n|---|---|\n", fp);
        for (const cli_exit_code *e = cli_exit_codes; e->code; e++) {
            fprintf(fp, "| %s | ", e->code);
            md_cell(fp, e->meaning);
            fputs(" |\n", fp);
        }
        return 0;
    }
    if (strcmp(what, "global") == 0) {
        md_options(fp, cli_global_opts, 0, 0);
        return 0;
    }
    if (strncmp(what, "group:", 6) == 0) {
        for (size_t k = 0; cli_commands[k]; k++)
            for (const cli_opt_spec *o = cli_commands[k]->opts; o->type != CLI_OPT_END; o++)
                if (o->type == CLI_OPT_GROUP && o->name && strcmp(o->name, what + 6) == 0) {
                    md_options(fp, o->group, 0, 1);
                    return 0;
                }
        return -1;
    }
    const cli_cmd *c = cli_command(what);
    if (!c)
        return -1;
    fputs("```\n", fp);
    for (size_t u = 0; c->usage[u]; u++)
        fprintf(fp, "citegraph %s %s\n", c->name, c->usage[u]);
    fputs("```\n\n", fp);
    const char *p = c->description;
    while (*p) {
        const char *end = strstr(p, "\n\n");
        size_t l = end ? (size_t)(end - p) : strlen(p);
        char *para = cg_xstrndup(p, l);
        for (char *q = para; *q; q++)
            if (*q == '\n')
                *q = ' ';
        fprintf(fp, "%s\n\n", para);
        free(para);
        p += l;
        while (*p == '\n')
            p++;
    }
    md_options(fp, c->opts, 1, 0);
    int groups = 0;
    for (const cli_opt_spec *o = c->opts; o->type != CLI_OPT_END; o++)
        if (o->type == CLI_OPT_GROUP) {
            fprintf(fp, "%s [%s](#%s)", groups ? "," : "\nAnd the options of", o->help, o->name);
            groups++;
        }
    if (groups)
        fputs(".\n", fp);
    fputs("\nExamples:\n\n```sh\n", fp);
    for (const cli_example *e = c->examples; e->command; e++)
        fprintf(fp, "%s\n    # %s\n", e->command, e->what);
    fputs("```\n\n", fp);
    fprintf(fp, "Exit code 1: %s.\n", c->exit_input);
    return 0;
}

/* ---- completions --------------------------------------------------------------- */

/* The first sentence of the help, for a completion menu. */
static char *short_help(const char *help)
{
    const char *h = help ? help : "";
    size_t l = strcspn(h, ";(");
    const char *dot = strstr(h, ". ");
    if (dot && (size_t)(dot - h) < l)
        l = (size_t)(dot - h);
    while (l && (h[l - 1] == ' ' || h[l - 1] == '.' || h[l - 1] == ','))
        l--;
    if (l > 70) {
        l = 70;
        while (l > 40 && h[l] != ' ')
            l--;
    }
    return cg_xstrndup(h, l);
}

/* s for a single-quoted shell string. */
static void squote(FILE *fp, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '\'')
            fputs("'\\''", fp);
        else
            fputc(*p, fp);
    }
}

static const cli_opt_spec *args_of(const cli_cmd *c)
{
    for (const cli_opt_spec *o = c->opts; o->type != CLI_OPT_END; o++)
        if (o->type == CLI_OPT_ARGS)
            return o;
    return NULL;
}

static void bash_value(FILE *fp, const cli_opt_spec *o)
{
    switch (o->complete) {
    case CLI_COMPLETE_CHOICES:
        fprintf(fp, "COMPREPLY=($(compgen -W '%s' -- \"$cur\"))", o->choices ? o->choices : "");
        break;
    case CLI_COMPLETE_FILE: fputs("COMPREPLY=($(compgen -f -- \"$cur\"))", fp); break;
    case CLI_COMPLETE_DIR: fputs("COMPREPLY=($(compgen -d -- \"$cur\"))", fp); break;
    case CLI_COMPLETE_GRAPH:
        fputs("COMPREPLY=($(compgen -f -X '!*.graphml' -- \"$cur\") $(compgen -d -- \"$cur\"))", fp);
        break;
    default: fputs("COMPREPLY=()", fp); break;
    }
}

static void bash(FILE *fp)
{
    fputs("# bash completion for citegraph, written by `citegraph --completions bash`\n"
          "_citegraph() {\n"
          "    local cur prev cmd i\n"
          "    cur=${COMP_WORDS[COMP_CWORD]}\n"
          "    prev=${COMP_WORDS[COMP_CWORD-1]}\n"
          "    cmd=\n"
          "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
          "        case ${COMP_WORDS[i]} in -*) ;; *) cmd=${COMP_WORDS[i]}; break ;; esac\n"
          "    done\n"
          "    if [[ -z $cmd ]]; then\n"
          "        case $prev in\n"
          "        --completions) COMPREPLY=($(compgen -W 'bash zsh fish' -- \"$cur\")); return ;;\n"
          "        esac\n"
          "        COMPREPLY=($(compgen -W '",
          fp);
    for (size_t k = 0; cli_commands[k]; k++)
        fprintf(fp, "%s ", cli_commands[k]->name);
    for (const cli_opt_spec *o = cli_global_opts; o->type != CLI_OPT_END; o++)
        if (shown(o))
            fprintf(fp, "--%s ", o->name);
    fputs("' -- \"$cur\"))\n        return\n    fi\n    case $cmd in\n", fp);
    for (size_t k = 0; cli_commands[k]; k++) {
        const cli_cmd *c = cli_commands[k];
        const cli_opt_spec *o[64];
        size_t n = all_opts(c->opts, o, 0, 64);
        fprintf(fp, "    %s)\n        case $prev in\n", c->name);
        for (size_t q = 0; q < n; q++) {
            if (o[q]->type == CLI_OPT_SWITCH)
                continue;
            fputs("        ", fp);
            if (o[q]->alias)
                fprintf(fp, "-%c|", o[q]->alias);
            fprintf(fp, "--%s) ", o[q]->name);
            bash_value(fp, o[q]);
            fputs("; return ;;\n", fp);
        }
        fputs("        esac\n        if [[ $cur == -* ]]; then\n            COMPREPLY=($(compgen -W '",
              fp);
        for (size_t q = 0; q < n; q++)
            fprintf(fp, "--%s ", o[q]->name);
        fputs("--help' -- \"$cur\"))\n            return\n        fi\n", fp);
        const cli_opt_spec *a = args_of(c);
        if (a && a->complete == CLI_COMPLETE_FILE)
            fputs("        COMPREPLY=($(compgen -f -- \"$cur\"))\n", fp);
        else if (a && a->complete == CLI_COMPLETE_CHOICES)
            fprintf(fp, "        COMPREPLY=($(compgen -W '%s' -- \"$cur\"))\n", a->choices);
        else
            fputs("        COMPREPLY=()\n", fp);
        fputs("        ;;\n", fp);
    }
    fputs("    esac\n}\ncomplete -o filenames -o bashdefault -F _citegraph citegraph\n", fp);
}

/* Text inside a zsh _arguments spec: [, ], :, \ escaped. */
static void zesc(FILE *fp, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == '[' || *p == ']' || *p == ':' || *p == '\\')
            fputc('\\', fp);
        if (*p == '\'')
            fputs("'\\''", fp);
        else
            fputc(*p, fp);
    }
}

static void zsh_action(FILE *fp, const cli_opt_spec *o)
{
    switch (o->complete) {
    case CLI_COMPLETE_CHOICES: fprintf(fp, "(%s)", o->choices ? o->choices : ""); break;
    case CLI_COMPLETE_FILE: fputs("_files", fp); break;
    case CLI_COMPLETE_DIR: fputs("_files -/", fp); break;
    case CLI_COMPLETE_GRAPH: fputs("_files -g \"*.graphml\"", fp); break;
    default: fputs(" ", fp); break;
    }
}

static void zsh(FILE *fp)
{
    fputs("#compdef citegraph\n"
          "# zsh completion for citegraph, written by `citegraph --completions zsh`\n"
          "_citegraph() {\n"
          "    local -a commands\n"
          "    commands=(\n",
          fp);
    for (size_t k = 0; cli_commands[k]; k++) {
        fprintf(fp, "        '%s:", cli_commands[k]->name);
        zesc(fp, cli_commands[k]->summary);
        fputs("'\n", fp);
    }
    fputs("    )\n"
          "    if (( CURRENT == 2 )); then\n"
          "        _describe -t commands 'citegraph command' commands\n"
          "        _arguments '--help[the commands]' '--version[the version]' "
          "'--completions[a completion script]:shell:(bash zsh fish)'\n"
          "        return\n"
          "    fi\n"
          "    local cmd=${words[2]}\n"
          "    shift words\n"
          "    (( CURRENT-- ))\n"
          "    case $cmd in\n",
          fp);
    for (size_t k = 0; cli_commands[k]; k++) {
        const cli_cmd *c = cli_commands[k];
        const cli_opt_spec *o[64];
        size_t n = all_opts(c->opts, o, 0, 64);
        fprintf(fp, "    %s)\n        _arguments -s \\\n", c->name);
        for (size_t q = 0; q < n; q++) {
            char *h = short_help(o[q]->help);
            int rep = o[q]->type == CLI_OPT_LIST;
            const char *names[2] = {NULL, NULL};
            char sn[3] = {'-', o[q]->alias, '\0'}, ln[80];
            snprintf(ln, sizeof ln, "--%s", o[q]->name);
            names[0] = o[q]->alias ? sn : NULL;
            names[1] = ln;
            for (int v = 0; v < 2; v++) {
                if (!names[v])
                    continue;
                fputs("            '", fp);
                if (rep)
                    fputc('*', fp);
                else if (o[q]->alias)
                    fprintf(fp, "(-%c --%s)", o[q]->alias, o[q]->name);
                fputs(names[v], fp);
                fputc('[', fp);
                zesc(fp, h);
                fputc(']', fp);
                if (o[q]->type != CLI_OPT_SWITCH) {
                    fputc(':', fp);
                    zesc(fp, o[q]->value_name ? o[q]->value_name : "value");
                    fputc(':', fp);
                    zsh_action(fp, o[q]);
                }
                fputs("' \\\n", fp);
            }
            free(h);
        }
        fputs("            '(- *)'{-h,--help}'[this help]'", fp);
        const cli_opt_spec *a = args_of(c);
        if (a) {
            fputs(" \\\n            '*:", fp);
            zesc(fp, a->name);
            fputc(':', fp);
            zsh_action(fp, a);
            fputc('\'', fp);
        }
        fputs("\n        ;;\n", fp);
    }
    fputs("    esac\n}\n_citegraph \"$@\"\n", fp);
}

static void fish_value(FILE *fp, const cli_opt_spec *o)
{
    if (o->type == CLI_OPT_SWITCH)
        return;
    if (o->complete == CLI_COMPLETE_CHOICES && o->choices)
        fprintf(fp, " -x -a '%s'", o->choices);
    else if (o->complete == CLI_COMPLETE_FILE || o->complete == CLI_COMPLETE_GRAPH ||
             o->complete == CLI_COMPLETE_DIR)
        fputs(" -r -F", fp);
    else
        fputs(" -x", fp);
}

static void fish(FILE *fp)
{
    fputs("# fish completion for citegraph, written by `citegraph --completions fish`\n", fp);
    cg_buf cmds = {0};
    for (size_t k = 0; cli_commands[k]; k++)
        cg_buf_printf(&cmds, "%s%s", k ? " " : "", cli_commands[k]->name);
    /* before the command: commands and citegraph's own options, no files */
    for (size_t k = 0; cli_commands[k]; k++) {
        fprintf(fp, "complete -c citegraph -n 'not __fish_seen_subcommand_from %s' -f -a %s -d '",
                cmds.s, cli_commands[k]->name);
        squote(fp, cli_commands[k]->summary);
        fputs("'\n", fp);
    }
    for (const cli_opt_spec *o = cli_global_opts; o->type != CLI_OPT_END; o++) {
        if (!shown(o))
            continue;
        char *h = short_help(o->help);
        fprintf(fp, "complete -c citegraph -n 'not __fish_seen_subcommand_from %s' -f -l %s", cmds.s,
                o->name);
        fish_value(fp, o);
        fputs(" -d '", fp);
        squote(fp, h);
        fputs("'\n", fp);
        free(h);
    }
    /* after it: its options; the arguments are files */
    for (size_t k = 0; cli_commands[k]; k++) {
        const cli_cmd *c = cli_commands[k];
        const cli_opt_spec *o[64];
        size_t n = all_opts(c->opts, o, 0, 64);
        for (size_t q = 0; q < n; q++) {
            char *h = short_help(o[q]->help);
            fprintf(fp, "complete -c citegraph -n '__fish_seen_subcommand_from %s'", c->name);
            if (o[q]->alias)
                fprintf(fp, " -s %c", o[q]->alias);
            fprintf(fp, " -l %s", o[q]->name);
            fish_value(fp, o[q]);
            fputs(" -d '", fp);
            squote(fp, h);
            fputs("'\n", fp);
            free(h);
        }
        fprintf(fp, "complete -c citegraph -n '__fish_seen_subcommand_from %s' -s h -l help -d 'this help'\n",
                c->name);
    }
    cg_buf_free(&cmds);
}

int cli_completions(const char *shell, FILE *fp)
{
    if (strcmp(shell, "bash") == 0)
        bash(fp);
    else if (strcmp(shell, "zsh") == 0)
        zsh(fp);
    else if (strcmp(shell, "fish") == 0)
        fish(fp);
    else
        return -1;
    return 0;
}
