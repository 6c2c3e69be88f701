#pragma once
// The command line, parsed into plain values.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <corridor/model/overrides.hpp>

namespace corridor::cli {

enum class Command : std::uint8_t {
  validate,
  run,
  routes,
  simulate,
  capacity,
  criticality,
  check,
  compare,
  sweep,
  merge,
  calibrate
};

/// Values as typed; converted by overrides_of() (commands.cpp), so that an unknown name gets the
/// same message as in a scenario file and a number is never wrapped or clamped.
struct NamedOptions {
  std::optional<std::string> objective;
  std::vector<std::string> avoid_modes;
  std::optional<std::string> seed;  ///< read exactly: a 64-bit unsigned integer, no sign
};

struct OutputOptions {
  std::optional<std::string> format;  ///< text, md, json, csv, html, geojson; default from -o
  std::optional<std::string> path;    ///< -o; standard output when unset
  bool csv_bom = false;               ///< CSV: start with a UTF-8 byte order mark
};

/// `corridor criticality`: which elements to close (names as typed; checked by the pipeline).
struct CriticalityOptions {
  std::vector<std::string> nodes;
  std::vector<std::string> links;
  std::vector<std::string> kinds;  ///< node kinds or link modes
  std::vector<std::string> countries;
  bool ends = false;
  std::vector<std::string> to;                ///< only the demand lines to these nodes
  std::size_t pairs = 0;                      ///< N-2 over the top this many; 0: none
  std::optional<std::string> closure_length;  ///< --simulate: hours or a distribution, as typed
  std::optional<std::string> closure_at;      ///< --closure-at: uniform or middle, as typed
};

/// `corridor check` and `corridor compare` (docs/gates.md).
struct GateOptions {
  std::vector<std::string> variants;   ///< compare: the scenarios compared with the base
  std::vector<std::string> fail_if;    ///< --fail-if expressions, as typed
  bool simulate = false;               ///< --simulate
  std::optional<std::string> junit;    ///< --junit FILE
  std::optional<std::string> summary;  ///< --summary FILE
};

/// `corridor sweep` and `corridor merge` (values as typed; read by the library).
struct SweepOptions {
  std::vector<std::string> sets;  ///< each --set PATH=V1,V2,...
  bool simulate = false;
  std::optional<std::string> shard;  ///< "I/N"
  std::vector<std::string> shards;   ///< merge: the shards' JSON files
};

struct Options {
  Command command = Command::run;
  std::string scenario;
  int verbosity = 0;  ///< -1 quiet, 0 normal, 1 info, 2 debug
  bool progress = true;
  bool plausibility = false;          ///< validate: write the plausibility table
  bool capacity_no_progress = false;  ///< capacity: --no-progress as given
  model::Overrides overrides;
  NamedOptions named;
  std::optional<model::OdQuery> od;  ///< routes and simulate: --from, --to, --cargo
  OutputOptions output;
  /// The command as typed, for reports that say what produced them: "corridor" and the
  /// arguments, shell-quoted where needed.
  std::string command_line;
  CriticalityOptions criticality;
  GateOptions gates;
  bool strict = false;  ///< run: exit 1 when a demand line has no route
  SweepOptions sweep;
  /// run, routes: --per teu|container, what the routes' money is per (as typed).
  std::optional<std::string> usd_per;
};

}  // namespace corridor::cli
