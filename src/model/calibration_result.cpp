#include <algorithm>
#include <cmath>

#include <corridor/model/calibration_result.hpp>

namespace corridor::model {

FigureComparison compare_figure(const ObservedRange& observed, double model) {
  FigureComparison c;
  c.observed = observed;
  c.model = model;
  c.error_pct = (model - observed.middle()) / observed.middle() * 100.0;
  c.within = observed.contains(model);
  return c;
}

namespace {

/// Adds one comparison to a summary being built (mape_pct holds the sum of |error| so far).
void add(FigureSummary& s, const FigureComparison& c) {
  ++s.compared;
  s.mape_pct = s.mape_pct.value_or(0.0) + std::fabs(c.error_pct);
  if (!c.observed.is_range()) return;
  ++s.ranges;
  if (c.within) ++s.within;
}

void finish(FigureSummary& s) {
  if (s.compared > 0) *s.mape_pct /= static_cast<double>(s.compared);
  if (s.ranges > 0) s.within_share = static_cast<double>(s.within) / static_cast<double>(s.ranges);
}

}  // namespace

CalibrationSummary summarise(const std::vector<ObservationResult>& results) {
  CalibrationSummary s;
  s.observations = results.size();
  for (const auto& r : results) {
    if (r.observation.fitted) {
      ++s.fitted;
      continue;
    }
    if (!r.route) {
      ++s.unreachable;
      continue;
    }
    if (r.days) add(s.days, *r.days);
    if (r.usd) add(s.usd, *r.usd);
  }
  finish(s.days);
  finish(s.usd);
  return s;
}

std::optional<double> metric_value(const CalibrationSummary& summary, Metric metric) {
  switch (metric) {
    case Metric::days_mape:
      return summary.days.mape_pct;
    case Metric::usd_mape:
      return summary.usd.mape_pct;
    case Metric::days_within_range_share:
      return summary.days.within_share;
    case Metric::usd_within_range_share:
      return summary.usd.within_share;
    default:
      return std::nullopt;
  }
}

bool CalibrationRun::passed() const {
  return failures() == 0;
}

std::size_t CalibrationRun::failures() const {
  return static_cast<std::size_t>(std::count_if(
      checks.begin(), checks.end(), [](const CheckOutcome& c) { return !c.skipped && !c.passed; }));
}

}  // namespace corridor::model
