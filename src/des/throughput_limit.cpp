#include <algorithm>

#include <corridor/des/throughput_limit.hpp>

namespace corridor::des {

double ThroughputLimit::pass(double now, double weight) {
  const double start = std::max(now, free_at_);
  free_at_ = start + weight / rate_;
  line_.join(now, start, weight);
  busy_ += window_.overlap(start, free_at_);
  if (window_.contains(start)) passed_ += weight;
  return start;
}

}  // namespace corridor::des
