#!/usr/bin/env bash
# A page of docs/ is a test, as cmark's spec is: every ```console block is
# run in order in one fresh folder, each "$ command" must exit 0 and print on
# standard output exactly the lines that follow it in the block (at 80
# columns, no colour); a command ending in "# exit N" must exit N and print
# the lines on standard output and error together.  `citegraph` is the
# binary under test; `tests` and `graphs` are the project's.
# usage: cookbook_test.sh PATH/TO/citegraph [docs/PAGE.md]   (from the project folder)
cg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
doc=$(pwd)/${2:-docs/cookbook.md} project=$(pwd)
. "$(dirname "$0")/harness.sh"

work=$tmp/work bin=$tmp/bin
mkdir -p "$work" "$bin"
ln -s "$cg" "$bin/citegraph"
ln -s "$project/tests" "$work/tests"
ln -s "$project/graphs" "$work/graphs"
export PATH="$bin:$PATH" COLUMNS=80 NO_COLOR=1

run() { # command, expected output file
  local cmd=$1 want=$2 expect=0
  if [[ $cmd =~ '# exit '([0-9]+)$ ]]; then
    expect=${BASH_REMATCH[1]}
    (cd "$work" && bash -c "$cmd") >"$tmp/got" 2>&1
  else
    (cd "$work" && bash -c "$cmd") >"$tmp/got" 2>"$tmp/err"
  fi
  local rc=$?
  if [ "$rc" -ne "$expect" ]; then
    no "\$ $cmd: exit $rc, want $expect"
    head -5 "$tmp/err" | sed 's/^/    /'
  elif ! cmp -s "$tmp/got" "$want"; then
    no "\$ $cmd: not what docs/cookbook.md shows"
    diff "$want" "$tmp/got" | head -20 | sed 's/^/    /'
  else
    ok
  fi
}

in=0 cmd="" n=0
: >"$tmp/want"
while IFS= read -r line || [ -n "$line" ]; do
  if [ "$in" = 0 ]; then
    [ "$line" = '```console' ] && in=1
    continue
  fi
  if [ "$line" = '```' ] || [[ $line == '$ '* ]]; then
    [ -n "$cmd" ] && { run "$cmd" "$tmp/want"; n=$((n + 1)); }
    cmd="" ; : >"$tmp/want"
    if [ "$line" = '```' ]; then in=0; else cmd=${line#'$ '}; fi
    continue
  fi
  printf '%s\n' "$line" >>"$tmp/want"
done <"$doc"
[ "$n" -ge 8 ] && ok || no "$doc: only $n commands found"
# the recipes made what they say
if [ -z "${2:-}" ]; then
  [ -s "$work/conflict.gexf" ] && grep -q '<gexf ' "$work/conflict.gexf" && ok || no "conflict.gexf written as GEXF"
fi
finish
