// The HTML report of the capacity simulation (`corridor capacity`).

#include <algorithm>
#include <cmath>
#include <sstream>

#include <corridor/report/labels.hpp>

#include "report/capacity.hpp"
#include "report/csv.hpp"
#include "report/document.hpp"
#include "report/format.hpp"
#include "report/html.hpp"
#include "report/html_map.hpp"
#include "report/html_page.hpp"
#include "report/svg.hpp"
#include "report/svg_ranking.hpp"
#include "report/svg_timeseries.hpp"

namespace corridor::report::detail {

namespace {

/// Resources marked with their rank on the map.
constexpr std::size_t kBadged = 3;

/// Utilisation bands: the class and legend text of each, from the lowest.
struct Band {
  double below;  ///< utilisation under this (a share)
  const char* classes;
  const char* text;
};
constexpr Band kBands[] = {{0.5, "util-low", "utilisation under 50 %"},
                           {0.8, "util-mid", "50 to 80 %"},
                           {0.95, "util-high", "80 to 95 %"},
                           {INFINITY, "util-full", "95 % or more"}};

// Utilisation by colour and, for readers who cannot tell the colours apart, by width: a band
// along a link or a disc behind a place grows with it.
constexpr std::string_view kStyle =
    R"css(.map .mark.band{fill:none;stroke-linecap:round;stroke-opacity:.8}
.map .mark.disc{stroke:none;fill-opacity:.8}
.map .band.util-low{stroke:#9ecae1}
.map .band.util-mid{stroke:#8c6bb1}
.map .band.util-high{stroke:#d7301f}
.map .band.util-full{stroke:#67000d}
.map .disc.util-low{fill:#9ecae1}
.map .disc.util-mid{fill:#8c6bb1}
.map .disc.util-high{fill:#d7301f}
.map .disc.util-full{fill:#67000d}
.map .badge circle{fill:#fff;stroke:var(--ink);stroke-width:1.5}
.map .badge text{font-size:11px;font-weight:700;fill:var(--ink)}
.chart .bar{stroke:var(--ink);stroke-width:.6}
.chart .bar.util-low{fill:#9ecae1}
.chart .bar.util-mid{fill:#8c6bb1}
.chart .bar.util-high{fill:#d7301f}
.chart .bar.util-full{fill:#67000d}
.chart .shaded rect{fill:#f3f5f7}
.chart .shaded text{font-style:italic}
.series{fill:none;stroke-width:2;stroke-linejoin:round}
.series.s1{stroke:#67000d}
.series.s2{stroke:#0b5cad;stroke-dasharray:8 4}
.series.s3{stroke:#2a8a3e;stroke-dasharray:2 3}
.series.s4{stroke:#7d58a8;stroke-dasharray:10 3 2 3}
.series.s5{stroke:#b8590b;stroke-dasharray:4 4}
.series.s6{stroke:#30353a;stroke-dasharray:1 5}
)css";

const Band& band_of(double utilisation) {
  for (const auto& b : kBands) {
    if (utilisation < b.below) return b;
  }
  return kBands[std::size(kBands) - 1];
}

std::string percent(double share) {
  return fixed(100.0 * share, 1) + " %";
}

/// "2. Aktau (handling): 53.1 % utilised, ...": what the map and the charts say of it.
std::string resource_text(std::size_t rank, const model::CapacityResource& r,
                          const model::NetworkView& net) {
  return std::to_string(rank + 1) + ". " + resource_name(r, net) + " (" +
         std::string(model::to_string(r.kind)) + ", " +
         grouped(r.capacity, r.capacity == std::floor(r.capacity) ? 0 : 1) + " " +
         capacity_unit(r.kind) + "): utilisation " + percent(r.utilisation) + ", mean queue " +
         grouped(r.mean_queue_teu, 1) + " TEU, mean wait " + fixed(r.mean_wait_hours, 1) +
         " h, P95 wait " + fixed(r.p95_wait_hours, 1) + " h, " + grouped(r.teu_carried, 1) +
         " TEU carried";
}

std::vector<html::MapLine> map_lines(const model::CapacityRun& run) {
  std::vector<html::MapLine> lines;
  for (const auto& l : run.lines) {
    html::MapLine line;
    line.name = html::line_name(l.demand, run.network);
    line.from = html::find_place(run.network, l.demand.from).value_or(model::NodeId());
    line.to = html::find_place(run.network, l.demand.to).value_or(model::NodeId());
    if (l.routes.empty()) line.note = "no route: not served";
    for (std::size_t i = 0; i < l.routes.size(); ++i) {
      const auto& r = l.routes[i];
      line.options.push_back(
          {&r.route, std::to_string(i + 1), "Route " + std::to_string(i + 1),
           "share " + percent(r.share) + " \u00b7 " + html::route_figures(r.route),
           corridor_label(r.route, run.network), i == 0});
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

html::MapOverlay utilisation_overlay(const model::CapacityRun& run) {
  html::MapOverlay overlay;
  overlay.description =
      "Each capacity-limited resource is marked by its utilisation: a band along a link, a "
      "disc behind a place, wider and darker the busier it is; the worst bottlenecks carry "
      "their rank.";
  for (std::size_t i = 0; i < run.resources.size(); ++i) {
    const auto& r = run.resources[i];
    const double u = std::clamp(r.utilisation, 0.0, 1.0);
    svg::MapMark m;
    m.link = r.link;
    m.place = r.node;
    m.size = r.link.valid() ? 3.0 + 9.0 * u : 4.0 + 8.0 * u;
    m.classes = band_of(r.utilisation).classes;
    m.title = resource_text(i, r, run.network) + (i == 0 ? " (worst bottleneck)" : "");
    if (i < kBadged) m.badge = std::to_string(i + 1);
    overlay.marks.push_back(std::move(m));
  }
  for (const auto& b : kBands) {
    overlay.legend += html::mark_legend(b.classes, true, 8.0, b.text);
  }
  overlay.legend +=
      "<li><svg class=\"map\" viewBox=\"0 0 34 14\" aria-hidden=\"true\"><g class=\"badge\">"
      "<circle cx=\"17\" cy=\"7\" r=\"6.6\"/><text x=\"17\" y=\"10.5\" "
      "text-anchor=\"middle\">1</text></g></svg>rank as a bottleneck (1: worst)</li>";
  return overlay;
}

std::string bottleneck_chart(const model::CapacityRun& run) {
  if (run.resources.empty()) {
    return "<p>No resource on the routes simulated has a limit.</p>\n";
  }
  svg::RankedBarsSpec spec;
  spec.frame.id = "bottlenecks";
  spec.frame.title = "Resources by bottleneck rank: utilisation";
  spec.frame.description =
      "One bar per capacity-limited resource, worst bottleneck first (by the TEU-hours of "
      "delay its capacity causes): its utilisation, and its mean wait.";
  spec.x_label = "utilisation, % of capacity";
  spec.x_max = 100.0;
  for (std::size_t i = 0; i < run.resources.size(); ++i) {
    const auto& r = run.resources[i];
    spec.bars.push_back(
        {std::to_string(i + 1) + ". " + resource_name(r, run.network), 100.0 * r.utilisation,
         band_of(r.utilisation).classes, resource_text(i, r, run.network),
         percent(r.utilisation) + " \u00b7 wait " + fixed(r.mean_wait_hours, 1) + " h", false});
  }
  return "<p>Resources in the order of the damage their capacity does (TEU-hours of delay), "
         "worst first; the bar is the share of capacity used in the counted window, the "
         "figure after it the mean wait of a shipment there.</p>\n<figure class=\"wide\">" +
         svg::ranked_bars_svg(spec) + "</figure>\n";
}

std::string queue_chart(const model::CapacityRun& run) {
  if (run.weekly_queues.empty()) return "<p>No queue to draw: no resource has a limit.</p>\n";
  svg::TimeSeriesSpec spec;
  spec.frame.id = "queues";
  spec.frame.title = "Weekly mean queue (TEU waiting) at the worst bottlenecks";
  spec.frame.description = "One line per resource among the " +
                           std::to_string(run.weekly_queues.size()) +
                           " worst bottlenecks: the time-average TEU waiting in each week, "
                           "mean over the replications, from day 0 to the horizon.";
  spec.x_label = "day (weekly means; the warm-up is not counted in the tables)";
  spec.y_label = "TEU waiting";
  spec.step = 7.0;
  spec.x_end = run.horizon_days;
  spec.shaded = run.warmup_days;
  spec.shaded_label = "warm-up";
  for (const auto& q : run.weekly_queues) {
    const auto& r = run.resources.at(q.resource);
    const double peak = q.teu.empty() ? 0.0 : *std::max_element(q.teu.begin(), q.teu.end());
    const std::string name = std::to_string(q.resource + 1) + ". " + resource_name(r, run.network);
    spec.series.push_back(
        {name, name + ": weekly mean queue, peak week " + grouped(peak, 1) + " TEU", q.teu});
  }
  return "<p>The queue in front of the worst bottlenecks week by week: a queue that keeps "
         "growing to the horizon means demand beyond capacity.</p>\n<figure class=\"wide\">" +
         svg::time_series_svg(spec) + "</figure>\n";
}

std::vector<std::string> facts(const model::CapacityRun& run) {
  std::vector<std::string> out{
      "replications: " + std::to_string(run.replications) + " of " + fixed(run.horizon_days, 0) +
          " days, the first " + fixed(run.warmup_days, 0) + " not counted",
      "seed: " + std::to_string(run.seed), "demand scale: " + shortest(run.demand_scale),
      "route choice: " + run.route_choice};
  if (run.equilibrium) {
    out.push_back("equilibrium: " + std::to_string(run.equilibrium->iterations) +
                  " iterations, gap " + fixed(run.equilibrium->gap, 4) +
                  (run.equilibrium->converged ? ", converged" : ", not converged"));
  }
  return out;
}

}  // namespace

void write_capacity_html(const model::CapacityRun& run, std::ostream& out) {
  html::Page page;
  page.kind = "Capacity report";
  page.scenario = run.scenario;
  page.description = run.description;
  page.provenance = &run.provenance;
  page.facts = facts(run);
  const auto map = html::map_section(run.network, map_lines(run),
                                     "Map of " + run.scenario + " with resources by utilisation",
                                     utilisation_overlay(run));
  page.extra_css = std::string(kStyle) + map.css;
  page.sections.push_back({"map", "Map", map.html});
  page.sections.push_back({"bottlenecks", "Bottlenecks", bottleneck_chart(run)});
  page.sections.push_back({"queues", "Queues over time", queue_chart(run)});
  std::ostringstream tables;
  Document doc(Document::Style::html, tables);
  render_capacity(run, doc);
  doc.finish();
  page.sections.push_back({"tables", "Tables", tables.str()});
  html::write_page(out, page);
}

}  // namespace corridor::report::detail
