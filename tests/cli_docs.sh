#!/usr/bin/env bash
# docs/cli.md against the option tables: every block between
#   <!-- generated: citegraph --markdown WHAT -->  and  <!-- end generated -->
# must be what `citegraph --markdown WHAT` writes now, and every command must
# have its block.  A change to an option that docs/cli.md does not follow
# fails here; `tests/cli_docs.sh --update BINARY` rewrites the blocks.
# usage: cli_docs.sh [--update] PATH/TO/citegraph   (from the project folder)
update=0
[ "${1:-}" = --update ] && { update=1; shift; }
cg=$1 doc=docs/cli.md
. "$(dirname "$0")/harness.sh"

out=$tmp/cli.md
whats=()
inside=""
while IFS= read -r line || [ -n "$line" ]; do
  if [ -z "$inside" ] && [[ $line =~ ^'<!-- generated: citegraph --markdown '([^ ]+)' -->'$ ]]; then
    inside=${BASH_REMATCH[1]}
    whats+=("$inside")
    printf '%s\n' "$line" >>"$out"
    : >"$tmp/block.$inside"
    continue
  fi
  if [ -n "$inside" ]; then
    if [ "$line" = "<!-- end generated -->" ]; then
      "$cg" --markdown "$inside" >"$tmp/want.$inside" 2>"$tmp/err" || no "citegraph --markdown $inside fails: $(cat "$tmp/err")"
      if cmp -s "$tmp/block.$inside" "$tmp/want.$inside"; then ok; else
        no "docs/cli.md: the block of '$inside' is not what the option table says (tests/cli_docs.sh --update fixes it)"
        diff "$tmp/block.$inside" "$tmp/want.$inside" | head -20
      fi
      cat "$tmp/want.$inside" >>"$out"
      printf '%s\n' "$line" >>"$out"
      inside=""
    else
      printf '%s\n' "$line" >>"$tmp/block.$inside"
    fi
    continue
  fi
  printf '%s\n' "$line" >>"$out"
done <"$doc"
[ -z "$inside" ] && ok || no "docs/cli.md: the block of '$inside' has no end"

# every command, the exit codes, the global options and the groups have a block
for w in build scan find top trace path related stats export report exit-codes global \
  group:graph group:scanning group:language group:filters group:output; do
  printf '%s\n' "${whats[@]}" | grep -qx -- "$w" && ok || no "docs/cli.md has no generated block for '$w'"
done
# and the main help names every command and --version
"$cg" --help >"$tmp/help"
for w in build scan find top trace path related stats export report --version --completions; do
  grep -q -- "$w" "$tmp/help" && ok || no "citegraph --help lacks $w"
done
# every command's help has an example and its usage line
for c in build scan find top trace path related stats export report; do
  "$cg" "$c" --help >"$tmp/h" && grep -q "^usage: citegraph $c" "$tmp/h" && grep -A1 '^examples:' "$tmp/h" |
    grep -q "^  citegraph $c" && ok || no "citegraph $c --help: usage and an example"
done

if [ "$update" = 1 ]; then
  cp "$out" "$doc" && echo "docs/cli.md updated"
fi
finish
