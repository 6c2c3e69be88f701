#pragma once
/// `corridor check` and `corridor compare`: the best route of every demand line of one or more
/// scenarios, with Monte Carlo figures when asked or when a check needs them, what each variant
/// changes, and every check evaluated.
///
/// Every scenario is simulated with the same seed and replication count, so that replication i
/// of a base route and of a variant route draw from the same random stream (common random
/// numbers): a difference between them comes from the inputs, not from sampling.

#include <string>
#include <vector>

#include <corridor/gates/fail_if.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/io/settings.hpp>
#include <corridor/model/gate_result.hpp>
#include <corridor/model/overrides.hpp>

namespace corridor::gates {

/// A scenario file loaded, with its merged settings (io::load_scenario_settings).
struct Input {
  std::string file;  ///< as named on the command line
  io::LoadedScenario loaded;
  io::Settings settings;
};

struct Options {
  /// Seed, replications and threads for the Monte Carlo runs; the base's seed and replications
  /// (after these) are used for every scenario.
  model::Overrides overrides;
  std::vector<FailIf> fail_if;
  bool simulate = false;  ///< simulate even when no check needs it
  std::string command;    ///< the command line, for reports
};

/// Evaluates the scenario's own checks (relative ones are skipped: they need a base) and the
/// --fail-if checks on `input`. Throws ValidationError for a --fail-if that names an unknown
/// demand line, or is relative.
[[nodiscard]] model::GateRun check(const Input& input, const Options& options);

/// Compares each variant with `base`: inputs changed, answers per line, and on each variant its
/// own checks (absolute and relative to the base) and the --fail-if checks. Throws
/// ValidationError for a --fail-if naming a line no scenario has.
[[nodiscard]] model::GateRun compare(const Input& base, const std::vector<Input>& variants,
                                     const Options& options);

}  // namespace corridor::gates
