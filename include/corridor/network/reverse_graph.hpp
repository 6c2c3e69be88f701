#pragma once
/// The network reversed for one set of edge weights: what a search toward a target reads.

#include <cstdint>
#include <span>
#include <vector>

#include <corridor/network/network.hpp>

namespace corridor::network {

/// The in-edges of every vertex under one set of edge weights, with the vertices that are as
/// far from every target as another vertex merged into that vertex's *class*.
///
/// A vertex whose only usable out-edge (of finite weight, into a vertex with out-edges of its
/// own) weighs 0 is exactly as far from any target as that edge's end (0 + d rounds to d),
/// unless an edge it has into a vertex without out-edges leads straight to the target: it joins
/// the end's class, when the end joins none itself. In the virtual network that puts a node's
/// arrival and origin vertices in the class of its departure vertex (for a node with one port
/// and no dwell), so that a search toward a target settles one class per node instead of three
/// vertices. Vertices without out-edges of finite weight (destinations), and those joined to
/// one, are in no class: no search passes them, and only the target and the vertices with an
/// edge into it among them are reached (DistanceField gives those distances of their own).
class ReverseGraph {
 public:
  static constexpr std::uint32_t kNoClass = ~std::uint32_t{0};

  /// `weights`: per EdgeId, non-negative; +infinity removes an edge. The network and the
  /// weights must outlive the graph. O(V + E).
  ReverseGraph(const Network& net, std::span<const double> weights);

  [[nodiscard]] const Network& net() const { return *net_; }
  [[nodiscard]] std::span<const double> weights() const { return weights_; }
  [[nodiscard]] std::size_t class_count() const { return arc_end_.size(); }
  /// The class of `v` (its own, or the one it joined), or kNoClass.
  [[nodiscard]] std::uint32_t class_of(VertexId v) const { return class_[v]; }
  /// `v` joined another vertex's class.
  [[nodiscard]] bool merged(VertexId v) const { return merged_[v] != 0; }

  /// The arcs into class `c`: the usable edges into its members from other classes. O(1).
  [[nodiscard]] EdgeRange arcs(std::uint32_t c) const { return {arc_start_[c], arc_end_[c]}; }
  /// Per arc: the edge's weight.
  [[nodiscard]] std::span<const double> arc_weights() const { return arc_weight_; }
  /// Per arc: the class of the vertex the edge leaves.
  [[nodiscard]] std::span<const std::uint32_t> arc_sources() const { return arc_source_; }

 private:
  const Network* net_;
  std::span<const double> weights_;
  std::vector<std::uint32_t> class_;  // per vertex
  std::vector<std::uint8_t> merged_;  // per vertex
  std::vector<EdgeId> arc_start_;     // per class, and one past the last: room for its arcs
  std::vector<EdgeId> arc_end_;       // per class: one past its last arc
  std::vector<double> arc_weight_;    // per arc
  std::vector<std::uint32_t> arc_source_;
};

}  // namespace corridor::network
