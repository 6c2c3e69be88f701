// `corridor calibrate` over the pipeline (corridor/gates/calibration.hpp).

#include <corridor/engine/calibration.hpp>
#include <corridor/gates/calibration.hpp>

namespace corridor::gates {

namespace {

[[noreturn]] void refuse(std::string where, std::string message, std::string hint) {
  throw ValidationError(
      "",
      {Issue{Issue::Severity::error, {}, std::move(where), std::move(message), std::move(hint)}});
}

}  // namespace

model::CheckOutcome evaluate(const model::Check& check, const CheckSource& source,
                             const std::string& scenario,
                             const model::CalibrationSummary& summary) {
  model::CheckOutcome o;
  o.id = check.id;
  o.line = std::string(model::kObservations);
  o.scenario = scenario;
  o.metric = check.metric;
  o.bound = check.bound;
  o.limit = check.limit;
  o.where = source.where;
  o.origin = source.origin;
  o.value = model::metric_value(summary, check.metric);
  const std::string metric(model::to_string(check.metric));
  if (!o.value) {
    o.message = metric + ": no observation to compare";
    return o;
  }
  const bool max = check.bound == model::Bound::max;
  o.passed = max ? *o.value <= check.limit : *o.value >= check.limit;
  o.message = metric + " " + format_metric(check.metric, *o.value) +
              (max ? (o.passed ? " <= max " : " > max ") : (o.passed ? " >= min " : " < min ")) +
              format_metric(check.metric, check.limit);
  return o;
}

std::vector<model::CheckOutcome> evaluate_calibration(const Input& input, const Options& options,
                                                      const model::CalibrationSummary& summary) {
  std::vector<model::CheckOutcome> out;
  const auto& scenario = input.loaded.scenario;
  for (std::size_t i = 0; i < scenario.checks.size(); ++i) {
    if (!model::is_calibration(scenario.checks[i].metric)) continue;
    const std::string path = "checks[" + std::to_string(i) + "]";
    out.push_back(evaluate(scenario.checks[i], {input.loaded.source_map.locate(path), path},
                           scenario.name, summary));
  }
  for (const auto& f : options.fail_if) {
    if (!model::is_calibration(f.check.metric)) continue;
    out.push_back(evaluate(f.check, {{input.file, 0, 0}, "--fail-if '" + f.expression + "'"},
                           scenario.name, summary));
  }
  return out;
}

model::CalibrationRun calibrate(const Input& input, const Options& options) {
  const auto& scenario = input.loaded.scenario;
  for (const auto& f : options.fail_if) {
    if (model::is_calibration(f.check.metric)) continue;
    refuse("--fail-if '" + f.expression + "'",
           std::string(model::to_string(f.check.metric)) + " is not a calibration metric",
           "calibrate gates days_mape, usd_mape, days_within_range_share and "
           "usd_within_range_share; corridor check gates the demand lines");
  }
  if (scenario.observations.empty()) {
    refuse(input.file, "the scenario has no observations to calibrate against",
           "add published journeys under observations: (docs/scenario-format.md#observations)");
  }
  const engine::Prepared prepared = engine::prepare(scenario, options.overrides);
  model::CalibrationRun run = engine::calibrate(scenario, prepared, options.simulate);
  run.file = input.file;
  run.command = options.command;
  run.checks = evaluate_calibration(input, options, run.summary);
  return run;
}

}  // namespace corridor::gates
