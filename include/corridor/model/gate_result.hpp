#pragma once
/// What `corridor check` and `corridor compare` compute: each scenario's best route per demand
/// line, what changed in the inputs, and the outcome of every check. Report writers render it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <corridor/error.hpp>
#include <corridor/model/check.hpp>
#include <corridor/model/network_view.hpp>
#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::model {

/// One scenario's answer for one demand line.
struct LineAnswer {
  Demand demand;
  std::optional<Route> route;  ///< the best route; nullopt when the line has none
  std::string unreachable;     ///< why it has none
  // Simulated figures of the best route (when the run simulated).
  std::optional<double> p50_days;
  std::optional<double> p90_days;
  std::optional<double> p95_days;
  std::optional<double> on_time_share;  ///< within the line's deadline; nullopt without one
};

/// The value of `metric` on `line`: nullopt when the line has no route (except `reachable`,
/// 0 then), when a simulated metric was not simulated, or for on_time_share without deadline.
[[nodiscard]] std::optional<double> metric_value(const LineAnswer& line, Metric metric);

/// One scenario, evaluated.
struct ScenarioAnswers {
  std::string name;  ///< `scenario:` of the file
  std::string file;  ///< as named on the command line
  NetworkView network;
  std::vector<LineAnswer> lines;  ///< in the scenario's demand order
};

/// A change of one input between the merged base and a variant, by YAML path with list items
/// named by id ("links.AKTAU-ALAT.schedule.every_hours").
struct InputChange {
  enum class Kind : std::uint8_t { added, removed, changed };
  Kind kind = Kind::changed;
  std::string path;
  std::string before;  ///< the value as written (flow style for lists); empty when added
  std::string after;   ///< empty when removed
};
[[nodiscard]] std::string_view to_string(InputChange::Kind kind);

/// One check evaluated on one demand line of one scenario.
struct CheckOutcome {
  std::string id;        ///< the check's id
  std::string line;      ///< the demand line it was evaluated on
  std::string scenario;  ///< the scenario evaluated (a variant's name in a comparison)
  Metric metric = Metric::days;
  Bound bound = Bound::max;
  double limit = 0.0;
  std::optional<double> value;       ///< nullopt: no route, or the metric is unavailable
  std::optional<double> base_value;  ///< relative checks: the base's value
  bool passed = false;
  bool skipped = false;  ///< a relative check with no base (`corridor check`)
  std::string message;   ///< "p95_days 41.2 > max 40", "no route: ..."
  /// Where the check was written: its item under `checks:`, or the scenario file for --fail-if.
  SourceLocation where;
  std::string origin;  ///< "checks[2]" or "--fail-if 'usd > +10%'"
};

struct GateRun {
  /// [0]: the scenario checked, or the base of a comparison; then the variants.
  std::vector<ScenarioAnswers> scenarios;
  std::vector<std::vector<InputChange>> changes;  ///< per variant: what it changes
  std::vector<CheckOutcome> checks;
  bool simulated = false;
  std::uint64_t seed = 0;  ///< the Monte Carlo seed, the same for every scenario
  std::uint64_t replications = 0;
  std::string command;  ///< the command line, for reports

  [[nodiscard]] bool comparison() const { return scenarios.size() > 1; }
  /// Every check evaluated passed (skipped ones do not count).
  [[nodiscard]] bool passed() const;
  [[nodiscard]] std::size_t failures() const;
};

}  // namespace corridor::model
