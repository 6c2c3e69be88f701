#pragma once
/// Typed, located access to a YAML tree. Every read that fails records an Issue naming the
/// YAML path; the SourceMap turns the path into file:line:column.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include <corridor/error.hpp>
#include <corridor/io/load_scenario.hpp>

namespace corridor::io::detail {

/// The issues of one load.
class Diagnostics {
 public:
  explicit Diagnostics(const SourceMap& where) : where_(where) {}

  void error(const std::string& path, std::string message, std::string hint = {});
  void warning(const std::string& path, std::string message, std::string hint = {});
  void add(Issue issue) { issues_.push_back(std::move(issue)); }

  [[nodiscard]] std::vector<Issue> take() { return std::move(issues_); }
  /// The paths of the errors so far, as the caller named them (not as their file spells them).
  [[nodiscard]] const std::set<std::string, std::less<>>& error_paths() const {
    return error_paths_;
  }
  [[nodiscard]] const SourceMap& where() const { return where_; }

 private:
  const SourceMap& where_;
  std::vector<Issue> issues_;
  std::set<std::string, std::less<>> error_paths_;
};

/// A node of the document with its YAML path ("links[3].tariff").
class Field {
 public:
  Field(YAML::Node node, std::string path, Diagnostics& diag)
      : node_(std::move(node)), path_(std::move(path)), diag_(&diag) {}

  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] const YAML::Node& node() const { return node_; }
  [[nodiscard]] Diagnostics& diag() const { return *diag_; }
  /// Present and not null.
  [[nodiscard]] bool present() const { return node_.IsDefined() && !node_.IsNull(); }

  /// The value under `key` (possibly absent); its path is "<path>.<key>".
  [[nodiscard]] Field operator[](std::string_view key) const;
  /// Sequence items with paths "<path>[i]"; reports an error and returns nothing when this is
  /// not a list.
  [[nodiscard]] std::vector<Field> items() const;

  /// True when this is a map. Reports a non-map value, keys not in `allowed` (with the closest
  /// allowed key as hint) and duplicate keys; reading goes on past unknown keys, so that one
  /// typo does not hide the file's other problems.
  bool expect_map(std::initializer_list<std::string_view> allowed) const;
  bool expect_list() const;

  // Scalars. Each reports a located error and returns nullopt when the value has another type.
  [[nodiscard]] std::optional<double> number() const;
  [[nodiscard]] std::optional<std::int64_t> integer() const;
  /// A whole number in [min, max]. A value outside, however large, is reported as written:
  /// "must be between 1 and 100, got 4294967297", with `hint`.
  [[nodiscard]] std::optional<std::int64_t> integer_in(std::int64_t min, std::int64_t max,
                                                       std::string hint = {}) const;
  /// A whole number from 0 to 2^64 - 1 (a seed).
  [[nodiscard]] std::optional<std::uint64_t> natural() const;
  [[nodiscard]] std::optional<bool> boolean() const;
  [[nodiscard]] std::optional<std::string> string() const;
  [[nodiscard]] std::optional<std::vector<std::string>> string_list() const;
  [[nodiscard]] std::optional<std::vector<double>> number_list() const;

  /// Reports "missing required key" at this map when `key` is absent.
  [[nodiscard]] bool require(std::string_view key) const;

  void error(std::string message, std::string hint = {}) const;
  void warning(std::string message, std::string hint = {}) const;

 private:
  [[nodiscard]] std::string describe_value() const;

  YAML::Node node_;
  std::string path_;
  Diagnostics* diag_;
};

/// A number for a message: whole numbers in full ("100000"), others in their shortest exact
/// form ("0.1", "1e+308").
[[nodiscard]] std::string number_text(double value);

/// Walks a parsed document and records the position of every path in `map` (keys point at the
/// key, list items at the item).
void record_positions(const YAML::Node& root, const std::string& file, SourceMap& map);

}  // namespace corridor::io::detail
