#!/usr/bin/env bash
# Formats every C++ file with the repository's .clang-format.
#   tools/format.sh          rewrite files in place
#   tools/format.sh --check  list files that are not formatted and exit 1 (CTest runs this)
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.hpp' '*.h' | grep -v '^build/')
if [ "${1:-}" = "--check" ]; then
  bad=0
  for f in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then echo "not formatted: $f"; bad=1; fi
  done
  [ $bad = 0 ] && echo "${#files[@]} files formatted"
  exit $bad
fi
clang-format -i "${files[@]}"
