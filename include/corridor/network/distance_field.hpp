#pragma once
/// Distances from every vertex to one target, settled outward from the target on demand.

#include <array>
#include <cstdint>
#include <vector>

#include <corridor/network/network.hpp>
#include <corridor/network/reverse_graph.hpp>
#include <corridor/network/shortest_paths.hpp>

namespace corridor::network {

/// A Dijkstra search on the reversed network from one target that stops once every vertex
/// within a radius is settled and can go on later. A search guided by distances to the target
/// (A*) only reads them near the routes it explores, so it settles no farther than it needs.
///
/// The distances are those of every other Dijkstra on the same weights (distances_to, Boost's),
/// bit for bit: in floating point, a vertex's distance is the least of (the rounded sum of an
/// out-edge's weight and the distance of that edge's end), whatever order vertices are settled
/// in. The search settles classes of the ReverseGraph; a vertex of a class it joined that has
/// an edge straight into the target gets a distance of its own.
class DistanceField {
 public:
  /// Nothing settled yet. The graph must outlive the field. O(classes).
  DistanceField(const ReverseGraph& graph, VertexId target);

  /// Starts again from `target` on `graph` (of the same network), keeping the memory.
  /// O(classes touched so far).
  void reset(const ReverseGraph& graph, VertexId target);

  /// The distance from `v` to the target: exact when it is at most radius() (settled);
  /// otherwise a distance found so far, never below the exact one, or kUnreachable. O(1).
  [[nodiscard]] double distance(VertexId v) const {
    if (v == target_) return 0.0;
    const auto c = graph_->class_of(v);
    double d = c == ReverseGraph::kNoClass ? kUnreachable : label_[c];
    if (!own_.empty() && graph_->merged(v)) d = own_distance(v, d);
    return d;
  }
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

  /// Every vertex's distance, every vertex settled.
  [[nodiscard]] std::vector<double> release() &&;

 private:
  /// A vertex with a distance of its own: the target (when it is in no class or joined one),
  /// and members of classes with an edge into it.
  struct Own {
    VertexId vertex;
    double distance;
  };
  struct Entry {
    std::uint64_t key;  // the bits of the tentative distance
    std::uint32_t id;   // a class, or class_count() + an index into own_
  };
  [[nodiscard]] double own_distance(VertexId v, double of_class) const;
  void start();
  /// The least key queued (moving entries down the radix heap's buckets); queued_ > 0.
  std::uint64_t least();
  /// Settles the class or vertex of the least entry, unless the entry is stale.
  void pop();
  [[nodiscard]] double& label(std::uint32_t id);
  /// Offers distance `candidate` to `id`; settles it at once when that equals `d`, the
  /// distance being settled.
  void offer(std::uint32_t id, double candidate, double d);
  /// Offers `vertex` (the source of an edge into a vertex with a distance of its own) the
  /// distance `candidate`.
  void offer_vertex(VertexId vertex, double candidate, double d);
  /// Settles `id` at `d`, and everything an edge of weight 0 (after rounding) leads from into
  /// it, relaxing their in-edges.
  void settle_at(std::uint32_t id, double d);
  /// Queues `id` at `key`.
  void push(std::uint64_t key, std::uint32_t id);

  const ReverseGraph* graph_;
  VertexId target_;
  bool started_ = false;
  double radius_;
  std::vector<double> label_;           // per class: best distance so far, exact once settled
  std::vector<std::uint32_t> touched_;  // classes whose label_ is set
  std::vector<Own> own_;
  // Radix heap: bucket b > 0 holds keys whose highest bit differing from last_ is bit b - 1.
  std::array<std::vector<Entry>, 65> buckets_;
  std::uint64_t occupied_ = 0;  // bit b - 1: bucket b > 0 is not empty
  std::uint64_t last_ = 0;
  std::size_t queued_ = 0;
  std::vector<std::uint32_t> stack_;
};

}  // namespace corridor::network
