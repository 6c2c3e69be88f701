#!/usr/bin/env bash
# Regenerates src/report/basemap_data.cpp, the base map of the HTML reports, from Natural Earth
# (public domain) as packaged in the npm package world-atlas. Needs node and npm; fetches into a
# temporary directory and leaves nothing else behind.
#   tools/basemap/build.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
version=2.0.2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null &&
  npm install --silent --no-audit --no-fund "world-atlas@$version" topojson-client@3.1.0 >/dev/null)
NODE_PATH="$work/node_modules" node tools/basemap/convert.js \
  "$work/node_modules/world-atlas/land-50m.json" \
  "$work/node_modules/world-atlas/countries-50m.json" "$version" >"$work/basemap_data.cpp"
mv "$work/basemap_data.cpp" src/report/basemap_data.cpp
echo "wrote src/report/basemap_data.cpp ($(wc -c <src/report/basemap_data.cpp) bytes)"
