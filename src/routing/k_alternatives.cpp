#include <set>

#include <corridor/routing/k_alternatives.hpp>

#include "routing/k_best.hpp"

namespace corridor::routing {

Alternatives k_alternatives(const network::Network& net, const Query& query, int k,
                            std::size_t max_paths) {
  Alternatives out;
  if (k <= 0) return out;
  const auto wanted = static_cast<std::size_t>(k);
  if (max_paths == 0) max_paths = 40 * wanted + 100;
  const detail::SearchSpace space(net, query);
  const auto& cargo = net.scenario().cargo.at(query.cargo.index());
  detail::YenEnumerator yen(space);
  std::set<model::CorridorKey> seen;
  while (out.routes.size() < wanted) {
    if (out.paths_examined == max_paths) {
      out.complete = false;
      break;
    }
    auto path = yen.next();
    if (!path) break;
    ++out.paths_examined;
    if (detail::returns_to_a_node(space, *path)) continue;
    model::Route r = net.describe(path->edges, cargo);
    r.objective_value = path->cost;
    if (seen.insert(r.corridor).second) out.routes.push_back(std::move(r));
  }
  return out;
}

}  // namespace corridor::routing
