#!/usr/bin/env bash
# Corpora that grow (docs/cache.md, docs/scale.md): the scan cache of
# citegraph build gives the bytes of a build from scratch whatever changed
# (letters added, changed, touched, removed; a damaged, foreign or outdated
# cache; any number of threads; a build killed with SIGKILL at several
# moments), and the JSON Lines of citegraph scan --jsonl, whole or in four
# shards scanned by GNU parallel, build the graph of the letters.
# usage: grow_test.sh PATH/TO/citegraph   (from the project folder)
cg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
. "$(dirname "$0")/harness.sh"

c=$tmp/corpus
cp -r tests/corpus "$c"
fresh() { "$cg" build -q --no-cache "$c" -o "$tmp/ref.graphml" 2>/dev/null; }
# build with the cache next to $tmp/g.graphml; $1: what the test is; the
# rest: more options.  Sets $from (letters from the cache) and $err.
cached() {
  local what=$1
  shift
  if "$cg" build --json "$@" "$c" -o "$tmp/g.graphml" >"$tmp/json" 2>"$tmp/err"; then
    from=$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["from_cache"])' "$tmp/json")
    if cmp -s "$tmp/g.graphml" "$tmp/ref.graphml"; then ok; else no "$what: not the bytes of a build from scratch"; fi
  else
    from=-1
    no "$what: exit $? ($(head -3 "$tmp/err"))"
  fi
  err=$(cat "$tmp/err")
}
nfiles() { find "$c" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' -o -name '*.pdf' -o -name '*.docx' -o -name '*.markdown' -o -name '*.text' \) | wc -l; }
rows() { "$py" -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from docs").fetchone()[0])' "$1"; }
sql() { "$py" -c 'import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); d.execute(sys.argv[2]); d.commit()' "$@"; }
expect() { # $1 what, $2 value, $3 wanted
  if [ "$2" = "$3" ]; then ok; else no "$1: $2, want $3"; fi
}
said() { # $1 what, $2 text that one line of stderr, and only one, holds whole
  if [ "$(printf '%s\n' "$err" | grep -cF -e "$2")" = 1 ]; then ok; else no "$1: said: $err"; fi
}

# ---- the cache -------------------------------------------------------------
fresh
cached "first build (makes the cache)"
expect "first build: from the cache" "$from" 0
[ -f "$tmp/g.graphml.cache" ] && ok || no "no cache next to the output"
n=$(nfiles)
cached "second build"
expect "second build: from the cache" "$from" "$n"
expect "rows of the cache" "$(rows "$tmp/g.graphml.cache")" "$n"
for j in 1 2 3; do
  CITEGRAPH_JOBS=$j cached "-j $j from the cache"
done

python3 tests/bench/make_corpus.py 1 "$c/new" 7
fresh
cached "a letter added"
expect "a letter added: from the cache" "$from" "$n"
n=$((n + 5))
victim=$(find "$c/eval" -name '*.txt' | sort | head -1)
printf '\nThe Council recalls resolution 2231 (2015).\n' >>"$victim"
fresh
cached "a letter changed"
expect "a letter changed: from the cache" "$from" $((n - 1))
touch -d '2001-01-01 00:00:00' "$c/seeds/"*
cached "letters touched (time changed, not the content)"
expect "letters touched: from the cache" "$from" "$n"
cached "after the touch"
expect "after the touch: from the cache" "$from" "$n"
rm "$victim" "$c/new/000/000007_000_406827bfa2b56595.txt"
n=$((n - 2))
fresh
cached "letters removed"
expect "letters removed: from the cache" "$from" "$n"
expect "letters removed: rows of the cache" "$(rows "$tmp/g.graphml.cache")" "$n"

# damaged, cut short, foreign, outdated, a row changed: said in one line,
# the graph right, and the next build uses the cache again
printf 'not a database at all, just some bytes%.0s' $(seq 200) >"$tmp/g.graphml.cache"
cached "garbage cache"
said "garbage cache" "not a citegraph scan cache (damaged, or another program's file): replaced"
expect "garbage cache: from the cache" "$from" 0
cached "after the garbage"
expect "after the garbage: from the cache" "$from" "$n"
head -c 5000 "$tmp/g.graphml.cache" >"$tmp/cut" && mv "$tmp/cut" "$tmp/g.graphml.cache"
cached "cache cut short"
said "cache cut short" "not a citegraph scan cache"
rm "$tmp/g.graphml.cache"
sql "$tmp/g.graphml.cache" "create table docs (path text, doc blob)"
cached "another program's SQLite file"
said "another program's SQLite file" "not a citegraph scan cache"
cached "after the foreign file"
expect "after the foreign file: from the cache" "$from" "$n"
sql "$tmp/g.graphml.cache" "update meta set value = '0.0.1-0123' where key = 'scanner'"
cached "another scanner's cache"
said "another scanner's cache" "made by another version of the scanner, with other registries or another --max-refs: every letter is scanned again"
expect "another scanner's cache: from the cache" "$from" 0
sql "$tmp/g.graphml.cache" "update docs set doc = substr(doc, 1, 40) || x'7a' || substr(doc, 42) where rowid in (select rowid from docs limit 1)" 2>/dev/null ||
  sql "$tmp/g.graphml.cache" "update docs set doc = substr(doc, 1, 40) || x'7a' || substr(doc, 42) where path = (select min(path) from docs)"
cached "a row changed"
said "a row changed" "a damaged entry of the scan cache"
expect "a row changed: from the cache" "$from" $((n - 1))
printf '{"instruments": []}\n' >"$tmp/reg.json"
if "$cg" build -q --registry "$tmp/reg.json" --no-cache "$c" -o "$tmp/ref.graphml" 2>/dev/null; then
  cached "another registry" --registry "$tmp/reg.json"
  said "another registry" "every letter is scanned again"
  fresh
fi

# another work limit: scanned again (a letter kept whole could now be cut)
"$cg" build -q --max-refs 5000 --no-cache "$c" -o "$tmp/ref.graphml" 2>/dev/null
cached "another --max-refs" --max-refs 5000
said "another --max-refs" "every letter is scanned again"
expect "another --max-refs: from the cache" "$from" 0
fresh

# where the cache goes
rm -f "$tmp/g.graphml.cache"
"$cg" build -q --cache "$tmp/cdir" "$c" -o "$tmp/g.graphml" && [ -f "$tmp/cdir/citegraph.cache" ] &&
  [ ! -e "$tmp/g.graphml.cache" ] && ok || no "--cache DIR: not in DIR/citegraph.cache"
"$cg" build -q --no-cache "$c" -o "$tmp/n.graphml" && [ ! -e "$tmp/n.graphml.cache" ] && ok || no "--no-cache made a cache"
(cd "$tmp" && "$cg" build -q "$c" -o - >/dev/null) && [ -z "$(ls "$tmp" | grep -v -e '^corpus$' -e graphml -e '^json$' -e '^err$' -e '^cdir$' -e '^reg.json$')" ] &&
  ok || no "-o - made a cache: $(ls "$tmp")"
"$cg" build -q --cache "$tmp/cdir" --no-cache "$c" -o "$tmp/g.graphml" 2>/dev/null
expect "--cache and --no-cache: exit" $? 2
# a build that writes nothing leaves no cache behind
mkdir "$tmp/empty"
"$cg" build -q "$tmp/empty" -o "$tmp/e.graphml" 2>/dev/null
[ ! -e "$tmp/e.graphml.cache" ] && ok || no "a build that wrote nothing left a cache"

# other formats, full evidence
for f in jsonl gexf json; do
  "$cg" build -q --no-cache "$c" -o "$tmp/ref.$f"
  "$cg" build -q "$c" -o "$tmp/g.$f" && "$cg" build -q "$c" -o "$tmp/g.$f" && cmp -s "$tmp/ref.$f" "$tmp/g.$f" &&
    ok || no "$f from the cache: not the bytes of a build from scratch"
done

# ---- killed at any moment --------------------------------------------------
k=$tmp/kill
python3 tests/bench/make_corpus.py 300 "$k"
"$cg" build -q --no-cache "$k" -o "$tmp/kref.graphml"
# the moments of the kills are fractions of how long a build with a cache
# takes on this machine (a sanitizer build or a busy machine is slower)
t0=$(date +%s%N)
"$cg" build -q --cache "$tmp/kt" "$k" -o "$tmp/kt.graphml"
t=$(( ($(date +%s%N) - t0) / 1000000 ))
rm -rf "$tmp/kt" "$tmp/kt.graphml"
used=0
for f in 5 15 30 50 70 90; do
  d=$("$py" -c 'import sys; print(int(sys.argv[1]) * int(sys.argv[2]) / 100000)' "$t" "$f")
  rm -rf "$tmp/kc"
  "$cg" build -q --cache "$tmp/kc" "$k" -o "$tmp/k.graphml" 2>/dev/null &
  p=$!
  sleep $d
  kill -KILL $p 2>/dev/null
  wait $p 2>/dev/null
  if "$cg" build --json --cache "$tmp/kc" "$k" -o "$tmp/k.graphml" >"$tmp/json" 2>"$tmp/err" &&
    cmp -s "$tmp/k.graphml" "$tmp/kref.graphml"; then ok; else no "killed after ${d}s: the next build is not the full build ($(head -2 "$tmp/err"))"; fi
  f=$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["from_cache"])' "$tmp/json")
  [ "$f" -gt 0 ] && used=$((used + 1))
  rm -f "$tmp/k.graphml"
done
[ $used -gt 0 ] && ok || no "no build after a kill used what the killed one had scanned"
# killed again and again on the same cache
rm -rf "$tmp/kc"
for d in 0.3 0.4 0.5; do
  "$cg" build -q --cache "$tmp/kc" "$k" -o "$tmp/k.graphml" 2>/dev/null &
  p=$!
  sleep $d
  kill -KILL $p 2>/dev/null
  wait $p 2>/dev/null
done
"$cg" build -q --cache "$tmp/kc" "$k" -o "$tmp/k.graphml" && cmp -s "$tmp/k.graphml" "$tmp/kref.graphml" &&
  ok || no "killed three times: the next build is not the full build"

# ---- mentions as the unit of exchange --------------------------------------
fresh
"$cg" scan --jsonl "$c" >"$tmp/all.jsonl" 2>/dev/null
"$cg" build -q "$tmp/all.jsonl" -o "$tmp/j.graphml" && cmp -s "$tmp/j.graphml" "$tmp/ref.graphml" &&
  ok || no "build of scan --jsonl: not the graph of the letters"
if command -v parallel >/dev/null; then
  mkdir "$tmp/m"
  parallel --will-cite "'$cg' scan --jsonl --shard {}/4 '$c' > '$tmp/m/part{}.jsonl' 2>/dev/null" ::: 1 2 3 4
  [ "$(cat "$tmp/m"/part*.jsonl | wc -l)" = "$(wc -l <"$tmp/all.jsonl")" ] && ok || no "the 4 shards do not hold every letter once"
  empty=0
  for s in 1 2 3 4; do [ -s "$tmp/m/part$s.jsonl" ] || empty=1; done
  expect "an empty shard" $empty 0
  "$cg" build -q "$tmp/m"/part*.jsonl -o "$tmp/s.graphml" && cmp -s "$tmp/s.graphml" "$tmp/ref.graphml" &&
    ok || no "build of 4 shards: not the graph of the letters"
  # the shards in any order, and mixed with letters
  "$cg" build -q "$tmp/m/part3.jsonl" "$tmp/m/part1.jsonl" "$tmp/m/part4.jsonl" "$tmp/m/part2.jsonl" -o "$tmp/s2.graphml" &&
    cmp -s "$tmp/s2.graphml" "$tmp/ref.graphml" && ok || no "build of 4 shards in another order"
else
  echo "skipped: GNU parallel not installed (sh .ci/deps.sh test)"
fi
# what is not such a file is refused, with the line
"$cg" build -q --no-cache "$c" -o "$tmp/export.jsonl"
"$cg" build -q "$tmp/export.jsonl" -o "$tmp/x.graphml" 2>"$tmp/err"
rc=$?
err=$(cat "$tmp/err")
expect "a graph's JSON Lines as input: exit" $rc 1
said "a graph's JSON Lines as input" "$tmp/export.jsonl:1: no \"references\" array: not a letter written by citegraph scan --jsonl"
head -1 "$tmp/all.jsonl" >"$tmp/bad.jsonl"
printf '{"file": "x.txt", "references": [{"target": "S/RES/1(1946)", "kind": "nonsense"}]}\n' >>"$tmp/bad.jsonl"
"$cg" build -q "$tmp/bad.jsonl" -o "$tmp/x.graphml" 2>"$tmp/err"
rc=$?
err=$(cat "$tmp/err")
expect "a bad line: exit" $rc 1
said "a bad line" "$tmp/bad.jsonl:2: unknown kind \"nonsense\""
printf '{"file": "x.txt", "references": [\n' >"$tmp/cut.jsonl"
"$cg" build -q "$tmp/cut.jsonl" -o "$tmp/x.graphml" 2>"$tmp/err"
expect "a line cut short: exit" $? 1
"$cg" scan --shard 0/4 "$c" >/dev/null 2>&1
expect "--shard 0/4: exit" $? 2

# ---- merge -----------------------------------------------------------------
# two halves of a corpus (two people's folders), each built with its cache:
# merged, the bytes of one build of both
h=$tmp/halves
mkdir -p "$h/alice" "$h/bob"
cp -r tests/corpus/seeds tests/corpus/en "$h/alice/"
cp -r tests/corpus/eval "$h/bob/"
cp tests/corpus/en/*.txt "$h/bob/" # some letters in both halves, under other paths
(
  cd "$h" || exit 1
  for ev in full first; do
    "$cg" build -q --evidence $ev alice/ -o alice.graphml && "$cg" build -q --evidence $ev bob/ -o bob.graphml &&
      "$cg" merge -q --evidence $ev alice.graphml bob.graphml -o team.graphml &&
      "$cg" build -q --no-cache --evidence $ev alice/ bob/ -o whole.graphml && cmp -s team.graphml whole.graphml &&
      echo ok || echo "merge --evidence $ev of two halves: not the build of the whole"
  done
  # other formats of the merged graph
  for f in jsonl gexf; do
    "$cg" merge -q alice.graphml bob.graphml -o team.$f && "$cg" build -q --no-cache alice/ bob/ -o whole.$f &&
      cmp -s team.$f whole.$f && echo ok || echo "merge -o team.$f: not the build of the whole"
  done
  # the same graph twice, and in the other order: the files of both once
  "$cg" merge -q bob.graphml alice.graphml alice.graphml -o again.graphml 2>/dev/null && cmp -s again.graphml whole.graphml &&
    echo ok || echo "merge in another order, a graph twice: not the build of the whole"
) >"$tmp/merge.out"
while read -r line; do if [ "$line" = ok ]; then ok; else no "$line"; fi; done <"$tmp/merge.out"
refused() { # what, text of the one line, command...
  local what=$1 text=$2
  shift 2
  "$@" >/dev/null 2>"$tmp/err"
  local rc=$?
  err=$(cat "$tmp/err")
  expect "$what: exit" $rc 1
  said "$what" "$text"
  [ ! -e "$h/out.graphml" ] && ok || no "$what: something was written"
}
# another tool's GraphML (networkx), carrying kind and name
"$py" - "$h/nx.graphml" <<'PY' 2>/dev/null
import sys
import networkx as nx
g = nx.DiGraph()
g.add_node("a", kind="letter", name="a")
g.add_node("S/RES/1(1946)", kind="sc-resolution", name="S/RES/1(1946)")
g.add_edge("a", "S/RES/1(1946)", weight=1)
nx.write_graphml(g, sys.argv[1])
PY
if [ -s "$h/nx.graphml" ]; then
  cp "$h/alice.graphml.cache" "$h/nx.graphml.cache"
  refused "another tool's graph" "nx.graphml: not a graph written by citegraph build" \
    "$cg" merge "$h/alice.graphml" "$h/nx.graphml" -o "$h/out.graphml"
fi
cp "$h/bob.graphml" "$h/nocache.graphml"
refused "a graph without its cache" "nocache.graphml.cache: no scan cache here" \
  "$cg" merge "$h/alice.graphml" "$h/nocache.graphml" -o "$h/out.graphml"
(cd "$h" && "$cg" build -q --evidence full alice/ -o full.graphml)
refused "a graph built with other options" "full.graphml: not the graph its scan cache" \
  "$cg" merge "$h/full.graphml" "$h/bob.graphml" -o "$h/out.graphml"
printf 'garbage%.0s' $(seq 100) >"$h/nocache.graphml.cache"
refused "a damaged cache" "not a citegraph scan cache" \
  "$cg" merge "$h/alice.graphml" "$h/nocache.graphml" -o "$h/out.graphml"
"$cg" merge "$h/alice.graphml" "$h/bob.graphml" -o "$h/alice.graphml" 2>/dev/null
expect "merge into one of its graphs: exit" $? 1
"$cg" merge "$h/alice.graphml" -o "$h/out.graphml" 2>/dev/null
expect "merge of one graph: exit" $? 2
finish
