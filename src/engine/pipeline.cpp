#include <algorithm>
#include <stdexcept>

#include <corridor/capacity/simulate.hpp>
#include <corridor/cost/cost_model.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/io/validate.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/sim/monte_carlo.hpp>
#include <corridor/version.hpp>

namespace corridor::engine {

namespace {

/// Routes per line that logit and equilibrium choose from, unless --routes says otherwise.
constexpr int kChoiceRoutes = 3;

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
  d.id = model::default_line_id(d, false);
  return d;
}

}  // namespace

void price_view(model::NetworkView& view, const model::Scenario& scenario,
                const model::Constraints& constraints) {
  for (std::size_t i = 0; i < scenario.links.size(); ++i) {
    const model::Link& link = scenario.links[i];
    model::LinkView& shown = view.links[i];
    const model::Node& from = scenario.nodes[shown.from.index()];
    const model::Node& to = scenario.nodes[shown.to.index()];
    // Per-container charges as a 20 ft box (1 TEU) pays them.
    const cost::ElementCost leg =
        cost::leg_cost(link, from, scenario.emission_factors).for_container(1.0);
    shown.price = model::LinkPrice{model::Hours(leg.running_hours), model::Hours(leg.waiting_hours),
                                   model::Usd(leg.tariff_usd)};
    shown.avoided_by = model::avoided_by(constraints, link, from, to);
  }
}

model::NetworkView network_view(const model::Scenario& scenario,
                                const model::Constraints& constraints) {
  model::NetworkView view = model::view_of(scenario);
  price_view(view, scenario, constraints);
  return view;
}

namespace {

model::Provenance provenance_of(const model::Scenario& scenario) {
  return model::Provenance{std::string(kVersion), "", model::citations_of(scenario)};
}

/// The capacity simulation's options from the overridden settings and the route choice asked
/// for. Precondition: io::check_overrides found no error.
capacity::Options capacity_options(const model::SimulationSettings& settings,
                                   const model::CapacityOverrides& c) {
  capacity::Options o = capacity::options_from(settings);
  if (c.replications) o.replications = static_cast<int>(*c.replications);
  if (c.route_choice) o.route_choice = *capacity::parse_route_choice(*c.route_choice);
  if (c.logit_scale_usd) o.logit_scale_usd = *c.logit_scale_usd;
  if (c.max_iterations) o.max_iterations = static_cast<int>(*c.max_iterations);
  if (c.tolerance) o.tolerance = *c.tolerance;
  return o;
}

int capacity_routes(const capacity::Options& o, const model::Overrides& overrides) {
  if (overrides.simulation.routes_per_line) {
    return static_cast<int>(*overrides.simulation.routes_per_line);
  }
  switch (o.route_choice) {
    case capacity::RouteChoice::best:
      return 1;
    case capacity::RouteChoice::shares:
      return static_cast<int>(overrides.capacity.shares.size());
    case capacity::RouteChoice::logit:
    case capacity::RouteChoice::equilibrium:
      return kChoiceRoutes;
  }
  return 1;
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
  if (sim.horizon_days) p.simulation.horizon_days = *sim.horizon_days;
  if (sim.warmup_days) p.simulation.warmup_days = *sim.warmup_days;
  if (sim.demand_scale) p.simulation.demand_scale = *sim.demand_scale;
  p.capacity = capacity_options(p.simulation, overrides.capacity);
  p.capacity.threads = p.threads;
  p.capacity_shares = overrides.capacity.shares;
  p.capacity_routes = capacity_routes(p.capacity, overrides);
  return p;
}

model::RunResult plan(const model::Scenario& scenario, const Prepared& prepared) {
  const network::Network net(scenario);
  model::RunResult run = routing::plan(net, prepared.policy, prepared.demand);
  run.totals = model::totals_of(run.results);
  price_view(run.network, scenario, prepared.policy.constraints);  // routing::plan's view
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
  auto planned = routing::plan(net, routing_policy, prepared.demand);

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
  run.network = std::move(planned.network);
  price_view(run.network, scenario, routing_policy.constraints);
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

model::CapacityRun capacity(const model::Scenario& scenario, const Prepared& prepared,
                            const std::function<void(std::uint64_t, std::uint64_t)>& progress) {
  model::Policy routing_policy = prepared.policy;
  routing_policy.alternatives = prepared.capacity_routes;
  routing_policy.pareto = false;
  const network::Network net(scenario);
  // Every line competes for the resources, whatever line the caller asked about.
  const auto planned = routing::plan(net, routing_policy, scenario.demand);
  capacity::Options options = prepared.capacity;
  options.progress = progress;
  if (options.route_choice == capacity::RouteChoice::shares) {
    // The same weights for every line, over the routes it has.
    options.route_shares.assign(planned.results.size(), prepared.capacity_shares);
  }
  model::CapacityRun run;
  try {
    run = capacity::simulate(scenario, planned.results, options);
  } catch (const std::invalid_argument& e) {
    // prepare() checked every option; what is left is demand too heavy to simulate.
    throw ValidationError("", {Issue{Issue::Severity::error,
                                     {},
                                     "capacity",
                                     e.what(),
                                     "lower --demand-scale or --horizon-days, or raise the "
                                     "line's shipment_teu"}});
  }
  price_view(run.network, scenario, routing_policy.constraints);  // capacity::simulate's view
  run.provenance = provenance_of(scenario);
  const std::size_t shares = prepared.capacity_shares.size();
  if (options.route_choice == capacity::RouteChoice::shares) {
    for (const auto& od : planned.results) {
      if (od.routes.empty() || od.routes.size() >= shares) continue;
      run.warnings.push_back(od.demand.from + " -> " + od.demand.to + ": " +
                             std::to_string(od.routes.size()) + " route(s) for " +
                             std::to_string(shares) +
                             " shares; the shares of its routes are scaled to add up to 1");
    }
  }
  return run;
}

}  // namespace corridor::engine
