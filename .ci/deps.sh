#!/bin/sh
# Installs what citegraph needs to build and test, from Debian's packages:
# nothing when everything is there; apt-get through sudo when not root.
set -eu
# build: what `make` needs; test: what the tests use besides (the PDF and
# .docx tests make their files with LibreOffice, qpdf and Pillow, and skip
# what they cannot make when those are missing)
build="gcc make cmake pkg-config re2c libigraph-dev libxml2-dev libjansson-dev libpoppler-glib-dev libzip-dev"
test="python3 libxml2-utils python3-networkx python3-scipy python3-igraph graphviz valgrind clang libclang-rt-14-dev libreoffice-writer-nogui fonts-wqy-microhei qpdf"
pkgs="$build $test"
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
