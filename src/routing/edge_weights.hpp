#pragma once
// Private to routing: what each edge of the network weighs in a query's searches, computed
// once per (objective, cargo, container, avoided elements, kind) and shared by every search that
// needs it.

#include <cstdint>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include <corridor/network/network.hpp>
#include <corridor/network/reverse_graph.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing::detail {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// What an edge weighs in a search.
enum class Weights : std::uint8_t {
  /// Its expected cost, a timetable's wait estimated at half its headway: exact for paths
  /// without timetables, an estimate otherwise (the Pareto search and Yen's paths use it).
  estimate,
  /// The same without the wait for a timetable and the storage during it: no path's exact price
  /// (Network::describe) is below the sum of these (the corridor search uses it).
  lower_bound,
};

/// The objective weight of every edge for one query; +infinity for edges its avoided
/// countries, modes, links and nodes forbid.
struct EdgeWeights {
  EdgeWeights(const network::Network& net, std::vector<double> weights)
      : by_edge(std::move(weights)), reverse(net, by_edge) {}
  EdgeWeights(const EdgeWeights&) = delete;
  EdgeWeights& operator=(const EdgeWeights&) = delete;

  std::vector<double> by_edge;    ///< indexed by EdgeId
  network::ReverseGraph reverse;  ///< the same for searches toward a target
};

/// The weights of `query`'s edges. O(V + E).
[[nodiscard]] std::shared_ptr<const EdgeWeights> edge_weights(const network::Network& net,
                                                              const Query& query, Weights kind);

/// The weights of a plan's queries, each computed once: queries that share the objective, the
/// cargo and the avoided elements share their weights. Keeps the last few weight sets (each
/// 16 bytes per edge). Not thread-safe: one cache per thread.
class WeightCache {
 public:
  explicit WeightCache(const network::Network& net) : net_(&net) {}

  /// The weights of `query`'s edges (edge_weights), computed on first use.
  [[nodiscard]] std::shared_ptr<const EdgeWeights> get(const Query& query, Weights kind);

 private:
  struct Entry {
    Weights kind;
    Query query;  // its objective, cargo and avoided elements
    std::shared_ptr<const EdgeWeights> weights;
  };
  static constexpr std::size_t kCapacity = 4;

  const network::Network* net_;
  std::vector<Entry> entries_;  // most recently used last
};

}  // namespace corridor::routing::detail
