#pragma once
/// Pareto-optimal routes over (hours, USD, kg CO2e).

#include <vector>

#include <corridor/model/result.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing {

/// Every route whose (hours, USD, CO2e) no other route beats in all three at once, one route
/// per distinct vector, sorted by hours, then USD, then CO2e. Exact: multi-criteria label
/// setting with dominance pruning and lower bounds from one Dijkstra per criterion, so options
/// in non-convex parts of the front are found too. Each option lists the criteria it is best
/// in. `max_labels` bounds the work; past it the search throws corridor::Error.
[[nodiscard]] std::vector<model::ParetoOption> pareto_routes(const network::Network& net,
                                                             const Query& query,
                                                             std::size_t max_labels = 20'000'000);

}  // namespace corridor::routing
