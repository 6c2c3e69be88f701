#include "routing/search.hpp"

#include <algorithm>

#include <corridor/network/distance_field.hpp>

namespace corridor::routing::detail {

namespace {

// Min-heap order on f; ties by g (deeper first), then by state id, so that runs are
// reproducible.
bool later(const auto& a, const auto& b) {
  if (a.f != b.f) return a.f > b.f;
  if (a.g != b.g) return a.g < b.g;
  return a.state > b.state;
}

}  // namespace

std::vector<double> potentials(const SearchSpace& space) {
  return network::DistanceField(space.reverse(), space.target()).release();
}

AStar::AStar(const SearchSpace& space, std::vector<double> potential)
    : space_(space),
      potential_(std::move(potential)),
      seen_(space.state_count(), 0),
      settled_(space.state_count(), 0),
      g_(space.state_count(), kInfinity),
      parent_state_(space.state_count(), 0),
      parent_edge_(space.state_count(), network::kNoEdge),
      blocked_(space.net().vertex_count() * space.mask_count(), 0) {}

void AStar::block(VertexId v, std::uint32_t mask) {
  blocked_[static_cast<std::size_t>(v) * space_.mask_count() + mask] = block_generation_;
}

void AStar::clear_blocks() {
  if (++block_generation_ == 0) {
    std::fill(blocked_.begin(), blocked_.end(), 0);
    block_generation_ = 1;
  }
}

void AStar::next_generation() {
  if (++generation_ == 0) {
    std::fill(seen_.begin(), seen_.end(), 0);
    std::fill(settled_.begin(), settled_.end(), 0);
    generation_ = 1;
  }
}

void AStar::touch(StateId s) {
  if (seen_[s] == generation_) return;
  seen_[s] = generation_;
  g_[s] = kInfinity;
}

bool AStar::dominated(StateId s) const {
  // A settled state at the same vertex and via mask that used no more transshipments and gauge
  // changes was reached no later (A* order at one vertex is cost order), so it dominates.
  const VertexId v = space_.vertex_of(s);
  const Layer layer = space_.layer_of(s);
  const std::uint32_t t = space_.transfers_of(layer);
  const std::uint32_t gc = space_.gauge_changes_of(layer);
  const Layer base = layer - t * space_.gauge_dim() - gc;
  for (std::uint32_t ti = 0; ti <= t; ++ti) {
    for (std::uint32_t gi = 0; gi <= gc; ++gi) {
      if (ti == t && gi == gc) continue;
      const StateId other = space_.state(v, base + ti * space_.gauge_dim() + gi);
      if (settled_[other] == generation_) return true;
    }
  }
  return false;
}

std::optional<Path> AStar::run(VertexId v, Layer layer, double g0, std::span<const EdgeId> excluded,
                               double cutoff) {
  next_generation();
  heap_.clear();
  const auto& net = space_.net();
  const auto& weight = space_.weights();
  if (potential_[v] == kInfinity) return std::nullopt;
  const StateId start = space_.state(v, layer);
  touch(start);
  g_[start] = g0;
  heap_.push_back({g0 + potential_[v], g0, start});

  while (!heap_.empty()) {
    std::pop_heap(heap_.begin(), heap_.end(),
                  [](const Entry& a, const Entry& b) { return later(a, b); });
    const Entry top = heap_.back();
    heap_.pop_back();
    if (top.f > cutoff) return std::nullopt;
    const StateId s = top.state;
    if (settled_[s] == generation_ || top.g > g_[s]) continue;
    settled_[s] = generation_;
    if (space_.tracks_resources() && dominated(s)) continue;
    const VertexId u = space_.vertex_of(s);
    const Layer lu = space_.layer_of(s);
    if (u == space_.target() && space_.accepting(lu)) {
      Path path;
      path.cost = g_[s];
      for (StateId x = s; x != start; x = parent_state_[x]) {
        path.edges.push_back(parent_edge_[x]);
        path.layers.push_back(space_.layer_of(x));
      }
      path.layers.push_back(layer);
      std::reverse(path.edges.begin(), path.edges.end());
      std::reverse(path.layers.begin(), path.layers.end());
      return path;
    }
    for (EdgeId e : net.out_edges(u)) {
      if (weight[e] == kInfinity) continue;
      if (s == start && std::find(excluded.begin(), excluded.end(), e) != excluded.end()) continue;
      const Layer lw = space_.next_layer(lu, e);
      if (lw == kNoLayer) continue;
      const VertexId w = net.edge(e).target;
      if (potential_[w] == kInfinity) continue;
      if (blocked_[static_cast<std::size_t>(w) * space_.mask_count() + space_.mask_of(lw)] ==
          block_generation_) {
        continue;
      }
      const StateId ws = space_.state(w, lw);
      touch(ws);
      if (settled_[ws] == generation_) continue;
      const double g = g_[s] + weight[e];
      if (g < g_[ws]) {
        g_[ws] = g;
        parent_state_[ws] = s;
        parent_edge_[ws] = e;
        heap_.push_back({g + potential_[w], g, ws});
        std::push_heap(heap_.begin(), heap_.end(),
                       [](const Entry& a, const Entry& b) { return later(a, b); });
      }
    }
  }
  return std::nullopt;
}

}  // namespace corridor::routing::detail
