#!/usr/bin/env bash
# The same scenario and seed give byte-identical JSON whatever the number of threads.
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for threads in 1 2 4 7; do
  "$corridor" simulate scenarios/titr-baltic.yaml --replications 3000 --threads "$threads" \
    --no-progress --format json >"$dir/t$threads.json"
done
for threads in 2 4 7; do cmp "$dir/t1.json" "$dir/t$threads.json"; done
