#pragma once
/// A timetabled service that carries at most `capacity` weight per departure: a ferry, a
/// feeder ship, the wagons of a scheduled train.
///
/// Members board in arrival order, strictly: one that does not fit into a departure waits for
/// the next, and so does everyone behind it; a departure takes as many as fit. The timetable,
/// with the departures that closures cancel left out, belongs to the model, which tells each
/// arriving member the first departure it could take and, when one is full, which departure
/// follows. The backlog after a closure therefore clears over the departures that follow it,
/// `capacity` at a time.
///
/// As with Resource, the departure a member boards depends only on the members ahead of it, so
/// it is decided when the member arrives: no departure events are needed. Members must arrive
/// in time order, as a simulation's calendar delivers them.

#include <cstdint>
#include <limits>

#include <corridor/des/waiting_line.hpp>
#include <corridor/des/window.hpp>

namespace corridor::des {

class BatchServer {
 public:
  /// At most `capacity` (> 0) weight per departure; statistics over `window`.
  explicit BatchServer(double capacity, Window window = {})
      : capacity_(capacity), line_(window), window_(window) {}

  /// A member of `weight` (0 < weight <= capacity) arrives at `now`. `earliest` is the first
  /// departure at or after `now` that runs (+inf: none ever will); `next_after(t)` returns the
  /// first departure strictly after `t` that runs (+inf: none). Returns the departure the member
  /// boards (+inf: it never leaves). Precondition: `now` does not decrease from one member to
  /// the next. O(1) plus at most one call of `next_after`.
  template <class NextAfter>
  double board(double now, double weight, double earliest, NextAfter&& next_after) {
    // Not before the departure of the member ahead; on that one only if there is room left.
    double departure = earliest > current_ ? earliest : current_;
    if (departure == current_ && load_ + weight > capacity_) departure = next_after(current_);
    if (departure != current_) {
      current_ = departure;
      load_ = 0.0;
      if (window_.contains(departure)) ++departures_;
    }
    load_ += weight;
    line_.join(now, departure, weight);
    if (window_.contains(departure)) carried_ += weight;
    return departure;
  }

  [[nodiscard]] double capacity() const { return capacity_; }
  [[nodiscard]] WaitingLine& line() { return line_; }
  [[nodiscard]] const WaitingLine& line() const { return line_; }
  /// Departures within the window that carried something, and the weight they carried.
  [[nodiscard]] std::uint64_t loaded_departures() const { return departures_; }
  [[nodiscard]] double carried_weight() const { return carried_; }

 private:
  double capacity_;
  WaitingLine line_;
  Window window_;
  double current_ = -std::numeric_limits<double>::infinity();  // the last departure boarded
  double load_ = 0.0;                                          // weight on it so far
  std::uint64_t departures_ = 0;
  double carried_ = 0.0;
};

}  // namespace corridor::des
