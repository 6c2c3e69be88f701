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

/// One path per non-dominated criteria vector, sorted by (hours, usd, co2). Throws
/// corridor::Error when more than `max_labels` labels are needed.
[[nodiscard]] std::vector<ParetoPath> pareto_paths(const SearchSpace& space,
                                                   std::size_t max_labels);

}  // namespace corridor::routing::detail
