#include <array>

#include <corridor/model/check.hpp>

namespace corridor::model {

namespace {

constexpr std::array<Metric, 13> kMetrics{Metric::days,
                                          Metric::usd,
                                          Metric::co2e_kg,
                                          Metric::generalized_cost,
                                          Metric::p50_days,
                                          Metric::p90_days,
                                          Metric::p95_days,
                                          Metric::on_time_share,
                                          Metric::reachable,
                                          Metric::days_mape,
                                          Metric::usd_mape,
                                          Metric::days_within_range_share,
                                          Metric::usd_within_range_share};

}  // namespace

std::string_view to_string(Metric metric) {
  switch (metric) {
    case Metric::days:
      return "days";
    case Metric::usd:
      return "usd";
    case Metric::co2e_kg:
      return "co2e_kg";
    case Metric::generalized_cost:
      return "generalized_cost";
    case Metric::p50_days:
      return "p50_days";
    case Metric::p90_days:
      return "p90_days";
    case Metric::p95_days:
      return "p95_days";
    case Metric::on_time_share:
      return "on_time_share";
    case Metric::reachable:
      return "reachable";
    case Metric::days_mape:
      return "days_mape";
    case Metric::usd_mape:
      return "usd_mape";
    case Metric::days_within_range_share:
      return "days_within_range_share";
    case Metric::usd_within_range_share:
      return "usd_within_range_share";
  }
  return "?";
}

std::optional<Metric> parse_metric(std::string_view text) {
  for (Metric m : kMetrics) {
    if (to_string(m) == text) return m;
  }
  return std::nullopt;
}

std::string metric_hint() {
  std::string hint = "metrics are";
  for (std::size_t i = 0; i < kMetrics.size(); ++i)
    hint += (i ? ", " : " ") + std::string(to_string(kMetrics[i]));
  return hint;
}

bool is_simulated(Metric metric) {
  return metric == Metric::p50_days || metric == Metric::p90_days || metric == Metric::p95_days ||
         metric == Metric::on_time_share;
}

bool is_calibration(Metric metric) {
  return metric == Metric::days_mape || metric == Metric::usd_mape ||
         metric == Metric::days_within_range_share || metric == Metric::usd_within_range_share;
}

std::vector<std::string> metric_names() {
  std::vector<std::string> names;
  for (Metric m : kMetrics)
    names.emplace_back(to_string(m));
  return names;
}

std::string_view to_string(Bound bound) {
  switch (bound) {
    case Bound::max:
      return "max";
    case Bound::min:
      return "min";
    case Bound::max_increase_pct:
      return "max_increase_pct";
  }
  return "?";
}

std::string default_check_id(const Check& check, bool ambiguous) {
  std::string id = check.demand + "." + std::string(to_string(check.metric));
  if (ambiguous) id += "." + std::string(to_string(check.bound));
  return id;
}

}  // namespace corridor::model
