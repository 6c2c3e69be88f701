#include "io/checker.hpp"

#include <corridor/io/hints.hpp>
#include <corridor/io/validate.hpp>

namespace corridor::io::detail {

using model::Mode;

Checker::Checker(const model::Scenario& s, const SourceMap& where) : s_(s), where_(where) {
  for (const auto& n : s.nodes)
    node_ids_.add(n.id);
  for (const auto& l : s.links)
    link_ids_.add(l.id);
  for (const auto& c : s.cargo)
    cargo_ids_.add(c.id);
  for (std::size_t i = 0; i < s.nodes.size(); ++i)
    node_index_.emplace(s.nodes[i].id, i);
  for (const auto& n : s.nodes)
    countries_.insert(n.country);
  for (const auto& l : s.links)
    countries_.insert(l.transit_countries.begin(), l.transit_countries.end());
}

std::vector<Issue> Checker::run() {
  check_nodes();
  check_links();
  check_cargo();
  check_demand();
  check_policy();
  check_emission_factors();
  check_disruptions();
  check_simulation();
  return std::move(issues_);
}

bool Checker::written(const std::string& path) const {
  return where_.entries().empty() || where_.entries().count(path) > 0;
}

void Checker::error(const std::string& path, std::string message, std::string hint) {
  issues_.push_back(Issue{Issue::Severity::error, where_.locate(path), where_.written(path),
                          std::move(message), std::move(hint)});
}

void Checker::warning(const std::string& path, std::string message, std::string hint) {
  issues_.push_back(Issue{Issue::Severity::warning, where_.locate(path), where_.written(path),
                          std::move(message), std::move(hint)});
}

void Checker::at_least(const std::string& path, double value, double min, bool strict) {
  if (!written(path)) return;
  if (strict ? value > min : value >= min) return;
  error(path,
        std::string("must be ") + (strict ? "> " : ">= ") + number(min) + ", got " + number(value));
}

std::string Checker::number(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

void Checker::check_reference(const std::string& path, const std::string& id, const IdSet& known,
                              std::string_view what) {
  if (id.empty() || known.contains(id)) return;
  error(path, "unknown " + std::string(what) + " '" + id + "'", did_you_mean(id, known.ordered));
}

void Checker::check_ids(std::string_view list, const std::vector<std::string>& ids) {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string path = at(list, i) + ".id";
    if (ids[i].empty()) continue;
    if (!valid_id(ids[i])) {
      error(path, "id '" + ids[i] + "' may only use letters, digits, '_', '-' and '.'");
    }
    auto [it, inserted] = first.emplace(ids[i], i);
    if (!inserted) {
      const auto loc = where_.locate(at(list, it->second) + ".id");
      error(path, "duplicate id '" + ids[i] + "'",
            "first defined at line " + std::to_string(loc.line));
    }
  }
}

void Checker::need_source(const std::string& path, const std::string& source,
                          std::string_view what) {
  if (!source.empty()) return;
  warning(path, std::string(what) + " has no source",
          "add source: \"<publication, URL>\" or \"estimate: <reasoning>\"");
}

}  // namespace corridor::io::detail

namespace corridor::io {

std::vector<Issue> validate(const model::Scenario& scenario, const SourceMap& where) {
  return detail::Checker(scenario, where).run();
}

}  // namespace corridor::io
