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
  std::optional<OdQuery> od;
};

/// `base` with the overrides applied: lists are appended (after clearing the avoid_* lists
/// when asked), values replace. Precondition: io::check_overrides found no error, so every
/// integer fits its field.
[[nodiscard]] Policy apply(const Policy& base, const PolicyOverrides& overrides);

}  // namespace corridor::model
