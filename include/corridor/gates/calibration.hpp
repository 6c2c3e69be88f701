#pragma once
/// `corridor calibrate`: the scenario's observations priced by the model
/// (corridor/engine/calibration.hpp), and the checks on calibration metrics evaluated —
/// the scenario's own (`checks:` with days_mape, usd_mape, days_within_range_share or
/// usd_within_range_share) and --fail-if ones.

#include <string>
#include <vector>

#include <corridor/gates/evaluate.hpp>
#include <corridor/gates/gates.hpp>
#include <corridor/model/calibration_result.hpp>

namespace corridor::gates {

/// The outcome of a check on a calibration metric against `summary`: fails when nothing was
/// compared (no value). Precondition: model::is_calibration(check.metric). O(1).
[[nodiscard]] model::CheckOutcome evaluate(const model::Check& check, const CheckSource& source,
                                           const std::string& scenario,
                                           const model::CalibrationSummary& summary);

/// Prices every observation of `input` (simulated with options.simulate) and evaluates its
/// calibration checks and the --fail-if ones. Throws ValidationError for a --fail-if on a
/// metric that is not a calibration metric, and for a scenario without observations.
[[nodiscard]] model::CalibrationRun calibrate(const Input& input, const Options& options);

/// The scenario's calibration checks and the --fail-if ones on calibration metrics, evaluated
/// on `summary`. O(checks).
[[nodiscard]] std::vector<model::CheckOutcome> evaluate_calibration(
    const Input& input, const Options& options, const model::CalibrationSummary& summary);

}  // namespace corridor::gates
