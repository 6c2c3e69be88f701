#pragma once
// Private to report: linear scales and round axis ticks for the SVG charts.

#include <string>
#include <vector>

namespace corridor::report::detail::svg {

/// A linear map from a data interval [d0, d1] to a drawing interval [r0, r1]. A data interval
/// of zero width maps everything to the middle of the drawing interval.
struct LinearScale {
  double d0 = 0.0;
  double d1 = 1.0;
  double r0 = 0.0;
  double r1 = 1.0;

  [[nodiscard]] double operator()(double value) const;
};

/// Round tick values for an axis: multiples of `step`, which is 1, 2 or 5 times a power of ten,
/// from `first` to `last` (both multiples, covering the data).
struct Ticks {
  double first = 0.0;
  double last = 1.0;
  double step = 1.0;
  int decimals = 0;  ///< decimals that print the step exactly

  [[nodiscard]] std::vector<double> values() const;
  /// A tick value with `decimals` decimals and thousands separators: "12,500", "0.25".
  [[nodiscard]] std::string label(double value) const;
};

/// The smallest set of round ticks, at most `max_intervals` intervals apart, whose first and
/// last values enclose [lo, hi]. An empty interval is widened to a unit around it.
/// Preconditions: lo <= hi, both finite, max_intervals >= 1. O(max_intervals).
[[nodiscard]] Ticks nice_ticks(double lo, double hi, int max_intervals);

}  // namespace corridor::report::detail::svg
