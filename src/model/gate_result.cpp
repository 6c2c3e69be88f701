#include <algorithm>

#include <corridor/model/gate_result.hpp>
#include <corridor/model/units.hpp>

namespace corridor::model {

std::optional<double> metric_value(const LineAnswer& line, Metric metric) {
  if (metric == Metric::reachable) return line.route ? 1.0 : 0.0;
  if (!line.route) return std::nullopt;
  const auto& t = line.route->totals;
  switch (metric) {
    case Metric::days:
      return to_days(t.hours());
    case Metric::usd:
      return t.usd().value();
    case Metric::co2e_kg:
      return t.co2e.value();
    case Metric::generalized_cost:
      return t.generalized().value();
    case Metric::p50_days:
      return line.p50_days;
    case Metric::p90_days:
      return line.p90_days;
    case Metric::p95_days:
      return line.p95_days;
    case Metric::on_time_share:
      return line.on_time_share;
    case Metric::reachable:
    case Metric::days_mape:  // of the observations, not of a line (calibration_result.hpp)
    case Metric::usd_mape:
    case Metric::days_within_range_share:
    case Metric::usd_within_range_share:
      break;
  }
  return std::nullopt;
}

std::string_view to_string(InputChange::Kind kind) {
  switch (kind) {
    case InputChange::Kind::added:
      return "added";
    case InputChange::Kind::removed:
      return "removed";
    case InputChange::Kind::changed:
      return "changed";
  }
  return "?";
}

bool GateRun::passed() const {
  return failures() == 0;
}

std::size_t GateRun::failures() const {
  return static_cast<std::size_t>(std::count_if(
      checks.begin(), checks.end(), [](const CheckOutcome& c) { return !c.skipped && !c.passed; }));
}

}  // namespace corridor::model
