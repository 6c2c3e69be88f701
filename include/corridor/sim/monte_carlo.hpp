#pragma once
/// Monte Carlo simulation of a route: distributions of door-to-door time and cost.
///
/// Replication i draws from the stream seeded by (seed, i) (corridor/sim/rng.hpp) and is
/// simulated by JourneyModel (corridor/sim/journey.hpp). Replications are cut into chunks whose
/// size depends only on the replication count; threads take whole chunks, and per-chunk
/// moments are merged in chunk order, so a result is the same bits for any thread count and on
/// any machine. Percentiles are exact type-7 order statistics: when the sample fits in
/// `max_stored_values` it is kept in memory; otherwise further passes re-simulate the
/// replications and narrow each percentile down (exact, in bounded memory).

#include <cstdint>
#include <functional>
#include <optional>

#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/model/simulation_result.hpp>

namespace corridor::sim {

struct MonteCarloOptions {
  std::uint64_t replications = 10000;
  std::uint64_t seed = 42;
  int threads = 0;          ///< worker threads; 0 = std::thread::hardware_concurrency()
  int histogram_bins = 30;  ///< bins of days_histogram and usd_histogram (>= 1)
  /// When cargo is ready at the origin: the demand line's `ready` (see sim::JourneyModel).
  model::Ready ready = model::Ready::uniform;
  /// Called from the calling thread, at most about ten times a second and once at the end
  /// with done == total. `total` counts journeys to simulate, passes included; it can grow
  /// when a percentile needs another selection pass.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
  /// Memory budget, in doubles, for keeping the sample (replications x (3 + steps) values).
  /// Above it percentiles are selected by re-simulation: the same results, in more time.
  std::uint64_t max_stored_values = std::uint64_t{1} << 24U;
};

/// The options a scenario asks for: its replications, seed and histogram bins.
[[nodiscard]] MonteCarloOptions options_from(const model::SimulationSettings& settings);

/// Simulates `options.replications` journeys of `cargo` along `route` (built and summarised on
/// `scenario`) and summarises them. `deadline_days` sets on_time_probability = P(days <=
/// deadline). Cash cost per journey = the route's tariffs, handling and fees plus storage for
/// the waits that actually happened; generalized = cash + value of time x hours.
/// Preconditions: replications >= 1, histogram_bins >= 1. Throws std::invalid_argument
/// otherwise, std::out_of_range for a route that does not belong to the scenario.
/// Complexity: O(replications x steps) per pass; one pass when the sample fits in memory,
/// usually three otherwise.
[[nodiscard]] model::RouteSimulation simulate_route(const model::Scenario& scenario,
                                                    const model::Route& route,
                                                    const model::Cargo& cargo,
                                                    std::optional<double> deadline_days,
                                                    const MonteCarloOptions& options);

}  // namespace corridor::sim
