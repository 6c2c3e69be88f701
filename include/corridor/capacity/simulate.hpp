#pragma once
/// The capacity simulation: every shipment of every demand line over a horizon, competing for
/// the scenario's limited resources (corridor/model/capacity_result.hpp says what is counted).
///
/// Resources. A timetabled link direction with `schedule.capacity_teu` carries at most that
/// many TEU per departure, boarding strictly in arrival order; a closure cancels its departures
/// and the backlog leaves on the following ones. A node with `handling.servers` transships on
/// that many servers, one shipment each (a container, or a block train of shipment_teu TEU),
/// for the sampled handling time. `capacity.teu_per_day` of a node (every shipment starting,
/// passing or ending there) or of a link direction spaces passings evenly. Everything else is
/// unlimited and costs nothing at run time: a shipment crosses it without an event.
///
/// Demand. Each line generates shipments of `shipment_teu` at teu_per_week x demand_scale,
/// as a Poisson process or evenly spaced (`arrivals`), from hour 0 on. Each shipment picks one
/// of the line's routes by the route choice's probabilities.
///
/// Sampling, as the Monte Carlo engine does (corridor/sim/journey.hpp). Shipment n of demand
/// line l in replication r draws its durations from the Monte Carlo stream of replication
/// index (l << 52) | (r << 32) | n under the same seed, in the same order as `simulate` does
/// (its departure-time draw is made and discarded: here the demand sets the time), and its
/// door-to-door hours are added up in the same order. So with every resource unlimited, no
/// timetable and no closure, shipment n of line 0 in replication 0 takes exactly the time of
/// Monte Carlo replication n. Timetables make the time depend on the ready time, which here
/// comes from the demand rather than from that draw; and closures are one history per
/// replication, shared by all its shipments (a storm stops every ferry), where `simulate`
/// draws one per journey: the distributions then agree (for a departure window equal to the
/// horizon), the values do not. Demand arrivals and route choices draw from streams of their
/// own per (line, replication), closures from one per replication.
///
/// Replications are independent and merged in replication order: results are the same bits
/// for any thread count.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <corridor/model/capacity_result.hpp>
#include <corridor/model/result.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::capacity {

enum class RouteChoice : std::uint8_t {
  best,         ///< every shipment takes the line's best route
  shares,       ///< fixed shares over the line's routes (Options::route_shares)
  logit,        ///< logit shares on the routes' generalized cost, as routing priced them
  equilibrium,  ///< logit on generalized cost plus the delays simulated, until stable
};
[[nodiscard]] std::string_view to_string(RouteChoice choice);
[[nodiscard]] std::optional<RouteChoice> parse_route_choice(std::string_view text);

/// Largest replication count (replications index the shipments' streams).
inline constexpr int kMaxCapacityReplications = 1 << 20;

struct Options {
  std::uint64_t seed = 42;
  int replications = 10;        ///< 1 .. kMaxCapacityReplications
  int threads = 0;              ///< worker threads, 0 .. model::kMaxThreads; 0 = every core
  double horizon_days = 365.0;  ///< > 0
  double warmup_days = 30.0;    ///< >= 0, < horizon_days
  double demand_scale = 1.0;    ///< >= 0: multiplies every line's teu_per_week
  RouteChoice route_choice = RouteChoice::best;
  /// shares: per demand line, weights (>= 0) over its routes, best first; a line without
  /// weights, or whose weights are all 0, takes its best route. With another route choice,
  /// shares given here are ignored with a warning in the results.
  std::vector<std::vector<double>> route_shares;
  /// logit, equilibrium: USD per TEU of generalized cost that makes a route e times less
  /// likely (> 0).
  double logit_scale_usd = 100.0;
  /// equilibrium: at most this many simulations (>= 1); stop when the gap is at most
  /// `tolerance` (share units, >= 0).
  int max_iterations = 100;
  double tolerance = 0.01;
  /// Resources whose weekly queue series are kept (the worst bottlenecks first).
  int queue_series = 5;
  /// Called from the calling thread, at most about ten times a second, with replications
  /// simulated and planned (equilibrium iterations included).
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;
};

/// The options a scenario asks for: its seed, horizon, warm-up and demand scale.
[[nodiscard]] Options options_from(const model::SimulationSettings& settings);

/// Simulates the demand lines of `scenario` over `lines`: one entry per demand line of the
/// scenario, in order, with the line and its routes (best first, as routing::plan returns them
/// in RunResult::results; a line without routes is not served). The routes must have been
/// built and priced on `scenario`. Throws std::invalid_argument for options out of range (or
/// more than 4096 lines, or a line so heavy that a replication would generate 2^32 shipments),
/// std::out_of_range for a route or cargo that does not belong to the scenario.
///
/// Equilibrium: starting from logit shares on the routes' generalized costs, each iteration
/// simulates every replication, re-prices every route with its resources' mean delay times
/// the cargo's value of time, and moves the shares towards the logit response by the method
/// of successive averages; it stops when no line's shares are further than `tolerance` from
/// the response (the gap), or after `max_iterations`. The result is the last simulation.
///
/// Complexity: O(replications x (events log(shipments in flight) + shipments x stages)) per
/// simulation, memory O(shipments) for the exact percentiles.
[[nodiscard]] model::CapacityRun simulate(const model::Scenario& scenario,
                                          std::span<const model::OdResult> lines,
                                          const Options& options);

}  // namespace corridor::capacity
