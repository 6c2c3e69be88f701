#include "cli/commands.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <spdlog/spdlog.h>

#include <corridor/error.hpp>
#include <corridor/io/hints.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/network/network.hpp>
#include <corridor/report/report.hpp>
#include <corridor/routing/plan.hpp>

#include "cli/common.hpp"

namespace corridor::cli {

io::LoadedScenario load(const Options& options) {
  auto loaded = io::load_scenario(options.scenario);
  for (const auto& w : loaded.warnings)
    spdlog::warn("{}", format_issue(w));
  const auto& s = loaded.scenario;
  spdlog::info("loaded {}: {} nodes, {} links, {} cargo profiles, {} demand lines", s.name,
               s.nodes.size(), s.links.size(), s.cargo.size(), s.demand.size());
  return loaded;
}

namespace {

[[noreturn]] void usage_error(const std::string& message, const std::string& hint = {}) {
  throw Error(hint.empty() ? message : message + "\n  hint: " + hint, ExitCode::invalid_input);
}

void check_ids(const std::vector<std::string>& ids, const std::vector<std::string>& known,
               const std::string& option, const std::string& what) {
  for (const auto& id : ids) {
    if (std::find(known.begin(), known.end(), id) == known.end()) {
      usage_error(option + ": unknown " + what + " '" + id + "'", io::did_you_mean(id, known));
    }
  }
}

}  // namespace

std::string checked_node(const model::Scenario& s, const std::string& id,
                         const std::string& option) {
  std::vector<std::string> known;
  for (const auto& n : s.nodes)
    known.push_back(n.id);
  check_ids({id}, known, option, "node");
  return id;
}

model::Policy effective_policy(const model::Scenario& s, const PolicyOptions& o) {
  model::Policy p = s.policy;
  auto& c = p.constraints;
  if (o.objective) {
    auto obj = model::parse_objective(*o.objective);
    if (!obj) {
      usage_error("--objective: unknown objective '" + *o.objective + "'",
                  "objectives are cost, time, co2, generalized");
    }
    p.objective = *obj;
  }
  if (o.alternatives) {
    if (*o.alternatives < 1 || *o.alternatives > model::kMaxAlternatives) {
      usage_error("--alternatives: must be between 1 and " +
                  std::to_string(model::kMaxAlternatives) + ", got " +
                  std::to_string(*o.alternatives));
    }
    p.alternatives = *o.alternatives;
  }
  p.pareto = p.pareto || o.pareto;
  if (o.no_avoid) {
    c.avoid_countries.clear();
    c.avoid_modes.clear();
    c.avoid_links.clear();
    c.avoid_nodes.clear();
  }
  for (const auto& code : o.avoid_countries) {
    if (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
        !std::isupper(static_cast<unsigned char>(code[1]))) {
      usage_error("--avoid-country: '" + code + "' is not an ISO 3166-1 alpha-2 code",
                  "two capital letters, e.g. RU");
    }
    c.avoid_countries.push_back(code);
  }
  for (const auto& name : o.avoid_modes) {
    auto m = model::parse_mode(name);
    if (!m)
      usage_error("--avoid-mode: unknown mode '" + name + "'", "modes are rail, road, sea, ferry");
    c.avoid_modes.push_back(*m);
  }
  std::vector<std::string> node_ids;
  for (const auto& n : s.nodes)
    node_ids.push_back(n.id);
  std::vector<std::string> link_ids;
  for (const auto& l : s.links)
    link_ids.push_back(l.id);
  check_ids(o.avoid_links, link_ids, "--avoid-link", "link");
  check_ids(o.avoid_nodes, node_ids, "--avoid-node", "node");
  check_ids(o.via, node_ids, "--via", "node");
  c.avoid_links.insert(c.avoid_links.end(), o.avoid_links.begin(), o.avoid_links.end());
  c.avoid_nodes.insert(c.avoid_nodes.end(), o.avoid_nodes.begin(), o.avoid_nodes.end());
  c.via.insert(c.via.end(), o.via.begin(), o.via.end());
  if (c.via.size() > model::kMaxVia) {
    usage_error("--via: at most " + std::to_string(model::kMaxVia) + " via nodes");
  }
  for (const auto& v : c.via) {
    if (std::find(c.avoid_nodes.begin(), c.avoid_nodes.end(), v) != c.avoid_nodes.end()) {
      usage_error("'" + v + "' is both required (--via) and avoided");
    }
  }
  if (o.max_transshipments) {
    if (*o.max_transshipments < 0) usage_error("--max-transshipments: cannot be negative");
    c.max_transshipments = o.max_transshipments;
  }
  if (o.max_gauge_changes) {
    if (*o.max_gauge_changes < 0) usage_error("--max-gauge-changes: cannot be negative");
    c.max_gauge_changes = o.max_gauge_changes;
  }
  return p;
}

report::Format output_format(const OutputOptions& o) {
  if (o.format) {
    auto f = report::parse_format(*o.format);
    if (!f)
      usage_error("--format: unknown format '" + *o.format + "'",
                  "formats are text, md, json, csv");
    return *f;
  }
  if (o.path) {
    const auto ext = std::filesystem::path(*o.path).extension().string();
    if (ext == ".json") return report::Format::json;
    if (ext == ".md") return report::Format::md;
    if (ext == ".csv") return report::Format::csv;
  }
  return report::Format::text;
}

void emit(const std::string& bytes, const OutputOptions& o) {
  if (!o.path) {
    std::cout << bytes << std::flush;
    if (!std::cout) throw IoError("cannot write to standard output", ExitCode::output_failed);
    return;
  }
  // Write beside the target, then rename: a reader never sees half a report.
  const std::filesystem::path target(*o.path);
  std::filesystem::path temp = target;
  temp += ".partial";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw IoError("cannot write report '" + target.string() + "': " + std::strerror(errno),
                    ExitCode::output_failed);
    }
    out << bytes;
    out.close();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      throw IoError("cannot write report '" + target.string() + "'", ExitCode::output_failed);
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw IoError("cannot write report '" + target.string() + "'", ExitCode::output_failed);
  }
  spdlog::info("wrote {}", target.string());
}

namespace {
std::string count(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
}  // namespace

int run_validate(const Options& options) {
  const auto loaded = load(options);
  const auto& s = loaded.scenario;
  std::cout << "ok: " << options.scenario << ": scenario '" << s.name << "', "
            << count(s.nodes.size(), "node", "nodes") << ", "
            << count(s.links.size(), "link", "links") << ", "
            << count(s.cargo.size(), "cargo profile", "cargo profiles") << ", "
            << count(s.demand.size(), "demand line", "demand lines");
  if (!loaded.warnings.empty()) {
    std::cout << ", " << count(loaded.warnings.size(), "warning", "warnings");
  }
  std::cout << '\n';
  return 0;
}

int run_plan(const Options& options) {
  const auto loaded = load(options);
  const auto policy = effective_policy(loaded.scenario, options.policy);
  const auto format = output_format(options.output);
  const network::Network net(loaded.scenario);
  spdlog::info("virtual network: {} vertices, {} edges", net.vertex_count(), net.edge_count());
  const auto result = routing::plan(net, policy);
  std::ostringstream out;
  report::write(result, format, out);
  emit(out.str(), options.output);
  return 0;
}

int run_routes(const Options& options) {
  const auto loaded = load(options);
  const auto& s = loaded.scenario;
  const auto policy = effective_policy(s, options.policy);
  const auto format = output_format(options.output);
  model::Demand demand;
  demand.from = checked_node(s, options.from, "--from");
  demand.to = checked_node(s, options.to, "--to");
  if (demand.from == demand.to) usage_error("--from and --to name the same node");
  if (options.cargo) {
    std::vector<std::string> known;
    for (const auto& c : s.cargo)
      known.push_back(c.id);
    check_ids({*options.cargo}, known, "--cargo", "cargo profile");
    demand.cargo = *options.cargo;
  } else {
    // The cargo of a matching demand line, else the first profile.
    demand.cargo = s.cargo.front().id;
    for (const auto& d : s.demand) {
      if (d.from == demand.from && d.to == demand.to) {
        demand = d;
        break;
      }
    }
  }
  const network::Network net(s);
  const auto result = routing::plan(net, policy, {demand});
  std::ostringstream out;
  report::write(result, format, out);
  emit(out.str(), options.output);
  return 0;
}

}  // namespace corridor::cli
