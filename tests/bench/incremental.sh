#!/usr/bin/env bash
# A benchmark you can rerun (not a test): the incremental build.  Makes a
# corpus of COPIES x the five sample letters (tests/bench/make_corpus.py),
# builds it from scratch (--no-cache), builds it again with the scan cache
# (cold, then warm), adds one letter and builds with the cache, and checks
# that this last graph is byte for byte the build from scratch of the grown
# corpus.  Prints the wall times and the phases (CITEGRAPH_TIMINGS=1).
#   tests/bench/incremental.sh [BUILD_DIR] [COPIES]   (20000 copies: 100,000 letters)
set -euo pipefail
build=${1:-build}
copies=${2:-20000}
cg=$(cd "$build" && pwd)/citegraph
here=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/tests/bench/make_corpus.py" "$copies" "$tmp/corpus"
python3 "$here/tests/bench/make_corpus.py" 1 "$tmp/extra" "$copies"
echo "corpus: $(find "$tmp/corpus" -type f | wc -l) letters, $(du -sm "$tmp/corpus" | cut -f1) MiB"
timed() { # label, command...
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$tmp/time" env CITEGRAPH_TIMINGS=1 "$@" 2>"$tmp/phases"
  read -r secs rss <"$tmp/time"
  printf '%-34s %8s s  peak RSS %5d MiB  (%s)\n' "$label" "$secs" $((rss / 1024)) \
    "$(grep timing "$tmp/phases" | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $3, $4}')"
  eval "t_${label%% *}=$secs"
}
timed "full (no cache)" "$cg" build -q --no-cache "$tmp/corpus" -o "$tmp/full.graphml"
timed "cold (makes the cache)" "$cg" build -q "$tmp/corpus" -o "$tmp/g.graphml"
echo "cache: $(du -m "$tmp/g.graphml.cache" | cut -f1) MiB"
timed "warm (nothing changed)" "$cg" build -q "$tmp/corpus" -o "$tmp/g.graphml"
cmp "$tmp/g.graphml" "$tmp/full.graphml"
# one letter more
one=$(find "$tmp/extra" -type f | sort | head -1)
mv "$one" "$tmp/corpus/000/"
timed "incremental (one letter added)" "$cg" build -q "$tmp/corpus" -o "$tmp/g.graphml"
timed "full2 (the grown corpus, no cache)" "$cg" build -q --no-cache "$tmp/corpus" -o "$tmp/full2.graphml"
if cmp -s "$tmp/g.graphml" "$tmp/full2.graphml"; then echo "incremental = full build of the grown corpus: same bytes"; else echo "DIFFERENT BYTES"; exit 1; fi
awk -v i="$t_incremental" -v f="$t_full2" 'BEGIN { printf "incremental / full: %.1f %%\n", 100 * i / f }'
