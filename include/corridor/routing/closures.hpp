#pragma once
/// A query's best route when elements of the network are closed, searched fast: the distances
/// to the destination in the open network guide every search.

#include <memory>
#include <vector>

#include <corridor/model/ids.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing {

/// Nodes and links taken out of the network: nothing runs on a closed link, nothing starts,
/// passes or ends at a closed node (as `avoid_links` / `avoid_nodes` would).
struct Closure {
  std::vector<model::NodeId> nodes;
  std::vector<model::LinkId> links;
};

/// The best route of one query, with and without closures.
///
/// Closing edges only lengthens distances, so the distances to the destination in the open
/// network (under the corridor search's lower-bound weights) remain a consistent A* guide in
/// the closed one (w(u, v) + h(v) >= h(u) holds for every edge that is left). One Dijkstra
/// at construction serves every closure; a closure then costs the query's edge
/// weights (O(E)) and the corridor search (routing/corridors.hpp) for the first corridor. The
/// route found is k_alternatives(net, query with the closed elements avoided, 1): the same
/// search, guided by lower but still consistent bounds, so the same price (the same route but
/// for exact ties).
class ClosureSearch {
 public:
  /// Precondition: the query's ids are valid for the network's scenario. O((V + E) log V).
  ClosureSearch(const network::Network& net, const Query& query);
  ~ClosureSearch();
  ClosureSearch(ClosureSearch&&) noexcept;
  ClosureSearch& operator=(ClosureSearch&&) noexcept;

  /// The best route (at most one, the first distinct corridor, as k_alternatives with k = 1)
  /// with `closure` closed. Thread-safe: searches share nothing mutable.
  [[nodiscard]] Alternatives best(const Closure& closure) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace corridor::routing
