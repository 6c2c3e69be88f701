#pragma once
/// A gate that lets at most `rate` weight pass per time unit, in arrival order: a border
/// crossing that exchanges so many TEU a day, a single-track line.
///
/// A member of weight w passes at the first moment at or after its arrival at which the gate is
/// free, and then keeps it busy for w / rate: passings are spaced evenly, so whatever passes in
/// any interval of length T weighs at most rate × T plus one member. An idle gate delays
/// nobody. As with Resource, the passing time is decided on arrival; members must arrive in
/// time order.

#include <cstdint>

#include <corridor/des/waiting_line.hpp>
#include <corridor/des/window.hpp>

namespace corridor::des {

class ThroughputLimit {
 public:
  /// At most `rate` (> 0) weight per time unit; statistics over `window`.
  explicit ThroughputLimit(double rate, Window window = {})
      : rate_(rate), line_(window), window_(window) {}

  /// A member of `weight` (> 0) arrives at `now`; returns when it passes (>= now).
  /// Precondition: `now` does not decrease from one member to the next. O(1) amortised.
  double pass(double now, double weight);

  [[nodiscard]] double rate() const { return rate_; }
  [[nodiscard]] WaitingLine& line() { return line_; }
  [[nodiscard]] const WaitingLine& line() const { return line_; }
  /// Time within the window during which the gate was busy.
  [[nodiscard]] double busy_time() const { return busy_; }
  /// busy_time() / window length, in [0, 1].
  [[nodiscard]] double utilisation() const { return busy_ / window_.length(); }
  /// Weight that passed within the window.
  [[nodiscard]] double passed_weight() const { return passed_; }

 private:
  double rate_;
  WaitingLine line_;
  Window window_;
  double free_at_ = 0.0;
  double busy_ = 0.0;
  double passed_ = 0.0;
};

}  // namespace corridor::des
