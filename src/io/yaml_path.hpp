#pragma once
// Private to io: `--set` paths (corridor/io/set_path.hpp) resolved in, and values assigned to,
// a merged YAML document.

#include <cstddef>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include <corridor/io/set_path.hpp>

namespace corridor::io::detail {

/// One step down a document: a map key, or a list item by position.
struct PathStep {
  bool item = false;
  std::string key;
  std::size_t index = 0;
};

/// A --set path as the document spells it.
struct ResolvedPath {
  std::vector<PathStep> steps;
  std::string yaml_path;  ///< "links[8].schedule.every_hours", the paths issues carry
};

/// Resolves `axis.segments` in `root` (list items by id, or by index when the list's items have
/// no ids). Keys not present are allowed and become steps that create them, unless one is a
/// near miss of a key present. Throws ValidationError naming the argument, with a "did you
/// mean" hint. O(segments × items).
[[nodiscard]] ResolvedPath resolve_set_path(const YAML::Node& root, const SetAxis& axis);

/// Puts `value` at `path` in `root`, adding missing map keys. Returns false, changing nothing,
/// when the document no longer has the path's shape (an earlier --set replaced a list or map
/// on the way).
[[nodiscard]] bool assign(YAML::Node root, const ResolvedPath& path, const YAML::Node& value);

/// The YAML node of one value's text. Precondition: parse_set() accepted it.
[[nodiscard]] YAML::Node value_node(const std::string& text);

}  // namespace corridor::io::detail
