/* lang.c: the table of languages. */
#include <string.h>

#include "lang.h"

const cg_lang *const cg_langs[CG_LANG_COUNT] = {&cg_lang_zh, &cg_lang_en, &cg_lang_fr,
                                                  &cg_lang_es, &cg_lang_ru, &cg_lang_ar};

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
