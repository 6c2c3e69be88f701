#include "io/csv_tables.hpp"

#include <algorithm>
#include <cstring>
#include <string>
#include <variant>

#include <corridor/huge_pages.hpp>
#include <corridor/io/hints.hpp>

#include "io/csv_reader.hpp"
#include "io/csv_rows.hpp"
#include "io/input_file.hpp"

namespace corridor::io::detail {

namespace {

/// A table being read: its file and text, where its problems go, and its SourceMap record.
struct TableInput {
  std::string display;
  std::string text;
  Diagnostics& diag;

  void error(std::int32_t line, std::int32_t column, std::string message,
             std::string hint = {}) const {
    diag.add(Issue{
        Issue::Severity::error, {display, line, column}, "", std::move(message), std::move(hint)});
  }
};

/// The text of the table `key` names, or nullopt when it cannot be read (reported at the key).
std::optional<TableInput> open_table(const Field& key, const SourceMap& positions,
                                     const LoadLimits& limits) {
  const auto name = key.string();
  if (!name) return std::nullopt;
  if (name->empty()) {
    key.error(key.path() + " names no file", key.path() + ": <table file>.csv");
    return std::nullopt;
  }
  const std::filesystem::path directory =
      std::filesystem::path(positions.locate(key.path()).file).parent_path();
  const std::filesystem::path path = (directory / *name).lexically_normal();
  auto text = read_input(path, limits.max_file_bytes);
  if (const auto* problem = std::get_if<InputProblem>(&text)) {
    if (problem->missing) {
      key.error("the table '" + path.string() + "' does not exist",
                key.path() + " is relative to the file that names it");
    } else {
      key.error("cannot read the table '" + path.string() + "': " + problem->message,
                problem->hint);
    }
    return std::nullopt;
  }
  TableInput input{path.string(), std::get<std::string>(std::move(text)), key.diag()};
  if (auto issue = check_text(input.text, input.display)) {
    key.diag().add(std::move(*issue));
    return std::nullopt;
  }
  return input;
}

/// The header position of every column of `set` (-1 when absent); nullopt when the header has
/// an unknown or repeated column or lacks a required one (each reported).
std::optional<std::vector<int>> read_header(const TableInput& in, const CsvRow& header,
                                            const ColumnSet& set) {
  std::vector<int> position(set.names.size(), -1);
  const std::vector<std::string> names(set.names.begin(), set.names.end());
  bool ok = true;
  for (std::size_t j = 0; j < header.cells.size(); ++j) {
    const CsvCell& cell = header.cells[j];
    const auto it = std::find(set.names.begin(), set.names.end(), cell.text);
    if (it == set.names.end()) {
      std::string hint = did_you_mean(std::string(cell.text), names);
      if (hint.empty()) {
        hint = "columns of a " + std::string(set.list) + " table:";
        for (const auto& n : names)
          hint += " " + n;
      }
      in.error(header.line, cell.column, "unknown column '" + std::string(cell.text) + "'", hint);
      ok = false;
      continue;
    }
    int& slot = position[static_cast<std::size_t>(it - set.names.begin())];
    if (slot >= 0) {
      in.error(header.line, cell.column, "column '" + std::string(cell.text) + "' appears twice");
      ok = false;
    }
    slot = static_cast<int>(j);
  }
  for (const auto required : set.required) {
    const auto c = static_cast<std::size_t>(
        std::find(set.names.begin(), set.names.end(), required) - set.names.begin());
    if (position[c] < 0) {
      in.error(header.line, 1, "missing required column '" + std::string(required) + "'");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return position;
}

/// Records one row's line and cells in the table's SourceMap record, and reports a row whose
/// cells do not match the header.
void record_row(const TableInput& in, const CsvRow& row, std::size_t columns,
                SourceMap::Table& table) {
  table.lines.push_back(row.line);
  for (std::size_t j = 0; j < columns; ++j) {
    if (j >= row.cells.size()) {
      table.cells.push_back(-row.end_column);
    } else {
      const CsvCell& cell = row.cells[j];
      table.cells.push_back(cell.text.empty() ? -cell.column : cell.column);
    }
  }
  if (row.cells.size() != columns) {
    const auto column = row.cells.size() > columns ? row.cells[columns].column : row.end_column;
    in.error(row.line, column,
             "expected " + std::to_string(columns) + " cells, as the header has, got " +
                 std::to_string(row.cells.size()));
  }
}

template <class T, class ReadRow>
void read_table(const Field& key, const ColumnSet& set, std::vector<T>& out, ReadRow read_row,
                SourceMap& positions, const LoadLimits& limits,
                std::vector<std::filesystem::path>& files) {
  auto input = open_table(key, positions, limits);
  if (!input) return;
  files.emplace_back(input->display);
  CsvReader reader(input->text);
  CsvRow header;
  if (!reader.next(header)) {
    if (const auto& p = reader.problem()) {
      input->error(p->line, p->column, p->message, p->hint);
    } else {
      key.error("the table '" + input->display + "' is empty",
                "its first line names the columns: " + std::string(set.required.front()) + ",...");
    }
    return;
  }
  const auto position = read_header(*input, header, set);
  if (!position) return;
  SourceMap::Table record{std::string(set.list), input->display, out.size(), {}, {}, {}, {}};
  for (const CsvCell& cell : header.cells)
    record.columns.emplace_back(cell.text);
  if (set.list == "nodes") record.keys.emplace_back("location", "lat");
  const auto rows =
      static_cast<std::size_t>(std::count(input->text.begin(), input->text.end(), '\n'));
  record.lines.reserve(rows);
  reserve_huge(record.cells, rows * header.cells.size());
  reserve_huge(out, out.size() + rows);
  SourceMap::Table& table = positions.add_table(std::move(record));
  CsvRow row;
  while (reader.next(row)) {
    record_row(*input, row, header.cells.size(), table);
    const std::size_t index = out.size();
    read_row(RowCells(set, index, *position, row, key.diag()), out.emplace_back());
  }
  if (const auto& p = reader.problem()) input->error(p->line, p->column, p->message, p->hint);
}

}  // namespace

void read_tables(const Field& root, model::Scenario& s, SourceMap& positions,
                 const LoadLimits& limits, std::vector<std::filesystem::path>& files) {
  if (const Field nodes = root["nodes_csv"]; nodes.present()) {
    read_table(nodes, node_columns(), s.nodes, read_node_row, positions, limits, files);
  }
  if (const Field links = root["links_csv"]; links.present()) {
    read_table(links, link_columns(), s.links, read_link_row, positions, limits, files);
  }
}

}  // namespace corridor::io::detail
