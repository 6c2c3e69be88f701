#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/pareto.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/routing/unreachable.hpp>

#include "routing/corridors.hpp"

namespace corridor::routing {

void mark_deadline(model::Route& route, const model::Demand& demand) {
  if (demand.deadline_days)
    route.on_time = model::to_days(route.totals.hours()) <= *demand.deadline_days;
}

Query query_of(const network::Network& net, const model::Demand& demand,
               const model::Policy& policy) {
  const auto& sc = net.scenario();
  Query query;
  query.origin = net.find_node(demand.from).value();
  query.destination = net.find_node(demand.to).value();
  query.cargo = model::CargoId::at(sc.cargo_index(demand.cargo).value());
  query.objective = policy.objective;
  query.constraints = policy.constraints;
  query.ready = demand.ready;
  query.container = demand.container;
  return query;
}

namespace {

/// plan_od with the edge weights and search memory of the plan's queries shared.
model::OdResult plan_line(const network::Network& net, const model::Demand& demand,
                          const model::Policy& policy, detail::Workspace& workspace) {
  const auto& sc = net.scenario();
  model::OdResult od;
  od.demand = demand;
  od.objective = policy.objective;
  const Query query = query_of(net, demand, policy);
  od.value_of_time_usd_per_teu_hour =
      sc.value_of_time_usd_per_teu_hour(sc.cargo[query.cargo.index()]);
  auto found = detail::first_corridors(net, query, policy.alternatives, nullptr, &workspace);
  od.routes = std::move(found.routes);
  for (auto& route : od.routes)
    mark_deadline(route, demand);
  if (!found.complete) {
    od.complete = false;
    od.warnings.push_back("the corridor search stopped after " + std::to_string(found.searches) +
                          " searches: the " + std::to_string(od.routes.size()) +
                          " corridors listed are exact, but more may exist");
  }
  if (od.routes.empty()) {
    od.unreachable = diagnose_unreachable(net, query);
    return od;
  }
  if (policy.pareto) {
    auto front = pareto_routes(net, query, static_cast<std::size_t>(policy.pareto_max_labels));
    od.pareto = std::move(front.options);
    for (auto& option : od.pareto)
      mark_deadline(option.route, demand);
    if (!front.complete) {
      od.complete = false;
      od.warnings.push_back("the Pareto search stopped at its budget of " +
                            std::to_string(policy.pareto_max_labels) + " labels: the " +
                            std::to_string(od.pareto.size()) +
                            " options listed are exact, but slower ones may be missing (raise "
                            "pareto_max_labels, or narrow the search with constraints)");
    }
  }
  return od;
}

}  // namespace

model::OdResult plan_od(const network::Network& net, const model::Demand& demand,
                        const model::Policy& policy) {
  detail::Workspace workspace(net);
  return plan_line(net, demand, policy, workspace);
}

model::RunResult plan(const network::Network& net, const model::Policy& policy) {
  return plan(net, policy, net.scenario().demand);
}

model::RunResult plan(const network::Network& net, const model::Policy& policy,
                      const std::vector<model::Demand>& demand) {
  const auto& sc = net.scenario();
  model::RunResult run;
  run.scenario = sc.name;
  run.description = sc.description;
  run.objective = policy.objective;
  run.constraints = policy.constraints;
  run.alternatives = policy.alternatives;
  run.pareto = policy.pareto;
  run.emission_factors = sc.emission_factors;
  run.network = model::view_of(sc);
  detail::Workspace workspace(net);  // shared by every line's searches
  for (const auto& d : demand)
    run.results.push_back(plan_line(net, d, policy, workspace));
  return run;
}

}  // namespace corridor::routing
