#!/usr/bin/env bash
# `corridor criticality` writes byte-identical reports whatever the number of threads (the HTML
# page apart from the line that quotes the command, --threads included).
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for threads in 1 2 5; do
  for format in json csv html geojson; do
    "$corridor" criticality scenarios/titr-baltic.yaml --ends --pairs 6 --threads "$threads" \
      --format "$format" >"$dir/t$threads.$format"
  done
done
for threads in 2 5; do
  cmp "$dir/t1.json" "$dir/t$threads.json"
  cmp "$dir/t1.csv" "$dir/t$threads.csv"
  cmp "$dir/t1.geojson" "$dir/t$threads.geojson"
  cmp <(grep -v '<p class="made">' "$dir/t1.html") <(grep -v '<p class="made">' "$dir/t$threads.html")
done
# Closing pairs draws a second ranking.
grep -q '<svg id="pairs" class="chart ranking"' "$dir/t1.html"
