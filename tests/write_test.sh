#!/usr/bin/env bash
# Writing outputs (docs/reliability.md, "Writing outputs"): one row per kind
# of target, with the exit code, the message and the state of the target
# afterwards.  Devices, FIFOs, sockets and full or read-only file systems are
# made inside the test's own temporary folder (mknod, mkfifo, mount -t
# tmpfs): no row ever writes to /dev or another system path.  Needs root
# (mknod, mount, chown); skips (exit 77) otherwise.
# usage: write_test.sh PATH/TO/citegraph [PATH/TO/test_shim.so]
#        (run from the project folder; the shim, tests/test_shim.c, makes
#        the signal rows certain to hit the write)
cg=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shim=${2:+$(cd "$(dirname "$2")" && pwd)/$(basename "$2")}
. "$(dirname "$0")/harness.sh"
seeds=$PWD/tests/corpus/seeds
letter=$seeds/000_406827bfa2b56595.txt

if [ "$(id -u)" -ne 0 ]; then
  echo "skipped: the write tests need root (mknod, mount -t tmpfs, chown)"
  exit 77
fi
if ! mknod "$tmp/probe" c 1 3 2>/dev/null; then
  echo "skipped: mknod is not permitted here (a container without CAP_MKNOD?)"
  exit 77
fi
rm -f "$tmp/probe"
mkdir "$tmp/probe"
if ! mount -t tmpfs -o size=16k tmpfs "$tmp/probe" 2>/dev/null; then
  echo "skipped: mount -t tmpfs is not permitted here (a container without CAP_SYS_ADMIN?)"
  exit 77
fi
umount "$tmp/probe"

# Clean-up, whatever happens: background programs, then the mounts (the
# last made first), then the folder.
mounts=() pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}"; done
  chmod -R u+rwx "$tmp" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
small_fs() { # DIR [SIZE]: a small tmpfs at DIR
  mkdir -p "$1" && mount -t tmpfs -o "size=${2:-16k},mode=0777" tmpfs "$1" && mounts+=("$1")
}

# row NAME RC MESSAGE STATE -- COMMAND...
#   RC       the exit code wanted
#   MESSAGE  what standard error must contain ("": anything; "=TEXT": exactly TEXT)
#   STATE    a shell test of the target afterwards (eval'd)
# Every row also checks that no temporary file (.cg-*) is left anywhere.
row() {
  local name=$1 want=$2 msg=$3 state=$4
  shift 4
  [ "$1" = "--" ] && shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$? bad=""
  [ "$rc" -eq "$want" ] || bad="exit $rc, want $want"
  if [ -z "$bad" ] && [ -n "$msg" ]; then
    case $msg in
      =*) [ "$(cat "$tmp/err")" = "${msg#=}" ] || bad="message is not: ${msg#=}" ;;
      *) grep -qF -- "$msg" "$tmp/err" || bad="message lacks: $msg" ;;
    esac
  fi
  if [ -z "$bad" ] && ! eval "$state"; then bad="state: $state"; fi
  local left
  left=$(find "$tmp" -name '.cg-*' 2>/dev/null)
  [ -z "$bad" ] && [ -n "$left" ] && bad="left behind: $left"
  if [ -z "$bad" ]; then ok; else no "$name: $bad"; sed 's/^/    /' "$tmp/err"; fi
  find "$tmp" -name '.cg-*' -exec rm -f {} + 2>/dev/null
}
n=0
fresh() { n=$((n + 1)); d=$tmp/r$n; mkdir -p "$d"; } # a folder per row: $d

# What a good write gives, and an input that is reported while scanning:
# a row whose output is refused before the scan must not report it.
ref=$tmp/ref.graphml
"$cg" build -q "$seeds" -o "$ref" || { echo "cannot build the reference graph"; exit 1; }
bad=$tmp/bad.txt
printf 'first line\nab\xff\xfecd\n' >"$bad"
noscan='! grep -q "invalid UTF-8" "$tmp/err"'
old() { printf 'the previous output\n' >"$1"; }
is_old() { [ "$(cat "$1")" = "the previous output" ]; }
dev() { stat -c '%F %t:%T' "$1"; }

# ---- regular files and new names ----------------------------------------
fresh
row "new name" 0 "" 'cmp -s "$d/g.graphml" "$ref"' -- "$cg" build -q "$seeds" -o "$d/g.graphml"
fresh
row "new name in the current folder" 0 "" 'cmp -s "$d/g.graphml" "$ref"' -- sh -c "cd '$d' && '$cg' build -q '$seeds' -o g.graphml"
fresh; old "$d/g.graphml"; chown 1234:5678 "$d/g.graphml"; chmod 0640 "$d/g.graphml"
row "file replaced, mode, owner and group kept" 0 "" \
  'cmp -s "$d/g.graphml" "$ref" && [ "$(stat -c "%a %u %g" "$d/g.graphml")" = "640 1234 5678" ]' \
  -- "$cg" build -q "$seeds" -o "$d/g.graphml"
fresh; old "$d/g.graphml"; ln "$d/g.graphml" "$d/other-name"
row "hard link: the name gets the new graph, the other link keeps the old one" 0 \
  "citegraph: warning: $d/g.graphml: 1 other hard link to this file keeps the previous content (the name gets the new file)" \
  'cmp -s "$d/g.graphml" "$ref" && is_old "$d/other-name" && [ "$(stat -c %h "$d/other-name")" = 1 ]' \
  -- "$cg" build "$seeds" -o "$d/g.graphml"
fresh
row "positive control: the bad input is reported when the output is fine" 1 "invalid UTF-8" \
  '! eval "$noscan" && cmp -s "$d/g.graphml" "$ref"' -- "$cg" build -q "$bad" "$seeds" -o "$d/g.graphml"

# ---- symbolic links --------------------------------------------------------
fresh; old "$d/target.graphml"; ln -s target.graphml "$d/link"
row "symbolic link: target replaced, link kept" 0 "" \
  '[ -L "$d/link" ] && [ "$(readlink "$d/link")" = target.graphml ] && cmp -s "$d/target.graphml" "$ref"' \
  -- "$cg" build -q "$seeds" -o "$d/link"
fresh; mkdir "$d/a" "$d/b"; old "$d/b/real.graphml"; chmod 0604 "$d/b/real.graphml"
ln -s ../b/real.graphml "$d/a/hop2"; ln -s a/hop2 "$d/hop1"
row "chain of relative links across folders" 0 "" \
  '[ -L "$d/hop1" ] && [ -L "$d/a/hop2" ] && cmp -s "$d/b/real.graphml" "$ref" && [ "$(stat -c %a "$d/b/real.graphml")" = 604 ]' \
  -- "$cg" build -q "$seeds" -o "$d/hop1"
fresh; ln -s not-yet.graphml "$d/dangling"
row "dangling link: its target is created, the link kept" 0 "" \
  '[ -L "$d/dangling" ] && cmp -s "$d/not-yet.graphml" "$ref"' -- "$cg" build -q "$seeds" -o "$d/dangling"
fresh; ln -s loop2 "$d/loop1"; ln -s loop1 "$d/loop2"
row "link loop: refused before the scan" 1 "symbolic links in a row (a loop?)" \
  "$noscan"' && [ -L "$d/loop1" ]' -- "$cg" build -q "$bad" "$seeds" -o "$d/loop1"
fresh; ln -s nodir/g.graphml "$d/into-nowhere"
row "link into a missing folder: refused before the scan" 1 "its link target $d/nodir/g.graphml folder $d/nodir does not exist" \
  "$noscan"' && [ -L "$d/into-nowhere" ] && [ ! -e "$d/nodir" ]' -- "$cg" build -q "$bad" "$seeds" -o "$d/into-nowhere"

# ---- devices, FIFOs, sockets ---------------------------------------------
fresh; mknod "$d/null" c 1 3
row "character device (null): written through, still the device" 0 "" \
  '[ "$(dev "$d/null")" = "character special file 1:3" ]' -- "$cg" build -q "$seeds" -o "$d/null"
fresh; mknod "$d/full" c 1 7
row "character device (full): the error is reported, exit 1" 1 "=citegraph: $d/full: cannot write: No space left on device; what it received is incomplete" \
  '[ "$(dev "$d/full")" = "character special file 1:7" ]' -- "$cg" build -q "$seeds" -o "$d/full"
fresh; mknod "$d/full" c 1 7
row "standard output on a full device: one message, exit 1" 1 \
  "=citegraph: -: cannot write to standard output: No space left on device; what it received is incomplete" \
  '[ "$(dev "$d/full")" = "character special file 1:7" ]' -- sh -c "'$cg' build -q '$seeds' -o - > '$d/full'"
fresh; mknod "$d/full" c 1 7
row "export to standard output on a full device" 1 \
  "=citegraph: -: cannot write to standard output: No space left on device; what it received is incomplete" \
  'true' -- sh -c "'$cg' export -g '$ref' -f json -o - > '$d/full'"
fresh; mknod "$d/full" c 1 7
row "character device (full), CSV into a folder holding it" 1 "No space left on device" \
  '[ "$(dev "$d/full")" = "character special file 1:7" ] && [ ! -e "$d/edges.csv" ]' -- sh -c "ln -s full '$d/nodes.csv' && '$cg' export -g '$ref' -f csv -o '$d'"
fresh; mkfifo "$d/fifo"; timeout 30 cat "$d/fifo" >"$d/got" & rd=$!; pids+=("$rd")
row "FIFO with a reader: the reader gets the graph, still a FIFO" 0 "" \
  'wait "$rd"; [ -p "$d/fifo" ] && cmp -s "$d/got" "$ref"' -- "$cg" build -q "$seeds" -o "$d/fifo"
fresh; mkfifo "$d/fifo"
row "FIFO without a reader: refused after 3 s, no hang" 1 \
  "=citegraph: $d/fifo: no program is reading from this FIFO (waited 3 s): start the reader first; nothing was written" \
  '[ -p "$d/fifo" ]' -- timeout 20 "$cg" build -q "$seeds" -o "$d/fifo"
fresh; mkfifo "$d/fifo"; timeout 30 head -c 100 "$d/fifo" >"$d/got" & rd=$!; pids+=("$rd")
row "FIFO whose reader leaves early: an error, not SIGPIPE" 1 "Broken pipe" \
  'wait "$rd"; [ -p "$d/fifo" ]' -- "$cg" build -q "$seeds" -o "$d/fifo"
if command -v "$py" >/dev/null 2>&1; then
  fresh
  "$py" - "$d/sock" "$d/got" "$d/ready" <<'EOF' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind(sys.argv[1]); s.listen(1); s.settimeout(30)
open(sys.argv[3], "w").close()
c, _ = s.accept()
with open(sys.argv[2], "wb") as f:
    while True:
        b = c.recv(65536)
        if not b:
            break
        f.write(b)
EOF
  srv=$!; pids+=("$srv")
  for _ in $(seq 100); do [ -e "$d/ready" ] && break; sleep 0.05; done
  row "Unix socket with a listener: it gets the graph, still a socket" 0 "" \
    'wait "$srv"; [ -S "$d/sock" ] && cmp -s "$d/got" "$ref"' -- "$cg" build -q "$seeds" -o "$d/sock"
  fresh
  "$py" -c 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$d/sock"
  row "Unix socket nobody listens on" 1 "no program is listening on this socket" \
    '[ -S "$d/sock" ]' -- "$cg" build -q "$seeds" -o "$d/sock"
else
  echo "skipped: the socket rows (no python3)"
fi
fresh; mknod "$d/disk" b 61 0 # a local/experimental major: no driver behind it
row "block device: refused before the scan" 1 \
  "=citegraph: $d/disk: is a block device (a disk or a partition): citegraph does not write to disks; give a file name" \
  '[ "$(dev "$d/disk")" = "block special file 3d:0" ]' -- "$cg" build -q "$bad" "$seeds" -o "$d/disk"

# ---- what can be seen before the scan --------------------------------------
fresh; mkdir "$d/dir.graphml"
row "folder: refused before the scan" 1 "=citegraph: $d/dir.graphml: is a folder: give a file name to write to" \
  '[ -d "$d/dir.graphml" ]' -- "$cg" build -q "$bad" "$seeds" -o "$d/dir.graphml"
fresh
row "name ending in /: refused before the scan" 1 "names a folder" "$noscan" -- "$cg" build -q "$bad" "$seeds" -o "$d/new/"
fresh
row "missing folder: refused before the scan, with the fix" 1 \
  "=citegraph: $d/nodir/g.graphml: folder $d/nodir does not exist: create it first (mkdir -p $d/nodir)" \
  '[ ! -e "$d/nodir" ]' -- "$cg" build -q "$bad" "$seeds" -o "$d/nodir/g.graphml"
fresh; old "$d/file"
row "a file used as a folder: refused before the scan" 1 "a part of the path is not a folder" \
  "$noscan"' && is_old "$d/file"' -- "$cg" build -q "$bad" "$seeds" -o "$d/file/g.graphml"
fresh; long=$(printf 'n%.0s' $(seq 246)).graphml # 254 bytes
row "254-byte name: written (the temporary name is short)" 0 "" 'cmp -s "$d/$long" "$ref"' -- "$cg" build -q "$seeds" -o "$d/$long"
fresh; long=$(printf 'n%.0s' $(seq 248)).graphml # 256 bytes
row "256-byte name: refused before the scan" 1 "the file name is 256 bytes long; this file system allows 255" \
  "$noscan"' && [ -z "$(ls "$d")" ]' -- "$cg" build -q "$bad" "$seeds" -o "$d/$long"
fresh; small_fs "$d/fs"; old "$d/fs/g.graphml"
row "full file system: exit 1, the previous file intact" 1 \
  "=citegraph: $d/fs/g.graphml: cannot write: No space left on device; the previous file is left intact" \
  'is_old "$d/fs/g.graphml" && [ "$(ls -A "$d/fs")" = g.graphml ]' -- "$cg" build -q "$seeds" -o "$d/fs/g.graphml"
fresh; small_fs "$d/fs"
row "full file system, new name: nothing left" 1 "No space left on device; nothing was written" \
  '[ -z "$(ls -A "$d/fs")" ]' -- "$cg" build -q "$seeds" -o "$d/fs/g.graphml"
fresh; small_fs "$d/fs"; old "$d/fs/g.graphml"; mount -o remount,ro "$d/fs"
row "read-only file system: refused before the scan, the file intact" 1 \
  "=citegraph: $d/fs/g.graphml: folder $d/fs is on a read-only file system: choose another place" \
  'is_old "$d/fs/g.graphml"' -- "$cg" build -q "$bad" "$seeds" -o "$d/fs/g.graphml"
fresh; mkfifo "$d/fifo"; small_fs "$d/fs"; mount -o remount,ro "$d/fs"
row "export checks its output before loading the graph" 1 "read-only file system" "true" \
  -- timeout 20 "$cg" export -g "$d/fifo" -f gexf -o "$d/fs/g.gexf"

# ---- an output that is an input -------------------------------------------
fresh; cp "$letter" "$d/letter.txt"; cp "$letter" "$d/keep"
row "build letter.txt -o letter.txt" 1 "=citegraph: $d/letter.txt: is the input $d/letter.txt: writing it would destroy what is read; choose another output name (nothing was read or written)" \
  'cmp -s "$d/letter.txt" "$d/keep"' -- "$cg" build -q "$d/letter.txt" -o "$d/letter.txt"
fresh; mkdir "$d/in"; cp "$letter" "$d/in/letter.txt"; cp "$letter" "$d/keep"; ln "$d/in/letter.txt" "$d/hard.txt"
row "output is a hard link of a letter in a scanned folder" 1 "is the input $d/in/letter.txt (the same file under another name)" \
  'cmp -s "$d/in/letter.txt" "$d/keep"' -- "$cg" build -q "$d/in" -o "$d/hard.txt"
fresh; cp "$letter" "$d/letter.txt"; cp "$letter" "$d/keep"; ln -s letter.txt "$d/link"
row "output is a link to an input" 1 "is the input $d/letter.txt" \
  'cmp -s "$d/letter.txt" "$d/keep" && [ -L "$d/link" ]' -- "$cg" build -q "$d/letter.txt" -o "$d/link"
fresh; cp "$ref" "$d/g.graphml"
row "export -g g.graphml -o g.graphml" 1 "is the input $d/g.graphml" \
  'cmp -s "$d/g.graphml" "$ref"' -- "$cg" export -g "$d/g.graphml" -f gexf -o "$d/g.graphml"
fresh; printf '{"instruments": []}\n' >"$d/r.json"
row "--registry r.json -o r.json" 1 "is the input $d/r.json" \
  '[ "$(cat "$d/r.json")" = "{\"instruments\": []}" ]' -- "$cg" build -q -r "$d/r.json" "$seeds" -o "$d/r.json"
fresh; printf 'file,symbol\n' >"$d/m.csv"
row "--manifest m.csv -f graphml -o m.csv" 1 "is the input $d/m.csv" \
  '[ "$(cat "$d/m.csv")" = "file,symbol" ]' -- "$cg" build -q -m "$d/m.csv" "$seeds" -f graphml -o "$d/m.csv"
fresh; cp "$letter" "$d/letter.txt"; cp "$letter" "$d/keep"
row "standard input is the output file" 1 "is the input read from standard input" \
  'cmp -s "$d/letter.txt" "$d/keep"' -- sh -c "'$cg' build -q - -o '$d/letter.txt' < '$d/letter.txt'"

# ---- CSV: two files, together ---------------------------------------------
fresh
row "csv -o out.csv: out.nodes.csv and out.edges.csv, no folder out.csv" 0 "" \
  '[ -s "$d/out.nodes.csv" ] && [ -s "$d/out.edges.csv" ] && [ ! -e "$d/out.csv" ] && head -1 "$d/out.nodes.csv" | grep -q "^Id,Label"' \
  -- "$cg" export -g "$ref" -f csv -o "$d/out.csv"
fresh
row "csv -o NEWDIR: the folder is made" 0 "" '[ -s "$d/new/nodes.csv" ] && [ -s "$d/new/edges.csv" ]' \
  -- "$cg" export -g "$ref" -f csv -o "$d/new"
fresh
row "csv -o out.json: usage error" 2 "csv writes two files: give a folder" '[ -z "$(ls "$d")" ]' \
  -- "$cg" export -g "$ref" -f csv -o "$d/out.json"
fresh; old "$d/file"
row "csv -o an existing file: usage error" 2 "is not a folder: csv writes two files" 'is_old "$d/file"' \
  -- "$cg" export -g "$ref" -f csv -o "$d/file"
row "csv -o -: usage error" 2 "-: csv writes two files" "true" -- "$cg" export -g "$ref" -f csv -o -
fresh
row "csv into a missing folder's child: refused before the scan" 1 "folder $d/nodir does not exist" \
  "$noscan"' && [ ! -e "$d/nodir" ]' -- "$cg" build -q -f csv "$bad" "$seeds" -o "$d/nodir/csv"
fresh; small_fs "$d/fs"; old "$d/fs/nodes.csv"; old "$d/fs/edges.csv"
row "csv on a full file system: the previous pair kept whole" 1 \
  "No space left on device; the previous nodes.csv and edges.csv are left intact" \
  'is_old "$d/fs/nodes.csv" && is_old "$d/fs/edges.csv" && [ "$(ls -A "$d/fs" | wc -l)" = 2 ]' \
  -- "$cg" export -g "$ref" -f csv -o "$d/fs"
fresh; small_fs "$d/fs" 32k
row "csv into a new folder on a full file system: the folder is not left" 1 "No space left on device" \
  '[ ! -e "$d/fs/new" ]' -- "$cg" export -g "$ref" -f csv -o "$d/fs/new"

# ---- read nothing, write nothing --------------------------------------------
fresh; old "$d/keep.graphml"
row "typo in the input folder: the output untouched" 1 \
  "no letter read from $d/lettrs/ (no letter file found): the previous output is left as it was; check the paths, or give --allow-empty to write an empty graph" \
  'is_old "$d/keep.graphml"' -- "$cg" build -q "$d/lettrs/" -o "$d/keep.graphml"
fresh; mkdir "$d/empty"
row "empty folder: nothing created" 1 "no letter read from $d/empty (no letter file found): nothing written" \
  '[ ! -e "$d/g.graphml" ]' -- "$cg" build -q "$d/empty" -o "$d/g.graphml"
fresh; mkdir "$d/in"; printf 'abc\0def' >"$d/in/a.txt"; : >"$d/in/b.txt"; old "$d/g.graphml"
row "folder with no readable letter: the output untouched" 1 "no letter read from $d/in (2 files found, none could be read)" \
  'is_old "$d/g.graphml"' -- "$cg" build -q "$d/in" -o "$d/g.graphml"
fresh; mkdir "$d/empty"
row "--allow-empty writes an empty graph" 0 "" \
  '"$cg" stats -g "$d/g.graphml" | head -1 | grep -q "^0 nodes, 0 edges"' -- "$cg" build -q --allow-empty "$d/empty" -o "$d/g.graphml"
fresh; mkdir "$d/empty"; old "$d/g.json"
row "export from PATHs that give no letter" 1 "no letter read from $d/empty" 'is_old "$d/g.json"' \
  -- "$cg" export -f json -o "$d/g.json" "$d/empty"

# ---- root is not everyone: what another user gets -----------------------------
chmod 0711 "$tmp"
as_nobody() { setpriv --reuid=65534 --regid=65534 --groups=5678 "$@"; }
if command -v setpriv >/dev/null 2>&1; then
  fresh; chmod 0777 "$d"; old "$d/g.graphml"; chown 0:5678 "$d/g.graphml"; chmod 0666 "$d/g.graphml"
  row "another user's file: group and mode kept, owner becomes the writer" 0 "" \
    'cmp -s "$d/g.graphml" "$ref" && [ "$(stat -c "%a %u %g" "$d/g.graphml")" = "666 65534 5678" ]' \
    -- as_nobody "$cg" build -q "$seeds" -o "$d/g.graphml"
  fresh; chmod 0777 "$d"; old "$d/g.graphml"; chown 65534:65534 "$d/g.graphml"; chmod 0444 "$d/g.graphml"
  row "a read-only file is not replaced" 1 "the file is read-only (mode 0444): make it writable (chmod u+w) or choose another name" \
    'is_old "$d/g.graphml"' -- as_nobody "$cg" build -q "$bad" "$seeds" -o "$d/g.graphml"
  fresh; chmod 0555 "$d"
  row "a folder this user cannot write: refused before the scan" 1 "cannot create files in folder $d (permission denied)" \
    "$noscan" -- as_nobody "$cg" build -q "$bad" "$seeds" -o "$d/g.graphml"
else
  echo "skipped: the rows as another user (no setpriv)"
fi

# ---- signals: nothing left, the previous output intact ---------------------
# A corpus whose graph takes a while to write (about 12 MB of GraphML).
big=$tmp/big
mkdir "$big"
awk -v dir="$big" 'BEGIN {
  srand(7)
  for (i = 0; i < 24; i++) {
    f = sprintf("%s/l%03d.txt", dir, i)
    print "Letter dated 1 March 2020 from the Permanent Representative\n" > f
    for (j = 0; j < 100; j++) {
      a = int(rand() * 2700) + 1; b = int(rand() * 2700) + 1
      printf "The Council recalls its resolution %d (%d) and resolution %d (%d), as well as document S/2019/%d.\n", a, 1946 + a % 70, b, 1946 + b % 70, i + j > f
    }
    close(f)
  }
}'
bigref=$tmp/big.graphml
"$cg" build -q "$big" -o "$bigref" || no "build of the big corpus"
if env --default-signal=INT true 2>/dev/null; then
  # a background job of a script ignores SIGINT unless told otherwise
  launch() { env --default-signal=INT,TERM,HUP "$@" & }
  for sig in INT TERM HUP; do
    case $sig in INT) code=130 ;; TERM) code=143 ;; HUP) code=129 ;; esac
    for moment in scan write; do
      for attempt in 1 2 3 4 5; do
        fresh; old "$d/g.graphml"
        if [ $moment = scan ]; then
          # the scan waits on a FIFO nobody writes to: the signal comes
          # during the scan, however fast the scanner is
          rm -f "$tmp/wait.fifo"; mkfifo "$tmp/wait.fifo"
          launch "$cg" build -q --follow-special "$big" "$tmp/wait.fifo" -o "$d/g.graphml" 2>"$tmp/err"
          p=$!
          sleep 0.2
        else
          # fsync waits 2 s under the shim: the temporary file is there,
          # written, and not yet renamed when the signal comes
          if [ -n "$shim" ]; then
            launch env LD_PRELOAD="$shim" CG_TEST_FSYNC_DELAY_MS=2000 \
              ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
              "$cg" build -q "$big" -o "$d/g.graphml" 2>"$tmp/err"
          else
            launch "$cg" build -q "$big" -o "$d/g.graphml" 2>"$tmp/err"
          fi
          p=$!
          # the moment the temporary file appears
          for _ in $(seq 200000); do compgen -G "$d/.cg-*" >/dev/null && break; kill -0 $p 2>/dev/null || break; done
        fi
        kill -s $sig $p 2>/dev/null && break
        wait $p # done before the signal came: try again
        p=
      done
      if [ -z "$p" ]; then
        no "SIG$sig during $moment: the build was done before the signal came, 5 times"
        continue
      fi
      { wait $p; } 2>/dev/null # no "Hangup" from the shell
      rc=$?
      # the previous graph, or (a signal just after the rename) the new one
      # whole; no temporary file, but the scan cache (and its journal, which
      # the next build rolls back) is kept on purpose: what was scanned
      # before the signal is not scanned again (docs/cache.md)
      if [ $rc -eq $code ] && { is_old "$d/g.graphml" || cmp -s "$d/g.graphml" "$bigref"; } &&
        [ "$(ls -A "$d" | grep -v '^g\.graphml\.cache\(-journal\)\?$')" = g.graphml ]; then ok
      else no "SIG$sig during $moment: exit $rc (want $code), left: $(ls -A "$d" | tr '\n' ' ')"; fi
    done
  done
  fresh; old "$d/g.graphml"
  nohup "$cg" build -q "$big" -o "$d/g.graphml" >"$tmp/nohup.out" 2>&1 &
  p=$!
  for _ in $(seq 200000); do compgen -G "$d/.cg-*" >/dev/null && break; kill -0 $p 2>/dev/null || break; done
  kill -s HUP $p
  wait $p
  rc=$?
  [ $rc -eq 0 ] && cmp -s "$d/g.graphml" "$bigref" && ok || no "under nohup, SIGHUP is ignored: exit $rc"
else
  echo "skipped: the signal rows (env --default-signal is missing)"
fi

finish
