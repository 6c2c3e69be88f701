#pragma once
/// Criticality: close each selected node and link in turn (or pairs of them), re-plan the
/// demand lines the closure affects, and rank the elements by the damage.
///
/// Only lines whose best route passes a closed element are re-planned. Why that is exact: a
/// line's best route is the cheapest, at its exact price (Network::describe), of its route
/// universe U: the paths that obey the constraints, never come back to a node they left and
/// are no slower than max_days (k_alternatives with k = 1). Whether a path is a route, and its
/// price, depend on the path alone. Closing elements leaves U' = the routes of U that avoid
/// them, a subset of U. If the best route P of U avoids every closed element, P is in U', and
/// every route of U' is in U, so none is cheaper than P: the line's best price is unchanged, and
/// so is its route except for exact ties in price, which may resolve to another route of the
/// same price. The damage is zero either way.
/// (tests/unit/criticality/shortcut_test.cpp checks this against re-planning every line.)

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <corridor/model/criticality_result.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/closures.hpp>

namespace corridor::criticality {

/// Which elements to close. With no name and no filter, every node and every open link.
/// Otherwise: the named nodes and links, plus, when a filter (kinds, modes, countries) is
/// given, the elements that pass every filter given: a node of one of `kinds`, a link of one of
/// `modes` (with only one of the two given, the other kind of element does not pass), in or
/// touching one of `countries`.
struct Selection {
  std::vector<model::NodeId> nodes;
  std::vector<model::LinkId> links;
  std::vector<model::NodeKind> kinds;
  std::vector<model::Mode> modes;
  /// A node in the country; a link whose end is in it or which crosses it.
  std::vector<std::string> countries;
  /// Also close origins and destinations of demand lines (closing one cuts its own lines);
  /// named nodes are always closed.
  bool ends = false;
};

/// The base plan of every demand line and one closure search per routed line, shared by every
/// closure evaluated on it.
class Analysis {
 public:
  /// Plans every line of `demand` under `policy` (one best route each: alternatives and
  /// Pareto options are not used) on `threads` worker threads (0 = every core), exactly as
  /// routing::plan does. `net` must outlive the analysis. O(lines x search).
  Analysis(const network::Network& net, const model::Policy& policy,
           const std::vector<model::Demand>& demand, int threads = 0);

  [[nodiscard]] const model::RunResult& base() const { return base_; }

  /// The elements `selection` names, nodes first then links, each by index. O(nodes + links).
  [[nodiscard]] std::vector<model::Element> candidates(const Selection& selection) const;

  /// The damage of closing every element of `closed` at once: re-plans only the lines whose
  /// best route passes one of them (see the file comment). Thread-safe.
  [[nodiscard]] model::ElementImpact impact(std::span<const model::Element> closed) const;

 private:
  [[nodiscard]] bool uses(std::size_t line, model::Element element) const;

  const network::Network* net_;
  model::RunResult base_;
  std::vector<std::optional<routing::ClosureSearch>> searches_;  // per line; none: unrouted
  std::vector<std::vector<model::Element>> used_;                // per line, sorted
};

/// Evaluates closures: given the analysis, the closures and a thread count, returns their
/// impacts in the same order. The default, impacts() below, runs in this process; a
/// distributed run (corridor/distributed/) splits the closures over processes.
using Distribute = std::function<std::vector<model::ElementImpact>(
    const Analysis& analysis, const std::vector<std::vector<model::Element>>& closures,
    int threads)>;

struct Options {
  Selection selection;
  /// N-2: also close every pair among this many most critical single elements (0: none).
  std::size_t pair_top = 0;
  int threads = 0;        ///< worker threads; 0 = every core
  Distribute distribute;  ///< how closures are evaluated; empty: impacts() in this process
};

/// The impacts of `closures`, in the same order, evaluated on `threads` worker threads
/// (0 = every core). The result does not depend on the thread count. This is the unit of work
/// a distributed run splits: any partition of `closures` gives the same impacts.
[[nodiscard]] std::vector<model::ElementImpact> impacts(
    const Analysis& analysis, const std::vector<std::vector<model::Element>>& closures,
    int threads);

/// Every pair among the first `top` elements of `ranking`, in (i, j), i < j order.
[[nodiscard]] std::vector<std::vector<model::Element>> pairs_of(
    const std::vector<model::ElementImpact>& ranking, std::size_t top);

/// Sorts impacts by model::more_critical.
void rank(std::vector<model::ElementImpact>& impacts);

/// The whole analysis: every selected element closed alone, ranked; then, when asked, every
/// pair among the top ones, ranked. Deterministic and independent of the thread count.
[[nodiscard]] model::CriticalityRun analyse(const network::Network& net,
                                            const model::Policy& policy,
                                            const std::vector<model::Demand>& demand,
                                            const Options& options);

}  // namespace corridor::criticality
