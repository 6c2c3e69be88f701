#pragma once
// Private to routing: the cheapest path of a part of the route space, where parts are cut out
// by the corridor a path follows (its tokens, network/network.hpp) and by a fixed first part.

#include <optional>
#include <vector>

#include "routing/guide.hpp"
#include "routing/search.hpp"

namespace corridor::routing::detail {

using network::CorridorToken;

/// Which corridors a path may follow: its tokens start with `prefix`, and the token after the
/// prefix is none of `forbidden`. A prefix that ends with the end token names one corridor.
struct TokenRule {
  std::vector<CorridorToken> prefix;
  std::vector<CorridorToken> forbidden;
};

/// How far a path has come along a rule: the number of prefix tokens matched so far, kFree once
/// it has left the prefix by an allowed token (anything may follow), kDead once it broke the
/// rule.
using Progress = std::uint32_t;
inline constexpr Progress kFree = ~Progress{0} - 1;
inline constexpr Progress kDead = ~Progress{0};

/// The progress after edge `e`. A place repeated in a row counts once, as in
/// Network::corridor_tokens. O(1) expected (O(|forbidden|) when leaving the prefix).
[[nodiscard]] Progress advance(const SearchSpace& space, const TokenRule& rule, Progress p,
                               EdgeId e);

/// A complete path with this progress at the destination follows the rule.
[[nodiscard]] bool accepts(const TokenRule& rule, Progress p);

/// A part of the route space: the paths that begin with `root`, do not continue it with an edge
/// of `excluded`, never come back to a node the root visited (with the same via nodes visited:
/// such a path is no route), and follow `rule`.
struct Subspace {
  TokenRule rule;
  Path root;  ///< edges, layers (one more than edges; empty: the start layer) and cost
  std::vector<EdgeId> excluded;
};

/// The per-state memory of RuleSearch, reset lazily by generation stamps, so that the queries
/// of a plan can share it (routing/workspace.hpp).
struct RuleSearchMemory {
  std::uint32_t generation = 0;
  std::vector<std::uint32_t> head;     // per state: its first slot, when stamped
  std::vector<std::uint32_t> stamp;    // per state: generation of head
  std::vector<std::uint32_t> blocked;  // per (node, via mask): generation of the block

  /// Sizes the arrays for a space of `states` states and `visits` (node, via mask) pairs,
  /// clearing them only when the sizes change. O(1) when they do not.
  void fit(std::size_t states, std::size_t visits);
};

/// A* over (search state, progress) for the cheapest path of a subspace. Per-state arrays are
/// allocated once and reset lazily; a state's progress values live in a short list, since a
/// vertex is rarely reached at two places of a rule's prefix.
class RuleSearch {
 public:
  /// `guide`: distances from every vertex to the target under the space's weights, exact or
  /// lower (they guide the search and cut vertices that cannot reach the target).
  /// `memory`, when given, is used instead of the search's own (it must outlive the search).
  RuleSearch(const SearchSpace& space, Guide guide, RuleSearchMemory* memory = nullptr);

  /// The cheapest path of `sub` (root included; its cost includes the root's), or nullopt.
  /// Ties are broken deterministically.
  [[nodiscard]] std::optional<Path> run(const Subspace& sub);

  /// Searches run so far.
  [[nodiscard]] std::size_t runs() const { return runs_; }

 private:
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  struct Slot {
    double g;
    StateId state;
    Progress progress;
    std::uint32_t parent;  // slot
    EdgeId edge;           // edge from the parent
    std::uint32_t next;    // next slot of the same state
    bool settled;
  };
  struct Entry {
    double f;
    double g;
    std::uint32_t slot;
  };

  std::uint32_t slot_of(StateId state, Progress progress);
  [[nodiscard]] std::uint32_t find(StateId state, Progress progress) const;
  [[nodiscard]] bool dominated(const Slot& slot) const;
  /// Index of (node, via mask of `layer`) in blocked_.
  [[nodiscard]] std::size_t visit(std::uint32_t node, Layer layer) const;
  void push(std::uint32_t slot);
  [[nodiscard]] Path path_to(std::uint32_t slot, const Path& root) const;
  /// Where the root leads: its last state and progress (kDead when it breaks the rule), with
  /// the nodes it visited blocked. Starts a new generation.
  struct Start {
    VertexId vertex;
    Layer layer;
    Progress progress;
  };
  [[nodiscard]] Start replay(const Subspace& sub);
  /// One A* from the root's end with the guide as it is; `max_f`: the largest f popped.
  [[nodiscard]] std::optional<Path> search(const Subspace& sub, const Start& start, double& max_f);

  [[nodiscard]] RuleSearchMemory& memory() { return borrowed_ ? *borrowed_ : own_; }
  [[nodiscard]] const RuleSearchMemory& memory() const { return borrowed_ ? *borrowed_ : own_; }

  const SearchSpace& space_;
  Guide guide_;
  RuleSearchMemory own_;
  RuleSearchMemory* borrowed_;
  std::vector<Slot> slots_;
  std::vector<Entry> heap_;
  std::size_t runs_ = 0;
};

}  // namespace corridor::routing::detail
