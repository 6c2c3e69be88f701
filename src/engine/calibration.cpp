#include <algorithm>

#include <corridor/engine/calibration.hpp>
#include <corridor/model/units.hpp>

namespace corridor::engine {

namespace {

/// The scenario's settings for one observation: its line, its via nodes, its countries.
Prepared for_observation(const model::Scenario& scenario, const Prepared& prepared,
                         const model::Observation& o) {
  Prepared p = prepared;
  p.policy.alternatives = 1;  // the best route: the first of any k (corridors.hpp)
  p.policy.pareto = false;
  p.routes_per_line = 1;
  auto& c = p.policy.constraints;
  // The policy's via nodes are the scenario's question (route everything via Klaipeda), not
  // the path of a journey that happened: the observation's own via nodes replace them.
  c.via = o.via;
  std::erase_if(c.avoid_countries, [&](const std::string& country) {
    return std::find(o.allow.begin(), o.allow.end(), country) != o.allow.end();
  });
  model::OdQuery od{o.from, o.to, std::nullopt};
  if (!o.cargo.empty()) od.cargo = o.cargo;
  model::Overrides overrides;
  overrides.od = od;
  model::Demand d = engine::prepare(scenario, overrides).demand.front();
  d.id = o.id;
  // Per-container charges are shared by the TEU of the box the price is for.
  if (o.container) d.container = *o.container;
  p.demand = {d};
  return p;
}

void compare(model::ObservationResult& r) {
  const auto& o = r.observation;
  if (!r.route) return;
  if (o.days) r.days = model::compare_figure(*o.days, model::to_days(r.route->totals.hours()));
  if (o.usd_per_container && o.container) {
    const double usd = r.route->totals.usd().value() * model::teu_of(*o.container);
    r.usd = model::compare_figure(*o.usd_per_container, usd);
  }
}

}  // namespace

model::CalibrationRun calibrate(const model::Scenario& scenario, const Prepared& prepared,
                                bool simulate) {
  model::CalibrationRun run;
  run.scenario = scenario.name;
  run.description = scenario.description;
  run.objective = prepared.policy.objective;
  run.simulated = simulate;
  run.seed = prepared.simulation.seed;
  run.replications = simulate ? static_cast<std::uint64_t>(prepared.simulation.replications) : 0;
  run.network = network_view(scenario, prepared.policy.constraints);
  for (const auto& o : scenario.observations) {
    const Prepared p = for_observation(scenario, prepared, o);
    model::ObservationResult r;
    r.observation = o;
    r.cargo = p.demand.front().cargo;
    const model::OdResult* od = nullptr;
    model::RunResult planned;
    model::SimulationRun simulated;
    if (simulate) {
      simulated = engine::simulate(scenario, p);
      od = &simulated.results.front().od;
      if (!simulated.results.front().simulated.empty()) {
        const auto& days = simulated.results.front().simulated.front().days;
        r.p50_days = days.p50;
        r.p90_days = days.p90;
      }
    } else {
      planned = engine::plan(scenario, p);
      od = &planned.results.front();
    }
    if (!od->routes.empty()) {
      r.route = od->routes.front();
    } else if (od->unreachable) {
      r.unreachable = od->unreachable->reason;
    }
    compare(r);
    run.results.push_back(std::move(r));
  }
  run.summary = model::summarise(run.results);
  return run;
}

}  // namespace corridor::engine
