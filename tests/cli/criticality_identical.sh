#!/usr/bin/env bash
# `corridor criticality` writes byte-identical reports whatever the number of threads (the HTML
# page apart from the line that quotes the command, --threads included), with --simulate too.
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
# The closure delays of --simulate are identical for any thread count too, ...
for threads in 1 2 5; do
  "$corridor" criticality scenarios/titr-baltic.yaml --to KAUNAS_KIT,VILNIUS_VIT --pairs 3 \
    --simulate 72 --replications 500 --threads "$threads" --format json >"$dir/s$threads.json"
done
cmp "$dir/s1.json" "$dir/s2.json"
cmp "$dir/s1.json" "$dir/s5.json"
# ... and the GeoJSON and HTML of a simulated closure say what the JSON says: each element's
# closure_teu_days, and the delay column of the page's ranking table.
"$corridor" criticality scenarios/titr-baltic.yaml --to KAUNAS_KIT,VILNIUS_VIT --simulate 72 \
  --replications 500 --format geojson >"$dir/s.geojson"
"$corridor" criticality scenarios/titr-baltic.yaml --to KAUNAS_KIT,VILNIUS_VIT --simulate 72 \
  --replications 500 --format html >"$dir/s.html"
grep -q 'TEU-days/closure' "$dir/s.html"
python3 - "$dir/s1.json" "$dir/s.geojson" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
geo = json.load(open(sys.argv[2]))
assert geo["closure"]["hours"] == 72, geo["closure"]
want = {c["closed"][0]["id"]: c["closure_teu_days"] for c in report["ranking"]}
got = {f["properties"]["id"]: f["properties"]["closure_teu_days"]
       for f in geo["features"] if f["properties"].get("examined")}
assert got == want, (got, want)
assert any(v and v > 0 for v in got.values())
PY
