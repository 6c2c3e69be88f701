#include "io/checker.hpp"

#include <corridor/io/hints.hpp>

#include "io/yaml_reader.hpp"

namespace corridor::io::detail {

using model::Mode;

Checker::Checker(const model::Scenario& s, const SourceMap& where,
                 std::set<std::string, std::less<>> unreadable)
    : s_(s), where_(where), unreadable_(std::move(unreadable)) {
  node_ids_.reserve(s.nodes.size());
  const std::string* country = nullptr;
  for (const auto& n : s.nodes) {
    node_ids_.add(n.id);
    // Nodes of one country usually come together: each run of them is inserted once.
    if (country == nullptr || *country != n.country) countries_.insert(n.country);
    country = &n.country;
  }
  link_ids_.reserve(s.links.size());
  for (const auto& l : s.links)
    link_ids_.add(l.id);
  for (const auto& c : s.cargo)
    cargo_ids_.add(c.id);
  for (const auto& l : s.links)
    countries_.insert(l.transit_countries.begin(), l.transit_countries.end());
}

std::vector<Issue> Checker::run() {
  check_nodes();
  check_links();
  check_cargo();
  check_demand();
  check_line_ids();
  check_checks();
  check_policy(s_.policy);
  check_observations();
  check_emission_factors();
  check_disruptions();
  check_simulation();
  return std::move(issues_);
}

bool Checker::written(const std::string& path) const {
  return where_.entries().empty() || where_.recorded(path);
}

bool Checker::readable(std::string_view path) const {
  for (auto it = unreadable_.lower_bound(path); it != unreadable_.end() && it->starts_with(path);
       ++it) {
    if (it->size() == path.size() || (*it)[path.size()] == '.' || (*it)[path.size()] == '[') {
      return false;
    }
  }
  return true;
}

void Checker::error(const std::string& path, std::string message, std::string hint) {
  if (unreadable_.count(path)) return;  // reported by the parser
  issues_.push_back(Issue{Issue::Severity::error, where_.locate(path), where_.written(path),
                          std::move(message), std::move(hint)});
}

void Checker::warning(const std::string& path, std::string message, std::string hint) {
  if (unreadable_.count(path)) return;
  issues_.push_back(Issue{Issue::Severity::warning, where_.locate(path), where_.written(path),
                          std::move(message), std::move(hint)});
}

void Checker::at_least(const std::string& path, double value, double min, bool strict) {
  if ((strict ? value > min : value >= min) || !written(path)) return;
  error(path,
        std::string("must be ") + (strict ? "> " : ">= ") + number(min) + ", got " + number(value));
}

void Checker::in_range(const std::string& path, std::int64_t value, std::int64_t min,
                       std::int64_t max) {
  if ((value >= min && value <= max) || !written(path)) return;
  error(path, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " +
                  std::to_string(value));
}

std::vector<Issue> Checker::run_overrides(const model::Overrides& overrides) {
  const auto& p = overrides.policy;
  check_policy_numbers(
      {p.alternatives, p.pareto_max_labels, p.max_transshipments, p.max_gauge_changes, p.max_days});
  model::Constraints lists;
  lists.avoid_countries = p.avoid_countries;
  lists.avoid_links = p.avoid_links;
  lists.avoid_nodes = p.avoid_nodes;
  lists.via = p.via;
  check_constraint_lists(lists);
  if (issues_.empty()) check_merged_constraints(model::apply(s_.policy, p), p);
  const auto& simulation = overrides.simulation;
  if (simulation.replications) {
    in_range("simulation.replications", *simulation.replications, 1, model::kMaxReplications);
  }
  if (simulation.threads)
    in_range("simulation.threads", *simulation.threads, 1, model::kMaxThreads);
  if (simulation.routes_per_line) {
    in_range("simulation.routes", *simulation.routes_per_line, 1, model::kMaxAlternatives);
  }
  check_capacity_overrides(overrides);
  if (overrides.od) {
    const auto& od = *overrides.od;
    check_reference("od.from", od.from, node_ids_, "node");
    check_reference("od.to", od.to, node_ids_, "node");
    if (od.from == od.to) error("od.to", "the origin and the destination are the same node");
    if (od.cargo) check_reference("od.cargo", *od.cargo, cargo_ids_, "cargo profile");
  }
  return std::move(issues_);
}

void Checker::check_merged_constraints(const model::Policy& merged,
                                       const model::PolicyOverrides& given) {
  const auto& c = merged.constraints;
  if (!given.via.empty() && c.via.size() > kMaxVia) {
    error("policy.via", "at most " + std::to_string(kMaxVia) + " via nodes with the scenario's " +
                            std::to_string(s_.policy.constraints.via.size()) + ", got " +
                            std::to_string(c.via.size()));
  }
  const auto has = [](const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
  };
  for (const auto& v : c.via) {
    if (!has(c.avoid_nodes, v)) continue;
    if (has(given.via, v) && !has(given.avoid_nodes, v)) {
      error("policy.via", "'" + v + "' is both required and avoided (by the scenario's policy)");
    } else if (has(given.avoid_nodes, v) && !has(given.via, v)) {
      error("policy.avoid_nodes",
            "'" + v + "' is both avoided and required (by the scenario's policy)");
    }
  }
}

void Checker::at_most(const std::string& path, double value, double max, std::string why) {
  if (value <= max || !written(path)) return;
  error(path, "must be <= " + number(max) + ", got " + number(value), std::move(why));
}

void Checker::between(const std::string& path, double value, double min, bool strict, double max,
                      std::string why) {
  const bool low = strict ? !(value > min) : !(value >= min);
  if (low) {
    at_least(path, value, min, strict);
  } else {
    at_most(path, value, max, std::move(why));
  }
}

std::string Checker::number(double v) {
  return number_text(v);
}

void Checker::check_reference(const std::string& path, const std::string& id, const IdSet& known,
                              std::string_view what) {
  if (id.empty()) {
    if (written(path)) error(path, std::string(what) + " id cannot be empty");
    return;
  }
  if (known.contains(id)) return;
  // An id a what-if removed: the fault is at the removal, which the base's user never wrote.
  const std::string list = what == "cargo" ? "cargo" : std::string(what) + "s";
  if (const auto* removal = where_.removal(list, id)) {
    const auto used = where_.locate(path);
    issues_.push_back(Issue{Issue::Severity::error, removal->where, removal->written,
                            std::string(what) + " '" + id + "' is removed, but " +
                                where_.written(path) + " still uses it (" + used.file + ":" +
                                std::to_string(used.line) + ":" + std::to_string(used.column) + ")",
                            "remove or change what uses it too"});
    return;
  }
  error(path, "unknown " + std::string(what) + " '" + id + "'",
        suggest_.did_you_mean(id, known.ordered()));
}

void Checker::check_ids(std::string_view list, const IdSet& ids) {
  for (std::size_t i = 0; i < ids.ids().size(); ++i) {
    const std::string_view id = ids.ids()[i];
    if (id.empty()) {
      if (const std::string path = at(list, i) + ".id"; written(path)) {
        error(path, "an id cannot be empty");
      }
      continue;
    }
    if (!valid_id(id)) {
      error(at(list, i) + ".id",
            "id '" + std::string(id) + "' may only use letters, digits, '_', '-' and '.'");
    }
    if (const std::size_t first = *ids.find(id); first != i) {
      const auto loc = where_.locate(at(list, first) + ".id");
      error(at(list, i) + ".id", "duplicate id '" + std::string(id) + "'",
            "first defined at line " + std::to_string(loc.line));
    }
  }
}

void Checker::check_ids(std::string_view list, const std::vector<std::string>& ids) {
  IdSet set;
  set.reserve(ids.size());
  for (const auto& id : ids)
    set.add(id);
  check_ids(list, set);
}

void Checker::need_source(const std::string& path, const std::string& source,
                          std::string_view what) {
  if (!source.empty()) return;
  warning(path, std::string(what) + " has no source",
          "add source: \"<publication, URL>\" or \"estimate: <reasoning>\"");
}

}  // namespace corridor::io::detail
