#include "cli/gates_cli.hpp"

namespace corridor::cli {

namespace {

constexpr const char* kExitCodes =
    "Exit codes: 0 every check passed, 1 a check failed, 2 bad usage or invalid scenario "
    "(also a bad --fail-if), 70 internal error, 74 a report could not be written.";

void add_gate_options(CLI::App& cmd, Options& o) {
  auto& g = o.gates;
  cmd.add_option("--fail-if", g.fail_if,
                 "fail (exit 1) when [LINE.]METRIC > LIMIT, < LIMIT or > +N% (relative to the "
                 "base, compare only), e.g. 'KHORGOS->VILNIUS_VIT.p95_days > 40' (repeatable)")
      ->allow_extra_args(false);  // one expression per --fail-if: the files may follow
  cmd.add_flag("--simulate", g.simulate,
               "also run the Monte Carlo (P50, P90, P95 days, on-time share); checks on those "
               "metrics run it anyway");
  cmd.add_option("--replications", o.overrides.simulation.replications,
                 "journeys per route (default: the scenario's; compare: the base's)");
  cmd.add_option("--seed", o.named.seed,
                 "random seed (default: the scenario's; compare: the base's)");
  cmd.add_option("--threads", o.overrides.simulation.threads,
                 "worker threads (default: all cores)");
  cmd.add_option("--junit", g.junit, "also write JUnit XML: a test case per check and demand line");
  cmd.add_option("--summary", g.summary,
                 "also write a Markdown summary for a CI job (verdict first, then the deltas)");
  cmd.add_option("-f,--format", o.output.format,
                 "text, md, json, csv or github (annotations of failed checks); default: from "
                 "-o's extension, else text");
  cmd.add_option("-o,--output", o.output.path, "write the report to this file");
  cmd.footer(kExitCodes);
}

}  // namespace

CLI::App* add_check_command(CLI::App& app, Options& o) {
  auto* cmd = app.add_subcommand("check", "evaluate a scenario's checks: exit 1 when one fails");
  cmd->add_option("scenario", o.scenario, "scenario YAML file")->required();
  add_gate_options(*cmd, o);
  return cmd;
}

CLI::App* add_compare_command(CLI::App& app, Options& o) {
  auto* cmd = app.add_subcommand(
      "compare", "what variants change against a base: inputs, best routes, days, USD, CO2e");
  cmd->add_option("base", o.scenario, "the base scenario YAML file")->required();
  cmd->add_option("variants", o.gates.variants, "one or more variant scenario files")->required();
  add_gate_options(*cmd, o);
  return cmd;
}

void add_strict_option(CLI::App& run, Options& o) {
  run.add_flag("--strict", o.strict, "exit 1 when a demand line has no route");
}

void add_per_option(CLI::App& cmd, Options& o) {
  cmd.add_option("--per", o.usd_per,
                 "routes' USD per teu (default) or per container: each line's container (20ft "
                 "1 TEU, 40ft and 40hc 2 TEU) times its USD per TEU");
}

}  // namespace corridor::cli
