#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdlib>
#include <mutex>

#include <corridor/io/load_scenario.hpp>

#include "io/scenario_codec.hpp"

namespace corridor::io {

/// The file to read the deferred lists' positions from, and their map once read.
struct SourceMap::Deferred {
  std::filesystem::path scenario;
  std::uint64_t max_file_bytes = 0;
  std::once_flag once;
  std::optional<SourceMap> full;  ///< empty until loaded, and when the file no longer loads
  std::atomic<bool> loaded = false;
};

void SourceMap::defer_lists(std::filesystem::path scenario, std::uint64_t max_file_bytes) {
  deferred_ = std::make_shared<Deferred>();
  deferred_->scenario = std::move(scenario);
  deferred_->max_file_bytes = max_file_bytes;
}

bool SourceMap::deferred() const {
  return deferred_ && !deferred_->loaded;
}

const SourceMap* SourceMap::full_map(std::string_view path) const {
  if (!deferred_ || !detail::deferred_path(path)) return nullptr;
  Deferred& d = *deferred_;
  std::call_once(d.once, [&d] {
    LoadLimits limits;
    limits.max_file_bytes = d.max_file_bytes;
    try {
      d.full = load_scenario(d.scenario, limits).source_map;
    } catch (const Error&) {
      // Changed since it was cached and no longer valid: the lists are located as a whole.
    }
    d.loaded = true;
  });
  return d.full ? &*d.full : nullptr;
}

void SourceMap::add(const std::string& path, const std::string& file, int line, int column) {
  positions_[path] = Entry{SourceLocation{file, line, column}, path};
}

void SourceMap::add_named(const std::string& path, std::string name) {
  positions_[path] = Entry{SourceLocation{}, std::move(name)};
}

const std::pair<const std::string, SourceMap::Entry>* SourceMap::nearest(
    std::string_view path) const {
  std::string_view p = path;
  while (!p.empty()) {
    if (auto it = positions_.find(p); it != positions_.end()) return &*it;
    // Drop the last component: ".key" or "[i]".
    const auto cut = p.find_last_of(".[");
    if (cut == std::string_view::npos) break;
    p = p.substr(0, cut);
  }
  return nullptr;
}

void SourceMap::add_removal(const std::string& list, const std::string& id, Entry where) {
  removals_[list + "/" + id] = std::move(where);
}

const SourceMap::Entry* SourceMap::removal(std::string_view list, std::string_view id) const {
  const auto it = removals_.find(std::string(list) + "/" + std::string(id));
  return it == removals_.end() ? nullptr : &it->second;
}

std::optional<SourceMap::Cell> SourceMap::table_cell(std::string_view path) const {
  if (tables_.empty()) return std::nullopt;
  const auto open = path.find('[');
  const auto close = path.find(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return std::nullopt;
  }
  const std::string_view list = path.substr(0, open);
  std::size_t index = 0;
  const char* first = path.data() + open + 1;
  const char* last = path.data() + close;
  if (auto [end, ec] = std::from_chars(first, last, index); ec != std::errc() || end != last) {
    return std::nullopt;
  }
  for (const Table& t : tables_) {
    if (t.list != list || index < t.first || index - t.first >= t.lines.size()) continue;
    Cell cell{&t, index - t.first, std::string::npos, path.substr(close + 1)};
    if (cell.rest.starts_with('.')) cell.rest.remove_prefix(1);
    // The key is the rest up to a list index: "transit_countries[1]" is in transit_countries.
    std::string_view key = cell.rest.substr(0, cell.rest.find('['));
    for (const auto& [yaml_key, column] : t.keys) {
      if (yaml_key == key) key = column;
    }
    const auto it = std::find(t.columns.begin(), t.columns.end(), key);
    if (!key.empty() && it != t.columns.end()) {
      cell.column = static_cast<std::size_t>(it - t.columns.begin());
    }
    return cell;
  }
  return std::nullopt;
}

bool SourceMap::recorded(std::string_view path) const {
  if (const SourceMap* full = full_map(path)) return full->recorded(path);
  if (positions_.find(path) != positions_.end()) return true;
  const auto cell = table_cell(path);
  if (!cell) return false;
  if (cell->rest.empty()) return true;
  return cell->column != std::string::npos &&
         cell->table->cells[cell->row * cell->table->columns.size() + cell->column] > 0;
}

SourceLocation SourceMap::locate(std::string_view path) const {
  if (const SourceMap* full = full_map(path)) return full->locate(path);
  if (const auto cell = table_cell(path)) {
    const Table& t = *cell->table;
    int column = 1;
    if (cell->column != std::string::npos) {
      column = std::max(1, std::abs(t.cells[cell->row * t.columns.size() + cell->column]));
    }
    return SourceLocation{t.file, t.lines[cell->row], column};
  }
  const auto* hit = nearest(path);
  return hit ? hit->second.where : SourceLocation{file_, 0, 0};
}

std::string SourceMap::written(std::string_view path) const {
  if (const SourceMap* full = full_map(path)) return full->written(path);
  if (const auto cell = table_cell(path)) {
    // As the table spells it: the column, with what follows the key ("lat" for "location").
    if (cell->column == std::string::npos) return std::string(cell->rest);
    const auto key_end = std::min(cell->rest.find('['), cell->rest.size());
    return cell->table->columns[cell->column] + std::string(cell->rest.substr(key_end));
  }
  const auto* hit = nearest(path);
  if (!hit) return std::string(path);
  return hit->second.written + std::string(path.substr(hit->first.size()));
}

}  // namespace corridor::io
