#pragma once
// Private to io: the bulk tables a scenario names (`nodes_csv:`, `links_csv:`), read straight
// into the model without a YAML tree.

#include <filesystem>
#include <vector>

#include <corridor/io/load_scenario.hpp>
#include <corridor/model/scenario.hpp>

#include "io/yaml_reader.hpp"

namespace corridor::io::detail {

/// Reads the tables named by `nodes_csv` and `links_csv` of the merged document `root` (each
/// relative to the file that names it) and appends their rows to `s.nodes` and `s.links`, after
/// the items of `nodes:` and `links:`. Problems go to root's Diagnostics, located at the cell
/// (file:line:column, the column's name as path), at the header, or at the key when the table
/// cannot be read; `positions` records every row, so that the rules checked afterwards locate
/// theirs in the table too. Each table read is appended to `files`. O(size of the tables).
void read_tables(const Field& root, model::Scenario& s, SourceMap& positions,
                 const LoadLimits& limits, std::vector<std::filesystem::path>& files);

}  // namespace corridor::io::detail
