#!/usr/bin/env bash
# The benchmark of docs/performance.md (a benchmark to rerun, not a test).
#
#   tests/bench/run.sh [--build DIR] [--main N] [--sizes N,N,...] [--runs R]
#                      [--curve-runs R] [--skip-compare] [--skip-curve]
#                      [--profile] [--patho]
#
# 1. Side by side, in one hyperfine run (R runs each, median): `citegraph
#    build` with CITEGRAPH_JOBS=1 and with every processor, `rg -j1 -o` with
#    one pattern per citation form (tests/bench/rg-patterns.txt), and the
#    Python peer (tests/bench/peer.py: re + networkx), on the same corpus of
#    N letters (--main, 40000); prints the medians and the ratios against
#    the targets of docs/performance.md, on processor time (user + sys: the
#    machine is shared, wall time depends on the other jobs) and, for the
#    threads, on wall time.
# 2. The cost curve over --sizes (10000,40000,100000): wall and processor
#    time, time per letter and its ratio to the smallest size, peak memory
#    (/usr/bin/time %M), GraphML size, nodes, edges, bytes per node and per
#    edge, and the phases (CITEGRAPH_TIMINGS=1: scan, finish, write).
# 3. --profile: `perf record` of a one-thread build of the --main corpus and
#    the top of `perf report` (where the time goes, by function).
# 4. --patho: the pathological inputs (tests/bench/patho.py).
#
# Corpora are made by tests/bench/gen_corpus.py (seeded: the same bytes on
# every machine) into $BENCH_DIR (/var/tmp/citegraph-bench), once, and kept
# there for the next run; outputs go there too.  Needs hyperfine, ripgrep,
# python3 with networkx and scipy (sh .ci/deps.sh bench) and a build of
# citegraph, RelWithDebInfo:
#   cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build build -j2
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build
main=40000
sizes=10000,40000,100000
runs=3
curve_runs=1
compare=1 curve=1 profile=0 patho=0
while [ $# -gt 0 ]; do
  case $1 in
  --build) build=$(cd "$2" && pwd); shift 2 ;;
  --main) main=$2; shift 2 ;;
  --sizes) sizes=$2; shift 2 ;;
  --runs) runs=$2; shift 2 ;;
  --curve-runs) curve_runs=$2; shift 2 ;;
  --skip-compare) compare=0; shift ;;
  --skip-curve) curve=0; shift ;;
  --profile) profile=1; shift ;;
  --patho) patho=1; shift ;;
  -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
B=${BENCH_DIR:-/var/tmp/citegraph-bench}
mkdir -p "$B"
cg=$build/citegraph
[ -x "$cg" ] || { echo "run.sh: no $cg: build citegraph first (see --help)" >&2; exit 1; }
# the peer needs networkx with scipy: Debian's python3 has both
py=/usr/bin/python3
[ -x $py ] || py=python3
threads=$(nproc)

corpus() {
  local n=$1 d=$B/corpus-$1
  if [ ! -f "$d/.complete" ]; then
    rm -rf "$d" "$d.tmp"
    python3 "$here/gen_corpus.py" "$n" "$d.tmp"
    touch "$d.tmp/.complete"
    mv "$d.tmp" "$d"
  fi
  # read once, so that every command finds it in the page cache
  find "$d" -type f -name '*.txt' -print0 | xargs -0 cat >/dev/null
  echo "$d"
}

info() {
  local d=$1
  echo "corpus $d: $(find "$d" -name '*.txt' | wc -l) letters, $(du -sm --apparent-size "$d" | cut -f1) MiB"
}

if [ $compare = 1 ]; then
  C=$(corpus "$main")
  info "$C"
  echo "machine: $threads processors, load $(cut -d' ' -f1-3 /proc/loadavg)"
  hyperfine --runs "$runs" --export-json "$B/compare-$main.json" --style basic \
    -n "citegraph build, CITEGRAPH_JOBS=1" "CITEGRAPH_JOBS=1 $cg build -q --no-cache $C -o $B/out-j1.graphml" \
    -n "citegraph build, $threads threads" "$cg build -q --no-cache $C -o $B/out-jN.graphml" \
    -n "rg -j1 -o, $(wc -l <"$here/rg-patterns.txt") patterns" "rg -j1 -o -f $here/rg-patterns.txt $C" \
    -n "Python peer (re + networkx)" "$py $here/peer.py $C $B/out-peer.graphml"
  python3 - "$B/compare-$main.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
# the machine is shared: processor time (user + sys) is what the ratios
# compare; wall is shown too
# (hyperfine gives the mean user and system time of the runs)
cpu = [x["user"] + x["system"] for x in r]
med = [x["median"] for x in r]
j1, jn, rg, peer = cpu
print()
print("| command | mean cpu, user+sys (s) | median wall (s) | min wall | max wall |")
print("|---|---|---|---|---|")
for x, c in zip(r, cpu):
    print("| %s | %.2f | %.2f | %.2f | %.2f |" % (x["command"], c, x["median"], x["min"], x["max"]))
print()
def verdict(ok):
    return "met" if ok else "NOT met"
print("j1 against rg -j1 -o, cpu: rg/j1 = %.3f (target >= 1, aim 2): %s" % (rg / j1, verdict(rg / j1 >= 1)))
# threads: wall is what they buy; on a shared machine it is only a hint
print("all threads against one, wall: j1/jN = %.2f (target >= 1.7): %s; cpu jN/j1 = %.2f (the cost of the threads)"
      % (med[0] / med[1], verdict(med[0] / med[1] >= 1.7), jn / j1))
print("against the Python peer, cpu: peer/j1 = %.1f (target >= 20): %s" % (peer / j1, verdict(peer / j1 >= 20)))
EOF
  cmp -s "$B/out-j1.graphml" "$B/out-jN.graphml" && echo "one thread and all: the same GraphML bytes" ||
    echo "one thread and all: the GraphML DIFFERS"
  for f in out-j1 out-peer; do
    echo "$f.graphml: $(python3 "$here/graphml_sizes.py" "$B/$f.graphml" |
      awk '{printf "%.0f MiB, %d nodes, %d edges, %d bytes per node, %d per edge", $1/1048576, $2, $3, $4, $5}')"
  done
fi

if [ $curve = 1 ]; then
  echo
  echo "| letters | corpus MiB | wall (s) | cpu (s) | cpu µs per letter | × smallest | peak RSS MiB | GraphML MiB | nodes | edges | B/node | B/edge | scan | finish | write |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  first=""
  for n in ${sizes//,/ }; do
    C=$(corpus "$n")
    mib=$(du -sm --apparent-size "$C" | cut -f1)
    rm -f "$B/curve.times"
    for _ in $(seq "$curve_runs"); do
      CITEGRAPH_TIMINGS=1 /usr/bin/time -f '%e %U %S %M' -o "$B/time" "$cg" build -q --no-cache "$C" -o "$B/curve.graphml" 2>"$B/timings"
      echo "$(cat "$B/time") $(awk '/timing: (scan|finish|write)/ {printf "%s ", $4}' "$B/timings")" >>"$B/curve.times"
    done
    # the run of median wall time
    read -r wall usr sys rss scan fin wr < <(sort -n "$B/curve.times" | sed -n "$(((curve_runs + 1) / 2))p")
    read -r bytes nodes edges bpn bpe < <(python3 "$here/graphml_sizes.py" "$B/curve.graphml")
    # per letter in processor time: the machine may be shared
    per=$(awk "BEGIN{printf \"%.0f\", ($usr + $sys) * 1e6 / $n}")
    [ -n "$first" ] || first=$per
    echo "| $n | $mib | $wall | $(awk "BEGIN{print $usr + $sys}") | $per | $(awk "BEGIN{printf \"%.2f\", $per / $first}") | $((rss / 1024)) | $((bytes / 1048576)) | $nodes | $edges | $bpn | $bpe | $scan | $fin | $wr |"
  done
  echo "(wall of the median of $curve_runs run(s), all $threads threads; phases: wall seconds from CITEGRAPH_TIMINGS=1)"
fi

if [ $profile = 1 ]; then
  C=$(corpus "$main")
  echo
  echo "phases, one thread (CITEGRAPH_TIMINGS=2):"
  CITEGRAPH_JOBS=1 CITEGRAPH_TIMINGS=2 "$cg" build -q --no-cache "$C" -o "$B/profile.graphml" 2>&1 | sed 's/^citegraph: timing: /  /'
  CITEGRAPH_JOBS=1 perf record -q -g -o "$B/perf.data" "$cg" build -q --no-cache "$C" -o "$B/profile.graphml" 2>/dev/null
  echo "hot functions (perf report --no-children, self time):"
  { perf report -i "$B/perf.data" --no-children --stdio --sort dso,symbol 2>/dev/null | grep -E '^ +[0-9.]+%' | head -25; } || true
fi

if [ $patho = 1 ]; then
  echo
  python3 "$here/patho.py" --build "$build"
fi
