#pragma once
// Test support: distances to a target by a textbook Dijkstra (a binary heap of (distance,
// vertex) pairs over the reversed edges, stale entries skipped), the oracle of the engine's
// network::DistanceField and of the guides built on it. It shares no code with them.

#include <functional>
#include <limits>
#include <queue>
#include <span>
#include <utility>
#include <vector>

#include <corridor/network/network.hpp>

namespace corridor::test {

/// Distance from every vertex to `target` under `weights` (by EdgeId, +infinity: no edge);
/// +infinity where the target cannot be reached.
inline std::vector<double> reference_distances_to(const network::Network& net,
                                                  network::VertexId target,
                                                  std::span<const double> weights) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<network::EdgeId>> into(net.vertex_count());
  for (network::EdgeId e = 0; e < net.edge_count(); ++e)
    into[net.edge(e).target].push_back(e);
  std::vector<double> d(net.vertex_count(), kInf);
  std::vector<bool> done(net.vertex_count(), false);
  using Item = std::pair<double, network::VertexId>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
  d[target] = 0.0;
  queue.emplace(0.0, target);
  while (!queue.empty()) {
    const auto [dv, v] = queue.top();
    queue.pop();
    if (done[v]) continue;
    done[v] = true;
    for (const network::EdgeId e : into[v]) {
      const network::VertexId u = net.edge(e).source;
      if (weights[e] == kInf) continue;
      const double candidate = dv + weights[e];
      if (candidate < d[u]) {
        d[u] = candidate;
        queue.emplace(candidate, u);
      }
    }
  }
  return d;
}

}  // namespace corridor::test
