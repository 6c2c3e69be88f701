#include <algorithm>
#include <cassert>
#include <limits>

#include <corridor/des/resource.hpp>

namespace corridor::des {

Resource::Resource(int capacity, Window window)
    : capacity_(std::max(capacity, 1)),
      heap_(static_cast<std::size_t>(capacity_) > kScanned),
      line_(window),
      window_(window) {
  assert(capacity >= 1);
  const auto servers = static_cast<std::size_t>(capacity_);
  if (heap_) {
    free_at_.assign(servers, 0.0);
  } else {
    // Servers that never free up pad the scan to whole groups; a real one is always earlier.
    scanned_.fill(std::numeric_limits<double>::infinity());
    std::fill_n(scanned_.begin(), servers, 0.0);
    scanned_groups_ = (servers + kGroup - 1) / kGroup;
  }
}

double Resource::utilisation() const {
  return busy_ / (static_cast<double>(capacity_) * window_.length());
}

}  // namespace corridor::des
