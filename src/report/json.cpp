#include "report/json.hpp"

#include <corridor/report/labels.hpp>
#include <corridor/report/report.hpp>

#include "report/format.hpp"
#include "report/totals.hpp"

namespace corridor::report::detail {

namespace {

// Decimal places of each kind of number in JSON (documented in docs/reports.md).
constexpr int kHours = 2;
constexpr int kDays = 3;
constexpr int kUsd = 2;
constexpr int kKg = 2;
constexpr int kKm = 1;

Json port_json(model::Port p) {
  Json j;
  j["mode"] = std::string(model::to_string(p.mode));
  j["gauge_mm"] = p.mode == model::Mode::rail && p.gauge_mm > 0 ? Json(p.gauge_mm) : Json(nullptr);
  return j;
}

Json step_json(const model::Step& s, const model::NetworkView& net) {
  Json j;
  j["kind"] = std::string(kind_name(s.kind));
  if (s.kind == model::Step::Kind::leg) {
    j["link"] = net.link(s.link).id;
    j["from"] = net.place(s.from).id;
    j["to"] = net.place(s.to).id;
    j["port"] = port_json(s.from_port);
  } else {
    j["node"] = net.place(s.from).id;
    j["from_port"] = port_json(s.from_port);
    j["to_port"] = port_json(s.to_port);
  }
  j["km"] = rounded(s.km.value(), kKm);
  j["hours"] = {{"running", rounded(s.running.value(), kHours)},
                {"waiting", rounded(s.waiting.value(), kHours)},
                {"handling", rounded(s.handling.value(), kHours)},
                {"dwell", rounded(s.dwell.value(), kHours)},
                {"total", rounded(s.hours().value(), kHours)}};
  j["usd"] = {{"tariff", rounded(s.tariff.value(), kUsd)},
              {"handling", rounded(s.handling_usd.value(), kUsd)},
              {"fees", rounded(s.fees_usd.value(), kUsd)},
              {"storage", rounded(s.storage_usd.value(), kUsd)},
              {"total", rounded(s.usd().value(), kUsd)}};
  j["co2e_kg"] = rounded(s.co2e.value(), kKg);
  return j;
}

}  // namespace

Json route_json(const model::Route& r, const model::NetworkView& net, bool with_steps) {
  const auto& t = r.totals;
  Json j;
  j["corridor"] = corridor_label(r, net);
  j["modes"] = modes_label(r);
  j["objective_value"] = rounded(r.objective_value, kUsd);
  j["days"] = rounded(model::to_days(t.hours()), kDays);
  j["hours"] = {{"running", rounded(t.running.value(), kHours)},
                {"waiting", rounded(t.waiting.value(), kHours)},
                {"handling", rounded(t.handling.value(), kHours)},
                {"dwell", rounded(t.dwell.value(), kHours)},
                {"total", rounded(t.hours().value(), kHours)}};
  j["usd"] = {{"tariff", rounded(t.tariff.value(), kUsd)},
              {"handling", rounded(t.handling_usd.value(), kUsd)},
              {"fees", rounded(t.fees_usd.value(), kUsd)},
              {"storage", rounded(t.storage_usd.value(), kUsd)},
              {"total", rounded(t.usd().value(), kUsd)},
              {"time_value", rounded(t.time_value.value(), kUsd)},
              {"generalized", rounded(t.generalized().value(), kUsd)}};
  j["co2e_kg"] = rounded(t.co2e.value(), kKg);
  j["km"] = rounded(t.km.value(), kKm);
  j["transshipments"] = r.transshipments;
  j["gauge_changes"] = r.gauge_changes;
  j["on_time"] = r.on_time ? Json(*r.on_time) : Json(nullptr);
  if (with_steps) {
    Json steps = Json::array();
    for (const auto& s : r.steps)
      steps.push_back(step_json(s, net));
    j["steps"] = std::move(steps);
  }
  return j;
}

Json constraints_json(const model::Constraints& c) {
  Json j;
  j["avoid_countries"] = c.avoid_countries;
  Json modes = Json::array();
  for (auto m : c.avoid_modes)
    modes.push_back(std::string(model::to_string(m)));
  j["avoid_modes"] = std::move(modes);
  j["avoid_links"] = c.avoid_links;
  j["avoid_nodes"] = c.avoid_nodes;
  j["via"] = c.via;
  j["max_transshipments"] = c.max_transshipments ? Json(*c.max_transshipments) : Json(nullptr);
  j["max_gauge_changes"] = c.max_gauge_changes ? Json(*c.max_gauge_changes) : Json(nullptr);
  j["max_days"] = c.max_days ? Json(*c.max_days) : Json(nullptr);
  return j;
}

Json emission_factors_json(const model::EmissionFactors& f) {
  Json j;
  for (auto m : model::kAllModes) {
    j[std::string(model::to_string(m))] = {{"g_per_tkm", f.factor(m)},
                                           {"source", f.source[static_cast<std::size_t>(m)]}};
  }
  j["handling"] = {{"kg_per_teu", f.handling_kg_per_teu}, {"source", f.handling_source}};
  return j;
}

Json demand_json(const model::OdResult& od) {
  Json j;
  j["id"] = od.demand.id;
  j["from"] = od.demand.from;
  j["to"] = od.demand.to;
  j["cargo"] = od.demand.cargo;
  j["container"] = std::string(model::to_string(od.demand.container));
  j["teu_per_week"] = od.demand.teu_per_week;
  j["deadline_days"] = od.demand.deadline_days ? Json(*od.demand.deadline_days) : Json(nullptr);
  j["ready"] = std::string(model::to_string(od.demand.ready));
  j["value_of_time_usd_per_teu_day"] = rounded(od.value_of_time_usd_per_teu_hour * 24.0, kUsd);
  j["status"] = od.unreachable ? "unreachable" : "ok";
  j["complete"] = od.complete;
  j["warnings"] = od.warnings;
  if (od.unreachable) {
    j["unreachable"] = {{"reason", od.unreachable->reason},
                        {"blocked_by", od.unreachable->blocked_by}};
  }
  return j;
}

Json optional_number(const std::optional<double>& v, int decimals) {
  return v ? Json(rounded(*v, decimals)) : Json(nullptr);
}

void dump(const Json& doc, std::ostream& out) {
  out << doc.dump(2) << '\n';
}

void write_routes_json(const model::RunResult& run, std::ostream& out) {
  Json doc;
  doc["schema_version"] = std::string(kSchemaVersion);
  doc["kind"] = "routes";
  doc["scenario"] = {{"name", run.scenario}, {"description", run.description}};
  doc["usd_per"] = std::string(model::to_string(run.usd_per));
  doc["policy"] = {{"objective", std::string(model::to_string(run.objective))},
                   {"alternatives", run.alternatives},
                   {"pareto", run.pareto},
                   {"constraints", constraints_json(run.constraints)}};
  doc["emission_factors"] = emission_factors_json(run.emission_factors);
  Json demands = Json::array();
  for (const auto& od : run.results) {
    Json d = demand_json(od);
    const LineLabels labels = line_labels(od, run.network);
    Json routes = Json::array();
    for (std::size_t i = 0; i < od.routes.size(); ++i) {
      Json r;
      r["rank"] = i + 1;
      r.update(route_json(od.routes[i], run.network, true));
      r["corridor"] = labels.routes[i];
      routes.push_back(std::move(r));
    }
    d["routes"] = std::move(routes);
    if (run.pareto) {
      Json pareto = Json::array();
      for (std::size_t i = 0; i < od.pareto.size(); ++i) {
        const auto& option = od.pareto[i];
        Json wins = Json::array();
        for (auto w : option.wins)
          wins.push_back(std::string(model::to_string(w)));
        Json o;
        o["wins"] = std::move(wins);
        o.update(route_json(option.route, run.network, true));
        o["corridor"] = labels.pareto[i];
        pareto.push_back(std::move(o));
      }
      d["pareto"] = std::move(pareto);
    }
    demands.push_back(std::move(d));
  }
  doc["demands"] = std::move(demands);
  doc["totals"] = totals_json(run.totals);
  dump(doc, out);
}

}  // namespace corridor::report::detail
