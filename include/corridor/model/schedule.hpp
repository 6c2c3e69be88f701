#pragma once
/// Timetables: when a link's service departs.

#include <optional>
#include <variant>
#include <vector>

namespace corridor::model {

/// A departure every `every_hours`, the first at `offset_hours` after the epoch.
struct Headway {
  double every_hours = 24.0;
  double offset_hours = 0.0;
};

/// Fixed departures each week, as hours after Monday 00:00 (0 <= h < 168), sorted.
struct Weekly {
  std::vector<double> hours_of_week;
};

struct Schedule {
  std::variant<Headway, Weekly> pattern;
  std::optional<double> capacity_teu;  ///< per departure

  /// Mean wait for a shipment that becomes ready at a uniformly random time:
  /// H/2 for a headway H, sum(gap^2) / (2 * 168) for a weekly timetable.
  [[nodiscard]] double expected_wait_hours() const;

  /// The first departure at or after simulation hour `t`. `epoch_weekday` is the weekday
  /// (0 = Monday) of the clock's hour 0, needed by weekly timetables.
  [[nodiscard]] double next_departure(double t, int epoch_weekday) const;

  /// Departures per week.
  [[nodiscard]] double departures_per_week() const;
};

}  // namespace corridor::model
