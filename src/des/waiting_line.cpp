#include <algorithm>

#include <corridor/des/waiting_line.hpp>

namespace corridor::des {

void WaitingLine::add_to_periods(double now, double leave, double weight) {
  for (auto k = static_cast<std::size_t>(now / period_width_);
       k < period_area_.size() && static_cast<double>(k) * period_width_ < leave; ++k) {
    const double end = static_cast<double>(k + 1) * period_width_;
    const Window period{static_cast<double>(k) * period_width_, std::min(end, window_.to)};
    period_area_[k] += weight * period.overlap(now, leave);
  }
}

void WaitingLine::observe(double now) {
  release(now);
  if (window_.contains(now) && level_ > max_) max_ = level_;
}

}  // namespace corridor::des
