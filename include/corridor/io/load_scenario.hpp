#pragma once
/// Reading scenario files. This module is the only one that knows YAML.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <corridor/error.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::io {

/// Where each YAML path of a scenario was written, so that checks made after loading can point
/// at the right line and column.
class SourceMap {
 public:
  /// A recorded position, and the path as its own file spells it (a what-if's links[0] may be
  /// the merged scenario's links[8]).
  struct Entry {
    SourceLocation where;
    std::string written;
  };
  using Entries = std::map<std::string, Entry, std::less<>>;

  explicit SourceMap(std::string file = {}) : file_(std::move(file)) {}
  /// Records that `path` was written at line:column (1-based) of `file`.
  void add(const std::string& path, const std::string& file, int line, int column);
  /// Records that `path` was given with no position in a file, and how to call it in
  /// messages (a command-line option, "--avoid-link").
  void add_named(const std::string& path, std::string name);
  /// The location of `path`, or of its nearest recorded ancestor ("links[3].to" falls back to
  /// "links[3]", then "links"); the main file without a line when nothing is recorded.
  [[nodiscard]] SourceLocation locate(std::string_view path) const;
  /// `path` as the file that wrote it spells it.
  [[nodiscard]] std::string written(std::string_view path) const;
  /// The main file (the one named on the command line).
  [[nodiscard]] const std::string& file() const { return file_; }

  /// Every recorded path, in path order (used when merging what-ifs).
  [[nodiscard]] const Entries& entries() const { return positions_; }
  void replace_entries(Entries entries) { positions_ = std::move(entries); }

 private:
  [[nodiscard]] const std::pair<const std::string, Entry>* nearest(std::string_view path) const;

  std::string file_;
  Entries positions_;
};

struct LoadedScenario {
  model::Scenario scenario;
  SourceMap source_map;
  std::vector<Issue> warnings;
};

/// Reads and validates a scenario file (including files it `extends`). Throws IoError when a
/// file cannot be read and ValidationError listing every problem when the content is invalid.
[[nodiscard]] LoadedScenario load_scenario(const std::filesystem::path& path);

/// Same, from text already in memory; `display_name` is used in messages.
[[nodiscard]] LoadedScenario load_scenario_from_string(std::string_view yaml,
                                                       const std::string& display_name);

}  // namespace corridor::io
