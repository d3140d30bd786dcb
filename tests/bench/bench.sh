#!/usr/bin/env bash
# A benchmark you can rerun (not a test): scans a corpus made of N copies of
# the sample letters, and reports wall time, throughput and peak memory;
# then counts instructions for one pass over the samples with callgrind,
# which repeats exactly on the same binary whatever the machine is doing.
#   tests/bench/bench.sh [BUILD_DIR] [COPIES]
set -euo pipefail
build=${1:-build}
copies=${2:-2000}
cg=$build/citegraph
here=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/corpus"
# distinct letters: each copy gets its own date (year, month) and symbol
i=0
while [ $i -lt "$copies" ]; do
  y=$((1950 + i % 150)); m=$((1 + (i / 150) % 12))
  for f in "$here"/tests/corpus/seeds/*; do
    sed -e "0,/20[0-9][0-9] 年 [0-9]* 月/s//$y 年 $m 月/" -e "s|A/75/379|A/75/$((1000 + i))|g" -e "s|S/2020/965|S/2020/$((3000 + i))|g" \
      "$f" >"$tmp/corpus/$(printf '%05d' $i)_$(basename "$f")"
  done
  i=$((i + 1))
done
files=$(ls "$tmp/corpus" | wc -l)
bytes=$(cat "$tmp/corpus"/* | wc -c)
/usr/bin/time -f '%e %M' -o "$tmp/time" "$cg" build -q "$tmp/corpus" -o "$tmp/out.graphml"
read -r secs rss <"$tmp/time"
echo "corpus: $files files, $((bytes / 1024 / 1024)) MiB"
echo "build: ${secs}s wall, $(awk "BEGIN{printf \"%.0f\", $files/$secs}") files/s, $(awk "BEGIN{printf \"%.1f\", $bytes/1048576/$secs}") MiB/s, peak RSS $((rss / 1024)) MiB"
/usr/bin/time -f '%e %M' -o "$tmp/time1" "$cg" build -q "$here/tests/corpus/seeds" -o "$tmp/one.graphml"
read -r s1 r1 <"$tmp/time1"
echo "5 sample letters alone: ${s1}s, peak RSS $((r1 / 1024)) MiB"
if command -v valgrind >/dev/null; then
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$cg" build -q "$here/tests/corpus/seeds" -o "$tmp/cg.graphml" 2>"$tmp/vg"
  echo "instructions, build of the 5 sample letters: $(grep -o 'Collected : [0-9]*' "$tmp/vg" | awk '{print $3}')"
fi
