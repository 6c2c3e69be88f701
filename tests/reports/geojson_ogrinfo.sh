#!/usr/bin/env bash
# Reads the flagship's GeoJSON reports (run, simulate, capacity, criticality) with GDAL's ogrinfo, as a GIS would: one layer named
# after the scenario, its features by kind and geometry, its fields, longitude-latitude order
# and one link's values worked out from scenarios/titr-baltic.yaml.
#   tests/reports/geojson_ogrinfo.sh path/to/corridor
# Exits 77 (CTest: skipped) where ogrinfo (Debian gdal-bin) is not installed.
set -euo pipefail
corridor=$1
if ! command -v ogrinfo >/dev/null; then
  echo "SKIPPED: ogrinfo not found (Debian gdal-bin; tools/install-deps.sh installs it)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
expect() {  # TEXT FILE: FILE has a line containing exactly TEXT
  if ! grep -qxF -- "$1" "$2"; then
    echo "FAIL: expected the line '$1' in $(basename "$2")"
    status=1
  fi
}
count() {  # EXPECTED WHAT FILE PATTERN
  local n
  n=$(grep -c -- "$4" "$3" || true)
  if [ "$n" != "$1" ]; then
    echo "FAIL: $2: $n, expected $1"
    status=1
  fi
}

# -o infers the format from the extension.
"$corridor" run scenarios/titr-baltic.yaml -o "$work/run.geojson"
ogrinfo -ro -so -al "$work/run.geojson" >"$work/summary.txt"
ogrinfo -ro -al "$work/run.geojson" >"$work/features.txt"
expect "Layer name: titr-baltic" "$work/summary.txt"
# 30 places and 41 links (scenarios/titr-baltic.yaml, all located), 21 routes and 23 Pareto
# options (tests/golden/titr-baltic/run.txt).
expect "Feature Count: 115" "$work/summary.txt"
count 30 "nodes" "$work/features.txt" '^  feature (String) = node$'
count 41 "links" "$work/features.txt" '^  feature (String) = link$'
count 21 "best routes" "$work/features.txt" '^  set (String) = best$'
count 23 "Pareto options" "$work/features.txt" '^  set (String) = pareto$'
count 30 "points" "$work/features.txt" '^  POINT ('
count 85 "lines (links and routes)" "$work/features.txt" '^  LINESTRING ('
# Longitude first: Hamburg (9.93 E) is the westernmost place, Shanghai (30.63 N) the
# southernmost, Shanghai (122.07 E) the easternmost and Moscow (55.75 N) the northernmost.
expect "Extent: (9.930000, 30.630000) - (122.070000, 55.750000)" "$work/summary.txt"
for field in "feature: String" "id: String" "name: String" "kind: String" "country: String" \
  "mode: String" "gauge_mm: Integer" "km: Real" "hours: Real" "wait_hours: Real" "usd: Real" \
  "closed_by: String" "days: Real" "co2e_kg: Real" \
  "generalized_usd: Real" "transshipments: Integer"; do
  expect "$field (0.0)" "$work/summary.txt"
done
for field in transships bidirectional open; do
  expect "$field: Integer(Boolean) (1.0)" "$work/summary.txt"
done
# The Caspian ferry Kuryk-Alat: 450 km, running time triangular(20, 28, 48) with mean 32 h, a
# departure every 72 h (36 h expected wait), USD 600 per TEU.
ogrinfo -ro -al -where "id='KURYK-ALAT'" "$work/run.geojson" >"$work/ferry.txt"
expect "  mode (String) = ferry" "$work/ferry.txt"
expect "  country (String) = KZ, AZ" "$work/ferry.txt"
expect "  km (Real) = 450" "$work/ferry.txt"
expect "  hours (Real) = 32" "$work/ferry.txt"
expect "  wait_hours (Real) = 36" "$work/ferry.txt"
expect "  usd (Real) = 600" "$work/ferry.txt"
expect "  LINESTRING (51.68 43.17,49.41 39.93)" "$work/ferry.txt"
# The policy closes the links into Russia and Belarus.
ogrinfo -ro -al -where "id='MOSCOW-MINSK'" "$work/run.geojson" >"$work/closed.txt"
expect "  closed_by (String) = avoid_countries: RU, BY" "$work/closed.txt"

# A simulation: the same network and each line's simulated route.
"$corridor" simulate scenarios/titr-baltic.yaml --replications 200 --no-progress \
  --format geojson -o "$work/simulate.json"
ogrinfo -ro -so -al "$work/simulate.json" >"$work/simulate.txt"
expect "Feature Count: 78" "$work/simulate.txt"
expect "p95_days: Real (0.0)" "$work/simulate.txt"
expect "on_time_probability: Real (0.0)" "$work/simulate.txt"

# The capacity simulation of the x3 what-if: the network and its 9 resources
# (tests/golden/titr-2030-x3/capacity.json), the worst the Caspian ferry Aktau -> Alat.
"$corridor" capacity scenarios/titr-2030-x3.yaml --no-progress -o "$work/capacity.geojson"
ogrinfo -ro -so -al "$work/capacity.geojson" >"$work/capacity.txt"
ogrinfo -ro -al "$work/capacity.geojson" >"$work/capacity-features.txt"
expect "Layer name: titr-2030-x3" "$work/capacity.txt"
expect "Feature Count: 80" "$work/capacity.txt"
count 9 "resources" "$work/capacity-features.txt" '^  feature (String) = resource$'
for field in "rank: Integer" "utilisation: Real" "mean_queue_teu: Real" "p95_wait_hours: Real" \
  "teu_carried: Real" "capacity_unit: String"; do
  expect "$field (0.0)" "$work/capacity.txt"
done
ogrinfo -ro -al -where "feature='resource' AND rank=1" "$work/capacity.geojson" >"$work/worst.txt"
expect "  name (String) = Aktau → Alat (Baku)" "$work/worst.txt"
expect "  kind (String) = departures" "$work/worst.txt"
expect "  utilisation (Real) = 0.8895" "$work/worst.txt"
expect "  LINESTRING (51.2 43.6,49.41 39.93)" "$work/worst.txt"

# Criticality of the flagship: every node and link with its damage; the 6 ends of demand lines
# are not closed, the other 65 are, Shalkar first: it cuts 4 lines, 48 TEU a week
# (tests/golden/titr-baltic/criticality.txt).
"$corridor" criticality scenarios/titr-baltic.yaml -o "$work/criticality.geojson"
ogrinfo -ro -so -al "$work/criticality.geojson" >"$work/criticality.txt"
ogrinfo -ro -al "$work/criticality.geojson" >"$work/criticality-features.txt"
expect "Feature Count: 71" "$work/criticality.txt"
expect "examined: Integer(Boolean) (1.0)" "$work/criticality.txt"
for field in "rank: Integer" "lines_affected: Integer" "lines_cut: Integer" \
  "teu_per_week_cut: Real" "generalized_usd_per_week: Real" "teu_days_per_week: Real"; do
  expect "$field (0.0)" "$work/criticality.txt"
done
count 65 "elements closed" "$work/criticality-features.txt" '^  examined (Integer(Boolean)) = 1$'
ogrinfo -ro -al -where "rank=1" "$work/criticality.geojson" >"$work/critical.txt"
expect "  id (String) = SHALKAR" "$work/critical.txt"
expect "  lines_cut (Integer) = 4" "$work/critical.txt"
expect "  teu_per_week_cut (Real) = 48" "$work/critical.txt"

[ $status = 0 ] && echo "ok: GDAL reads the GeoJSON reports"
exit $status
