#include "routing/search_space.hpp"

#include <set>
#include <string>
#include <utility>

#include <corridor/error.hpp>

namespace corridor::routing::detail {

SearchSpace::SearchSpace(const network::Network& net, const Query& query, Weights weights)
    : SearchSpace(net, query, edge_weights(net, query, weights)) {}

SearchSpace::SearchSpace(const network::Network& net, const Query& query,
                         std::shared_ptr<const EdgeWeights> weights)
    : net_(&net),
      query_(query),
      source_(net.origin(query.origin)),
      target_(net.destination(query.destination)),
      tonnes_(net.scenario().cargo.at(query.cargo.index()).tonnes_per_teu.value()),
      weighting_{query.objective, tonnes_,
                 net.scenario().value_of_time_usd_per_teu_hour(
                     net.scenario().cargo.at(query.cargo.index()))},
      weights_(std::move(weights)) {
  const auto& sc = net.scenario();
  const auto& c = query.constraints;
  via_bit_.assign(sc.nodes.size(), -1);
  std::set<std::size_t> via;
  for (const auto& id : c.via) {
    if (auto n = net.find_node(id)) via.insert(n->index());
  }
  std::int8_t bit = 0;
  for (std::size_t n : via)
    via_bit_[n] = bit++;
  full_mask_ = (1u << via.size()) - 1u;
  transfer_dim_ = c.max_transshipments ? static_cast<std::uint32_t>(*c.max_transshipments) + 1 : 1;
  gauge_dim_ = c.max_gauge_changes ? static_cast<std::uint32_t>(*c.max_gauge_changes) + 1 : 1;
  per_mask_ = transfer_dim_ * gauge_dim_;
  const std::uint64_t layers = static_cast<std::uint64_t>(full_mask_ + 1) * per_mask_;
  if (layers * net.vertex_count() > kMaxStates) {
    throw Error("these constraints need " + std::to_string(layers * net.vertex_count()) +
                " search states on this network, more than the limit of " +
                std::to_string(kMaxStates) + "; use fewer via nodes or lower limits");
  }
  layers_ = static_cast<Layer>(layers);
  layered_ = !via.empty() || c.max_transshipments || c.max_gauge_changes;
  const std::int8_t origin_bit = via_bit_[query.origin.index()];
  start_layer_ = make_layer(origin_bit >= 0 ? 1u << origin_bit : 0u, 0, 0);
}

Layer SearchSpace::next_layer(Layer layer, EdgeId e) const {
  if (!layered_) return 0;
  const auto& edge = net_->edge(e);
  std::uint32_t mask = mask_of(layer);
  std::uint32_t t = transfers_of(layer);
  std::uint32_t g = gauge_changes_of(layer);
  if (edge.kind == network::EdgeKind::leg) {
    const std::int8_t b = via_bit_[net_->vertex(edge.target).node];
    if (b >= 0) mask |= 1u << b;
  } else if (edge.kind == network::EdgeKind::transfer) {
    if (query_.constraints.max_transshipments && ++t >= transfer_dim_) return kNoLayer;
    if (edge.gauge_change && query_.constraints.max_gauge_changes && ++g >= gauge_dim_) {
      return kNoLayer;
    }
  }
  return make_layer(mask, t, g);
}

}  // namespace corridor::routing::detail
