#pragma once
/// The network reversed for one set of edge weights: what a search toward a target reads.

#include <cstdint>
#include <memory>
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
  [[nodiscard]] std::size_t class_count() const { return arcs_of_.size(); }
  /// The class of `v` (its own, or the one it joined), or kNoClass.
  [[nodiscard]] std::uint32_t class_of(VertexId v) const { return class_[v]; }
  /// `v` joined another vertex's class.
  [[nodiscard]] bool merged(VertexId v) const { return merged_[v] != 0; }

  /// A usable edge into a class from another: its weight and the class it leaves.
  struct Arc {
    double weight;
    std::uint32_t source;
  };
  /// The arcs into class `c`: the usable edges into its members from other classes, as
  /// positions in arc_list(). O(1).
  [[nodiscard]] EdgeRange arcs(std::uint32_t c) const { return arcs_of_[c]; }
  [[nodiscard]] std::span<const Arc> arc_list() const { return {arc_.get(), arc_room_}; }

 private:
  const Network* net_;
  std::span<const double> weights_;
  std::vector<std::uint32_t> class_;  // per vertex
  std::vector<std::uint8_t> merged_;  // per vertex
  // Per class: its arcs, at the front of room for all its members' in-edges. One range and
  // the arcs side by side: the search reads a class's arcs with two cache misses, not four.
  std::vector<EdgeRange> arcs_of_;
  std::size_t arc_room_ = 0;
  std::unique_ptr<Arc[]> arc_;  // written once, never zeroed first
};

}  // namespace corridor::network
