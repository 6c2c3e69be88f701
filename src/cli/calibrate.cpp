// `corridor calibrate FILE`: the scenario's observations priced by the model, the error of
// each and the summary metrics, the calibration checks evaluated; exit 1 when one fails.

#include <sstream>

#include <spdlog/spdlog.h>

#include <corridor/error.hpp>
#include <corridor/gates/calibration.hpp>
#include <corridor/report/calibration.hpp>

#include "cli/commands.hpp"
#include "cli/gates_cli.hpp"
#include "cli/output_file.hpp"

namespace corridor::cli {

CLI::App* add_calibrate_command(CLI::App& app, Options& o) {
  auto* cmd = app.add_subcommand(
      "calibrate",
      "compare the model with the scenario's observed journeys: error per journey, "
      "mean absolute percentage error, share within the observed ranges");
  cmd->add_option("scenario", o.scenario, "scenario YAML file")->required();
  cmd->add_flag("--simulate", o.gates.simulate,
                "also simulate each observation's route: P50 and P90 days");
  cmd->add_option("--replications", o.overrides.simulation.replications,
                  "journeys per route with --simulate (default: the scenario's)");
  cmd->add_option("--seed", o.named.seed, "random seed with --simulate (default: the scenario's)");
  cmd->add_option("--threads", o.overrides.simulation.threads,
                  "worker threads (default: all cores)");
  cmd->add_option("--fail-if", o.gates.fail_if,
                  "fail (exit 1) when METRIC > LIMIT or METRIC < LIMIT, METRIC one of days_mape, "
                  "usd_mape (percent), days_within_range_share, usd_within_range_share (0 to 1), "
                  "e.g. 'days_mape > 30' (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("-f,--format", o.output.format,
                  "text, md, json or csv (default: from -o's extension, else text)");
  cmd->add_option("-o,--output", o.output.path, "write the report to this file");
  cmd->add_flag("--csv-bom", o.output.csv_bom,
                "CSV: start with a UTF-8 byte order mark, so that Excel reads names right");
  cmd->footer(
      "Exit codes: 0 every calibration check passed (or none), 1 a check failed, 2 bad usage or "
      "invalid scenario, 70 internal error, 74 a report could not be written.");
  return cmd;
}

int run_calibrate(const Options& options) {
  const report::Format format = checked_table_format(options.output, "a calibration report is");
  const gates::Options gate = gate_options(options);
  const auto& sim = options.overrides.simulation;
  if (!gate.simulate && (sim.replications || sim.threads || options.named.seed)) {
    const char* option = sim.replications ? "--replications" : sim.threads ? "--threads" : "--seed";
    throw ValidationError("", {Issue{Issue::Severity::error,
                                     {},
                                     option,
                                     "applies to the Monte Carlo, and nothing is simulated",
                                     "add --simulate"}});
  }
  const gates::Input input = load_input(options.scenario, options);
  const model::CalibrationRun run = gates::calibrate(input, gate);
  std::ostringstream out;
  report::write(run, format, out, report::WriteOptions{options.output.csv_bom});
  write_output(out.str(), options.output.path);
  if (run.passed()) return 0;
  spdlog::error("{} of the calibration checks failed", run.failures());
  return static_cast<int>(ExitCode::check_failed);
}

}  // namespace corridor::cli
