#!/usr/bin/env bash
# The traps a new user met in the first hour (issue "the tool as a
# researcher lives with it"), one row each: what was typed, the exit code
# wanted, and what must hold of the output.  Run against the binary before
# the option tables, the filters everywhere and the queries in the words of
# the letters, 64 of the 71 rows fail; the 7 that pass there are guards of
# what already worked and must stay so (a pipe still gets the graph, no
# colour off a terminal or with NO_COLOR, the missing folder named, top -n
# ten in one line), the row that reads .ci/deps.sh (it fails on the old
# tree, not on a binary) and top's count of the Charter, which the stats row
# beside it must now agree with.
# usage: cli_traps.sh PATH/TO/citegraph   (run from the project folder)
cg=$1
. "$(dirname "$0")/harness.sh"
here=$(cd "$(dirname "$0")" && pwd)
S=graphs/seeds.graphml C=graphs/corpus.graphml seeds=tests/corpus/seeds

# row NAME WANT-RC CHECK -- COMMAND...: runs COMMAND (stdout in $o, stderr in
# $e), wants the exit code, then CHECK (a shell condition) to hold.
o=$tmp/out e=$tmp/err
row() {
  local name=$1 want=$2 check=$3
  shift 3
  [ "$1" = -- ] && shift
  "$@" >"$o" 2>"$e"
  local rc=$?
  if [ "$rc" != "$want" ]; then
    no "$name: exit $rc, want $want"
    head -c 400 "$e" | sed 's/^/    /'
    return
  fi
  if [ -n "$check" ] && ! eval "$check"; then
    no "$name: $check"
    { head -c 400 "$o"; head -c 400 "$e"; } | sed 's/^/    /'
    return
  fi
  ok
  [ -n "${VERBOSE:-}" ] && echo "ok: $name"
  return 0
}
has() { grep -q -- "$1" "$o"; }
said() { grep -q -- "$1" "$e"; }
# one line on standard error, citegraph: first, no help pages
one_line() { [ "$(wc -l <"$e")" -eq 1 ] && grep -q '^citegraph: ' "$e" && [ ! -s "$o" ]; }
# every line of standard output at most N display columns (CJK count two)
fits() {
  "$py" -c '
import sys, unicodedata
n = int(sys.argv[1])
for i, l in enumerate(open(sys.argv[2], encoding="utf-8").read().splitlines(), 1):
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in l)
    if w > n:
        sys.exit("line %d is %d columns: %s" % (i, w, l[:60]))' "$1" "$o"
}
json() { "$py" -c "import json,sys; d=json.load(open('$o')); sys.exit(0 if ($1) else 1)"; }
# no real number with more than six significant digits
no_noise() {
  "$py" -c '
import json, re, sys
def real(t):
    d = re.sub(r"[eE].*", "", t).replace("-", "").replace(".", "").lstrip("0").rstrip("0")
    if len(d) > 6:
        sys.exit("noise: " + t)
    return float(t)
json.load(open(sys.argv[1]), parse_float=real)' "$o"
}
pty() { "$py" "$here/pty_run.py" "$@"; }

# ---- queries take only internal ids ------------------------------------------
row "trace 'resolution 822 (1993)'" 0 'has "^S/RES/822(1993) "' -- "$cg" trace -g $S 'resolution 822 (1993)'
row "trace 'S/RES/822 (1993)'" 0 'has "^S/RES/822(1993) "' -- "$cg" trace -g $S 'S/RES/822 (1993)'
row "trace 's/res/822 (1993)'" 0 'has "^S/RES/822(1993) "' -- "$cg" trace -g $S 's/res/822 (1993)'
row "trace 'a/75/379'" 0 'has "^A/75/379 "' -- "$cg" trace -g $S 'a/75/379'
row "trace 联合国宪章" 0 'has "^instrument:un-charter "' -- "$cg" trace -g $S 联合国宪章
row "trace 'UN Charter'" 0 'has "^instrument:un-charter "' -- "$cg" trace -g $C 'UN Charter'
row "trace Charter (a word of its title)" 0 'has "^instrument:un-charter "' -- "$cg" trace -g $C Charter
row "unknown words get a suggestion" 1 'one_line && said "did you mean instrument:un-charter"' -- \
  "$cg" trace -g $S 'UN Chartr'
row "find by words of titles" 0 'has "^instrument:un-charter " && has "^instrument:charter-of-paris "' -- \
  "$cg" find -g $C charter
row "find in Chinese" 0 'has "^instrument:un-charter "' -- "$cg" find -g $S 宪章

# ---- the format follows the name; build on a terminal -------------------------
row "build -o g.gexf writes GEXF" 0 'grep -q "<gexf " "$tmp/g.gexf" && ! grep -q "<graphml" "$tmp/g.gexf"' -- \
  "$cg" build -q $seeds -o "$tmp/g.gexf"
row "export -o g.gexf without -f" 0 'grep -q "<gexf " "$tmp/e.gexf"' -- "$cg" export -g $S -o "$tmp/e.gexf"
row "export -o g.json without -f" 0 'head -c 1 "$tmp/e.json" | grep -q "{"' -- "$cg" export -g $S -o "$tmp/e.json"
row "export -o out.csv: the CSV pair, no folder" 0 '[ -s "$tmp/out.nodes.csv" ] && [ ! -d "$tmp/out.csv" ]' -- \
  "$cg" export -g $S -o "$tmp/out.csv"
row "build without -o on a terminal refuses" 2 'said "give -o FILE" && [ "$(wc -l <"$e")" -eq 1 ] && ! grep -q "<graphml" "$o"' -- \
  pty "$cg" build $seeds
row "build without -o into a pipe still writes" 0 'grep -q "<graphml" "$o"' -- sh -c "'$cg' build -q $seeds | cat"

# ---- filters on every command, bad values refused -------------------------------
row "export --since" 0 '! grep -q "letter:2020-10-01:AZE" "$tmp/f.graphml" && grep -q "letter:2022-09-13:ARM" "$tmp/f.graphml"' -- \
  "$cg" export -g $S --since 2021 -o "$tmp/f.graphml"
row "stats --sender" 0 'json "d[\"senders\"]=={\"ARM\":3}"' -- "$cg" stats -g $S --sender ARM --json
row "trace --kind and --until" 0 'json "len(d[\"citations\"])>0 and all(c[\"date\"]<=\"2021-12-31\" for c in d[\"citations\"])"' -- \
  "$cg" trace -g $C 'UN Charter' --until 2021 --kind instrument --json
row "top --sender rus (any case)" 0 'json "d and all([s[\"sender\"] for s in r[\"senders\"]]==[\"RUS\"] for r in d)"' -- \
  "$cg" top -g $C --sender rus --json
row "top --since 'March 2022' refused" 2 'one_line && said "2022-03"' -- "$cg" top -g $S --since 'March 2022'
row "top --since 2022-13 refused" 2 'one_line && said "no month 13"' -- "$cg" top -g $S --since 2022-13
row "top --since 2023-02-29 refused" 2 'one_line && said "no day 29"' -- "$cg" top -g $S --since 2023-02-29
row "top --sender XYZ refused" 2 'one_line && said "ISO 3166-1 alpha-3"' -- "$cg" top -g $S --sender XYZ
row "top --lang de refused" 2 'one_line && said "zh, en, fr, es, ru or ar"' -- "$cg" top -g $S --lang de
row "top -g a -g b refused" 2 'one_line && said "given twice"' -- "$cg" top -g $S -g $C
row "top --kind letter: the letters that drew the most replies" 0 'json "d[0][\"kind\"]==\"letter\" and d[0][\"letters\"]>=2"' -- \
  "$cg" top -g $C --kind letter --json
row "a filter nothing passes says so" 0 'said "no letter of the graph passes --sender RUS" && [ "$(wc -l <"$e")" -eq 1 ]' -- \
  "$cg" top -g $S --sender RUS

# ---- output that fits the terminal ----------------------------------------------
row "top rows fit 80 columns" 0 'fits 80' -- env COLUMNS=80 "$cg" top -g $C -n 20
row "top with Chinese labels fits 60 columns" 0 'fits 60 && has "…"' -- env COLUMNS=60 "$cg" top -g $S
row "trace sentences wrapped to the width" 0 'fits 80 && has "^     [a-z]"' -- env COLUMNS=80 "$cg" trace -g $C 'UN Charter'
row "stats fits 80 columns (headings and communities wrapped)" 0 'fits 80 && has "^                [A-Za-z]"' -- env COLUMNS=80 "$cg" stats -g $C
row "find rows fit 60 columns (the label takes what is left)" 0 'fits 60' -- env COLUMNS=60 "$cg" find -g $C charter
row "trace headers fit 60 columns (what is cited on the next line, a sender with its count)" 0 \
  'fits 60 && has "^    (instrument:un-charter/art" && ! has "^    [0-9]"' -- \
  env COLUMNS=60 "$cg" trace -g $C 'UN Charter'
row "into a pipe without COLUMNS nothing is cut" 0 '! has "…" && has "Security Council resolution 822 (1993)"' -- \
  env -u COLUMNS "$cg" top -g $C -n 5
row "trace --from draws a tree" 0 'has "^├── " && has "^└── " && has "^│   "' -- \
  "$cg" trace -g $C --from A/75/693
row "colour on a terminal" 0 'grep -q $'"'"'\033\['"'"' "$o"' -- pty "$cg" top -g $S -n 2
row "no colour with NO_COLOR" 0 '! grep -q $'"'"'\033'"'"' "$o"' -- env NO_COLOR=1 "$py" "$here/pty_run.py" "$cg" top -g $S -n 2
row "no colour into a pipe" 0 '! grep -q $'"'"'\033'"'"' "$o"' -- "$cg" top -g $S -n 2

# ---- --json, the same everywhere ---------------------------------------------------
row "scan --json on two files: one document" 0 'json "len(d[\"documents\"])==2"' -- \
  "$cg" scan --json $seeds/000_406827bfa2b56595.txt $seeds/001_dac56ef26cf31a19.txt
row "export --json prints a summary" 0 'json "d[\"nodes\"]>0 and d[\"written\"]"' -- \
  "$cg" export -g $S -o "$tmp/s.gexf" --json
row "counts are integers" 0 'json "all(type(x[\"value\"]) is int for m in (\"letters\", \"in_degree\", \"mentions\") for x in d[\"top\"][m])"' -- \
  "$cg" stats -g $S --json
row "reals without noise" 0 'no_noise' -- "$cg" stats -g $S --json
row "lists are arrays" 0 'json "isinstance(d[\"related\"][0][\"letters\"], list)"' -- \
  "$cg" related -g $S --json 'S/RES/822(1993)'

# ---- errors: one line, the fix, exit 2 everywhere ------------------------------------
row "--limt: did you mean --limit" 2 'one_line && said "did you mean --limit?"' -- "$cg" top --limt 3 -g $S
row "biuld: did you mean build" 2 'one_line && said "did you mean build?"' -- "$cg" biuld
for c in build scan find top trace path related stats export; do
  row "$c --bogus: one line, exit 2" 2 'one_line' -- "$cg" "$c" --bogus
done
row "top -n ten: one line" 2 'one_line' -- "$cg" top -n ten -g $S
row "trace without a node: one line" 2 'one_line' -- "$cg" trace -g $S
row "path with one node: one line" 2 'one_line' -- "$cg" path -g $S A/75/379
row "export without -o: one line" 2 'one_line' -- "$cg" export -g $S
row "no command: one line" 2 'one_line' -- "$cg"
for c in find top stats export; do
  row "$c -g nosuch.graphml: said plainly, exit 1" 1 'one_line && said "no such file" && ! said "external entity"' -- \
    "$cg" $c -g "$tmp/nosuch.graphml" $([ $c = find ] && echo x) $([ $c = export ] && echo -o "$tmp/x.gexf")
done
for c in trace related; do
  row "$c -g nosuch.graphml: exit 1" 1 'one_line && said "no such file"' -- "$cg" $c -g "$tmp/nosuch.graphml" X
done
row "-o nodir/g.graphml names the missing folder" 1 'said "folder .*nodir does not exist"' -- \
  "$cg" build -q $seeds -o "$tmp/nodir/g.graphml"
row "-g given a GEXF" 1 'one_line && said "reads GraphML"' -- "$cg" top -g "$tmp/e.gexf"

# ---- set-up ---------------------------------------------------------------------------
row "--version in --help" 0 'has "[-][-]version "' -- "$cg" --help
row "every command help has an example" 0 'has "^examples:" && has "^  citegraph top "' -- "$cg" top --help
row "make installs no test package" 0 '! grep "^build=" "$o" | grep -Eq "clang|valgrind|python"' -- cat .ci/deps.sh
row "a man page" 0 'has "^\.TH CITEGRAPH 1"' -- "$cg" --man
row "completions for bash, zsh and fish" 0 'has "complete -o filenames"' -- "$cg" --completions bash

# ---- stats and top count the Charter alike, and say what they count -------------------
row "stats counts citing letters as top does" 0 'json "d[\"top\"][\"letters\"][0][\"id\"]==\"instrument:un-charter\" and d[\"top\"][\"letters\"][0][\"value\"]==41"' -- \
  "$cg" stats -g $C --json
row "top counts the same" 0 'json "d[0][\"letters\"]==41"' -- "$cg" top -g $C --json -n 1

finish
