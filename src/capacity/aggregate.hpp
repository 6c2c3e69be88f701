#pragma once
// Private to capacity: the replications' tallies merged into the results.

#include <span>
#include <vector>

#include <corridor/model/capacity_result.hpp>
#include <corridor/model/result.hpp>

#include "capacity/capacity_model.hpp"
#include "capacity/replication.hpp"

namespace corridor::capacity::detail {

/// Fills `run.lines`, `run.resources` (worst bottleneck first) and `run.weekly_queues` (for
/// the first `queue_series` resources that served anyone) from the tallies, merged in
/// replication order. `shares` are the route choice probabilities per line. Returns each
/// resource's mean delay in hours, in the model's resource order (0 where nobody came).
std::vector<double> aggregate(const CapacityModel& model, std::span<const model::OdResult> ods,
                              const std::vector<std::vector<double>>& shares,
                              const std::vector<ReplicationTally>& tallies, int queue_series,
                              model::CapacityRun& run);

}  // namespace corridor::capacity::detail
