/* kinds.h: node kinds by name (cg_kind_name and cg_kind_parse are public;
 * this header lets the table generator use them too).  Internal. */
#ifndef CG_KINDS_H
#define CG_KINDS_H

#include "citegraph.h"

#endif
