/* detect.h: the language of a document and of each of its paragraphs
 * (docs/languages.md).
 *
 * The normalizer counts the letters of each script per paragraph; the
 * detector takes the script that dominates (a Han character weighs like a
 * short word: six letters), and among the languages written in it the one
 * whose function words (cg_lang.function_words) the text uses most.  A
 * paragraph too short to tell, or whose function words do not clearly
 * point elsewhere, takes the document's language.  Internal. */
#ifndef CG_DETECT_H
#define CG_DETECT_H

#include "text.h"

/* Sets t->paras[k].lang and .others and returns the document's language
 * (cg_lang_id).  forced >= 0: the document and every paragraph are read
 * in that language (the paragraphs still read the words of the other
 * scripts they hold in those scripts' languages). */
int cg_detect_languages(cg_text *t, int forced);

#endif
