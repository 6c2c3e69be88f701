#pragma once
/// Expected waits for timetabled departures along a route, found by following the timetables.
///
/// A shipment becomes ready at the origin at a uniform time in the departure window, takes every
/// duration at its mean, and waits at each timetabled leg for its next departure, exactly as a
/// Monte Carlo journey with fixed durations does (corridor/sim/journey.hpp, closures aside). A
/// downstream leg is therefore reached at times set by the legs before it, not at a random time:
/// its wait can be anything from zero to the longest gap of its timetable.

#include <span>
#include <vector>

#include <corridor/model/scenario.hpp>
#include <corridor/model/schedule.hpp>

namespace corridor::cost {

/// When shipments become ready: uniformly over [0, hours) of the simulation clock, whose hour 0
/// falls on weekday `epoch_weekday` (0 = Monday). With `at_first_departure` (a demand line's
/// `ready: first_departure`), a shipment whose first step is a timetabled leg is ready just in
/// time for that leg's first departure at or after its ready time: it does not wait for it.
struct DepartureWindow {
  double hours = 0.0;
  int epoch_weekday = 0;
  bool at_first_departure = false;
};

/// The window `corridor simulate` departs in: `departure_window_days` from `start_date`.
[[nodiscard]] DepartureWindow departure_window(const model::SimulationSettings& settings);

/// One step of a route as the timetables see it.
struct TimedStep {
  double hours = 0.0;  ///< mean duration without waits: running time (leg), dwell + handling (stop)
  const model::Schedule* schedule = nullptr;  ///< the timetable a leg departs by; null: at once
};

/// The expected wait, in hours, before each step: zero for steps without a timetable.
///
/// Exact, not sampled: until the first timetabled leg the clock is the ready time plus constant
/// durations, and after it the whole journey depends only on which departure of that leg was
/// caught. So the window splits into one interval per departure of the first timetabled leg; on
/// each, that leg's wait falls linearly (its mean is the wait at the interval's midpoint) and
/// every later wait is constant (one deterministic walk). The result is the length-weighted
/// mean over the intervals. A window of zero hours means a ready time of 0.
///
/// Precondition: every duration >= 0. Infinite waits (a timetable without departures) give
/// infinity. Complexity: O(D x steps) timetable look-ups, D = departures of the first
/// timetabled leg in the window (365 for a daily service over a year).
[[nodiscard]] std::vector<double> expected_waits(std::span<const TimedStep> steps,
                                                 const DepartureWindow& window);

}  // namespace corridor::cost
