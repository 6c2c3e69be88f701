#pragma once
// Private to routing: a query compiled against a network.
//
// Search states are (vertex, layer). The layer records what the constraints need to know about
// the path so far: which via nodes it has visited (a bit mask), and, only when the query limits
// them, how many transshipments and gauge changes it has made. Without constraints there is one
// layer and states are plain vertices.

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

#include "routing/edge_weights.hpp"

namespace corridor::routing::detail {

using network::EdgeId;
using network::VertexId;
using Layer = std::uint32_t;
using StateId = std::uint32_t;
inline constexpr Layer kNoLayer = std::numeric_limits<Layer>::max();

/// Searches refuse to allocate more states than this (vertices x layers).
inline constexpr std::uint64_t kMaxStates = 64'000'000;

class SearchSpace {
 public:
  /// Precondition: the query's ids are valid for the network's scenario.
  SearchSpace(const network::Network& net, const Query& query, Weights weights = Weights::estimate);
  /// The same with weights computed before (edge_weights or a WeightCache) for a query of the
  /// same objective, cargo and avoided elements.
  SearchSpace(const network::Network& net, const Query& query,
              std::shared_ptr<const EdgeWeights> weights);

  [[nodiscard]] const network::Network& net() const { return *net_; }
  [[nodiscard]] const Query& query() const { return query_; }
  [[nodiscard]] VertexId source() const { return source_; }
  [[nodiscard]] VertexId target() const { return target_; }
  [[nodiscard]] double tonnes() const { return tonnes_; }
  /// TEU per container of the query's container (1 or 2).
  [[nodiscard]] double teu_per_container() const { return model::teu_of(query_.container); }
  /// The objective's weighting of hours, USD and kg CO2e.
  [[nodiscard]] const cost::Weighting& weighting() const { return weighting_; }

  /// Objective weight of each edge; +infinity for edges the constraints forbid.
  [[nodiscard]] const std::vector<double>& weights() const { return weights_->by_edge; }
  /// The reversed network under these weights, for searches toward the target.
  [[nodiscard]] const network::ReverseGraph& reverse() const { return weights_->reverse; }
  /// The weights shared with other spaces of the same objective, cargo and avoided elements.
  [[nodiscard]] const std::shared_ptr<const EdgeWeights>& shared_weights() const {
    return weights_;
  }
  [[nodiscard]] bool allowed(EdgeId e) const { return weights()[e] != kInfinity; }

  [[nodiscard]] Layer layer_count() const { return layers_; }
  [[nodiscard]] Layer start_layer() const { return start_layer_; }
  /// The layer after following edge `e`, or kNoLayer when that breaks a limit.
  [[nodiscard]] Layer next_layer(Layer layer, EdgeId e) const;
  /// All via nodes visited.
  [[nodiscard]] bool accepting(Layer layer) const { return mask_of(layer) == full_mask_; }

  [[nodiscard]] std::uint32_t mask_of(Layer layer) const { return layer / per_mask_; }
  [[nodiscard]] std::uint32_t transfers_of(Layer layer) const {
    return (layer % per_mask_) / gauge_dim_;
  }
  [[nodiscard]] std::uint32_t gauge_changes_of(Layer layer) const { return layer % gauge_dim_; }
  /// Layers that share a via mask differ only in resources: dominance applies between them.
  [[nodiscard]] bool tracks_resources() const { return per_mask_ > 1; }
  [[nodiscard]] std::uint32_t gauge_dim() const { return gauge_dim_; }
  [[nodiscard]] std::uint32_t mask_count() const { return full_mask_ + 1; }

  [[nodiscard]] StateId state(VertexId v, Layer layer) const { return v * layers_ + layer; }
  [[nodiscard]] VertexId vertex_of(StateId s) const { return s / layers_; }
  [[nodiscard]] Layer layer_of(StateId s) const { return s % layers_; }
  [[nodiscard]] std::uint64_t state_count() const { return net_->vertex_count() * layers_; }

 private:
  Layer make_layer(std::uint32_t mask, std::uint32_t t, std::uint32_t g) const {
    return (mask * transfer_dim_ + t) * gauge_dim_ + g;
  }

  const network::Network* net_;
  Query query_;
  VertexId source_;
  VertexId target_;
  double tonnes_;
  cost::Weighting weighting_;
  std::shared_ptr<const EdgeWeights> weights_;
  std::vector<std::int8_t> via_bit_;  // per node: bit index or -1
  std::uint32_t full_mask_ = 0;
  std::uint32_t transfer_dim_ = 1;  // max_transshipments + 1, or 1 when unlimited
  std::uint32_t gauge_dim_ = 1;     // max_gauge_changes + 1, or 1 when unlimited
  std::uint32_t per_mask_ = 1;
  Layer layers_ = 1;
  Layer start_layer_ = 0;
  bool layered_ = false;  // any constraint needs the layer at all
};

}  // namespace corridor::routing::detail
