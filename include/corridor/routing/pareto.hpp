#pragma once
/// Pareto-optimal routes over (hours, USD, kg CO2e).

#include <vector>

#include <corridor/model/result.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing {

struct ParetoOptions {
  std::vector<model::ParetoOption> options;  ///< sorted by hours, then USD, then CO2e
  /// False when the search stopped at its label budget: every option listed is exact, but
  /// options slower than the last one listed may be missing.
  bool complete = true;
};

/// Every route whose (hours, USD, CO2e) no other route beats in all three at once, one route
/// per distinct vector. Exact: multi-criteria label setting with dominance pruning and lower
/// bounds from one Dijkstra per criterion, so options in non-convex parts of the front are
/// found too. Each option lists the criteria it is best in. At most `max_labels` labels are
/// created (about 60 bytes each); a search that needs more returns what it settled before.
[[nodiscard]] ParetoOptions pareto_routes(
    const network::Network& net, const Query& query,
    std::size_t max_labels = static_cast<std::size_t>(model::kDefaultParetoMaxLabels));

}  // namespace corridor::routing
