#include <algorithm>

#include <corridor/criticality/criticality.hpp>
#include <corridor/engine/criticality.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/io/hints.hpp>
#include <corridor/network/network.hpp>
#include <corridor/version.hpp>

#include "closure_delay.hpp"

namespace corridor::engine {

namespace {

Issue option_error(std::string option, std::string message, std::string hint) {
  return Issue{Issue::Severity::error, {}, std::move(option), std::move(message), std::move(hint)};
}

std::string kind_hint() {
  std::string out = "kinds are";
  for (auto k : model::kAllNodeKinds)
    out += " " + std::string(model::to_string(k)) + ",";
  for (auto m : model::kAllModes)
    out += " " + std::string(model::to_string(m)) + ",";
  out.pop_back();
  return out + " (node kinds, or link modes)";
}

/// The typed selection of a request; every unknown name becomes an issue.
criticality::Selection selection_of(const model::Scenario& sc, const CriticalityRequest& r,
                                    std::vector<Issue>& issues) {
  criticality::Selection s;
  s.ends = r.ends;
  std::vector<std::string> node_ids;
  std::vector<std::string> link_ids;
  std::vector<std::string> countries;
  for (const auto& n : sc.nodes) {
    node_ids.push_back(n.id);
    countries.push_back(n.country);
  }
  for (const auto& l : sc.links)
    link_ids.push_back(l.id);
  for (const auto& id : r.nodes) {
    if (auto n = sc.node_index(id)) {
      s.nodes.push_back(model::NodeId::at(*n));
    } else {
      issues.push_back(
          option_error("--nodes", "unknown node '" + id + "'", io::did_you_mean(id, node_ids)));
    }
  }
  for (const auto& id : r.links) {
    const auto it = std::find(link_ids.begin(), link_ids.end(), id);
    if (it != link_ids.end()) {
      s.links.push_back(model::LinkId::at(static_cast<std::size_t>(it - link_ids.begin())));
    } else {
      issues.push_back(
          option_error("--links", "unknown link '" + id + "'", io::did_you_mean(id, link_ids)));
    }
  }
  for (const auto& name : r.kinds) {
    if (auto kind = model::parse_node_kind(name)) {
      s.kinds.push_back(*kind);
    } else if (auto mode = model::parse_mode(name)) {
      s.modes.push_back(*mode);
    } else {
      issues.push_back(option_error("--kinds", "unknown kind '" + name + "'", kind_hint()));
    }
  }
  for (const auto& c : r.countries) {
    const bool known = std::find(countries.begin(), countries.end(), c) != countries.end();
    if (!known) {
      issues.push_back(option_error("--countries", "no node is in country '" + c + "'",
                                    io::did_you_mean(c, countries)));
    }
    s.countries.push_back(c);
  }
  return s;
}

/// The demand lines to one of `to` (all when empty); an id no line ends at is an issue.
std::vector<model::Demand> lines_to(const std::vector<model::Demand>& demand,
                                    const std::vector<std::string>& to,
                                    std::vector<Issue>& issues) {
  if (to.empty()) return demand;
  std::vector<model::Demand> out;
  std::vector<std::string> destinations;
  for (const auto& d : demand) {
    if (std::find(destinations.begin(), destinations.end(), d.to) == destinations.end()) {
      destinations.push_back(d.to);
    }
    if (std::find(to.begin(), to.end(), d.to) != to.end()) out.push_back(d);
  }
  for (const auto& id : to) {
    if (std::find(destinations.begin(), destinations.end(), id) == destinations.end()) {
      issues.push_back(option_error("--to", "no demand line ends at '" + id + "'",
                                    io::did_you_mean(id, destinations)));
    }
  }
  return out;
}

}  // namespace

model::CriticalityRun criticality(const model::Scenario& scenario, const Prepared& prepared,
                                  const CriticalityRequest& request) {
  std::vector<Issue> issues;
  criticality::Options options;
  options.selection = selection_of(scenario, request, issues);
  const auto demand = lines_to(prepared.demand, request.to, issues);
  if (request.closure_length) {
    detail::check_closure_length(scenario, *request.closure_length, issues);
  }
  if (!issues.empty()) throw ValidationError("", std::move(issues));
  options.pair_top = request.pair_top;
  options.threads = prepared.threads;
  options.distribute = request.distribute;
  const network::Network net(scenario);
  auto run = criticality::analyse(net, prepared.policy, demand, options);
  if (request.closure_length) {
    detail::simulate_closures(scenario, prepared, *request.closure_length, request.closure_start,
                              run);
  }
  // The network priced and with the policy's closures, and what produced the result, for the
  // reports that draw and print them (HTML, GeoJSON).
  run.base.network = network_view(scenario, prepared.policy.constraints);
  run.base.provenance = model::Provenance{std::string(kVersion), "", model::citations_of(scenario)};
  return run;
}

}  // namespace corridor::engine
