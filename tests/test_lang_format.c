/* test_lang_format.c: cg_lang_format (src/lang/lang.c, the labels' formats
 * filled without printf) and cg_quick_vformat (src/util.c, the common
 * formats of cg_xsprintf and the arena's printf) against snprintf, on
 * every label format of every language and the identifiers' formats, with
 * numbers of every size and sign, and on formats they must leave to
 * printf.  Prints the mismatches; exits 1 when there is one. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lang/lang.h"
#include "util.h"

static int quick(char *out, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = cg_quick_vformat(out, cap, fmt, ap);
    va_end(ap);
    return n;
}

static long bad;

static void same(const char *fmt, const char *want, const char *got, size_t n)
{
    if (n == (size_t)-1 || strcmp(want, got) != 0) {
        if (bad < 10)
            printf("%s: printf \"%s\", cg_lang_format \"%s\"%s\n", fmt, want,
                   n == (size_t)-1 ? "" : got, n == (size_t)-1 ? " (refused)" : "");
        bad++;
    }
}

int main(void)
{
    static const long nums[] = {0, 1, 9, 10, 31, 99, 100, 1945, 2024, 65535, -1, -42, 2147483647L,
                                -2147483647L - 1, 9223372036854775807L};
    static const char *const strs[] = {"", "Security Council", "安全理事会", "the Charter of the United Nations",
                                       "822(1993)", "(1993)"};
    char want[2048], got[2048];
    for (int l = 0; l < CG_LANG_COUNT; l++) {
        const cg_labels *L = &cg_langs[l]->labels;
        for (size_t a = 0; a < sizeof nums / sizeof *nums; a++)
            for (size_t b = 0; b < sizeof nums / sizeof *nums; b++) {
                for (size_t s = 0; s < sizeof strs / sizeof *strs; s++) {
                    const char *str = strs[s];
                    cg_farg art[] = {{str, 0}, {NULL, nums[a]}, {NULL, nums[b]}};
                    if (L->article) {
                        snprintf(want, sizeof want, L->article, str, nums[a]);
                        same(L->article, want, got, cg_lang_format(got, sizeof got, L->article, art, 2));
                    }
                    if (L->article_para) {
                        snprintf(want, sizeof want, L->article_para, str, nums[a], nums[b]);
                        same(L->article_para, want, got, cg_lang_format(got, sizeof got, L->article_para, art, 3));
                    }
                    const char *dfmt[] = {L->date, L->date_first};
                    const char *month = L->months[(size_t)(a + b) % 12];
                    for (int k = 0; k < 2; k++) {
                        if (!dfmt[k] || !month)
                            continue;
                        int d = (int)nums[a], y = (int)nums[b];
                        cg_farg da[] = {{NULL, d}, {month, 0}, {NULL, y}};
                        snprintf(want, sizeof want, dfmt[k], d, month, y);
                        same(dfmt[k], want, got, cg_lang_format(got, sizeof got, dfmt[k], da, 3));
                    }
                }
            }
        for (size_t s = 0; s < sizeof strs / sizeof *strs; s++)
            for (size_t t = 0; t < sizeof strs / sizeof *strs; t++) {
                const char *x = strs[s], *y = strs[t];
                cg_farg two[] = {{x, 0}, {y, 0}};
                if (L->resolution) {
                    snprintf(want, sizeof want, L->resolution, x, y);
                    same(L->resolution, want, got, cg_lang_format(got, sizeof got, L->resolution, two, 2));
                }
                for (int f = 0; f < 3; f++)
                    if (L->letter[f]) {
                        snprintf(want, sizeof want, L->letter[f], x, y);
                        same(L->letter[f], want, got, cg_lang_format(got, sizeof got, L->letter[f], two, 2));
                    }
                if (L->resolution_paren)
                    for (int prec = 0; prec <= (int)strlen(y) + 1; prec++) {
                        cg_farg four[] = {{x, 0}, {NULL, prec}, {y, 0}, {"(1993)", 0}};
                        snprintf(want, sizeof want, L->resolution_paren, x, prec, y, "(1993)");
                        same(L->resolution_paren, want, got,
                             cg_lang_format(got, sizeof got, L->resolution_paren, four, 4));
                    }
            }
    }
    /* what it leaves to printf, and what does not fit */
    static const char *const other[] = {"%5s", "%-3d", "%x", "%c", "%.3s", "%ls", "%lu", "%3$s", "%"};
    cg_farg args[] = {{"abc", 1}, {"def", 2}};
    for (size_t k = 0; k < sizeof other / sizeof *other; k++)
        if (cg_lang_format(got, sizeof got, other[k], args, 2) != (size_t)-1) {
            printf("%s: not refused\n", other[k]);
            bad++;
        }
    if (cg_lang_format(got, 4, "%s", args, 1) != 3 || strcmp(got, "abc") != 0 ||
        cg_lang_format(got, 3, "%s", args, 1) != (size_t)-1 || cg_lang_format(got, 8, "100%%", args, 0) != 4 ||
        strcmp(got, "100%") != 0) {
        printf("bounds or %%%%: wrong\n");
        bad++;
    }
    /* cg_quick_vformat */
    static const long lv[] = {0, 7, -7, 1993, 2147483647L, LONG_MAX, LONG_MIN};
    for (size_t k = 0; k < sizeof lv / sizeof *lv; k++) {
        long v = lv[k];
        int iv = (int)(v % 100000);
        size_t zv = (size_t)v;
        unsigned uv = (unsigned)v;
        snprintf(want, sizeof want, "A/%s/%ld/%ld", "RES", v, -v / 3);
        same("A/%s/%ld/%ld", want, got, (size_t)quick(got, sizeof got, "A/%s/%ld/%ld", "RES", v, -v / 3));
        snprintf(want, sizeof want, "S/RES/%ld(%ld) %d%% %u %zu %lu", v, v / 7, iv, uv, zv, (unsigned long)v);
        same("S/RES/...", want, got,
             (size_t)quick(got, sizeof got, "S/RES/%ld(%ld) %d%% %u %zu %lu", v, v / 7, iv, uv, zv, (unsigned long)v));
        snprintf(want, sizeof want, "letter:%s:%s", "2020-11-02", "AZE");
        same("letter:%s:%s", want, got, (size_t)quick(got, sizeof got, "letter:%s:%s", "2020-11-02", "AZE"));
    }
    if (quick(got, sizeof got, "%s", "") != 0 || got[0] || quick(got, 4, "%s", "abc") != 3 ||
        quick(got, 3, "%s", "abc") != -1 || quick(got, sizeof got, "%s", (const char *)NULL) != -1 ||
        quick(got, sizeof got, "%02ld", 5L) != -1 || quick(got, sizeof got, "%.*s", 2, "abc") != -1 ||
        quick(got, sizeof got, "%1$s", "a") != -1 || quick(got, sizeof got, "%x", 5u) != -1 ||
        quick(got, sizeof got, "%c", 'a') != -1 || quick(got, sizeof got, "%zd", (size_t)1) != -1) {
        printf("cg_quick_vformat: bounds or refusals wrong\n");
        bad++;
    }
    printf("mismatches: %ld\n", bad);
    return bad != 0;
}
