#include "routing/search_space.hpp"

#include <algorithm>
#include <set>
#include <string>

#include <corridor/error.hpp>

namespace corridor::routing::detail {

namespace {

using network::EdgeKind;
using network::VertexKind;

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

/// Per node: does any constraint forbid passing it?
std::vector<bool> forbidden_nodes(const model::Scenario& sc, const model::Constraints& c) {
  std::vector<bool> out(sc.nodes.size(), false);
  for (std::size_t n = 0; n < sc.nodes.size(); ++n) {
    out[n] =
        contains(c.avoid_countries, sc.nodes[n].country) || contains(c.avoid_nodes, sc.nodes[n].id);
  }
  return out;
}

/// Per link: does any constraint forbid using it?
std::vector<bool> forbidden_links(const model::Scenario& sc, const model::Constraints& c) {
  std::vector<bool> out(sc.links.size(), false);
  for (std::size_t i = 0; i < sc.links.size(); ++i) {
    const auto& l = sc.links[i];
    bool bad = contains(c.avoid_links, l.id) ||
               std::find(c.avoid_modes.begin(), c.avoid_modes.end(), l.mode) != c.avoid_modes.end();
    for (const auto& country : l.transit_countries)
      bad = bad || contains(c.avoid_countries, country);
    out[i] = bad;
  }
  return out;
}

}  // namespace

SearchSpace::SearchSpace(const network::Network& net, const Query& query, Weights weights)
    : net_(&net),
      query_(query),
      source_(net.origin(query.origin)),
      target_(net.destination(query.destination)),
      tonnes_(net.scenario().cargo.at(query.cargo.index()).tonnes_per_teu.value()),
      weighting_{query.objective, tonnes_,
                 net.scenario().value_of_time_usd_per_teu_hour(
                     net.scenario().cargo.at(query.cargo.index()))} {
  const auto& sc = net.scenario();
  const auto& c = query.constraints;
  const bool bound = weights == Weights::lower_bound;
  const auto bad_node = forbidden_nodes(sc, c);
  const auto bad_link = forbidden_links(sc, c);
  const auto& edges = net.edges();
  weight_.resize(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    const auto& from = net.vertex(e.source);
    const auto& to = net.vertex(e.target);
    bool bad = bad_node[from.node] || bad_node[to.node];
    if (e.kind == EdgeKind::leg) bad = bad || bad_link[e.element];
    for (model::Mode m : c.avoid_modes) {
      // A transfer onto or off an avoided mode leads nowhere useful; cut it too.
      const bool ported = from.kind == VertexKind::arrival || from.kind == VertexKind::departure;
      bad = bad || (ported && from.port.mode == m) ||
            ((to.kind == VertexKind::arrival || to.kind == VertexKind::departure) &&
             to.port.mode == m);
    }
    if (bad) {
      weight_[i] = kInfinity;
    } else if (bound) {
      weight_[i] = weighting_(e.hours - e.wait_hours, e.usd - e.wait_usd, e.co2e_kg(tonnes_));
    } else {
      weight_[i] = weighting_(e.hours, e.usd, e.co2e_kg(tonnes_));
    }
  }

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
  if (edge.kind == EdgeKind::leg) {
    const std::int8_t b = via_bit_[net_->vertex(edge.target).node];
    if (b >= 0) mask |= 1u << b;
  } else if (edge.kind == EdgeKind::transfer) {
    if (query_.constraints.max_transshipments && ++t >= transfer_dim_) return kNoLayer;
    if (edge.gauge_change && query_.constraints.max_gauge_changes && ++g >= gauge_dim_) {
      return kNoLayer;
    }
  }
  return make_layer(mask, t, g);
}

}  // namespace corridor::routing::detail
