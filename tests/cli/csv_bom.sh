#!/usr/bin/env bash
# --csv-bom puts a UTF-8 byte order mark (EF BB BF) before a CSV report, and nothing else
# changes: for run, simulate, calibrate and the plausibility report, on standard output and in
# a file.
set -euo pipefail
corridor=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for command in "run scenarios/titr-baltic.yaml" \
               "simulate scenarios/titr-baltic.yaml --replications 50 --no-progress" \
               "calibrate scenarios/titr-baltic.yaml" \
               "validate scenarios/titr-baltic.yaml --plausibility"; do
  # shellcheck disable=SC2086
  "$corridor" $command --format csv >"$dir/plain.csv"
  # shellcheck disable=SC2086
  "$corridor" $command --format csv --csv-bom >"$dir/bom.csv"
  [ "$(head -c 3 "$dir/bom.csv" | od -An -tx1 | tr -d ' \n')" = "efbbbf" ]
  cmp <(tail -c +4 "$dir/bom.csv") "$dir/plain.csv"
  # shellcheck disable=SC2086
  "$corridor" $command --csv-bom -o "$dir/file.csv"
  cmp "$dir/bom.csv" "$dir/file.csv"
  # Without the option, no mark.
  [ "$(head -c 3 "$dir/plain.csv" | od -An -tx1 | tr -d ' \n')" != "efbbbf" ]
done
