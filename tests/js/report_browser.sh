#!/usr/bin/env bash
# The report of the sample letters in headless chromium (tests/js/report.mjs).
# Skips (77), saying why, where chromium, node or puppeteer-core (make
# js-deps) is missing.  With REPORT_SCREENSHOT=FILE the 1280x800 picture
# goes there (docs/report.png is made so: docs/report.md).
#   report_browser.sh PATH/TO/citegraph     (from the project folder)
. "$(dirname "$0")/../harness.sh"
cg=$1
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "skipped: $chromium is missing (apt-get install chromium; .ci/deps.sh test)"; exit 77; }
command -v node >/dev/null 2>&1 || { echo "skipped: node is not installed"; exit 77; }
[ -d tests/js/node_modules/puppeteer-core ] || { echo "skipped: tests/js/node_modules/puppeteer-core is missing (make js-deps)"; exit 77; }
"$cg" report tests/corpus/seeds --label-lang zh --title "Nagorno-Karabakh: letters to the United Nations" \
  -o "$tmp/report.html" || { echo "FAIL: citegraph report"; exit 1; }
nodes=$("$cg" build -q tests/corpus/seeds -o "$tmp/seeds.graphml" && "$cg" stats -g "$tmp/seeds.graphml" --json |
  "$py" -c 'import json, sys; print(json.load(sys.stdin)["nodes"])')
# what the library's resolver (citegraph trace) makes of references as people
# write them: the page's search must find the same node
: >"$tmp/queries.tsv"
while IFS= read -r q; do
  id=$("$cg" trace -g "$tmp/seeds.graphml" "$q" --json 2>/dev/null | "$py" -c 'import json, sys; print(json.load(sys.stdin)["id"])') ||
    { echo "FAIL: citegraph trace does not resolve '$q'"; exit 1; }
  printf '%s\t%s\n' "$q" "$id" >>"$tmp/queries.tsv"
done <<'QUERIES'
S/RES/822(1993)
s/res/822 (1993)
resolution 822 (1993)
Security Council resolution 853 (1993)
resolution 884 (1993)
第822(1993)号决议
第 874(1993)号决议
联合国宪章
UN Charter
Charter of the United Nations
article 2 (4) of the Charter
《联合国宪章》第二条第四款
ICCPR
A/75/379
S/2020/965
letter:2021-05-15:AZE
QUERIES
REPORT_QUERIES=$tmp/queries.tsv CHROMIUM=$chromium node tests/js/report.mjs "$tmp/report.html" "$nodes" "${REPORT_SCREENSHOT:-$tmp/report.png}"
