#include "closure_delay.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include <corridor/model/units.hpp>
#include <corridor/sim/monte_carlo.hpp>
#include <corridor/sim/parallel.hpp>

namespace corridor::engine::detail {

namespace {

/// The shortest text that reads back as `v`.
std::string shortest(double v) {
  std::array<char, 32> buffer{};
  const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v).ptr;
  return {buffer.data(), end};
}

/// `v` with one decimal.
std::string one_decimal(double v) {
  std::array<char, 64> buffer{};
  const auto end =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), v, std::chars_format::fixed, 1)
          .ptr;
  return {buffer.data(), end};
}

Issue simulate_error(std::string message, std::string hint) {
  return Issue{Issue::Severity::error, {}, "--simulate", std::move(message), std::move(hint)};
}

std::string element_id(const model::Scenario& scenario, const model::Element& e) {
  return e.kind == model::Element::Kind::node ? scenario.nodes[e.index].id
                                              : scenario.links[e.index].id;
}

/// One closure window of `c.hours` from `c.from_hours` on every element of `closed`, added to
/// the scenario's own disruptions (last, so theirs keep their indices and their draws).
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

/// Line `od`'s best route as the closures are simulated on it: ending with a stop at the
/// destination. A route has one only where the destination has a dwell or a disruption of the
/// scenario names it, and a closed node holds a shipment at a stop there or at a leg leaving
/// it: without the stop, a closure of the destination would delay nothing. The stop takes no
/// time and draws nothing, so the journeys without a closure are the same, bit for bit.
model::Route simulated_route(const model::OdResult& od) {
  model::Route route = od.routes.front();
  if (route.steps.empty()) return route;
  const model::Step& last = route.steps.back();
  if (last.is_stop()) return route;
  model::Step stop;
  stop.kind = model::Step::Kind::dwell;
  stop.from = stop.to = last.to;
  stop.from_port = stop.to_port = last.to_port;
  route.steps.push_back(stop);
  return route;
}

/// The mean transit hours of `route`, the best route of line `od`, on `scenario`, one thread.
double mean_hours(const model::Scenario& scenario, const model::OdResult& od,
                  const model::Route& route, const sim::MonteCarloOptions& base) {
  sim::MonteCarloOptions mc = base;
  mc.threads = 1;
  mc.ready = od.demand.ready;
  const auto& cargo = *scenario.find_cargo(od.demand.cargo);
  const auto sim = sim::simulate_route(scenario, route, cargo, std::nullopt, mc);
  return sim.days.mean * model::kHoursPerDay;
}

/// Where `route` first meets an element of `closed`, at the route's expected hours (timetable
/// waits included): the start of its first step at a closed node (a stop there, or a leg
/// leaving it) or on a closed link. The whole route's hours when it meets none. O(steps).
std::pair<double, const model::Element*> first_met(const model::Route& route,
                                                   std::span<const model::Element> closed) {
  double hours = 0.0;
  for (const auto& step : route.steps) {
    for (const auto& e : closed) {
      const bool meets = e.kind == model::Element::Kind::node
                             ? step.from == e.node()
                             : step.kind == model::Step::Kind::leg && step.link == e.link();
      if (meets) return {hours, &e};
    }
    hours += step.hours().value();
  }
  return {hours, nullptr};
}

/// A shipment ready at hour r meets an element `reach` hours later: the closure, from hour
/// c.from_hours, holds shipments ready from c.from_hours - reach on. Those must all be in the
/// departure window, or the delay they suffer is left out. Refuses the run (ValidationError)
/// for the affected line that reaches a closed element latest, when it is too late.
void check_reach(const model::Scenario& scenario, const model::CriticalityRun& run,
                 const std::vector<model::Route>& routes, const model::ClosureSimulation& c) {
  double latest = 0.0;
  const model::Element* element = nullptr;
  const model::OdResult* line = nullptr;
  for (const auto* set : {&run.ranking, &run.pairs}) {
    for (const auto& impact : *set) {
      for (const auto& li : impact.lines) {
        const auto [hours, e] = first_met(routes[li.line], impact.closed);
        if (e != nullptr && hours > latest) {
          latest = hours;
          element = e;
          line = &run.base.results[li.line];
        }
      }
    }
  }
  if (!(latest > c.from_hours)) return;
  // What would do, rounded to a tenth away from the limit so that it does.
  const double window_hours = c.departure_window_days * model::kHoursPerDay;
  const double fewest_days =
      std::ceil((2.0 * latest + c.hours) / model::kHoursPerDay * 10.0) / 10.0;
  const double longest = std::floor((window_hours - 2.0 * latest) * 10.0) / 10.0;
  std::string hint = "the closure is centred in simulation.departure_window_days (" +
                     shortest(c.departure_window_days) + " days); this line needs at least " +
                     one_decimal(fewest_days) + " days";
  if (longest > 0.0) hint += ", or a closure of at most " + one_decimal(longest) + " h";
  throw ValidationError(
      "", {simulate_error("a closure from hour " + shortest(c.from_hours) +
                              " would also hold shipments ready before the departure window: " +
                              line->demand.from + " \u2192 " + line->demand.to + " reaches " +
                              element_id(scenario, *element) + " " + one_decimal(latest) +
                              " h after leaving (expected)",
                          std::move(hint))});
}

/// Turns the simulated means in `run` (closure_delay_hours holds the mean with the closure)
/// into delays and TEU-days, given each line's mean without it (`open`).
void fill_delays(const std::vector<double>& open, const model::ClosureSimulation& c,
                 model::CriticalityRun& run) {
  const auto& lines = run.base.results;
  for (auto* set : {&run.ranking, &run.pairs}) {
    for (auto& impact : *set) {
      std::optional<double> total = 0.0;
      for (auto& li : impact.lines) {
        const double closed = *li.closure_delay_hours;
        li.closure_delay_hours.reset();
        if (std::isfinite(closed) && std::isfinite(open[li.line])) {
          const double delay = closed - open[li.line];
          li.closure_delay_hours = delay;
          li.closure_teu_days = lines[li.line].demand.teu_per_week / 7.0 * c.departure_window_days *
                                delay / model::kHoursPerDay;
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
}

}  // namespace

void check_closure_hours(const model::Scenario& scenario, double hours,
                         std::vector<Issue>& issues) {
  const double most = scenario.simulation.departure_window_days * model::kHoursPerDay / 2.0;
  if (!(hours > 0.0) || !(hours <= most)) {
    issues.push_back(
        simulate_error("a closure must last more than 0 and at most half the departure window (" +
                           shortest(most) + " h), got " + shortest(hours),
                       "the departure window is simulation.departure_window_days of the scenario"));
  }
}

void simulate_closures(const model::Scenario& scenario, const Prepared& prepared, double hours,
                       model::CriticalityRun& run) {
  model::ClosureSimulation c;
  c.hours = hours;
  c.departure_window_days = scenario.simulation.departure_window_days;
  c.from_hours = (c.departure_window_days * model::kHoursPerDay - hours) / 2.0;
  const sim::MonteCarloOptions mc = sim::options_from(prepared.simulation);
  c.replications = mc.replications;
  c.seed = mc.seed;
  const auto& lines = run.base.results;
  std::vector<model::Route> routes(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].routes.empty()) routes[i] = simulated_route(lines[i]);
  }
  check_reach(scenario, run, routes, c);

  std::vector<double> open(lines.size(), 0.0);
  std::vector<std::pair<const model::ElementImpact*, model::LineImpact*>> jobs;
  for (auto* set : {&run.ranking, &run.pairs}) {
    for (auto& impact : *set) {
      for (auto& li : impact.lines)
        jobs.emplace_back(&impact, &li);
    }
  }
  // Job i < lines.size(): line i without the closure; the others: one line with one closure.
  const std::size_t work = lines.size() + jobs.size();
  sim::ProgressMeter meter(nullptr, work);
  sim::run_chunks(
      work, sim::thread_count(prepared.threads, work),
      [&](unsigned, std::size_t i) {
        if (i < lines.size()) {
          if (!lines[i].routes.empty()) open[i] = mean_hours(scenario, lines[i], routes[i], mc);
          return;
        }
        auto& [impact, li] = jobs[i - lines.size()];
        li->closure_delay_hours = mean_hours(with_closure(scenario, impact->closed, c),
                                             lines[li->line], routes[li->line], mc);
      },
      meter);
  fill_delays(open, c, run);
  run.closure = c;
}

}  // namespace corridor::engine::detail
