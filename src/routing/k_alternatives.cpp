#include <corridor/routing/k_alternatives.hpp>

#include "routing/corridors.hpp"

namespace corridor::routing {

Alternatives k_alternatives(const network::Network& net, const Query& query, int k) {
  Alternatives out;
  if (k <= 0) return out;
  const detail::SearchSpace space(net, query, detail::Weights::lower_bound);
  const auto& cargo = net.scenario().cargo.at(query.cargo.index());
  std::optional<double> max_hours;
  if (query.constraints.max_days) max_hours = *query.constraints.max_days * model::kHoursPerDay;
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
