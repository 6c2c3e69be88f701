// corridor: command-line entry point. Parses argv into Options, sets up logging, runs the
// command and maps every failure to a documented exit code (see corridor/error.hpp).

#include <algorithm>
#include <iostream>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <corridor/error.hpp>
#include <corridor/huge_pages.hpp>
#include <corridor/io/hints.hpp>
#include <corridor/version.hpp>

#include "cli/commands.hpp"
#include "cli/gates_cli.hpp"
#include "cli/options.hpp"

#ifdef CORRIDOR_MPI
#include <boost/mpi/environment.hpp>

#include <corridor/distributed/split.hpp>
#endif

namespace {

using corridor::cli::Command;
using corridor::cli::Options;

/// Listing options (-k, --pareto) of run and routes; simulate refuses them with a pointer to
/// what it takes instead, since it would otherwise ignore them.
void add_listing_options(CLI::App& cmd, Options& o, bool simulate) {
  auto& p = o.overrides.policy;
  if (simulate) {
    const auto refuse = [&cmd](const std::string& names, const std::string& why) {
      const std::string name = names.substr(names.rfind(',') + 1);  // the long name
      cmd.add_flag_callback(
             names, [name, why] { throw CLI::ValidationError(name, why); }, "")
          ->group("");  // not in --help: simulate has no such option
    };
    refuse("-k,--alternatives",
           "simulate takes --routes N: how many of each line's best routes to simulate");
    refuse("--pareto",
           "simulate does not simulate Pareto options; list them with `corridor routes --pareto`, "
           "then simulate one by constraining the route (--via, --avoid-*, --objective)");
    refuse("--pareto-max-labels", "simulate does not search Pareto options");
    return;
  }
  cmd.add_option("-k,--alternatives", p.alternatives, "routes to list per demand line (1-100)");
  cmd.add_flag("--pareto", p.pareto, "also list the Pareto options over days, USD and CO2e");
  cmd.add_option("--pareto-max-labels", p.pareto_max_labels,
                 "budget of each Pareto search (default 20,000,000 labels, about 1.2 GB)");
}

void add_policy_options(CLI::App& cmd, Options& o) {
  auto& p = o.overrides.policy;
  cmd.add_option("--objective", o.named.objective,
                 "what 'best' means: cost, time, co2, generalized");
  cmd.add_option("--avoid-country", p.avoid_countries,
                 "ISO code of a country to avoid (repeatable)");
  cmd.add_option("--avoid-mode", o.named.avoid_modes,
                 "mode to avoid: rail, road, sea, ferry (repeatable)");
  cmd.add_option("--avoid-link", p.avoid_links, "link id to avoid (repeatable)");
  cmd.add_option("--avoid-node", p.avoid_nodes, "node id to avoid (repeatable)");
  cmd.add_option("--via", p.via, "node id every route must pass (repeatable)");
  cmd.add_option("--max-transshipments", p.max_transshipments, "most changes of mode or gauge");
  cmd.add_option("--max-gauge-changes", p.max_gauge_changes, "most rail gauge changes");
  cmd.add_option("--max-days", p.max_days, "rule out routes slower than this many days");
  cmd.add_flag("--no-avoid", p.clear_avoid, "ignore the scenario's avoid_* lists");
}

void add_output_options(CLI::App& cmd, corridor::cli::OutputOptions& o) {
  cmd.add_option("-f,--format", o.format,
                 "text, md, json, csv, html or geojson (default: from -o's extension, else text)");
  cmd.add_option("-o,--output", o.path, "write the report to this file instead of standard output");
  cmd.add_flag("--csv-bom", o.csv_bom,
               "CSV: start with a UTF-8 byte order mark, so that Excel reads names right");
}

/// `corridor capacity`: every shipment of the horizon competing for the scenario's limited
/// resources (docs/cli.md).
CLI::App* add_capacity_command(CLI::App& app, Options& o) {
  auto* cmd = app.add_subcommand(
      "capacity", "a horizon of shipments competing for ferries, terminals and borders");
  auto& sim = o.overrides.simulation;
  auto& cap = o.overrides.capacity;
  cmd->add_option("scenario", o.scenario, "scenario YAML file")->required();
  cmd->add_option("--horizon-days", sim.horizon_days,
                  "days of demand to simulate (default: simulation.horizon_days, 365)");
  cmd->add_option("--warmup-days", sim.warmup_days,
                  "first days not counted (default: simulation.warmup_days, 30)");
  cmd->add_option("--demand-scale", sim.demand_scale,
                  "multiply every line's teu_per_week (default: simulation.demand_scale, 1)");
  cmd->add_option("--replications", cap.replications, "replications of the horizon (default 10)");
  cmd->add_option("--seed", o.named.seed, "random seed (0 to 18446744073709551615)");
  cmd->add_option("--threads", sim.threads, "worker threads (default: all cores)");
  cmd->add_option("--route-choice", cap.route_choice,
                  "best, shares, logit or equilibrium (default best)");
  cmd->add_option("--routes", sim.routes_per_line,
                  "routes per line to choose from (default: 1 for best, one per --share, 3 "
                  "for logit and equilibrium)");
  cmd->add_option("--share", cap.shares,
                  "shares: weight of each route, best first (repeatable; the same for every "
                  "line)");
  cmd->add_option("--logit-scale", cap.logit_scale_usd,
                  "logit, equilibrium: USD per TEU that makes a route e times less likely "
                  "(default 100)");
  cmd->add_option("--max-iterations", cap.max_iterations,
                  "equilibrium: at most this many simulations (default 100)");
  cmd->add_option("--tolerance", cap.tolerance,
                  "equilibrium: stop when no line's shares move more than this (default 0.01)");
  cmd->add_flag("--no-progress", o.capacity_no_progress, "no progress bar");
  add_policy_options(*cmd, o);
  add_output_options(*cmd, o.output);
  return cmd;
}

/// `corridor criticality`'s own options.
void add_criticality_options(CLI::App& cmd, Options& o) {
  auto& c = o.criticality;
  cmd.add_option("--nodes", c.nodes, "close these nodes (ids, comma-separated)")->delimiter(',');
  cmd.add_option("--links", c.links, "close these links (ids, comma-separated)")->delimiter(',');
  cmd.add_option("--kinds", c.kinds,
                 "close the nodes of these kinds (border, seaport, ...) and the links of these "
                 "modes (ferry, sea, ...), comma-separated")
      ->delimiter(',');
  cmd.add_option("--countries", c.countries,
                 "only elements in or touching these countries (ISO codes, comma-separated)")
      ->delimiter(',');
  cmd.add_flag("--ends", c.ends, "also close the origins and destinations of demand lines");
  cmd.add_option("--to", c.to, "only the demand lines to these nodes (ids, comma-separated)")
      ->delimiter(',');
  cmd.add_option("--pairs", c.pairs,
                 "N-2: also close every pair among the N most critical elements");
  cmd.add_option("--threads", o.overrides.simulation.threads,
                 "worker threads (default: all cores)");
  auto* simulate = cmd.add_option(
      "--simulate", c.closure_length,
      "also simulate a closure of each element lasting HOURS, or a distribution of hours as in "
      "a scenario ('{triangular: [24, 48, 96]}'; Monte Carlo, shipments keep their route and "
      "wait): the TEU-days of delay it costs");
  simulate->type_name("HOURS|DISTRIBUTION");
  cmd.add_option("--closure-at", c.closure_at,
                 "--simulate: when the closure starts: uniform (a uniform hour in the middle half "
                 "of the departure window, drawn per journey; default) or middle (centred)")
      ->type_name("uniform|middle")
      ->needs(simulate);
  cmd.add_option("--replications", o.overrides.simulation.replications,
                 "--simulate: journeys per line and closure (default: the scenario's)")
      ->needs(simulate);
  cmd.add_option("--seed", o.named.seed, "--simulate: random seed (0 to 18446744073709551615)")
      ->needs(simulate);
}

/// `corridor sweep`: the grid of --set variants (docs/sweeps.md).
CLI::App* add_sweep_command(CLI::App& app, Options& o) {
  auto* cmd =
      app.add_subcommand("sweep", "plan every variant of a grid of --set values, as a table");
  auto& w = o.sweep;
  cmd->add_option("scenario", o.scenario, "scenario YAML file")->required();
  cmd->add_option("--set", w.sets,
                  "PATH=V1,V2,...: values for a YAML path of the merged scenario, list items by "
                  "id (links.AKTAU-ALAT.schedule.every_hours=24,42,72); repeatable, the grid is "
                  "every combination")
      ->required()
      ->allow_extra_args(false);
  cmd->add_flag("--simulate", w.simulate,
                "also the Monte Carlo of each line's best route: P50, P90, P95 days, on time");
  cmd->add_option("--seed", o.named.seed,
                  "random seed of --simulate, the same for every variant (default: the "
                  "scenario's)");
  cmd->add_option("--replications", o.overrides.simulation.replications,
                  "journeys per line with --simulate");
  cmd->add_option("--threads", o.overrides.simulation.threads,
                  "variants planned at once (default: all cores)");
  cmd->add_option("--shard", w.shard,
                  "I/N: only variants I, I+N, I+2N, ... (join the shards' JSON with merge)");
  add_output_options(*cmd, o.output);
  return cmd;
}

/// `corridor merge`: the shards of a sweep joined.
CLI::App* add_merge_command(CLI::App& app, Options& o) {
  auto* cmd = app.add_subcommand(
      "merge", "join the JSON tables of `sweep --shard I/N` into the table of the whole sweep");
  cmd->add_option("shards", o.sweep.shards, "the shards' JSON files, every shard once")->required();
  add_output_options(*cmd, o.output);
  return cmd;
}

void set_up_logging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("corridor");
  logger->set_pattern("%v");
  logger->set_level(verbosity < 0    ? spdlog::level::err
                    : verbosity == 0 ? spdlog::level::warn
                    : verbosity == 1 ? spdlog::level::info
                                     : spdlog::level::debug);
  spdlog::set_default_logger(logger);
}

/// The first word of the command line that is not an option must name a command (the global
/// options are flags, so no value comes before it). CLI11 would only say that a command is
/// required; this names the word and the command meant. Returns the exit code, or 0.
int check_command(int argc, char** argv, const CLI::App& app) {
  std::vector<std::string> commands;
  for (const auto* sub : app.get_subcommands({}))
    commands.push_back(sub->get_name());
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word.starts_with("-")) continue;
    if (std::find(commands.begin(), commands.end(), word) != commands.end()) return 0;
    std::string hint = corridor::io::did_you_mean(word, commands);
    if (hint.empty()) {
      hint = "commands are";
      for (std::size_t c = 0; c < commands.size(); ++c)
        hint += (c ? ", " : " ") + commands[c];
    }
    std::cerr << "error: unknown command '" << word << "'\n  hint: " << hint
              << "\nRun with --help for usage.\n";
    return static_cast<int>(corridor::ExitCode::invalid_input);
  }
  return 0;
}

/// `arg` as a POSIX shell reads it back: bare when it holds only safe characters, else in
/// single quotes.
std::string shell_quoted(std::string_view arg) {
  constexpr std::string_view kSafe =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=./:,@%";
  if (!arg.empty() && arg.find_first_not_of(kSafe) == std::string_view::npos) {
    return std::string(arg);
  }
  std::string quoted = "'";
  for (char c : arg)
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

/// "corridor" and the arguments; the program's own path is left out, so that reports do not
/// depend on where corridor is installed.
std::string command_line(int argc, char** argv) {
  std::string line = "corridor";
  for (int i = 1; i < argc; ++i)
    line += " " + shell_quoted(argv[i]);
  return line;
}

int dispatch(const Options& options) {
  switch (options.command) {
    case Command::validate:
      return corridor::cli::run_validate(options);
    case Command::run:
    case Command::routes:
      return corridor::cli::run_plan(options);
    case Command::simulate:
      return corridor::cli::run_simulate(options);
    case Command::capacity:
      return corridor::cli::run_capacity(options);
    case Command::criticality:
      return corridor::cli::run_criticality(options);
    case Command::check:
      return corridor::cli::run_check(options);
    case Command::compare:
      return corridor::cli::run_compare(options);
    case Command::sweep:
      return corridor::cli::run_sweep(options);
    case Command::merge:
      return corridor::cli::run_merge(options);
    case Command::calibrate:
      return corridor::cli::run_calibrate(options);
  }
  return static_cast<int>(corridor::ExitCode::internal);
}

}  // namespace

int main(int argc, char** argv) try {
  corridor::keep_freed_memory();
#ifdef CORRIDOR_MPI
  // Under mpirun every rank runs this program; MPI is finalised when `mpi` goes out of scope,
  // also when an error unwinds it (not aborted: the error is reported below with its exit
  // code, by every rank alike, since every rank reads the same input).
  const boost::mpi::environment mpi(argc, argv, /*abort_on_exception=*/false);
#endif
  Options options;
  CLI::App app{"corridor: multimodal freight corridor route simulator"};
  app.set_version_flag("--version", std::string("corridor ") + std::string(corridor::kVersion));
  app.require_subcommand(1);
  app.fallthrough();  // -v and -q may follow the command too
  int verbose = 0;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbose, "more detail on standard error (-vv for debug)");
  app.add_flag("-q,--quiet", quiet, "only errors on standard error");
  app.footer(corridor::exit_code_summary());

  auto* validate = app.add_subcommand("validate", "check a scenario file and report every problem");
  validate->add_option("scenario", options.scenario, "scenario YAML file")->required();
  validate->add_flag("--plausibility", options.plausibility,
                     "write every link's implied speed and detour against the great circle, "
                     "and the findings, as a report");
  add_output_options(*validate, options.output);

  auto* run = app.add_subcommand("run", "price every demand line of a scenario");
  run->add_option("scenario", options.scenario, "scenario YAML file")->required();
  add_policy_options(*run, options);
  add_listing_options(*run, options, false);
  add_output_options(*run, options.output);
  corridor::cli::add_strict_option(*run, options);
  corridor::cli::add_per_option(*run, options);

  auto* routes = app.add_subcommand("routes", "list the routes between two nodes");
  corridor::model::OdQuery od;
  routes->add_option("scenario", options.scenario, "scenario YAML file")->required();
  routes->add_option("--from", od.from, "origin node id")->required();
  routes->add_option("--to", od.to, "destination node id")->required();
  routes->add_option("--cargo", od.cargo,
                     "cargo profile id (default: that of the scenario's demand line between the "
                     "two nodes, else the first profile)");
  add_policy_options(*routes, options);
  add_listing_options(*routes, options, false);
  add_output_options(*routes, options.output);
  corridor::cli::add_per_option(*routes, options);

  auto* simulate =
      app.add_subcommand("simulate", "Monte Carlo transit-time and cost distributions");
  auto& sim = options.overrides.simulation;
  simulate->add_option("scenario", options.scenario, "scenario YAML file")->required();
  simulate->add_option("--replications", sim.replications, "journeys per route");
  simulate->add_option("--seed", options.named.seed, "random seed (0 to 18446744073709551615)");
  simulate->add_option("--threads", sim.threads, "worker threads (default: all cores)");
  simulate->add_option("--routes", sim.routes_per_line,
                       "simulate this many of each line's best routes (default 1)");
  bool no_progress = false;
  simulate->add_flag("--no-progress", no_progress, "no progress bar");
  corridor::model::OdQuery sim_od;
  auto* sim_from = simulate->add_option("--from", sim_od.from,
                                        "simulate only this origin-destination pair (with --to), "
                                        "as `routes` lists it");
  auto* sim_to = simulate->add_option("--to", sim_od.to, "destination node id (with --from)");
  auto* sim_cargo = simulate->add_option("--cargo", sim_od.cargo,
                                         "cargo profile id with --from and --to (default: as "
                                         "`routes`)");
  sim_from->needs(sim_to);
  sim_to->needs(sim_from);
  sim_cargo->needs(sim_from);
  add_policy_options(*simulate, options);
  add_listing_options(*simulate, options, true);
  add_output_options(*simulate, options.output);

  auto* capacity = add_capacity_command(app, options);
  auto* criticality = app.add_subcommand(
      "criticality", "rank nodes and links by the damage their closure does to the demand");
  criticality->add_option("scenario", options.scenario, "scenario YAML file")->required();
  add_criticality_options(*criticality, options);
  add_policy_options(*criticality, options);
  add_output_options(*criticality, options.output);
  auto* check = corridor::cli::add_check_command(app, options);
  auto* compare = corridor::cli::add_compare_command(app, options);
  auto* sweep = add_sweep_command(app, options);
  auto* merge = add_merge_command(app, options);
  auto* calibrate = corridor::cli::add_calibrate_command(app, options);

  if (const int code = check_command(argc, argv, app)) return code;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "error: " << e.what() << "\nRun with --help for usage.\n";
    return static_cast<int>(corridor::ExitCode::invalid_input);
  }
  options.verbosity = quiet ? -1 : verbose;
  options.command_line = command_line(argc, argv);
  options.progress = !no_progress;
  if (*validate) options.command = Command::validate;
  if (*run) options.command = Command::run;
  if (*routes) {
    options.command = Command::routes;
    options.od = od;
  }
  if (*simulate) {
    options.command = Command::simulate;
    if (*sim_from) options.od = sim_od;
  }
  if (*capacity) {
    options.command = Command::capacity;
    options.progress = !options.capacity_no_progress;
  }
  if (*criticality) options.command = Command::criticality;
  if (*check) options.command = Command::check;
  if (*compare) options.command = Command::compare;
  if (*sweep) options.command = Command::sweep;
  if (*merge) options.command = Command::merge;
  if (*calibrate) options.command = Command::calibrate;
#ifdef CORRIDOR_MPI
  const auto world = corridor::distributed::world();
  if (world.size > 1 && options.command != Command::criticality &&
      options.command != Command::sweep) {
    throw corridor::Error(
        "only `corridor criticality` and `corridor sweep` split their work over "
        "MPI ranks; run " +
        std::string(app.get_subcommands().front()->get_name()) + " as one process");
  }
  if (world.rank != 0) options.verbosity = -1;  // rank 0 speaks for the run
#endif
  set_up_logging(options.verbosity);
  return dispatch(options);
} catch (const corridor::ValidationError& e) {
  for (const auto& issue : e.issues())
    std::cerr << corridor::format_issue(issue) << '\n';
  if (!e.file().empty()) std::cerr << e.what() << '\n';
  return static_cast<int>(e.exit_code());
} catch (const corridor::Error& e) {
  std::cerr << "error: " << e.what() << '\n';
  return static_cast<int>(e.exit_code());
} catch (const std::bad_alloc&) {
  std::cerr << "error: out of memory\n";
  return static_cast<int>(corridor::ExitCode::internal);
} catch (const std::exception& e) {
  std::cerr << "internal error: " << e.what() << "\nPlease report this with the scenario file.\n";
  return static_cast<int>(corridor::ExitCode::internal);
}
