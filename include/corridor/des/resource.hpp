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
#include <array>
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
  [[gnu::always_inline]] double request(double now, double hold, double weight = 1.0) {
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
  [[gnu::always_inline]] double& earliest_free() {
    if (heap_) {
      std::pop_heap(free_at_.begin(), free_at_.end(), std::greater<>());
      return free_at_.back();
    }
    const std::size_t low = earliest_of_group(0);
    if (scanned_groups_ == 1) return scanned_[low];
    const std::size_t high = earliest_of_group(kGroup);
    const std::size_t mask =
        std::size_t{0} - static_cast<std::size_t>(bits(scanned_[high]) < bits(scanned_[low]));
    return scanned_[low ^ ((low ^ high) & mask)];
  }

  /// The index of the earliest of the kGroup scanned free times from `first`, by a tournament
  /// of three comparisons (the first two independent).
  [[nodiscard, gnu::always_inline]] std::size_t earliest_of_group(std::size_t first) const {
    static_assert(kGroup == 4);
    const std::uint64_t t0 = bits(scanned_[first]);
    const std::uint64_t t1 = bits(scanned_[first + 1]);
    const std::uint64_t t2 = bits(scanned_[first + 2]);
    const std::uint64_t t3 = bits(scanned_[first + 3]);
    const bool second = t1 < t0;
    const bool fourth = t3 < t2;
    const std::uint64_t low = second ? t1 : t0;
    const std::uint64_t high = fourth ? t3 : t2;
    const std::size_t low_at = first + (second ? 1 : 0);
    const std::size_t high_at = first + 2 + (fourth ? 1 : 0);
    // By masks: a conditional expression here compiles to a branch that waits mispredict.
    const std::size_t mask = std::size_t{0} - static_cast<std::size_t>(high < low);
    return low_at ^ ((low_at ^ high_at) & mask);
  }

  /// Free times are >= 0, whose bits order like the numbers: integer comparisons compile to
  /// conditional moves where floating-point ones would be mispredicted branches.
  static std::uint64_t bits(double t) { return std::bit_cast<std::uint64_t>(t); }

  /// Up to kScanned servers' free times, padded with +inf (a server that is never free) to
  /// whole groups of kGroup.
  std::array<double, kScanned> scanned_{};
  std::size_t scanned_groups_ = 1;
  std::vector<double> free_at_;  // more servers' free times, a min-heap
  int capacity_ = 1;
  bool heap_ = false;
  WaitingLine line_;
  Window window_;
  double busy_ = 0.0;
  std::uint64_t served_ = 0;
  double served_weight_ = 0.0;
};

}  // namespace corridor::des
