#pragma once
// `corridor check` and `corridor compare`: their options (CLI11) and the commands.

#include <CLI/CLI.hpp>

#include <corridor/gates/gates.hpp>

#include "cli/options.hpp"

namespace corridor::cli {

/// Adds `check FILE` with its options to `app`; returns the subcommand.
CLI::App* add_check_command(CLI::App& app, Options& o);
/// Adds `compare BASE VARIANT [MORE...]` with its options to `app`; returns the subcommand.
CLI::App* add_compare_command(CLI::App& app, Options& o);
/// Adds `calibrate FILE` with its options to `app` (calibrate.cpp); returns the subcommand.
CLI::App* add_calibrate_command(CLI::App& app, Options& o);
/// Reads a scenario for the gates (with the settings compare diffs), logging its warnings;
/// refuses an output file that is one of its inputs.
gates::Input load_input(const std::string& file, const Options& options);
/// The gates' options from the command line: overrides, --fail-if, --simulate.
gates::Options gate_options(const Options& options);
/// Adds `--strict` to `corridor run`.
void add_strict_option(CLI::App& run, Options& o);
/// Adds `--per teu|container` to `corridor run` and `corridor routes`.
void add_per_option(CLI::App& cmd, Options& o);

}  // namespace corridor::cli
