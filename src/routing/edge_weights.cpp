#include "routing/edge_weights.hpp"

#include <algorithm>
#include <string>

#include <corridor/huge_pages.hpp>

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

bool avoids_anything(const model::Constraints& c) {
  return !c.avoid_countries.empty() || !c.avoid_modes.empty() || !c.avoid_links.empty() ||
         !c.avoid_nodes.empty();
}

/// Sets the weight of every edge the constraints forbid to infinity.
void forbid(const network::Network& net, const model::Constraints& c, std::vector<double>& w) {
  const auto& sc = net.scenario();
  const auto bad_node = forbidden_nodes(sc, c);
  const auto bad_link = forbidden_links(sc, c);
  const auto& edges = net.edges();
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
    if (bad) w[i] = kInfinity;
  }
}

bool same_key(const Query& a, const Query& b) {
  const auto& x = a.constraints;
  const auto& y = b.constraints;
  return a.objective == b.objective && a.cargo == b.cargo && a.container == b.container &&
         x.avoid_countries == y.avoid_countries && x.avoid_modes == y.avoid_modes &&
         x.avoid_links == y.avoid_links && x.avoid_nodes == y.avoid_nodes;
}

}  // namespace

std::shared_ptr<const EdgeWeights> edge_weights(const network::Network& net, const Query& query,
                                                Weights kind) {
  const auto& sc = net.scenario();
  const auto& cargo = sc.cargo.at(query.cargo.index());
  const double tonnes = cargo.tonnes_per_teu.value();
  const cost::Weighting weighting{query.objective, tonnes,
                                  sc.value_of_time_usd_per_teu_hour(cargo)};
  const double teu = model::teu_of(query.container);
  const auto& edges = net.edges();
  // Filled, not zeroed first: the network's edges are read once, at the speed of memory.
  std::vector<double> w;
  reserve_huge(w, edges.size());
  if (kind == Weights::lower_bound) {
    // The network keeps these side by side: the edges themselves are read only for CO2e.
    const auto hours = net.bound_hours();
    const auto usd = net.bound_usd(query.container);
    if (query.objective == model::Objective::co2) {
      for (std::size_t i = 0; i < edges.size(); ++i)
        w.push_back(weighting(hours[i], usd[i], edges[i].co2e_kg(tonnes)));
    } else {
      for (std::size_t i = 0; i < edges.size(); ++i)
        w.push_back(weighting(hours[i], usd[i], 0.0));
    }
  } else {
    for (const auto& e : edges)
      w.push_back(weighting(e.hours, e.usd_for(teu), e.co2e_kg(tonnes)));
  }
  if (avoids_anything(query.constraints)) forbid(net, query.constraints, w);
  return std::make_shared<const EdgeWeights>(net, std::move(w));
}

std::shared_ptr<const EdgeWeights> WeightCache::get(const Query& query, Weights kind) {
  const auto hit = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) {
    return e.kind == kind && same_key(e.query, query);
  });
  if (hit != entries_.end()) {
    std::rotate(hit, hit + 1, entries_.end());
    return entries_.back().weights;
  }
  if (entries_.size() == kCapacity) entries_.erase(entries_.begin());
  entries_.push_back({kind, query, edge_weights(*net_, query, kind)});
  return entries_.back().weights;
}

}  // namespace corridor::routing::detail
