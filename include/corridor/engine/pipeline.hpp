#pragma once
/// The steps every command runs — load a scenario, check and apply overrides, plan routes,
/// simulate them — as plain functions, so that the command line, comparisons, sweeps and
/// library users run exactly the same thing.
///
///   auto loaded = engine::load("scenarios/titr-baltic.yaml");
///   auto prepared = engine::prepare(loaded.scenario, overrides);  // throws on bad overrides
///   model::RunResult routes = engine::plan(loaded.scenario, prepared);
///
/// Nothing here prints, logs or touches files other than the scenario being loaded.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

#include <corridor/capacity/simulate.hpp>
#include <corridor/error.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/model/capacity_result.hpp>
#include <corridor/model/overrides.hpp>
#include <corridor/model/result.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/model/simulation_result.hpp>

namespace corridor::engine {

/// Reads and validates a scenario file and the files it extends, within `limits` (file size).
/// Throws IoError or ValidationError (see io::load_scenario).
[[nodiscard]] io::LoadedScenario load(const std::filesystem::path& path,
                                      const io::LoadLimits& limits = {});

/// A scenario's run settings with the caller's overrides checked and applied.
struct Prepared {
  model::Policy policy;                  ///< the scenario's policy, overridden
  std::vector<model::Demand> demand;     ///< the scenario's demand lines, or the one asked about
  model::SimulationSettings simulation;  ///< replications and seed, overridden
  int threads = 0;                       ///< Monte Carlo worker threads; 0 = every core
  int routes_per_line = 1;               ///< how many of each line's best routes to simulate
  /// The capacity simulation's options: the scenario's seed, horizon, warm-up and demand scale,
  /// overridden, with the route choice asked for (`progress` unset).
  capacity::Options capacity;
  /// Routes per line the capacity simulation chooses from: 1 for `best`, the number of shares
  /// for `shares`, 3 for logit and equilibrium, unless --routes says otherwise.
  int capacity_routes = 1;
  std::vector<double> capacity_shares;  ///< route choice `shares`: weights, best route first
  std::vector<Issue> warnings;          ///< about the overrides (e.g. a country nothing is in)
};

/// Checks `overrides` against `scenario` (io::check_overrides) and applies them. An OdQuery
/// without a cargo takes the cargo of the scenario's demand line between the same places, else
/// the first cargo profile. Throws ValidationError, with no file, listing every problem.
[[nodiscard]] Prepared prepare(const model::Scenario& scenario, const model::Overrides& overrides);

/// The k best routes (and, when asked, the Pareto options) of every demand line in
/// `prepared`. Deterministic. `scenario` must be the one `prepared` was made from.
[[nodiscard]] model::RunResult plan(const model::Scenario& scenario, const Prepared& prepared);

/// Called from the calling thread while simulate() runs.
struct SimulationProgress {
  /// A route of demand line `line` (0-based, of `lines`) starts.
  std::function<void(std::size_t line, std::size_t lines, const model::Demand& demand)> route;
  /// Journeys simulated of the current route (see sim::MonteCarloOptions::progress).
  std::function<void(std::uint64_t done, std::uint64_t total)> journeys;
};

/// Routes every demand line, then simulates its `routes_per_line` best routes by Monte Carlo.
/// The same scenario, overrides and seed give the same bits for any thread count.
[[nodiscard]] model::SimulationRun simulate(const model::Scenario& scenario,
                                            const Prepared& prepared,
                                            const SimulationProgress& progress = {});

/// Routes every demand line of the scenario (its `capacity_routes` best routes, whatever
/// `prepared.demand` holds) and simulates all their shipments together over the horizon
/// (capacity::simulate). `progress` is called from the calling thread. The same scenario,
/// overrides and seed give the same bits for any thread count. Throws ValidationError for
/// demand too heavy to simulate (a line generating billions of shipments a replication).
[[nodiscard]] model::CapacityRun capacity(
    const model::Scenario& scenario, const Prepared& prepared,
    const std::function<void(std::uint64_t done, std::uint64_t total)>& progress = {});

/// The places and links as reports show them: each link with its expected running time, wait
/// and tariff (as routing prices a leg) and the constraints that forbid it. O(links).
[[nodiscard]] model::NetworkView network_view(const model::Scenario& scenario,
                                              const model::Constraints& constraints);
/// The same for a view of `scenario` already made (model::view_of): sets every link's price
/// and the constraints that forbid it, in place. O(links).
void price_view(model::NetworkView& view, const model::Scenario& scenario,
                const model::Constraints& constraints);

}  // namespace corridor::engine
