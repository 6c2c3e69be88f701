// The HTML report of criticality (`corridor criticality`).

#include <algorithm>
#include <map>
#include <sstream>

#include <corridor/report/labels.hpp>

#include "report/criticality_human.hpp"
#include "report/document.hpp"
#include "report/elements.hpp"
#include "report/format.hpp"
#include "report/html.hpp"
#include "report/html_map.hpp"
#include "report/html_page.hpp"
#include "report/svg.hpp"
#include "report/svg_ranking.hpp"

namespace corridor::report::detail {

namespace {

/// Elements marked with their rank on the map.
constexpr std::size_t kBadged = 5;
/// Bars in a ranking chart; the tables list the rest.
constexpr std::size_t kMaxBars = 40;

// Damage by colour and, for readers who cannot tell the colours apart, by width (bands and
// discs grow with the damage) and pattern (a closure that cuts lines off is hatched in the
// chart and ringed on the map).
constexpr std::string_view kStyle =
    R"css(.map .mark.band{fill:none;stroke-linecap:round;stroke-opacity:.8}
.map .mark.disc{stroke:none;fill-opacity:.8}
.map .band.crit-low{stroke:#9ecae1}
.map .band.crit-mid{stroke:#8c6bb1}
.map .band.crit-high{stroke:#d7301f}
.map .band.crit-cut{stroke:#67000d}
.map .disc.crit-low{fill:#9ecae1}
.map .disc.crit-mid{fill:#8c6bb1}
.map .disc.crit-high{fill:#d7301f}
.map .disc.crit-cut{stroke:#67000d;stroke-width:3;stroke-dasharray:3 2;fill:#fff;fill-opacity:1}
.map .badge circle{fill:#fff;stroke:var(--ink);stroke-width:1.5}
.map .badge text{font-size:11px;font-weight:700;fill:var(--ink)}
.chart .bar{stroke:var(--ink);stroke-width:.6}
.chart .bar.crit-low{fill:#9ecae1}
.chart .bar.crit-mid{fill:#8c6bb1}
.chart .bar.crit-high{fill:#d7301f}
.chart .bar.off-scale{stroke:#67000d}
)css";

std::string signed_grouped(double value, int decimals) {
  const std::string text = grouped(value, decimals);
  return value > 0.0 && text != grouped(0.0, decimals) ? "+" + text : text;
}

std::string lines_text(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " line" : " lines");
}

/// The class of a closure's damage: cut (lines cut off), then by its increase in generalized
/// cost against the largest of the closures that cut nothing.
std::string damage_class(const model::ElementImpact& e, double largest) {
  if (e.lines_cut > 0) return "crit-cut";
  if (largest > 0.0 && e.generalized_usd_per_week >= 0.5 * largest) return "crit-high";
  if (largest > 0.0 && e.generalized_usd_per_week >= 0.1 * largest) return "crit-mid";
  return "crit-low";
}

double largest_rerouting(const std::vector<model::ElementImpact>& set) {
  double largest = 0.0;
  for (const auto& e : set) {
    if (e.lines_cut == 0) largest = std::max(largest, e.generalized_usd_per_week);
  }
  return largest;
}

/// "cuts 4 lines (48 TEU/week)", "+12,345 USD+time/week", or both.
std::string damage_text(const model::ElementImpact& e) {
  std::string out;
  if (e.lines_cut > 0) {
    out = "cuts " + lines_text(e.lines_cut) + " (" + grouped(e.teu_per_week_cut, 0) + " TEU/week)";
  }
  if (e.lines_cut < e.lines_affected()) {
    out += (out.empty() ? "" : "; ") + signed_grouped(e.generalized_usd_per_week, 0) +
           " USD+time/week";
  }
  return out;
}

std::string impact_title(std::size_t rank, const model::ElementImpact& e,
                         const model::NetworkView& net) {
  std::string kinds;
  for (const auto& c : e.closed)
    kinds += (kinds.empty() ? "" : " + ") + element_kind(c, net);
  return std::to_string(rank + 1) + ". " + closure_names(e.closed, net) + " (" +
         closure_ids(e.closed, net) + ", " + kinds + "): " + lines_text(e.lines_affected()) +
         " hit; " + damage_text(e) + "; " + signed_grouped(e.usd_per_week, 0) + " USD/week, " +
         signed_grouped(e.teu_days_per_week, 1) + " TEU-days/week";
}

std::vector<html::MapLine> map_lines(const model::RunResult& base) {
  std::vector<html::MapLine> lines;
  for (const auto& od : base.results) {
    html::MapLine line;
    line.name = html::line_name(od.demand, base.network);
    line.from = html::find_place(base.network, od.demand.from).value_or(model::NodeId());
    line.to = html::find_place(base.network, od.demand.to).value_or(model::NodeId());
    if (od.unreachable) line.note = "no route: " + od.unreachable->reason;
    if (!od.routes.empty()) {
      const auto& r = od.routes.front();
      line.options.push_back(
          {&r, "1", "Route 1", html::route_figures(r), corridor_label(r, base.network), true});
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

html::MapOverlay damage_overlay(const model::CriticalityRun& run) {
  html::MapOverlay overlay;
  overlay.description =
      "Each node and link whose closure changes a best route is marked by the damage: a band "
      "along a link, a disc behind a place, wider the more it costs; a closure that cuts lines "
      "off is darkest (on places, a dashed ring); the most critical carry their rank.";
  const double largest = largest_rerouting(run.ranking);
  for (std::size_t i = 0; i < run.ranking.size(); ++i) {
    const auto& e = run.ranking[i];
    if (e.lines.empty() || e.closed.size() != 1) continue;
    const auto& element = e.closed.front();
    const bool link = element.kind == model::Element::Kind::link;
    const double scale =
        e.lines_cut > 0 ? 1.0 : (largest > 0.0 ? e.generalized_usd_per_week / largest : 0.0);
    svg::MapMark m;
    if (link) {
      m.link = element.link();
    } else {
      m.place = element.node();
    }
    m.size =
        link ? 3.0 + 7.0 * std::clamp(scale, 0.0, 1.0) : 4.0 + 6.0 * std::clamp(scale, 0.0, 1.0);
    m.classes = damage_class(e, largest);
    m.title = impact_title(i, e, run.base.network);
    if (i < kBadged) m.badge = std::to_string(i + 1);
    overlay.marks.push_back(std::move(m));
  }
  overlay.legend += html::mark_legend("crit-cut", true, 10.0, "closing it cuts lines off");
  overlay.legend += html::mark_legend("crit-cut", false, 5.0, "(a place)");
  overlay.legend += html::mark_legend("crit-high", true, 8.0, "re-routes at 50 % or more");
  overlay.legend += html::mark_legend("crit-mid", true, 6.0, "10 to 50 %");
  overlay.legend +=
      html::mark_legend("crit-low", true, 4.0, "under 10 % of the costliest re-routing");
  overlay.legend +=
      "<li><svg class=\"map\" viewBox=\"0 0 34 14\" aria-hidden=\"true\"><g class=\"badge\">"
      "<circle cx=\"17\" cy=\"7\" r=\"6.6\"/><text x=\"17\" y=\"10.5\" "
      "text-anchor=\"middle\">1</text></g></svg>rank (1: most critical)</li>";
  return overlay;
}

std::string ranking_chart(const std::vector<model::ElementImpact>& set,
                          const model::NetworkView& net, const std::string& id,
                          const std::string& what) {
  svg::RankedBarsSpec spec;
  spec.frame.id = id;
  spec.frame.title = what + " by the damage their closure does";
  spec.x_label = "increase in generalized cost over the lines re-routed, USD per week";
  const double largest = largest_rerouting(set);
  // Two links between the same places (one per gauge, say) read alike: those add their ids.
  std::map<std::string, int> named;
  for (const auto& e : set)
    ++named[closure_names(e.closed, net)];
  std::size_t hit = 0;
  for (std::size_t i = 0; i < set.size(); ++i) {
    const auto& e = set[i];
    if (e.lines.empty()) continue;
    if (++hit > kMaxBars) continue;
    const std::string name = closure_names(e.closed, net);
    spec.bars.push_back({std::to_string(i + 1) + ". " + name +
                             (named[name] > 1 ? " (" + closure_ids(e.closed, net) + ")" : ""),
                         std::max(e.generalized_usd_per_week, 0.0), damage_class(e, largest),
                         impact_title(i, e, net), damage_text(e), e.lines_cut > 0});
  }
  spec.frame.description =
      "One bar per closure that changes a best route, most critical first: hatched across the "
      "whole axis where it cuts lines off, else as long as the generalized cost (USD and value "
      "of time) it adds per week, TEU a week times the change per TEU.";
  if (spec.bars.empty()) return "<p>No closure changes a best route.</p>\n";
  std::string out = "<figure class=\"wide\">" + svg::ranked_bars_svg(spec);
  if (hit > kMaxBars) {
    out += "<figcaption>The " + std::to_string(kMaxBars) + " most critical of " +
           std::to_string(hit) + "; the tables below list them all.</figcaption>";
  }
  return out + "</figure>\n";
}

std::string ranking_section(const model::CriticalityRun& run) {
  std::string out =
      "<p>Each node and link closed in turn, most critical first: closures that cut demand lines "
      "off (hatched bars, \u201ccuts\u201d) rank above all others, by the TEU a week they cut; "
      "then by the generalized cost the re-routed lines add per week. The replacement corridor "
      "of each line is in the tables.</p>\n" +
      ranking_chart(run.ranking, run.base.network, "ranking", "Elements");
  if (run.pair_top >= 2) {
    out += "<h3>Pairs closed together (N-2, among the top " + std::to_string(run.pair_top) +
           ")</h3>\n" + ranking_chart(run.pairs, run.base.network, "pairs", "Pairs of elements");
  }
  return out;
}

}  // namespace

void write_criticality_html(const model::CriticalityRun& run, std::ostream& out) {
  const auto& base = run.base;
  const auto hit = static_cast<std::size_t>(std::count_if(
      run.ranking.begin(), run.ranking.end(), [](const auto& e) { return !e.lines.empty(); }));
  html::Page page;
  page.kind = "Criticality report";
  page.scenario = base.scenario;
  page.description = base.description;
  page.provenance = &base.provenance;
  page.facts = {"objective: " + describe_objective(base.objective),
                "constraints: " + describe_constraints(base.constraints),
                "demand lines: " + std::to_string(base.results.size()),
                "elements closed: " + std::to_string(run.ranking.size()) + ", " +
                    std::to_string(hit) + " change a best route"};
  const auto map = html::map_section(base.network, map_lines(base),
                                     "Map of " + base.scenario + " coloured by criticality",
                                     damage_overlay(run));
  page.extra_css = std::string(kStyle) + map.css;
  page.sections.push_back({"map", "Map", map.html});
  page.sections.push_back({"ranking", "Ranking", ranking_section(run)});
  std::ostringstream tables;
  Document doc(Document::Style::html, tables);
  render_criticality(run, doc);
  doc.finish();
  page.sections.push_back({"tables", "Tables", tables.str()});
  html::write_page(out, page);
}

}  // namespace corridor::report::detail
