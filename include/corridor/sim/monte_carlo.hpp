#pragma once
/// Monte Carlo simulation of a route: distributions of door-to-door time and cost.
///
/// Replication i draws from the stream seeded by (seed, i) (corridor/sim/rng.hpp) and is
/// simulated by JourneyModel (corridor/sim/journey.hpp). Replications are cut into chunks whose
/// size depends only on the replication count; threads take whole chunks, and per-chunk
/// moments are merged in chunk order, so a result is the same bits for any thread count and on
/// any machine. Percentiles are exact type-7 order statistics, found in one of three ways, all
/// giving the same bits: a small sample (`store_whole_values`) is kept whole and searched in
/// memory; a larger one is first simulated for a pilot of n/64 replications (4096 to 65536)
/// whose order statistics place a window around each percentile, and the one pass over all
/// replications then counts the values below each window and keeps those inside, so that the
/// percentile is selected among a small share of the sample; when even that exceeds
/// `max_stored_values`, or a window misses (about one in a billion), further passes
/// re-simulate the replications and narrow each percentile down by bins (bounded memory).

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
  /// Memory budget, in doubles, for what the percentiles need kept (the whole sample, or the
  /// pilot and the windows). Above it percentiles are selected by re-simulation: the same
  /// results, in more time.
  std::uint64_t max_stored_values = std::uint64_t{1} << 24U;
  /// Samples of at most this many values (replications x (3 + steps)) are kept whole; larger
  /// ones are summarised through pilot windows. The same results either way.
  std::uint64_t store_whole_values = std::uint64_t{1} << 21U;
};

/// The options a scenario asks for: its replications, seed and histogram bins.
[[nodiscard]] MonteCarloOptions options_from(const model::SimulationSettings& settings);

/// Simulates `options.replications` journeys of `cargo` along `route` (built and summarised on
/// `scenario`) and summarises them. `deadline_days` sets on_time_probability = P(days <=
/// deadline). Cash cost per journey = the route's tariffs, handling and fees plus storage for
/// the waits that actually happened; generalized = cash + value of time x hours.
/// Preconditions: replications >= 1, histogram_bins >= 1. Throws std::invalid_argument
/// otherwise, std::out_of_range for a route that does not belong to the scenario.
/// Complexity: O(replications x steps) per pass; one pass when the sample or its windows fit
/// in memory (plus the pilot, at most 1/64 of a pass), usually three otherwise.
[[nodiscard]] model::RouteSimulation simulate_route(const model::Scenario& scenario,
                                                    const model::Route& route,
                                                    const model::Cargo& cargo,
                                                    std::optional<double> deadline_days,
                                                    const MonteCarloOptions& options);

}  // namespace corridor::sim
