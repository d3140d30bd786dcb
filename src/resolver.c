/* resolver.c: canonical identifiers (docs/identifiers.md).
 *
 * Every form a reference is written in comes down to one identifier: UN
 * symbols upper case without spaces, URLs without scheme and "www.",
 * undocs.org links to the symbol they name, Chinese and Roman numerals to
 * integers. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "resolver.h"
#include "util.h"

static const char *const modifiers[] = {"Rev", "Add", "Corr", "Amend", "Summary", "Suppl", "Sub",
                                        NULL};

/* One symbol (no joint part): white space out, upper case, modifiers as
 * the UN prints them (Rev.1, Add.2, Corr.1). */
char *cg_canon_symbol(const char *s, size_t n)
{
    cg_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            continue;
        cg_buf_putc(&b, (char)toupper(c));
    }
    if (!b.s)
        return cg_xstrdup("");
    /* restore modifier case component by component */
    char *p = b.s;
    while (*p) {
        char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        for (int k = 0; modifiers[k]; k++) {
            size_t ml = strlen(modifiers[k]);
            if (len >= ml && cg_strncaseeq(p, modifiers[k], ml) &&
                (len == ml || p[ml] == '.' || isdigit((unsigned char)p[ml]))) {
                for (size_t q = 1; q < ml; q++)
                    p[q] = (char)tolower((unsigned char)p[q]);
                break;
            }
        }
        if (!e)
            break;
        p = e + 1;
    }
    return cg_buf_take(&b);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static char *percent_decode(const char *s, size_t n)
{
    cg_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n + 0 && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
            cg_buf_putc(&b, (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
            i += 2;
        } else {
            cg_buf_putc(&b, s[i]);
        }
    }
    return cg_buf_take(&b);
}

static int looks_symbol(const char *s)
{
    int slash = 0, digit = 0;
    if (!isupper((unsigned char)s[0]))
        return 0;
    for (const char *p = s; *p; p++) {
        if (*p == '/')
            slash = 1;
        else if (isdigit((unsigned char)*p))
            digit = 1;
        else if (!isalnum((unsigned char)*p) && !strchr(".-()", *p))
            return 0;
    }
    return slash && digit;
}

/* undocs.org/[lang/]SYMBOL, documents.un.org/symbol-explorer?s=SYMBOL,
 * daccess-ods.un.org/...?FinalSymbol=SYMBOL: the symbol, or NULL. */
static char *canon_url(const char *s, size_t n, int *is_undocs);

static char *undocs_symbol(const char *host, const char *rest)
{
    char *dec = percent_decode(rest, strlen(rest));
    char *sym = NULL;
    const char *q = NULL;
    /* ?symbol=, ?Symbol=, ?FinalSymbol=, &DS=, ?s= */
    static const char *const keys[] = {"symbol=", "Symbol=", "SYMBOL=", "DS=", "s=", NULL};
    const char *query = strchr(dec, '?');
    for (int k = 0; keys[k] && query && !q; k++) {
        const char *f = strstr(query, keys[k]);
        if (f && (f[-1] == '?' || f[-1] == '&' || f[-1] == 'l' /* FinalSymbol */))
            q = f + strlen(keys[k]);
    }
    if (!q && (strcmp(host, "undocs.org") == 0 || strcmp(host, "docs.un.org") == 0)) {
        q = dec;
        if (*q == '/')
            q++;
        /* an optional language segment: en, fr, es, ru, ar, zh, ch */
        if (strlen(q) > 3 && islower((unsigned char)q[0]) && islower((unsigned char)q[1]) &&
            q[2] == '/')
            q += 3;
    }
    if (q) {
        size_t len = strcspn(q, "&#?");
        char *cand = cg_canon_symbol(q, len);
        if (looks_symbol(cand))
            sym = cand;
        else
            cg_free(cand);
    }
    cg_free(dec);
    return sym;
}

/* Hosts whose links name a UN document: undocs.org, docs.un.org,
 * documents.un.org, daccess-ods.un.org, and un.org pages that take the
 * symbol as a query parameter. */
static int un_document_host(const char *host)
{
    size_t l = strlen(host);
    return strcmp(host, "undocs.org") == 0 || strcmp(host, "un.org") == 0 ||
           (l > 7 && strcmp(host + l - 7, ".un.org") == 0);
}

char *cg_canon_url(const char *raw, size_t rawn, int *is_undocs)
{
    *is_undocs = 0;
    /* a URL wrapped over two lines comes back whole */
    char *joined = cg_xmalloc(rawn + 1);
    size_t n = 0;
    for (size_t k = 0; k < rawn; k++)
        if (raw[k] != '\n' && raw[k] != ' ' && raw[k] != '\t')
            joined[n++] = raw[k];
    joined[n] = '\0';
    char *id = canon_url(joined, n, is_undocs);
    cg_free(joined);
    return id;
}

static char *canon_url(const char *s, size_t n, int *is_undocs)
{
    size_t i = 0;
    if (n >= 8 && cg_strncaseeq(s, "https://", 8))
        i = 8;
    else if (n >= 7 && cg_strncaseeq(s, "http://", 7))
        i = 7;
    size_t h = i;
    while (h < n && s[h] != '/' && s[h] != '?' && s[h] != '#')
        h++;
    cg_buf host = {0};
    for (size_t k = i; k < h; k++)
        cg_buf_putc(&host, (char)tolower((unsigned char)s[k]));
    if (!host.s)
        cg_buf_puts(&host, "");
    const char *hs = host.s;
    if (strncmp(hs, "www.", 4) == 0)
        hs += 4;
    /* no host of a domain: "https://" alone, its rest lost (a link cut
     * where nothing says it goes on) names no page */
    const char *dot = strchr(hs, '.');
    if (!dot || dot == hs || !dot[1]) {
        cg_buf_free(&host);
        return NULL;
    }
    size_t end = n;
    for (size_t k = h; k < n; k++)
        if (s[k] == '#') {
            end = k;
            break;
        }
    char *rest = cg_xstrndup(s + h, end - h);
    if (un_document_host(hs)) {
        char *sym = undocs_symbol(hs, rest);
        if (sym) {
            *is_undocs = 1;
            cg_free(rest);
            cg_buf_free(&host);
            return sym;
        }
    }
    size_t rl = strlen(rest);
    while (rl > 0 && rest[rl - 1] == '/')
        rest[--rl] = '\0';
    char *id = cg_xsprintf("url:%s%s", hs, rest);
    cg_free(rest);
    cg_buf_free(&host);
    return id;
}

static int cdigit(const char *s, size_t n, size_t *len)
{
    static const struct {
        const char *c;
        int v;
    } tab[] = {{"零", 0}, {"〇", 0}, {"一", 1}, {"二", 2}, {"两", 2}, {"三", 3}, {"四", 4},
               {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10},
               {"百", 100}, {"千", 1000}};
    for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++) {
        size_t l = strlen(tab[k].c);
        if (n >= l && memcmp(s, tab[k].c, l) == 0) {
            *len = l;
            return tab[k].v;
        }
    }
    return -1;
}

long cg_cnum_value(const char *s, size_t n)
{
    long total = 0, digit = -1;
    int units = 0, count = 0;
    long concat = 0;
    for (size_t i = 0; i < n;) {
        size_t l;
        int v = cdigit(s + i, n - i, &l);
        if (v < 0)
            return -1;
        count++;
        if (v < 10) {
            if (digit >= 0 && !units)
                concat = concat * 10 + v; /* 二〇二〇 */
            else
                concat = v;
            digit = v;
        } else {
            units = 1;
            total += (digit >= 0 ? digit : 1) * v;
            digit = -1;
        }
        i += l;
        if (count > 12)
            return -1;
    }
    if (!count)
        return -1;
    if (!units)
        return concat;
    return total + (digit >= 0 ? digit : 0);
}

long cg_roman_value(const char *s, size_t n)
{
    long total = 0, prev = 0;
    if (n == 0 || n > 12)
        return -1;
    for (size_t i = n; i-- > 0;) {
        long v;
        switch (toupper((unsigned char)s[i])) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        case 'L': v = 50; break;
        case 'C': v = 100; break;
        default: return -1;
        }
        if (v < prev)
            total -= v;
        else {
            total += v;
            prev = v;
        }
    }
    return total;
}

size_t cg_split_joint(const char *s, size_t n, size_t *cuts)
{
    size_t nc = 0;
    for (size_t i = 1; i + 1 < n && nc < 4; i++) {
        if (s[i] != '-')
            continue;
        size_t k = i + 1;
        while (k < n && (s[k] == ' ' || s[k] == '\n'))
            k++;
        size_t w = k;
        while (w < n && ((s[w] >= 'A' && s[w] <= 'Z') || (s[w] >= '0' && s[w] <= '9') || s[w] == '.'))
            w++;
        if (w > k && s[k] >= 'A' && s[k] <= 'Z' && w < n && s[w] == '/')
            cuts[nc++] = i;
    }
    return nc;
}

/* "S_RES_0822_1993_EN.txt" -> S/RES/822(1993); "A_75_693.txt" -> A/75/693. */
char *cg_symbol_from_filename(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *name = cg_xstrdup(base);
    char *dot = strrchr(name, '.');
    if (dot)
        *dot = '\0';
    char *parts[16];
    size_t np = 0;
    for (char *sv_ = NULL, *t = strtok_r(name, "_", &sv_); t && np < 16; t = strtok_r(NULL, "_", &sv_))
        parts[np++] = t;
    /* a trailing language code */
    static const char *const langs[] = {"EN", "E", "ZH", "CH", "C", "FR", "F", "ES", "S", "RU", "R",
                                        "AR", "A", NULL};
    if (np > 2)
        for (int k = 0; langs[k]; k++)
            if (strcmp(parts[np - 1], langs[k]) == 0 || cg_strncaseeq(parts[np - 1], langs[k], 3)) {
                if (strlen(parts[np - 1]) == strlen(langs[k]))
                    np--;
                break;
            }
    char *out = NULL;
    /* the bodies that issue symbols; a State code (AZE_2020_10_01) is not one */
    static const char *const bodies[] = {"A", "S", "E", "T", "ST", "SG", "SC", "GA", "CCPR", "CERD",
                                         "CAT", "CRC", "CEDAW", "CMW", "CRPD", "CED", "FCCC", "TD",
                                         "UNEP", "DP", "HRI", "ECE", "UNW", "ICEF", NULL};
    int known = 0;
    for (int k = 0; np && bodies[k]; k++)
        known |= strcmp(parts[0], bodies[k]) == 0;
    if (np >= 2 && known) {
        int ok = 1;
        for (size_t k = 1; k < np; k++)
            for (const char *c = parts[k]; *c; c++)
                ok &= isupper((unsigned char)*c) || isdigit((unsigned char)*c) || *c == '.' ||
                      *c == '-' || cg_strncaseeq(parts[k], "Rev", 3) || cg_strncaseeq(parts[k], "Add", 3) ||
                      cg_strncaseeq(parts[k], "Corr", 4);
        if (ok && np == 4 && strcmp(parts[1], "RES") == 0 && strlen(parts[3]) == 4 &&
            isdigit((unsigned char)parts[2][0]) && strcmp(parts[0], "S") == 0) {
            out = cg_xsprintf("S/RES/%ld(%s)", strtol(parts[2], NULL, 10), parts[3]);
        } else if (ok) {
            cg_buf b = {0};
            int digit = 0;
            for (size_t k = 0; k < np; k++) {
                if (k)
                    cg_buf_putc(&b, '/');
                const char *q = parts[k];
                if (isdigit((unsigned char)*q)) {
                    digit = 1;
                    while (q[0] == '0' && isdigit((unsigned char)q[1]))
                        q++; /* 0822 -> 822 */
                }
                for (const char *c = q; *c; c++)
                    if (!isalnum((unsigned char)*c) && *c != '.' && *c != '-')
                        ok = 0;
                cg_buf_puts(&b, q);
            }
            char *raw = cg_buf_take(&b);
            if (ok && digit)
                out = cg_canon_symbol(raw, strlen(raw));
            cg_free(raw);
        }
    }
    cg_free(name);
    return out;
}
