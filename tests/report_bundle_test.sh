#!/usr/bin/env bash
# src/report/bundle.js (committed, so that building needs no node) against
# what it is made from:
#   report_bundle_test.sh hashes   its first line names the SHA-256 of
#                                  src/report/package-lock.json and app.js:
#                                  they must be the files' (runs everywhere)
#   report_bundle_test.sh rebuild  esbuild makes it again from the pinned
#                                  packages: the same bytes (skips, 77,
#                                  without node or `make js-deps`)
# (from the project folder)
. "$(dirname "$0")/harness.sh"
dir=src/report
case "${1:-hashes}" in
hashes)
  head=$(head -n 1 "$dir/bundle.js")
  for f in package-lock.json app.js; do
    want=$(sha256sum "$dir/$f" | cut -d' ' -f1)
    case "$head" in
    *"$f sha256 $want"*) ok ;;
    *) no "$dir/bundle.js was not made from this $dir/$f (sha256 $want): run \`make report-bundle\` and commit it" ;;
    esac
  done
  # every package the lock file bundles is named, with its version
  while read -r name version; do
    case "$head" in *"$name@$version"*) ok ;; *) no "$dir/bundle.js does not name $name@$version of the lock file" ;; esac
  done < <("$py" -c '
import json
lock = json.load(open("src/report/package-lock.json"))
for k, v in lock["packages"].items():
    if k.startswith("node_modules/") and not v.get("dev"):
        print(k[13:], v["version"])')
  grep -q "Permission is hereby granted" "$dir/bundle.js" && ok || no "$dir/bundle.js lacks the licence notices"
  ;;
rebuild)
  command -v node >/dev/null 2>&1 || { echo "skipped: node is not installed"; exit 77; }
  [ -d "$dir/node_modules/esbuild" ] || { echo "skipped: $dir/node_modules is missing (make js-deps)"; exit 77; }
  (cd "$dir" && node build.mjs --check) && ok || no "$dir/bundle.js is not what esbuild makes from the lock file"
  ;;
esac
finish
