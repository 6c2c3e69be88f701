#!/usr/bin/env bash
# Runs one corridor command and compares its exit code, standard output and standard error
# with what is expected.
#
#   check.sh EXIT_CODE STDOUT STDERR -- COMMAND [ARGS...]
#
# STDOUT and STDERR name files holding the exact expected text, or are "-" (not checked) or
# "empty" (must be empty). The command runs in the current directory.
set -u
expected_code=$1 expected_out=$2 expected_err=$3
shift 3
[ "$1" = "--" ] && shift

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$@" >"$tmp/out" 2>"$tmp/err"
code=$?
status=0

if [ "$code" != "$expected_code" ]; then
  echo "exit code: expected $expected_code, got $code"
  echo "--- stderr:"; cat "$tmp/err"
  status=1
fi
compare() {  # name actual expected
  case "$3" in
    -) ;;
    empty)
      if [ -s "$2" ]; then echo "$1: expected nothing, got:"; cat "$2"; status=1; fi ;;
    *)
      if ! diff -u "$3" "$2" >"$tmp/diff"; then
        echo "$1 differs from $3:"; head -n 80 "$tmp/diff"; status=1
      fi ;;
  esac
}
compare stdout "$tmp/out" "$expected_out"
compare stderr "$tmp/err" "$expected_err"
exit $status
