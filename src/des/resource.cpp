#include <algorithm>
#include <cassert>
#include <functional>

#include <corridor/des/resource.hpp>

namespace corridor::des {

Resource::Resource(int capacity, Window window)
    : free_at_(static_cast<std::size_t>(std::max(capacity, 1)), 0.0),
      line_(window),
      window_(window) {
  assert(capacity >= 1);
}

double Resource::request(double now, double hold, double weight) {
  // The earliest free server takes the request. Its start is never before the start of the
  // request ahead: either that one started at its own (earlier) arrival, or it waited for the
  // earliest free time, below which no server is free any more.
  std::pop_heap(free_at_.begin(), free_at_.end(), std::greater<>());
  const double start = std::max(now, free_at_.back());
  free_at_.back() = start + hold;
  std::push_heap(free_at_.begin(), free_at_.end(), std::greater<>());
  line_.join(now, start, weight);
  busy_ += window_.overlap(start, start + hold);
  if (window_.contains(start)) {
    ++served_;
    served_weight_ += weight;
  }
  return start;
}

double Resource::utilisation() const {
  return busy_ / (static_cast<double>(free_at_.size()) * window_.length());
}

}  // namespace corridor::des
