#!/usr/bin/env bash
# The library exports its API and nothing else: every global function of
# libcitegraph.a has default visibility exactly when include/citegraph.h
# declares it (CG_EXPORT), and every function the header declares is in the
# library.  Internals (cg_buf_*, cg_xmalloc, the scanner ...) are hidden.
# usage: exports_test.sh PATH/TO/libcitegraph.a   (from the project folder)
lib=$1
. "$(dirname "$0")/harness.sh"
command -v readelf >/dev/null || { echo "skipped: readelf (binutils) missing"; exit 77; }
# declared: the names after CG_EXPORT ... up to "("
grep -o '^CG_EXPORT [^(]*(' include/citegraph.h | sed -E 's/.*[ *]([A-Za-z_0-9]+)\($/\1/' | sort -u >"$tmp/declared"
[ -s "$tmp/declared" ] || { no "no CG_EXPORT declaration found in include/citegraph.h"; finish; exit; }
# defined functions with global binding, and their visibility
readelf -sW "$lib" 2>/dev/null | awk '$4 == "FUNC" && $5 == "GLOBAL" && $7 != "UND" {print $8, $6}' |
  sort -u >"$tmp/defined"
awk '$2 == "DEFAULT" {print $1}' "$tmp/defined" | sort -u >"$tmp/exported"
extra=$(comm -13 "$tmp/declared" "$tmp/exported")
missing=$(comm -23 "$tmp/declared" <(awk '{print $1}' "$tmp/defined" | sort -u))
hidden_api=$(comm -12 "$tmp/declared" <(awk '$2 != "DEFAULT" {print $1}' "$tmp/defined" | sort -u))
[ -z "$extra" ] && ok || no "exported but not in citegraph.h: $(echo $extra | head -c 400)"
[ -z "$missing" ] && ok || no "declared in citegraph.h but not defined: $missing"
[ -z "$hidden_api" ] && ok || no "declared in citegraph.h but hidden: $hidden_api"
[ "$(wc -l <"$tmp/exported")" -ge 50 ] && ok || no "only $(wc -l <"$tmp/exported") functions exported"
finish
