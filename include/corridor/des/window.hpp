#pragma once
/// The span of simulated time over which statistics are taken, e.g. the horizon without its
/// warm-up.

#include <limits>

namespace corridor::des {

/// The half-open interval [from, to).
struct Window {
  double from = 0.0;
  double to = std::numeric_limits<double>::infinity();

  [[nodiscard]] bool contains(double t) const { return t >= from && t < to; }
  [[nodiscard]] double length() const { return to - from; }
  /// Length of [a, b) within the window; 0 when they do not meet.
  [[nodiscard]] double overlap(double a, double b) const {
    const double lo = a > from ? a : from;
    const double hi = b < to ? b : to;
    return hi > lo ? hi - lo : 0.0;
  }
};

}  // namespace corridor::des
