#pragma once
/// The ids of one list (nodes, links, ...) hashed to the position where each first appears.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corridor::model {

/// The ids are views into strings that outlive the set (a scenario's ids). An open-addressing
/// table of positions, with no allocation per id: a 100,000-node network's ids are added and
/// looked up several times each (checks, the virtual network, the reports' view), and a
/// node-based map spent most of that time allocating and chasing its nodes.
class IdSet {
 public:
  /// Room for `n` ids without rehashing. O(n).
  void reserve(std::size_t n);
  /// Appends `id` to the list; a repeated id keeps the position of its first appearance.
  /// O(1) amortised.
  void add(std::string_view id);
  /// Where `id` first appears in the list; nullopt when it does not. O(1) expected.
  [[nodiscard]] std::optional<std::size_t> find(std::string_view id) const;
  [[nodiscard]] bool contains(std::string_view id) const { return find(id).has_value(); }
  /// The ids, in list order.
  [[nodiscard]] const std::vector<std::string_view>& ids() const { return ids_; }
  /// The ids as strings, for suggestions. O(n), made only when a suggestion is needed.
  [[nodiscard]] std::vector<std::string> ordered() const { return {ids_.begin(), ids_.end()}; }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t position = 0;  ///< position in ids_ + 1; 0 for an empty slot
  };
  void grow();

  std::vector<std::string_view> ids_;
  std::vector<Slot> slots_;  ///< a power of two, at most half full
};

}  // namespace corridor::model
