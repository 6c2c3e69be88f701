#pragma once
/// Reading scenario files. This module is the only one that knows YAML.

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
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

  /// Where the rows of a bulk table (`nodes_csv:`, `links_csv:`) were written. Row r is item
  /// first + r of `list` ("links"), at line lines[r] of `file`; its cell of column c starts at
  /// column cells[r * columns.size() + c] (1-based; negated when the cell is empty). `keys`
  /// names the YAML key a column stands for when they differ ("location" is the column "lat").
  struct Table {
    std::string list;
    std::string file;
    std::size_t first = 0;
    std::vector<std::string> columns;
    std::vector<std::pair<std::string, std::string>> keys;  ///< YAML key, column
    std::vector<std::int32_t> lines;
    std::vector<std::int32_t> cells;
  };
  /// Records a table: paths into its rows ("links[7].distance_km") then locate to the cell,
  /// and are written as the column's name ("distance_km"). O(1) per later look-up, in the
  /// number of tables and columns.
  Table& add_table(Table table) { return tables_.emplace_back(std::move(table)); }
  /// The path was written in a file: recorded, or a non-empty cell of a table (its row, for
  /// the path of a whole row).
  [[nodiscard]] bool recorded(std::string_view path) const;

  /// Every recorded path, in path order (used when merging what-ifs); without the deferred
  /// lists' paths (defer_lists).
  [[nodiscard]] const Entries& entries() const { return positions_; }
  void replace_entries(Entries entries) { positions_ = std::move(entries); }

  /// Marks the map as holding nothing under nodes[...] and links[...] (a scenario read from
  /// the cache, io/scenario_cache.hpp): the first look-up of such a path (locate, written,
  /// recorded) reads `scenario` again, in full and without the cache, and answers from that
  /// map from then on. Thread-safe: concurrent look-ups load the file once. When the file no
  /// longer loads, such paths are located as the list itself ("links").
  void defer_lists(std::filesystem::path scenario, std::uint64_t max_file_bytes);
  /// The lists are deferred and not loaded yet.
  [[nodiscard]] bool deferred() const;

  /// Records that a what-if removed the item `id` from `list` ("nodes"); `where` is the
  /// what-if's `remove: true` item.
  void add_removal(const std::string& list, const std::string& id, Entry where);
  /// Where `id` was removed from `list`, or nullptr when no what-if removed it.
  [[nodiscard]] const Entry* removal(std::string_view list, std::string_view id) const;
  /// Every removal, keyed by "list/id" (used when merging what-ifs).
  [[nodiscard]] const Entries& removals() const { return removals_; }
  void replace_removals(Entries removals) { removals_ = std::move(removals); }

 private:
  [[nodiscard]] const std::pair<const std::string, Entry>* nearest(std::string_view path) const;
  /// The table row `path` points into, and the column (npos for the row itself).
  struct Cell {
    const Table* table = nullptr;
    std::size_t row = 0;
    std::size_t column = std::string::npos;
    std::string_view rest;  ///< the path after the row, without its dot ("distance_km")
  };
  [[nodiscard]] std::optional<Cell> table_cell(std::string_view path) const;
  /// The full map to ask about `path` when it lies in a deferred list; nullptr otherwise.
  [[nodiscard]] const SourceMap* full_map(std::string_view path) const;

  struct Deferred;
  std::string file_;
  Entries positions_;
  Entries removals_;
  std::vector<Table> tables_;
  std::shared_ptr<Deferred> deferred_;  ///< shared by copies: the file is read once
};

/// Default of LoadLimits::max_file_bytes: 64 MiB, about 1.3 million nodes of YAML.
inline constexpr std::uint64_t kDefaultMaxFileBytes = 64ULL << 20U;
/// Largest value of CORRIDOR_MAX_SCENARIO_MB (positions in a file count in 32 bits).
inline constexpr std::uint64_t kMaxFileMebibytes = 2047;
/// Most levels of `extends`: a what-if may extend a what-if, and so on, 8 files deep.
inline constexpr int kMaxExtendsDepth = 8;

/// Bounds on what the loader reads. The structural limits of the YAML itself (nesting depth,
/// aliases, one document per file) are fixed; docs/scenario-format.md lists them all.
struct LoadLimits {
  /// Largest file read, in bytes; each file of an `extends` chain is measured on its own.
  std::uint64_t max_file_bytes = kDefaultMaxFileBytes;

  /// The defaults, with max_file_bytes taken from the environment variable
  /// CORRIDOR_MAX_SCENARIO_MB (whole MiB, 1 to kMaxFileMebibytes) when it is set. Throws Error
  /// (invalid input) when it is set to anything else.
  [[nodiscard]] static LoadLimits from_environment();
};

struct LoadedScenario {
  model::Scenario scenario;
  SourceMap source_map;
  std::vector<Issue> warnings;
  /// Every file read: the scenario, then the files it extends, in order.
  std::vector<std::filesystem::path> files;
};

/// Reads and validates a scenario file (including files it `extends`). Throws IoError when the
/// file cannot be read (it is missing, a directory, a device, larger than the limit) and
/// ValidationError listing every problem when the content is invalid; a base named by
/// `extends` that cannot be read is a located ValidationError.
[[nodiscard]] LoadedScenario load_scenario(const std::filesystem::path& path,
                                           const LoadLimits& limits = {});

/// Same, from text already in memory; `display_name` is used in messages, and `extends` is
/// relative to the current directory.
[[nodiscard]] LoadedScenario load_scenario_from_string(std::string_view yaml,
                                                       const std::string& display_name,
                                                       const LoadLimits& limits = {});

}  // namespace corridor::io
