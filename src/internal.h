/* internal.h: the stages' headers together, for the files that use many
 * of them.  Each stage has a header of its own: util.h (no citegraph
 * knowledge), read.h (encodings, HTML), text.h (reader, normalizer,
 * sentences), lex.h (tokens), tables.h (static data), registry.h, scan.h
 * (the scan core), lang/lang.h (languages).  Internal to the library. */
#ifndef CG_INTERNAL_H
#define CG_INTERNAL_H

#include "citegraph.h"
#include "read.h"
#include "registry.h"
#include "text.h"
#include "util.h"

#endif
