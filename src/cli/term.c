/* term.c: text for a terminal: the width to fit (COLUMNS, else the
 * terminal's; output that goes to a file or a pipe is not cut, so that what
 * a script greps for is whole), colour only on a terminal and never with NO_COLOR, cutting by
 * display width (a Chinese character takes two columns) and wrapping with
 * an indent, between words and between Chinese characters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"

size_t cli_width(void)
{
    static size_t width = 0;
    if (width)
        return width;
    const char *c = getenv("COLUMNS");
    char *end;
    long v = c ? strtol(c, &end, 10) : 0;
    if (c && *c && !*end && v > 0) {
        width = (size_t)v;
    } else {
        struct winsize ws;
        if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
            width = ws.ws_col;
        else if (isatty(STDOUT_FILENO))
            width = 80;
        else
            width = CLI_WIDTH_UNLIMITED;
    }
    if (width < 40)
        width = 40; /* below that nothing fits: lines run over instead */
    return width;
}

int cli_colour(void)
{
    static int on = -1;
    if (on >= 0)
        return on;
    const char *when = cli_color_when ? cli_color_when : "auto";
    if (strcmp(when, "always") == 0) {
        on = 1;
    } else if (strcmp(when, "never") == 0) {
        on = 0;
    } else {
        const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
        on = isatty(STDOUT_FILENO) && !(no && *no) && !(term && strcmp(term, "dumb") == 0);
    }
    return on;
}

static const char *const style_on[] = {"", "\033[1m", "\033[2m", "\033[33m", "\033[36m"};

void cli_styled(cg_buf *b, cli_style st, const char *s)
{
    int c = st != CLI_PLAIN && cli_colour();
    if (c)
        cg_buf_puts(b, style_on[st]);
    cg_buf_puts(b, s);
    if (c)
        cg_buf_puts(b, "\033[0m");
}

/* Display width of one code point. */
static size_t cp_width(uint32_t cp)
{
    char enc[5];
    size_t l = cg_utf8_encode(cp, enc);
    enc[l] = '\0';
    return cg_utf8_width(enc);
}

size_t cli_fit(cg_buf *b, const char *s, size_t width, int pad, cli_style st)
{
    if (!s)
        s = "";
    size_t w = cg_utf8_width(s), used;
    cg_buf cut = {0};
    if (w <= width) {
        cg_buf_puts(&cut, s);
        used = w;
    } else {
        /* as much as fits in width - 1, then "…" */
        const unsigned char *p = (const unsigned char *)s;
        size_t n = strlen(s);
        used = 0;
        while (n && width > 0) {
            uint32_t cp;
            size_t l = cg_utf8_decode(p, n, &cp);
            if (!l) {
                l = 1;
                cp = '?';
            }
            size_t cw = cp_width(cp);
            if (used + cw > width - 1)
                break;
            cg_buf_add(&cut, (const char *)p, l);
            used += cw;
            p += l;
            n -= l;
        }
        if (width > 0) {
            cg_buf_puts(&cut, "…");
            used++;
        }
    }
    cli_styled(b, st, cut.s ? cut.s : "");
    cg_buf_free(&cut);
    if (pad)
        for (; used < width; used++)
            cg_buf_putc(b, ' ');
    return used;
}

/* Punctuation that must not begin a line, and that must not end one. */
static int closing(uint32_t cp)
{
    static const uint32_t cl[] = {0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01,
                                  0xFF09, 0x300B, 0x300D, 0x300F, 0x3011, 0x3009, 0x201D, 0x2019,
                                  0x2026, 0xFF3D, 0x3015};
    for (size_t k = 0; k < sizeof cl / sizeof cl[0]; k++)
        if (cl[k] == cp)
            return 1;
    return 0;
}

static int opening(uint32_t cp)
{
    static const uint32_t op[] = {0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x3008, 0x201C, 0x2018,
                                  0xFF3B, 0x3014};
    for (size_t k = 0; k < sizeof op / sizeof op[0]; k++)
        if (op[k] == cp)
            return 1;
    return 0;
}

/* A piece of text that stays on one line: a word, or one Chinese character
 * with the punctuation that clings to it. */
typedef struct unit {
    size_t start, end, width;
    int space_before;
} unit;

void cli_wrap(cg_buf *b, const char *text, size_t col, size_t indent, size_t width)
{
    if (!text)
        return;
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text), i = 0;
    cg_vec units = {0};
    unit *cur = NULL;
    int cur_cjk = 0, cur_open = 0, space = 0;
    while (i < n) {
        uint32_t cp;
        size_t l = cg_utf8_decode(s + i, n - i, &cp);
        if (!l) {
            l = 1;
            cp = '?';
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000) {
            space = 1;
            cur = NULL;
            i += l;
            continue;
        }
        size_t cw = cp_width(cp);
        int cjk = cw == 2 || cg_is_cjk(cp);
        int join = cur && !space &&
                   (closing(cp) || cur_open || (!cjk && !cur_cjk));
        if (!join) {
            cur = cg_xcalloc(1, sizeof *cur);
            cur->start = i;
            cur->space_before = space;
            cg_vec_push(&units, cur);
            cur_open = 0;
        }
        cur->end = i + l;
        cur->width += cw;
        cur_cjk = cjk;
        cur_open = opening(cp);
        space = 0;
        i += l;
    }
    for (size_t k = 0; k < units.n; k++) {
        unit *u = units.v[k];
        size_t need = (k && u->space_before ? 1 : 0) + u->width;
        if (k && col + need > width && col > indent) {
            cg_buf_putc(b, '\n');
            for (size_t q = 0; q < indent; q++)
                cg_buf_putc(b, ' ');
            col = indent;
        } else if (k && u->space_before) {
            cg_buf_putc(b, ' ');
            col++;
        }
        cg_buf_add(b, text + u->start, u->end - u->start);
        col += u->width;
    }
    cg_vec_free(&units, free);
}

void cli_flush(cg_buf *b)
{
    if (b->len)
        fwrite(b->s, 1, b->len, stdout);
    cg_buf_free(b);
}
