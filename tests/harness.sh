# harness.sh: what the shell tests share (sourced).  Gives $tmp (removed at
# exit), ok / no to count checks, $py (Debian's python3 when there is one),
# and finish to print "N passed, M failed" and set the exit status.
set -u
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
py=/usr/bin/python3
[ -x "$py" ] || py=python3
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
