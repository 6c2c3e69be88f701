#pragma once
// Private to io: one row of a bulk table (nodes_csv, links_csv) read into a model::Node or a
// model::Link, with the YAML reader's messages for values it cannot read.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <corridor/model/scenario.hpp>

#include "io/csv_reader.hpp"
#include "io/yaml_reader.hpp"

namespace corridor::io::detail {

/// The columns a table may have, named as the YAML keys they stand for ("tariff.usd_per_teu"),
/// and those it must have.
struct ColumnSet {
  std::string_view list;  ///< "nodes" or "links"
  std::vector<std::string_view> names;
  std::vector<std::string_view> required;
};

[[nodiscard]] const ColumnSet& node_columns();
[[nodiscard]] const ColumnSet& link_columns();

/// The cells of one row, by column of the ColumnSet. An empty cell, a column the header does
/// not have and a cell missing at the end of a short row all read as absent. Errors are
/// reported at the path "<list>[index].<column>", which the SourceMap's table turns into the
/// cell's file:line:column.
class RowCells {
 public:
  /// `position[c]`: the header position of column c, or -1.
  RowCells(const ColumnSet& columns, std::size_t index, const std::vector<int>& position,
           const CsvRow& row, Diagnostics& diag)
      : columns_(columns), index_(index), position_(position), row_(row), diag_(diag) {}

  [[nodiscard]] std::string_view text(std::size_t column) const;
  [[nodiscard]] bool has(std::size_t column) const { return !text(column).empty(); }
  /// "links[7].distance_km"
  [[nodiscard]] std::string path(std::size_t column) const;
  /// "links[7]"
  [[nodiscard]] std::string row_path() const;
  void error(std::size_t column, std::string message, std::string hint = {}) const;
  /// An error about the whole row (located at its line).
  void row_error(std::string message, std::string hint = {}) const;

  /// The text of a required column; reports an empty cell.
  [[nodiscard]] std::string required(std::size_t column) const;
  [[nodiscard]] std::optional<double> number(std::size_t column) const;
  /// A whole number in [min, max] written as `text` in `column` (the cell, or an item of it).
  [[nodiscard]] std::optional<std::int64_t> integer_in(std::size_t column, std::string_view text,
                                                       std::int64_t min, std::int64_t max,
                                                       std::string_view hint = {}) const;
  [[nodiscard]] std::optional<bool> boolean(std::size_t column) const;
  /// A fixed duration in hours, written in units of `unit_hours` (1 or 24).
  [[nodiscard]] std::optional<double> duration(std::size_t column, double unit_hours) const;
  /// The items of a list cell, separated by ';' ("rail;sea").
  [[nodiscard]] std::vector<std::string_view> list(std::size_t column) const;

 private:
  const ColumnSet& columns_;
  std::size_t index_;
  const std::vector<int>& position_;
  const CsvRow& row_;
  Diagnostics& diag_;
};

/// Fills a default node from its row; values that cannot be read are reported and left at
/// their defaults.
void read_node_row(const RowCells& r, model::Node& n);
/// Fills a default link from its row, likewise.
void read_link_row(const RowCells& r, model::Link& l);

}  // namespace corridor::io::detail
