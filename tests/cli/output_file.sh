#!/usr/bin/env bash
# `-o FILE` writes exactly what standard output would show, takes its format from the file's
# extension, and leaves no temporary file behind.
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$corridor" run scenarios/titr-baltic.yaml --format json >"$dir/stdout.json"
"$corridor" run scenarios/titr-baltic.yaml -o "$dir/report.json"
cmp "$dir/stdout.json" "$dir/report.json"
"$corridor" run scenarios/titr-baltic.yaml --format md -o "$dir/report.txt"
head -n 1 "$dir/report.txt" | grep -q '^# titr-baltic'
# Overwriting keeps the file whole, and nothing else is left in the directory.
"$corridor" run scenarios/titr-baltic.yaml -o "$dir/report.json"
cmp "$dir/stdout.json" "$dir/report.json"
[ "$(ls "$dir" | sort | tr '\n' ' ')" = "report.json report.txt stdout.json " ]
