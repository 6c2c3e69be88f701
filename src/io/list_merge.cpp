#include "io/list_merge.hpp"

namespace corridor::io::detail {

namespace {

/// The id of a list item, when it is a map with a non-empty scalar id.
std::optional<std::string> id_of(const YAML::Node& item) {
  if (!item.IsMap()) return std::nullopt;
  const YAML::Node id = item["id"];
  if (!id || !id.IsScalar() || id.Scalar().empty()) return std::nullopt;
  return id.Scalar();
}

}  // namespace

std::string item_path(std::string_view section, std::size_t i) {
  return std::string(section) + "[" + std::to_string(i) + "]";
}

ListMerge::ListMerge(const ListById& list, const YAML::Node& base_list, Suggestions& suggest)
    : list_(list), suggest_(suggest) {
  if (base_list && base_list.IsSequence()) {
    for (const auto& item : base_list) {
      items_.push_back(YAML::Clone(item));
      if (auto id = id_of(item)) {
        base_ids_.push_back(*id);
        index_.emplace(*id, items_.size() - 1);  // a duplicate id keeps its first item
      }
    }
  }
  base_count_ = items_.size();
  removed_.assign(base_count_, false);
  replaced_.assign(base_count_, false);
}

std::vector<std::optional<std::size_t>> ListMerge::place(const YAML::Node& child_list,
                                                         Diagnostics& diag) {
  std::vector<std::optional<std::size_t>> target;
  std::size_t ci = 0;
  for (const auto& item : child_list) {
    target.push_back(place_item(item, item_path(list_.section, ci++), diag));
  }
  return target;
}

std::optional<std::size_t> ListMerge::find(const std::string& id) const {
  const auto it = index_.find(id);
  return it == index_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

std::optional<std::size_t> ListMerge::place_item(const YAML::Node& item, const std::string& path,
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
                 "cannot remove '" + *id + "': the base has no such " + std::string(list_.section) +
                     " item",
                 suggest_.did_you_mean(*id, base_ids_));
    } else {
      removed_[*base] = true;
      removals_.emplace(*id, path);
    }
    return std::nullopt;
  }
  if (base) return base;
  if (misspelt(item, *id, path, diag)) return std::nullopt;
  items_.emplace_back(YAML::NodeType::Map);
  index_.emplace(*id, items_.size() - 1);
  return items_.size() - 1;
}

/// An id given a second time: after `remove: true` it replaces the base item whole.
std::optional<std::size_t> ListMerge::place_again(const std::string& id, Seen& first, bool removal,
                                                  std::optional<std::size_t> base,
                                                  const std::string& path, Diagnostics& diag) {
  const bool base_removed = base && *base < base_count_ && removed_[*base];
  if (first.removal && !removal && base_removed && !replaced_[*base]) {
    removed_[*base] = false;
    replaced_[*base] = true;
    items_[*base] = YAML::Node(YAML::NodeType::Map);
    removals_.erase(id);
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
bool ListMerge::misspelt(const YAML::Node& item, const std::string& id, const std::string& path,
                         Diagnostics& diag) {
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
  // Complete items are new ones: only incomplete ones pay for a search among the base ids.
  if (complete) return false;
  const auto near = suggest_.nearest(id, base_ids_);
  if (!near) return false;
  diag.error(
      path + ".id", "unknown " + std::string(list_.item) + " '" + id + "'",
      "did you mean '" + *near + "'? (a new " + std::string(list_.item) + " needs " + needs + ")");
  return true;
}

}  // namespace corridor::io::detail
