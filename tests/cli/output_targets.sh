#!/usr/bin/env bash
# Where -o writes, and what it refuses to overwrite (issue rows: special files, planted links,
# inputs, concurrent runs, '-').
#
#   output_targets.sh CORRIDOR
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cp scenarios/titr-baltic.yaml scenarios/titr-ferry-daily.yaml "$dir"/
base=$dir/titr-baltic.yaml
what_if=$dir/titr-ferry-daily.yaml
"$corridor" run "$base" >"$dir/expected.txt"

# '-o -' is standard output, and creates no file named '-'.
(cd "$dir" && "$corridor" run titr-baltic.yaml -o - >stdout-dash.txt)
cmp "$dir/expected.txt" "$dir/stdout-dash.txt" || fail "-o - differs from standard output"
[ ! -e "$dir/-" ] || fail "-o - created a file named '-'"

# The scenario and the files it extends are never overwritten: exit 2, files unchanged.
sum_before=$(cat "$base" "$what_if" | cksum)
for target in "$base" "$what_if" "$dir/./titr-baltic.yaml"; do
  set +e
  "$corridor" run "$what_if" --format text -o "$target" 2>"$dir/err"
  code=$?
  set -e
  [ "$code" = 2 ] || fail "-o $target: exit $code, expected 2"
  grep -q "is an input of this run" "$dir/err" || fail "-o $target: $(cat "$dir/err")"
done
ln -s titr-baltic.yaml "$dir/link.yaml"
set +e
"$corridor" run "$base" --format text -o "$dir/link.yaml" 2>/dev/null
code=$?
set -e
[ "$code" = 2 ] || fail "-o onto a link to the scenario: exit $code"
[ "$(cat "$base" "$what_if" | cksum)" = "$sum_before" ] || fail "an input was modified"

# A link planted where an older version put its temporary file is never followed.
ln -s "$dir/victim.txt" "$dir/report.txt.partial"
"$corridor" run "$base" -o "$dir/report.txt"
cmp "$dir/expected.txt" "$dir/report.txt" || fail "report differs"
[ ! -e "$dir/victim.txt" ] || fail "a planted link was followed"
rm "$dir/report.txt.partial"

# A link to a report: the file it names is replaced, the link stays a link.
ln -s report.txt "$dir/report-link.txt"
"$corridor" run "$base" --format json -o "$dir/report-link.txt"
[ -L "$dir/report-link.txt" ] || fail "the link was replaced by a file"
head -c 1 "$dir/report.txt" | grep -q '{' || fail "the linked file was not rewritten"

# Special files are written, never replaced: a FIFO receives the report and stays a FIFO.
# (The FIFO comes first: it takes the same path as devices, so a regression fails here before
# /dev/null or /dev/full could be touched.)
mkfifo "$dir/pipe"
cat "$dir/pipe" >"$dir/from-pipe.txt" &
reader=$!
"$corridor" run "$base" --format text -o "$dir/pipe"
wait "$reader"
[ -p "$dir/pipe" ] || fail "the FIFO was replaced"
cmp "$dir/expected.txt" "$dir/from-pipe.txt" || fail "the FIFO received something else"
"$corridor" run "$base" -o /dev/null || fail "-o /dev/null failed"
[ -c /dev/null ] || fail "/dev/null is no longer a device"

# A device that cannot take the bytes is a write error (74) with the system's reason.
set +e
"$corridor" run "$base" -o /dev/full 2>"$dir/err"
code=$?
set -e
[ "$code" = 74 ] || fail "-o /dev/full: exit $code"
grep -qx "error: cannot write report '/dev/full': No space left on device" "$dir/err" ||
  fail "-o /dev/full: $(cat "$dir/err")"
[ -c /dev/full ] || fail "/dev/full is no longer a device"

# Concurrent runs writing one target all succeed, and the result is one whole report.
for i in 1 2 3 4; do
  "$corridor" run "$base" -o "$dir/shared.txt" &
done
for i in 1 2 3 4; do
  wait -n || fail "a concurrent run failed"
done
cmp "$dir/expected.txt" "$dir/shared.txt" || fail "concurrent runs left a mixed report"

# Nothing else is left behind: no temporary files.
left=$(cd "$dir" && ls -A | sort | tr '\n' ' ')
[ "$left" = "err expected.txt from-pipe.txt link.yaml pipe report-link.txt report.txt shared.txt stdout-dash.txt titr-baltic.yaml titr-ferry-daily.yaml " ] ||
  fail "files left: $left"
echo ok
