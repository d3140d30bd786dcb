#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for a while (docs/fuzzing.md).
#
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS]     fuzz each target SECONDS (60)
#   tests/fuzz/run.sh --replay [BUILD_DIR]      replay tests/fuzz/crashes/*/*
#
# BUILD_DIR (build-fuzz) is a folder configured with CC=clang
# -DCITEGRAPH_FUZZ=ON and built (`make fuzz` does both).  Each target starts
# from a copy of its seed corpus (tests/fuzz/corpus/TARGET) in a temporary
# folder, so the committed corpus is never modified, with its dictionary
# where it has one.  A crash, a leak, a sanitizer report, a time-out or
# running out of memory fails the target; the input that did it is kept in
# BUILD_DIR/fuzz-artifacts/TARGET/ and the fuzzer's output in
# BUILD_DIR/fuzz-logs/TARGET.log.  One line per target, then
# "N passed, M failed"; the exit status is 1 when any target failed.
#
# Environment: FUZZ_TARGETS="scan graphml" runs only those; FUZZ_ARGS adds
# libFuzzer flags (e.g. FUZZ_ARGS="-jobs=2 -workers=2").
set -u

here=$(cd "$(dirname "$0")" && pwd)
replay=0
if [ "${1:-}" = "--replay" ]; then
    replay=1
    shift
fi
build=${1:-build-fuzz}
duration=${2:-60}
targets=${FUZZ_TARGETS:-scan graphml registry manifest write pdf docx mentions cache}

case $duration in
    ''|*[!0-9]*) echo "run.sh: SECONDS must be a whole number, not '$duration'" >&2; exit 2 ;;
esac
if [ ! -d "$build" ]; then
    echo "run.sh: no build folder '$build': run 'make fuzz', or configure it with" >&2
    echo "  CC=clang cmake -S . -B $build -DCITEGRAPH_FUZZ=ON -DCITEGRAPH_SANITIZE=OFF" >&2
    echo "  cmake --build $build --target fuzzers" >&2
    exit 2
fi
build=$(cd "$build" && pwd)

max_len() {
    case $1 in
        scan|graphml|pdf|docx|mentions) echo 65536 ;;
        write) echo 8192 ;;
        registry|cache) echo 16384 ;;
        manifest) echo 4096 ;;
    esac
}
dict() {
    case $1 in
        scan|write) echo "$here/scan.dict" ;;
        graphml) echo "$here/graphml.dict" ;;
        registry|manifest|mentions) echo "$here/json.dict" ;;
        docx) echo "$here/docx.dict" ;;
    esac
}

# Why a run failed: the target's own message (a broken contract), else the
# sanitizer's summary, else libFuzzer's.
reason() {
    local r
    r=$(grep -m1 '^fuzz: ' "$1")
    [ -n "$r" ] || r=$(grep -Em1 'SUMMARY:|runtime error:' "$1")
    [ -n "$r" ] || r=$(grep -Em1 'ERROR: libFuzzer|ALARM|out-of-memory' "$1")
    echo "$r" | sed 's/^==[0-9]*== *//'
}

# What the sanitizers and libFuzzer print when something went wrong.
report_re='^fuzz: |ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error:|SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer|==[0-9]+== ?ERROR|ALARM: working on the last Unit|out-of-memory|deadly signal'

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

work=$(mktemp -d "${TMPDIR:-/tmp}/citegraph-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
export TMPDIR=$work   # the targets' temporary files go there too

passed=0
failed=0
mkdir -p "$build/fuzz-logs" "$build/fuzz-artifacts"

if [ "$replay" = 1 ]; then
    # Known reproducers: each must now run clean (the bug fixed) before it
    # moves into the seed corpus as a regression.
    for t in $targets; do
        bin=$build/tests/fuzz/fuzz_$t
        for f in "$here/crashes/$t"/*; do
            [ -f "$f" ] || continue
            log=$build/fuzz-logs/replay-$t-$(basename "$f").log
            if [ ! -x "$bin" ]; then
                echo "FAIL $t $(basename "$f"): $bin is not built"
                failed=$((failed + 1))
                continue
            fi
            "$bin" -rss_limit_mb=2048 -timeout=30 "$f" >"$log" 2>&1
            rc=$?
            if [ $rc -eq 0 ] && ! grep -Eq "$report_re" "$log"; then
                echo "PASS $t $(basename "$f"): runs clean (fixed: move it into tests/fuzz/corpus/$t/)"
                passed=$((passed + 1))
            else
                what=$(reason "$log")
                echo "FAIL $t $(basename "$f"): still fails (exit $rc): ${what:-see $log}"
                failed=$((failed + 1))
            fi
        done
    done
    echo "$passed passed, $failed failed"
    [ $failed -eq 0 ]
    exit
fi

for t in $targets; do
    bin=$build/tests/fuzz/fuzz_$t
    log=$build/fuzz-logs/$t.log
    art=$build/fuzz-artifacts/$t
    if [ ! -x "$bin" ]; then
        echo "FAIL $t: $bin is not built (cmake --build $build --target fuzzers)"
        failed=$((failed + 1))
        continue
    fi
    mkdir -p "$art" "$work/$t"
    cp -R "$here/corpus/$t/." "$work/$t/"
    seeds=$(find "$work/$t" -type f | wc -l)
    args=(-max_total_time="$duration" -max_len="$(max_len "$t")" -rss_limit_mb=2048
          -timeout=30 -print_final_stats=1 -artifact_prefix="$art/")
    d=$(dict "$t")
    [ -n "$d" ] && args+=(-dict="$d")
    # shellcheck disable=SC2086
    "$bin" "${args[@]}" ${FUZZ_ARGS:-} "$work/$t" >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    corp=$(find "$work/$t" -type f | wc -l)
    if [ $rc -eq 0 ] && ! grep -Eq "$report_re" "$log"; then
        echo "PASS $t: ${duration} s, ${runs:-?} runs (${speed:-?}/s), cov ${cov:-?}, ft ${ft:-?}, corpus $seeds -> $corp, peak rss ${rss:-?} MB"
        passed=$((passed + 1))
    else
        what=$(reason "$log")
        input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        echo "FAIL $t: exit $rc: ${what:-see the log}; input ${input:-none written}; log $log"
        failed=$((failed + 1))
    fi
    rm -rf "${work:?}/$t"
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
