#include "report/criticality_json.hpp"

#include <corridor/report/report.hpp>

#include "report/closure_length.hpp"
#include "report/elements.hpp"
#include "report/format.hpp"
#include "report/json.hpp"
#include "report/totals.hpp"

namespace corridor::report::detail {

namespace {

// Decimal places, as in the routes document (docs/reports.md).
constexpr int kDays = 3;
constexpr int kUsd = 2;
constexpr int kHours = 3;

Json element_json(const model::Element& e, const model::NetworkView& net) {
  return {{"type", element_type(e)},
          {"id", element_id(e, net)},
          {"name", element_name(e, net)},
          {"kind", element_kind(e, net)}};
}

Json line_json(const model::LineImpact& li, const model::CriticalityRun& run) {
  const auto& od = run.base.results[li.line];
  Json j;
  j["id"] = od.demand.id;
  j["from"] = od.demand.from;
  j["to"] = od.demand.to;
  j["cargo"] = od.demand.cargo;
  j["teu_per_week"] = od.demand.teu_per_week;
  j["status"] = li.replacement ? "rerouted" : "cut_off";
  j["complete"] = li.complete;
  if (li.replacement) {
    j["delta_days"] = rounded(li.delta_hours / 24.0, kDays);
    j["delta_usd"] = rounded(li.delta_usd, kUsd);
    j["delta_generalized_usd"] = rounded(li.delta_generalized_usd, kUsd);
    j["replacement"] = route_json(*li.replacement, run.base.network, false);
  } else {
    j["delta_days"] = nullptr;
    j["delta_usd"] = nullptr;
    j["delta_generalized_usd"] = nullptr;
    j["replacement"] = nullptr;
  }
  j["closure_delay_hours"] = optional_number(li.closure_delay_hours, kHours);
  j["closure_teu_days"] = optional_number(li.closure_teu_days, kDays);
  return j;
}

Json set_json(const std::vector<model::ElementImpact>& set, const model::CriticalityRun& run) {
  Json out = Json::array();
  for (std::size_t i = 0; i < set.size(); ++i) {
    const auto& r = set[i];
    Json j;
    j["rank"] = i + 1;
    Json closed = Json::array();
    for (const auto& e : r.closed)
      closed.push_back(element_json(e, run.base.network));
    j["closed"] = std::move(closed);
    j["lines_affected"] = r.lines_affected();
    j["lines_cut"] = r.lines_cut;
    j["teu_per_week_cut"] = r.teu_per_week_cut;
    j["generalized_usd_per_week"] = rounded(r.generalized_usd_per_week, kUsd);
    j["usd_per_week"] = rounded(r.usd_per_week, kUsd);
    j["teu_days_per_week"] = rounded(r.teu_days_per_week, kDays);
    j["closure_teu_days"] = optional_number(r.closure_teu_days, kDays);
    Json lines = Json::array();
    for (const auto& li : r.lines)
      lines.push_back(line_json(li, run));
    j["lines"] = std::move(lines);
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

Json closure_json(const std::optional<model::ClosureSimulation>& c) {
  if (!c) return nullptr;
  return {{"length", length_json(c->length)},
          {"start", model::to_string(c->start)},
          {"hours", c->hours},
          {"longest_hours", c->longest_hours},
          {"from_hours", c->from_hours},
          {"until_hours", c->until_hours},
          {"departure_window_days", c->departure_window_days},
          {"replications", c->replications},
          {"seed", c->seed}};
}

void write_criticality_json(const model::CriticalityRun& run, std::ostream& out) {
  const auto& base = run.base;
  Json doc;
  doc["schema_version"] = std::string(kSchemaVersion);
  doc["kind"] = "criticality";
  doc["scenario"] = {{"name", base.scenario}, {"description", base.description}};
  doc["policy"] = {{"objective", std::string(model::to_string(base.objective))},
                   {"constraints", constraints_json(base.constraints)}};
  doc["ends_included"] = run.ends_included;
  doc["closure"] = closure_json(run.closure);
  Json demands = Json::array();
  for (const auto& od : base.results) {
    Json d = demand_json(od);
    Json routes = Json::array();
    if (!od.routes.empty()) {
      Json r;
      r["rank"] = 1;
      r.update(route_json(od.routes.front(), base.network, false));
      routes.push_back(std::move(r));
    }
    d["routes"] = std::move(routes);  // the best route with nothing closed
    demands.push_back(std::move(d));
  }
  doc["demands"] = std::move(demands);
  doc["ranking"] = set_json(run.ranking, run);
  doc["pair_top"] = run.pair_top;
  doc["pairs"] = set_json(run.pairs, run);
  doc["totals"] = totals_json(base.totals);
  dump(doc, out);
}

}  // namespace corridor::report::detail
