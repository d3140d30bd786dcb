#!/usr/bin/env bash
# The queries on the sample letters: golden results a reader can check
# against the letters themselves.
# usage: query_test.sh PATH/TO/citegraph GRAPH   (run from the project folder)
cg=$1 G=$2
. "$(dirname "$0")/harness.sh"
json() { "$py" -c "import json,sys; d=json.load(open('$tmp/out')); $1" && ok || { no "$2"; head -c 2000 "$tmp/out"; echo; }; }

# top: the Charter first, cited by 4 letters, contested (ARM and AZE)
"$cg" top -g "$G" --json >"$tmp/out" && ok || no "top runs"
json 'assert d[0]["id"]=="instrument:un-charter" and d[0]["letters"]==4 and d[0]["contested"], d[0]' "top: Charter first with 4 letters"
"$cg" top -g "$G" --json --sender AZE >"$tmp/out"
json 'assert all([s["sender"] for s in r["senders"]]==["AZE"] for r in d), d; assert d[0]["id"].startswith("S/RES/"), d[0]' "top --sender AZE"
"$cg" top -g "$G" --json --kind sc-resolution -n 0 >"$tmp/out"
json 'assert sorted(r["id"] for r in d)==["S/RES/822(1993)","S/RES/853(1993)","S/RES/874(1993)","S/RES/884(1993)"], d' "top --kind sc-resolution"
"$cg" top -g "$G" --json --since 2021-06-01 >"$tmp/out"
json 'assert d[0]["id"]=="instrument:un-charter" and d[0]["letters"]==2, d[0]' "top --since counts only later letters"
"$cg" top -g "$G" --json --until 2021-02 -n 0 >"$tmp/out"
json 'assert {r["id"] for r in d} >= {"S/RES/822(1993)","instrument:iccpr"}, d; assert all(r["letters"]<=2 for r in d)' "top --until a month"
"$cg" top -g "$G" --json --articles --kind article >"$tmp/out"
json 'assert d[0]["id"]=="instrument:un-charter/art.51" and d[0]["letters"]==2, d[0]' "top --articles: Article 51 first"
"$cg" top -g "$G" --json --by mentions -n 1 >"$tmp/out"
json 'assert d[0]["id"]=="instrument:un-charter", d' "top --by mentions"

# trace: Article 51, the two Armenian letters in date order, with sentences
"$cg" trace -g "$G" --json 'instrument:un-charter/art.51' >"$tmp/out" && ok || no "trace runs"
json 'c=d["citations"]; assert [x["date"] for x in c]==["2021-08-18","2022-09-13"], c; assert all("第五十一条" in x["sentences"][0] for x in c)' "trace art.51"
"$cg" trace -g "$G" 'instrument:un-charter/art.51' >"$tmp/out"
grep -q '^2021-08-18  ARM' "$tmp/out" && ok || no "trace table"
"$cg" trace -g "$G" --json 'S/RES/822(1993)' >"$tmp/out"
json 'c=d["citations"]; assert [(x["letter"],x["senders"]) for x in c]==[("A/75/379",["AZE"]),("letter:2021-05-15:AZE",["AZE"])], c' "trace S/RES/822(1993): the two Azerbaijani letters"
"$cg" trace -g "$G" --json 'instrument:un-charter' >"$tmp/out"
json 'c=d["citations"]; assert len({x["letter"] for x in c})==4; assert any(x["cites"]=="instrument:un-charter/art.51" for x in c)' "trace rolls articles into their instrument"
"$cg" trace -g "$G" --json --from letter:2021-08-18:ARM >"$tmp/out"
json 'ids=[r["id"] for r in d["references"]]; assert "A/75/693" in ids and "instrument:un-charter/art.51" in ids, ids' "trace --from"
"$cg" trace -g "$G" 'S/RES/8222(1993)' >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "did you mean S/RES/822(1993)" "$tmp/err" && ok || { no "unknown id suggests"; cat "$tmp/err"; }

# path, related, stats
"$cg" path -g "$G" --json letter:2021-08-18:ARM instrument:un-charter >"$tmp/out"
json 'assert d["paths"]==[["letter:2021-08-18:ARM","instrument:un-charter/art.51","instrument:un-charter"]] or ["letter:2021-08-18:ARM","instrument:un-charter"] in d["paths"], d' "path letter -> Charter"
"$cg" path -g "$G" --json 'S/RES/822(1993)' 'S/RES/853(1993)' >"$tmp/out"
json 'assert not d["directed"] and len(d["paths"])==2 and all(len(p)==3 for p in d["paths"]), d' "path between co-cited resolutions, ignoring direction"
"$cg" related -g "$G" --json 'S/RES/822(1993)' >"$tmp/out"
json 'r={x["id"]:x["together"] for x in d["related"]}; assert r["S/RES/853(1993)"]==2 and d["relation"]=="co-citation", d' "related: co-citation"
"$cg" related -g "$G" --json A/75/379 >"$tmp/out"
json 'r=d["related"][0]; assert r["id"]=="letter:2021-05-15:AZE" and r["shared"]==4, d' "related: bibliographic coupling"
"$cg" stats -g "$G" --json >"$tmp/out"
json 'assert d["senders"]=={"ARM":3,"AZE":2} and d["kinds"]["letter"]>=5 and d["top"]["in_degree"][0]["id"]=="instrument:un-charter" and d["communities"]' "stats"
for c in trace path related stats; do
  "$cg" $c --help >"$tmp/out" && grep -q "usage: citegraph $c" "$tmp/out" && ok || no "$c --help"
done
"$cg" trace >/dev/null 2>&1; [ $? -eq 2 ] && ok || no "trace without ID is a usage error"

finish
