#pragma once
/// The queue in front of a FIFO resource whose members learn, when they join it, when they will
/// leave it: the start of their service, the departure they board, the moment they pass.
///
/// The line keeps the weight waiting (for corridor, TEU) as members join and leave, its time
/// integral over a statistics window and its maximum there. Members that leave as they join
/// (no wait) are not queued at all.
///
/// Preconditions: members join in non-decreasing time order, and their leave times are
/// non-decreasing too (both hold for any FIFO discipline); `level` and `observe` are asked in
/// non-decreasing time order as well, interleaved with the joins.

#include <cstddef>
#include <vector>

#include <corridor/des/fifo.hpp>
#include <corridor/des/window.hpp>

namespace corridor::des {

class WaitingLine {
 public:
  explicit WaitingLine(Window window = {}) : window_(window) {}

  /// A member of `weight` joins at `now` and leaves at `leave` (>= now; +inf: never).
  /// O(1) amortised, plus the periods its wait spans when periods are tracked.
  void join(double now, double leave, double weight) {
    if (!(leave > now)) return;  // no wait: the level does not change (`level` catches up)
    release(now);
    area_ += weight * window_.overlap(now, leave);
    if (!period_area_.empty()) add_to_periods(now, leave, weight);
    members_.push_back({leave, weight});
    level_ += weight;
    if (window_.contains(now) && level_ > max_) max_ = level_;
  }

  /// The weight waiting at `now`: members that joined at or before `now` and leave after it.
  /// O(1) amortised.
  [[nodiscard]] double level(double now) {
    release(now);
    return level_;
  }

  /// Counts the level at `now` towards the maximum when `now` is in the window. The level only
  /// rises at joins, which count themselves, so the maximum over the window is exact once the
  /// model also observes the window's start.
  void observe(double now);

  /// Also keeps ∫ level dt over consecutive periods [k width, (k + 1) width) from time 0, for
  /// k < periods, each cut off at the end of the window (a time series for charts: weekly
  /// queues, say). Call before the first join.
  void track_periods(double width, std::size_t periods) {
    period_width_ = width;
    period_area_.assign(periods, 0.0);
  }
  /// ∫ level dt over each period (see track_periods), for members that joined so far.
  [[nodiscard]] const std::vector<double>& period_area() const { return period_area_; }

  /// ∫ level dt over the window (weight × time), for members that joined so far.
  [[nodiscard]] double area() const { return area_; }
  /// area() / window length: the mean weight waiting.
  [[nodiscard]] double mean_level() const { return area_ / window_.length(); }
  [[nodiscard]] double max_level() const { return max_; }
  [[nodiscard]] const Window& window() const { return window_; }

 private:
  struct Member {
    double leave = 0.0;
    double weight = 0.0;
  };
  /// Lets go of the members that have left by `now`.
  void release(double now) {
    while (!members_.empty() && members_.front().leave <= now) {
      level_ -= members_.front().weight;
      members_.pop_front();
      // Weights that are not whole numbers leave rounding residue in the running sum.
      if (members_.empty()) level_ = 0.0;
    }
  }
  void add_to_periods(double now, double leave, double weight);

  Fifo<Member> members_;
  Window window_;
  double level_ = 0.0;
  double area_ = 0.0;
  double max_ = 0.0;
  double period_width_ = 0.0;
  std::vector<double> period_area_;
};

}  // namespace corridor::des
