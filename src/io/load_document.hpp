#pragma once
// Private to io: load_scenario in two steps, for callers that change the merged YAML before it
// becomes a Scenario (the variants of a sweep, io/variants.cpp).

#include <filesystem>
#include <string>
#include <vector>

#include <corridor/error.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/io/settings.hpp>

#include "io/merge.hpp"

namespace corridor::io::detail {

/// A scenario file with the files it extends merged into one document, not parsed yet.
struct MergedFile {
  Document doc;
  std::vector<Issue> issues;  ///< of merging (errors among them fail finish())
  std::vector<std::filesystem::path> files;
  std::string display;  ///< the file's name in messages
  LoadLimits limits;    ///< also for the tables the document names (nodes_csv, links_csv)
};

/// Reads `path` and the chain of files it extends and merges them. Throws IoError when the
/// file cannot be read and ValidationError for YAML syntax, shape and extends problems.
[[nodiscard]] MergedFile load_merged(const std::filesystem::path& path, const LoadLimits& limits);

/// The scenario of a merged document, with the tables it names read within `limits`: parsed,
/// validated, issues in reading order; with `settings`, also the merged document flattened
/// into it. Throws ValidationError when `issues` or the document hold an error.
[[nodiscard]] LoadedScenario finish(Document doc, std::vector<Issue> issues,
                                    std::vector<std::filesystem::path> files,
                                    const std::string& display, const LoadLimits& limits,
                                    Settings* settings = nullptr);

}  // namespace corridor::io::detail
