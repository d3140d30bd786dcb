#!/usr/bin/env bash
# The readers of users' files (GraphML given with -g, --registry, --manifest)
# on one table of cases, one folder each, in the manner of jansson's test
# suites:
#
#   tests/invalid/CATEGORY/CASE/   input that must be refused
#   tests/valid/CATEGORY/CASE/     input that must be read
#
# where CATEGORY is graphml, registry or manifest.  A case folder holds
#   input.graphml | input.json | input.csv   the input
#   error (invalid) or stderr (valid)        standard error, exactly (none: empty)
#   stdout                                   standard output, exactly (optional)
#   rc                                       the exit code (optional; default
#                                            1 for graphml, 2 for registry and
#                                            manifest, 0 for valid cases)
#   cmd                                      the command, a bash line where
#                                            $CG is citegraph (optional; the
#                                            default per category is below)
#   setup                                    bash run first, in the case's
#                                            folder (FIFOs, devices, sparse
#                                            files); exit 77 skips the case
# Each case runs in a copy of its folder (a temporary folder) holding the
# files of tests/invalid/fixtures (letter.txt, letters/), so that messages
# name `input.json` and the like.  A refused input writes nothing: no
# out.graphml may appear.
#
# usage: readers_test.sh PATH/TO/citegraph   (run from the project folder)
#   UPDATE=1 readers_test.sh ...: rewrites the expected error/stderr and
#   stdout files from what the binary does now (review the diff before
#   committing it)
cg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/harness.sh"
root=$(pwd)/tests
skipped=0

default_cmd() {
  case $1 in
    graphml) echo '"$CG" top -g input.graphml -n 5' ;;
    registry) echo '"$CG" scan -r input.json letter.txt' ;;
    manifest)
      if [ -e "$2/input.csv" ]; then echo '"$CG" build -q -m input.csv letters -o out.graphml'
      else echo '"$CG" build -q -m input.json letters -o out.graphml'; fi ;;
  esac
}

run_case() { # kind(valid|invalid) category folder
  local kind=$1 cat=$2 dir=$3 name
  name=$kind/$cat/$(basename "$dir")
  local w="$tmp/run"
  rm -rf "$w"
  mkdir -p "$w"
  cp -R "$root/invalid/fixtures/." "$w/"
  cp -R "$dir/." "$w/"
  if [ -f "$w/setup" ]; then
    (cd "$w" && bash ./setup) >"$tmp/setup.out" 2>&1
    local s=$?
    if [ $s -eq 77 ]; then
      echo "skipped: $name: $(tail -1 "$tmp/setup.out")"
      skipped=$((skipped + 1))
      return
    fi
    [ $s -eq 0 ] || { no "$name: setup failed"; cat "$tmp/setup.out"; return; }
  fi
  local cmd want_rc
  if [ -f "$dir/cmd" ]; then cmd=$(cat "$dir/cmd"); else cmd=$(default_cmd "$cat" "$w"); fi
  if [ -f "$dir/rc" ]; then want_rc=$(cat "$dir/rc")
  elif [ "$kind" = valid ]; then want_rc=0
  elif [ "$cat" = graphml ]; then want_rc=1
  else want_rc=2; fi
  (cd "$w" && CG=$cg timeout 60 bash -c "$cmd") >"$tmp/out" 2>"$tmp/err" </dev/null
  local rc=$?
  local bad=0
  if [ "$rc" -ne "$want_rc" ]; then no "$name: exit $rc, want $want_rc"; bad=1; fi
  local want_err=/dev/null
  [ -f "$dir/error" ] && want_err=$dir/error
  [ -f "$dir/stderr" ] && want_err=$dir/stderr
  if [ "${UPDATE:-0}" = 1 ]; then
    if [ "$want_err" != /dev/null ]; then cp "$tmp/err" "$want_err"
    elif [ -s "$tmp/err" ]; then cp "$tmp/err" "$dir/$([ "$kind" = valid ] && echo stderr || echo error)"; fi
    [ -f "$dir/stdout" ] && cp "$tmp/out" "$dir/stdout"
  fi
  if ! diff -u "$want_err" "$tmp/err" >"$tmp/diff"; then
    no "$name: standard error differs"; cat "$tmp/diff"; bad=1
  fi
  if [ -f "$dir/stdout" ] && ! diff -u "$dir/stdout" "$tmp/out" >"$tmp/diff"; then
    no "$name: standard output differs"; cat "$tmp/diff"; bad=1
  fi
  if [ "$kind" = invalid ] && [ -e "$w/out.graphml" ]; then
    no "$name: a refused input left out.graphml"; bad=1
  fi
  [ $bad -eq 0 ] && ok
  # FIFOs and devices made by setup go with the folder
  rm -rf "$w"
}

for kind in invalid valid; do
  for catdir in "$root/$kind"/*/; do
    cat=$(basename "$catdir")
    [ "$cat" = fixtures ] && continue
    for dir in "$catdir"*/; do
      [ -d "$dir" ] && run_case "$kind" "$cat" "${dir%/}"
    done
  done
done
[ $skipped -gt 0 ] && echo "$skipped skipped"
finish
