#!/usr/bin/env bash
# The scenario library's CI gate: the commands the example workflows run (github-actions.yml,
# gitlab-ci.yml), in one script so that a workflow and its test run the same thing.
#
#   examples/ci/corridor-gate.sh [-c CORRIDOR] [-d SCENARIO_DIR] [-o REPORT_DIR] [WHAT-IF.yaml ...]
#
# 1. `corridor validate` every scenario of SCENARIO_DIR (default scenarios);
# 2. `corridor check` every scenario: its own checks: (see docs/gates.md);
# 3. `corridor compare BASE WHAT-IF --simulate` for each what-if named (default: every scenario
#    of SCENARIO_DIR with an `extends:`), BASE being the file it extends: the inputs it changes,
#    the deltas, and its checks, relative ones included.
#
# Every step runs whatever the others gave, so that one job publishes every report. Each check
# and comparison writes REPORT_DIR (default corridor-reports)/NAME.check.xml or
# NAME.compare.xml (JUnit) and appends its Markdown to REPORT_DIR/summary.md (the verdict first);
# GitHub annotations (`::error file=...,line=...::`) go to standard output. Exit code: 2 when a
# scenario is invalid, else 1 when a check failed, else 0.
set -uo pipefail

corridor=${CORRIDOR:-corridor}
scenarios=scenarios
reports=corridor-reports
while getopts "c:d:o:" opt; do
  case $opt in
    c) corridor=$OPTARG ;;
    d) scenarios=$OPTARG ;;
    o) reports=$OPTARG ;;
    *) echo "usage: $0 [-c CORRIDOR] [-d SCENARIO_DIR] [-o REPORT_DIR] [WHAT-IF.yaml ...]" >&2
       exit 2 ;;
  esac
done
shift $((OPTIND - 1))

mkdir -p "$reports" || exit 74
: >"$reports/summary.md"
invalid=0
failed=0

# note CODE STEP: records a step's exit code (1: a check failed, 2: bad input, other: an error).
note() {
  case $1 in
    0) ;;
    1) failed=1 ;;
    2) invalid=1 ;;
    *) echo "::error::$2 stopped with exit code $1" ; invalid=1 ;;
  esac
}

# base_of WHAT-IF: the file its top-level `extends:` names, relative to the what-if's folder.
base_of() {
  local extends
  extends=$(sed -n 's/^extends:[[:space:]]*["'\'']\{0,1\}\([^"'\''#]*[^"'\''#[:space:]]\).*/\1/p' "$1")
  [ -n "$extends" ] && echo "$(dirname "$1")/$extends"
}

shopt -s nullglob
files=("$scenarios"/*.yaml)
if [ ${#files[@]} -eq 0 ]; then
  echo "::error::no scenario (*.yaml) in $scenarios" >&2
  exit 2
fi

for file in "${files[@]}"; do
  "$corridor" validate "$file" >/dev/null
  note $? "corridor validate $file"
done

for file in "${files[@]}"; do
  name=$(basename "$file" .yaml)
  "$corridor" check "$file" --format github --junit "$reports/$name.check.xml" \
    --summary "$reports/$name.check.md"
  note $? "corridor check $file"
  [ -f "$reports/$name.check.md" ] && cat "$reports/$name.check.md" >>"$reports/summary.md"
done

whatifs=("$@")
if [ ${#whatifs[@]} -eq 0 ]; then
  for file in "${files[@]}"; do
    [ -n "$(base_of "$file")" ] && whatifs+=("$file")
  done
fi
for file in "${whatifs[@]}"; do
  base=$(base_of "$file")
  if [ -z "$base" ]; then
    echo "$file extends no scenario: nothing to compare it with" >&2
    continue
  fi
  name=$(basename "$file" .yaml)
  "$corridor" compare "$base" "$file" --simulate --format github \
    --junit "$reports/$name.compare.xml" --summary "$reports/$name.compare.md"
  note $? "corridor compare $base $file"
  [ -f "$reports/$name.compare.md" ] && cat "$reports/$name.compare.md" >>"$reports/summary.md"
done

if [ $invalid -ne 0 ]; then exit 2; fi
exit $failed
