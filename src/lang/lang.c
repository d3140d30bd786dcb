/* lang.c: the table of languages. */
#include <string.h>

#include "lang.h"

const cg_lang *const cg_langs[CG_LANG_COUNT] = {&cg_lang_zh, &cg_lang_en, &cg_lang_fr,
                                                  &cg_lang_es, &cg_lang_ru, &cg_lang_ar};

const char *const cg_article_suffixes[] = {"bis",    "ter",    "quater", "quinquies", "sexies",
                                            "septies", "octies", "novies", "decies",    0};

/* The roots of other organizations' series, as their documents print them:
 * - the African Union: its Peace and Security Council's communiqués
 *   (PSC/PR/COMM.1001), its Executive Council's decisions
 *   (EX.CL/Dec.1100(XXXVI));
 * - the Organization of American States' General Assembly and Permanent
 *   Council (AG/RES., CP/RES.), the OAU Council of Ministers (CM/Res.);
 * - the OSCE's Permanent and Ministerial Councils, its Secretariat and
 *   Chairmanship (PC.DEC/1117, PC.JOUR/, MC.DEC/12/21, MC.DOC/,
 *   SEC.GAL/12/22, CIO.GAL/);
 * - UNESCO's Executive Board and General Conference after the session's
 *   number ("210 EX/5", "41 C/5");
 * - the IAEA's Board of Governors (GOV/2022/24, GOV/OR.1234, GOV/INF/…)
 *   and its information circulars (INFCIRC/153 (Corrected), INFCIRC/540);
 * - the Human Rights Council's presidential statements and organizational
 *   decisions cited without their root A/HRC/ (PRST/50/1, OS/1/101): no
 *   symbol of their own;
 * - WHO's regional committees (AFR/RC71/4, EM/RC68/R.1, EUR/RC72/10,
 *   SEA/RC75/1, WPR/RC73/5);
 * - the ILO's Governing Body (GB.344/INS/1), WIPO's Assemblies
 *   (WO/GA/55/12), the WTO (WT/L/1129, WT/DS543/R);
 * - the reference numbers Ministries and missions give their own notes
 *   (MFA/2022/15, PM/UN/2022/123, NV/2022/45): no UN series has these
 *   roots.
 * The IAEA's General Conference (GC(66)/RES/10) and the OPCW's Executive
 * Council and Conference (EC-101/DEC.1, C-26/DEC.5) write a bracket or a
 * hyphen the grammar reads as such (scan_titles.c, rule_symbol); WHO's
 * (EB152/5, A75/10) a session glued to the root. */
const char *const cg_other_series[] = {"PSC/",     "AG/",      "CP/",     "CM/",      "EX.CL/",
                                       "PC.DEC/",  "PC.JOUR/", "MC.DEC/", "MC.DOC/",  "SEC.GAL/",
                                       "CIO.GAL/", "EX/",      "C/",      "GOV/",     "INFCIRC/",
                                       "PRST/",    "OS/",      "MFA/",    "PM/",      "NV/",
                                       "GB.",      "WO/",      "WT/",     "AFR/RC",   "EM/RC",
                                       "EUR/RC",   "SEA/RC",   "WPR/RC",  0};

/* The parent bodies and series of /work/shared/notes/un-symbols.md
 * ("Components"), and the three treaty bodies it leaves out (CMW/C/,
 * CRPD/C/, CED/C/). */
const char *const cg_un_series[] = {"A/",     "S/",    "E/",     "T/",   "ST/",   "SG/",  "SC/",    "GA/",
                                    "CCPR/",  "CERD/", "CAT/",   "CRC/", "CEDAW/", "CMW/", "CRPD/", "CED/",
                                    "FCCC/",  "TD/",   "UNEP/",  "DP/",  "GEGN.",  0};

/* "UN", "ONU" (French, Spanish), "UNO", "NU" (Nations Unies, Naciones
 * Unidas), "OON" (ООН in Latin letters) */
const char *const cg_un_components[] = {"UN", "ONU", "UNO", "NU", "OON", 0};

int cg_lang_find(const char *code)
{
    for (int l = 0; l < CG_LANG_COUNT; l++)
        if (code && strcmp(cg_langs[l]->code, code) == 0)
            return l;
    return -1;
}

int cg_body_index(int body)
{
    switch (body) {
    case 'S': return 0;
    case 'A': return 1;
    case 'E': return 2;
    case 'H': return 3;
    default: return -1;
    }
}

/* A decimal number after "%N$" or "%.*N$": N, and p after the '$'; 0 when
 * there is none. */
static int position(const char **p)
{
    const char *q = *p;
    int v = 0;
    while (*q >= '0' && *q <= '9' && v < 100)
        v = v * 10 + (*q++ - '0');
    if (q == *p || *q != '$' || v < 1)
        return 0;
    *p = q + 1;
    return v;
}

size_t cg_lang_format(char *out, size_t cap, const char *fmt, const cg_farg *a, int n)
{
    size_t len = 0;
    if (!fmt || !cap)
        return (size_t)-1;
    int next = 0; /* the next argument of a format without positions */
    for (const char *p = fmt; *p;) {
        if (*p != '%') {
            if (len + 1 >= cap)
                return (size_t)-1;
            out[len++] = *p++;
            continue;
        }
        p++;
        if (*p == '%') {
            if (len + 1 >= cap)
                return (size_t)-1;
            out[len++] = '%';
            p++;
            continue;
        }
        int arg = position(&p); /* 1-based, 0: the next one */
        long prec = -1;
        if (p[0] == '.' && p[1] == '*') {
            p += 2;
            int pa = position(&p);
            int k = pa ? pa - 1 : next++;
            if (k >= n)
                return (size_t)-1;
            prec = (int)a[k].v;
        } else if (*p == '.' || (*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == ' ' ||
                   *p == '#') {
            return (size_t)-1; /* widths and flags: printf */
        }
        if (*p == 'l' && p[1] != 'd')
            return (size_t)-1;
        if (*p == 'l')
            p++;
        int k = arg ? arg - 1 : next++;
        if (k >= n)
            return (size_t)-1;
        if (*p == 's') {
            const char *s = a[k].s;
            if (!s)
                return (size_t)-1;
            size_t l = prec < 0 ? strlen(s) : strnlen(s, (size_t)prec);
            if (len + l >= cap)
                return (size_t)-1;
            memcpy(out + len, s, l);
            len += l;
        } else if (*p == 'd') {
            if (prec >= 0)
                return (size_t)-1;
            char d[24];
            size_t dl = 0;
            long v = a[k].v;
            unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
            do
                d[dl++] = (char)('0' + u % 10);
            while (u /= 10);
            if (v < 0)
                d[dl++] = '-';
            if (len + dl >= cap)
                return (size_t)-1;
            while (dl)
                out[len++] = d[--dl];
        } else {
            return (size_t)-1;
        }
        p++;
    }
    if (len >= cap)
        return (size_t)-1;
    out[len] = '\0';
    return len;
}
