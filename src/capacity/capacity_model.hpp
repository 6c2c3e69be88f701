#pragma once
// Private to capacity: everything one replication needs, built once per run.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <corridor/model/scenario.hpp>
#include <corridor/sim/closures.hpp>

#include "capacity/itinerary.hpp"

namespace corridor::capacity::detail {

/// A demand line as the simulation generates it.
struct LinePlan {
  double shipment_teu = 1.0;
  /// Mean hours between shipments (+inf: the line generates nothing).
  double interval_hours = 0.0;
  model::Arrivals arrivals = model::Arrivals::poisson;
  std::optional<double> deadline_days;
  std::vector<std::uint32_t> itineraries;  ///< one per route of the line, best first
  std::vector<bool> usable;                ///< per route: every shipment fits its departures
  /// Cumulative route choice probabilities (the last one is 1); empty: the line is not served.
  std::vector<double> cumulative;
};

struct CapacityModel {
  std::vector<ResourceSpec> resources;
  std::vector<Itinerary> itineraries;
  std::vector<LinePlan> lines;  ///< in demand order
  sim::ClosureModel closures;
  int epoch_weekday = 0;
  double warmup_hours = 0.0;  ///< statistics window: [warmup, horizon)
  double horizon_hours = 0.0;
  std::uint64_t seed = 0;
};

/// Line `line`'s shipment `n` in replication `replication` draws from the Monte Carlo stream
/// of this replication index (corridor/sim/rng.hpp): distinct for every (line, replication,
/// shipment), and equal to n for line 0, replication 0.
inline constexpr int kLineShift = 52;
inline constexpr int kReplicationShift = 32;
inline constexpr std::uint64_t kMaxLines = std::uint64_t{1} << (64 - kLineShift);
inline constexpr std::uint64_t kMaxReplications = std::uint64_t{1}
                                                  << (kLineShift - kReplicationShift);
inline constexpr std::uint64_t kMaxShipments = std::uint64_t{1} << kReplicationShift;

[[nodiscard]] constexpr std::uint64_t shipment_index(std::uint64_t line, std::uint64_t replication,
                                                     std::uint64_t n) {
  return (line << kLineShift) | (replication << kReplicationShift) | n;
}

}  // namespace corridor::capacity::detail
