#include "io/merge.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include <corridor/io/hints.hpp>

namespace corridor::io::detail {

namespace {

using Positions = SourceMap::Entries;

constexpr std::array<std::string_view, 4> kListsById{"nodes", "links", "cargo", "disruptions"};
// Values that are replaced whole instead of merged key by key.
constexpr std::array<std::string_view, 4> kReplacedWhole{"hours", "days", "schedule", "duration"};
// Keys of which a map holds at most one: setting one drops the others.
constexpr std::array<std::string_view, 3> kExclusive{"hours", "days", "speed_kmh"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view key) {
  return std::find(set.begin(), set.end(), key) != set.end();
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
    if (value.IsMap() && existing.IsMap() && !contains(kReplacedWhole, key)) {
      for (const auto& kv : value) {
        const std::string k = kv.first.Scalar();
        merge_key(existing, k, kv.second, merged_path + "." + k, child_path + "." + k);
      }
      return;
    }
    if (contains(kExclusive, key)) {
      for (std::string_view other : kExclusive) {
        if (other == key || !parent[std::string(other)]) continue;
        parent.remove(std::string(other));
        erase_subtree(out_, parent_path(merged_path) + "." + std::string(other));
      }
    }
    erase_subtree(out_, merged_path);
    parent[key] = YAML::Clone(value);
    copy_subtree(what_if_.positions.entries(), child_path, merged_path, out_);
  }

  YAML::Node merge_list(const YAML::Node& base_list, const YAML::Node& child_list,
                        const std::string& section) {
    if (out_.find(section) == out_.end()) copy_exact(section);
    std::vector<YAML::Node> items;
    std::vector<std::string> ids;
    if (base_list && base_list.IsSequence()) {
      for (const auto& item : base_list) {
        items.push_back(YAML::Clone(item));
        ids.push_back(item.IsMap() && item["id"] ? item["id"].Scalar() : std::string{});
      }
    }
    const std::size_t base_count = items.size();
    std::vector<bool> removed(base_count, false);
    // Which child item goes where: index into `items` (existing or appended).
    std::vector<std::ptrdiff_t> target;
    if (!child_list.IsSequence()) {
      Field(child_list, section, diag_).error("expected a list");
      return base_list;
    }
    std::size_t ci = 0;
    for (const auto& item : child_list) {
      const std::string child_path = section + "[" + std::to_string(ci++) + "]";
      target.push_back(-1);
      if (!item.IsMap() || !item["id"] || !item["id"].IsScalar()) {
        diag_.error(child_path, "an item of a what-if's " + section + " needs an id",
                    "the id says which base item it changes, or names a new one");
        continue;
      }
      const std::string id = item["id"].Scalar();
      const auto found = std::find(ids.begin(), ids.end(), id);
      const bool remove =
          item["remove"] && item["remove"].IsScalar() && item["remove"].Scalar() == "true";
      if (remove) {
        if (found == ids.end() || static_cast<std::size_t>(found - ids.begin()) >= base_count) {
          diag_.error(child_path + ".id",
                      "cannot remove '" + id + "': the base has no such " + section + " item",
                      did_you_mean(id, ids));
        } else {
          removed[static_cast<std::size_t>(found - ids.begin())] = true;
        }
        continue;
      }
      if (item["remove"]) {
        diag_.error(child_path + ".remove", "remove only takes the value true");
        continue;
      }
      if (found != ids.end()) {
        target.back() = found - ids.begin();
      } else {
        target.back() = static_cast<std::ptrdiff_t>(items.size());
        items.push_back(YAML::Node(YAML::NodeType::Map));
        ids.push_back(id);
      }
    }
    // Final index of every item, with removed base items dropped.
    std::vector<std::ptrdiff_t> final_index(items.size(), -1);
    std::ptrdiff_t next = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i < base_count && removed[i]) continue;
      final_index[i] = next++;
    }
    remap_section(section, base_count, final_index);
    // Apply the child items key by key.
    ci = 0;
    for (const auto& item : child_list) {
      const std::ptrdiff_t t = target[ci];
      const std::string child_path = section + "[" + std::to_string(ci++) + "]";
      if (t < 0 || final_index[static_cast<std::size_t>(t)] < 0) continue;
      const std::string merged_path =
          section + "[" + std::to_string(final_index[static_cast<std::size_t>(t)]) + "]";
      if (static_cast<std::size_t>(t) >= base_count) {
        copy_subtree(what_if_.positions.entries(), child_path, merged_path, out_);
      }
      for (const auto& kv : item) {
        const std::string k = kv.first.Scalar();
        merge_key(items[static_cast<std::size_t>(t)], k, kv.second, merged_path + "." + k,
                  child_path + "." + k);
      }
    }
    YAML::Node merged(YAML::NodeType::Sequence);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (final_index[i] >= 0) merged.push_back(items[i]);
    }
    return merged;
  }

  Positions take_positions() { return std::move(out_); }

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
      const std::string from = section + "[" + std::to_string(i) + "]";
      if (final_index[i] >= 0) {
        copy_subtree(out_, from, section + "[" + std::to_string(final_index[i]) + "]", renamed);
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
};

}  // namespace

Document merge_documents(const Document& base, const Document& what_if, Diagnostics& diag) {
  Document out{YAML::Clone(base.root), SourceMap(what_if.positions.file())};
  Merger merger(what_if, diag, base.positions.entries());
  for (const auto& kv : what_if.root) {
    const std::string key = kv.first.Scalar();
    if (key == "extends") continue;
    if (contains(kListsById, key)) {
      out.root[key] = merger.merge_list(out.root[key], kv.second, key);
    } else {
      merger.merge_key(out.root, key, kv.second, key, key);
    }
  }
  out.positions.replace_entries(merger.take_positions());
  return out;
}

}  // namespace corridor::io::detail
