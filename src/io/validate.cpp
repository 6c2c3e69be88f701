#include <corridor/io/validate.hpp>

#include "io/checker.hpp"

namespace corridor::io {

std::vector<Issue> validate(const model::Scenario& scenario, const SourceMap& where) {
  return detail::Checker(scenario, where).run();
}

namespace {

/// Overrides are checked as the scenario's own values are, under their scenario paths; this
/// map names each one given by its command-line option.
SourceMap option_names(const model::Overrides& o) {
  SourceMap names;
  const auto name_list = [&names](const std::string& path, std::size_t count,
                                  const std::string& option) {
    if (count == 0) return;
    names.add_named(path, option);
    for (std::size_t i = 0; i < count; ++i)
      names.add_named(path + "[" + std::to_string(i) + "]", option);
  };
  const auto& p = o.policy;
  if (p.alternatives) names.add_named("policy.alternatives", "--alternatives");
  if (p.pareto_max_labels) names.add_named("policy.pareto_max_labels", "--pareto-max-labels");
  if (p.max_transshipments) names.add_named("policy.max_transshipments", "--max-transshipments");
  if (p.max_gauge_changes) names.add_named("policy.max_gauge_changes", "--max-gauge-changes");
  if (p.max_days) names.add_named("policy.max_days", "--max-days");
  name_list("policy.avoid_countries", p.avoid_countries.size(), "--avoid-country");
  name_list("policy.avoid_links", p.avoid_links.size(), "--avoid-link");
  name_list("policy.avoid_nodes", p.avoid_nodes.size(), "--avoid-node");
  name_list("policy.via", p.via.size(), "--via");
  const auto& s = o.simulation;
  if (s.replications) names.add_named("simulation.replications", "--replications");
  if (s.threads) names.add_named("simulation.threads", "--threads");
  if (s.routes_per_line) names.add_named("simulation.routes", "--routes");
  if (s.horizon_days) names.add_named("simulation.horizon_days", "--horizon-days");
  if (s.warmup_days) names.add_named("simulation.warmup_days", "--warmup-days");
  if (s.demand_scale) names.add_named("simulation.demand_scale", "--demand-scale");
  const auto& c = o.capacity;
  if (c.replications) names.add_named("capacity.replications", "--replications");
  if (c.route_choice) names.add_named("capacity.route_choice", "--route-choice");
  name_list("capacity.shares", c.shares.size(), "--share");
  if (c.logit_scale_usd) names.add_named("capacity.logit_scale_usd", "--logit-scale");
  if (c.max_iterations) names.add_named("capacity.max_iterations", "--max-iterations");
  if (c.tolerance) names.add_named("capacity.tolerance", "--tolerance");
  if (o.od) {
    names.add_named("od.from", "--from");
    names.add_named("od.to", "--to");
    if (o.od->cargo) names.add_named("od.cargo", "--cargo");
  }
  return names;
}

}  // namespace

std::vector<Issue> check_overrides(const model::Scenario& scenario,
                                   const model::Overrides& overrides) {
  const SourceMap names = option_names(overrides);
  return detail::Checker(scenario, names).run_overrides(overrides);
}

}  // namespace corridor::io
