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
  const auto edge_of = net.in_edge_ids();
  const auto source_of = net.in_sources();
  // Vertices with usable out-edges (edges are stored by source).
  std::vector<std::uint8_t> alive(n, 0);
  for (VertexId v = 0; v < n; ++v) {
    for (const EdgeId e : net.out_edges(v)) {
      if (weights[e] != kInf) {
        alive[v] = 1;
        break;
      }
    }
  }
  // Per vertex: its usable out-edges counted, and the last one seen (read by target, from the
  // in-edge lists, which hold each edge's source compactly).
  std::vector<std::uint32_t> usable(n, 0);
  std::vector<EdgeId> only(n, kNoEdge);
  for (VertexId m = 0; m < n; ++m) {
    if (alive[m] == 0) continue;
    for (const EdgeId slot : net.in_slots(m)) {
      const EdgeId e = edge_of[slot];
      if (weights[e] == kInf) continue;
      ++usable[source_of[slot]];
      only[source_of[slot]] = e;
    }
  }
  // A vertex whose one usable out-edge weighs 0 is a candidate to join the class of that
  // edge's end; it does when the end is no candidate (one step, no chains).
  std::vector<VertexId> end(n, kNoVertex);
  for (VertexId m = 0; m < n; ++m) {
    for (const EdgeId slot : net.in_slots(m)) {
      const VertexId u = source_of[slot];
      if (usable[u] == 1 && only[u] == edge_of[slot] && weights[edge_of[slot]] == 0.0) end[u] = m;
    }
  }
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

  // Arcs: every usable edge into a member of a class, but the edge a member joined by.
  auto is_arc = [&](VertexId m, EdgeId slot) {
    const VertexId u = source_of[slot];
    return weights[edge_of[slot]] != kInf && (merged_[u] == 0 || end[u] != m);
  };
  arc_start_.assign(classes + 1, 0);
  for (VertexId m = 0; m < n; ++m) {
    if (alive[m] == 0) continue;
    for (const EdgeId slot : net.in_slots(m))
      arc_start_[class_[m] + 1] += is_arc(m, slot) ? 1U : 0U;
  }
  for (std::size_t c = 0; c < classes; ++c)
    arc_start_[c + 1] += arc_start_[c];
  arc_weight_.resize(arc_start_.back());
  arc_source_.resize(arc_start_.back());
  std::vector<EdgeId> next(arc_start_.begin(), arc_start_.end() - 1);
  for (VertexId m = 0; m < n; ++m) {
    if (alive[m] == 0) continue;
    for (const EdgeId slot : net.in_slots(m)) {
      if (!is_arc(m, slot)) continue;
      const EdgeId arc = next[class_[m]]++;
      arc_weight_[arc] = weights[edge_of[slot]];
      arc_source_[arc] = class_[source_of[slot]];
    }
  }
}

}  // namespace corridor::network
