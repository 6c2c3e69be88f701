#include <algorithm>

#include <corridor/des/waiting_line.hpp>

namespace corridor::des {

void WaitingLine::release(double now) {
  while (!members_.empty() && members_.front().leave <= now) {
    level_ -= members_.front().weight;
    members_.pop_front();
  }
  // Weights that are not whole numbers leave rounding residue in the running sum.
  if (members_.empty()) level_ = 0.0;
}

void WaitingLine::join(double now, double leave, double weight) {
  release(now);
  if (!(leave > now)) return;
  area_ += weight * window_.overlap(now, leave);
  if (!period_area_.empty()) {
    for (auto k = static_cast<std::size_t>(now / period_width_);
         k < period_area_.size() && static_cast<double>(k) * period_width_ < leave; ++k) {
      const double end = static_cast<double>(k + 1) * period_width_;
      const Window period{static_cast<double>(k) * period_width_, std::min(end, window_.to)};
      period_area_[k] += weight * period.overlap(now, leave);
    }
  }
  members_.push_back({leave, weight});
  level_ += weight;
  if (window_.contains(now) && level_ > max_) max_ = level_;
}

double WaitingLine::level(double now) {
  release(now);
  return level_;
}

void WaitingLine::observe(double now) {
  release(now);
  if (window_.contains(now) && level_ > max_) max_ = level_;
}

}  // namespace corridor::des
