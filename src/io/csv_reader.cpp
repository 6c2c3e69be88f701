#include "io/csv_reader.hpp"

namespace corridor::io::detail {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

}  // namespace

CsvReader::CsvReader(std::string_view text) : text_(text) {
  if (text_.starts_with(kByteOrderMark)) pos_ = line_start_ = kByteOrderMark.size();
}

void CsvReader::advance() {
  if (text_[pos_] == '\n') {
    ++line_;
    line_start_ = pos_ + 1;
  }
  ++pos_;
}

void CsvReader::fail(std::int32_t line, std::int32_t column, std::string message,
                     std::string hint) {
  problem_ = CsvProblem{line, column, std::move(message), std::move(hint)};
  pos_ = text_.size();
}

bool CsvReader::quoted_cell(CsvCell& cell) {
  const std::int32_t line = line_;
  const std::int32_t start_column = column();
  advance();  // the opening quote
  const std::size_t start = pos_;
  std::string* unescaped = nullptr;
  while (true) {
    if (at_end()) {
      fail(line, start_column, "this quoted cell never ends",
           "close it with a \" before the line ends");
      return false;
    }
    if (text_[pos_] != '"') {
      if (unescaped) unescaped->push_back(text_[pos_]);
      advance();
      continue;
    }
    if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {  // "" stands for "
      if (!unescaped) unescaped = &unescaped_.emplace_back(text_.substr(start, pos_ - start));
      unescaped->push_back('"');
      advance();
      advance();
      continue;
    }
    cell.text = unescaped ? std::string_view(*unescaped) : text_.substr(start, pos_ - start);
    advance();  // the closing quote
    if (!at_row_end() && text_[pos_] != ',') {
      fail(line_, column(), "text after the closing quote of a cell",
           "a quote inside a quoted cell is written twice: \"6\"\" pipe\"");
      return false;
    }
    return true;
  }
}

bool CsvReader::next(CsvRow& row) {
  row.cells.clear();
  unescaped_.clear();
  // Empty lines (and a final line break) are not rows.
  while (!at_end() && (text_[pos_] == '\n' || text_[pos_] == '\r') && at_row_end())
    advance();
  if (at_end()) return false;
  row.line = line_;
  while (true) {
    CsvCell cell{{}, column()};
    if (text_[pos_] == '"') {
      if (!quoted_cell(cell)) return false;
    } else {
      const std::size_t start = pos_;
      while (!at_row_end() && text_[pos_] != ',') {
        if (text_[pos_] == '"') {
          fail(line_, column(), "a quote inside an unquoted cell",
               "quote the whole cell and write the quote twice: \"6\"\" pipe\"");
          return false;
        }
        ++pos_;
      }
      cell.text = text_.substr(start, pos_ - start);
    }
    row.cells.push_back(cell);
    if (at_end() || text_[pos_] != ',') break;
    advance();  // the comma
  }
  row.end_column = column();
  if (!at_end() && text_[pos_] == '\r') ++pos_;
  if (!at_end()) advance();  // the line feed
  return true;
}

}  // namespace corridor::io::detail
