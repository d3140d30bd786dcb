/* report_page.h: the HTML report's page as generated C data
 * (src/tools/embed_report.c, from src/report).  Internal. */
#ifndef CG_REPORT_PAGE_H
#define CG_REPORT_PAGE_H

#include <stddef.h>

/* The slots the writer fills between the parts of the page. */
enum { CG_SLOT_LANG = 0, CG_SLOT_DIR, CG_SLOT_TITLE, CG_SLOT_DATA };

typedef struct cg_report_part {
    const char *text;
    size_t len;
    int slot; /* what follows the text: a CG_SLOT_*, -1 after the last */
} cg_report_part;

extern const cg_report_part cg_report_parts[];
extern const size_t cg_report_nparts;

#endif
