#include <limits>

#include <corridor/network/reverse_graph.hpp>

namespace corridor::network {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

ReverseGraph::ReverseGraph(const Network& net, std::span<const double> weights)
    : net_(&net),
      weights_(weights),
      class_(net.vertex_count(), kNoClass),
      merged_(net.vertex_count(), 0) {
  const std::size_t n = net.vertex_count();
  const auto target = net.targets();
  // A vertex whose one usable out-edge (finite weight, into a vertex with out-edges) weighs 0
  // is a candidate to join the class of that edge's end: `end`. Edges are stored by source.
  auto has_out = [&](VertexId v) { return net.out_edges(v).size() > 0; };
  std::vector<VertexId> end(n, kNoVertex);
  std::vector<std::uint8_t> alive(n, 0);  // has an out-edge of finite weight
  for (VertexId v = 0; v < n; ++v) {
    std::size_t usable = 0;
    EdgeId only = kNoEdge;
    for (const EdgeId e : net.out_edges(v)) {
      if (weights[e] == kInf) continue;
      alive[v] = 1;
      if (!has_out(target[e])) continue;
      ++usable;
      only = e;
    }
    if (usable == 1 && weights[only] == 0.0) end[v] = target[only];
  }
  // It joins when the end is no candidate (one step, no chains).
  std::uint32_t classes = 0;
  for (VertexId v = 0; v < n; ++v) {
    if (alive[v] == 0) continue;
    if (end[v] != kNoVertex && end[end[v]] == kNoVertex) {
      merged_[v] = 1;
    } else {
      class_[v] = classes++;
    }
  }
  for (VertexId v = 0; v < n; ++v) {
    if (merged_[v] != 0) class_[v] = class_[end[v]];
  }

  // Arcs: every usable edge into a member of a class, but the edge a member joined by. Each
  // class gets room for all its members' in-edges and uses the front of it.
  const auto edge_of = net.in_edge_ids();
  const auto source_of = net.in_sources();
  arc_start_.assign(classes + 1, 0);
  // (A vertex joined to one without usable out-edges has no class: it is reached, if at all,
  // as a vertex with a distance of its own, whose in-edges the search reads itself.)
  for (VertexId m = 0; m < n; ++m) {
    if (class_[m] != kNoClass) {
      arc_start_[class_[m] + 1] += static_cast<EdgeId>(net.in_slots(m).size());
    }
  }
  for (std::size_t c = 0; c < classes; ++c)
    arc_start_[c + 1] += arc_start_[c];
  arc_weight_.resize(arc_start_.back());
  arc_source_.resize(arc_start_.back());
  arc_end_.assign(arc_start_.begin(), arc_start_.end() - 1);
  for (VertexId m = 0; m < n; ++m) {
    if (class_[m] == kNoClass) continue;
    for (const EdgeId slot : net.in_slots(m)) {
      const VertexId u = source_of[slot];
      const double w = weights[edge_of[slot]];
      if (w == kInf || (merged_[u] != 0 && end[u] == m)) continue;
      const EdgeId arc = arc_end_[class_[m]]++;
      arc_weight_[arc] = w;
      arc_source_[arc] = class_[u];
    }
  }
}

}  // namespace corridor::network
