#!/usr/bin/env bash
# Installs corridor from a build tree into a temporary prefix, builds the consumer project
# against it, and checks that the consumer and the installed `corridor` price the flagship
# alike.
#
#   check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
# Nothing outside the prefix may be needed: configure with a clean environment.
env -u CMAKE_PREFIX_PATH cmake -S "$source/tests/package/consumer" -B "$work/build" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/build" >/dev/null

scenario="$source/scenarios/titr-baltic.yaml"
"$work/build/consumer" "$scenario" >"$work/consumer.json"
"$work/prefix/bin/corridor" run "$scenario" --format json >"$work/corridor.json"
if ! cmp -s "$work/consumer.json" "$work/corridor.json"; then
  echo "the consumer's report differs from corridor's:"
  diff "$work/corridor.json" "$work/consumer.json" | head -20
  exit 1
fi
grep -q '"schema_version"' "$work/consumer.json" || { echo "no report from the consumer"; exit 1; }
echo "installed package: consumer built and priced the flagship as corridor does"
