// `corridor check` and `corridor compare`: load, evaluate (corridor/gates), write the report
// and the CI files, and exit 1 when a check failed.

#include <filesystem>
#include <iostream>
#include <sstream>

#include <spdlog/spdlog.h>

#include <corridor/error.hpp>
#include <corridor/gates/gates.hpp>
#include <corridor/report/gates.hpp>

#include "cli/commands.hpp"
#include "cli/output_file.hpp"

namespace corridor::cli {

namespace {

Issue option_error(std::string option, std::string message, std::string hint) {
  return Issue{Issue::Severity::error, {}, std::move(option), std::move(message), std::move(hint)};
}

report::GateFormat gate_format(const OutputOptions& o) {
  constexpr const char* kFormats = "check and compare reports are text, md, json, csv or github";
  if (o.csv_bom) {
    throw ValidationError("",
                          {option_error("--csv-bom", "check and compare take no --csv-bom", "")});
  }
  if (o.format) {
    if (auto f = report::parse_gate_format(*o.format)) return *f;
    if (*o.format == "html" || *o.format == "geojson") {
      throw ValidationError(
          "", {option_error("--format",
                            "check and compare reports are not written as " + *o.format + " yet",
                            std::string(kFormats) + "; md makes a page to read")});
    }
    throw ValidationError(
        "", {option_error("--format", "unknown format '" + *o.format + "'", kFormats)});
  }
  if (o.path && *o.path != "-") {
    const auto ext = std::filesystem::path(*o.path).extension().string();
    if (ext.empty() || ext == ".txt") return report::GateFormat::text;
    if (ext == ".md") return report::GateFormat::md;
    if (ext == ".json") return report::GateFormat::json;
    if (ext == ".csv") return report::GateFormat::csv;
    throw ValidationError(
        "", {option_error("-o", "no check or compare report is written to '" + ext + "' files",
                          std::string(kFormats) + "; --format chooses one for any file name")});
  }
  return report::GateFormat::text;
}

/// Writes the report and the CI files; the exit code of the verdict.
int finish(const model::GateRun& run, report::GateFormat format, const Options& options) {
  const auto& sim = options.overrides.simulation;
  if (!run.simulated && (sim.replications || sim.threads || options.named.seed)) {
    spdlog::warn(
        "warning: --seed, --replications and --threads apply to the Monte Carlo, and nothing was "
        "simulated (add --simulate, or a check on p50_days, p90_days, p95_days or "
        "on_time_share)");
  }
  if (options.gates.junit) {
    std::ostringstream junit;
    report::write_junit(run, junit);
    write_output(junit.str(), options.gates.junit);
  }
  if (options.gates.summary) {
    std::ostringstream summary;
    report::write_summary(run, summary);
    write_output(summary.str(), options.gates.summary);
  }
  std::ostringstream out;
  report::write(run, format, out);
  write_output(out.str(), options.output.path);
  if (run.passed()) return 0;
  spdlog::error("{} of the checks failed", run.failures());
  return static_cast<int>(ExitCode::check_failed);
}

/// Runs `body`; with --format github, an invalid scenario or option is also printed as
/// annotations on standard output before it is reported as usual (exit 2).
template <class Body>
int annotated(report::GateFormat format, Body body) {
  try {
    return body();
  } catch (const ValidationError& e) {
    if (format == report::GateFormat::github) report::write_annotations(e.issues(), std::cout);
    throw;
  }
}

}  // namespace

gates::Input load_input(const std::string& file, const Options& options) {
  auto [loaded, settings] = io::load_scenario_settings(file, io::LoadLimits::from_environment());
  for (const auto& w : loaded.warnings)
    spdlog::warn("{}", format_issue(w));
  for (const auto& out : {options.output.path, options.gates.junit, options.gates.summary}) {
    refuse_input_as_output(out, loaded.files);
  }
  return gates::Input{file, std::move(loaded), std::move(settings)};
}

gates::Options gate_options(const Options& options) {
  gates::Options out;
  out.overrides = overrides_of(options);
  for (const auto& expression : options.gates.fail_if)
    out.fail_if.push_back(gates::parse_fail_if(expression));
  out.simulate = options.gates.simulate;
  out.command = options.command_line;
  return out;
}

int run_check(const Options& options) {
  const auto format = gate_format(options.output);
  return annotated(format, [&] {
    const auto gate = gate_options(options);
    const auto input = load_input(options.scenario, options);
    auto run = gates::check(input, gate);
    return finish(run, format, options);
  });
}

int run_compare(const Options& options) {
  const auto format = gate_format(options.output);
  return annotated(format, [&] {
    const auto gate = gate_options(options);
    const auto base = load_input(options.scenario, options);
    std::vector<gates::Input> variants;
    for (const auto& file : options.gates.variants)
      variants.push_back(load_input(file, options));
    auto run = gates::compare(base, variants, gate);
    return finish(run, format, options);
  });
}

}  // namespace corridor::cli
