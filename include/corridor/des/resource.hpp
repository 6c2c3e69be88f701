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

#include <cstdint>
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
  /// Precondition: `now` does not decrease from one request to the next. O(log capacity).
  double request(double now, double hold, double weight = 1.0);

  [[nodiscard]] int capacity() const { return static_cast<int>(free_at_.size()); }
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
  std::vector<double> free_at_;  // min-heap of the times the servers become free
  WaitingLine line_;
  Window window_;
  double busy_ = 0.0;
  std::uint64_t served_ = 0;
  double served_weight_ = 0.0;
};

}  // namespace corridor::des
