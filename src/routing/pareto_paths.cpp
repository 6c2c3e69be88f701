#include "routing/pareto_paths.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include <corridor/network/shortest_paths.hpp>

namespace corridor::routing::detail {

namespace {

constexpr std::uint32_t kNone = ~std::uint32_t{0};

/// Points (b, c) none of which dominates another: sorted by b ascending, so c descends.
/// Used for the labels of one search state, all of which have a first criterion no larger than
/// any label still to come, so that dominance reduces to these two coordinates.
class Staircase {
 public:
  /// Is there a point with b' <= b and c' <= c?
  [[nodiscard]] bool covers(double b, double c) const {
    // The last point with b' <= b has the smallest c' among those.
    auto it = std::upper_bound(points_.begin(), points_.end(), b,
                               [](double x, const Point& p) { return x < p.b; });
    return it != points_.begin() && std::prev(it)->c <= c;
  }

  /// Adds a point that covers() said is not covered, dropping the points it covers.
  void insert(double b, double c) {
    auto first = std::lower_bound(points_.begin(), points_.end(), b,
                                  [](const Point& p, double x) { return p.b < x; });
    auto last = first;
    while (last != points_.end() && last->c >= c)
      ++last;
    first = points_.erase(first, last);
    points_.insert(first, Point{b, c});
  }

 private:
  struct Point {
    double b;
    double c;
  };
  std::vector<Point> points_;
};

/// Lower bounds of each criterion from every vertex to the target.
std::array<std::vector<double>, 3> lower_bounds(const SearchSpace& space) {
  const auto& net = space.net();
  std::array<std::vector<double>, 3> out;
  std::vector<double> w(net.edge_count());
  for (std::size_t k = 0; k < 3; ++k) {
    for (std::size_t e = 0; e < net.edge_count(); ++e) {
      const auto& edge = net.edge(static_cast<EdgeId>(e));
      const double value = k == 0   ? edge.hours
                           : k == 1 ? edge.usd_for(space.teu_per_container())
                                    : edge.co2e_kg(space.tonnes());
      w[e] = space.allowed(static_cast<EdgeId>(e)) ? value : kInfinity;
    }
    out[k] = network::distances_to(net, space.target(), w);
  }
  return out;
}

/// Multi-criteria label setting. Labels leave the queue in lexicographic order of
/// (hours, USD, CO2e), so a label can only be dominated by labels settled before it; at each
/// state those form a staircase in (USD, CO2e). Labels are checked lazily: when created
/// (against the state's and the target's staircases, the latter with lower bounds added) and
/// again when settled.
class LabelSetting {
 public:
  LabelSetting(const SearchSpace& space, std::size_t max_labels)
      : space_(space),
        max_labels_(max_labels),
        bound_(lower_bounds(space)),
        stairs_(space.state_count()) {}

  ParetoPaths run() {
    const auto& net = space_.net();
    if (bound_[0][space_.source()] == kInfinity) return {};
    push({{0.0, 0.0, 0.0},
          space_.state(space_.source(), space_.start_layer()),
          kNone,
          network::kNoEdge});
    while (!queue_.empty()) {
      std::pop_heap(queue_.begin(), queue_.end(), later);
      const Label label = queue_.back();
      queue_.pop_back();
      auto& stair = stairs_[label.state];
      if (stair.covers(label.c[1], label.c[2])) continue;
      const VertexId u = space_.vertex_of(label.state);
      const Layer lu = space_.layer_of(label.state);
      if (u == space_.target() && !space_.accepting(lu)) continue;
      if (u == space_.target() && target_stair_.covers(label.c[1], label.c[2])) continue;
      stair.insert(label.c[1], label.c[2]);
      const auto id = static_cast<std::uint32_t>(settled_.size());
      settled_.push_back(label);
      if (u == space_.target()) {
        target_stair_.insert(label.c[1], label.c[2]);
        targets_.push_back(id);
        continue;
      }
      for (EdgeId e : net.out_edges(u)) {
        if (!space_.allowed(e)) continue;
        const Layer lw = space_.next_layer(lu, e);
        if (lw == kNoLayer) continue;
        const auto& edge = net.edge(e);
        const VertexId w = edge.target;
        if (bound_[0][w] == kInfinity) continue;
        const Criteria c{label.c[0] + edge.hours,
                         label.c[1] + edge.usd_for(space_.teu_per_container()),
                         label.c[2] + edge.co2e_kg(space_.tonnes())};
        const StateId ws = space_.state(w, lw);
        if (stairs_[ws].covers(c[1], c[2])) continue;
        if (target_stair_.covers(c[1] + bound_[1][w], c[2] + bound_[2][w])) continue;
        if (!push({c, ws, id, e})) return {collect(), false};
      }
    }
    return {collect(), true};
  }

 private:
  struct Label {
    Criteria c;
    StateId state = 0;
    std::uint32_t parent = kNone;  // index into settled_
    EdgeId edge = network::kNoEdge;
  };

  static bool later(const Label& a, const Label& b) {
    if (a.c != b.c) return a.c > b.c;
    return std::tie(a.state, a.parent, a.edge) > std::tie(b.state, b.parent, b.edge);
  }

  /// False, creating nothing, once the budget is spent.
  bool push(Label label) {
    if (created_ == max_labels_) return false;
    ++created_;
    queue_.push_back(label);
    std::push_heap(queue_.begin(), queue_.end(), later);
    return true;
  }

  std::vector<ParetoPath> collect() const {
    // Target labels were settled in lexicographic order and each passed the target staircase,
    // so they are exactly the non-dominated criteria vectors, one path each.
    std::vector<ParetoPath> out;
    for (std::uint32_t t : targets_) {
      ParetoPath p;
      p.criteria = settled_[t].c;
      for (std::uint32_t x = t; settled_[x].parent != kNone; x = settled_[x].parent) {
        p.edges.push_back(settled_[x].edge);
      }
      std::reverse(p.edges.begin(), p.edges.end());
      out.push_back(std::move(p));
    }
    return out;
  }

  const SearchSpace& space_;
  std::size_t max_labels_;
  std::size_t created_ = 0;
  std::array<std::vector<double>, 3> bound_;
  std::vector<Staircase> stairs_;  // per state
  Staircase target_stair_;
  std::vector<Label> queue_;
  std::vector<Label> settled_;
  std::vector<std::uint32_t> targets_;
};

}  // namespace

ParetoPaths pareto_paths(const SearchSpace& space, std::size_t max_labels) {
  return LabelSetting(space, max_labels).run();
}

}  // namespace corridor::routing::detail
