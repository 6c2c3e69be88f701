#include <corridor/routing/k_alternatives.hpp>

#include "routing/corridors.hpp"

namespace corridor::routing {

namespace detail {

std::optional<model::Route> fastest_route(const network::Network& net, const Query& query) {
  Query fastest = query;
  fastest.objective = model::Objective::time;
  fastest.constraints.max_days.reset();
  auto found = k_alternatives(net, fastest, 1);
  if (found.routes.empty()) return std::nullopt;
  return std::move(found.routes.front());
}

}  // namespace detail

Alternatives k_alternatives(const network::Network& net, const Query& query, int k) {
  Alternatives out;
  if (k <= 0) return out;
  std::optional<double> max_hours;
  if (query.constraints.max_days) {
    // When even the fastest route is too slow there is nothing to search for.
    max_hours = *query.constraints.max_days * model::kHoursPerDay;
    const auto fastest = detail::fastest_route(net, query);
    if (!fastest || fastest->totals.hours().value() > *max_hours) return out;
  }
  const detail::SearchSpace space(net, query, detail::Weights::lower_bound);
  const auto& cargo = net.scenario().cargo.at(query.cargo.index());
  detail::CorridorEnumerator corridors(space, cargo, max_hours);
  while (out.routes.size() < static_cast<std::size_t>(k)) {
    auto route = corridors.next();
    if (!route) break;
    out.routes.push_back(std::move(*route));
  }
  out.complete = corridors.complete();
  out.searches = corridors.searches();
  return out;
}

}  // namespace corridor::routing
