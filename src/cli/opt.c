/* opt.c: parsing a command's arguments against its option table (opt.h).
 * Long options (--limit 5, --limit=5), short ones (-n 5, -n5, -qj), "--"
 * before arguments that start with "-", options anywhere among the
 * arguments.  Every mistake is one line with the fix and exit code 2. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "opt.h"

const cli_cmd *cli_current = NULL;

void cli_list_push(cli_list *l, const char *v)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 8;
        l->v = cg_xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = v;
}

void cli_list_free(cli_list *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

int cli_usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (cli_current && strcmp(cli_current->name, "citegraph") != 0)
        cli_errorf("%s: %s", cli_current->name, msg);
    else
        cli_errorf("%s", msg);
    return EXIT_USAGE;
}

const cli_cmd *cli_command(const char *name)
{
    for (size_t k = 0; cli_commands[k]; k++)
        if (strcmp(cli_commands[k]->name, name) == 0)
            return cli_commands[k];
    return NULL;
}

/* ---- the table, groups flattened ----------------------------------------- */

#define MAX_OPTS 64

static void flatten(const cli_opt_spec *t, const cli_opt_spec **out, size_t *n)
{
    for (; t && t->type != CLI_OPT_END; t++) {
        if (t->type == CLI_OPT_GROUP)
            flatten(t->group, out, n);
        else if (*n < MAX_OPTS)
            out[(*n)++] = t;
    }
}

const char *cli_opt_display(const cli_opt_spec *o, char *buf, size_t cap)
{
    if (o->name && o->type != CLI_OPT_ARGS)
        snprintf(buf, cap, "--%s", o->name);
    else if (o->alias)
        snprintf(buf, cap, "-%c", o->alias);
    else
        snprintf(buf, cap, "%s", o->name ? o->name : "?");
    return buf;
}

/* ---- did you mean -------------------------------------------------------- */

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* Edit distance with two neighbours swapped counting one ("biuld" is one
 * from "build"), ASCII case folded. */
static size_t distance(const char *a, size_t la, const char *b, size_t lb)
{
    if (la > 64 || lb > 64)
        return 99;
    size_t d[65][65];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = lower(a[i - 1]) != lower(b[j - 1]);
            size_t best = d[i - 1][j - 1] + cost;
            if (d[i - 1][j] + 1 < best)
                best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best)
                best = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]) && d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb];
}

const char *cli_closest(const char *s, const char *words, char *buf, size_t cap)
{
    size_t ls = strlen(s), best = 99, prefix = 0;
    const char *bw = NULL, *pw = NULL;
    size_t bl = 0, pl = 0;
    for (const char *p = words; *p;) {
        while (*p == ' ')
            p++;
        size_t l = strcspn(p, " ");
        if (!l)
            break;
        size_t d = distance(s, ls, p, l);
        if (d < best) {
            best = d;
            bw = p;
            bl = l;
        }
        if (ls >= 2 && ls < l && cg_strncaseeq(s, p, ls)) {
            prefix++;
            pw = p;
            pl = l;
        }
        p += l;
    }
    size_t allowed = ls / 3 < 1 ? 1 : ls / 3 > 3 ? 3 : ls / 3;
    if (bw && best <= allowed && best < ls) {
        snprintf(buf, cap, "%.*s", (int)bl, bw);
        return buf;
    }
    if (prefix == 1) {
        snprintf(buf, cap, "%.*s", (int)pl, pw);
        return buf;
    }
    return NULL;
}

/* ---- values -------------------------------------------------------------- */

static int in_words(const char *words, const char *v)
{
    size_t n = strlen(v);
    for (const char *p = words; *p;) {
        while (*p == ' ')
            p++;
        size_t l = strcspn(p, " ");
        if (l && l == n && memcmp(p, v, n) == 0)
            return 1;
        p += l;
    }
    return 0;
}

/* "a, b or c" */
static void choices_words(const char *choices, cg_buf *b)
{
    cg_vec w = {0};
    cg_split(choices, ' ', &w);
    for (size_t k = 0; k < w.n; k++)
        cg_buf_printf(b, "%s%s", k == 0 ? "" : k + 1 == w.n ? " or " : ", ", (char *)w.v[k]);
    cg_vec_free(&w, free);
}

static int check_choice(const cli_opt_spec *o, const char *v)
{
    if (!o->choices || in_words(o->choices, v))
        return 0;
    char name[64], near[64];
    cg_buf b = {0};
    choices_words(o->choices, &b);
    const char *c = cli_closest(v, o->choices, near, sizeof near);
    cg_buf vis = {0};
    cg_buf_put_visible(&vis, v, strlen(v));
    int rc = cli_usage("%s takes %s, not '%s'%s%s%s", cli_opt_display(o, name, sizeof name), b.s,
                       vis.s ? vis.s : "", c ? ": did you mean " : "", c ? c : "", c ? "?" : "");
    cg_buf_free(&vis);
    cg_buf_free(&b);
    return rc ? -1 : 0;
}

static int store_one(const cli_opt_spec *o, const char *v)
{
    if (check_choice(o, v) != 0)
        return -1;
    if (o->check && o->check(o, v) != 0)
        return -1;
    return 0;
}

static int store(const cli_opt_spec *o, const char *v, unsigned char *seen)
{
    char name[64];
    switch (o->type) {
    case CLI_OPT_VALUE: {
        const char **dst = o->value;
        if (*seen && *dst && strcmp(*dst, v) != 0) {
            cli_usage("%s given twice ('%s' and '%s'): %s", cli_opt_display(o, name, sizeof name), *dst,
                      v, o->twice ? o->twice : "give it once");
            return -1;
        }
        if (store_one(o, v) != 0)
            return -1;
        *dst = v;
        *seen = 1;
        return 0;
    }
    case CLI_OPT_LIST: {
        cli_list *l = o->value;
        if (!o->choices && !o->check) {
            cli_list_push(l, v);
            return 0;
        }
        /* "ARM,AZE" is ARM and AZE */
        size_t before = l->n;
        char *copy = cg_xstrdup(v);
        int rc = 0;
        for (char *p = copy; rc == 0;) {
            size_t n = strcspn(p, ",");
            int last = p[n] == '\0';
            p[n] = '\0';
            if (*p) {
                if (store_one(o, p) != 0)
                    rc = -1;
                else
                    cli_list_push(l, p);
            }
            if (last)
                break;
            p += n + 1;
        }
        /* the pieces live as long as the process (the list points to them) */
        if (rc == 0 && l->n == before) {
            /* "--sender ''", "--kind ,": nothing asked for */
            char shown[64];
            cli_usage("%s '%s': give a %s%s%s%s", cli_opt_display(o, shown, sizeof shown), v,
                      o->value_name ? o->value_name : "value", o->choices ? " (" : "",
                      o->choices ? o->choices : "", o->choices ? ")" : "");
            rc = -1;
        }
        if (rc != 0)
            free(copy);
        return rc;
    }
    case CLI_OPT_NUMBER: {
        char *end;
        long n = strtol(v, &end, 10);
        if (end == v || *end || n < o->min) {
            cg_buf vis = {0};
            cg_buf_put_visible(&vis, v, strlen(v));
            cli_usage("%s takes a whole number%s, not '%s'", cli_opt_display(o, name, sizeof name),
                      o->min == 0 ? " (0 or more)" : o->min == 1 ? " from 1" : "", vis.s ? vis.s : "");
            cg_buf_free(&vis);
            return -1;
        }
        *(long *)o->value = n;
        return 0;
    }
    default:
        return -1;
    }
}

/* Unknown option: one line, with the closest name of this command. */
static int unknown(const char *given, const cli_opt_spec **all, size_t n)
{
    cg_buf names = {0};
    for (size_t k = 0; k < n; k++)
        if (all[k]->name && all[k]->type != CLI_OPT_ARGS)
            cg_buf_printf(&names, "%s ", all[k]->name);
    cg_buf_puts(&names, "help");
    const char *bare = given;
    while (*bare == '-')
        bare++;
    size_t bl = strcspn(bare, "=");
    char word[128], near[64];
    snprintf(word, sizeof word, "%.*s", (int)(bl < 100 ? bl : 100), bare);
    const char *c = *word ? cli_closest(word, names.s, near, sizeof near) : NULL;
    cg_buf vis = {0};
    cg_buf_put_visible(&vis, given, strlen(given));
    /* an option of another command? */
    const char *other = NULL;
    for (size_t k = 0; !c && cli_commands[k] && !other; k++) {
        const cli_opt_spec *o[MAX_OPTS];
        size_t m = 0;
        flatten(cli_commands[k]->opts, o, &m);
        for (size_t q = 0; q < m; q++)
            if (o[q]->name && o[q]->type != CLI_OPT_ARGS && strcmp(o[q]->name, word) == 0 &&
                given[1] == '-')
                other = cli_commands[k]->name;
    }
    if (c)
        cli_usage("unknown option %s: did you mean --%s?", vis.s, c);
    else if (other)
        cli_usage("unknown option %s: it is an option of citegraph %s (citegraph %s --help lists "
                  "the options of %s)",
                  vis.s, other, cli_current->name, cli_current->name);
    else
        cli_usage("unknown option %s (citegraph %s --help lists the options)", vis.s,
                  cli_current->name);
    cg_buf_free(&vis);
    cg_buf_free(&names);
    return EXIT_USAGE;
}

static int missing_value(const cli_opt_spec *o)
{
    char name[64];
    return cli_usage("%s needs a value (%s%s%s)", cli_opt_display(o, name, sizeof name),
                     o->value_name ? o->value_name : "VALUE", o->choices ? ": " : "",
                     o->choices ? o->choices : "");
}

int cli_parse(const cli_cmd *cmd, int argc, char **argv)
{
    cli_current = cmd;
    const cli_opt_spec *all[MAX_OPTS];
    size_t n = 0;
    flatten(cmd->opts, all, &n);
    unsigned char seen[MAX_OPTS] = {0};
    const cli_opt_spec *args = NULL;
    for (size_t k = 0; k < n; k++)
        if (all[k]->type == CLI_OPT_ARGS)
            args = all[k];
    int only_args = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!only_args && strcmp(a, "--") == 0) {
            only_args = 1;
            continue;
        }
        if (!only_args && a[0] == '-' && a[1] == '-') {
            const char *name = a + 2;
            size_t nl = strcspn(name, "=");
            const char *eq = name[nl] == '=' ? name + nl + 1 : NULL;
            if (nl == 4 && strncmp(name, "help", 4) == 0 && !eq) {
                cli_help(cmd, stdout);
                return -1;
            }
            size_t k = 0;
            while (k < n && !(all[k]->name && all[k]->type != CLI_OPT_ARGS &&
                              strlen(all[k]->name) == nl && strncmp(all[k]->name, name, nl) == 0))
                k++;
            if (k == n)
                return unknown(a, all, n);
            const cli_opt_spec *o = all[k];
            if (o->type == CLI_OPT_SWITCH) {
                if (eq) {
                    char d[64];
                    return cli_usage("%s takes no value (given '%s')", cli_opt_display(o, d, sizeof d), eq);
                }
                *(int *)o->value = 1;
                continue;
            }
            const char *v = eq;
            if (!v) {
                if (i + 1 >= argc)
                    return missing_value(o);
                v = argv[++i];
            }
            if (store(o, v, &seen[k]) != 0)
                return EXIT_USAGE;
            continue;
        }
        if (!only_args && a[0] == '-' && a[1]) {
            for (const char *p = a + 1; *p; p++) {
                if (*p == 'h') {
                    cli_help(cmd, stdout);
                    return -1;
                }
                size_t k = 0;
                while (k < n && all[k]->alias != *p)
                    k++;
                if (k == n) {
                    /* "-limit": a long option with one dash */
                    if (p == a + 1 && strlen(a) > 2) {
                        for (size_t q = 0; q < n; q++)
                            if (all[q]->name && all[q]->type != CLI_OPT_ARGS &&
                                strcmp(all[q]->name, a + 1) == 0)
                                return cli_usage("unknown option %s: did you mean --%s?", a, a + 1);
                    }
                    char opt[3] = {'-', *p, '\0'};
                    return unknown(opt, all, n);
                }
                const cli_opt_spec *o = all[k];
                if (o->type == CLI_OPT_SWITCH) {
                    *(int *)o->value = 1;
                    continue;
                }
                const char *v = p[1] ? p + 1 : NULL;
                if (!v) {
                    if (i + 1 >= argc)
                        return missing_value(o);
                    v = argv[++i];
                }
                if (store(o, v, &seen[k]) != 0)
                    return EXIT_USAGE;
                break;
            }
            continue;
        }
        if (!args) {
            cg_buf vis = {0};
            cg_buf_put_visible(&vis, a, strlen(a));
            int rc = cli_usage("unexpected argument '%s' (citegraph %s takes no arguments)", vis.s,
                               cmd->name);
            cg_buf_free(&vis);
            return rc;
        }
        cli_list_push(args->value, a);
    }
    return EXIT_OK;
}
