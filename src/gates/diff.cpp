#include <map>
#include <string>

#include <corridor/gates/diff.hpp>

namespace corridor::gates {

namespace {

using model::InputChange;

/// Whether `path` lies under the item `item` ("links.A.to" under "links.A").
bool under(const std::string& path, const std::string& item) {
  return !item.empty() && path.size() > item.size() && path.starts_with(item) &&
         (path[item.size()] == '.' || path[item.size()] == '[');
}

std::map<std::string, const io::Setting*, std::less<>> index(const io::Settings& settings) {
  std::map<std::string, const io::Setting*, std::less<>> out;
  for (const auto& s : settings)
    out.emplace(s.path, &s);
  return out;
}

/// The changes of `from` that `to` lacks (removed when from is the base, else added).
void missing(const io::Settings& from,
             const std::map<std::string, const io::Setting*, std::less<>>& to,
             InputChange::Kind kind, std::vector<InputChange>& out) {
  std::string gone_item;  // an item `to` lacks: its fields are not listed one by one
  for (const auto& s : from) {
    if (under(s.path, gone_item)) continue;
    if (to.count(s.path)) continue;
    if (s.item) gone_item = s.path;
    InputChange c{kind, s.path, "", ""};
    if (!s.item) (kind == InputChange::Kind::removed ? c.before : c.after) = s.value;
    out.push_back(std::move(c));
  }
}

}  // namespace

std::vector<InputChange> diff(const io::Settings& base, const io::Settings& variant) {
  const auto in_base = index(base);
  const auto in_variant = index(variant);
  std::vector<InputChange> out;
  missing(base, in_variant, InputChange::Kind::removed, out);
  for (const auto& v : variant) {
    const auto it = in_base.find(v.path);
    if (it == in_base.end() || v.item) continue;
    if (it->second->value != v.value) {
      out.push_back({InputChange::Kind::changed, v.path, it->second->value, v.value});
    }
  }
  missing(variant, in_base, InputChange::Kind::added, out);
  return out;
}

}  // namespace corridor::gates
