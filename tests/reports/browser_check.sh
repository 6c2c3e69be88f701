#!/usr/bin/env bash
# Opens HTML reports of the flagship scenario in headless Chromium and checks that they render:
# no console messages, nothing fetched, the map (links, places, routes, the CSS-only picker)
# and every chart drawn, labels inside their drawings and apart (check_probe.py). Writes
# screenshots and an A4 PDF of each report to ARTEFACTS.
#   tests/reports/browser_check.sh path/to/corridor ARTEFACTS
# Exits 77 (CTest: skipped) where Chromium is not installed.
set -euo pipefail
corridor=$1
artefacts=$2
here=$(cd "$(dirname "$0")" && pwd)
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIPPED: chromium not found (tools/install-deps.sh installs it); the HTML reports were not opened in a browser"
  exit 77
fi
mkdir -p "$artefacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A fresh profile each time, nothing that talks to the network, and a time limit: headless
# Chromium now and then hangs at start-up, so a call that times out is tried once more.
calls=0
chrome() {
  local attempt
  for attempt in 1 2; do
    calls=$((calls + 1))
    if timeout 90 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$work/profile-$calls" --enable-logging=stderr --v=0 "$@"; then
      return 0
    fi
    echo "chromium failed or timed out (attempt $attempt)" >&2
  done
  return 1
}

check() {  # NAME KIND: NAME.html in $work, checked as a KIND report
  local name=$1 kind=$2
  local page="$work/$name.html"
  # The probe goes into a copy: the report itself has no script.
  python3 "$here/check_probe.py" inject "$here/probe.js" "$page" "$work/$name-probe.html"
  chrome --window-size=1200,1400 --dump-dom "file://$work/$name-probe.html" \
    >"$work/$name.dom" 2>"$work/$name.log"
  # The reports run no script: any console message at all is a fault.
  if grep -a 'CONSOLE' "$work/$name.log"; then
    echo "FAIL: $name: console messages (above)"
    exit 1
  fi
  python3 "$here/check_probe.py" check "$kind" "$work/$name.dom"
  chrome --window-size=1200,1400 --hide-scrollbars --screenshot="$artefacts/report-$name.png" \
    "file://$page" >/dev/null 2>&1
  chrome --no-pdf-header-footer --print-to-pdf="$artefacts/report-$name.pdf" "file://$page" \
    >/dev/null 2>&1
  [ -s "$artefacts/report-$name.png" ] || { echo "FAIL: $name: no screenshot"; exit 1; }
  # A4 is 595 x 842 points.
  grep -aq 'MediaBox \[0 0 59[45]\.[0-9]* 84[12]\.[0-9]*\]' "$artefacts/report-$name.pdf" ||
    { echo "FAIL: $name: the PDF is not A4"; exit 1; }
  echo "ok: $name: $(wc -c <"$page") bytes, screenshot and A4 PDF in $artefacts"
}

# -o infers the format from the extension, as a user would write it.
"$corridor" run scenarios/titr-baltic.yaml -o "$work/run.html"
"$corridor" simulate scenarios/titr-baltic.yaml --replications 2000 --no-progress \
  -o "$work/simulate.html"
"$corridor" capacity scenarios/titr-2030-x3.yaml --no-progress -o "$work/capacity.html"
"$corridor" criticality scenarios/titr-baltic.yaml -o "$work/criticality.html"
check run run
check simulate simulate
check capacity capacity
check criticality criticality
# Mailable: every report under 1 MB.
for page in "$work"/{run,simulate,capacity,criticality}.html; do
  size=$(wc -c <"$page")
  [ "$size" -lt 1000000 ] || { echo "FAIL: $page is $size bytes, over 1 MB"; exit 1; }
done
