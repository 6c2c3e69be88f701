// The capacity simulation's JSON document (docs/schema/capacity.schema.json).

#include <corridor/report/labels.hpp>
#include <corridor/report/report.hpp>

#include "report/capacity.hpp"
#include "report/format.hpp"
#include "report/json.hpp"

namespace corridor::report::detail {

namespace {

Json transit_json(const std::optional<model::Summary>& s) {
  if (!s) return nullptr;
  const auto d = [](double v) { return rounded(v, kCapacityDays); };
  return Json{{"mean", d(s->mean)}, {"p50", d(s->p50)}, {"p90", d(s->p90)},
              {"p95", d(s->p95)},   {"p99", d(s->p99)}, {"max", d(s->max)}};
}

Json line_json(const model::CapacityLine& l, const model::NetworkView& net) {
  const auto& d = l.demand;
  Json j;
  j["id"] = d.id;
  j["from"] = d.from;
  j["to"] = d.to;
  j["cargo"] = d.cargo;
  j["teu_per_week"] = d.teu_per_week;
  j["shipment_teu"] = d.shipment_teu;
  j["arrivals"] = std::string(model::to_string(d.arrivals));
  j["deadline_days"] = d.deadline_days ? Json(*d.deadline_days) : Json(nullptr);
  const auto& s = l.shipments;
  j["shipments"] = {{"generated", s.generated},
                    {"delivered", s.delivered},
                    {"in_system", s.in_system},
                    {"not_served", s.not_served}};
  j["teu"] = {{"generated", rounded(l.teu_generated, kCapacityTeu)},
              {"delivered", rounded(l.teu_delivered, kCapacityTeu)},
              {"in_system", rounded(l.teu_in_system, kCapacityTeu)},
              {"not_served", rounded(l.teu_not_served, kCapacityTeu)}};
  j["never_arrive"] = l.never_arrive;
  j["transit_days"] = transit_json(l.transit_days);
  j["on_time_share"] = optional_number(l.on_time_share, kCapacityShare);
  Json routes = Json::array();
  const std::vector<std::string> labels = route_labels(l, net);
  for (std::size_t i = 0; i < l.routes.size(); ++i) {
    const auto& r = l.routes[i];
    routes.push_back({{"rank", i + 1},
                      {"corridor", labels[i]},
                      {"modes", modes_label(r.route)},
                      {"share", rounded(r.share, kCapacityShare)},
                      {"shipments", r.shipments},
                      {"routed_days", rounded(model::to_days(r.route.totals.hours()), 3)},
                      {"routed_usd", rounded(r.route.totals.usd().value(), 2)}});
  }
  j["routes"] = std::move(routes);
  return j;
}

Json id_or_null(bool valid, const std::string& id) {
  return valid ? Json(id) : Json(nullptr);
}

}  // namespace

Json resource_json(std::size_t rank, const model::CapacityResource& r,
                   const model::NetworkView& net) {
  const bool link = r.link.valid();
  Json j;
  j["rank"] = rank;
  j["kind"] = std::string(model::to_string(r.kind));
  j["name"] = resource_name(r, net);
  j["node"] = id_or_null(!link, link ? "" : net.place(r.node).id);
  j["link"] = id_or_null(link, link ? net.link(r.link).id : "");
  j["from"] = id_or_null(link, link ? net.place(r.from).id : "");
  j["to"] = id_or_null(link, link ? net.place(r.to).id : "");
  j["capacity"] = r.capacity;
  j["capacity_unit"] = capacity_unit(r.kind);
  j["utilisation"] = rounded(r.utilisation, kCapacityShare);
  j["mean_queue_teu"] = rounded(r.mean_queue_teu, kCapacityTeu);
  j["max_queue_teu"] = rounded(r.max_queue_teu, kCapacityTeu);
  j["mean_wait_hours"] = rounded(r.mean_wait_hours, kCapacityHours);
  j["p95_wait_hours"] = rounded(r.p95_wait_hours, kCapacityHours);
  j["mean_delay_hours"] = rounded(r.mean_delay_hours, kCapacityHours);
  j["delay_teu_hours"] = rounded(r.delay_teu_hours, kCapacityHours);
  j["teu_carried"] = rounded(r.teu_carried, kCapacityTeu);
  j["shipments"] = r.shipments;
  return j;
}

void write_capacity_json(const model::CapacityRun& run, std::ostream& out) {
  Json doc;
  doc["schema_version"] = std::string(kSchemaVersion);
  doc["kind"] = "capacity";
  doc["scenario"] = {{"name", run.scenario}, {"description", run.description}};
  doc["simulation"] = {{"seed", run.seed},
                       {"replications", run.replications},
                       {"horizon_days", run.horizon_days},
                       {"warmup_days", run.warmup_days},
                       {"demand_scale", run.demand_scale},
                       {"route_choice", run.route_choice}};
  doc["equilibrium"] = run.equilibrium ? Json{{"iterations", run.equilibrium->iterations},
                                              {"gap", rounded(run.equilibrium->gap, 6)},
                                              {"converged", run.equilibrium->converged}}
                                       : Json(nullptr);
  Json lines = Json::array();
  for (const auto& l : run.lines)
    lines.push_back(line_json(l, run.network));
  doc["demands"] = std::move(lines);
  Json resources = Json::array();
  for (std::size_t i = 0; i < run.resources.size(); ++i)
    resources.push_back(resource_json(i + 1, run.resources[i], run.network));
  doc["resources"] = std::move(resources);
  Json queues = Json::array();
  for (const auto& q : run.weekly_queues) {
    Json teu = Json::array();
    for (const double v : q.teu)
      teu.push_back(rounded(v, kCapacityTeu));
    queues.push_back({{"resource_rank", q.resource + 1}, {"teu", std::move(teu)}});
  }
  doc["weekly_queues"] = std::move(queues);
  doc["warnings"] = run.warnings;
  dump(doc, out);
}

}  // namespace corridor::report::detail
