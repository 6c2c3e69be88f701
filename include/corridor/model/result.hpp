#pragma once
/// What a `corridor run` / `corridor routes` computes: per demand line, the routes found.
/// Report writers (corridor/report/) render this and compute nothing new.

#include <optional>
#include <string>
#include <vector>

#include <corridor/model/network_view.hpp>
#include <corridor/model/provenance.hpp>
#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/model/totals.hpp>

namespace corridor::model {

/// Criteria a Pareto option is best in.
enum class Criterion : std::uint8_t { time, cost, co2 };
[[nodiscard]] std::string_view to_string(Criterion criterion);

struct ParetoOption {
  Route route;
  std::vector<Criterion> wins;  ///< criteria in which no other option is better
};

/// Why no route exists.
struct Unreachable {
  std::string reason;                   ///< one sentence for people
  std::vector<std::string> blocked_by;  ///< the constraints responsible ("avoid_countries: RU, BY")
};

struct OdResult {
  Demand demand;
  Objective objective = Objective::generalized;
  double value_of_time_usd_per_teu_hour = 0.0;
  std::vector<Route> routes;         ///< best first; empty when unreachable
  std::vector<ParetoOption> pareto;  ///< when asked for; sorted by hours
  std::optional<Unreachable> unreachable;
  /// False when a search stopped at a budget: more routes or Pareto options may exist than
  /// listed; `warnings` says which search and why.
  bool complete = true;
  std::vector<std::string> warnings;
};

struct RunResult {
  std::string scenario;
  std::string description;
  Objective objective = Objective::generalized;
  Constraints constraints;
  int alternatives = 1;
  bool pareto = false;
  EmissionFactors emission_factors;
  NetworkView network;  ///< the places and links the routes refer to
  std::vector<OdResult> results;
  Totals totals;          ///< every line's teu_per_week on its best route (expected values)
  Provenance provenance;  ///< what produced the result, from which sources
  /// What the routes' money (steps, totals, the generalized cost) is per; `totals` is per week
  /// and per year whatever this says.
  UsdPer usd_per = UsdPer::teu;
};

/// `run` with every route's money per container of its line: each USD figure of the steps and
/// totals (the value of the time included, so the generalized cost too) and a cost or
/// generalized objective value times the TEU of the line's container; the line's value of time
/// per TEU, kg CO2e, hours and `totals` unchanged. Precondition: run.usd_per is teu. O(steps).
[[nodiscard]] RunResult per_container(RunResult run);

/// Every line's teu_per_week on its best route, priced at expected values. O(lines).
[[nodiscard]] Totals totals_of(const std::vector<OdResult>& results);

}  // namespace corridor::model
