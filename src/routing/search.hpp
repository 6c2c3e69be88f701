#pragma once
// Private to routing: the A* search every route search is built on.

#include <optional>
#include <span>
#include <vector>

#include "routing/search_space.hpp"

namespace corridor::routing::detail {

/// A path through the search space: its edges, the layer before each edge (plus the final
/// layer), and its total objective cost.
struct Path {
  std::vector<EdgeId> edges;
  std::vector<Layer> layers;
  double cost = 0.0;
};

/// Distances to the target under the space's weights (a Dijkstra on the reversed network,
/// network::DistanceField): an exact lower bound on every completion, whatever the constraints
/// add.
[[nodiscard]] std::vector<double> potentials(const SearchSpace& space);

/// Repeated A* searches on one search space. Per-state arrays are allocated once and reset
/// lazily by generation stamps, so a search costs what it explores, not O(states).
class AStar {
 public:
  AStar(const SearchSpace& space, std::vector<double> potential);

  /// Forbids states whose vertex is `v` and whose via mask is `mask`, until clear_blocks().
  void block(VertexId v, std::uint32_t mask);
  void clear_blocks();

  /// The cheapest completion from state (v, layer), whose path so far cost `g0`, to the target
  /// in an accepting layer, never taking an edge of `excluded` as its first edge. The returned
  /// path holds the completion only; its cost includes g0. With a `cutoff`, gives up (nullopt)
  /// once every completion left costs more than it (a state popped with f > cutoff: f never
  /// falls by more than rounding, far below the margin callers leave).
  [[nodiscard]] std::optional<Path> run(VertexId v, Layer layer, double g0,
                                        std::span<const EdgeId> excluded,
                                        double cutoff = kInfinity);

  [[nodiscard]] const std::vector<double>& potential() const { return potential_; }

 private:
  struct Entry {
    double f;
    double g;
    StateId state;
  };
  bool dominated(StateId s) const;
  void touch(StateId s);
  void next_generation();

  const SearchSpace& space_;
  std::vector<double> potential_;
  std::uint32_t generation_ = 0;
  std::vector<std::uint32_t> seen_;     // generation in which the state was first reached
  std::vector<std::uint32_t> settled_;  // generation in which the state was settled
  std::vector<double> g_;
  std::vector<StateId> parent_state_;
  std::vector<EdgeId> parent_edge_;
  std::uint32_t block_generation_ = 1;
  std::vector<std::uint32_t> blocked_;  // per (vertex, via mask)
  std::vector<Entry> heap_;
};

}  // namespace corridor::routing::detail
