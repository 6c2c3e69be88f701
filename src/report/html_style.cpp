// The style sheet of the HTML reports: one for screen and A4 print. Map and chart pieces are
// styled by class here, so that every report draws a rail line or a percentile alike.

#include "report/html_page.hpp"

namespace corridor::report::detail::html {

namespace {

// Colours: the map's modes and the charts' categories stay apart in grey and for colour-blind
// readers because each also differs in line pattern, width or fill pattern.
constexpr std::string_view kStyle =
    R"css(:root{--ink:#1d2125;--muted:#5b6670;--rule:#d5dadf;--faint:#f3f5f7;--accent:#0b5cad;--route:#f2a900}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1100px;padding:24px 28px 40px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;color:var(--ink);background:#fff}
h1{font-size:26px;line-height:1.2;margin:2px 0 6px}
h2{font-size:20px;margin:34px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--ink)}
h3{font-size:16px;margin:24px 0 8px}
h4{font-size:14px;margin:18px 0 6px;color:var(--muted)}
p{margin:6px 0 10px}
a{color:var(--accent)}
code{font:12.5px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;background:var(--faint);padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
.kind{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted)}
.lede{font-size:16px;margin:0 0 10px}
.facts{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 18px;color:var(--muted)}
.made{color:var(--muted);font-size:13px}
nav ol{margin:8px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px}
figure{margin:12px 0 18px}
figcaption{font-size:13px;color:var(--muted);margin-top:4px}
.charts figcaption,figure.wide figcaption{font-weight:600;color:var(--ink);margin:0 0 2px}
svg{display:block;width:100%;height:auto;font-family:inherit}
svg.defs{position:absolute;width:0;height:0}
.table{overflow-x:auto;margin:6px 0 14px}
table{border-collapse:collapse;font-size:12.5px;font-variant-numeric:tabular-nums}
th,td{padding:3px 8px;text-align:left;vertical-align:top}
th{border-bottom:1.5px solid var(--ink);font-weight:600}
td{border-bottom:1px solid var(--rule)}
tbody tr:nth-child(even) td{background:#fafbfc}
th.r,td.r{text-align:right;white-space:nowrap}
table.sources td:nth-child(3){min-width:24em}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0 12px;font-size:13px}
dl.fields dt{color:var(--muted)}
dl.fields dd{margin:0}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(430px,1fr));gap:6px 24px}
.charts figure,figure.wide{max-width:760px}
.note{color:var(--muted);font-size:13px}
.map .water{fill:#e4eef5}
.map .land{fill:#efede7}
.map .borders{fill:none;stroke:#fff;stroke-width:1.3;stroke-linejoin:round}
.map .link{fill:none;stroke-linecap:round;stroke-linejoin:round}
.map .link.rail{stroke:#30353a;stroke-width:1.7}
.map .link.rail.broad{stroke-width:3.6}
.map .link-inner{fill:none;stroke:#fff;stroke-width:1.4;stroke-linecap:round;pointer-events:none}
.map .link.rail.narrow{stroke-width:1.2;stroke-dasharray:3 2}
.map .link.road{stroke:#b8590b;stroke-width:1.8;stroke-dasharray:6 3}
.map .link.sea{stroke:#1f6fb2;stroke-width:2;stroke-dasharray:.5 4}
.map .link.ferry{stroke:#0c8488;stroke-width:1.9;stroke-dasharray:8 3 1.5 3}
.map .link.closed{stroke:#a3a9ae;stroke-width:1.3;stroke-dasharray:2 3;stroke-opacity:.9}
.map .crosses path{stroke:#6d7378;stroke-width:1.6;fill:none}
.map .route{fill:none;stroke:var(--route);stroke-opacity:.6;stroke-width:10;stroke-linecap:round;stroke-linejoin:round;visibility:hidden}
.map .route.alt{stroke-dasharray:12 8}
.map .route:hover{stroke-opacity:.95}
.map .place{fill:#fff;stroke:var(--ink);stroke-width:1.4}
.map .place.hub{fill:var(--ink)}
.map .place.end{stroke-width:2.2}
.map .labels text,.map .credit,.map .scale text{font-size:11px;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.map .labels .strong{font-size:12px;font-weight:700}
.map .credit{font-size:9px;fill:var(--muted)}
.map .scale path{fill:none;stroke:var(--ink);stroke-width:1.5}
.mapbox .picker{margin-top:8px;font-size:12.5px}
.picker summary{cursor:pointer;font-weight:600;padding:2px 0}
.picker .lines{columns:2 360px;column-gap:28px;margin-top:6px}
.picker .line{break-inside:avoid;margin:0 0 10px}
.picker .line-name{font-weight:600;margin:0 0 2px}
.picker label{display:block;padding:1px 6px;border-radius:3px;cursor:pointer}
.picker label:hover{background:var(--faint)}
.picker .corridor{color:var(--muted)}
.pick{position:absolute;opacity:0;width:1px;height:1px;margin:0}
ul.legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:12.5px}
ul.legend svg{display:inline-block;width:34px;height:14px;vertical-align:middle;margin-right:5px}
ul.legend .map .route{visibility:visible;stroke-width:8}
.chart{font-size:11px}
.chart text{fill:var(--muted)}
.chart .label,.chart .bar-label,.chart .bar-total,.chart .point-labels text,.chart .legend text{fill:var(--ink)}
.axis path{fill:none;stroke:#8a939b;stroke-width:1}
.axis path.grid{stroke:#e7eaed}
.points circle{stroke:var(--ink);stroke-width:1.2}
.points circle.opt-pareto{stroke-dasharray:2.5 1.5}
.point-labels text{font-size:11.5px;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.histogram rect{fill:#a9c8e3}
.cdf{fill:none;stroke:#12406e;stroke-width:2}
.markers path{fill:none;stroke:#3d454c;stroke-width:1.2;stroke-dasharray:4 3}
.markers text{fill:var(--ink);font-size:11px}
.chart .tail{font-style:italic}
.markers .deadline path{stroke:#b8312f;stroke-width:2;stroke-dasharray:none}
.markers .deadline text{fill:#b8312f;font-weight:700}
.stacks rect{stroke:#fff;stroke-width:.6}
.seg{stroke:#fff;stroke-width:.6}
.seg.rail{fill:#59636c}
.seg.road{fill:#d07a2e}
.seg.sea{fill:#2f7fc1}
.seg.ferry{fill:#2aa3a6}
.seg.transfer{fill:#7d58a8}
.seg.dwell{fill:url(#dots-dwell)}
.seg.wait{fill:url(#hatch-wait)}
footer{margin-top:36px;padding-top:8px;border-top:1px solid var(--rule);color:var(--muted);font-size:12px}
@media print{
@page{size:A4;margin:14mm 12mm 16mm}
body{max-width:none;padding:0;font-size:9.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
nav,.picker,.pick{display:none}
h2{break-after:avoid;margin-top:18pt}
h3,h4{break-after:avoid}
figure,tr,dl.fields{break-inside:avoid}
.charts{display:block}
.charts figure,figure.wide{max-width:125mm}
table{font-size:7.5pt}
th,td{padding:1.5pt 4pt}
thead{display:table-header-group}
.table{overflow:visible}
a{color:inherit;text-decoration:none}
}
)css";

}  // namespace

std::string_view style_sheet() {
  return kStyle;
}

}  // namespace corridor::report::detail::html
