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
/// per distinct vector. Multi-criteria label setting with dominance pruning and lower bounds
/// from one Dijkstra per criterion, so options in non-convex parts of the front are found too.
/// Each option lists the criteria it is best in. At most `max_labels` labels are created
/// (about 60 bytes each); a search that needs more returns what it settled before.
///
/// Timetables: the label setting needs criteria that add up along a path, so it prices each
/// timetable's wait at its estimate (half the headway). The options it finds are then priced
/// exactly (Network::describe: timetables followed from the departure window), sorted, and
/// those another option beats at exact prices are dropped; `wins` and objective_value are
/// exact. What stays approximate: a route off the estimated front whose exact prices no
/// listed option beats is not found. Without timetables, or with at most one timetabled leg
/// per route and a departure window of whole periods, estimates are exact and so is the front.
/// Routes slower than `constraints.max_days` are dropped.
[[nodiscard]] ParetoOptions pareto_routes(
    const network::Network& net, const Query& query,
    std::size_t max_labels = static_cast<std::size_t>(model::kDefaultParetoMaxLabels));

}  // namespace corridor::routing
