#pragma once
/// The k best routes, one per distinct corridor (Yen's algorithm).

#include <cstddef>
#include <vector>

#include <corridor/model/route.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing {

struct Alternatives {
  std::vector<model::Route> routes;  ///< best first
  std::size_t paths_examined = 0;    ///< loopless paths enumerated to find them
  /// False when the enumeration stopped at its budget before finding k corridors (there may
  /// be more corridors than listed).
  bool complete = true;
};

/// Up to `k` routes in order of the query's objective, at most one per corridor: paths that
/// pass the same transshipment points, seaports and borders with the same modes are variants
/// of one corridor, represented by the best of them. A path that comes back to a node it has
/// left, without reaching a via node in between, is a detour, not a corridor, and is skipped.
/// Every route obeys the constraints. Empty when no route exists.
///
/// Loopless paths are enumerated in cost order by Yen's algorithm with Lawler's refinement;
/// each spur search is an A* guided by exact distances to the destination (one Boost.Graph
/// Dijkstra per query). At most `max_paths` paths are examined (0: 40 k + 100).
[[nodiscard]] Alternatives k_alternatives(const network::Network& net, const Query& query, int k,
                                          std::size_t max_paths = 0);

}  // namespace corridor::routing
