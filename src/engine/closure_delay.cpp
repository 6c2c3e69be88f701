#include "closure_delay.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <variant>

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

/// The quantile a closure of unbounded length (a log-normal) is refused by, and its draws are
/// cut at half the window beyond: the one closures of the scenario's disruptions look back to.
constexpr double kLongestQuantile = 1.0 - 1e-9;

/// Whether `length` has no largest value (a log-normal).
bool unbounded(const model::Distribution& length) {
  return std::holds_alternative<model::LogNormal>(length.variant());
}

/// The largest value of `length`; a log-normal's 1 - 1e-9 quantile.
double longest_of(const model::Distribution& length) {
  return unbounded(length) ? length.quantile(kLongestQuantile) : length.quantile(1.0);
}

/// One closure on every element of `closed`, added to the scenario's own disruptions (last, so
/// theirs keep their indices and their draws). A closure of fixed length in the middle is one
/// window; any other a window drawn per journey, in the middle half of the departure window.
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
  if (c.start == model::ClosureStart::middle && c.length.is_fixed()) {
    d.windows.push_back({c.from_hours, c.from_hours + c.hours});
  } else {
    const double window = c.departure_window_days * model::kHoursPerDay;
    model::Disruption::DrawnWindow w;
    w.length_hours = c.length;
    w.within = {window / 4.0, window - window / 4.0};
    w.centred = c.start == model::ClosureStart::middle;
    d.drawn_window = std::move(w);
  }
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

/// What would let a line reaching a closed element `latest` hours after leaving through, each
/// figure rounded to a tenth away from the limit so that it does.
std::string reach_hint(const model::ClosureSimulation& c, double latest) {
  const double window_hours = c.departure_window_days * model::kHoursPerDay;
  const auto up = [](double hours) {
    return one_decimal(std::ceil(hours / model::kHoursPerDay * 10.0) / 10.0);
  };
  const std::string days = " (" + shortest(c.departure_window_days) + " days)";
  if (c.start == model::ClosureStart::uniform) {
    // Starts from a quarter of the window on; the middle rule starts at (W - longest) / 2.
    std::string hint =
        "a closure starts at a uniform hour from a quarter of simulation.departure_window_days" +
        days + " on; this line needs at least " +
        up(std::max(4.0 * latest, 2.0 * c.longest_hours)) + " days";
    if ((window_hours - c.longest_hours) / 2.0 >= latest) hint += ", or --closure-at middle";
    return hint;
  }
  const double longest = std::floor((window_hours - 2.0 * latest) * 10.0) / 10.0;
  std::string hint = "the closure is centred in simulation.departure_window_days" + days +
                     "; this line needs at least " + up(2.0 * latest + c.longest_hours) + " days";
  if (longest > 0.0) hint += ", or a closure of at most " + one_decimal(longest) + " h";
  return hint;
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
  std::string hint = reach_hint(c, latest);
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

void check_closure_length(const model::Scenario& scenario, const model::Distribution& length,
                          std::vector<Issue>& issues) {
  const double most = scenario.simulation.departure_window_days * model::kHoursPerDay / 2.0;
  const double longest = longest_of(length);
  if (longest > 0.0 && longest <= most) return;
  std::string got = "got " + shortest(longest);
  if (!length.is_fixed()) {
    got = unbounded(length)
              ? "got one whose 1 - 1e-9 quantile is " + one_decimal(longest) + " h"
              : "got one that can last " + shortest(longest) + " h (its largest value)";
  }
  issues.push_back(
      simulate_error("a closure must last more than 0 and at most half the departure window (" +
                         shortest(most) + " h), " + got,
                     "the departure window is simulation.departure_window_days of the scenario"));
}

void simulate_closures(const model::Scenario& scenario, const Prepared& prepared,
                       const model::Distribution& length, model::ClosureStart start,
                       model::CriticalityRun& run) {
  model::ClosureSimulation c;
  c.length = length;
  c.start = start;
  c.hours = length.mean();
  c.longest_hours = longest_of(length);
  c.departure_window_days = scenario.simulation.departure_window_days;
  const double window = c.departure_window_days * model::kHoursPerDay;
  if (start == model::ClosureStart::middle) {
    c.from_hours = (window - c.longest_hours) / 2.0;
    c.until_hours = c.from_hours + c.longest_hours;
  } else {
    c.from_hours = window / 4.0;
    c.until_hours = window - window / 4.0;
  }
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
