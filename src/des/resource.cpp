#include <algorithm>
#include <cassert>
#include <limits>

#include <corridor/des/resource.hpp>

namespace corridor::des {

Resource::Resource(int capacity, Window window)
    : free_at_(static_cast<std::size_t>(std::max(capacity, 1)), 0.0),
      capacity_(std::max(capacity, 1)),
      heap_(free_at_.size() > kScanned),
      line_(window),
      window_(window) {
  assert(capacity >= 1);
  if (!heap_) {
    // Servers that never free up pad the scan to whole groups; a real one is always earlier.
    free_at_.resize((free_at_.size() + kGroup - 1) / kGroup * kGroup,
                    std::numeric_limits<double>::infinity());
  }
}

double Resource::utilisation() const {
  return busy_ / (static_cast<double>(capacity_) * window_.length());
}

}  // namespace corridor::des
