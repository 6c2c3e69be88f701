#pragma once
/// A scenario's merged document as flat settings, for comparing scenarios by what they say
/// rather than how their files are written.

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <corridor/io/load_scenario.hpp>

namespace corridor::io {

/// One value of the merged document. Items of the lists of nodes, links, cargo, disruptions,
/// checks and demand are named by id ("links.AKTAU-ALAT.schedule.every_hours"; demand lines by
/// their line id); other lists are one value in flow style ("[RU, BY]").
struct Setting {
  std::string path;
  std::string value;  ///< the scalar as written, or a list or map in flow style
  bool item = false;  ///< the path names a list item (its fields follow it)
};

/// Settings in document order.
using Settings = std::vector<Setting>;

/// load_scenario(), and the merged document (after `extends`) as settings, without the keys
/// that name the file (`scenario`, `description`, `extends`). Throws as load_scenario().
/// O(size of the document).
[[nodiscard]] std::pair<LoadedScenario, Settings> load_scenario_settings(
    const std::filesystem::path& path, const LoadLimits& limits = {});

}  // namespace corridor::io
