#include "io/merge.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <corridor/io/hints.hpp>

#include "io/list_merge.hpp"

namespace corridor::io::detail {

namespace {

using Positions = SourceMap::Entries;

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
    ListMerge merge(list, base_list, suggest_);
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
  Suggestions suggest_;
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
