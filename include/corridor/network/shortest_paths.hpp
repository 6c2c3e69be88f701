#pragma once
/// One-to-all shortest paths on the network.

#include <limits>
#include <span>
#include <vector>

#include <corridor/network/network.hpp>

namespace corridor::network {

inline constexpr double kUnreachable = std::numeric_limits<double>::infinity();

/// Distance from every vertex to `target` along edges with the given non-negative weights
/// (indexed by EdgeId; +infinity removes an edge). kUnreachable where no path exists.
/// O((V + E) log V); network/distance_field.hpp settles only as far as asked.
[[nodiscard]] std::vector<double> distances_to(const Network& net, VertexId target,
                                               std::span<const double> weights);

/// Distance from `source` to every vertex (Boost.Graph's Dijkstra), and the edge each vertex was
/// reached by (kNoEdge for the source and unreached vertices).
struct ShortestPathTree {
  std::vector<double> distance;
  std::vector<EdgeId> parent_edge;
};
[[nodiscard]] ShortestPathTree shortest_paths_from(const Network& net, VertexId source,
                                                   std::span<const double> weights);

}  // namespace corridor::network
