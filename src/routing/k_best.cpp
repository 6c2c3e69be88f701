#include "routing/k_best.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace corridor::routing::detail {

namespace {

/// Relative margin between a spur search's cutoff and the bound it derives from.
constexpr double kBoundMargin = 1e-9;

std::size_t common_prefix(const std::vector<EdgeId>& a, const std::vector<EdgeId>& b) {
  const auto mismatch = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return static_cast<std::size_t>(mismatch.first - a.begin());
}

}  // namespace

YenEnumerator::YenEnumerator(const SearchSpace& space, std::size_t limit)
    : space_(space), limit_(limit), astar_(space, potentials(space)) {}

bool YenEnumerator::worse(const Candidate& a, const Candidate& b) {
  if (a.path.cost != b.path.cost) return a.path.cost > b.path.cost;
  return a.path.edges > b.path.edges;
}

std::optional<Path> YenEnumerator::next() {
  if (!started_) {
    started_ = true;
    auto first = astar_.run(space_.source(), space_.start_layer(), 0.0, {});
    if (!first) return std::nullopt;
    known_.insert(first->edges);
    found_.push_back(*first);
    deviation_.push_back(0);
    return first;
  }
  if (found_.empty()) return std::nullopt;
  spur_last();
  if (candidates_.empty()) return std::nullopt;
  std::pop_heap(candidates_.begin(), candidates_.end(), worse);
  Candidate best = std::move(candidates_.back());
  candidates_.pop_back();
  found_.push_back(best.path);
  deviation_.push_back(best.deviation);
  return std::move(best.path);
}

std::vector<double> YenEnumerator::cheapest_candidates() const {
  // The paths still to come are the `needed` cheapest candidates, or spur paths cheaper than
  // some of them: a spur path costlier than the needed-th cheapest is never among them.
  const std::size_t needed = limit_ > found_.size() ? limit_ - found_.size() : 0;
  std::vector<double> costs;
  costs.reserve(candidates_.size());
  for (const Candidate& c : candidates_)
    costs.push_back(c.path.cost);
  const auto keep = std::min(needed, costs.size());
  std::partial_sort(costs.begin(), costs.begin() + static_cast<std::ptrdiff_t>(keep), costs.end());
  costs.resize(keep);
  return costs;
}

void YenEnumerator::spur_last() {
  const auto& net = space_.net();
  const auto& weight = space_.weights();
  const Path& last = found_.back();
  std::vector<std::size_t> shared;  // common prefix of each found path with the last one
  shared.reserve(found_.size());
  for (const Path& p : found_)
    shared.push_back(common_prefix(p.edges, last.edges));
  std::vector<VertexId> vertex{space_.source()};
  for (EdgeId e : last.edges)
    vertex.push_back(net.edge(e).target);

  const std::size_t needed = limit_ > found_.size() ? limit_ - found_.size() : 0;
  std::vector<double> cheapest = cheapest_candidates();  // sorted, at most `needed`
  std::vector<EdgeId> excluded;
  double root_cost = 0.0;
  for (std::size_t i = 0; i < deviation_.back(); ++i)
    root_cost += weight[last.edges[i]];
  for (std::size_t i = deviation_.back(); i < last.edges.size(); ++i) {
    // Spur from state i: keep the root (edges before i), leave by an edge no found path with
    // the same root took, and never return to a state of the root.
    astar_.clear_blocks();
    for (std::size_t j = 0; j < i; ++j)
      astar_.block(vertex[j], space_.mask_of(last.layers[j]));
    excluded.clear();
    for (std::size_t p = 0; p < found_.size(); ++p) {
      if (shared[p] >= i && found_[p].edges.size() > i) excluded.push_back(found_[p].edges[i]);
    }
    // Give up on spurs clearly costlier than the bound (a margin far above rounding).
    const double bound = needed == 0 || cheapest.size() < needed ? kInfinity : cheapest.back();
    const double cutoff = bound + std::abs(bound) * kBoundMargin;
    if (auto spur = astar_.run(vertex[i], last.layers[i], root_cost, excluded, cutoff)) {
      Candidate c;
      c.deviation = i;
      c.path.cost = spur->cost;
      const auto root_end = static_cast<std::ptrdiff_t>(i);
      c.path.edges.assign(last.edges.begin(), last.edges.begin() + root_end);
      c.path.edges.insert(c.path.edges.end(), spur->edges.begin(), spur->edges.end());
      c.path.layers.assign(last.layers.begin(), last.layers.begin() + root_end);
      c.path.layers.insert(c.path.layers.end(), spur->layers.begin(), spur->layers.end());
      if (known_.insert(c.path.edges).second) {
        if (needed > 0 && (cheapest.size() < needed || c.path.cost < cheapest.back())) {
          cheapest.insert(std::upper_bound(cheapest.begin(), cheapest.end(), c.path.cost),
                          c.path.cost);
          if (cheapest.size() > needed) cheapest.pop_back();
        }
        candidates_.push_back(std::move(c));
        std::push_heap(candidates_.begin(), candidates_.end(), worse);
      }
    }
    root_cost += weight[last.edges[i]];
  }
}

std::optional<std::size_t> first_return(const SearchSpace& space, const Path& path) {
  const auto& net = space.net();
  std::set<std::pair<std::uint32_t, std::uint32_t>> visits;
  visits.emplace(space.query().origin.value(), space.mask_of(path.layers.front()));
  for (std::size_t i = 0; i < path.edges.size(); ++i) {
    const auto& e = net.edge(path.edges[i]);
    if (e.kind != network::EdgeKind::leg) continue;
    const std::uint32_t node = net.vertex(e.target).node;
    if (!visits.emplace(node, space.mask_of(path.layers[i + 1])).second) return i;
  }
  return std::nullopt;
}

bool returns_to_a_node(const SearchSpace& space, const Path& path) {
  return first_return(space, path).has_value();
}

std::vector<Path> k_best_paths(const SearchSpace& space, std::size_t k) {
  std::vector<Path> out;
  YenEnumerator yen(space, k);
  while (out.size() < k) {
    auto p = yen.next();
    if (!p) break;
    out.push_back(std::move(*p));
  }
  return out;
}

}  // namespace corridor::routing::detail
