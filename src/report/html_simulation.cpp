// The HTML report of Monte Carlo runs (`corridor simulate`).

#include <algorithm>
#include <cmath>
#include <sstream>

#include <corridor/report/labels.hpp>

#include "report/document.hpp"
#include "report/format.hpp"
#include "report/html.hpp"
#include "report/html_map.hpp"
#include "report/html_page.hpp"
#include "report/simulation.hpp"
#include "report/svg.hpp"
#include "report/svg_bars.hpp"
#include "report/svg_distribution.hpp"

namespace corridor::report::detail {

namespace {

std::vector<html::MapLine> map_lines(const model::SimulationRun& run) {
  std::vector<html::MapLine> lines;
  for (const auto& od : run.results) {
    html::MapLine line;
    line.name = html::line_name(od.od.demand, run.network);
    line.from = html::find_place(run.network, od.od.demand.from).value_or(model::NodeId());
    line.to = html::find_place(run.network, od.od.demand.to).value_or(model::NodeId());
    if (od.od.unreachable) line.note = "no route: " + od.od.unreachable->reason;
    for (std::size_t i = 0; i < od.simulated.size(); ++i) {
      const auto& route = od.simulated[i].route;
      line.options.push_back({&route, std::to_string(i + 1), "Route " + std::to_string(i + 1),
                              html::route_figures(route), corridor_label(route, run.network),
                              i == 0});
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

bool drawable(const model::Histogram& h) {
  return std::isfinite(h.lower) && std::isfinite(h.width) && !h.counts.empty();
}

/// Where a days chart's axis ends for histogram `h` with 99th percentile `p99`: at its upper
/// edge, or at the end of the bin that holds P99 where the bins beyond it would take more than
/// a fifth of the axis (from the histogram's lower edge). A long tail of closures would
/// otherwise squeeze the rest of the distribution into a few bars; the chart says what it
/// leaves out. O(1).
double drawn_end(const model::Histogram& h, double p99) {
  const double bins = static_cast<double>(h.counts.size());
  const double end = h.lower + h.width * bins;
  if (!(h.width > 0.0) || !std::isfinite(p99)) return end;
  const double p99_end =
      h.lower + h.width * std::min(std::floor((p99 - h.lower) / h.width) + 1.0, bins);
  return end - p99_end > 0.25 * (p99_end - h.lower) ? p99_end : end;
}

/// The histogram and cumulative share of one route's days, on the line's shared axis.
std::string days_chart(const model::OdSimulation& od, std::size_t line, std::size_t route,
                       double x_min, double x_max, const std::string& name) {
  const auto& sim = od.simulated[route];
  svg::DistributionSpec spec;
  spec.frame.id = "days-" + html::line_anchor(line) + "-" + std::to_string(route + 1);
  spec.frame.title = name + ", route " + std::to_string(route + 1) + ": door-to-door days";
  spec.frame.description = "Histogram of " + grouped(static_cast<double>(sim.replications), 0) +
                           " simulated journeys with their cumulative share; P50, P90, P95" +
                           (od.od.demand.deadline_days ? " and the deadline" : "") + " marked.";
  // Four rows of marker names above the plot, the axis and a note on the tail below it.
  spec.frame.height = 340.0;
  spec.frame.plot = svg::Rect{64.0, 62.0, 508.0, 218.0};
  spec.x_label = "door-to-door days";
  spec.unit = "days";
  spec.histogram = sim.days_histogram;
  spec.total = sim.replications;
  spec.x_min = x_min;
  spec.x_max = x_max;
  const std::pair<const char*, double> percentiles[] = {
      {"P50", sim.days.p50}, {"P90", sim.days.p90}, {"P95", sim.days.p95}};
  for (const auto& [label, value] : percentiles) {
    if (std::isfinite(value)) {
      spec.markers.push_back({value, std::string(label) + " " + fixed(value, 1), "percentile"});
    }
  }
  if (const auto& deadline = od.od.demand.deadline_days) {
    std::string label = "deadline " + fixed(*deadline, 0);
    if (sim.on_time_probability)
      label += ": " + fixed(100.0 * *sim.on_time_probability, 1) + " % on time";
    spec.markers.push_back({*deadline, label, "deadline"});
  }
  return svg::distribution_svg(spec);
}

const std::vector<svg::BarCategory>& time_categories() {
  static const std::vector<svg::BarCategory> kCategories{
      {"seg rail", "rail"},
      {"seg road", "road"},
      {"seg sea", "sea"},
      {"seg ferry", "ferry"},
      {"seg transfer", "transshipment"},
      {"seg dwell", "border, other stops"},
      {"seg wait", "waiting for departures, closures"}};
  return kCategories;
}

/// One bar per simulated route: a segment per step (its mean hours, less the waiting), then
/// the step's mean waiting, in days.
std::string time_bars(const model::OdSimulation& od, std::size_t line,
                      const model::NetworkView& net, const std::string& name) {
  svg::StackedBarsSpec spec;
  spec.frame.id = "time-" + html::line_anchor(line);
  spec.frame.title = name + ": where the time goes";
  spec.frame.description =
      "Mean days per step of each simulated route, running, transshipment "
      "and stops apart from waiting.";
  spec.x_label = "mean days";
  spec.legend = time_categories();
  for (std::size_t r = 0; r < od.simulated.size(); ++r) {
    const auto& sim = od.simulated[r];
    svg::Bar bar;
    bar.label = "Route " + std::to_string(r + 1);
    bar.total = fixed(sim.days.mean, 1) + " days";
    for (std::size_t k = 0; k < sim.steps.size() && k < sim.route.steps.size(); ++k) {
      const auto& step = sim.route.steps[k];
      const auto& stats = sim.steps[k];
      const std::string where = step_where(step, net);
      std::string classes = "seg ";
      switch (step.kind) {
        case model::Step::Kind::leg:
          classes += model::to_string(step.from_port.mode);
          break;
        case model::Step::Kind::transfer:
          classes += "transfer";
          break;
        case model::Step::Kind::dwell:
          classes += "dwell";
          break;
      }
      const double own = (stats.mean_hours - stats.mean_wait_hours) / 24.0;
      const double wait = stats.mean_wait_hours / 24.0;
      bar.segments.push_back(
          {own, classes,
           where + " (" + std::string(kind_name(step.kind)) + "): " + fixed(own, 2) + " days"});
      bar.segments.push_back({wait, "seg wait", where + ": " + fixed(wait, 2) + " days waiting"});
    }
    spec.bars.push_back(std::move(bar));
  }
  return svg::stacked_bars_svg(spec);
}

std::string distribution_charts(const model::SimulationRun& run) {
  std::string out =
      "<p>For each demand line: the distribution of door-to-door days of every simulated route "
      "(bars: share of journeys per bin; line: share arrived by then), with the median (P50), "
      "P90, P95 and the deadline; then where the time goes, step by step.</p>\n";
  for (std::size_t i = 0; i < run.results.size(); ++i) {
    const auto& od = run.results[i];
    const std::string name = html::line_name(od.od.demand, run.network);
    out += "<div class=\"line\" id=\"transit-" + html::line_anchor(i) + "\">\n<h3>" +
           svg::escape(name) + "</h3>\n";
    if (od.simulated.empty()) {
      out += "<p class=\"note\">No route was simulated.</p>\n</div>\n";
      continue;
    }
    // One axis for the line's routes, so that their charts compare at a glance.
    double lo = od.od.demand.deadline_days.value_or(INFINITY);
    double hi = od.od.demand.deadline_days.value_or(-INFINITY);
    for (const auto& sim : od.simulated) {
      const auto& h = sim.days_histogram;
      if (!drawable(h)) continue;
      lo = std::min(lo, h.lower);
      hi = std::max(hi, drawn_end(h, sim.days.p99));
    }
    out += "<div class=\"charts\">\n";
    for (std::size_t r = 0; r < od.simulated.size(); ++r) {
      const auto& sim = od.simulated[r];
      out += "<figure><figcaption>Route " + std::to_string(r + 1) + ": " +
             svg::escape(corridor_label(sim.route, run.network)) + "</figcaption>";
      if (!drawable(sim.days_histogram) || sim.replications == 0) {
        out +=
            "<p class=\"note\">Journeys that never arrive leave no finite distribution to "
            "draw.</p>";
      } else {
        out += days_chart(od, i, r, lo, hi, name);
      }
      out += "</figure>\n";
    }
    out +=
        "</div>\n<figure class=\"wide\"><figcaption>Where the time goes: mean days per "
        "step</figcaption>" +
        time_bars(od, i, run.network, name) + "</figure>\n</div>\n";
  }
  return out;
}

}  // namespace

void write_simulation_html(const model::SimulationRun& run, std::ostream& out) {
  html::Page page;
  page.kind = "Simulation report";
  page.scenario = run.scenario;
  page.description = run.description;
  page.provenance = &run.provenance;
  page.facts = {"replications: " + grouped(static_cast<double>(run.replications), 0) + " per route",
                "seed: " + std::to_string(run.seed),
                "departures: uniform over " + fixed(run.departure_window_days, 0) + " days from " +
                    run.start_date};
  const auto map = html::map_section(run.network, map_lines(run),
                                     "Map of " + run.scenario + " with the routes simulated");
  page.extra_css = map.css;
  page.sections.push_back({"map", "Map", map.html});
  page.sections.push_back({"transit", "Transit time", distribution_charts(run)});
  std::ostringstream tables;
  Document doc(Document::Style::html, tables);
  render_simulation(run, doc);
  doc.finish();
  page.sections.push_back({"tables", "Tables", tables.str()});
  html::write_page(out, page);
}

}  // namespace corridor::report::detail
