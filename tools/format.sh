#!/usr/bin/env bash
# Formats every C++ file with the repository's .clang-format.
#   tools/format.sh          rewrite files in place
#   tools/format.sh --check  list files that are not formatted and exit 1 (CTest runs this)
# In a git checkout the files are those git tracks or would track; elsewhere (an exported
# tree) every C++ file under include, src, tests and tools. Finding none is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.hpp' '*.h' | grep -v '^build/')
else
  mapfile -t files < <(find include src tests tools -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) | sort)
fi
if [ ${#files[@]} = 0 ]; then
  echo "format: no C++ files found under $(pwd)" >&2
  exit 1
fi
if [ "${1:-}" = "--check" ]; then
  bad=0
  for f in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then echo "not formatted: $f"; bad=1; fi
  done
  [ $bad = 0 ] && echo "${#files[@]} files formatted"
  exit $bad
fi
clang-format -i "${files[@]}"
