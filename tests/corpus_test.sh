#!/usr/bin/env bash
# The test letters of every language: gold scores, the same letter in its
# languages, chains of letters answering each other, one node per letter in
# all its languages.
# usage: corpus_test.sh PATH/TO/citegraph SHARED_DIR   (run from the project folder)
cg=$1 shared=$2
. "$(dirname "$0")/harness.sh"

"$cg" build -q tests/corpus/en -o "$tmp/en.graphml" && ok || no "build the English letters"
if [ -x "$shared/tools/score-graphml" ]; then
  "$shared/tools/score-graphml" "$tmp/en.graphml" tests/corpus/en/gold.json --min-recall 1 --min-precision 0.98 && ok || no "English letters against their gold"
else
  echo "skipped: the scorer ($shared/tools/score-graphml) is absent"
fi

# the Russian and Arabic letters against their gold (recall and precision 0.99)
for l in ru ar; do
  "$cg" build -q tests/corpus/$l -o "$tmp/$l.graphml" && ok || no "build the $l letters"
  if [ -x "$shared/tools/score-graphml" ]; then
    "$shared/tools/score-graphml" "$tmp/$l.graphml" tests/corpus/$l/gold.json --min-recall 0.99 --min-precision 0.99 && ok || no "$l letters against their gold"
  fi
done

# chains of Russian and Arabic letters answering each other, three rounds back
for chain in "ru letter:2023-03-20:ARM" "ar letter:2023-05-22:ARM"; do
  set -- $chain
  "$cg" trace -g "$tmp/$1.graphml" --json --from "$2" >"$tmp/chain-$1.json" || no "trace --from $2"
  "$py" - "$tmp/chain-$1.json" <<'PY' && ok || no "$1 chain from $2 follows three rounds"
import json, sys
def depth(refs):
    return max([1 + depth(r.get("references", [])) for r in refs if r["kind"] == "letter"] or [0])
d = json.load(open(sys.argv[1]))
assert depth(d["references"]) >= 3, depth(d["references"])
PY
done

# the Chinese and English versions of one letter cite the same nodes
cited() { "$cg" scan "$1" | tail -n +2 | cut -f2 | sort -u; }
for pair in "seeds/002_6122059e6aca00ae.txt en/en01_aze_2020-10-01.txt" \
            "seeds/003_2241cd04595a3995.txt en/en08_arm_2022-09-13.txt" \
            "seeds/000_406827bfa2b56595.txt ru/ru01_arm_2021-08-18.txt" \
            "seeds/000_406827bfa2b56595.txt ar/ar01_arm_2021-08-18.txt" \
            "seeds/000_406827bfa2b56595.txt fr/fr00_arm_2021-08-18.txt" \
            "seeds/000_406827bfa2b56595.txt es/es00_arm_2021-08-18.txt" \
            "seeds/000_406827bfa2b56595.txt en/en00_arm_2021-08-18.txt"; do
  set -- $pair
  if diff <(cited "tests/corpus/$1") <(cited "tests/corpus/$2") >"$tmp/diff"; then ok; else no "$1 and $2 cite different nodes"; cat "$tmp/diff"; fi
done

# both languages in one graph: one node per letter, its languages listed
"$cg" build -q tests/corpus -o "$tmp/all.graphml" && ok || no "build both corpora"
"$py" - "$tmp/all.graphml" <<'PY' && ok || no "one node per letter in two languages"
import json, sys, xml.etree.ElementTree as ET
ns = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key")}
nodes = {}
for n in root.iter(ns + "node"):
    d = {keys[x.get("key")]: x.text for x in n.findall(ns + "data")}
    nodes[d["name"]] = d
for lid in ("A/75/379", "letter:2022-09-13:ARM"):
    assert nodes[lid]["languages"] == "en zh", (lid, nodes[lid].get("languages"))
    assert len(json.loads(nodes[lid]["file"])) == 2, nodes[lid]["file"]
# the sample letter in all six languages: one node
lid = "letter:2021-08-18:ARM"
assert nodes[lid]["languages"] == "zh en fr es ru ar" or sorted(nodes[lid]["languages"].split()) == ["ar", "en", "es", "fr", "ru", "zh"], nodes[lid].get("languages")
assert len(json.loads(nodes[lid]["file"])) == 6, nodes[lid]["file"]
PY

# the letters of each other language against their gold: recall and
# precision 0.99 at least (tests/corpus/LANG/gold.json)
for dir in tests/corpus/fr tests/corpus/es tests/corpus/ru tests/corpus/ar; do
  [ -f "$dir/gold.json" ] || continue
  l=${dir##*/}
  "$cg" build -q "$dir" -o "$tmp/$l.graphml" && ok || no "build the letters of $dir"
  if [ -x "$shared/tools/score-graphml" ]; then
    "$shared/tools/score-graphml" "$tmp/$l.graphml" "$dir/gold.json" --min-recall 0.99 --min-precision 0.99 &&
      ok || no "$dir: letters against their gold"
  fi
done

# top ranks the same instruments whichever language the letters were read in
# (the French and Spanish versions of the same letters)
if [ -f "$tmp/fr.graphml" ] && [ -f "$tmp/es.graphml" ]; then
  a=$("$cg" top -g "$tmp/fr.graphml" -n 2 --json | "$py" -c 'import json,sys; print([(r["id"], r["letters"]) for r in json.load(sys.stdin)])')
  b=$("$cg" top -g "$tmp/es.graphml" -n 2 --json | "$py" -c 'import json,sys; print([(r["id"], r["letters"]) for r in json.load(sys.stdin)])')
  [ "$a" = "$b" ] && [ -n "$a" ] && ok || no "top of the French and the Spanish letters: $a / $b"
fi

# letters' labels in French and Spanish: date in words, the State's name
grep -q '<data key="label">Lettre datée du 1er février 2023 (Azerbaïdjan)</data>' "$tmp/fr.graphml" &&
  ok || no "a French letter's label (1er, the State's French name)"
grep -q '<data key="label">Carta de fecha 10 de febrero de 2023 (Armenia)</data>' "$tmp/es.graphml" &&
  ok || no "a Spanish letter's label"

# the sample letter seeds/000 in every language it is written in
# (tests/corpus/LANG/LANG00_arm_2021-08-18.txt): identical sets of cited nodes
versions=0
for v in tests/corpus/*/*00_arm_2021-08-18.txt; do
  [ -f "$v" ] || continue
  versions=$((versions + 1))
  if diff <(cited tests/corpus/seeds/000_406827bfa2b56595.txt) <(cited "$v") >"$tmp/diff"; then ok; else
    no "$v and seeds/000 cite different nodes"; cat "$tmp/diff"; fi
done
[ "$versions" -ge 3 ] && ok || no "the sample letter in at least en, fr and es ($versions versions)"

# a French letter and its Spanish version (one symbol), and the sample
# letter in all its languages (one date and sender): one node each, every
# language listed, the citations the union of the versions'
"$py" - "$tmp/all.graphml" <<'PY' && ok || no "one node per letter in all its languages"
import json, sys, xml.etree.ElementTree as ET
ns = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key")}
nodes, edges = {}, {}
ids = {}
for n in root.iter(ns + "node"):
    d = {keys[x.get("key")]: x.text for x in n.findall(ns + "data")}
    nodes[d["name"]] = d
    ids[n.get("id")] = d["name"]
for e in root.iter(ns + "edge"):
    d = {keys[x.get("key")]: x.text for x in e.findall(ns + "data")}
    if d.get("kind") == "cites":
        edges.setdefault(ids[e.get("source")], set()).add(ids[e.get("target")])
for lid in ("A/77/751", "A/77/760", "A/77/780", "S/2023/185", "S/2023/210", "S/2023/230"):
    assert set(nodes[lid]["languages"].split()) == {"es", "fr", "ru", "ar"}, (lid, nodes[lid].get("languages"))
    assert len(json.loads(nodes[lid]["file"])) == 4, nodes[lid]["file"]
# the Arabic version of A/77/800 joins the French and Spanish ones
assert {"ar", "es", "fr"} <= set(nodes["A/77/800"]["languages"].split()), nodes["A/77/800"].get("languages")
sample = nodes["letter:2021-08-18:ARM"]
assert {"zh", "en", "fr", "es"} <= set(sample["languages"].split()), sample["languages"]
assert len(json.loads(sample["file"])) >= 4, sample["file"]
# A/77/751 cites the URL each version gives: the union of the four
assert {"url:mfa.gov.az/fr/news/1701", "url:mfa.gov.az/es/news/1701", "url:mfa.gov.az/ru/news/1701",
        "url:mfa.gov.az/ar/news/1701"} <= edges["A/77/751"], edges["A/77/751"]
PY

# the French, Spanish, Russian and Arabic versions of a letter cite the same
# nodes (S/2023/185, S/2023/210: no instrument without an Arabic title)
for set_ in "fr05_ukr_2023-03-10 es05_ukr_2023-03-10 ru15_ukr_2023-03-10 ar15_ukr_2023-03-10" \
            "fr06_rus_2023-03-20 es06_rus_2023-03-20 ru16_rus_2023-03-20 ar16_rus_2023-03-20"; do
  set -- $set_
  first=tests/corpus/${1:0:2}/$1.txt
  for v in "$@"; do
    f=tests/corpus/${v:0:2}/$v.txt
    if diff <(cited "$first") <(cited "$f") >"$tmp/diff"; then ok; else no "$first and $f cite different nodes"; cat "$tmp/diff"; fi
  done
done

# chains: letters answering letters, followed at least three rounds back
chain() { # graph, letter, what it is
  "$cg" trace -g "$1" --json --from "$2" >"$tmp/tree.json" || { no "trace --from $2"; return; }
  "$py" - "$tmp/tree.json" <<'PY' && ok || no "$3 follows three rounds"
import json, sys
def depth(refs):
    return max([1 + depth(r.get("references", [])) for r in refs if r["kind"] == "letter"] or [0])
d = json.load(open(sys.argv[1]))
assert depth(d["references"]) >= 3, depth(d["references"])
PY
}
chain "$tmp/en.graphml" A/75/789 "trace --from"
chain "$tmp/en.graphml" A/76/846 "Ukraine / Russian Federation chain"
chain "$tmp/all.graphml" A/77/830 "French and Spanish chain"

# communities: the two conflicts of the sample and English letters fall apart
"$cg" build -q tests/corpus/seeds tests/corpus/en -o "$tmp/both.graphml" && ok || no "build seeds + en"
# (the sample and English letters, and the whole of tests/corpus)
for gr in "$tmp/both.graphml" graphs/corpus.graphml; do
"$py" - "$gr" <<'PY' && ok || no "communities separate Armenia/Azerbaijan from Ukraine/Russian Federation ($gr)"
import sys, xml.etree.ElementTree as ET
NS = "{http://graphml.graphdrawing.org/xmlns}"
r = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in r.iter(NS + "key")}
side = {}
for n in r.iter(NS + "node"):
    d = {keys[x.get("key")]: x.text for x in n.findall(NS + "data")}
    if d.get("kind") == "letter" and d.get("in_corpus") == "true":
        s = set((d.get("sender") or "").split())
        conflict = "caucasus" if s & {"ARM", "AZE"} else "ukraine" if s & {"UKR", "RUS"} else None
        if conflict:
            side.setdefault(d["community"], set()).add(conflict)
assert side and all(len(v) == 1 for v in side.values()), side
assert {"caucasus", "ukraine"} <= set().union(*side.values()), side
PY
done

finish
