#pragma once
// Private to routing: the corridors of a query one at a time, in order of their exact price.

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include <corridor/model/route.hpp>
#include <corridor/routing/k_alternatives.hpp>

#include "routing/rule_search.hpp"
#include "routing/workspace.hpp"

namespace corridor::routing::detail {

/// Enumerates corridors (model::CorridorKey) by the exact price of their best route.
///
/// A route's exact price is that of Network::describe: timetables followed from the departure
/// window. It is not a sum over edges, so the search runs on lower-bound weights (the estimate
/// without waits for timetables, Weights::lower_bound) and prices each route it finds exactly;
/// the exact price is the lower bound plus the weighted exact waits and their storage, so it is
/// never below it.
///
/// The route space is split, Lawler-style, into parts (Subspace) kept in a queue by the lower
/// bound of their cheapest path. The cheapest path of the cheapest part is taken out and the
/// rest of its part split again:
///   - a path that comes back to a node it left (no via node in between), or is slower than
///     the time limit, is no route: the part is split on its edges (Yen's deviations), so every
///     other path stays (for a return, only deviations before it: the paths that share the
///     return are no routes either);
///   - the first route of a corridor is priced; the corridor's other routes stay in the queue
///     (split on its edges, restricted to that corridor) as long as one of them may be cheaper
///     than its best price so far, that is, while the part's lower bound is below it; the
///     other corridors of the part are split off on the corridor's tokens (the parts whose
///     tokens leave the corridor's at each position);
///   - a route of a corridor already listed only splits its part on the tokens.
/// A corridor is listed when its best price is no more than every lower bound in the queue:
/// no route left can be cheaper. So corridors come out in exact order of price (ties in the
/// order found), and the first k never depend on k. Without timetables, prices equal the bounds
/// and each corridor costs one search per token after the deviation point. Parts are searched
/// only when they reach the front of the queue (until then they carry their parent's bound).
/// The fastest route of a query, its constraints' max_days left out (exact hours; nullopt when
/// there is none).
[[nodiscard]] std::optional<model::Route> fastest_route(const network::Network& net,
                                                        const Query& query,
                                                        Workspace* workspace = nullptr);

/// The first `k` corridors of a query, as k_alternatives lists them. `potential`, when given,
/// replaces the distances that guide the search: distances to the destination under the
/// query's lower-bound weights in a network with more edges open (a closure search's), which
/// stay a consistent guide. `workspace`, when given, supplies the query's lower-bound weights
/// and the searches' memory (shared by the queries of a plan). Implemented in
/// k_alternatives.cpp.
[[nodiscard]] Alternatives first_corridors(const network::Network& net, const Query& query, int k,
                                           const std::vector<double>* potential,
                                           Workspace* workspace = nullptr);

class CorridorEnumerator {
 public:
  /// `max_hours`: routes slower than this are not routes; `guide`: the searches' guide (the
  /// space's own distances, or those of a network with more edges open). Preconditions: `space`
  /// uses Weights::lower_bound; `cargo` is the query's.
  CorridorEnumerator(const SearchSpace& space, const model::Cargo& cargo,
                     std::optional<double> max_hours, Guide guide,
                     RuleSearchMemory* memory = nullptr);

  /// The best route of the next corridor (objective_value: its exact price), or nullopt when
  /// there is none left, or when the search stopped at its guard (complete() is then false).
  [[nodiscard]] std::optional<model::Route> next();

  /// False when next() stopped at the guard of kMaxSearches searches.
  [[nodiscard]] bool complete() const { return complete_; }
  /// Searches run so far (one per part of the route space examined).
  [[nodiscard]] std::size_t searches() const { return search_.runs(); }

  /// Searches a query may run before it stops with complete() false (far above what corridor
  /// queries have needed).
  static constexpr std::size_t kMaxSearches = 200'000;

 private:
  using Tokens = std::vector<CorridorToken>;
  struct Part {
    double bound = 0.0;  ///< lower bound of every path in it
    bool solved = false;
    Path best;  ///< its cheapest path, when solved
    Subspace space;
    std::uint64_t seq = 0;
  };
  struct Corridor {
    bool listed = false;
    bool priced = false;
    double price = 0.0;
    std::uint64_t seq = 0;
    model::Route route;
  };

  void push(Part part);
  Part pop();
  void examine(Part part);
  /// Splits off the part's paths other than its best, with `rule`, and only those that leave
  /// the best path before edge `until` (the others contain no route).
  void split_on_edges(const Part& part, const TokenRule& rule, std::size_t until);
  void split_on_tokens(const Part& part, const Tokens& tokens);
  [[nodiscard]] double exact_price(const Path& path, const model::Route& route) const;

  const SearchSpace& space_;
  const model::Cargo& cargo_;
  std::optional<double> max_hours_;
  RuleSearch search_;
  std::vector<Part> queue_;  // heap on (bound, seq)
  std::map<Tokens, Corridor> corridors_;
  std::map<std::pair<double, std::uint64_t>, Tokens> priced_;  // corridors priced, not listed
  std::uint64_t seq_ = 0;
  bool complete_ = true;
};

}  // namespace corridor::routing::detail
