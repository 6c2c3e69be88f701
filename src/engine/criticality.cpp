#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

#include <corridor/criticality/criticality.hpp>
#include <corridor/engine/criticality.hpp>
#include <corridor/io/hints.hpp>
#include <corridor/model/limits.hpp>
#include <corridor/model/units.hpp>
#include <corridor/network/network.hpp>
#include <corridor/sim/monte_carlo.hpp>
#include <corridor/sim/parallel.hpp>

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

/// The shortest text that reads back as `v`.
std::string shortest(double v) {
  std::array<char, 32> buffer{};
  const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v).ptr;
  return {buffer.data(), end};
}

/// One closure window of `c.hours` from `c.from_hours` on every element of `closed`, added to
/// the scenario's own disruptions.
model::Scenario with_closure(const model::Scenario& scenario,
                             std::span<const model::Element> closed,
                             const model::ClosureSimulation& c) {
  model::Scenario out = scenario;
  model::Disruption d;
  d.id = "closure";
  for (const auto& e : closed) {
    if (e.kind == model::Element::Kind::node) {
      d.nodes.push_back(scenario.nodes[e.index].id);
    } else {
      d.links.push_back(scenario.links[e.index].id);
    }
  }
  d.windows.push_back({c.from_hours, c.from_hours + c.hours});
  d.source = "corridor criticality --simulate";
  out.disruptions.push_back(std::move(d));
  return out;
}

/// The mean transit hours of line `od`'s best route on `scenario`, one thread.
double mean_hours(const model::Scenario& scenario, const model::OdResult& od,
                  const sim::MonteCarloOptions& base) {
  sim::MonteCarloOptions mc = base;
  mc.threads = 1;
  mc.ready = od.demand.ready;
  const auto& cargo = *scenario.find_cargo(od.demand.cargo);
  const auto sim = sim::simulate_route(scenario, od.routes.front(), cargo, std::nullopt, mc);
  return sim.days.mean * model::kHoursPerDay;
}

/// Fills the closure delays of every line of every impact in `run` (see ClosureSimulation):
/// one simulation per routed line without the closure, one per (closure, affected line) with
/// it, spread over `threads` threads; the result does not depend on the thread count.
void simulate_closures(const model::Scenario& scenario, const Prepared& prepared, double hours,
                       model::CriticalityRun& run) {
  model::ClosureSimulation c;
  c.hours = hours;
  c.departure_window_days = scenario.simulation.departure_window_days;
  c.from_hours = (c.departure_window_days * model::kHoursPerDay - hours) / 2.0;
  sim::MonteCarloOptions mc = sim::options_from(prepared.simulation);
  c.replications = mc.replications;
  c.seed = mc.seed;

  const auto& lines = run.base.results;
  std::vector<double> base(lines.size(), 0.0);
  std::vector<std::pair<model::ElementImpact*, model::LineImpact*>> jobs;
  for (auto* set : {&run.ranking, &run.pairs}) {
    for (auto& impact : *set) {
      for (auto& li : impact.lines)
        jobs.emplace_back(&impact, &li);
    }
  }
  const std::size_t work = lines.size() + jobs.size();
  sim::ProgressMeter meter(nullptr, work);
  sim::run_chunks(
      work, sim::thread_count(prepared.threads, work),
      [&](unsigned, std::size_t i) {
        if (i < lines.size()) {
          if (!lines[i].routes.empty()) base[i] = mean_hours(scenario, lines[i], mc);
          return;
        }
        auto& [impact, li] = jobs[i - lines.size()];
        li->closure_delay_hours =
            mean_hours(with_closure(scenario, impact->closed, c), lines[li->line], mc);
      },
      meter);
  // Differences once every base mean is known; sums in the impacts' own line order.
  for (auto* set : {&run.ranking, &run.pairs}) {
    for (auto& impact : *set) {
      std::optional<double> total = 0.0;
      for (auto& li : impact.lines) {
        const double closed = *li.closure_delay_hours;
        const double open = base[li.line];
        li.closure_delay_hours.reset();
        if (std::isfinite(closed) && std::isfinite(open)) {
          li.closure_delay_hours = closed - open;
          li.closure_teu_days = lines[li.line].demand.teu_per_week / 7.0 * c.departure_window_days *
                                (closed - open) / model::kHoursPerDay;
        }
        if (total && li.closure_teu_days) {
          *total += *li.closure_teu_days;
        } else {
          total.reset();
        }
      }
      impact.closure_teu_days = total;
    }
  }
  run.closure = c;
}

/// The closure duration must fit twice in the departure window, so that the closure sits in
/// its middle with departures before and after it.
void check_closure_hours(const model::Scenario& scenario, double hours,
                         std::vector<Issue>& issues) {
  const double most = scenario.simulation.departure_window_days * model::kHoursPerDay / 2.0;
  if (!(hours > 0.0) || !(hours <= most)) {
    issues.push_back(
        option_error("--simulate",
                     "a closure must last more than 0 and at most half the departure window (" +
                         shortest(most) + " h), got " + shortest(hours),
                     "the departure window is simulation.departure_window_days of the scenario"));
  }
}

}  // namespace

model::CriticalityRun criticality(const model::Scenario& scenario, const Prepared& prepared,
                                  const CriticalityRequest& request) {
  std::vector<Issue> issues;
  criticality::Options options;
  options.selection = selection_of(scenario, request, issues);
  const auto demand = lines_to(prepared.demand, request.to, issues);
  if (request.closure_hours) check_closure_hours(scenario, *request.closure_hours, issues);
  if (!issues.empty()) throw ValidationError("", std::move(issues));
  options.pair_top = request.pair_top;
  options.threads = prepared.threads;
  options.distribute = request.distribute;
  const network::Network net(scenario);
  model::CriticalityRun run = criticality::analyse(net, prepared.policy, demand, options);
  if (request.closure_hours) simulate_closures(scenario, prepared, *request.closure_hours, run);
  return run;
}

}  // namespace corridor::engine
