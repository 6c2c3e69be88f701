#pragma once
/// What-if inheritance: applying a scenario that `extends` a base onto that base.

#include <yaml-cpp/yaml.h>

#include <corridor/io/load_scenario.hpp>

#include "io/yaml_reader.hpp"

namespace corridor::io::detail {

/// A parsed YAML document and where each of its paths was written.
struct Document {
  YAML::Node root;
  SourceMap positions;
};

/// The base with the what-if applied: lists of nodes, links, cargo and disruptions merge by id
/// (`remove: true` deletes an item), `demand` is replaced, other maps merge key by key, and
/// durations, schedules and lists are replaced whole. Positions follow the values: each path
/// points into the file that wrote it. Problems (an item without id, removing an unknown id) are
/// reported to `diag` at the what-if's positions.
[[nodiscard]] Document merge_documents(const Document& base, const Document& what_if,
                                       Diagnostics& diag);

}  // namespace corridor::io::detail
