#pragma once
// The SimPy peer's workloads (shared/peers/peer_simpy.py) rebuilt on corridor's discrete-event
// engine, with the same parameters, so that both can be timed and their answers compared.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace corridor::bench {

/// The chain: shipments arrive as a Poisson process (1 an hour), each of 1, 2, 2, 2, 3 or 4
/// TEU at random, and pass six capacity-limited servers (FIFO) with travel legs between
/// them and a ferry after the third server (a sailing every 24 h from hour 6, 90 TEU each,
/// strict FIFO boarding, 20 h at sea):
///
///   server           capacity  service (h)                  leg after (h)
///   origin_terminal  4         triangular(1, 3, 5)          30
///   border_exit      2         lognormal(ln 1.2, 0.5)       12
///   port_load        3         triangular(1, 2, 4)          0, then the ferry
///   port_unload      3         triangular(1, 2, 4)          10
///   border_entry     2         lognormal(ln 1.2, 0.6)       40
///   dest_terminal    4         exponential(mean 3)          0
struct ChainResult {
  std::vector<double> transit_hours;  ///< per shipment, in order of completion
  std::vector<double>
      mean_wait_hours;                 ///< per server and the ferry (ferry: excluding the crossing)
  std::uint64_t events = 0;            ///< events handled by the calendar
  std::uint64_t ferry_departures = 0;  ///< departures that carried something
};

/// Simulates `shipments` shipments of the chain from `seed`. Allocates its containers once.
[[nodiscard]] ChainResult run_chain(std::uint64_t seed, std::size_t shipments);

/// M/M/c at utilisation 0.8 with service rate 1: `customers` Poisson arrivals at rate 0.8 c.
/// Returns each customer's wait in the queue, in arrival order.
[[nodiscard]] std::vector<double> run_mmc(std::uint64_t seed, std::size_t customers, int servers);

/// Mean and 95 % confidence half-width from 20 batch means, after dropping the first 5 %
/// (as the peer computes them).
struct BatchMeans {
  double mean = 0.0;
  double half_width = 0.0;
};
[[nodiscard]] BatchMeans batch_means(const std::vector<double>& values);

/// Type-7 percentile (numpy's default) of a sample (copied and sorted). Precondition: not
/// empty.
[[nodiscard]] double percentile(std::vector<double> values, double p);

}  // namespace corridor::bench
