#!/usr/bin/env python3
"""Injects the probe into a copy of an HTML report, and checks what it measured in the browser.

  check_probe.py inject PROBE.js REPORT.html OUT.html
  check_probe.py check run|simulate|capacity|criticality DOM.html

The expectations are those of the flagship scenario (scenarios/titr-baltic.yaml): 30 places,
41 links, 7 demand lines; `corridor run` lists 21 routes and 23 Pareto options
(tests/golden/titr-baltic/run.txt); `corridor simulate` simulates each line's best route.
`corridor capacity` runs its x3 what-if (scenarios/titr-2030-x3.yaml: the same network, the
seven lines and a background line Khorgos -> Poti, best route each): 9 resources, 5 of them
with weekly queues (tests/golden/titr-2030-x3/capacity.txt). `corridor criticality` closes
65 elements, 33 of which change a best route, the first 15 cutting lines of the Middle
Corridor off (tests/golden/titr-baltic/criticality.txt).
"""
import html
import json
import math
import re
import sys

PLACES = 30
LINKS = 41
LINES = 7
# Per demand line: (routes listed, Pareto options), from tests/golden/titr-baltic/run.txt.
RUN_OPTIONS = [(3, 4), (3, 4), (3, 5), (3, 2), (3, 2), (3, 4), (3, 2)]
CAPACITY_LINES = 8
CAPACITY_RESOURCES = 9
CAPACITY_QUEUES = 5
CRITICAL_ELEMENTS = 33
CRITICAL_CUT = 15

failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def inject(probe_path, report_path, out_path):
    with open(probe_path, encoding="utf-8") as f:
        probe = f.read()
    with open(report_path, encoding="utf-8") as f:
        page = f.read()
    assert page.count("</body>") == 1
    page = page.replace("</body>", '<script id="corridor-probe-script">' + probe + "</script></body>")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(page)


def near(a, b, tolerance=1.5):
    return math.dist(a, b) <= tolerance


def check_map(m, kind):
    expect(m["land"] > 1000, "the base map's land is drawn")
    expect(m["links"] == LINKS, f"{LINKS} links drawn, not {m['links']}")
    expect(m["links_drawn"] == LINKS, f"every link visible, {m['links_drawn']} are")
    # The policy avoids RU and BY: the 4 links with an end there (Kanisai-Moscow, Moscow-Minsk,
    # Minsk-Kena, Minsk-Malaszewicze) are closed by it.
    expect(m["links_closed"] == 4, f"4 links closed by the policy, not {m['links_closed']}")
    expect(len(m["places"]) == PLACES, f"{PLACES} places, not {len(m['places'])}")
    labels = m["labels"]
    for end in ("Xi'an", "Khorgos", "Dostyk", "Kaunas KIT", "Vilnius VIT", "Klaipeda"):
        expect(end in labels["names"], f"the demand-line end {end} is named on the map")
    expect(labels["count"] >= PLACES * 3 // 4, f"most places named, {labels['count']} are")
    expect(not labels["outside"], f"map labels stick out of the map: {labels['outside']}")
    expect(not labels["overlapping"], f"map labels overlap: {labels['overlapping']}")
    expect(m["routes_empty"] == 0, f"{m['routes_empty']} route paths are empty")
    lines = CAPACITY_LINES if kind == "capacity" else LINES
    shown = m["shown"]
    expect(len(shown) == lines, f"the chosen route of each of the {lines} lines shown, not {len(shown)}")
    expect(all(" chosen" in r["cls"] for r in shown), "only chosen routes shown at first")
    # Done when: the corridor from Khorgos to Vilnius is visible on the map, end to end.
    kv = [r for r in shown if r["title"].startswith("Khorgos \u2192 Vilnius VIT (KHORGOS->VILNIUS_VIT), Route 1:")]
    expect(len(kv) == 1, "the chosen route Khorgos \u2192 Vilnius VIT is shown")
    if kv:
        expect(near(kv[0]["start"], m["places"]["Khorgos"]), "it starts at Khorgos")
        expect(near(kv[0]["end"], m["places"]["Vilnius VIT"]), "it ends at Vilnius VIT")
        expect(kv[0]["length"] > 300, "it crosses the map")
    options = RUN_OPTIONS if kind == "run" else [(1, 0)] * lines
    total = sum(r + p for r, p in options)
    expect(m["routes"] == total, f"{total} route paths, not {m['routes']}")
    expect(m["picks"] == 1 + lines + total, f"{1 + lines + total} picker entries, not {m['picks']}")
    picked = m["picked"]
    expect(sorted(picked["pick-all"]) == sorted(r["cls"] for r in shown), "'all' shows the chosen routes")
    # Line 5 is Khorgos -> Vilnius VIT.
    expect(len(picked.get("pick-l5", [])) == sum(options[4]), "a line's entry shows all its routes")
    if kind == "run":
        expect(picked.get("pick-l5-2") == ["route l5 l5-2 alt"], "a route's entry shows it alone")
        expect(picked.get("pick-l5-p1") == ["route l5 l5-p1 alt"], "so does a Pareto option's")
    # Capacity: each resource marked by its utilisation, the three worst ranked; criticality:
    # each element whose closure changes a best route, the five most critical ranked.
    marks, badges = {"capacity": (CAPACITY_RESOURCES, 3), "criticality": (CRITICAL_ELEMENTS, 5)}.get(
        kind, (0, 0))
    expect(m["marks"] == marks, f"{marks} marks on the map, not {m['marks']}")
    expect(m["marks_drawn"] == marks, f"every mark drawn, {m['marks_drawn']} are")
    expect(m["badges"] == [str(i + 1) for i in range(badges)], f"ranks on the map: {m['badges']}")


def check_charts(charts, kind):
    for c in charts:
        expect(c["box"][2] > 300 and c["box"][3] > 150, f"{c['id']} is drawn ({c['box']})")
        expect(not c["text"]["outside"], f"{c['id']}: texts stick out: {c['text']['outside']}")
        expect(not c["text"]["overlapping"], f"{c['id']}: texts overlap: {c['text']['overlapping']}")
    ranking = [c for c in charts if "ranking" in c["cls"]]
    timeseries = [c for c in charts if "timeseries" in c["cls"]]
    if kind == "capacity":
        expect([c["id"] for c in charts] == ["bottlenecks", "queues"], "the capacity charts")
        if len(ranking) == 1:
            bars = ranking[0]["ranked"]
            expect(len(bars) == CAPACITY_RESOURCES, f"a bar per resource, {len(bars)} found")
            expect(all(b["width"] > 0 for b in bars), "every resource's bar drawn")
            # Aktau -> Alat (Baku), the worst, is used 88.9 %, more than Aktau's 53.1 %.
            expect(bars and "util-high" in bars[0]["cls"], "the ferry is in the 80-95 % band")
            expect(len(bars) > 1 and bars[0]["width"] > bars[1]["width"], "longer than the next")
        if len(timeseries) == 1:
            series = timeseries[0]["series"]
            expect(len(series) == CAPACITY_QUEUES, f"{CAPACITY_QUEUES} queue lines, {len(series)}")
            expect(all(n > 100 for n in series), f"each queue line drawn: {series}")
        return
    if kind == "criticality":
        expect([c["id"] for c in charts] == ["ranking"], "the criticality chart")
        if len(ranking) == 1:
            bars = ranking[0]["ranked"]
            cut = [b for b in bars if "off-scale" in b["cls"]]
            expect(len(cut) == CRITICAL_CUT, f"{CRITICAL_CUT} hatched cut-off bars, {len(cut)}")
            expect(all(b["width"] > 0 for b in cut), "each drawn")
            expect(bars[:CRITICAL_CUT] == cut, "cut-offs rank first")
        return
    scatter = [c for c in charts if "scatter" in c["cls"]]
    distribution = [c for c in charts if "distribution" in c["cls"]]
    stacked = [c for c in charts if "stacked" in c["cls"]]
    if kind == "run":
        expect(len(scatter) == LINES, f"a scatter per line, {len(scatter)} found")
        for c, (r, p) in zip(scatter, RUN_OPTIONS):
            expect(c["points"] == r + p, f"{c['id']}: {r + p} points, not {c['points']}")
        expect(not distribution and not stacked, "no simulation charts in a route report")
    else:
        expect(len(distribution) == LINES, f"a distribution per line, {len(distribution)} found")
        expect(len(stacked) == LINES, f"where the time goes per line, {len(stacked)} found")
        for c in distribution:
            # 30 bins, less a long tail cut off at the axis, which a note then accounts for.
            expect(5 <= c["bars"] <= 30, f"{c['id']}: {c['bars']} bars")
            expect((c["bars"] == 30) == (c["tail"] == ""), f"{c['id']}: a note on the tail")
            expect(c["tail"] == "" or c["tail"].startswith("not drawn: "), f"{c['id']}: {c['tail']}")
            expect(c["bars_drawn"] > 5, f"{c['id']}: bars have height")
            expect(c["cdf"] > 100, f"{c['id']}: the cumulative curve is drawn")
            names = " ".join(c["markers"])
            for marker in ("P50 ", "P90 ", "P95 ", "deadline "):
                expect(marker in names, f"{c['id']}: {marker.strip()} marked")
        for c in stacked:
            expect(c["segments"] > 5, f"{c['id']}: {c['segments']} segments")
        expect(not scatter, "no route scatter in a simulation report")


def check(kind, dom_path):
    with open(dom_path, encoding="utf-8") as f:
        dom = f.read()
    # The last one: the probe's own source, earlier in the page, names the element too.
    found = re.findall(r'<pre id="corridor-probe">(.*?)</pre>', dom, re.S)
    if not found:
        print(f"FAIL: {dom_path}: the probe did not run")
        return 1
    probe = json.loads(html.unescape(found[-1]))
    expect(not probe["errors"], f"the probe failed: {probe['errors']}")
    expect(probe["resources"] == [], f"the page fetched {probe['resources']}")
    expect(probe["external"] == 0, f"{probe['external']} elements refer to other files")
    expect("map" in probe, "the map is there")
    if "map" in probe:
        check_map(probe["map"], kind)
    check_charts(probe["charts"], kind)
    expect(probe["tables"] >= (4 if kind == "capacity" else LINES), f"the text report's tables, {probe['tables']} found")
    for f in failures:
        print(f"FAIL: {kind}: {f}")
    if not failures:
        print(f"ok: {kind}: map, {len(probe['charts'])} charts and {probe['tables']} tables rendered")
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1] == "inject":
        inject(*sys.argv[2:5])
        sys.exit(0)
    sys.exit(check(sys.argv[2], sys.argv[3]))
