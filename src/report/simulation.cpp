// Reports of Monte Carlo runs, in every format.

#include "report/simulation.hpp"

#include <array>
#include <cmath>

#include <corridor/report/labels.hpp>
#include <corridor/report/report.hpp>

#include "report/csv.hpp"
#include "report/format.hpp"
#include "report/json.hpp"
#include "report/totals.hpp"

namespace corridor::report::detail {

namespace {

using Align = Table::Align;

std::string percent(double p) {
  return fixed(100.0 * p, 1) + " %";
}

void summary_row(Table& t, const std::string& name, const model::Summary& s, int decimals,
                 bool group) {
  auto f = [&](double v) { return group ? grouped(v, decimals) : fixed(v, decimals); };
  t.add({name, f(s.mean), f(s.sd), f(s.p5), f(s.p50), f(s.p90), f(s.p95), f(s.p99)});
}

Table summary_table(const model::RouteSimulation& sim) {
  Table t({{"", Align::left},
           {"mean", Align::right},
           {"sd", Align::right},
           {"P5", Align::right},
           {"P50", Align::right},
           {"P90", Align::right},
           {"P95", Align::right},
           {"P99", Align::right}});
  summary_row(t, "days", sim.days, 1, false);
  summary_row(t, "USD/TEU", sim.usd, 0, true);
  summary_row(t, "USD+time/TEU", sim.generalized_usd, 0, true);
  return t;
}

Table where_time_goes(const model::RouteSimulation& sim, const model::NetworkView& net) {
  Table t({{"step", Align::left},
           {"where", Align::left},
           {"mean h", Align::right},
           {"P95 h", Align::right},
           {"of which waiting h", Align::right}});
  for (std::size_t i = 0; i < sim.route.steps.size() && i < sim.steps.size(); ++i) {
    const auto& s = sim.route.steps[i];
    const auto& st = sim.steps[i];
    t.add({std::string(kind_name(s.kind)), step_where(s, net), fixed(st.mean_hours, 1),
           fixed(st.p95_hours, 1), st.mean_wait_hours == 0.0 ? "" : fixed(st.mean_wait_hours, 1)});
  }
  return t;
}

}  // namespace

void render_simulation(const model::SimulationRun& run, Document& doc) {
  doc.heading(1, run.scenario + (run.description.empty() ? "" : " \u2014 " + run.description));
  doc.field("replications", grouped(static_cast<double>(run.replications), 0) + " per route");
  doc.field("seed", std::to_string(run.seed));
  doc.field("departures",
            "uniform over " + fixed(run.departure_window_days, 0) + " days from " + run.start_date);
  for (const auto& od : run.results) {
    doc.heading(2, line_title(od.od.demand));
    if (od.od.unreachable) {
      doc.paragraph("no route: " + od.od.unreachable->reason);
      continue;
    }
    for (std::size_t i = 0; i < od.simulated.size(); ++i) {
      const auto& sim = od.simulated[i];
      // Corridor and modes: two routes of a line can pass the same places by other modes.
      doc.heading(3, "Route " + std::to_string(i + 1) + ": " +
                         corridor_label(sim.route, run.network) + " (" + modes_label(sim.route) +
                         ")");
      doc.field("routed (expected values)",
                fixed(model::to_days(sim.route.totals.hours()), 1) + " days, " +
                    grouped(sim.route.totals.usd().value(), 0) + " USD/TEU");
      if (sim.never_arrive > 0) {
        doc.field("never arrive",
                  grouped(static_cast<double>(sim.never_arrive), 0) + " of " +
                      grouped(static_cast<double>(sim.replications), 0) +
                      " journeys: closures on the route keep overlapping and never end");
      }
      if (sim.on_time_probability && od.od.demand.deadline_days) {
        doc.field("on time (within " + fixed(*od.od.demand.deadline_days, 0) + " days)",
                  percent(*sim.on_time_probability));
      }
      doc.table(summary_table(sim));
      if (i == 0) doc.table(where_time_goes(sim, run.network));
    }
  }
  render_totals(run.totals, "on its route 1, at its simulated mean cash cost", doc);
}

namespace {

Json summary_json(const model::Summary& s, int decimals) {
  return Json{{"mean", rounded(s.mean, decimals)}, {"sd", rounded(s.sd, decimals)},
              {"min", rounded(s.min, decimals)},   {"p5", rounded(s.p5, decimals)},
              {"p50", rounded(s.p50, decimals)},   {"p90", rounded(s.p90, decimals)},
              {"p95", rounded(s.p95, decimals)},   {"p99", rounded(s.p99, decimals)},
              {"max", rounded(s.max, decimals)}};
}

Json histogram_json(const model::Histogram& h, int decimals) {
  return Json{{"lower", rounded(h.lower, decimals)},
              {"width", rounded(h.width, decimals + 3)},
              {"counts", h.counts}};
}

}  // namespace

void write_simulation_json(const model::SimulationRun& run, std::ostream& out) {
  Json doc;
  doc["schema_version"] = std::string(kSchemaVersion);
  doc["kind"] = "simulation";
  doc["scenario"] = {{"name", run.scenario}, {"description", run.description}};
  doc["simulation"] = {{"seed", run.seed},
                       {"replications", run.replications},
                       {"start_date", run.start_date},
                       {"departure_window_days", run.departure_window_days}};
  Json demands = Json::array();
  for (const auto& od : run.results) {
    Json d = demand_json(od.od);
    Json routes = Json::array();
    for (std::size_t i = 0; i < od.simulated.size(); ++i) {
      const auto& sim = od.simulated[i];
      Json r;
      r["rank"] = i + 1;
      r["routed"] = route_json(sim.route, run.network, false);
      r["replications"] = sim.replications;
      r["never_arrive"] = sim.never_arrive;
      r["days"] = summary_json(sim.days, 3);
      r["usd"] = summary_json(sim.usd, 2);
      r["generalized_usd"] = summary_json(sim.generalized_usd, 2);
      r["on_time_probability"] =
          sim.on_time_probability ? Json(rounded(*sim.on_time_probability, 4)) : Json(nullptr);
      r["distribution"] = {{"days", histogram_json(sim.days_histogram, 3)},
                           {"usd", histogram_json(sim.usd_histogram, 2)}};
      Json steps = Json::array();
      for (std::size_t k = 0; k < sim.steps.size() && k < sim.route.steps.size(); ++k) {
        const auto& s = sim.route.steps[k];
        steps.push_back({{"kind", std::string(kind_name(s.kind))},
                         {"from", run.network.place(s.from).id},
                         {"to", run.network.place(s.to).id},
                         {"mean_hours", rounded(sim.steps[k].mean_hours, 2)},
                         {"p95_hours", rounded(sim.steps[k].p95_hours, 2)},
                         {"mean_wait_hours", rounded(sim.steps[k].mean_wait_hours, 2)}});
      }
      r["steps"] = std::move(steps);
      routes.push_back(std::move(r));
    }
    d["routes"] = std::move(routes);
    demands.push_back(std::move(d));
  }
  doc["demands"] = std::move(demands);
  doc["totals"] = totals_json(run.totals);
  dump(doc, out);
}

namespace {

constexpr std::array<const char*, 9> kStats{"mean", "sd",  "min", "p5", "p50",
                                            "p90",  "p95", "p99", "max"};

std::vector<double> stats_of(const model::Summary& s) {
  return {s.mean, s.sd, s.min, s.p5, s.p50, s.p90, s.p95, s.p99, s.max};
}

}  // namespace

void write_simulation_csv(const model::SimulationRun& run, std::ostream& out) {
  std::vector<std::string> header{"scenario", "line_id",      "from",        "to",
                                  "cargo",    "teu_per_week", "rank",        "corridor",
                                  "modes",    "replications", "never_arrive"};
  for (const char* metric : {"days", "usd", "generalized_usd"}) {
    for (const char* stat : kStats)
      header.push_back(std::string(metric) + "_" + stat);
  }
  header.push_back("on_time_probability");
  const auto totals_header = totals_csv_header();
  header.insert(header.end(), totals_header.begin(), totals_header.end());
  csv_row(out, header);
  const auto totals = totals_csv_cells(run.totals);
  for (const auto& od : run.results) {
    for (std::size_t i = 0; i < od.simulated.size(); ++i) {
      const auto& sim = od.simulated[i];
      std::vector<std::string> row{run.scenario,
                                   od.od.demand.id,
                                   od.od.demand.from,
                                   od.od.demand.to,
                                   od.od.demand.cargo,
                                   shortest(od.od.demand.teu_per_week),
                                   std::to_string(i + 1),
                                   corridor_label(sim.route, run.network),
                                   modes_label(sim.route),
                                   std::to_string(sim.replications),
                                   std::to_string(sim.never_arrive)};
      // The decimals of the JSON document: days 3, USD 2.
      for (const auto* s : {&sim.days, &sim.usd, &sim.generalized_usd}) {
        const int d = s == &sim.days ? 3 : 2;
        for (double v : stats_of(*s))
          row.push_back(std::isfinite(v) ? fixed(v, d) : "");  // CSV: an empty cell
      }
      row.push_back(sim.on_time_probability ? fixed(*sim.on_time_probability, 4) : "");
      row.insert(row.end(), totals.begin(), totals.end());
      csv_row(out, row);
    }
  }
}

}  // namespace corridor::report::detail
