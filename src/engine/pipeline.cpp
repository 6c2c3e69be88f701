#include <algorithm>

#include <corridor/cost/cost_model.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/io/validate.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/sim/monte_carlo.hpp>
#include <corridor/version.hpp>

namespace corridor::engine {

namespace {

bool is_error(const Issue& issue) {
  return issue.severity == Issue::Severity::error;
}

/// The demand line an OdQuery asks about.
model::Demand demand_of(const model::Scenario& scenario, const model::OdQuery& od) {
  for (const auto& d : scenario.demand) {
    if (d.from == od.from && d.to == od.to && (!od.cargo || d.cargo == *od.cargo)) return d;
  }
  model::Demand d;
  d.from = od.from;
  d.to = od.to;
  d.cargo = od.cargo.value_or(scenario.cargo.front().id);
  return d;
}

/// The places and links as reports show them: with each link's expected running time, wait and
/// tariff (priced as routing prices a leg) and the constraints that forbid it.
model::NetworkView network_view(const model::Scenario& scenario,
                                const model::Constraints& constraints) {
  model::NetworkView view = model::view_of(scenario);
  for (std::size_t i = 0; i < scenario.links.size(); ++i) {
    const model::Link& link = scenario.links[i];
    model::LinkView& shown = view.links[i];
    const model::Node& from = scenario.nodes[shown.from.index()];
    const model::Node& to = scenario.nodes[shown.to.index()];
    const cost::ElementCost leg = cost::leg_cost(link, from, scenario.emission_factors);
    shown.price = model::LinkPrice{model::Hours(leg.running_hours), model::Hours(leg.waiting_hours),
                                   model::Usd(leg.tariff_usd)};
    shown.avoided_by = model::avoided_by(constraints, link, from, to);
  }
  return view;
}

model::Provenance provenance_of(const model::Scenario& scenario) {
  return model::Provenance{std::string(kVersion), "", model::citations_of(scenario)};
}

}  // namespace

io::LoadedScenario load(const std::filesystem::path& path) {
  return io::load_scenario(path);
}

Prepared prepare(const model::Scenario& scenario, const model::Overrides& overrides) {
  auto issues = io::check_overrides(scenario, overrides);
  if (std::any_of(issues.begin(), issues.end(), is_error)) {
    throw ValidationError("", std::move(issues));
  }
  Prepared p;
  p.warnings = std::move(issues);
  p.policy = model::apply(scenario.policy, overrides.policy);
  p.demand = overrides.od ? std::vector<model::Demand>{demand_of(scenario, *overrides.od)}
                          : scenario.demand;
  p.simulation = scenario.simulation;
  const auto& sim = overrides.simulation;
  if (sim.replications) p.simulation.replications = static_cast<int>(*sim.replications);
  if (sim.seed) p.simulation.seed = *sim.seed;
  if (sim.threads) p.threads = static_cast<int>(*sim.threads);
  if (sim.routes_per_line) p.routes_per_line = static_cast<int>(*sim.routes_per_line);
  return p;
}

model::RunResult plan(const model::Scenario& scenario, const Prepared& prepared) {
  const network::Network net(scenario);
  model::RunResult run = routing::plan(net, prepared.policy, prepared.demand);
  run.totals = model::totals_of(run.results);
  run.network = network_view(scenario, prepared.policy.constraints);
  run.provenance = provenance_of(scenario);
  return run;
}

model::SimulationRun simulate(const model::Scenario& scenario, const Prepared& prepared,
                              const SimulationProgress& progress) {
  // Routes are chosen by the policy's objective; Pareto options are not simulated.
  model::Policy routing_policy = prepared.policy;
  routing_policy.alternatives = prepared.routes_per_line;
  routing_policy.pareto = false;
  const network::Network net(scenario);
  const auto planned = routing::plan(net, routing_policy, prepared.demand);

  sim::MonteCarloOptions mc = sim::options_from(prepared.simulation);
  mc.threads = prepared.threads;
  mc.progress = progress.journeys;

  model::SimulationRun run;
  run.scenario = scenario.name;
  run.description = scenario.description;
  run.seed = mc.seed;
  run.replications = mc.replications;
  run.start_date = model::format_date(scenario.simulation.start_date);
  run.departure_window_days = scenario.simulation.departure_window_days;
  run.network = network_view(scenario, routing_policy.constraints);
  run.provenance = provenance_of(scenario);
  const std::size_t lines = planned.results.size();
  for (std::size_t line = 0; line < lines; ++line) {
    const auto& od = planned.results[line];
    model::OdSimulation out;
    out.od = od;
    const auto& cargo = *scenario.find_cargo(od.demand.cargo);
    mc.ready = od.demand.ready;
    for (const auto& route : od.routes) {
      if (progress.route) progress.route(line, lines, od.demand);
      out.simulated.push_back(
          sim::simulate_route(scenario, route, cargo, od.demand.deadline_days, mc));
    }
    run.results.push_back(std::move(out));
  }
  run.totals = model::totals_of(run.results);
  return run;
}

}  // namespace corridor::engine
