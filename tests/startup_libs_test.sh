#!/bin/sh
# What the program loads at start-up: none of the libraries it opens only
# when a file needs them (poppler for PDF, libzip for .docx), and, when
# CMake found their archives (CITEGRAPH_STATIC_DEPS), not igraph, jansson
# or SQLite either: a one-letter build is mostly the dynamic loader's time
# (docs/performance.md, "One letter").
# usage: startup_libs_test.sh PROGRAM "NAMES THAT MUST NOT BE NEEDED"
set -eu
prog=$1
absent=$2
needed=$(readelf -d "$prog" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || { echo "FAIL: readelf found no NEEDED entry in $prog"; exit 1; }
status=0
for lib in $absent; do
  case " $(echo $needed) " in
  *" $lib".so*) echo "FAIL: $prog needs $lib at start-up"; status=1 ;;
  *) echo "ok: $lib is not loaded at start-up" ;;
  esac
done
echo "needed: $(echo $needed)"
exit $status
