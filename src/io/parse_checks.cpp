// The `checks:` list: gates on a scenario's answers (model/check.hpp). Whether a check's demand
// line exists is a rule between sections, checked by the checker (check_checks.cpp).

#include <array>
#include <map>
#include <string>
#include <utility>

#include <corridor/io/hints.hpp>

#include "io/parse.hpp"

namespace corridor::io::detail {

namespace {

constexpr std::array<std::pair<std::string_view, model::Bound>, 3> kBounds{{
    {"max", model::Bound::max},
    {"min", model::Bound::min},
    {"max_increase_pct", model::Bound::max_increase_pct},
}};

std::optional<model::Metric> read_metric(const Field& f) {
  auto text = f.string();
  if (!text) return std::nullopt;
  if (auto metric = model::parse_metric(*text)) return metric;
  std::string hint = did_you_mean(*text, model::metric_names());
  f.error("unknown metric '" + *text + "'", hint.empty() ? model::metric_hint() : hint);
  return std::nullopt;
}

/// The one bound a check gives; `reachable` alone means `min: 1`.
void read_bound(const Field& f, model::Check& c) {
  int given = 0;
  for (const auto& [key, bound] : kBounds) {
    const Field value = f[key];
    if (!value.present()) continue;
    if (++given > 1) {
      value.error("a check takes one of max, min and max_increase_pct",
                  "write one check per bound");
      return;
    }
    if (auto v = value.number()) {
      c.bound = bound;
      c.limit = *v;
    }
  }
  if (given > 0) return;
  if (c.metric == model::Metric::reachable) {
    c.bound = model::Bound::min;
    c.limit = 1.0;
    return;
  }
  f.error("a check needs a bound: max, min or max_increase_pct",
          "e.g. max: 40 (passes when the value is at most 40)");
}

model::Check parse_check(const Field& f) {
  model::Check c;
  if (!f.expect_map({"id", "demand", "metric", "max", "min", "max_increase_pct"})) return c;
  if (f["id"].present()) {
    if (auto id = f["id"].string()) c.id = *id;
    if (c.id.empty()) f["id"].error("a check id cannot be empty", "leave id out for the default");
  }
  if (f.require("metric")) {
    if (auto metric = read_metric(f["metric"])) c.metric = *metric;
  }
  if (model::is_calibration(c.metric)) {
    // About the observations: the line is implied.
    c.demand = std::string(model::kObservations);
    const Field demand = f["demand"];
    auto written = demand.present() ? demand.string() : std::nullopt;
    if (written && *written != model::kObservations) {
      demand.error(std::string(model::to_string(c.metric)) +
                       " is about the scenario's observations, not a demand line",
                   "leave demand out, or write demand: observations");
    }
  } else if (f.require("demand")) {
    if (auto demand = f["demand"].string()) c.demand = *demand;
  }
  read_bound(f, c);
  return c;
}

}  // namespace

std::vector<model::Check> parse_checks(const Field& f) {
  std::vector<model::Check> checks;
  std::vector<bool> named;
  for (const Field& item : f.items()) {
    checks.push_back(parse_check(item));
    named.push_back(!checks.back().id.empty() || item["id"].present());
  }
  std::map<std::pair<std::string, model::Metric>, int> same;  // (line, metric) -> checks
  for (const auto& c : checks)
    ++same[{c.demand, c.metric}];
  for (std::size_t i = 0; i < checks.size(); ++i) {
    auto& c = checks[i];
    if (!named[i]) c.id = model::default_check_id(c, same[{c.demand, c.metric}] > 1);
  }
  return checks;
}

}  // namespace corridor::io::detail
