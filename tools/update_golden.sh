#!/usr/bin/env bash
# Rewrites the golden reports of tests/golden/cases.txt with the current build's output.
# Review `git diff tests/golden` before committing: every change there is a change users see.
#   tools/update_golden.sh [path/to/corridor]
set -euo pipefail
cd "$(dirname "$0")/.."
corridor=${1:-build/ci/corridor}
grep -v '^#' tests/golden/cases.txt | while read -r name expected args; do
  [ -n "$name" ] || continue
  mkdir -p "tests/golden/$(dirname "$expected")"
  # shellcheck disable=SC2086
  "$corridor" $args >"tests/golden/$expected"
  echo "updated tests/golden/$expected ($name)"
done
