#include <limits>
#include <memory>

#include <corridor/huge_pages.hpp>
#include <corridor/network/reverse_graph.hpp>

namespace corridor::network {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
/// end[v] of a vertex without an out-edge of finite weight.
constexpr VertexId kDead = kNoVertex - 1;

}  // namespace

ReverseGraph::ReverseGraph(const Network& net, std::span<const double> weights)
    : net_(&net), weights_(weights) {
  const std::size_t n = net.vertex_count();
  const auto target = net.targets();
  // Every pass below reads the edges in order, by source: the network's edges and these
  // weights stream from memory, and only the per-vertex arrays are read out of order.
  //
  // end[v]: kDead when v has no out-edge of finite weight; the end of its one usable out-edge
  // (finite weight, into a vertex with out-edges) when that weighs 0, a candidate to join the
  // end's class; kNoVertex otherwise.
  auto has_out = [&](VertexId v) { return net.out_edges(v).size() > 0; };
  const auto end = std::make_unique_for_overwrite<VertexId[]>(n);
  for (VertexId v = 0; v < n; ++v) {
    std::size_t usable = 0;
    EdgeId only = kNoEdge;
    bool alive = false;
    for (const EdgeId e : net.out_edges(v)) {
      if (weights[e] == kInf) continue;
      alive = true;
      if (!has_out(target[e])) continue;
      ++usable;
      only = e;
    }
    end[v] = !alive ? kDead : usable == 1 && weights[only] == 0.0 ? target[only] : kNoVertex;
  }
  // A candidate joins when its end is no candidate (one step, no chains); every other vertex
  // with an out-edge of finite weight has a class of its own, with room for its in-edges.
  auto joins = [&](VertexId v) {
    const VertexId e = end[v];
    return e != kNoVertex && e != kDead && (end[e] == kNoVertex || end[e] == kDead);
  };
  // room[c + 1]: room for the in-edges of class c's members, then where c's room ends.
  std::vector<EdgeId> room;
  reserve_huge(class_, n);
  merged_.reserve(n);
  reserve_huge(room, n + 1);
  room.push_back(0);
  for (VertexId v = 0; v < n; ++v) {
    const bool joined = joins(v);
    merged_.push_back(joined ? 1 : 0);
    if (end[v] == kDead || joined) {
      class_.push_back(kNoClass);
    } else {
      class_.push_back(static_cast<std::uint32_t>(room.size() - 1));
      room.push_back(static_cast<EdgeId>(net.in_slots(v).size()));
    }
  }
  // (A vertex joined to one without usable out-edges has no class: it is reached, if at all,
  // as a vertex with a distance of its own, whose in-edges the search reads itself.)
  for (VertexId v = 0; v < n; ++v) {
    if (merged_[v] == 0) continue;
    const std::uint32_t c = class_[end[v]];
    class_[v] = c;
    if (c != kNoClass) room[c + 1] += static_cast<EdgeId>(net.in_slots(v).size());
  }
  const std::size_t classes = room.size() - 1;
  reserve_huge(arcs_of_, classes);
  for (std::size_t c = 0; c < classes; ++c) {
    room[c + 1] += room[c];
    arcs_of_.push_back({room[c], room[c]});
  }

  // Arcs: every usable edge into a member of a class, but the edge a member joined by, at the
  // front of the class's room. A vertex without a class has no usable edge into a class but
  // the one it joined by.
  arc_room_ = room.back();
  arc_ = std::make_unique_for_overwrite<Arc[]>(arc_room_);
  advise_huge_pages(arc_.get(), arc_room_ * sizeof(Arc));
  for (VertexId u = 0; u < n; ++u) {
    const std::uint32_t from = class_[u];
    if (from == kNoClass) continue;
    const VertexId joined_by = merged_[u] != 0 ? end[u] : kNoVertex;
    for (const EdgeId e : net.out_edges(u)) {
      const double w = weights[e];
      const VertexId m = target[e];
      if (w == kInf || m == joined_by) continue;
      const std::uint32_t c = class_[m];
      if (c == kNoClass) continue;
      arc_[arcs_of_[c].last++] = {w, from};
    }
  }
}

}  // namespace corridor::network
