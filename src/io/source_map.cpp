#include <corridor/io/load_scenario.hpp>

namespace corridor::io {

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

SourceLocation SourceMap::locate(std::string_view path) const {
  const auto* hit = nearest(path);
  return hit ? hit->second.where : SourceLocation{file_, 0, 0};
}

std::string SourceMap::written(std::string_view path) const {
  const auto* hit = nearest(path);
  if (!hit) return std::string(path);
  return hit->second.written + std::string(path.substr(hit->first.size()));
}

}  // namespace corridor::io
