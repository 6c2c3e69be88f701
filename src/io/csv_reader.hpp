#pragma once
// Private to io: a small reader of comma-separated tables (RFC 4180), row by row over text in
// memory, with the line and column of every cell for error messages.

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corridor::io::detail {

/// One cell: its text (a quoted cell without its quotes, "" read as "), and the column where
/// it starts (1-based, in bytes, as the YAML parser's positions count).
struct CsvCell {
  std::string_view text;
  std::int32_t column = 0;
};

/// One row: the line it starts on (1-based) and its cells.
struct CsvRow {
  std::int32_t line = 0;
  std::vector<CsvCell> cells;
  std::int32_t end_column = 0;  ///< the column just past the row's last character
};

/// Why a table cannot be read on: a malformed quote, at its line and column.
struct CsvProblem {
  std::int32_t line = 0;
  std::int32_t column = 0;
  std::string message;
  std::string hint;
};

/// Reads rows of `text` (which must outlive the reader and the rows it gives). Cells are
/// separated by commas, rows by LF or CRLF; a cell may be quoted ("a, b"), and a quoted cell
/// may hold commas, line breaks and doubled quotes. A byte order mark at the start is skipped,
/// and empty lines are skipped. O(length of the text) in all.
class CsvReader {
 public:
  explicit CsvReader(std::string_view text);

  /// Fills `row` with the next row; false at the end of the text or when the text is
  /// malformed (problem() then says where and why, and reading stops).
  bool next(CsvRow& row);
  [[nodiscard]] const std::optional<CsvProblem>& problem() const { return problem_; }

 private:
  /// Reads a quoted cell starting at the opening quote; false when it is malformed.
  bool quoted_cell(CsvCell& cell);
  /// Advances over one byte.
  void advance();
  /// The column of the next byte (1-based, in bytes; a byte order mark is not counted).
  [[nodiscard]] std::int32_t column() const {
    return static_cast<std::int32_t>(pos_ - line_start_ + 1);
  }
  [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
  [[nodiscard]] bool at_row_end() const {
    return at_end() || text_[pos_] == '\n' ||
           (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
  }
  void fail(std::int32_t line, std::int32_t column, std::string message, std::string hint = {});

  std::string_view text_;
  std::size_t pos_ = 0;
  std::int32_t line_ = 1;
  std::size_t line_start_ = 0;
  std::deque<std::string> unescaped_;  ///< quoted cells with doubled quotes, for this row
  std::optional<CsvProblem> problem_;
};

}  // namespace corridor::io::detail
