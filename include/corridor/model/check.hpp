#pragma once
/// A gate on a scenario's answers: "the P95 to Vilnius stays under 40 days", "USD grows by at
/// most 10 % over the base". Written under `checks:` in a scenario or with --fail-if;
/// evaluated by corridor/gates (`corridor check`, `corridor compare`).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corridor::model {

/// What a check measures on a demand line's best route.
enum class Metric : std::uint8_t {
  days,              ///< expected door-to-door days (routing, timetables followed)
  usd,               ///< expected cash cost, USD per TEU
  co2e_kg,           ///< kg CO2e per TEU
  generalized_cost,  ///< USD + value of time x hours, per TEU
  p50_days,          ///< simulated median days (Monte Carlo)
  p90_days,          ///< simulated 90th percentile days
  p95_days,          ///< simulated 95th percentile days
  on_time_share,     ///< simulated share of journeys within the line's deadline, 0 to 1
  reachable,         ///< 1 when the line has a route, else 0
  // Calibration metrics: of the scenario's observations, not of a demand line
  // (calibration_result.hpp; `corridor calibrate`).
  days_mape,                ///< mean absolute percentage error of the days, in percent
  usd_mape,                 ///< mean absolute percentage error of USD per container, in percent
  days_within_range_share,  ///< share of observed day ranges holding the model's days, 0 to 1
  usd_within_range_share,   ///< share of observed USD ranges holding the model's USD, 0 to 1
};
[[nodiscard]] std::string_view to_string(Metric metric);
[[nodiscard]] std::optional<Metric> parse_metric(std::string_view text);
/// "metrics are days, usd, ...": the hint for an unknown metric.
[[nodiscard]] std::string metric_hint();
/// The metric needs a Monte Carlo simulation (the percentiles and the on-time share).
[[nodiscard]] bool is_simulated(Metric metric);
/// The metric is about the scenario's observations (days_mape, usd_mape and the within-range
/// shares), not about a demand line.
[[nodiscard]] bool is_calibration(Metric metric);
/// Every metric's name, in declaration order (for "did you mean" hints).
[[nodiscard]] std::vector<std::string> metric_names();

/// The demand line of checks on calibration metrics: the scenario's observations.
inline constexpr std::string_view kObservations = "observations";

/// How a check bounds its metric.
enum class Bound : std::uint8_t {
  max,               ///< passes when value <= limit
  min,               ///< passes when value >= limit
  max_increase_pct,  ///< passes when value <= base x (1 + limit / 100); needs a base
};
[[nodiscard]] std::string_view to_string(Bound bound);

/// The demand line of a check that applies to every line.
inline constexpr std::string_view kAllLines = "all";

struct Check {
  std::string id;      ///< as written, or "DEMAND.METRIC" (default_check_id)
  std::string demand;  ///< a demand line id, or kAllLines
  Metric metric = Metric::days;
  Bound bound = Bound::max;
  double limit = 0.0;

  /// Relative to a base scenario: only `corridor compare` evaluates it.
  [[nodiscard]] bool relative() const { return bound == Bound::max_increase_pct; }
};

/// "KHORGOS->VILNIUS_VIT.p95_days", and ".max" / ".min" / ".max_increase_pct" after it when
/// `ambiguous` (another check of the list has the same line and metric).
[[nodiscard]] std::string default_check_id(const Check& check, bool ambiguous);

}  // namespace corridor::model
