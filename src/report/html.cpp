// The HTML report of routes (`corridor run`, `corridor routes`).

#include "report/html.hpp"

#include <sstream>

#include <corridor/report/labels.hpp>

#include "report/document.hpp"
#include "report/format.hpp"
#include "report/html_map.hpp"
#include "report/html_page.hpp"
#include "report/routes_human.hpp"
#include "report/svg.hpp"
#include "report/svg_scatter.hpp"

namespace corridor::report::detail {

namespace html {

std::optional<model::NodeId> find_place(const model::NetworkView& net, const std::string& id) {
  for (std::size_t i = 0; i < net.places.size(); ++i) {
    if (net.places[i].id == id) return model::NodeId::at(i);
  }
  return std::nullopt;
}

std::string line_name(const model::Demand& demand, const model::NetworkView& net) {
  auto name = [&net](const std::string& id) {
    const auto n = find_place(net, id);
    return n ? net.place(*n).name : id;
  };
  // The id too: what checks and --fail-if call the line.
  return name(demand.from) + " \u2192 " + name(demand.to) +
         (demand.id.empty() ? "" : " (" + demand.id + ")");
}

std::string route_figures(const model::Route& route, model::UsdPer per) {
  const auto& t = route.totals;
  return fixed(model::to_days(t.hours()), 1) + " days \u00b7 " + grouped(t.usd().value(), 0) + " " +
         detail::usd_label(per) + " \u00b7 " + grouped(t.co2e.value(), 0) + " kg CO2e/TEU";
}

std::string line_anchor(std::size_t line) {
  return "l" + std::to_string(line + 1);
}

}  // namespace html

namespace {

std::vector<html::MapLine> map_lines(const model::RunResult& run) {
  std::vector<html::MapLine> lines;
  for (const auto& od : run.results) {
    html::MapLine line;
    line.name = html::line_name(od.demand, run.network);
    line.from = html::find_place(run.network, od.demand.from).value_or(model::NodeId());
    line.to = html::find_place(run.network, od.demand.to).value_or(model::NodeId());
    if (od.unreachable) line.note = "no route: " + od.unreachable->reason;
    for (std::size_t i = 0; i < od.routes.size(); ++i) {
      line.options.push_back({&od.routes[i], std::to_string(i + 1),
                              "Route " + std::to_string(i + 1),
                              html::route_figures(od.routes[i], run.usd_per),
                              corridor_label(od.routes[i], run.network), i == 0});
    }
    for (std::size_t i = 0; i < od.pareto.size(); ++i) {
      const auto& option = od.pareto[i];
      line.options.push_back(
          {&option.route, "p" + std::to_string(i + 1),
           "Pareto option " + std::to_string(i + 1) + " (" + wins_text(option.wins) + ")",
           html::route_figures(option.route, run.usd_per),
           corridor_label(option.route, run.network), false});
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

svg::ScatterPoint point(const model::Route& r, const std::string& label, const std::string& name,
                        const std::string& classes, const model::NetworkView& net,
                        model::UsdPer per) {
  return {model::to_days(r.totals.hours()),
          r.totals.usd().value(),
          r.totals.co2e.value(),
          label,
          name + ": " + corridor_label(r, net) + ", " + html::route_figures(r, per),
          classes};
}

/// Per demand line, its routes and Pareto options by days and USD, CO2e as size and shade.
std::string options_charts(const model::RunResult& run) {
  std::string out =
      std::string("<p>Each point is a route: door-to-door days across, cash cost per ") +
      (run.usd_per == model::UsdPer::teu ? "TEU" : "container") +
      " up; "
      "larger and darker points emit more CO2e per TEU. Numbers are the routes "
      "listed in the tables (best first), P1, P2, \u2026 the Pareto options.</p>"
      "\n<div class=\"charts\">\n";
  for (std::size_t i = 0; i < run.results.size(); ++i) {
    const auto& od = run.results[i];
    const std::string name = html::line_name(od.demand, run.network);
    out += "<figure><figcaption>" + svg::escape(name) + "</figcaption>";
    if (od.routes.empty()) {
      out += "<p class=\"note\">No route.</p></figure>\n";
      continue;
    }
    svg::ScatterSpec spec;
    spec.frame.id = "options-" + html::line_anchor(i);
    const std::string per = run.usd_per == model::UsdPer::teu ? "TEU" : "container";
    spec.frame.title = name + ": routes and Pareto options by days and USD per " + per;
    spec.frame.description = "A scatter of " + std::to_string(od.routes.size()) + " routes and " +
                             std::to_string(od.pareto.size()) +
                             " Pareto options; size and shade show kg CO2e per TEU.";
    spec.frame.plot = svg::Rect{70.0, 26.0, 450.0, 246.0};  // room for the legend on the right
    spec.x_label = "door-to-door days";
    spec.y_label = "USD per " + per;
    spec.z_label = "kg CO2e/TEU";
    for (std::size_t r = 0; r < od.routes.size(); ++r) {
      const std::string n = std::to_string(r + 1);
      spec.points.push_back(
          point(od.routes[r], n, "Route " + n, "opt-ranked", run.network, run.usd_per));
    }
    for (std::size_t p = 0; p < od.pareto.size(); ++p) {
      const std::string n = std::to_string(p + 1);
      spec.points.push_back(point(od.pareto[p].route, "P" + n,
                                  "Pareto option " + n + " (" + wins_text(od.pareto[p].wins) + ")",
                                  "opt-pareto", run.network, run.usd_per));
    }
    out += svg::scatter_svg(spec) + "</figure>\n";
  }
  return out + "</div>\n";
}

}  // namespace

void write_routes_html(const model::RunResult& run, std::ostream& out) {
  html::Page page;
  page.kind = "Route report";
  page.scenario = run.scenario;
  page.description = run.description;
  page.provenance = &run.provenance;
  page.facts = {"objective: " + describe_objective(run.objective),
                "constraints: " + describe_constraints(run.constraints),
                "demand lines: " + std::to_string(run.results.size()),
                "routes per line: " + std::to_string(run.alternatives) +
                    (run.pareto ? ", plus Pareto options" : "")};
  const auto map = html::map_section(run.network, map_lines(run),
                                     "Map of " + run.scenario + " with the routes found");
  page.extra_css = map.css;
  page.sections.push_back({"map", "Map", map.html});
  page.sections.push_back({"options", "Options: days against cost", options_charts(run)});
  std::ostringstream tables;
  Document doc(Document::Style::html, tables);
  render_routes(run, doc);
  doc.finish();
  page.sections.push_back({"tables", "Tables", tables.str()});
  html::write_page(out, page);
}

}  // namespace corridor::report::detail
