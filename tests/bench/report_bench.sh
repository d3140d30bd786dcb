#!/usr/bin/env bash
# A benchmark you can rerun (not a test): the HTML report of a graph of
# about 5,000 nodes, opened in headless chromium (docs/performance.md, "The
# report").  The corpus is made as bench.sh makes it, deterministically:
# COPIES copies of the sample letters, each with its own date and symbols,
# and each citing its own Security Council resolution in place of 822
# (1993) (a number from 822 to 1071), so that the graph has letters and
# resolutions of many degrees.  The copies share their sentences, which the
# page stores once; with DISTINCT_SENTENCES=1 every sentence of a copy is
# made its own (the copy's number before each 。 after a Chinese
# character, with perl), as in a corpus of
# different letters, and the page carries them all.
#   [DISTINCT_SENTENCES=1] tests/bench/report_bench.sh [BUILD_DIR] [COPIES]   (from the project folder)
# Prints the graph's size, the time `citegraph report` takes, the page's
# size, and the time from opening the page (file://, no network) until it
# answers (drawn, tables filled) and until a search is answered.
set -euo pipefail
build=${1:-build}
copies=${2:-950}
cg=$build/citegraph
here=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/corpus"
distinct=${DISTINCT_SENTENCES:-}
[ "$distinct" = 1 ] || distinct=""
i=0
while [ $i -lt "$copies" ]; do
  y=$((1950 + i % 150)); m=$((1 + (i / 150) % 12))
  for f in "$here"/tests/corpus/seeds/*; do
    sed -e "0,/20[0-9][0-9] 年 [0-9]* 月/s//$y 年 $m 月/" -e "s|A/75/379|A/75/$((1000 + i))|g" -e "s|S/2020/965|S/2020/$((3000 + i))|g" \
      -e "s|822(1993)|$((822 + i % 250))(1993)|g" "$f" |
      if [ -n "$distinct" ]; then perl -CSD -Mutf8 -pe "s/(\\p{Han})。/\$1（$i）。/g"; else cat; fi \
      >"$tmp/corpus/$(printf '%05d' $i)_$(basename "$f")"
  done
  i=$((i + 1))
done
"$cg" build -q "$tmp/corpus" -o "$tmp/g.graphml"
"$cg" stats -g "$tmp/g.graphml" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("graph: %d nodes, %d edges" % (d["nodes"], d["edges"]))'
/usr/bin/time -f '%e %M' -o "$tmp/time" "$cg" report -g "$tmp/g.graphml" --label-lang zh -o "$tmp/report.html"
read -r secs rss <"$tmp/time"
echo "citegraph report: ${secs}s wall, peak RSS $((rss / 1024)) MiB, page $(($(stat -c %s "$tmp/report.html") / 1024)) KiB"
if [ -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ -d "$here/tests/js/node_modules/puppeteer-core" ]; then
  for run in 1 2 3; do
    node "$here/tests/js/report.mjs" --bench "$tmp/report.html"
  done
else
  echo "chromium or puppeteer-core (make js-deps) missing: the page was not opened"
fi
