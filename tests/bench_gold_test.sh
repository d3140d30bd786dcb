#!/bin/sh
# The benchmark corpus's gold as a test: 3,000 letters made by
# tests/bench/gen_corpus.py (seeded: the same bytes everywhere, every form
# of docs/forms.md the generator writes, in Chinese and English), built,
# and scored against the gold the generator wrote (tests/bench/score_bench.py
# --strict): every reference found, none invented, every letter under its
# own id.  About 10 s.
#   usage: bench_gold_test.sh CITEGRAPH [PYTHON]   (from the project folder)
cg=$1
py=${2:-python3}
d=$(mktemp -d "${TMPDIR:-/tmp}/citegraph-bench-gold.XXXXXX") || exit 1
trap 'rm -rf "$d"' EXIT
"$py" tests/bench/gen_corpus.py 3000 "$d/letters" --gold "$d/gold.jsonl" >/dev/null || exit 1
"$cg" build -q --no-cache "$d/letters" -o "$d/g.graphml" || exit 1
"$py" tests/bench/score_bench.py --strict "$d/gold.jsonl" "$d/g.graphml" >"$d/score.txt"
rc=$?
head -2 "$d/score.txt"
[ $rc -eq 0 ] || sed -n '/^misses/,$p;/^inventions/,$p' "$d/score.txt" | head -40
exit $rc
