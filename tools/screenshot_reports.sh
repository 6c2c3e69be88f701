#!/usr/bin/env bash
# Regenerates the screenshots of the HTML reports in docs/img/ (shown in docs/reports.md) with
# headless Chromium: the top of the flagship route report (header, map, first charts) and the
# transit-time charts of its simulation report, the charts of the x3 capacity report and the top
# of the flagship's criticality report. pngquant, where installed, makes them smaller.
#   tools/screenshot_reports.sh [path/to/corridor]
set -euo pipefail
cd "$(dirname "$0")/.."
corridor=${1:-build/ci/corridor}
browser=$(command -v chromium || command -v chromium-browser) ||
  { echo "screenshot_reports: chromium not found (tools/install-deps.sh installs it)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p docs/img

shoot() {  # PAGE PNG HEIGHT
  timeout 90 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size="1100,$3" \
    --screenshot="$2" "file://$1" >/dev/null 2>&1
  if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --strip --quality=70-90 --output "$2" "$2" || true
  fi
  echo "wrote $2 ($(wc -c <"$2") bytes)"
}

# Run where the reports' "made with" line reads as a user would type the command.
corridor=$(realpath "$corridor")
ln -s "$(pwd)/scenarios" "$work/scenarios"
(cd "$work" && "$corridor" run scenarios/titr-baltic.yaml -o run.html &&
  "$corridor" simulate scenarios/titr-baltic.yaml --replications 4000 --no-progress \
    -o simulate.html &&
  "$corridor" capacity scenarios/titr-2030-x3.yaml --no-progress -o capacity.html &&
  "$corridor" criticality scenarios/titr-baltic.yaml -o criticality.html)
# The picture of the simulation shows the charts of Khorgos -> Kaunas KIT (the fourth demand
# line, by the Middle Corridor): hide what comes before them.
sed 's#</style>#header,\#map,\#transit>p,\#transit-l1,\#transit-l2,\#transit-l3{display:none}</style>#' \
  "$work/simulate.html" >"$work/simulate-charts.html"
shoot "$work/run.html" docs/img/report-run.png 1250
shoot "$work/simulate-charts.html" docs/img/report-simulate.png 1180
# The capacity picture shows its two charts: the bottleneck ranking and the weekly queues.
sed 's#</style>#header,\#map{display:none}</style>#' "$work/capacity.html" \
  >"$work/capacity-charts.html"
shoot "$work/capacity-charts.html" docs/img/report-capacity.png 1000
shoot "$work/criticality.html" docs/img/report-criticality.png 1300
