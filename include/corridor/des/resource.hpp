#pragma once
/// A resource: `capacity` identical servers in front of one FIFO queue (terminal handling lines,
/// cranes, customs booths).
///
/// A request states how long it will hold a server. Because the queue is FIFO and every holding
/// time is known when the request is made, the start of each service is fixed at that moment:
/// the first time at or after the request at which a server is free (Kiefer and Wolfowitz
/// 1955; with one server, Lindley's recursion). So the resource needs no release event: the
/// model schedules whatever follows the service at start + hold, and a request costs one
/// look-up in the servers' free times. Requests must come in time order, as a simulation's
/// calendar delivers them.

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <vector>

#include <corridor/des/waiting_line.hpp>
#include <corridor/des/window.hpp>

namespace corridor::des {

class Resource {
 public:
  /// `capacity` servers (>= 1), all free at time 0; statistics over `window`.
  explicit Resource(int capacity, Window window = {});

  /// A member of `weight` (statistics only) asks at `now` for a server for `hold` (>= 0) time
  /// units. Returns when its service starts (>= now): FIFO, on the earliest free server.
  /// Preconditions: 0 <= now, not decreasing from one request to the next. O(capacity) up to
  /// 8 servers (a branch-free scan), O(log capacity) above.
  double request(double now, double hold, double weight = 1.0) {
    // The earliest free server takes the request. Its start is never before the start of the
    // request ahead: either that one started at its own (earlier) arrival, or it waited for
    // the earliest free time, below which no server is free any more.
    double& server = earliest_free();
    const double start = later(now, server);
    server = start + hold;
    if (heap_) std::push_heap(free_at_.begin(), free_at_.end(), std::greater<>());
    line_.join(now, start, weight);
    busy_ += window_.overlap(start, start + hold);
    if (window_.contains(start)) {
      ++served_;
      served_weight_ += weight;
    }
    return start;
  }

  [[nodiscard]] int capacity() const { return capacity_; }
  /// The queue in front of the servers (level, mean, maximum).
  [[nodiscard]] WaitingLine& line() { return line_; }
  [[nodiscard]] const WaitingLine& line() const { return line_; }
  /// Server time used within the window, summed over the servers.
  [[nodiscard]] double busy_time() const { return busy_; }
  /// busy_time() / (capacity × window length), in [0, 1].
  [[nodiscard]] double utilisation() const;
  /// Requests, and their weight, whose service started within the window.
  [[nodiscard]] std::uint64_t served() const { return served_; }
  [[nodiscard]] double served_weight() const { return served_weight_; }

 private:
  /// Up to this many servers are scanned for the earliest free one; more are kept in a heap.
  static constexpr std::size_t kScanned = 8;
  /// Scanned free times are padded with +inf to a multiple of this, so that the scan has a
  /// fixed trip count and compiles to conditional moves.
  static constexpr std::size_t kGroup = 4;

  /// The later of two times >= 0, compared as integers (a conditional move, where a
  /// floating-point comparison would compile to a branch that waits make unpredictable).
  static double later(double a, double b) {
    const auto x = std::bit_cast<std::uint64_t>(a);
    const auto y = std::bit_cast<std::uint64_t>(b);
    return std::bit_cast<double>(x > y ? x : y);
  }

  /// The free time of the server that is free first, to be overwritten (for a heap, it is
  /// moved to the back first, and the caller pushes it back in).
  double& earliest_free() {
    if (heap_) {
      std::pop_heap(free_at_.begin(), free_at_.end(), std::greater<>());
      return free_at_.back();
    }
    // Free times are >= 0, whose bits order like the numbers: integer comparisons, which
    // compile to conditional moves where floating-point ones would be mispredicted branches.
    std::size_t first = 0;
    std::uint64_t earliest = std::bit_cast<std::uint64_t>(free_at_[0]);
    for (std::size_t g = 0; g < free_at_.size(); g += kGroup) {
      for (std::size_t i = g; i < g + kGroup; ++i) {
        const auto t = std::bit_cast<std::uint64_t>(free_at_[i]);
        const bool earlier = t < earliest;
        earliest = earlier ? t : earliest;
        first = earlier ? i : first;
      }
    }
    return free_at_[first];
  }

  std::vector<double> free_at_;  // servers' free times: scanned, or a min-heap
  int capacity_ = 1;
  bool heap_ = false;
  WaitingLine line_;
  Window window_;
  double busy_ = 0.0;
  std::uint64_t served_ = 0;
  double served_weight_ = 0.0;
};

}  // namespace corridor::des
