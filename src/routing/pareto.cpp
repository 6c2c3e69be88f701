#include <algorithm>
#include <array>

#include <corridor/routing/pareto.hpp>

#include "routing/pareto_paths.hpp"

namespace corridor::routing {

namespace {

using Criteria = std::array<double, 3>;

Criteria exact_criteria(const model::Route& r) {
  return {r.totals.hours().value(), r.totals.usd().value(), r.totals.co2e.value()};
}

bool dominates(const Criteria& a, const Criteria& b) {
  return a[0] <= b[0] && a[1] <= b[1] && a[2] <= b[2] && a != b;
}

}  // namespace

ParetoOptions pareto_routes(const network::Network& net, const Query& query,
                            std::size_t max_labels) {
  const detail::SearchSpace space(net, query);
  const auto found = detail::pareto_paths(space, max_labels);
  const auto& cargo = net.scenario().cargo.at(query.cargo.index());
  const auto& max_days = query.constraints.max_days;  // compared in hours, as k_alternatives does

  // The front is searched on the estimated waits for timetables (sums over edges); each option
  // is then priced exactly, and options that another one beats at exact prices drop out.
  std::vector<std::pair<Criteria, model::Route>> priced;
  for (const auto& p : found.paths) {
    model::Route route = net.describe(p.edges, cargo, query.ready, query.container);
    if (max_days && route.totals.hours().value() > *max_days * model::kHoursPerDay) continue;
    const auto& t = route.totals;
    route.objective_value = space.weighting()(t.hours().value(), t.usd().value(), t.co2e.value());
    priced.emplace_back(exact_criteria(route), std::move(route));
  }
  std::stable_sort(priced.begin(), priced.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<Criteria, model::Route>> front;
  for (auto& option : priced) {
    const bool beaten = std::any_of(front.begin(), front.end(), [&](const auto& kept) {
      return kept.first == option.first || dominates(kept.first, option.first);
    });
    if (!beaten) front.push_back(std::move(option));
  }

  Criteria best{detail::kInfinity, detail::kInfinity, detail::kInfinity};
  for (const auto& [c, route] : front) {
    for (std::size_t k = 0; k < 3; ++k)
      best[k] = std::min(best[k], c[k]);
  }
  constexpr std::array<model::Criterion, 3> kOrder{model::Criterion::time, model::Criterion::cost,
                                                   model::Criterion::co2};
  ParetoOptions out;
  out.complete = found.complete;
  for (auto& [c, route] : front) {
    model::ParetoOption option;
    option.route = std::move(route);
    for (std::size_t k = 0; k < 3; ++k) {
      if (c[k] == best[k]) option.wins.push_back(kOrder[k]);
    }
    out.options.push_back(std::move(option));
  }
  return out;
}

}  // namespace corridor::routing
