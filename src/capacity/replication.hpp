#pragma once
// Private to capacity: one replication of the capacity simulation, and what it counted.

#include <cstdint>
#include <vector>

#include <corridor/model/capacity_result.hpp>

#include "capacity/capacity_model.hpp"

namespace corridor::capacity::detail {

struct LineTally {
  model::ShipmentCounts counts;
  std::uint64_t never_arrive = 0;
  std::uint64_t on_time = 0;
  std::vector<double> transit_days;  ///< counted, served shipments, in order of completion
  std::vector<std::uint64_t> route_shipments;
};

struct ResourceTally {
  std::vector<double> waits;  ///< hours, shipments reaching the resource within the window
  double delay_hours = 0.0;   ///< summed over those shipments
  double delay_teu_hours = 0.0;
  double utilisation = 0.0;
  double mean_queue_teu = 0.0;
  double max_queue_teu = 0.0;
  double teu_carried = 0.0;
  std::vector<double> weekly_queue_teu;  ///< mean TEU waiting in week k (hours 168 k ..)
};

struct ReplicationTally {
  std::vector<LineTally> lines;
  std::vector<ResourceTally> resources;
};

/// Simulates replication `replication` of `model`: demand from hour 0, statistics over the
/// window, counted shipments followed to arrival. Depends only on (model, replication).
[[nodiscard]] ReplicationTally run_replication(const CapacityModel& model,
                                               std::uint32_t replication);

/// Weeks of the queue series: those that start before the horizon (the last one may be cut
/// short by it).
[[nodiscard]] std::size_t series_weeks(const CapacityModel& model);

}  // namespace corridor::capacity::detail
