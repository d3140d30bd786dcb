#!/usr/bin/env bash
# Hostile and messy input, one case per row: what citegraph must answer
# (exit code, message), and that the rest of the corpus still goes through.
# usage: bad_input_test.sh PATH/TO/citegraph   (run from the project folder)
cg=$1
. "$(dirname "$0")/harness.sh"
good=tests/corpus/seeds/000_406827bfa2b56595.txt

# case FILE WANT_RC STDERR_PATTERN [REFERENCE_THAT_MUST_BE_FOUND]
case_() {
  local name=$1 file=$2 want=$3 pat=$4 ref=${5:-}
  "$cg" build "$file" "$good" -o "$tmp/out.graphml" >"$tmp/o" 2>"$tmp/e"
  local rc=$?
  if [ "$rc" -ne "$want" ]; then no "$name: exit $rc, want $want"; cat "$tmp/e"; return; fi
  if [ -n "$pat" ] && ! grep -Eq "$pat" "$tmp/e"; then no "$name: stderr lacks /$pat/"; cat "$tmp/e"; return; fi
  if ! grep -q 'letter:2021-08-18:ARM' "$tmp/out.graphml"; then no "$name: the good letter is lost"; return; fi
  if [ -n "$ref" ] && ! grep -q "<data key=\"name\">$ref</data>" "$tmp/out.graphml"; then no "$name: $ref not found"; return; fi
  ok
}

printf '见 S/2020/1307。\nab\xc3\x28cd\n' >"$tmp/invalid.txt"
case_ "invalid UTF-8" "$tmp/invalid.txt" 1 "invalid.txt:2:3: invalid UTF-8"
printf 'text\0more' >"$tmp/nul.txt"
case_ "NUL byte" "$tmp/nul.txt" 1 "nul.txt:1:5: binary"
head -c 4096 /dev/urandom >"$tmp/random.txt"
case_ "binary file" "$tmp/random.txt" 1 "random.txt(:[0-9]+:[0-9]+)?: (binary|invalid UTF-8)"
: >"$tmp/empty.txt"
case_ "empty file" "$tmp/empty.txt" 1 "empty.txt: empty file"
printf ' \n\t\n　\n' >"$tmp/blank.txt"
case_ "white space only" "$tmp/blank.txt" 1 "blank.txt: no text"
printf '\xef\xbb\xbf见安全理事会第 822(1993)号决议。\n' >"$tmp/bom.txt"
case_ "UTF-8 with BOM" "$tmp/bom.txt" 0 "" 'S/RES/822(1993)'
printf '见安全理事会第 853(1993)号决议。\r\n第二行\r\n' >"$tmp/crlf.txt"
case_ "CRLF line ends" "$tmp/crlf.txt" 0 "" 'S/RES/853(1993)'
printf '见安全理事会第 874(1993)号决议。\n' | iconv -f UTF-8 -t UTF-16 >"$tmp/utf16.txt"
case_ "UTF-16 with BOM" "$tmp/utf16.txt" 0 "read as UTF-16" 'S/RES/874(1993)'
{ printf '\xfe\xff'; printf '见安全理事会第 884(1993)号决议。\n' | iconv -f UTF-8 -t UTF-16BE; } >"$tmp/utf16be.txt"
case_ "UTF-16BE with BOM" "$tmp/utf16be.txt" 0 "read as UTF-16BE" 'S/RES/884(1993)'
printf '见安全理事会第 2254(2015)号决议和《联合国宪章》。\n' | iconv -f UTF-8 -t GB18030 >"$tmp/gbk.txt"
case_ "GB18030 Chinese" "$tmp/gbk.txt" 0 "gbk.txt: read as GB18030" 'S/RES/2254(2015)'
printf '<html><body><p>见 <a href="https://undocs.org/zh/S/RES/1325(2000)">第 1325(2000)号决议</a><div><p>unclosed <b>tags <i>and <table><tr><td>S/2019/1\n' >"$tmp/broken.html"
case_ "malformed HTML" "$tmp/broken.html" 0 "" 'S/RES/1325(2000)'
printf '<html><head><script>var x = "S/2099/1";</script><style>p{}</style></head><body><p>S/2020/5</p></body></html>' >"$tmp/script.html"
"$cg" scan "$tmp/script.html" >"$tmp/o" 2>&1
grep -q 'S/2020/5' "$tmp/o" && ! grep -q 'S/2099/1' "$tmp/o" && ok || no "HTML: scripts dropped, text kept"
printf '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><html><body><p>&e; S/2020/6</p></body></html>' >"$tmp/xxe.html"
"$cg" scan "$tmp/xxe.html" >"$tmp/o" 2>&1
! grep -q 'root:' "$tmp/o" && ok || no "HTML: no external entities"

# a long line without a break (50 MB here; 1 GiB is the limit)
{ printf '见安全理事会第 822(1993)号决议。'; head -c 50000000 /dev/zero | tr '\0' 'x'; } >"$tmp/long.txt"
case_ "50 MB without a line break" "$tmp/long.txt" 0 "" 'S/RES/822(1993)'

# many tiny files
mkdir "$tmp/many"
for i in $(seq 1 2000); do printf '2020 年 1 月 %d 日亚美尼亚常驻联合国代表给秘书长的信\n\n 见 S/2020/%d。\n' $((i % 28 + 1)) "$i" >"$tmp/many/$i.txt"; done
"$cg" build -q "$tmp/many" -o "$tmp/many.graphml" 2>"$tmp/e"
[ $? -eq 0 ] && [ "$(grep -c '<data key="name">S/2020/' "$tmp/many.graphml")" -eq 2000 ] && ok || no "2000 tiny files"

# a symbolic link loop, an unreadable file, an output path that is a folder
mkdir -p "$tmp/loop/sub" && ln -s .. "$tmp/loop/sub/up" && cp "$good" "$tmp/loop/"
"$cg" build "$tmp/loop" -o "$tmp/loop.graphml" >"$tmp/o" 2>"$tmp/e"
[ $? -eq 1 ] && grep -q "folder loop" "$tmp/e" && grep -q 'letter:2021-08-18:ARM' "$tmp/loop.graphml" && ok || { no "symbolic link loop"; cat "$tmp/e"; }
cp "$good" "$tmp/locked.txt" && chmod 000 "$tmp/locked.txt"
if [ "$(id -u)" -eq 0 ]; then
  echo "skipped: unreadable file (root reads everything)"
else
  case_ "unreadable file" "$tmp/locked.txt" 1 "locked.txt: cannot open: Permission denied"
fi
mkdir "$tmp/out.d"
"$cg" build -q "$good" -o "$tmp/out.d" 2>"$tmp/e"
[ $? -eq 1 ] && grep -q "out.d: is a folder" "$tmp/e" && ok || { no "output is a folder"; cat "$tmp/e"; }

# a failed write leaves the previous output intact
"$cg" build -q "$good" -o "$tmp/keep.graphml"
cp "$tmp/keep.graphml" "$tmp/keep.before"
chmod 500 "$tmp" 2>/dev/null
if [ "$(id -u)" -ne 0 ]; then
  "$cg" build -q tests/corpus/seeds -o "$tmp/keep.graphml" 2>"$tmp/e2"
  [ $? -eq 1 ] && cmp -s "$tmp/keep.graphml" "$tmp/keep.before" && ok || no "failed write keeps the old file"
else
  echo "skipped: a folder root cannot be kept out of"
fi
chmod 700 "$tmp"
# (a full device of our own, made with mknod in the test's folder: never
# the system's /dev/full)
if mknod "$tmp/full" c 1 7 2>/dev/null; then
  "$cg" build -q "$good" -o - >"$tmp/full" 2>"$tmp/e"
  [ $? -eq 1 ] && grep -q "standard output" "$tmp/e" && ok || { no "full disk on standard output"; cat "$tmp/e"; }
  rm -f "$tmp/full"
else
  echo "skipped: full disk on standard output (mknod is not permitted here)"
fi

# --strict: any problem is a failure, nothing is written
"$cg" build --strict "$tmp/invalid.txt" "$good" -o "$tmp/strict.graphml" 2>"$tmp/e"
[ $? -eq 1 ] && [ ! -e "$tmp/strict.graphml" ] && grep -q "nothing written" "$tmp/e" && ok || no "--strict"
# the summary names what was skipped and why
"$cg" build "$tmp/invalid.txt" "$tmp/empty.txt" "$good" -o "$tmp/s.graphml" 2>"$tmp/e"
grep -q "2 of 3 files skipped (.*1 empty file.*)" "$tmp/e" && ok || { no "summary of skipped files"; cat "$tmp/e"; }
# PDF and Word problems are named in the summary too, not counted as "other"
fm=$PWD/tests/formats
printf '%%PDF-1.4\ngarbage\n' >"$tmp/damaged.pdf"
"$cg" build "$tmp/damaged.pdf" "$fm/encrypted.pdf" "$fm/scanned.pdf" "$good" -o "$tmp/s.graphml" 2>"$tmp/e"
grep -Fxq "citegraph: 3 of 4 files skipped (1 PDF without a text layer, 1 damaged PDF, 1 encrypted PDF)" "$tmp/e" &&
  ok || { no "summary of PDF problems"; cat "$tmp/e"; }

finish
