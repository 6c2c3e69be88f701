#pragma once
// Private to routing: exact multi-criteria label setting.

#include <array>
#include <vector>

#include "routing/search_space.hpp"

namespace corridor::routing::detail {

/// (hours, USD, kg CO2e) of a path.
using Criteria = std::array<double, 3>;

struct ParetoPath {
  Criteria criteria{};
  std::vector<EdgeId> edges;
};

struct ParetoPaths {
  std::vector<ParetoPath> paths;
  /// False when the search stopped after creating `max_labels` labels. The paths found are
  /// still exact Pareto options (a target label is final when it is settled), but options
  /// later in (hours, USD, CO2e) order may be missing.
  bool complete = true;
};

/// One path per non-dominated criteria vector, sorted by (hours, usd, co2), found with at most
/// `max_labels` labels.
[[nodiscard]] ParetoPaths pareto_paths(const SearchSpace& space, std::size_t max_labels);

}  // namespace corridor::routing::detail
