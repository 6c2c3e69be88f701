#pragma once
/// Changes a caller asks for on top of a scenario (the command line, a sweep, a library user):
/// typed values, checked by io::apply_overrides with the same rules and messages as the file.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <corridor/model/mode.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::model {

/// Overrides of the routing policy; unset ones keep the scenario's values. Integers are wide so
/// that an out-of-range value is reported as given, never wrapped.
struct PolicyOverrides {
  std::optional<Objective> objective;
  std::optional<std::int64_t> alternatives;
  bool pareto = false;       ///< also list Pareto options (on top of the scenario's setting)
  bool clear_avoid = false;  ///< drop the scenario's avoid_* lists before adding these
  std::vector<std::string> avoid_countries;
  std::vector<Mode> avoid_modes;
  std::vector<std::string> avoid_links;
  std::vector<std::string> avoid_nodes;
  std::vector<std::string> via;
  std::optional<std::int64_t> max_transshipments;
  std::optional<std::int64_t> max_gauge_changes;
  std::optional<double> max_days;
  std::optional<std::int64_t> pareto_max_labels;
};

/// Overrides of the Monte Carlo settings.
struct SimulationOverrides {
  std::optional<std::int64_t> replications;
  std::optional<std::uint64_t> seed;
  std::optional<std::int64_t> threads;          ///< worker threads; unset: every core
  std::optional<std::int64_t> routes_per_line;  ///< how many of each line's best routes
  // The capacity simulation (simulation.horizon_days, warmup_days, demand_scale of the file).
  std::optional<double> horizon_days;
  std::optional<double> warmup_days;
  std::optional<double> demand_scale;
};

/// Largest replication count of the capacity simulation (its replications index the
/// shipments' random streams).
inline constexpr std::int64_t kMaxCapacityReplications = 1 << 20;
/// Largest equilibrium iteration count.
inline constexpr std::int64_t kMaxEquilibriumIterations = 1000;

/// Overrides of the capacity simulation's replications and route choice (no scenario keys:
/// the command line and library users only).
struct CapacityOverrides {
  std::optional<std::int64_t> replications;  ///< replications of the horizon (default 10)
  /// best, shares, logit or equilibrium (corridor/capacity/simulate.hpp); checked by name.
  std::optional<std::string> route_choice;
  std::vector<double> shares;             ///< shares: weights over each line's routes, best first
  std::optional<double> logit_scale_usd;  ///< logit, equilibrium: USD per TEU, > 0
  std::optional<std::int64_t> max_iterations;  ///< equilibrium: at most this many simulations
  std::optional<double> tolerance;             ///< equilibrium: gap to stop at, in [0, 1]
};

/// One origin-destination pair asked about instead of the scenario's demand lines. Without a
/// cargo, the cargo of the scenario's demand line between the two places is used, else the
/// first cargo profile.
struct OdQuery {
  std::string from;
  std::string to;
  std::optional<std::string> cargo;
};

/// Everything a caller may override, together.
struct Overrides {
  PolicyOverrides policy;
  SimulationOverrides simulation;
  CapacityOverrides capacity;
  std::optional<OdQuery> od;
};

/// `base` with the overrides applied: lists are appended (after clearing the avoid_* lists
/// when asked), values replace. Precondition: io::check_overrides found no error, so every
/// integer fits its field.
[[nodiscard]] Policy apply(const Policy& base, const PolicyOverrides& overrides);

}  // namespace corridor::model
