#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/shortest.hpp>

namespace corridor::routing {

std::optional<model::Route> shortest_path(const network::Network& net, const Query& query) {
  auto found = k_alternatives(net, query, 1);
  if (found.routes.empty()) return std::nullopt;
  return std::move(found.routes.front());
}

}  // namespace corridor::routing
