#pragma once
/// The k best corridors, each represented by its best route.

#include <cstddef>
#include <vector>

#include <corridor/model/route.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing {

struct Alternatives {
  std::vector<model::Route> routes;  ///< best first
  std::size_t searches = 0;          ///< parts of the route space searched to find them
  /// False when the search stopped at its guard (routing/corridors.hpp) before it found k
  /// corridors or proved there are fewer: the routes listed are exact, more may exist.
  bool complete = true;
};

/// The best route of each of the `k` best corridors, in order of the query's objective at exact
/// prices (Network::describe: timetables followed from the departure window), ties in the order
/// found. A corridor is the sequence of transshipment points, seaports, border posts and
/// border crossings a route passes, with the mode between each two (model::CorridorKey); its
/// routes differ only between those places. A path that comes back to a node it has left,
/// without reaching a via node in between, is a detour, not a route, and so is a route slower
/// than `constraints.max_days`. Every route obeys the constraints. Fewer than k routes when
/// fewer corridors exist; empty when no route exists.
///
/// Exact and without a budget: the first k corridors are the same for every larger k. The
/// corridor space is split Lawler-style on the corridors' places and searched by A* on
/// lower-bound weights guided by exact distances to the destination (one Dijkstra per query at
/// most, settled only as far as the searches read it); see routing/corridors.hpp.
[[nodiscard]] Alternatives k_alternatives(const network::Network& net, const Query& query, int k);

}  // namespace corridor::routing
