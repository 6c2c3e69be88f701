// `corridor check` and `corridor compare` over the pipeline (corridor/gates/gates.hpp).

#include <algorithm>

#include <corridor/engine/calibration.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/gates/calibration.hpp>
#include <corridor/gates/diff.hpp>
#include <corridor/gates/evaluate.hpp>
#include <corridor/gates/gates.hpp>
#include <corridor/io/hints.hpp>

namespace corridor::gates {

namespace {

struct Settings {
  bool simulate = false;
  std::uint64_t seed = 0;
  std::uint64_t replications = 0;
};

model::LineAnswer line_of(const model::OdResult& od) {
  model::LineAnswer line;
  line.demand = od.demand;
  if (!od.routes.empty()) {
    line.route = od.routes.front();
  } else if (od.unreachable) {
    line.unreachable = od.unreachable->reason;
  }
  return line;
}

/// The best route of every demand line of `input`, simulated when asked.
model::ScenarioAnswers answers(const Input& input, const model::Overrides& overrides,
                               const Settings& settings) {
  const auto& scenario = input.loaded.scenario;
  engine::Prepared prepared = engine::prepare(scenario, overrides);
  prepared.policy.alternatives = 1;  // the best route: the first of any k (corridors.hpp)
  prepared.policy.pareto = false;
  prepared.routes_per_line = 1;
  model::ScenarioAnswers out;
  out.name = scenario.name;
  out.file = input.file;
  if (!settings.simulate) {
    auto run = engine::plan(scenario, prepared);
    out.network = std::move(run.network);
    for (const auto& od : run.results)
      out.lines.push_back(line_of(od));
    return out;
  }
  auto run = engine::simulate(scenario, prepared);
  out.network = std::move(run.network);
  for (const auto& od : run.results) {
    model::LineAnswer line = line_of(od.od);
    if (!od.simulated.empty()) {
      const auto& sim = od.simulated.front();
      line.p50_days = sim.days.p50;
      line.p90_days = sim.days.p90;
      line.p95_days = sim.days.p95;
      line.on_time_share = sim.on_time_probability;
    }
    out.lines.push_back(std::move(line));
  }
  return out;
}

/// The seed and replications every scenario runs with: the base's, after the overrides.
Settings settings_of(const Input& base, const model::Overrides& overrides, bool simulate) {
  const engine::Prepared prepared = engine::prepare(base.loaded.scenario, overrides);
  return Settings{simulate, prepared.simulation.seed,
                  static_cast<std::uint64_t>(prepared.simulation.replications)};
}

model::Overrides common_overrides(model::Overrides overrides, const Settings& settings) {
  overrides.simulation.seed = settings.seed;
  overrides.simulation.replications = static_cast<std::int64_t>(settings.replications);
  return overrides;
}

[[noreturn]] void refuse(const FailIf& f, std::string message, std::string hint) {
  throw ValidationError("", {Issue{Issue::Severity::error,
                                   {},
                                   "--fail-if '" + f.expression + "'",
                                   std::move(message),
                                   std::move(hint)}});
}

/// Every --fail-if names `all` or a line one of `inputs` has.
void check_lines(const std::vector<FailIf>& fail_if, const std::vector<const Input*>& inputs) {
  std::vector<std::string> ids;
  for (const auto* input : inputs) {
    for (const auto& d : input->loaded.scenario.demand)
      ids.push_back(d.id);
  }
  for (const auto& f : fail_if) {
    const auto& line = f.check.demand;
    if (line == model::kAllLines || model::is_calibration(f.check.metric) ||
        std::count(ids.begin(), ids.end(), line) > 0) {
      continue;
    }
    std::string hint = io::did_you_mean(line, ids);
    refuse(f, "unknown demand line '" + line + "'",
           hint.empty() ? "a demand line id (demand[].id, default FROM->TO); leave it out for "
                          "every line"
                        : hint);
  }
}

bool needs_simulation(const model::Scenario& scenario, const std::vector<FailIf>& fail_if,
                      bool relative_too) {
  const auto simulated = [relative_too](const model::Check& c) {
    return model::is_simulated(c.metric) && (relative_too || !c.relative());
  };
  return std::any_of(scenario.checks.begin(), scenario.checks.end(), simulated) ||
         std::any_of(fail_if.begin(), fail_if.end(),
                     [&](const FailIf& f) { return simulated(f.check); });
}

void append(std::vector<model::CheckOutcome>& to, std::vector<model::CheckOutcome> from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

/// Some check on `input`, of the scenario or --fail-if, is on a calibration metric.
bool has_calibration_checks(const Input& input, const Options& options) {
  const auto calibration = [](const model::Check& c) { return model::is_calibration(c.metric); };
  const auto& checks = input.loaded.scenario.checks;
  return std::any_of(checks.begin(), checks.end(), calibration) ||
         std::any_of(options.fail_if.begin(), options.fail_if.end(),
                     [&](const FailIf& f) { return calibration(f.check); });
}

/// The scenario's own checks and the --fail-if ones, on `answers` (against `base` if any);
/// checks on calibration metrics on the scenario's observations, priced without simulation.
void evaluate_all(const Input& input, const model::ScenarioAnswers& answers,
                  const model::ScenarioAnswers* base, const Options& options, model::GateRun& run) {
  const auto& checks = input.loaded.scenario.checks;
  for (std::size_t i = 0; i < checks.size(); ++i) {
    if (model::is_calibration(checks[i].metric)) continue;
    const std::string path = "checks[" + std::to_string(i) + "]";
    append(run.checks,
           evaluate(checks[i], {input.loaded.source_map.locate(path), path}, answers, base));
  }
  for (const auto& f : options.fail_if) {
    if (model::is_calibration(f.check.metric)) continue;
    append(run.checks, evaluate(f.check, {{input.file, 0, 0}, "--fail-if '" + f.expression + "'"},
                                answers, base));
  }
  if (!has_calibration_checks(input, options)) return;
  const auto& scenario = input.loaded.scenario;
  const auto calibration =
      engine::calibrate(scenario, engine::prepare(scenario, options.overrides), false);
  append(run.checks, evaluate_calibration(input, options, calibration.summary));
}

model::GateRun start(const Settings& settings, const Options& options) {
  model::GateRun run;
  run.simulated = settings.simulate;
  run.seed = settings.seed;
  run.replications = settings.simulate ? settings.replications : 0;
  run.command = options.command;
  return run;
}

}  // namespace

model::GateRun check(const Input& input, const Options& options) {
  for (const auto& f : options.fail_if) {
    if (f.check.relative()) {
      refuse(f, "a relative limit needs a base to compare with",
             "corridor compare BASE.yaml VARIANT.yaml --fail-if '" + f.expression + "'");
    }
  }
  check_lines(options.fail_if, {&input});
  const bool simulate =
      options.simulate || needs_simulation(input.loaded.scenario, options.fail_if, false);
  const Settings settings = settings_of(input, options.overrides, simulate);
  model::GateRun run = start(settings, options);
  run.scenarios.push_back(answers(input, common_overrides(options.overrides, settings), settings));
  evaluate_all(input, run.scenarios.front(), nullptr, options, run);
  return run;
}

model::GateRun compare(const Input& base, const std::vector<Input>& variants,
                       const Options& options) {
  std::vector<const Input*> inputs{&base};
  bool simulate = options.simulate;
  for (const auto& v : variants) {
    inputs.push_back(&v);
    simulate = simulate || needs_simulation(v.loaded.scenario, options.fail_if, true);
  }
  check_lines(options.fail_if, inputs);
  const Settings settings = settings_of(base, options.overrides, simulate);
  const model::Overrides common = common_overrides(options.overrides, settings);
  model::GateRun run = start(settings, options);
  run.scenarios.push_back(answers(base, common, settings));
  for (const auto& v : variants) {
    run.changes.push_back(diff(base.settings, v.settings));
    run.scenarios.push_back(answers(v, common, settings));
  }
  for (std::size_t i = 0; i < variants.size(); ++i) {
    evaluate_all(variants[i], run.scenarios[i + 1], &run.scenarios.front(), options, run);
  }
  return run;
}

}  // namespace corridor::gates
