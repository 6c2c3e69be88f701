#!/usr/bin/env bash
# A network loaded from YAML lists and from CSV tables gives the same reports, byte for byte:
# tests/cli/data/tables/yaml/net.yaml and tests/cli/data/tables/csv/net.yaml (its nodes and
# links in net.nodes.csv and net.links.csv) are run from their own folders under the same name,
# so that even the command line in the reports' provenance is the same; so are boxes.yaml, a
# network priced per container, and boxes.yaml with boxes.nodes.csv and boxes.links.csv.
#
#   tables_identical.sh CORRIDOR
set -euo pipefail
corridor=$(realpath "$1")
data=$(realpath tests/cli/data/tables)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

run_both() {
  local name=$1
  shift
  (cd "$data/yaml" && "$corridor" "$@" >"$dir/$name.yaml.out" 2>"$dir/$name.yaml.err")
  (cd "$data/csv" && "$corridor" "$@" >"$dir/$name.csv.out" 2>"$dir/$name.csv.err")
  cmp "$dir/$name.yaml.out" "$dir/$name.csv.out" || fail "$name: the two forms differ"
  [ -s "$dir/$name.yaml.out" ] || fail "$name: no output"
}

run_both routes routes net.yaml --from KHORGOS --to CONSTANTA -k 3 --format json
run_both plan run net.yaml --format json
run_both pareto routes net.yaml --from KHORGOS --to CONSTANTA --pareto --format json
run_both simulate simulate net.yaml --replications 500 --no-progress --format json
run_both validate validate net.yaml --plausibility --format json
# Warnings point into the form that wrote the link: its YAML item, or its table row.
grep -qx 'net.yaml:17:5: warning: links\[3\]: rail link crosses AZ-GE with no border node at either end' \
  "$dir/validate.yaml.err" || fail "validate: the YAML warning is not located at links[3]"
grep -qx 'net.links.csv:5:1: warning: rail link crosses AZ-GE with no border node at either end' \
  "$dir/validate.csv.err" || fail "validate: the table warning is not located at its row"
# The routes found are the ones written by hand: the best goes by rail to Aktau, by sea to Alat,
# by rail to Poti and by sea to Constanta.
grep -q '"KHORGOS-AKTAU"' "$dir/routes.csv.out" || fail "routes: KHORGOS-AKTAU not used"
grep -q '"POTI-CONSTANTA"' "$dir/routes.csv.out" || fail "routes: POTI-CONSTANTA not used"
# Charges per container, worked by hand in yaml/boxes.yaml: the 40 ft line pays USD 380 per TEU
# via B, the 20 ft line USD 450 direct; USD 760 and 450 per container.
run_both boxes run boxes.yaml --format json
run_both boxes-per-container run boxes.yaml --per container --format json
run_both boxes-routes routes boxes.yaml --from A --to C -k 2 --format json
grep -q '"total": 380.0,' "$dir/boxes.csv.out" || fail "boxes: the 40 ft line does not pay 380"
grep -q '"total": 450.0,' "$dir/boxes.csv.out" || fail "boxes: the 20 ft line does not pay 450"
grep -q '"usd_per_week": 1210.0,' "$dir/boxes.csv.out" || fail "boxes: not USD 1,210 a week"
grep -q '"total": 760.0,' "$dir/boxes-per-container.csv.out" ||
  fail "boxes: the 40 ft line does not pay 760 per container"
echo ok
