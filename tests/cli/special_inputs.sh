#!/usr/bin/env bash
# Inputs that are not scenario files: they are refused at once with the reason (exit 2),
# within the size limit of CORRIDOR_MAX_SCENARIO_MB.
#
#   special_inputs.sh CORRIDOR
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# expect CODE EXPECTED_STDERR COMMAND...: runs with a 10-second bound (no input may hang).
expect() {
  local code=$1 err=$2
  shift 2
  set +e
  timeout 10 "$@" >"$dir/out" 2>"$dir/err"
  local got=$?
  set -e
  [ "$got" = "$code" ] || fail "$*: exit $got, expected $code: $(cat "$dir/err")"
  printf '%b' "$err" | diff -u - "$dir/err" || fail "$*: unexpected message"
}

hint="  hint: a scenario is a YAML file\n"
expect 2 "error: cannot read scenario '$dir': it is a directory\n$hint" "$corridor" validate "$dir"
expect 2 "error: cannot read scenario '/dev/zero': it is a device, not a file\n$hint" \
  "$corridor" validate /dev/zero
mkfifo "$dir/fifo.yaml"
expect 2 "error: cannot read scenario '$dir/fifo.yaml': it is a pipe (FIFO), not a file\n$hint" \
  "$corridor" run "$dir/fifo.yaml"

# 1.5 MiB of comments: above a 1 MiB limit, read under a 2 MiB one (and then found empty).
head -c 1572864 /dev/zero | tr '\0' '#' >"$dir/big.yaml"
expect 2 "error: cannot read scenario '$dir/big.yaml': it holds 1.5 MiB, more than the limit of 1 MiB\n  hint: set CORRIDOR_MAX_SCENARIO_MB to read larger scenarios\n" \
  env CORRIDOR_MAX_SCENARIO_MB=1 "$corridor" validate "$dir/big.yaml"
expect 2 "$dir/big.yaml: error: the file is empty\n  hint: a scenario starts with 'scenario: <name>'\n1 error in $dir/big.yaml\n" \
  env CORRIDOR_MAX_SCENARIO_MB=2 "$corridor" validate "$dir/big.yaml"
expect 2 "error: CORRIDOR_MAX_SCENARIO_MB must be a whole number of MiB from 1 to 2047, got 'lots'\n" \
  env CORRIDOR_MAX_SCENARIO_MB=lots "$corridor" validate scenarios/titr-baltic.yaml

# The output of validate is checked like every report's.
set +e
"$corridor" validate scenarios/titr-baltic.yaml >/dev/full 2>"$dir/err"
code=$?
set -e
[ "$code" = 74 ] || fail "validate >/dev/full: exit $code"
grep -qx "error: cannot write to standard output: No space left on device" "$dir/err" ||
  fail "validate >/dev/full: $(cat "$dir/err")"
set +e
"$corridor" validate scenarios/titr-baltic.yaml >&- 2>"$dir/err"
code=$?
set -e
[ "$code" = 74 ] || fail "validate with standard output closed: exit $code"
grep -qx "error: cannot write to standard output: Bad file descriptor" "$dir/err" ||
  fail "validate with standard output closed: $(cat "$dir/err")"
echo ok
