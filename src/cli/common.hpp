#pragma once
// Helpers shared by the commands.

#include <string>

#include <corridor/io/load_scenario.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/report/report.hpp>

#include "cli/options.hpp"

namespace corridor::cli {

/// Loads the scenario named on the command line and logs its warnings.
[[nodiscard]] io::LoadedScenario load(const Options& options);
/// The scenario's policy with the command line's overrides; throws on unknown ids or values.
[[nodiscard]] model::Policy effective_policy(const model::Scenario& s, const PolicyOptions& o);
[[nodiscard]] report::Format output_format(const OutputOptions& o);
/// Writes a finished report to standard output, or atomically to the -o file.
void emit(const std::string& bytes, const OutputOptions& o);

}  // namespace corridor::cli
