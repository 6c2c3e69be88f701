#!/usr/bin/env bash
# `corridor criticality` writes byte-identical reports whatever the number of threads, with
# --simulate too.
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for threads in 1 2 5; do
  for format in json csv; do
    "$corridor" criticality scenarios/titr-baltic.yaml --ends --pairs 6 --threads "$threads" \
      --format "$format" >"$dir/t$threads.$format"
  done
done
for threads in 2 5; do
  cmp "$dir/t1.json" "$dir/t$threads.json"
  cmp "$dir/t1.csv" "$dir/t$threads.csv"
done
# ... and so do the closure delays of --simulate.
for threads in 1 2 5; do
  "$corridor" criticality scenarios/titr-baltic.yaml --to KAUNAS_KIT,VILNIUS_VIT --pairs 3 \
    --simulate 72 --replications 500 --threads "$threads" --format json >"$dir/s$threads.json"
done
cmp "$dir/s1.json" "$dir/s2.json"
cmp "$dir/s1.json" "$dir/s5.json"
