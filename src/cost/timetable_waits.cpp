#include <algorithm>
#include <cmath>
#include <limits>

#include <corridor/cost/timetable_waits.hpp>
#include <corridor/model/calendar.hpp>
#include <corridor/model/units.hpp>

namespace corridor::cost {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Follows steps[from ...] from `clock`, adding each step's wait times `weight` to `waits`.
void follow(std::span<const TimedStep> steps, std::size_t from, double clock, int weekday,
            double weight, std::vector<double>& waits) {
  for (std::size_t k = from; k < steps.size(); ++k) {
    if (steps[k].schedule) {
      const double departure = steps[k].schedule->next_departure(clock, weekday);
      waits[k] += weight * (departure - clock);
      clock = departure;
    }
    clock += steps[k].hours;
  }
}

}  // namespace

DepartureWindow departure_window(const model::SimulationSettings& settings) {
  return {std::max(settings.departure_window_days, 0.0) * model::kHoursPerDay,
          model::weekday_from_days(model::days_from_civil(settings.start_date))};
}

std::vector<double> expected_waits(std::span<const TimedStep> steps,
                                   const DepartureWindow& window) {
  std::vector<double> waits(steps.size(), 0.0);
  std::size_t first = 0;
  double offset = 0.0;  // hours from the ready time to the first timetabled leg
  while (first < steps.size() && steps[first].schedule == nullptr)
    offset += steps[first++].hours;
  if (first == steps.size()) return waits;
  const model::Schedule& schedule = *steps[first].schedule;
  const int weekday = window.epoch_weekday;
  if (!(window.hours > 0.0)) {
    follow(steps, first, offset, weekday, 1.0, waits);
    if (window.at_first_departure && first == 0) waits[0] = 0.0;
    return waits;
  }
  // The shipment reaches the first timetabled leg at a uniform time in [offset, end); ready in
  // (previous departure, departure], it catches `departure`.
  const double end = offset + window.hours;
  double from = offset;
  double departure = schedule.next_departure(from, weekday);
  while (from < end) {
    if (!std::isfinite(departure)) {
      waits[first] = kInfinity;
      return waits;
    }
    const double to = std::min(departure, end);
    const double weight = (to - from) / window.hours;
    // Ready just in time for the route's first leg: no wait for it.
    const bool just_in_time = window.at_first_departure && first == 0;
    if (weight > 0.0) {
      if (!just_in_time) waits[first] += weight * (departure - 0.5 * (from + to));
      follow(steps, first + 1, departure + steps[first].hours, weekday, weight, waits);
    }
    from = to;
    departure = schedule.next_departure(std::nextafter(departure, kInfinity), weekday);
  }
  return waits;
}

}  // namespace corridor::cost
