#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <type_traits>

#include <corridor/model/calendar.hpp>
#include <corridor/model/schedule.hpp>
#include <corridor/model/units.hpp>

namespace corridor::model {

namespace {

double headway_next(const Headway& h, double t) {
  if (t <= h.offset_hours) return h.offset_hours;
  // k = ceil((t - offset) / H) can be off by one through rounding; the checks below make the
  // result the first departure that is really at or after t.
  const double k = std::ceil((t - h.offset_hours) / h.every_hours);
  double departure = h.offset_hours + k * h.every_hours;
  if (departure < t) departure = h.offset_hours + (k + 1.0) * h.every_hours;
  const double previous = h.offset_hours + (k - 1.0) * h.every_hours;
  if (k >= 1.0 && previous >= t) departure = previous;
  return departure;
}

double weekly_next(const Weekly& w, double t, int epoch_weekday) {
  if (w.hours_of_week.empty()) return std::numeric_limits<double>::infinity();
  assert(std::is_sorted(w.hours_of_week.begin(), w.hours_of_week.end()));
  // Hours since the Monday 00:00 that starts the epoch's week.
  const double monday_shift = static_cast<double>(epoch_weekday) * kHoursPerDay;
  const double week = std::floor((t + monday_shift) / kHoursPerWeek);
  // Starting one week early guards against `week` being rounded up at a week boundary.
  for (double wk = week - 1.0; wk <= week + 1.0; wk += 1.0) {
    const double monday = wk * kHoursPerWeek - monday_shift;
    const double into_week = t - monday;
    auto it = std::lower_bound(w.hours_of_week.begin(), w.hours_of_week.end(), into_week);
    if (it != w.hours_of_week.begin()) --it;  // rounding of into_week: recheck one earlier
    for (; it != w.hours_of_week.end(); ++it) {
      const double departure = monday + *it;
      if (departure >= t) return departure;
    }
  }
  return std::numeric_limits<double>::infinity();  // unreachable for 0 <= hours < 168
}

}  // namespace

double Schedule::expected_wait_hours() const {
  return std::visit(
      [](const auto& p) -> double {
        using P = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<P, Headway>) {
          return p.every_hours / 2.0;
        } else {
          const auto& h = p.hours_of_week;
          if (h.empty()) return std::numeric_limits<double>::infinity();
          // A shipment ready at a uniform time of the week waits, within a gap g between two
          // departures, g/2 on average; the gap is hit with probability g/168.
          double sum_sq = 0.0;
          for (std::size_t i = 0; i + 1 < h.size(); ++i) {
            const double gap = h[i + 1] - h[i];
            sum_sq += gap * gap;
          }
          const double wrap = kHoursPerWeek - h.back() + h.front();
          sum_sq += wrap * wrap;
          return sum_sq / (2.0 * kHoursPerWeek);
        }
      },
      pattern);
}

double Schedule::next_departure(double t, int epoch_weekday) const {
  return std::visit(
      [&](const auto& p) -> double {
        using P = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<P, Headway>) {
          return headway_next(p, t);
        } else {
          return weekly_next(p, t, epoch_weekday);
        }
      },
      pattern);
}

double Schedule::departures_per_week() const {
  return std::visit(
      [](const auto& p) -> double {
        using P = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<P, Headway>) {
          return kHoursPerWeek / p.every_hours;
        } else {
          return static_cast<double>(p.hours_of_week.size());
        }
      },
      pattern);
}

}  // namespace corridor::model
