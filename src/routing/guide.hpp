#pragma once
// Private to routing: the A* guide of a query's searches, each vertex's distance to the target,
// settled only as far as the searches need.

#include <optional>
#include <vector>

#include <corridor/network/distance_field.hpp>

#include "routing/search_space.hpp"

namespace corridor::routing::detail {

/// Distances to a search space's target under its weights: an exact lower bound on every
/// completion, whatever the constraints add.
///
/// A search guided by them (A* ordered by f = g + distance, ties broken by g and a sequence)
/// reads them only at the vertices it reaches. Settled on demand, a vertex not settled yet is
/// farther than the field's radius from the target, and reads as a distance found so far (no
/// less than its own) or as unreachable (the search then skips it): with either it has
/// f > g0 + radius, g0 the cost of the path before the search, as it would with its own. A
/// search whose pops all had f below that therefore popped exactly the states, in exactly the
/// order, it pops with every distance settled, and found the same path; one that did not is run
/// again after widen(). Searches from near the source of a long query need almost every
/// distance anyway; queries between nearer places, and those a plan is made of, settle fewer.
class Guide {
 public:
  /// Distances settled on demand from the space's target (one Dijkstra on the reversed network
  /// in all), in `field` when given (reset for this space; it must outlive the guide) or in the
  /// guide's own. The space must outlive the guide.
  explicit Guide(const SearchSpace& space, network::DistanceField* field = nullptr);
  /// Distances computed before, every vertex settled (a closure search's, or those of a search
  /// for more than one corridor).
  explicit Guide(std::vector<double> distances);

  /// The distance from `v` to the target where settled; elsewhere no less than it, or
  /// kInfinity. O(1).
  [[nodiscard]] double distance(VertexId v) const {
    const auto* f = field();
    return f ? f->distance(v) : complete_[v];
  }

  /// Settles `v`, and a margin beyond, for a search from `v` whose path so far costs `g0`.
  void prepare(VertexId v, double g0);
  /// A search from a path of cost `g0` whose pops all had f <= `max_f` popped what it pops with
  /// every distance settled (max_f: kInfinity for a search that found nothing).
  [[nodiscard]] bool certifies(double g0, double max_f) const;
  /// Settles far enough for such a search to be certified when run again.
  void widen(double g0, double max_f);

 private:
  [[nodiscard]] network::DistanceField* field() {
    return borrowed_ ? borrowed_ : own_ ? &*own_ : nullptr;
  }
  [[nodiscard]] const network::DistanceField* field() const {
    return borrowed_ ? borrowed_ : own_ ? &*own_ : nullptr;
  }

  std::optional<network::DistanceField> own_;
  network::DistanceField* borrowed_ = nullptr;
  std::vector<double> complete_;
};

}  // namespace corridor::routing::detail
