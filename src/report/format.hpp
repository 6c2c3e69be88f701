#pragma once
// Private to report: number formatting and plain-text tables.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <corridor/model/mode.hpp>
#include <corridor/model/result.hpp>

namespace corridor::report::detail {

/// Fixed decimals, no grouping: "1234.5". Non-finite values read "∞" or "—" (see non_finite).
[[nodiscard]] std::string fixed(double value, int decimals);
/// Fixed decimals with thousands separators: "1,234.5".
[[nodiscard]] std::string grouped(double value, int decimals);
/// "∞" for an infinite value (a journey that never arrives), "—" for NaN (a moment of such a
/// sample).
[[nodiscard]] std::string non_finite(double value);
/// `value` rounded to `decimals` places, for JSON (stable across machines); JSON writes
/// non-finite numbers as null.
[[nodiscard]] double rounded(double value, int decimals);

/// "rail 1520 → sea"
[[nodiscard]] std::string port_change(model::Port from, model::Port to);
/// "leg", "dwell", "transfer"
[[nodiscard]] std::string_view kind_name(model::Step::Kind kind);
/// "avoid countries RU, BY; via KLAIPEDA_PORT" or "none"
[[nodiscard]] std::string describe_constraints(const model::Constraints& c);
[[nodiscard]] std::string describe_objective(model::Objective objective);
[[nodiscard]] std::string wins_text(const std::vector<model::Criterion>& wins);

/// A table with a header row; columns are left- or right-aligned.
class Table {
 public:
  enum class Align : std::uint8_t { left, right };
  struct Column {
    std::string title;
    Align align = Align::left;
  };
  explicit Table(std::vector<Column> columns) : columns_(std::move(columns)) {}
  /// Adds a column on the right. Precondition: no row yet.
  void add_column(Column column) { columns_.push_back(std::move(column)); }
  /// Adds a row; control characters in its cells are escaped (model::printable).
  void add(std::vector<std::string> row);
  [[nodiscard]] bool empty() const { return rows_.empty(); }

  /// Space-padded columns under an underlined header, each line prefixed by `indent`.
  void render_text(std::ostream& out, std::string_view indent) const;
  /// A GitHub-flavoured Markdown table.
  void render_markdown(std::ostream& out) const;
  /// An HTML table in a scrolling wrapper; right-aligned cells have class "r", and lines may
  /// break after en dashes (long corridor names).
  void render_html(std::ostream& out) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

/// Width of a UTF-8 string in terminal columns (every code point counts one).
[[nodiscard]] std::size_t display_width(std::string_view text);

}  // namespace corridor::report::detail
