#!/usr/bin/env bash
# What citegraph reads, one case per row: files that are not regular files
# (FIFOs, devices, sockets), sizes known before reading, encodings named
# right, file names kept as they are in ids and escaped in messages.
# Every command runs under `timeout 10` (CITEGRAPH_TEST_TIMEOUT seconds: the
# sanitizer builds give 40): a read that blocks fails the row instead of
# hanging the suite.
# usage: input_test.sh PATH/TO/citegraph [devices]   (run from the project folder)
#   devices: only the rows that need mknod (root); exit 77 without it
limit_s=${CITEGRAPH_TEST_TIMEOUT:-10}
cg=$1
mode=${2:-main}
shim=${3:+$(cd "$(dirname "$3")" && pwd)/$(basename "$3")} # tests/test_shim.c
. "$(dirname "$0")/harness.sh"
good=$PWD/tests/corpus/seeds/000_406827bfa2b56595.txt
d=$tmp/in
mkdir "$d"

# Under AddressSanitizer the address space cannot be limited; elsewhere a
# limit of 400 MB shows that a 1.5 GB file or an endless device is refused
# without being read into memory.
limit=400000
if ldd "$cg" 2>/dev/null | grep -q libasan; then limit=unlimited; fi

# row NAME WANT_RC MESSAGE COMMAND...: runs COMMAND in $d (stdout in $tmp/o,
# stderr in $tmp/e).  MESSAGE is a line stderr must hold exactly, or
# ~REGEX for a pattern, or "" for none; ESC bytes never reach stderr.
row() {
  local name=$1 want=$2 msg=$3
  shift 3
  (cd "$d" && ulimit -v "$limit" && timeout "$limit_s" "$@") >"$tmp/o" 2>"$tmp/e"
  local rc=$?
  if [ "$rc" -eq 124 ]; then no "$name: still reading after 10 s"; return 1; fi
  if [ "$rc" -ne "$want" ]; then no "$name: exit $rc, want $want"; cat "$tmp/e"; return 1; fi
  if [ -n "$msg" ]; then
    if [ "${msg#\~}" != "$msg" ]; then
      grep -Eq -- "${msg#\~}" "$tmp/e" || { no "$name: stderr lacks /${msg#\~}/"; cat "$tmp/e"; return 1; }
    else
      grep -Fxq -- "$msg" "$tmp/e" || { no "$name: stderr lacks the line: $msg"; cat "$tmp/e"; return 1; }
    fi
  fi
  if grep -q "$(printf '\033')" "$tmp/e"; then no "$name: an escape character reached the terminal"; return 1; fi
  ok
}
# has NAME PATTERN FILE: one more check on what the last row wrote
has() { grep -Eq -- "$2" "$3" && ok || { no "$1: /$2/ not in $(basename "$3")"; cat "$3"; }; }
hasnt() { ! grep -Eq -- "$2" "$3" && ok || { no "$1: /$2/ in $(basename "$3")"; }; }
# the good letter, built with a bad input, still reaches the graph
kept() { has "$1: the good letter" 'letter:2021-08-18:ARM' "$d/g.graphml"; }

special="not a regular file: not read (--follow-special reads it to its end)"

if [ "$mode" = devices ]; then
  # ---- devices: made here, never the system's own ---------------------
  if [ "$(id -u)" -ne 0 ]; then echo "skipped: mknod needs root"; exit 77; fi
  if ! mknod "$d/zero.txt" c 1 5 2>/dev/null; then echo "skipped: mknod refused here"; exit 77; fi
  row "character device by name" 1 "citegraph: zero.txt: a character device, $special" \
    "$cg" build zero.txt "$good" -o g.graphml && kept "character device"
  row "character device, scan" 1 "citegraph: zero.txt: a character device, $special" "$cg" scan zero.txt
  row "character device, a query" 1 "citegraph: zero.txt: a character device, $special" "$cg" stats zero.txt "$good"
  mkdir "$d/dev" && mknod "$d/dev/null.txt" c 1 3 && mknod "$d/dev/zero" c 1 5 && cp "$good" "$d/dev/"
  row "devices inside a folder" 0 \
    "citegraph: 2 special files skipped (FIFOs, devices or sockets inside folders, such as dev/null.txt)" \
    "$cg" build dev -o g.graphml && kept "devices inside a folder"
  # a block device (a loop device's numbers; never opened as one exists)
  if mknod "$d/blk.txt" b 7 200 2>/dev/null; then
    row "block device by name" 1 "~^citegraph: blk.txt: a block device, not a regular file: not read" "$cg" scan blk.txt
  fi
  finish
  exit
fi

# ---- FIFOs and sockets --------------------------------------------------
mkfifo "$d/fifo.txt"
row "FIFO by name" 1 "citegraph: fifo.txt: a FIFO (named pipe), $special" \
  "$cg" build fifo.txt "$good" -o g.graphml && kept "FIFO"
row "FIFO by name, scan" 1 "citegraph: fifo.txt: a FIFO (named pipe), $special" "$cg" scan fifo.txt
row "FIFO as the only input, a query" 1 "citegraph: fifo.txt: a FIFO (named pipe), $special" "$cg" top fifo.txt
row "FIFO, summary" 1 "citegraph: 1 of 2 files skipped (1 not a regular file)" \
  "$cg" build fifo.txt "$good" -o g.graphml
# --follow-special: read to the end, the writer coming before or after
# (the writer gives up after 10 s too, should no reader come)
writer() { timeout "$limit_s" bash -c 'sleep "$1"; printf "See %s.\n" "$2" >"$3"' _ "$@"; }
writer 0.3 S/2020/1307 "$d/fifo.txt" &
row "FIFO with --follow-special" 0 "" "$cg" scan --follow-special fifo.txt &&
  has "FIFO read" '^fifo.txt:1:5	S/2020/1307	' "$tmp/o"
wait
writer 0 S/2020/1308 "$d/fifo.txt" &
row "FIFO with --follow-special, build" 0 "" "$cg" build -q --follow-special fifo.txt -o g.graphml &&
  has "FIFO built" '>S/2020/1308<' "$d/g.graphml"
wait
row "process substitution refused" 1 "~^citegraph: /dev/fd/[0-9]+: a FIFO \(named pipe\), not a regular file: not read \(--follow-special reads it to its end\)$" \
  bash -c "exec \"\$0\" scan <(printf 'See S/2020/1309.\n')" "$cg"
row "process substitution with --follow-special" 0 "" \
  bash -c "exec \"\$0\" scan --follow-special <(printf 'See S/2020/1309.\n')" "$cg" &&
  has "process substitution read" 'S/2020/1309' "$tmp/o"
row "standard input, a pipe" 0 "" bash -c "printf 'See S/2020/1310.\n' | \"\$0\" scan -" "$cg" &&
  has "standard input read" '^-:1:5	S/2020/1310	' "$tmp/o"
row "standard input, a file" 0 "" bash -c "\"\$0\" scan - <\"\$1\"" "$cg" "$good" &&
  has "standard input, a file, read" 'letter:2021-08-18:ARM' "$tmp/o"
"$py" -c 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$d/sock.txt"
row "socket by name" 1 "citegraph: sock.txt: a socket, not a regular file: not read" \
  "$cg" build sock.txt "$good" -o g.graphml && kept "socket"
mkdir "$d/mixed" && mkfifo "$d/mixed/a-pipe.txt" && cp "$good" "$d/mixed/" &&
  "$py" -c 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$d/mixed/b.sock"
row "FIFO and socket inside a folder" 0 \
  "citegraph: 2 special files skipped (FIFOs, devices or sockets inside folders, such as mixed/a-pipe.txt)" \
  "$cg" build --follow-special mixed -o g.graphml && kept "FIFO inside a folder"
row "inside a folder, scan" 0 \
  "citegraph: 2 special files skipped (FIFOs, devices or sockets inside folders, such as mixed/a-pipe.txt)" \
  "$cg" scan mixed

# ---- sizes from fstat ---------------------------------------------------
truncate -s 1500M "$d/sparse.txt"
row "sparse 1.5 GB file, refused unread" 1 "citegraph: sparse.txt: larger than 1024 MiB: not a letter" \
  "$cg" build sparse.txt "$good" -o g.graphml && kept "sparse file"
rm -f "$d/sparse.txt"
limit=unlimited

# ---- encodings ----------------------------------------------------------
L='见安全理事会第 822(1993)号决议。\nSee resolution 2625 (XXV).\n'
enc() { printf "$L" | iconv -f UTF-8 -t "$1"; }
enc UTF-32 >"$d/u32.txt"                                   # iconv writes LE with a BOM
{ printf '\0\0\xfe\xff'; enc UTF-32BE; } >"$d/u32be.txt"
enc UTF-32LE >"$d/u32le-nobom.txt"
enc UTF-32BE >"$d/u32be-nobom.txt"
enc UTF-16LE >"$d/u16le-nobom.txt"
enc UTF-16BE >"$d/u16be-nobom.txt"
iconv -f UTF-8 -t UTF-16LE "$good" >"$d/seed-u16le.txt"
printf 'Dear Sir, see S/2020/1307.\n' | iconv -t UTF-16LE >"$d/en-u16le.txt"
for f in u32:UTF-32LE u32be:UTF-32BE u32le-nobom:UTF-32LE u32be-nobom:UTF-32BE \
         u16le-nobom:UTF-16LE u16be-nobom:UTF-16BE; do
  n=${f%%:*} e=${f#*:}
  row "$n" 0 "citegraph: $n.txt: read as $e" "$cg" build "$n.txt" -o g.graphml &&
    has "$n: both references" '>S/RES/822\(1993\)<' "$d/g.graphml" &&
    has "$n: both references" '>A/RES/2625\(XXV\)<' "$d/g.graphml" &&
    has "$n: located" "$n.txt:2:16" "$d/g.graphml"
done
# offsets point into the original bytes: 822(1993) is character 9 (UTF-32
# with a BOM: byte 4 + 8 * 4), resolution 2625 ... character 31
row "UTF-32 offsets" 0 "" "$cg" scan --json u32.txt &&
  has "UTF-32 offset" '"offset": 36,' "$tmp/o" && has "UTF-32 length" '"length": 36,' "$tmp/o"
row "UTF-16 without a BOM, offsets" 0 "" "$cg" scan --json u16le-nobom.txt &&
  has "UTF-16 offset" '"offset": 16,' "$tmp/o"
row "a Chinese letter in UTF-16LE without a BOM" 0 "citegraph: seed-u16le.txt: read as UTF-16LE" \
  "$cg" build seed-u16le.txt -o g.graphml && kept "UTF-16 letter"
row "English in UTF-16LE without a BOM" 0 "" "$cg" scan en-u16le.txt &&
  has "English UTF-16" 'S/2020/1307' "$tmp/o"
printf 'Dear Sir, see S/2020/1307.\x01\n' | iconv -t UTF-16LE >"$d/ctl-u16.txt"
row "UTF-16 without a BOM and a control character: named, not binary" 1 \
  "citegraph: ctl-u16.txt: looks like UTF-16LE text without a byte-order mark, but the code unit 0x0001 at offset 52 is not text: not read (if it is text, convert it: iconv -f UTF-16LE -t UTF-8)" \
  "$cg" scan ctl-u16.txt
{ printf '\xff\xfe\0\0'; printf 'a\0\0\0\n\0\0\0b\0\0\0\0\0\0\0'; } >"$d/nul32.txt"
row "UTF-32 with a NUL character" 1 "citegraph: nul32.txt:2:2: UTF-32LE text with a NUL character: not a text document" \
  "$cg" scan nul32.txt
printf 'text\0mor' >"$d/stray-nul.txt"
row "UTF-8 with a stray NUL is not UTF-16" 1 "citegraph: stray-nul.txt:1:5: binary file (NUL byte): not a text document" \
  "$cg" scan stray-nul.txt
{ printf 'See S/2020/1.\n'; head -c 3000 /dev/urandom; } >"$d/random.txt"
row "binary after text" 1 "~^citegraph: random.txt(:[0-9]+:[0-9]+)?: (binary file|invalid UTF-8)" "$cg" scan random.txt
printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n' >"$d/letter.pdf.txt"
# PDF and .docx are read whatever their names (tests/formats_test.py);
# these are cut short after their first bytes
row "PDF cut short" 1 "citegraph: letter.pdf.txt: damaged PDF (truncated, or not a PDF past its first bytes): not read; get the file again, or open it and save it as PDF again" \
  "$cg" scan letter.pdf.txt
printf 'PK\x03\x04\x14\0\x06\0' >"$d/letter.docx.txt"
row "ZIP (.docx) cut short" 1 "citegraph: letter.docx.txt: damaged Word document (.docx): not a readable ZIP archive (truncated?): not read; open it in Word or LibreOffice and save it again" \
  "$cg" scan letter.docx.txt
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0' >"$d/letter.doc"
row "Word 97-2003 (.doc)" 1 "citegraph: letter.doc: a Word 97-2003 document (.doc, binary): citegraph reads .docx and PDF: save it as .docx or PDF" \
  "$cg" scan letter.doc
printf 'GIF89a\x01\0\x01\0\x80\xff\0' >"$d/image.txt"
row "GIF image" 1 "citegraph: image.txt: a GIF image (binary), not text" "$cg" scan image.txt
printf 'GIF89a, as the text of a PDF may begin: see S/2020/1307.\n' >"$d/gif-text.txt"
row "a text that begins with GIF8" 0 "" "$cg" scan gif-text.txt && has "GIF text read" 'S/2020/1307' "$tmp/o"
printf '\x1f\x8b\x08\0' >"$d/letter.txt.gz.txt"
row "gzip" 1 "citegraph: letter.txt.gz.txt: gzip-compressed (binary), not text: decompress it first (gunzip)" \
  "$cg" scan letter.txt.gz.txt

# ---- file names as they are ---------------------------------------------
ESC=$(printf '\033')
mkdir -p "$d/names/a" "$d/names/b" "$d/names/c"
printf 'See S/2020/1.\n' >"$d/names/a/letter.txt"
printf 'See S/2020/2.\n' >"$d/names/b/letter.txt"
printf 'See S/2020/3.\n' >"$d/names/c/sp ace 100%.txt"
printf 'See S/2020/4.\n' >"$d/names/c/${ESC}[31mred"$'\n'"line.txt"
printf 'See S/2020/5.\n' >"$d/names/c/in"$'\xff'"valid.txt"
row "two letter.txt in two folders" 0 "" "$cg" build names -o g.graphml &&
  has "a/letter.txt" '<data key="name">file:a/letter.txt</data>' "$d/g.graphml" &&
  has "b/letter.txt" '<data key="name">file:b/letter.txt</data>' "$d/g.graphml" &&
  has "a space, and % escaped" '<data key="name">file:c/sp ace 100%25.txt</data>' "$d/g.graphml" &&
  has "ESC and newline escaped" '<data key="name">file:c/%1B\[31mred%0Aline.txt</data>' "$d/g.graphml" &&
  has "invalid UTF-8 escaped" '<data key="name">file:c/in%FFvalid.txt</data>' "$d/g.graphml" &&
  has "GraphML ids" '<node id="file:c_2Fin_25FFvalid.txt">' "$d/g.graphml"
row "invalid UTF-8 in a name: warned" 0 \
  'citegraph: names/c/in\xffvalid.txt: warning: file name is not valid UTF-8: written as names/c/in%FFvalid.txt' \
  "$cg" build names -o g.graphml
row "control characters in a name: warned, escaped" 0 \
  'citegraph: names/c/\x1b[31mred\nline.txt: warning: file name has control characters: written as names/c/%1B[31mred%0Aline.txt' \
  "$cg" build names -o g.graphml
row "a letter named directly: its path, without ./" 0 "" "$cg" scan ./names/a/letter.txt &&
  has "named directly" '^# \./names/a/letter.txt  file:names/a/letter.txt ' "$tmp/o"
row "the folder given is the root" 0 "" "$cg" scan names/a &&
  has "root" '^# names/a/letter.txt  file:letter.txt ' "$tmp/o"
row "scan --json: names that are not UTF-8 escaped, the rest as they are" 0 "" "$cg" scan --json names/c &&
  has "json file" '"file": "names/c/in%FFvalid.txt"' "$tmp/o" &&
  has "json file with controls" '"file": "names/c/\\u001B\[31mred\\nline.txt"' "$tmp/o"
row "scan: names on standard output escaped" 0 "" "$cg" scan names/c &&
  has "scan text" '^# names/c/\\x1b\[31mred\\nline.txt  ' "$tmp/o" && hasnt "no ESC" "$ESC" "$tmp/o"
mkfifo "$d/${ESC}]0;title"$'\a'$'\n'"x.txt"
row "a FIFO named with escapes: the message is one line" 1 \
  "citegraph: \\x1b]0;title\\x07\\nx.txt: a FIFO (named pipe), $special" "$cg" scan "${ESC}]0;title"$'\a'$'\n'"x.txt"
row "a missing file named with escapes" 1 'citegraph: \x1b[2J'"gone.txt: No such file or directory" \
  "$cg" scan "${ESC}[2Jgone.txt"
printf '<html><body><p>See S/2020/7.</p></body></html>' >"$d/${ESC}[31m.html"
row "HTML named with escapes" 0 "" "$cg" scan "${ESC}[31m.html" && has "HTML read" 'S/2020/7' "$tmp/o"
printf '' >"$d/${ESC}[31mempty"$'\xfe'".txt"
row "an empty file named with escapes" 1 'citegraph: \x1b[31mempty\xfe.txt: empty file' \
  "$cg" scan "${ESC}[31mempty"$'\xfe'".txt"


# ---- the work limit: a file that is a list of citations, not a letter --
# (each number with the year the Council adopted it, src/data/sc-resolutions.tsv:
# a number with another year is not the Council's)
{ printf 'Letter.\n\n'; for i in $(seq 1 40); do
    y=1946; [ "$i" -ge 16 ] && y=1947; [ "$i" -ge 38 ] && y=1948
    printf 'resolution %d (%d), ' "$i" "$y"; done
  printf '\nresolution 77 (1949)\n'; } >"$d/list.txt"
limit_msg="the limit for one file: the rest was not read for references (raise it with --max-refs N)"
row "work limit: scan stops, says where, exit 1" 1 \
  "citegraph: list.txt:3: warning: the scan stopped here, at 25 references, $limit_msg" \
  "$cg" scan --max-refs 25 list.txt &&
  has "the 25 before the limit" '^list.txt:3:[0-9]+	S/RES/25\(1947\)' "$tmp/o" &&
  hasnt "nothing after the limit" 'S/RES/26\(1947\)|S/RES/77' "$tmp/o"
row "work limit: build keeps the rest of the corpus" 1 \
  "citegraph: list.txt:3: warning: the scan stopped here, at 10 references, $limit_msg" \
  "$cg" build --max-refs 10 list.txt "$good" -o g.graphml && kept "work limit" &&
  has "the first ten" 'S/RES/10\(1946\)' "$d/g.graphml" && hasnt "not the eleventh" 'S/RES/11\(1946\)' "$d/g.graphml"
row "work limit: the default reads a long list whole" 0 "" "$cg" scan list.txt &&
  has "the last one" 'S/RES/77\(1949\)' "$tmp/o"
row "work limit: --max-refs 0 is a usage error" 2 \
  "citegraph: build: --max-refs takes a whole number from 1, not '0'" "$cg" build --max-refs 0 list.txt


# ---- a PDF on a machine without poppler: named, the rest goes through --
# (poppler is opened when the first PDF comes; the shim makes that fail)
if [ -n "$shim" ]; then
  cp "$PWD/tests/formats/000_406827bfa2b56595.pdf" "$d/letter.pdf"
  row "a PDF without poppler" 1 \
    "~^citegraph: letter.pdf: a PDF, and poppler cannot be loaded \(.*\): not read; install it \(apt install libpoppler-glib8\), or extract the text first \(pdftotext -layout\)\$" \
    env LD_PRELOAD="$shim" CG_TEST_DLOPEN_FAIL=libpoppler \
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
    "$cg" build letter.pdf "$good" -o g.graphml && kept "a PDF without poppler"
  rm -f "$d/letter.pdf"
  # the same for a Word document and libzip, opened when the first .docx comes
  cp "$PWD/tests/formats/footnote.docx" "$d/letter.docx"
  row "a .docx without libzip" 1 \
    "~^citegraph: letter.docx: a Word document \(.docx\), and libzip cannot be loaded \(.*\): not read; install it \(apt install libzip4\), or save the letter as text or PDF\$" \
    env LD_PRELOAD="$shim" CG_TEST_DLOPEN_FAIL=libzip \
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
    "$cg" build letter.docx "$good" -o g.graphml && kept "a .docx without libzip"
  rm -f "$d/letter.docx"
fi

# ---- inputs that once took quadratic time: each well under the timeout ---
# (68 s to past 120 s before the lexer and the columns were made linear;
# now well under a second, a few under the sanitizers)
rep() { awk -v u="$1" -v n="$2" 'BEGIN { printf "Letter.\n\n"; for (i = 0; i < n; i++) printf "%s", u; print "" }'; }
rep 'S/RES/' 200000 >"$d/sres.txt"
row "linear: S/RES/ x 200,000" 0 "" "$cg" scan sres.txt
hasnt "linear: S/RES/ with no number is not a reference" '^sres.txt:' "$tmp/o"
rep 'S/' 300000 >"$d/s.txt"
row "linear: S/ x 300,000" 0 "" "$cg" scan s.txt
rep 'resolution 1 (1946), ' 200000 >"$d/res.txt"
row "linear: resolution 1 (1946) x 200,000 on one line" 0 "" "$cg" scan --max-refs 1000000 res.txt
[ "$(grep -c 'S/RES/1(1946)' "$tmp/o")" -eq 200000 ] && ok || no "linear: not the 200,000 references"
has "linear: the last column counted" "^res.txt:3:$((21 * 199999 + 12))	" "$tmp/o"
rep '《联合国宪章' 100000 >"$d/zh.txt"
row "linear: 《联合国宪章 x 100,000" 0 "" "$cg" scan --max-refs 1000000 zh.txt
rm -f "$d/sres.txt" "$d/s.txt" "$d/res.txt" "$d/zh.txt"

# ---- one letter in 10,000 files (copies, versions): linear, not quadratic
# (each added file re-read the whole list: 20 s here before)
mkdir "$d/copies"
for i in $(seq 1 10000); do
  printf 'United Nations\nS/2020/965\n\nLetter dated 1 October 2020 from the Permanent Representative of Armenia\n\nThe Council recalls resolution 822 (1993).\n' >"$d/copies/l$i.txt"
done
row "one letter in 10,000 files" 0 "" "$cg" build -q copies -o g.graphml
# (two nodes: the letter, S/2020/965 of 1 October 2020 from Armenia, its
# title line naming no addressee, and its resolution)
[ "$(grep -c '<node ' "$d/g.graphml")" -eq 2 ] && grep -q 'S/RES/822(1993)' "$d/g.graphml" &&
  grep -q '<node id="S_2F2020_2F965"' "$d/g.graphml" && ok ||
  no "10,000 copies: not one letter and one resolution"
[ "$(grep -o 'copies/l[0-9]*\.txt' "$d/g.graphml" | sort -u | wc -l)" -eq 10000 ] && ok || no "10,000 copies: not every file listed"
rm -rf "$d/copies"

# ---- out of memory: one line, exit 1, the previous output intact --------
# (not under AddressSanitizer, whose address space cannot be limited)
if ! ldd "$cg" 2>/dev/null | grep -q libasan; then
  for i in $(seq 1 10000); do cat "$good"; done >"$d/huge.txt" 2>/dev/null
  printf 'old graph\n' >"$d/keep.graphml"
  (cd "$d" && ulimit -v 200000 && timeout 60 "$cg" build -q huge.txt -o keep.graphml) >"$tmp/o" 2>"$tmp/e"
  rc=$?
  if [ $rc -ne 1 ]; then no "out of memory: exit $rc, want 1"; cat "$tmp/e"
  elif ! grep -Fxq "citegraph: out of memory: nothing was written (fewer threads with CITEGRAPH_JOBS=1, or a lower --max-refs, need less)" "$tmp/e"; then
    no "out of memory: not the one-line message"; cat "$tmp/e"
  elif [ "$(cat "$d/keep.graphml")" != "old graph" ] || ls "$d" | grep -q '\.tmp'; then
    no "out of memory: the previous output was touched or a temporary file left"
  else ok; fi
  rm -f "$d/huge.txt"
fi

finish
