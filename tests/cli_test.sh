#!/usr/bin/env bash
# The command line as a user meets it: exit codes, messages on stderr,
# determinism whatever the file order, standard input, queries.
# usage: cli_test.sh PATH/TO/citegraph   (run from the project folder)
cg=$1
. "$(dirname "$0")/harness.sh"
expect_rc() { # expected-rc description command...
  local want=$1 what=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" -eq "$want" ]; then ok; else no "$what: exit $rc, want $want"; cat "$tmp/err"; fi
}
seeds=tests/corpus/seeds

expect_rc 2 "no command" "$cg"
expect_rc 2 "unknown command" "$cg" frobnicate
expect_rc 0 "--help" "$cg" --help
for c in build scan find top trace path related stats export; do
  expect_rc 0 "$c --help" "$cg" "$c" --help
  grep -q "usage: citegraph $c" "$tmp/out" && ok || no "$c --help prints its usage"
  expect_rc 0 "help $c" "$cg" help "$c"
  grep -q "usage: citegraph $c" "$tmp/out" && ok || no "help $c prints its usage"
done
expect_rc 0 "--version" "$cg" --version
grep -Eq '^citegraph [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" && ok || no "--version"

# the option parser: long and short forms, values glued or apart, options
# anywhere, -- before arguments
G=graphs/seeds.graphml
"$cg" top -g $G --limit 2 >"$tmp/a" && ok || no "--limit 2"
for form in "--limit=2" "-n2" "-n 2"; do
  "$cg" top $form -g $G >"$tmp/b" && cmp -s "$tmp/a" "$tmp/b" && ok || no "top $form is --limit 2"
done
"$cg" top -g$G -n 2 >"$tmp/b" && cmp -s "$tmp/a" "$tmp/b" && ok || no "-gFILE"
"$cg" trace 'S/RES/822(1993)' -g $G >"$tmp/a" && "$cg" trace -g $G -- 'S/RES/822(1993)' >"$tmp/b" &&
  cmp -s "$tmp/a" "$tmp/b" && ok || no "options after arguments, and --"
expect_rc 2 "a switch given a value" "$cg" top -g $G --articles=yes
grep -q "takes no value" "$tmp/err" && ok || no "--articles=yes said"
expect_rc 2 "a value missing at the end" "$cg" top -g $G --since
grep -q -- "--since needs a value (DATE)" "$tmp/err" && ok || no "missing value said"
expect_rc 2 "a long option with one dash" "$cg" top -g $G -limit 3
grep -q "did you mean --limit" "$tmp/err" && ok || no "-limit said"
expect_rc 2 "an option of another command" "$cg" top -g $G --from A/75/379
grep -q "option of citegraph trace" "$tmp/err" && ok || no "--from on top said"
expect_rc 2 "a choice misspelt" "$cg" top -g $G --by mention
grep -q "did you mean mentions" "$tmp/err" && ok || no "--by mention said"
expect_rc 2 "kind misspelt" "$cg" stats -g $G --kind resolution
grep -q "did you mean sc-resolution" "$tmp/err" && ok || no "--kind resolution said"
expect_rc 2 "since after until" "$cg" top -g $G --since 2022 --until 2021-06
grep -q "is after until" "$tmp/err" && ok || no "since after until said"
expect_rc 2 "-g and PATHs" "$cg" stats -g $G "$seeds"
expect_rc 2 "neither -g nor PATHs" "$cg" stats
expect_rc 2 "--completions tcsh" "$cg" --completions tcsh
expect_rc 2 "--json and --jsonl" "$cg" scan --json --jsonl "$seeds"
for c in build scan find top trace path related stats export; do
  "$cg" "$c" --bogus >/dev/null 2>"$tmp/err"
  [ $? -eq 2 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && ok || no "$c --bogus: one line, exit 2"
done

# a node named in words is named whole, never guessed from a beginning
expect_rc 1 "A/75/37 is not A/75/379" "$cg" trace -g $G A/75/37
grep -q "did you mean A/75/379" "$tmp/err" && ok || no "A/75/37: suggested, not taken"
expect_rc 2 "an empty --sender" "$cg" top -g $G --sender ''
expect_rc 2 "an empty --kind" "$cg" top -g $G --kind ,
expect_rc 2 "blank words to find" "$cg" find -g $G ' '

# the same answers whatever the threads and the order of the files
CITEGRAPH_JOBS=1 "$cg" top "$seeds" --json -n 0 >"$tmp/a" 2>/dev/null
CITEGRAPH_JOBS=4 "$cg" top $(ls "$seeds"/* | sort -r) --json -n 0 >"$tmp/b" 2>/dev/null
cmp -s "$tmp/a" "$tmp/b" && ok || no "top from PATHs depends on threads or order"
"$cg" find -g graphs/corpus.graphml charter --json >"$tmp/a" && "$cg" find -g graphs/corpus.graphml Charter --json >"$tmp/b" &&
  python3 -c 'import json,sys; a,b=(json.load(open(f)) for f in sys.argv[1:]); assert a["matches"]==b["matches"] and a["count"]>=5' "$tmp/a" "$tmp/b" &&
  ok || no "find folds case"
"$cg" find -g graphs/corpus.graphml 'résolution' --json >"$tmp/a" &&
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["count"]>0 and all("resolution" in (m["label"] or "").lower() or "res" in m["id"].lower() for m in d["matches"]), d["matches"][:3]' "$tmp/a" &&
  ok || no "find folds accents"
expect_rc 2 "build without PATH" "$cg" build
expect_rc 2 "build with an unknown option" "$cg" build --bogus "$seeds"
expect_rc 2 "top -n not a number" "$cg" top -n ten -g graphs/seeds.graphml

# a missing input: reported, the rest goes through, exit 1
expect_rc 1 "missing input" "$cg" build "$seeds/000_406827bfa2b56595.txt" "$tmp/nope.txt" -o "$tmp/g.graphml"
grep -q "citegraph: $tmp/nope.txt: No such file" "$tmp/err" && ok || no "missing input named"
grep -q "letter:2021-08-18:ARM" "$tmp/g.graphml" && ok || no "the good input is in the graph"

# invalid UTF-8: FILE:LINE:COL, exit 1, the others processed
printf 'first line\nab\xff\xfecd\n' >"$tmp/bad.txt"
expect_rc 1 "invalid UTF-8" "$cg" build "$tmp/bad.txt" "$seeds" -o "$tmp/g2.graphml"
grep -q "citegraph: $tmp/bad.txt:2:3: invalid UTF-8" "$tmp/err" && ok || { no "invalid UTF-8 located"; cat "$tmp/err"; }
[ "$(grep -c '<data key="in_corpus">true</data>' "$tmp/g2.graphml")" -eq 5 ] && ok || no "five letters despite the bad file"

: >"$tmp/empty.txt"
expect_rc 1 "empty file" "$cg" scan "$tmp/empty.txt"
grep -q "empty file" "$tmp/err" && ok || no "empty file said"
printf 'abc\0def' >"$tmp/bin.txt"
expect_rc 1 "binary file" "$cg" scan "$tmp/bin.txt"
grep -q "binary" "$tmp/err" && ok || no "binary file said"

# output path that is a folder: exit 1, said
mkdir "$tmp/dir.graphml"
expect_rc 1 "output is a folder" "$cg" build -q "$seeds" -o "$tmp/dir.graphml"
grep -q "dir.graphml" "$tmp/err" && ok || no "output folder named"

# same bytes whatever the order of the files
files=$(ls "$seeds"/* | sort)
rev=$(ls "$seeds"/* | sort -r)
"$cg" build -q $files -o "$tmp/a.graphml" && "$cg" build -q $rev -o "$tmp/b.graphml"
cmp -s "$tmp/a.graphml" "$tmp/b.graphml" && ok || no "output depends on file order"
cmp -s "$tmp/a.graphml" graphs/seeds.graphml && ok || no "folder and file list give different graphs"

# standard input
expect_rc 0 "stdin" sh -c "\"$cg\" build - -o \"$tmp/in.graphml\" < $seeds/002_6122059e6aca00ae.txt"
grep -q 'S_2FRES_2F822_281993_29' "$tmp/in.graphml" && ok || no "stdin letter scanned"
"$cg" build - < "$seeds/002_6122059e6aca00ae.txt" 2>/dev/null | grep -q '<graphml' && ok || no "GraphML on stdout"

# queries
expect_rc 0 "top" "$cg" top -g graphs/seeds.graphml -n 3
sed -n 2p "$tmp/out" | grep -Eq '^ +1 +4 +[0-9]+ +instrument:un-charter ' && ok || { no "top ranks the Charter first with 4 letters"; cat "$tmp/out"; }
expect_rc 0 "top --json" "$cg" top -g graphs/seeds.graphml --json
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r[0]["id"]=="instrument:un-charter" and r[0]["letters"]==4, r[0]' "$tmp/out" && ok || no "top --json"
expect_rc 0 "top from PATHs" "$cg" top "$seeds" -n 1
grep -q "instrument:un-charter" "$tmp/out" && ok || no "top from PATHs"
expect_rc 1 "top on a file that is not GraphML" "$cg" top -g "$seeds/000_406827bfa2b56595.txt"
expect_rc 0 "scan --json" "$cg" scan --json "$seeds/000_406827bfa2b56595.txt"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["documents"][0]; assert d["id"]=="letter:2021-08-18:ARM"; assert any(r["target"]=="instrument:un-charter/art.51" for r in d["references"])' "$tmp/out" && ok || no "scan --json"
# --unresolved: what no table resolves, with FILE:LINE:COL; what resolves is not listed
printf 'Letter dated 5 May 2021 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary-General\n\nThe Government of Cyprus recalls in this regard the statement by the President of the Security Council of 6 June 2018 and, as the Council did,\nthe statement by the President of the Security Council of 22 March 2015.\n' >"$tmp/prst.txt"
expect_rc 0 "scan --unresolved" "$cg" scan --unresolved "$tmp/prst.txt"
grep -q "prst.txt:3:49	sc-prst 2018-06-06	the statement by the President of the Security Council of 6 June 2018	several" "$tmp/out" &&
  [ "$(wc -l <"$tmp/out")" -eq 1 ] && ok || { no "scan --unresolved lists the statement of a day with two, only"; cat "$tmp/out"; }
expect_rc 0 "scan --unresolved --json" "$cg" scan --unresolved --json "$tmp/prst.txt"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); u=d["unresolved"]; assert len(u)==1 and u[0]["kind"]=="sc-prst" and u[0]["key"]=="2018-06-06" and u[0]["line"]==3, u' "$tmp/out" && ok || no "scan --unresolved --json"
expect_rc 0 "scan: the statement of a day with one" "$cg" scan "$tmp/prst.txt"
grep -q "S/PRST/2015/8" "$tmp/out" && ! grep -q "2018/1[12]" "$tmp/out" && ok || no "scan resolves the statement of 22 March 2015, not those of 6 June 2018"
expect_rc 2 "--unresolved and --jsonl" "$cg" scan --unresolved --jsonl "$tmp/prst.txt"
# a General Assembly or Human Rights Council resolution cited by number and year: unresolved, never S/RES
printf 'Recalling General Assembly resolution 1325 (2000) and Human Rights Council resolution 2334 (2016),\nand Security Council resolution 2334 (2016),\n' >"$tmp/gay.txt"
expect_rc 0 "scan --unresolved --json: resolutions with a year" "$cg" scan --unresolved --json "$tmp/gay.txt"
python3 -c 'import json,sys; u=json.load(open(sys.argv[1]))["unresolved"]; assert [(x["kind"], x["key"], x["line"]) for x in u]==[("ga-resolution","1325(2000)",1),("resolution","2334(2016)",1)], u' "$tmp/out" && ok || no "scan --unresolved --json lists the Assembly's and the Council's resolutions with a year"
expect_rc 0 "scan: resolutions with a year" "$cg" scan "$tmp/gay.txt"
grep -q "S/RES/2334(2016)" "$tmp/out" && ! grep -q "S/RES/1325" "$tmp/out" && [ "$(grep -c S/RES "$tmp/out")" -eq 1 ] && ok || { no "scan: only the Security Council's resolution 2334 (2016) is S/RES"; cat "$tmp/out"; }
# the writer's own letter said by a clause ("the letter I addressed to you on …"): its text and line are its own
printf 'Letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General\n\nI refer to the letter I addressed to you on 3 March 2022.\n\nFurther to my letter dated 5 March 2022, I write.\n' >"$tmp/mine.txt"
expect_rc 0 "scan: the writer's letter said by a clause" "$cg" scan "$tmp/mine.txt"
grep -q "$(printf 'mine.txt:3:16\tletter:2022-03-03:ARM\tletter I addressed to you on 3 March 2022$')" "$tmp/out" && ok || { no "scan: 'the letter I addressed to you on 3 March 2022' at its own line and text"; cat "$tmp/out"; }
expect_rc 0 "build --json" "$cg" build --json "$seeds" -o "$tmp/j.graphml"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["files"]==5 and d["problems"]==0' "$tmp/out" && ok || no "build --json summary"

# a user registry
cat >"$tmp/reg.json" <<'JSON'
{"instruments": [{"id": "instrument:baku-declaration-2019", "label": {"zh": "巴库宣言", "en": "Baku Declaration"},
  "titles": {"zh": ["巴库宣言"], "en": ["Baku Declaration"]}}]}
JSON
expect_rc 0 "--registry" "$cg" scan -r "$tmp/reg.json" "$seeds/001_dac56ef26cf31a19.txt"
grep -q "instrument:baku-declaration-2019" "$tmp/out" && ok || no "--registry entry used"
printf '{"instruments": [ {"id": 3} ]}' >"$tmp/badreg.json"
expect_rc 2 "malformed --registry" "$cg" scan -r "$tmp/badreg.json" "$seeds/001_dac56ef26cf31a19.txt"
printf '{"instruments": [\n  {"id": "x",}\n]}' >"$tmp/badjson.json"
expect_rc 2 "invalid JSON --registry" "$cg" scan -r "$tmp/badjson.json" "$seeds/001_dac56ef26cf31a19.txt"
grep -q "badjson.json:2:" "$tmp/err" && ok || { no "registry error located"; cat "$tmp/err"; }

# manifests: what a catalogue knows beats the header
printf 'file,symbol,date,sender\n000_406827bfa2b56595.txt,A/75/1000-S/2021/700,2021-08-18,ARM\n' >"$tmp/m.csv"
expect_rc 0 "--manifest CSV" "$cg" build -q -m "$tmp/m.csv" "$seeds" -o "$tmp/m.graphml"
grep -q '<data key="symbols">A/75/1000 S/2021/700</data>' "$tmp/m.graphml" && ok || no "manifest symbol applied"
printf '[{"file": "004_3ced533688fc3dbb.txt", "symbol": "A/75/900-S/2021/400"}]' >"$tmp/m.json"
expect_rc 0 "--manifest JSON" "$cg" build -q -m "$tmp/m.json" "$seeds" -o "$tmp/mj.graphml"
grep -q '<data key="name">A/75/900</data>' "$tmp/mj.graphml" && ok || no "JSON manifest applied"
printf '[{"symbol": "x"}]' >"$tmp/bad-m.json"
expect_rc 2 "manifest entry without file" "$cg" build -q -m "$tmp/bad-m.json" "$seeds" -o "$tmp/x.graphml"

# a letter citing a document dated after it: warned, flagged, kept
printf '2020 年 10 月 1 日阿塞拜疆常驻联合国代表给秘书长的信\n\n 见 S/2022/5。\n' >"$tmp/late.txt"
expect_rc 0 "anachronism" "$cg" build "$tmp/late.txt" -o "$tmp/late.graphml"
grep -q "warning: .*cites S/2022/5, dated after it" "$tmp/err" && ok || no "anachronism warned"
grep -q '<data key="anachronism">true</data>' "$tmp/late.graphml" && ok || no "anachronism flagged"
# many: the first 100 one by one, then one line counting the rest
{ printf '2020 年 10 月 1 日阿塞拜疆常驻联合国代表给秘书长的信\n\n 见 '
  for k in $(seq 1 130); do printf 'S/2030/%d、' "$k"; done; printf 'S/2030/131。\n'; } >"$tmp/late130.txt"
expect_rc 0 "131 anachronisms" "$cg" build "$tmp/late130.txt" -o "$tmp/late130.graphml"
[ "$(grep -c 'dated after it$' "$tmp/err")" -eq 100 ] && grep -q '^citegraph: warning: and 31 more citations of documents dated after' "$tmp/err" &&
  [ "$(grep -c '<data key="anachronism">true</data>' "$tmp/late130.graphml")" -eq 131 ] && ok || { no "131 anachronisms: 100 lines and a count"; head -3 "$tmp/err"; }

# the second symbol of a corpus letter's joint masthead is that letter
printf ' 联合国   A/75/379–S/2020/965\n\n2020 年 10 月 1 日阿塞拜疆常驻联合国代表给秘书长的信\n\n 见 A/74/1。\n' >"$tmp/j1.txt"
printf '2020 年 10 月 5 日亚美尼亚常驻联合国代表给秘书长的信\n\n 见 S/2020/965。\n' >"$tmp/j2.txt"
"$cg" build -q "$tmp/j1.txt" "$tmp/j2.txt" -o "$tmp/j.graphml"
! grep -q '<data key="name">S/2020/965</data>' "$tmp/j.graphml" && grep -q 'source="letter:2020-10-05:ARM" target="A_2F75_2F379"' "$tmp/j.graphml" && ok || no "joint symbols merged across letters"

# --lang: every file read in one language (build and scan), the letter's
# language follows it; a language citegraph does not read is refused
printf '    J'"'"'ai l'"'"'honneur de me référer à la résolution 822 (1993) du Conseil\nde sécurité et à la résolution 1701 (2006).\n' >"$tmp/fr.txt"
"$cg" scan --json "$tmp/fr.txt" >"$tmp/lang.json" && grep -q '"language": "fr"' "$tmp/lang.json" &&
  grep -q 'S/RES/822(1993)' "$tmp/lang.json" && ok || no "a French letter detected as French"
"$cg" scan --json --lang en "$tmp/fr.txt" >"$tmp/lang.json" && grep -q '"language": "en"' "$tmp/lang.json" &&
  ! grep -q 'S/RES/822(1993)' "$tmp/lang.json" && ok || no "scan --lang en reads the letter with the English grammar"
"$cg" build -q --lang es "$tmp/fr.txt" -o "$tmp/lang.graphml" && grep -q '<data key="languages">es</data>' "$tmp/lang.graphml" &&
  ok || no "build --lang es: the letter's language is es"
expect_rc 2 "scan --lang de refused" "$cg" scan --lang de "$tmp/fr.txt"
grep -q -- "--lang takes zh, en, fr" "$tmp/err" && ok || no "scan --lang de: the languages said"
# labels: a letter's from its date and senders, its title kept whole;
# --label-lang gives every label in one language; 60 columns at most
"$cg" build -q "$seeds" -o "$tmp/zh.graphml"
grep -q '<data key="label">2022年9月13日亚美尼亚的信</data>' "$tmp/zh.graphml" && ok || no "Chinese letter label from its date and sender"
grep -q '<data key="title">2022 年 9 月 13 日亚美尼亚常驻联合国代表给秘书长的信</data>' "$tmp/zh.graphml" && ok || no "letter title kept whole"
expect_rc 0 "build --label-lang en" "$cg" build -q --label-lang en "$seeds" -o "$tmp/en.graphml"
grep -q '<data key="label">Letter dated 13 September 2022 from Armenia</data>' "$tmp/en.graphml" && ok || no "letter label in English"
grep -q '<data key="label">Security Council resolution 822 (1993)</data>' "$tmp/en.graphml" && ok || no "resolution label in English"
grep -q '<data key="label">Charter of the United Nations</data>' "$tmp/en.graphml" && ok || no "registry title in English"
! grep -q '<data key="label">联合国宪章</data>' "$tmp/en.graphml" && ok || no "no Chinese registry title left with --label-lang en"
"$cg" export -g "$tmp/zh.graphml" --label-lang en -o "$tmp/en2.graphml" 2>/dev/null
cmp -s "$tmp/en.graphml" "$tmp/en2.graphml" && ok || no "export --label-lang en gives the bytes of build --label-lang en"
COLUMNS=200 "$cg" top -g "$tmp/zh.graphml" --label-lang en -n 3 >"$tmp/top.txt" 2>&1
grep -q "Charter of the United Nations" "$tmp/top.txt" && ok || no "top --label-lang en"
expect_rc 2 "--label-lang de" "$cg" top -g "$tmp/zh.graphml" --label-lang de
[ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "^citegraph: top: --label-lang takes zh, en" "$tmp/err" && ok || no "--label-lang de said in one line"
expect_rc 2 "build --label-lang de before scanning" "$cg" build -q --label-lang de "$seeds" -o "$tmp/de.graphml"
[ ! -e "$tmp/de.graphml" ] && ok || no "nothing written for a bad --label-lang"
python3 - "$tmp/zh.graphml" "$tmp/en.graphml" graphs/corpus.graphml <<'PY' && ok || no "labels of 60 columns at most, the whole in title"
import sys, unicodedata, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
bad = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter("{%s}key" % ns["g"])}
    for n in root.iter("{%s}node" % ns["g"]):
        d = {keys[x.get("key")]: x.text or "" for x in n.findall("g:data", ns)}
        l = d.get("label", "")
        if width(l) > 60:
            print("too wide:", path, l); bad += 1
        if l.endswith("\u2026") and not d.get("title", "").startswith(l[:-1].rstrip(" ,;:")[:10]):
            print("cut without its title:", path, l); bad += 1
sys.exit(1 if bad else 0)
PY

finish
