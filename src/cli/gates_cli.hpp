#pragma once
// `corridor check` and `corridor compare`: their options (CLI11) and the commands.

#include <CLI/CLI.hpp>

#include "cli/options.hpp"

namespace corridor::cli {

/// Adds `check FILE` with its options to `app`; returns the subcommand.
CLI::App* add_check_command(CLI::App& app, Options& o);
/// Adds `compare BASE VARIANT [MORE...]` with its options to `app`; returns the subcommand.
CLI::App* add_compare_command(CLI::App& app, Options& o);
/// Adds `calibrate FILE` with its options to `app` (calibrate.cpp); returns the subcommand.
CLI::App* add_calibrate_command(CLI::App& app, Options& o);
/// Adds `--strict` to `corridor run`.
void add_strict_option(CLI::App& run, Options& o);
/// Adds `--per teu|container` to `corridor run` and `corridor routes`.
void add_per_option(CLI::App& cmd, Options& o);

}  // namespace corridor::cli
