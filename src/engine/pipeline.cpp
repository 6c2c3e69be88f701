#include <algorithm>

#include <corridor/engine/pipeline.hpp>
#include <corridor/io/validate.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/sim/monte_carlo.hpp>

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

}  // namespace

io::LoadedScenario load(const std::filesystem::path& path, const io::LoadLimits& limits) {
  return io::load_scenario(path, limits);
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
  model::RunResult result = routing::plan(net, prepared.policy, prepared.demand);
  result.totals = model::totals_of(result.results);
  return result;
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
  run.network = planned.network;
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
