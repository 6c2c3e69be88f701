// The capacity simulation as one CSV table: a `section` column says what each row is (run,
// line, route, resource, queue); cells that do not apply to a section are empty. Numbers have
// the JSON document's decimals.

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <corridor/report/labels.hpp>

#include "report/capacity.hpp"
#include "report/csv.hpp"
#include "report/format.hpp"

namespace corridor::report::detail {

namespace {

const std::vector<std::string> kColumns{
    // every row
    "section", "scenario",
    // run
    "seed", "replications", "horizon_days", "warmup_days", "demand_scale", "route_choice",
    "equilibrium_iterations", "equilibrium_gap", "equilibrium_converged",
    // line, route
    "line_id", "from", "to", "cargo", "teu_per_week", "shipment_teu", "shipments_generated",
    "shipments_delivered", "shipments_in_system", "shipments_not_served", "teu_generated",
    "teu_delivered", "teu_in_system", "teu_not_served", "never_arrive", "days_mean", "days_p50",
    "days_p90", "days_p95", "days_p99", "days_max", "on_time_share", "route_rank", "corridor",
    "modes", "share", "route_shipments",
    // resource, queue
    "resource_rank", "kind", "name", "node", "link", "link_from", "link_to", "capacity",
    "capacity_unit", "utilisation", "mean_queue_teu", "max_queue_teu", "mean_wait_hours",
    "p95_wait_hours", "mean_delay_hours", "delay_teu_hours", "teu_carried", "resource_shipments",
    "week", "queue_teu"};

using Row = std::map<std::string, std::string>;

void emit(std::ostream& out, const Row& row) {
  std::vector<std::string> cells;
  cells.reserve(kColumns.size());
  for (const auto& c : kColumns) {
    const auto it = row.find(c);
    cells.push_back(it == row.end() ? "" : it->second);
  }
  csv_row(out, cells);
}

std::string num(double v, int decimals) {
  return std::isfinite(v) ? fixed(v, decimals) : "";
}

std::string count(std::uint64_t n) {
  return std::to_string(n);
}

Row line_cells(const model::CapacityRun& run, const model::CapacityLine& l) {
  const auto& d = l.demand;
  Row r{{"scenario", run.scenario},
        {"line_id", d.id},
        {"from", d.from},
        {"to", d.to},
        {"cargo", d.cargo}};
  r["teu_per_week"] = shortest(d.teu_per_week);
  r["shipment_teu"] = shortest(d.shipment_teu);
  return r;
}

void write_line(std::ostream& out, const model::CapacityRun& run, const model::CapacityLine& l) {
  Row r = line_cells(run, l);
  r["section"] = "line";
  r["shipments_generated"] = count(l.shipments.generated);
  r["shipments_delivered"] = count(l.shipments.delivered);
  r["shipments_in_system"] = count(l.shipments.in_system);
  r["shipments_not_served"] = count(l.shipments.not_served);
  r["teu_generated"] = num(l.teu_generated, kCapacityTeu);
  r["teu_delivered"] = num(l.teu_delivered, kCapacityTeu);
  r["teu_in_system"] = num(l.teu_in_system, kCapacityTeu);
  r["teu_not_served"] = num(l.teu_not_served, kCapacityTeu);
  r["never_arrive"] = count(l.never_arrive);
  if (const auto& s = l.transit_days) {
    r["days_mean"] = num(s->mean, kCapacityDays);
    r["days_p50"] = num(s->p50, kCapacityDays);
    r["days_p90"] = num(s->p90, kCapacityDays);
    r["days_p95"] = num(s->p95, kCapacityDays);
    r["days_p99"] = num(s->p99, kCapacityDays);
    r["days_max"] = num(s->max, kCapacityDays);
  }
  if (l.on_time_share) r["on_time_share"] = num(*l.on_time_share, kCapacityShare);
  emit(out, r);
  const std::vector<std::string> labels = route_labels(l, run.network);
  for (std::size_t i = 0; i < l.routes.size(); ++i) {
    Row route = line_cells(run, l);
    route["section"] = "route";
    route["route_rank"] = std::to_string(i + 1);
    route["corridor"] = labels[i];
    route["modes"] = modes_label(l.routes[i].route);
    route["share"] = num(l.routes[i].share, kCapacityShare);
    route["route_shipments"] = count(l.routes[i].shipments);
    emit(out, route);
  }
}

Row resource_cells(const model::CapacityRun& run, std::size_t rank) {
  const auto& res = run.resources[rank];
  const auto& net = run.network;
  Row r{{"scenario", run.scenario}, {"resource_rank", std::to_string(rank + 1)}};
  r["kind"] = std::string(model::to_string(res.kind));
  r["name"] = resource_name(res, net);
  if (res.link.valid()) {
    r["link"] = net.link(res.link).id;
    r["link_from"] = net.place(res.from).id;
    r["link_to"] = net.place(res.to).id;
  } else {
    r["node"] = net.place(res.node).id;
  }
  return r;
}

void write_resource(std::ostream& out, const model::CapacityRun& run, std::size_t rank) {
  const auto& res = run.resources[rank];
  Row r = resource_cells(run, rank);
  r["section"] = "resource";
  r["capacity"] = shortest(res.capacity);
  r["capacity_unit"] = capacity_unit(res.kind);
  r["utilisation"] = num(res.utilisation, kCapacityShare);
  r["mean_queue_teu"] = num(res.mean_queue_teu, kCapacityTeu);
  r["max_queue_teu"] = num(res.max_queue_teu, kCapacityTeu);
  r["mean_wait_hours"] = num(res.mean_wait_hours, kCapacityHours);
  r["p95_wait_hours"] = num(res.p95_wait_hours, kCapacityHours);
  r["mean_delay_hours"] = num(res.mean_delay_hours, kCapacityHours);
  r["delay_teu_hours"] = num(res.delay_teu_hours, kCapacityHours);
  r["teu_carried"] = num(res.teu_carried, kCapacityTeu);
  r["resource_shipments"] = count(res.shipments);
  emit(out, r);
}

}  // namespace

void write_capacity_csv(const model::CapacityRun& run, std::ostream& out) {
  csv_row(out, kColumns);
  Row head{{"section", "run"}, {"scenario", run.scenario}};
  head["seed"] = std::to_string(run.seed);
  head["replications"] = std::to_string(run.replications);
  head["horizon_days"] = shortest(run.horizon_days);
  head["warmup_days"] = shortest(run.warmup_days);
  head["demand_scale"] = shortest(run.demand_scale);
  head["route_choice"] = run.route_choice;
  if (run.equilibrium) {
    head["equilibrium_iterations"] = std::to_string(run.equilibrium->iterations);
    head["equilibrium_gap"] = num(run.equilibrium->gap, 6);
    head["equilibrium_converged"] = run.equilibrium->converged ? "true" : "false";
  }
  emit(out, head);
  for (const auto& l : run.lines)
    write_line(out, run, l);
  for (std::size_t i = 0; i < run.resources.size(); ++i)
    write_resource(out, run, i);
  for (const auto& q : run.weekly_queues) {
    for (std::size_t w = 0; w < q.teu.size(); ++w) {
      Row r = resource_cells(run, q.resource);
      r["section"] = "queue";
      r["week"] = std::to_string(w + 1);
      r["queue_teu"] = num(q.teu[w], kCapacityTeu);
      emit(out, r);
    }
  }
}

}  // namespace corridor::report::detail
