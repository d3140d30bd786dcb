#!/bin/sh
# gen_tables_test.sh GEN_TABLES: the table generator stops the build on a
# Security Council table that is out of order, has a duplicate, a year that
# is not plausible or a statement dated outside its year, naming FILE:LINE.
# Run from the project folder.
set -u
gen=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
d=src/data
run() { # what expected-message res.tsv prst.tsv
    what=$1 want=$2
    if "$gen" "$tmp/out.c" $d/registry.json $d/countries.json "$3" "$4" 2>"$tmp/err"; then
        echo "FAIL: $what: accepted"; fails=$((fails + 1))
    elif ! grep -q -- "$want" "$tmp/err"; then
        echo "FAIL: $what: the message does not say '$want':"; cat "$tmp/err"; fails=$((fails + 1))
    fi
}
"$gen" "$tmp/out.c" $d/registry.json $d/countries.json $d/sc-resolutions.tsv $d/sc-prst.tsv ||
    { echo "FAIL: the tables of src/data are refused"; exit 1; }
# two resolutions swapped
awk 'NR==3{l=$0; next} NR==4{print; print l; next} {print}' $d/sc-resolutions.tsv >"$tmp/swap.tsv"
run "resolutions out of order" "swap.tsv: 3: number 3 where 2 was due" "$tmp/swap.tsv" $d/sc-prst.tsv
# a year going back
awk -F'\t' 'BEGIN{OFS="\t"} NR==101{$2=1946} {print}' $d/sc-resolutions.tsv >"$tmp/year.tsv"
run "a year before the one of the resolution before" "101: year 1946 of S/RES/100" "$tmp/year.tsv" $d/sc-prst.tsv
# a duplicate statement
awk 'NR==3{print} {print}' $d/sc-prst.tsv >"$tmp/dup.tsv"
run "a statement twice" "4: S/PRST/1994/2 after S/PRST/1994/2" $d/sc-resolutions.tsv "$tmp/dup.tsv"
# a statement dated in another year
awk -F'\t' 'BEGIN{OFS="\t"} NR==2{$2="1995-01-07"} {print}' $d/sc-prst.tsv >"$tmp/date.tsv"
run "a statement dated outside its year" "2: date \"1995-01-07\" of S/PRST/1994/1" $d/sc-resolutions.tsv "$tmp/date.tsv"
[ $fails = 0 ] && echo "ok: gen_tables checks the Security Council tables"
exit $((fails > 0))
