#include <corridor/routing/k_alternatives.hpp>

#include "routing/corridors.hpp"

namespace corridor::routing {

namespace detail {

namespace {

/// The corridor search's guide: `potential` when given; for one corridor, distances settled
/// only as far as its searches read them (in the workspace's field when there is one); for
/// more, every distance at once (their searches reach far from the best route, and read the
/// guide often enough that a plain array of distances pays).
Guide guide(const SearchSpace& space, int k, const std::vector<double>* potential,
            Workspace* workspace) {
  if (potential) return Guide(*potential);
  if (k > 1) return Guide(potentials(space));
  if (!workspace) return Guide(space);
  if (!workspace->field) {
    workspace->field = std::make_unique<network::DistanceField>(space.reverse(), space.target());
  }
  return Guide(space, workspace->field.get());
}

}  // namespace

std::optional<model::Route> fastest_route(const network::Network& net, const Query& query,
                                          Workspace* workspace) {
  Query fastest = query;
  fastest.objective = model::Objective::time;
  fastest.constraints.max_days.reset();
  auto found = first_corridors(net, fastest, 1, nullptr, workspace);
  if (found.routes.empty()) return std::nullopt;
  return std::move(found.routes.front());
}

Alternatives first_corridors(const network::Network& net, const Query& query, int k,
                             const std::vector<double>* potential, Workspace* workspace) {
  Alternatives out;
  if (k <= 0) return out;
  std::optional<double> max_hours;
  if (query.constraints.max_days) {
    // When even the fastest route is too slow there is nothing to search for.
    max_hours = *query.constraints.max_days * model::kHoursPerDay;
    const auto fastest = fastest_route(net, query, workspace);
    if (!fastest || fastest->totals.hours().value() > *max_hours) return out;
  }
  const SearchSpace space =
      workspace ? SearchSpace(net, query, workspace->weights.get(query, Weights::lower_bound))
                : SearchSpace(net, query, Weights::lower_bound);
  const auto& cargo = net.scenario().cargo.at(query.cargo.index());
  CorridorEnumerator corridors(space, cargo, max_hours, guide(space, k, potential, workspace),
                               workspace ? &workspace->rule : nullptr);
  while (out.routes.size() < static_cast<std::size_t>(k)) {
    auto route = corridors.next();
    if (!route) break;
    out.routes.push_back(std::move(*route));
  }
  out.complete = corridors.complete();
  out.searches = corridors.searches();
  return out;
}

}  // namespace detail

Alternatives k_alternatives(const network::Network& net, const Query& query, int k) {
  return detail::first_corridors(net, query, k, nullptr);
}

}  // namespace corridor::routing
