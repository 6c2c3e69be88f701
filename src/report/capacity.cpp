// Capacity simulation reports for people: terminal text and Markdown.

#include "report/capacity.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <corridor/report/labels.hpp>

#include "report/csv.hpp"
#include "report/format.hpp"

namespace corridor::report::detail {

namespace {

using Align = Table::Align;

/// Weekly queues drawn as a sparkline of this many levels, lowest first.
constexpr std::array<std::string_view, 8> kBars{"\u2581", "\u2582", "\u2583", "\u2584",
                                                "\u2585", "\u2586", "\u2587", "\u2588"};

/// A resource binds when capacity delays its shipments by at least this much on average.
constexpr double kBindingDelayHours = 1.0;

std::string percent(double p) {
  return fixed(100.0 * p, 1) + " %";
}

std::string teu(double v) {
  return grouped(v, 1);
}

std::string days(const std::optional<model::Summary>& s, double model::Summary::*field) {
  return s ? fixed((*s).*field, 1) : "\u2014";
}

Table lines_table(const model::CapacityRun& run) {
  Table t({{"line", Align::left},
           {"TEU generated", Align::right},
           {"delivered", Align::right},
           {"in system", Align::right},
           {"not served", Align::right},
           {"days mean", Align::right},
           {"P50", Align::right},
           {"P90", Align::right},
           {"P95", Align::right},
           {"P99", Align::right},
           {"on time", Align::right}});
  for (const auto& l : run.lines) {
    const auto& s = l.transit_days;
    t.add({line_title(l.demand), teu(l.teu_generated), teu(l.teu_delivered), teu(l.teu_in_system),
           teu(l.teu_not_served), days(s, &model::Summary::mean), days(s, &model::Summary::p50),
           days(s, &model::Summary::p90), days(s, &model::Summary::p95),
           days(s, &model::Summary::p99), l.on_time_share ? percent(*l.on_time_share) : "\u2014"});
  }
  return t;
}

Table shares_table(const model::CapacityRun& run) {
  Table t({{"line", Align::left},
           {"route", Align::right},
           {"corridor", Align::left},
           {"modes", Align::left},
           {"share", Align::right},
           {"shipments", Align::right}});
  for (const auto& l : run.lines) {
    const std::vector<std::string> labels = route_labels(l, run.network);
    for (std::size_t i = 0; i < l.routes.size(); ++i) {
      const auto& r = l.routes[i];
      t.add({i == 0 ? line_title(l.demand) : "", std::to_string(i + 1), labels[i],
             modes_label(r.route), percent(r.share), grouped(static_cast<double>(r.shipments), 0)});
    }
  }
  return t;
}

Table resources_table(const model::CapacityRun& run) {
  Table t({{"rank", Align::right},
           {"resource", Align::left},
           {"limit", Align::left},
           {"utilisation", Align::right},
           {"mean queue TEU", Align::right},
           {"max queue TEU", Align::right},
           {"mean wait h", Align::right},
           {"P95 wait h", Align::right},
           {"TEU carried", Align::right}});
  for (std::size_t i = 0; i < run.resources.size(); ++i) {
    const auto& r = run.resources[i];
    t.add({std::to_string(i + 1), resource_name(r, run.network),
           grouped(r.capacity, r.capacity == std::floor(r.capacity) ? 0 : 1) + " " +
               capacity_unit(r.kind),
           percent(r.utilisation), teu(r.mean_queue_teu), teu(r.max_queue_teu),
           fixed(r.mean_wait_hours, 1), fixed(r.p95_wait_hours, 1), teu(r.teu_carried)});
  }
  return t;
}

std::string sparkline(const std::vector<double>& values) {
  const double top = values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
  std::string line;
  for (const double v : values) {
    const auto level = top > 0.0 ? static_cast<std::size_t>(std::floor(v / top * 7.0 + 0.5)) : 0;
    line += kBars[std::min<std::size_t>(level, kBars.size() - 1)];
  }
  return line;
}

void render_queues(const model::CapacityRun& run, Document& doc) {
  if (run.weekly_queues.empty()) return;
  doc.heading(2, "Weekly queue (TEU waiting, week 1 to the horizon)");
  Table t({{"rank", Align::right},
           {"resource", Align::left},
           {"weeks", Align::left},
           {"peak week TEU", Align::right}});
  for (const auto& q : run.weekly_queues) {
    const double peak = q.teu.empty() ? 0.0 : *std::max_element(q.teu.begin(), q.teu.end());
    t.add({std::to_string(q.resource + 1), resource_name(run.resources[q.resource], run.network),
           sparkline(q.teu), teu(peak)});
  }
  doc.table(t);
}

void render_bottleneck(const model::CapacityRun& run, Document& doc) {
  if (run.resources.empty()) {
    doc.field("bottleneck", "none: no resource on the routes has a limit");
    return;
  }
  const auto& r = run.resources.front();
  const std::string worst = resource_name(r, run.network) + " (" +
                            std::string(model::to_string(r.kind)) + "), utilisation " +
                            percent(r.utilisation) + ", mean wait " + fixed(r.mean_wait_hours, 1) +
                            " h, of which capacity " + fixed(r.mean_delay_hours, 1) + " h";
  if (r.mean_delay_hours < kBindingDelayHours) {
    doc.field("bottleneck",
              "none: capacity delays a shipment less than an hour on average "
              "anywhere (worst: " +
                  worst + ")");
    return;
  }
  doc.field("bottleneck", worst);
}

}  // namespace

std::string resource_name(const model::CapacityResource& r, const model::NetworkView& net) {
  if (r.link.valid()) return net.place(r.from).name + " \u2192 " + net.place(r.to).name;
  return net.place(r.node).name;
}

std::string capacity_unit(model::ResourceKind kind) {
  switch (kind) {
    case model::ResourceKind::handling:
      return "servers";
    case model::ResourceKind::departures:
      return "TEU per departure";
    case model::ResourceKind::throughput:
      return "TEU per day";
  }
  return "";
}

std::vector<std::string> route_labels(const model::CapacityLine& line,
                                      const model::NetworkView& net) {
  std::vector<const model::Route*> routes;
  for (const auto& r : line.routes)
    routes.push_back(&r.route);
  return distinct_labels(routes, net);
}

std::string line_name(const model::Demand& d) {
  return d.from + " \u2192 " + d.to + " (" + d.cargo + ")";
}

void render_capacity(const model::CapacityRun& run, Document& doc) {
  doc.heading(1, run.scenario + (run.description.empty() ? "" : " \u2014 " + run.description));
  doc.field("replications", std::to_string(run.replications) + " of " + fixed(run.horizon_days, 0) +
                                " days, the first " + fixed(run.warmup_days, 0) + " not counted");
  doc.field("seed", std::to_string(run.seed));
  doc.field("demand scale", shortest(run.demand_scale));
  doc.field("route choice", run.route_choice);
  if (run.equilibrium) {
    doc.field("equilibrium", std::to_string(run.equilibrium->iterations) + " iterations, gap " +
                                 fixed(run.equilibrium->gap, 4) +
                                 (run.equilibrium->converged ? ", converged" : ", not converged"));
  }
  render_bottleneck(run, doc);
  doc.heading(2, "Demand lines (TEU per replication; days door to door)");
  doc.table(lines_table(run));
  doc.heading(2, "Route shares");
  doc.table(shares_table(run));
  doc.heading(2, "Resources, worst bottleneck first");
  if (run.resources.empty()) {
    doc.paragraph("No resource on the routes simulated has a limit.");
  } else {
    doc.table(resources_table(run));
  }
  render_queues(run, doc);
  std::vector<std::string> warnings = run.warnings;
  for (const auto& l : run.lines)
    warnings.insert(warnings.end(), l.warnings.begin(), l.warnings.end());
  if (!warnings.empty()) {
    doc.heading(2, "Warnings");
    for (const auto& w : warnings)
      doc.paragraph(w);
  }
}

}  // namespace corridor::report::detail
