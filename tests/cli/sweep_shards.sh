#!/usr/bin/env bash
# `corridor sweep`: the table is the same for any thread count, and `corridor merge` of the
# shards' JSON writes the bytes of the unsharded sweep in every format it writes.
#   sweep_shards.sh CORRIDOR
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
args=(sweep scenarios/titr-baltic.yaml --set 'links.AKTAU-ALAT.schedule.every_hours=24,42,72'
      --set 'policy.avoid_countries=[],[RU,BY]')
for format in json csv text md; do
  "$corridor" "${args[@]}" --threads 1 --format "$format" >"$dir/whole.$format"
  "$corridor" "${args[@]}" --threads 2 --format "$format" >"$dir/two-threads.$format"
  cmp "$dir/whole.$format" "$dir/two-threads.$format"
done
for i in 1 2 3 4; do
  "$corridor" "${args[@]}" --shard "$i/4" -o "$dir/shard$i.json"
done
for format in json csv text md; do
  "$corridor" merge "$dir/shard3.json" "$dir/shard1.json" "$dir/shard4.json" "$dir/shard2.json" \
    --format "$format" >"$dir/merged.$format"
  cmp "$dir/whole.$format" "$dir/merged.$format"
done
# 6 variants x 7 demand lines, and a header.
[ "$(wc -l <"$dir/whole.csv")" -eq 43 ]
# With --simulate too (few replications: the check is of the bytes, not the numbers).
sim=("${args[@]}" --simulate --replications 200 --seed 7)
"$corridor" "${sim[@]}" --format csv >"$dir/sim-whole.csv"
"$corridor" "${sim[@]}" --shard 1/2 -o "$dir/sim1.json"
"$corridor" "${sim[@]}" --shard 2/2 -o "$dir/sim2.json"
"$corridor" merge "$dir/sim1.json" "$dir/sim2.json" --format csv >"$dir/sim-merged.csv"
cmp "$dir/sim-whole.csv" "$dir/sim-merged.csv"
# A shard left out is named, exit 2.
if "$corridor" merge "$dir/shard1.json" "$dir/shard2.json" 2>"$dir/missing.err"; then
  echo "merge without shards 3 and 4 succeeded"; exit 1
fi
grep -q "shard 3/4 is missing" "$dir/missing.err"
