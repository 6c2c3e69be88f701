#pragma once
// The command line, parsed into plain values.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace corridor::cli {

enum class Command : std::uint8_t { validate, run, routes, simulate };

/// Policy overrides given on the command line; unset ones keep the scenario's values.
struct PolicyOptions {
  std::optional<std::string> objective;
  std::optional<int> alternatives;
  bool pareto = false;
  std::vector<std::string> avoid_countries;
  std::vector<std::string> avoid_modes;
  std::vector<std::string> avoid_links;
  std::vector<std::string> avoid_nodes;
  std::vector<std::string> via;
  std::optional<int> max_transshipments;
  std::optional<int> max_gauge_changes;
  bool no_avoid = false;  ///< drop the scenario's avoid_* lists before adding these
};

struct OutputOptions {
  std::optional<std::string> format;  ///< text, md, json, csv; default from -o's extension
  std::optional<std::string> path;    ///< -o; standard output when unset
};

struct Options {
  Command command = Command::run;
  std::string scenario;
  int verbosity = 0;  ///< -1 quiet, 0 normal, 1 info, 2 debug
  PolicyOptions policy;
  OutputOptions output;
  // routes
  std::string from;
  std::string to;
  std::optional<std::string> cargo;
  // simulate
  std::optional<std::int64_t> replications;
  std::optional<std::int64_t> seed;
  std::optional<int> threads;
  std::optional<int> simulate_routes;  ///< how many of each line's routes to simulate
  bool progress = true;
};

}  // namespace corridor::cli
