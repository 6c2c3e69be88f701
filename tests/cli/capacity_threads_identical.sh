#!/usr/bin/env bash
# corridor capacity: the same scenario and seed give byte-identical JSON whatever the number of
# threads, and the same HTML page apart from the line that quotes the command.
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for threads in 1 2 5; do
  "$corridor" capacity scenarios/titr-2030-x3.yaml --replications 5 --horizon-days 120 \
    --threads "$threads" --no-progress --format json >"$dir/t$threads.json"
done
for threads in 1 2; do
  "$corridor" capacity scenarios/titr-2030-x3.yaml --replications 5 --horizon-days 120 \
    --threads "$threads" --no-progress --format html | grep -v '<p class="made">' >"$dir/t$threads.html"
done
for threads in 2 5; do cmp "$dir/t1.json" "$dir/t$threads.json"; done
cmp "$dir/t1.html" "$dir/t2.html"
