#pragma once
/// Distances from every vertex to one target, settled outward from the target on demand.

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include <corridor/network/network.hpp>
#include <corridor/network/shortest_paths.hpp>

namespace corridor::network {

/// A Dijkstra search on the reversed network from one target that stops once every vertex
/// within a radius is settled and can go on later. A search guided by distances to the target
/// (A*) only reads them near the routes it explores, so it settles no farther than it needs.
///
/// The distances are those of every other Dijkstra on the same weights (distances_to, Boost's),
/// bit for bit: in floating point, a vertex's distance is the least of (the rounded sum of an
/// out-edge's weight and the distance of that edge's end), whatever order vertices are settled
/// in.
class DistanceField {
 public:
  /// Nothing settled yet. `in_weights` are the edge weights in in-edge slot order
  /// (Network::in_order), non-negative; +infinity removes an edge. The network and the weights
  /// must outlive the field. O(V).
  DistanceField(const Network& net, std::span<const double> in_weights, VertexId target);

  /// Starts again from `target`, keeping the memory. O(vertices touched so far).
  void reset(std::span<const double> in_weights, VertexId target);

  /// Per vertex: its exact distance to the target where it is at most radius() (settled);
  /// elsewhere a distance found so far, never below the exact one, or kUnreachable.
  [[nodiscard]] std::span<const double> distances() const { return distance_; }
  /// Every vertex not settled yet is farther than this from the target.
  [[nodiscard]] double radius() const { return radius_; }
  /// Every vertex is settled (those that cannot reach the target at kUnreachable).
  [[nodiscard]] bool complete() const { return started_ && queued_ == 0; }

  /// Settles every vertex at most `radius` from the target. All calls together cost one
  /// Dijkstra: O(V + E) with a radix heap (keys are the bits of non-negative doubles, which
  /// order like the values).
  void settle_within(double radius);
  /// Settles `v` (and every vertex no farther), or everything when `v` cannot reach the target.
  void settle(VertexId v);
  /// Settles every vertex.
  void settle_all();

  /// The distances, every vertex settled.
  [[nodiscard]] std::vector<double> release() &&;

 private:
  struct Entry {
    std::uint64_t key;  // the bits of the tentative distance
    VertexId vertex;
  };
  void start();
  /// The least key queued (moving entries down the radix heap's buckets); queued_ > 0.
  std::uint64_t least();
  /// Settles the vertex of the least entry, unless the entry is stale.
  void pop();
  /// Settles `v` at `d` and every vertex that an edge of weight 0 (after rounding) leads from
  /// into it, then relaxes their in-edges.
  void settle_at(VertexId v, double d);

  const Network* net_;
  std::span<const double> weight_;  // by in-edge slot
  VertexId target_;
  bool started_ = false;
  double radius_;
  std::vector<double> distance_;   // best distance found so far, exact once settled
  std::vector<VertexId> touched_;  // vertices whose entries above are set
  // Radix heap: bucket b > 0 holds keys whose highest bit differing from last_ is bit b - 1.
  std::array<std::vector<Entry>, 65> buckets_;
  std::uint64_t last_ = 0;
  std::size_t queued_ = 0;
  std::vector<VertexId> stack_;
};

}  // namespace corridor::network
