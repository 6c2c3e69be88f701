#pragma once
/// What `corridor calibrate` computes: each observation priced by the model, the error against
/// what was observed, and summary metrics that checks can gate (corridor/gates).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <corridor/model/gate_result.hpp>
#include <corridor/model/network_view.hpp>
#include <corridor/model/observation.hpp>
#include <corridor/model/route.hpp>

namespace corridor::model {

/// One figure of an observation against the model's.
struct FigureComparison {
  ObservedRange observed;
  double model = 0.0;
  /// (model - observed middle) / observed middle x 100: signed, in percent.
  double error_pct = 0.0;
  bool within = false;  ///< observed.contains(model)
};

/// Compares `model` with `observed`.
[[nodiscard]] FigureComparison compare_figure(const ObservedRange& observed, double model);

struct ObservationResult {
  Observation observation;
  std::string cargo;                     ///< the cargo profile priced
  std::optional<Route> route;            ///< the model's best route; nullopt when there is none
  std::string unreachable;               ///< why there is none
  std::optional<FigureComparison> days;  ///< the route's expected door-to-door days
  std::optional<double> p50_days;        ///< simulated median (calibrate --simulate)
  std::optional<double> p90_days;        ///< simulated 90th percentile
  /// USD per container of the observation's size: the route's USD per TEU x TEU per container.
  std::optional<FigureComparison> usd;
};

/// Summary of one kind of figure (days or USD) over the observations that are not fitted.
struct FigureSummary {
  std::size_t compared = 0;  ///< observations with this figure and a route
  /// Mean absolute percentage error over them: mean of |error_pct|; nullopt when none.
  std::optional<double> mape_pct;
  std::size_t ranges = 0;  ///< of those compared, how many were observed as a range
  std::size_t within = 0;  ///< of those ranges, how many hold the model's figure
  /// within / ranges; nullopt when no range was compared. Single values do not count: the
  /// model almost never hits a published value exactly, and its error is in the MAPE.
  std::optional<double> within_share;
};

struct CalibrationSummary {
  std::size_t observations = 0;
  std::size_t fitted = 0;       ///< left out of the metrics
  std::size_t unreachable = 0;  ///< without a route (not fitted); their figures not compared
  FigureSummary days;
  FigureSummary usd;
};

/// The summary of `results`. O(n).
[[nodiscard]] CalibrationSummary summarise(const std::vector<ObservationResult>& results);

/// The value of a calibration metric (check.hpp: days_mape, usd_mape, days_within_range_share,
/// usd_within_range_share); nullopt when nothing was compared. Precondition:
/// is_calibration(metric).
[[nodiscard]] std::optional<double> metric_value(const CalibrationSummary& summary, Metric metric);

struct CalibrationRun {
  std::string scenario;
  std::string description;
  std::string file;
  Objective objective = Objective::generalized;
  std::vector<ObservationResult> results;  ///< in the scenario's order
  CalibrationSummary summary;
  std::vector<CheckOutcome> checks;  ///< calibration checks of the scenario and --fail-if
  bool simulated = false;
  std::uint64_t seed = 0;
  std::uint64_t replications = 0;
  NetworkView network;  ///< for route labels
  std::string command;  ///< the command line, for reports

  [[nodiscard]] bool passed() const;
  [[nodiscard]] std::size_t failures() const;
};

}  // namespace corridor::model
