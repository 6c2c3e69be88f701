#pragma once
// Private to routing: Yen's k best loopless paths, enumerated one at a time.

#include <limits>
#include <optional>
#include <set>
#include <vector>

#include "routing/search.hpp"

namespace corridor::routing::detail {

/// Paths from the space's source to its target in order of cost (ties: lexicographically
/// smaller edge sequence first). Yen's algorithm with Lawler's refinement: a path is spurred
/// only from the state where it left its parent, since earlier spurs were already explored.
class YenEnumerator {
 public:
  /// `limit`: how many paths next() will be asked for at most. Spur searches then give up on
  /// paths that cannot be among them (costlier than `limit` - found candidates already are);
  /// the paths produced are the same.
  explicit YenEnumerator(const SearchSpace& space,
                         std::size_t limit = std::numeric_limits<std::size_t>::max());

  /// The next path, or nullopt when every path has been produced.
  [[nodiscard]] std::optional<Path> next();

 private:
  struct Candidate {
    Path path;
    std::size_t deviation = 0;  // the state at which it left its parent
  };
  static bool worse(const Candidate& a, const Candidate& b);
  void spur_last();
  /// The costs of the cheapest candidates, as many as paths are still to come (fewer when there
  /// are fewer candidates), sorted: a spur path costlier than all of them, when there are that
  /// many, is never among the first `limit_` paths.
  [[nodiscard]] std::vector<double> cheapest_candidates() const;

  const SearchSpace& space_;
  std::size_t limit_;
  AStar astar_;
  bool started_ = false;
  std::vector<Path> found_;
  std::vector<std::size_t> deviation_;
  std::vector<Candidate> candidates_;  // heap, best at the front
  std::set<std::vector<EdgeId>> known_;
};

/// Does the path come back to a node it already left, with no via node reached in between?
/// (Arriving at Kaunas by rail and later by road is a loop although the ports differ.)
[[nodiscard]] bool returns_to_a_node(const SearchSpace& space, const Path& path);

/// The index of the first leg of the path that comes back to a node (as returns_to_a_node), or
/// nullopt.
[[nodiscard]] std::optional<std::size_t> first_return(const SearchSpace& space, const Path& path);

/// The first k paths of a YenEnumerator (whose limit is k).
[[nodiscard]] std::vector<Path> k_best_paths(const SearchSpace& space, std::size_t k);

}  // namespace corridor::routing::detail
