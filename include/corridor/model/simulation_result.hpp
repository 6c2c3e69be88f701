#pragma once
/// What `corridor simulate` computes: distributions of door-to-door time and cost per route.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <corridor/model/result.hpp>
#include <corridor/model/route.hpp>

namespace corridor::model {

/// Moments and percentiles of a sample. Percentiles use the "nearest rank on the sorted sample
/// with linear interpolation" rule (type 7 of Hyndman & Fan, the default of R and numpy).
struct Summary {
  double mean = 0.0;
  double sd = 0.0;  ///< sample standard deviation (n - 1)
  double min = 0.0;
  double max = 0.0;
  double p5 = 0.0;
  double p50 = 0.0;
  double p90 = 0.0;
  double p95 = 0.0;
  double p99 = 0.0;
};

/// Equal-width bins from `lower` to `lower + width * counts.size()`; the last bin includes the
/// upper edge. When every value is the same, `width` is 0 and they all count in the first bin.
struct Histogram {
  double lower = 0.0;
  double width = 0.0;
  std::vector<std::uint64_t> counts;
};

/// Per step of the route: mean and 95th percentile of the hours spent there, including waits
/// for departures and closures.
struct StepStats {
  double mean_hours = 0.0;
  double p95_hours = 0.0;
  double mean_wait_hours = 0.0;  ///< timetable and closure waits only
};

struct RouteSimulation {
  Route route;  ///< the route simulated, with its deterministic pricing
  std::uint64_t replications = 0;
  /// Journeys held for ever by closures that keep overlapping (their hours are infinite, and so
  /// are the upper percentiles and the moments of every summary).
  std::uint64_t never_arrive = 0;
  Summary days;             ///< door-to-door transit time
  Summary usd;              ///< cash cost: tariffs, handling, fees, storage while waiting
  Summary generalized_usd;  ///< usd + value of time x hours
  std::optional<double> on_time_probability;  ///< P(days <= deadline), when a deadline is set
  Histogram days_histogram;
  Histogram usd_histogram;
  std::vector<StepStats> steps;  ///< parallel to route.steps
};

struct OdSimulation {
  OdResult od;                             ///< the routing result the simulation started from
  std::vector<RouteSimulation> simulated;  ///< one per route simulated (best first)
};

struct SimulationRun {
  std::string scenario;
  std::string description;
  std::uint64_t seed = 0;
  std::uint64_t replications = 0;
  std::string start_date;
  double departure_window_days = 0.0;
  NetworkView network;  ///< the places and links the routes refer to
  std::vector<OdSimulation> results;
  Totals totals;  ///< every line's teu_per_week on its first simulated route (mean cash cost)
  Provenance provenance;  ///< what produced the result, from which sources
};

/// Every line's teu_per_week on its first simulated route: USD at the simulated mean cash cost,
/// CO2e as routed (emissions do not depend on the waits). O(lines).
[[nodiscard]] Totals totals_of(const std::vector<OdSimulation>& results);

}  // namespace corridor::model
