#pragma once
// Private to io: applying a what-if's list of nodes, links, cargo or disruptions to the base's,
// item by item, matched by id.

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <yaml-cpp/yaml.h>

#include <corridor/io/hints.hpp>

#include "io/yaml_reader.hpp"

namespace corridor::io::detail {

/// A list of items merged by id, with what a new item of it must give (an incomplete new item
/// whose id is close to a base id is a misspelt id, not a new item).
struct ListById {
  std::string_view section;
  std::string_view item;  ///< "link"
  std::array<std::string_view, 4> required;
};
inline constexpr std::array<ListById, 4> kListsById{{
    {"nodes", "node", {"name", "country", "kind", ""}},
    {"links", "link", {"from", "to", "mode", "distance_km"}},
    {"cargo", "cargo profile", {"tonnes_per_teu", "value_usd_per_teu", "", ""}},
    {"disruptions", "disruption", {"", "", "", ""}},
}};

/// "links[3]"
[[nodiscard]] std::string item_path(std::string_view section, std::size_t i);

/// One list of the base with the what-if's items placed on it. The what-if's items update
/// base items by id, remove them (`remove: true`), replace them whole (removed, then given
/// again), or are appended; placing reports items without an id, ids given twice, removals of
/// unknown ids and misspelt ids. O(items) with hashed ids.
class ListMerge {
 public:
  ListMerge(const ListById& list, const YAML::Node& base_list, Suggestions& suggest);

  /// Where each item of the what-if goes: an index into items() (base or appended), or nothing
  /// when the item removes one or is in error.
  [[nodiscard]] std::vector<std::optional<std::size_t>> place(const YAML::Node& child_list,
                                                              Diagnostics& diag);

  [[nodiscard]] std::size_t base_count() const { return base_count_; }
  [[nodiscard]] bool removed(std::size_t i) const { return i < base_count_ && removed_[i]; }
  /// The base item `i` was removed and given again: it is a fresh, empty map.
  [[nodiscard]] bool replaced(std::size_t i) const { return i < base_count_ && replaced_[i]; }
  /// The base's items (cloned) followed by the what-if's new ones (empty maps to fill).
  [[nodiscard]] std::vector<YAML::Node>& items() { return items_; }
  /// The ids removed from the base, with the what-if path that removed each.
  [[nodiscard]] const std::map<std::string, std::string>& removals() const { return removals_; }

 private:
  struct Seen {
    std::string path;
    bool removal;
  };

  [[nodiscard]] std::optional<std::size_t> find(const std::string& id) const;
  std::optional<std::size_t> place_item(const YAML::Node& item, const std::string& path,
                                        Diagnostics& diag);
  std::optional<std::size_t> place_again(const std::string& id, Seen& first, bool removal,
                                         std::optional<std::size_t> base, const std::string& path,
                                         Diagnostics& diag);
  bool misspelt(const YAML::Node& item, const std::string& id, const std::string& path,
                Diagnostics& diag);

  const ListById& list_;
  Suggestions& suggest_;
  std::vector<YAML::Node> items_;
  std::unordered_map<std::string, std::size_t> index_;  ///< id -> its first item
  std::vector<std::string> base_ids_;
  std::size_t base_count_ = 0;
  std::vector<bool> removed_;
  std::vector<bool> replaced_;
  std::map<std::string, Seen> seen_;
  std::map<std::string, std::string> removals_;  ///< id -> the what-if path that removed it
};

}  // namespace corridor::io::detail
