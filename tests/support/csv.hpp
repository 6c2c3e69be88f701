#pragma once
// Test support: a strict RFC 4180 reader (CRLF line ends, quoted fields with doubled quotes), so
// that tests read CSV reports as a spreadsheet would.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace corridor::test {

using CsvRow = std::vector<std::string>;

/// The records of `text`, each a list of fields. Throws std::runtime_error on a bare LF, a quote
/// inside an unquoted field, an unterminated quote or a missing final CRLF.
inline std::vector<CsvRow> read_csv(std::string_view text) {
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  std::size_t i = 0;
  const auto fail = [&i](const std::string& what) {
    throw std::runtime_error("CSV: " + what + " at byte " + std::to_string(i));
  };
  while (i < text.size()) {
    if (text[i] == '"') {
      for (++i;; ++i) {
        if (i >= text.size()) fail("unterminated quote");
        if (text[i] != '"') {
          field += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          ++i;
          break;
        }
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') fail("quote inside an unquoted field");
        field += text[i++];
      }
    }
    if (i < text.size() && text[i] == ',') {
      row.push_back(std::move(field));
      field.clear();
      ++i;
      continue;
    }
    if (text.substr(i, 2) != "\r\n") fail("expected CRLF");
    row.push_back(std::move(field));
    field.clear();
    rows.push_back(std::move(row));
    row.clear();
    i += 2;
  }
  if (!row.empty() || !field.empty()) fail("missing final CRLF");
  return rows;
}

}  // namespace corridor::test
