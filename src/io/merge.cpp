#include "io/merge.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <corridor/io/hints.hpp>

namespace corridor::io::detail {

namespace {

using Positions = SourceMap::Entries;

/// A list of items merged by id, with what a new item of it must give (an incomplete new item
/// whose id is close to a base id is a misspelt id, not a new item).
struct ListById {
  std::string_view section;
  std::string_view item;  ///< "link"
  std::array<std::string_view, 4> required;
};
constexpr std::array<ListById, 4> kListsById{{
    {"nodes", "node", {"name", "country", "kind", ""}},
    {"links", "link", {"from", "to", "mode", "distance_km"}},
    {"cargo", "cargo profile", {"tonnes_per_teu", "value_usd_per_teu", "", ""}},
    {"disruptions", "disruption", {"", "", "", ""}},
}};

/// Duration values (a number or one distribution) are replaced whole, never merged.
constexpr std::array<std::string_view, 2> kReplacedWhole{"hours", "days"};

/// Keys that cannot stand beside each other in one map: setting the first drops the others.
struct Exclusion {
  std::string_view key;
  std::array<std::string_view, 2> drops;
};
constexpr std::array<Exclusion, 5> kExclusions{{
    {"hours", {"days", "speed_kmh"}},
    {"days", {"hours", "speed_kmh"}},
    {"speed_kmh", {"hours", "days"}},
    {"every_hours", {"weekly", ""}},
    {"weekly", {"every_hours", "offset_hours"}},
}};

const ListById* list_by_id(std::string_view section) {
  for (const auto& l : kListsById) {
    if (l.section == section) return &l;
  }
  return nullptr;
}

bool is_under(std::string_view path, std::string_view prefix) {
  if (path.substr(0, prefix.size()) != prefix) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

void erase_subtree(Positions& positions, std::string_view prefix) {
  for (auto it = positions.lower_bound(prefix);
       it != positions.end() && it->first.starts_with(prefix);) {
    it = is_under(it->first, prefix) ? positions.erase(it) : std::next(it);
  }
}

/// Copies the entries under `from` in `source` to `out`, renamed to live under `to`.
void copy_subtree(const Positions& source, std::string_view from, std::string_view to,
                  Positions& out) {
  for (auto it = source.lower_bound(from); it != source.end() && it->first.starts_with(from);
       ++it) {
    if (is_under(it->first, from)) {
      out[std::string(to) + it->first.substr(from.size())] = it->second;
    }
  }
}

std::string item_path(std::string_view section, std::size_t i) {
  return std::string(section) + "[" + std::to_string(i) + "]";
}

/// The id of a list item, when it is a map with a non-empty scalar id.
std::optional<std::string> id_of(const YAML::Node& item) {
  if (!item.IsMap()) return std::nullopt;
  const YAML::Node id = item["id"];
  if (!id || !id.IsScalar() || id.Scalar().empty()) return std::nullopt;
  return id.Scalar();
}

/// One list of the base with the what-if's items applied to it.
class ListMerge {
 public:
  ListMerge(const ListById& list, const YAML::Node& base_list) : list_(list) {
    if (base_list && base_list.IsSequence()) {
      for (const auto& item : base_list) {
        items_.push_back(YAML::Clone(item));
        ids_.push_back(id_of(item));
        if (ids_.back()) base_ids_.push_back(*ids_.back());
      }
    }
    base_count_ = items_.size();
    removed_.assign(base_count_, false);
    replaced_.assign(base_count_, false);
  }

  /// Where each item of the what-if goes: an index into the items (base or appended), or
  /// nothing when the item removes one or is in error.
  std::vector<std::optional<std::size_t>> place(const YAML::Node& child_list, Diagnostics& diag) {
    std::vector<std::optional<std::size_t>> target;
    std::size_t ci = 0;
    for (const auto& item : child_list) {
      target.push_back(place_item(item, item_path(list_.section, ci++), diag));
    }
    return target;
  }

  [[nodiscard]] std::size_t base_count() const { return base_count_; }
  [[nodiscard]] bool removed(std::size_t i) const { return i < base_count_ && removed_[i]; }
  [[nodiscard]] bool replaced(std::size_t i) const { return i < base_count_ && replaced_[i]; }
  [[nodiscard]] std::vector<YAML::Node>& items() { return items_; }
  /// The ids removed from the base, with the what-if path that removed each.
  [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& removals() const {
    return removals_;
  }

 private:
  struct Seen {
    std::string path;
    bool removal;
  };

  std::optional<std::size_t> find(const std::string& id) const {
    for (std::size_t i = 0; i < ids_.size(); ++i) {
      if (ids_[i] == id) return i;
    }
    return std::nullopt;
  }

  std::optional<std::size_t> place_item(const YAML::Node& item, const std::string& path,
                                        Diagnostics& diag) {
    const auto id = id_of(item);
    if (!id) {
      diag.error(path, "an item of a what-if's " + std::string(list_.section) + " needs an id",
                 "the id says which base item it changes, or names a new one");
      return std::nullopt;
    }
    const YAML::Node remove = item["remove"];
    const bool removal = remove && remove.IsScalar() && remove.Scalar() == "true";
    if (remove && !removal) {
      diag.error(path + ".remove", "remove only takes the value true");
      return std::nullopt;
    }
    const auto base = find(*id);
    const auto seen = seen_.find(*id);
    if (seen != seen_.end()) return place_again(*id, seen->second, removal, base, path, diag);
    seen_[*id] = Seen{path, removal};
    if (removal) {
      if (!base || *base >= base_count_) {
        diag.error(path + ".id",
                   "cannot remove '" + *id + "': the base has no such " +
                       std::string(list_.section) + " item",
                   did_you_mean(*id, base_ids_));
      } else {
        removed_[*base] = true;
        removals_.emplace_back(*id, path);
      }
      return std::nullopt;
    }
    if (base) return base;
    if (misspelt(item, *id, path, diag)) return std::nullopt;
    items_.emplace_back(YAML::NodeType::Map);
    ids_.push_back(*id);
    return items_.size() - 1;
  }

  /// An id given a second time: after `remove: true` it replaces the base item whole.
  std::optional<std::size_t> place_again(const std::string& id, Seen& first, bool removal,
                                         std::optional<std::size_t> base, const std::string& path,
                                         Diagnostics& diag) {
    const bool base_removed = base && *base < base_count_ && removed_[*base];
    if (first.removal && !removal && base_removed && !replaced_[*base]) {
      removed_[*base] = false;
      replaced_[*base] = true;
      items_[*base] = YAML::Node(YAML::NodeType::Map);
      std::erase_if(removals_, [&](const auto& r) { return r.first == id; });
      first.removal = false;
      return base;
    }
    const auto line = diag.where().locate(first.path).line;
    diag.error(
        path + ".id",
        "'" + id + "' is given again (first at line " + std::to_string(line) + " of this what-if)",
        "give each id once; to replace a base item whole, remove it "
        "({id: ..., remove: true}) and then give it again");
    return std::nullopt;
  }

  /// A new id close to a base id, on an item that lacks what a new item needs, is a typo.
  bool misspelt(const YAML::Node& item, const std::string& id, const std::string& path,
                Diagnostics& diag) const {
    const auto near = nearest(id, base_ids_);
    if (!near) return false;
    std::string needs;
    bool complete = true;
    for (std::string_view key : list_.required) {
      if (key.empty()) continue;
      needs += (needs.empty() ? "" : ", ") + std::string(key);
      complete = complete && item[std::string(key)];
    }
    if (list_.section == "disruptions") {
      needs = "links or nodes";
      complete = item["links"] || item["nodes"];
    }
    if (complete) return false;
    diag.error(path + ".id", "unknown " + std::string(list_.item) + " '" + id + "'",
               "did you mean '" + *near + "'? (a new " + std::string(list_.item) + " needs " +
                   needs + ")");
    return true;
  }

  const ListById& list_;
  std::vector<YAML::Node> items_;
  std::vector<std::optional<std::string>> ids_;
  std::vector<std::string> base_ids_;
  std::size_t base_count_ = 0;
  std::vector<bool> removed_;
  std::vector<bool> replaced_;
  std::map<std::string, Seen> seen_;
  std::vector<std::pair<std::string, std::string>> removals_;
};

class Merger {
 public:
  Merger(const Document& what_if, Diagnostics& diag, Positions positions)
      : what_if_(what_if), diag_(diag), out_(std::move(positions)) {}

  void merge_key(YAML::Node parent, const std::string& key, const YAML::Node& value,
                 const std::string& merged_path, const std::string& child_path) {
    YAML::Node existing = parent[key];
    const bool whole =
        std::find(kReplacedWhole.begin(), kReplacedWhole.end(), key) != kReplacedWhole.end();
    if (value.IsMap() && existing.IsMap() && !whole) {
      for (const auto& kv : value) {
        const std::string k = kv.first.Scalar();
        merge_key(existing, k, kv.second, merged_path + "." + k, child_path + "." + k);
      }
      return;
    }
    for (const auto& exclusion : kExclusions) {
      if (exclusion.key != key) continue;
      for (std::string_view other : exclusion.drops) {
        if (other.empty() || !parent[std::string(other)]) continue;
        parent.remove(std::string(other));
        erase_subtree(out_, parent_path(merged_path) + "." + std::string(other));
      }
    }
    erase_subtree(out_, merged_path);
    parent[key] = YAML::Clone(value);
    copy_subtree(what_if_.positions.entries(), child_path, merged_path, out_);
  }

  YAML::Node merge_list(const ListById& list, const YAML::Node& base_list,
                        const YAML::Node& child_list) {
    const std::string section(list.section);
    if (out_.find(section) == out_.end()) copy_exact(section);
    if (!child_list.IsSequence()) {
      Field(child_list, section, diag_).error("expected a list");
      return base_list;
    }
    ListMerge merge(list, base_list);
    const auto target = merge.place(child_list, diag_);
    auto& items = merge.items();
    // Final index of every item, with removed base items dropped.
    std::vector<std::ptrdiff_t> final_index(items.size(), -1);
    std::ptrdiff_t next = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!merge.removed(i)) final_index[i] = next++;
    }
    remap_section(section, merge.base_count(), final_index);
    for (const auto& [id, path] : merge.removals()) {
      removals_[section + "/" + id] = SourceMap::Entry{what_if_.positions.locate(path), path};
    }
    std::size_t ci = 0;
    for (const auto& item : child_list) {
      const auto t = target[ci];
      const std::string child_path = item_path(section, ci++);
      if (!t) continue;
      const std::string merged_path = item_path(section, static_cast<std::size_t>(final_index[*t]));
      if (*t >= merge.base_count() || merge.replaced(*t)) {
        erase_subtree(out_, merged_path);
        copy_subtree(what_if_.positions.entries(), child_path, merged_path, out_);
      }
      for (const auto& kv : item) {
        const std::string k = kv.first.Scalar();
        merge_key(items[*t], k, kv.second, merged_path + "." + k, child_path + "." + k);
      }
    }
    YAML::Node merged(YAML::NodeType::Sequence);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (final_index[i] >= 0) merged.push_back(items[i]);
    }
    return merged;
  }

  Positions take_positions() { return std::move(out_); }
  Positions take_removals() { return std::move(removals_); }

 private:
  void copy_exact(const std::string& path) {
    const auto& child = what_if_.positions.entries();
    if (auto it = child.find(path); it != child.end()) out_[path] = it->second;
  }

  static std::string parent_path(const std::string& path) {
    const auto cut = path.find_last_of('.');
    return cut == std::string::npos ? std::string{} : path.substr(0, cut);
  }

  /// Renames base positions "section[i]..." to their final index, dropping removed items.
  void remap_section(const std::string& section, std::size_t base_count,
                     const std::vector<std::ptrdiff_t>& final_index) {
    Positions renamed;
    for (std::size_t i = 0; i < base_count; ++i) {
      if (final_index[i] >= 0) {
        copy_subtree(out_, item_path(section, i),
                     item_path(section, static_cast<std::size_t>(final_index[i])), renamed);
      }
    }
    for (auto it = out_.begin(); it != out_.end();) {
      it = it->first.starts_with(section + "[") ? out_.erase(it) : std::next(it);
    }
    out_.merge(renamed);
  }

  const Document& what_if_;
  Diagnostics& diag_;
  Positions out_;
  Positions removals_;
};

}  // namespace

Document merge_documents(const Document& base, const Document& what_if, Diagnostics& diag) {
  Document out{YAML::Clone(base.root), SourceMap(what_if.positions.file())};
  Merger merger(what_if, diag, base.positions.entries());
  for (const auto& kv : what_if.root) {
    const std::string key = kv.first.Scalar();
    if (key == "extends") continue;
    if (const ListById* list = list_by_id(key)) {
      out.root[key] = merger.merge_list(*list, out.root[key], kv.second);
    } else {
      merger.merge_key(out.root, key, kv.second, key, key);
    }
  }
  out.positions.replace_entries(merger.take_positions());
  // Removals of the base's own what-ifs stay known, unless this what-if gives the id again.
  Positions removals = base.positions.removals();
  removals.merge(merger.take_removals());
  for (const auto& [key, entry] : removals) {
    const auto slash = key.find('/');
    out.positions.add_removal(key.substr(0, slash), key.substr(slash + 1), entry);
  }
  return out;
}

}  // namespace corridor::io::detail
