#!/usr/bin/env bash
# The scenario cache changes nothing but the time a load takes: every command gives the same
# bytes with the cache off, on a cold cache (loaded, then written) and on a warm one (read),
# for every shipped scenario and for the network of tests/cli/data/tables in YAML lists and in
# CSV tables. An edited table makes the cache stale; an error made after caching is located as
# without the cache; warnings after a warm load name the same lines.
#
#   cache_identical.sh CORRIDOR
set -euo pipefail
corridor=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export CORRIDOR_CACHE_MIN_BYTES=0
cache="$dir/cache"

# three_ways NAME FOLDER ARGS...: runs `corridor ARGS` in FOLDER without the cache, on an empty
# cache and again; the three standard outputs and warnings must be the same bytes.
three_ways() {
  local name=$1 folder=$2
  shift 2
  local out="$dir/$name"
  rm -rf "$cache"
  (cd "$folder" && CORRIDOR_CACHE_DIR=off "$corridor" "$@" >"$out.off" 2>"$out.off.err")
  (cd "$folder" && CORRIDOR_CACHE_DIR="$cache" "$corridor" -vv "$@" >"$out.cold" 2>"$out.cold.err")
  grep -q '^scenario cache: no cache yet; written ' "$out.cold.err" ||
    fail "$name: the cold run did not write the cache: $(grep 'scenario cache' "$out.cold.err")"
  (cd "$folder" && CORRIDOR_CACHE_DIR="$cache" "$corridor" "$@" >"$out.warm" 2>"$out.warm.err")
  (cd "$folder" && CORRIDOR_CACHE_DIR="$cache" "$corridor" -vv "$@" >/dev/null 2>"$out.hit.err")
  grep -q '^scenario cache: read ' "$out.hit.err" || fail "$name: the warm run did not read the cache"
  [ -s "$out.off" ] || fail "$name: no output"
  cmp "$out.off" "$out.cold" || fail "$name: the cold run differs from the run without the cache"
  cmp "$out.off" "$out.warm" || fail "$name: the warm run differs from the run without the cache"
  cmp "$out.off.err" "$out.warm.err" || fail "$name: the warm run warns differently"
}

root=$(pwd)
for scenario in scenarios/*.yaml; do
  name=$(basename "$scenario" .yaml)
  three_ways "$name-validate" "$root" validate "$scenario" --plausibility --format json
  three_ways "$name-run" "$root" run "$scenario" --format json
done
flagship=scenarios/titr-baltic.yaml
three_ways baltic-routes "$root" routes "$flagship" --from KHORGOS --to VILNIUS_VIT -k 3 --format json
three_ways baltic-simulate "$root" simulate "$flagship" --replications 500 --no-progress --format json

# The same network in YAML lists and in CSV tables, both through the cache, gives the same
# reports (run from their own folders under the same name, as in tables_identical.sh).
cp -r tests/cli/data/tables "$dir/tables"
for form in yaml csv; do
  where="$dir/tables/$form"
  three_ways "$form-run" "$where" run net.yaml --format json
  three_ways "$form-routes" "$where" routes net.yaml --from KHORGOS --to CONSTANTA -k 3 --format json
  three_ways "$form-simulate" "$where" simulate net.yaml --replications 500 --no-progress --format json
  three_ways "$form-validate" "$where" validate net.yaml --plausibility --format json
done
for report in run routes simulate validate; do
  cmp "$dir/yaml-$report.warm" "$dir/csv-$report.warm" || fail "$report: YAML and tables differ"
done
# Warnings after a warm load point into the form that wrote the link.
grep -qx 'net.yaml:17:5: warning: links\[3\]: rail link crosses AZ-GE with no border node at either end' \
  "$dir/yaml-validate.warm.err" || fail "validate: the warm YAML warning is not located at links[3]"
grep -qx 'net.links.csv:5:1: warning: rail link crosses AZ-GE with no border node at either end' \
  "$dir/csv-validate.warm.err" || fail "validate: the warm table warning is not located at its row"

# An edited table makes the cache stale: the next run loads the files again and says why.
csv="$dir/tables/csv"
(cd "$csv" && CORRIDOR_CACHE_DIR="$cache" "$corridor" run net.yaml --format json >"$dir/before.json")
sed -i 's/^KHORGOS-AKTAU,KHORGOS,AKTAU,rail,1520,2950.5,96,/KHORGOS-AKTAU,KHORGOS,AKTAU,rail,1520,2950.5,196,/' \
  "$csv/net.links.csv"
(cd "$csv" && CORRIDOR_CACHE_DIR="$cache" "$corridor" -vv run net.yaml --format json \
  >"$dir/after.json" 2>"$dir/after.err")
grep -q '^scenario cache: net.links.csv changed; written ' "$dir/after.err" ||
  fail "edited table: not detected: $(grep 'scenario cache' "$dir/after.err")"
(cd "$csv" && CORRIDOR_CACHE_DIR=off "$corridor" run net.yaml --format json >"$dir/after.off.json")
cmp "$dir/after.json" "$dir/after.off.json" || fail "edited table: not the uncached result"
if cmp -s "$dir/before.json" "$dir/after.json"; then fail "edited table: the result did not change"; fi

# An error made after caching is reported, located, as without the cache.
sed -i 's/^KHORGOS-AKTAU,KHORGOS,AKTAU,rail,1520,2950.5,196,/KHORGOS-AKTAU,KHORGOS,AKTAU,rail,1520,2950.5,1x6,/' \
  "$csv/net.links.csv"
set +e
(cd "$csv" && CORRIDOR_CACHE_DIR="$cache" "$corridor" run net.yaml >/dev/null 2>"$dir/error.err")
code=$?
(cd "$csv" && CORRIDOR_CACHE_DIR=off "$corridor" run net.yaml >/dev/null 2>"$dir/error.off.err")
set -e
[ "$code" = 2 ] || fail "an error after caching: exit code $code, not 2"
cmp "$dir/error.err" "$dir/error.off.err" || fail "an error after caching: another message"
grep -q '^net.links.csv:2:46: error: hours: ' "$dir/error.err" ||
  fail "an error after caching: not located at net.links.csv:2:46: $(cat "$dir/error.err")"
echo ok
