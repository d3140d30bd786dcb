#!/bin/sh
# Installs the Debian packages citegraph needs, and nothing when they are all
# there (no sudo prompt then): apt-get, through sudo when not root.
#   sh .ci/deps.sh          what building and running need (make, make install)
#   sh .ci/deps.sh test     that and what the tests need (make test)
#   sh .ci/deps.sh bench    that and what the benchmark needs (make bench)
set -eu
# libsqlite3-dev: the scan cache of citegraph build (src/cli/cache.c), one
# transactional file that a build killed at any moment leaves usable
# libarpack2-dev, liblapack-dev, libblas-dev, libgfortran-12-dev and
# libstdc++-12-dev: the archives igraph is linked from (CMakeLists.txt,
# CITEGRAPH_STATIC_DEPS), so that a build does not start by loading fourteen
# shared libraries
build="gcc make cmake pkg-config re2c libigraph-dev libxml2-dev libjansson-dev libpoppler-glib-dev libzip-dev libsqlite3-dev
       libarpack2-dev liblapack-dev libblas-dev libgfortran-12-dev libstdc++-12-dev"
# the tests: the readers the exports are checked with, the schema checker,
# the shells whose completions are checked, valgrind, clang and its fuzzing
# runtime; the PDF and .docx tests make their files with LibreOffice and
# qpdf (and skip what they cannot make when those are missing); the HTML
# report's browser test drives chromium (its driver comes with it), and the
# Chinese labels of its picture need a CJK font; GNU parallel runs the
# sharded scan of docs/scale.md
test="python3 libxml2-utils python3-networkx python3-scipy python3-igraph python3-jsonschema graphviz
      valgrind clang libclang-rt-14-dev zsh fish groff-base man-db
      libreoffice-writer-nogui fonts-wqy-microhei qpdf chromium chromium-driver parallel"
# the benchmark (tests/bench/run.sh): the programs it is compared with and
# measured by
bench="hyperfine ripgrep time linux-perf"
case "${1:-build}" in
build) pkgs=$build ;;
test) pkgs="$build $test" ;;
bench) pkgs="$build $test $bench" ;;
*) echo "usage: sh .ci/deps.sh [build|test|bench]" >&2; exit 2 ;;
esac
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "citegraph: installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
