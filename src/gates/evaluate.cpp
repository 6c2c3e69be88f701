#include <cmath>
#include <cstdio>

#include <corridor/gates/evaluate.hpp>

namespace corridor::gates {

namespace {

using model::Bound;
using model::CheckOutcome;

std::string number(double value, int decimals) {
  if (std::isinf(value)) return value > 0 ? "never" : "-inf";
  if (std::isnan(value)) return "nan";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

const model::LineAnswer* find_line(const model::ScenarioAnswers& s, const std::string& id) {
  for (const auto& line : s.lines) {
    if (line.demand.id == id) return &line;
  }
  return nullptr;
}

/// The verdict on one line; `out` carries the check's fields already.
void judge(const model::LineAnswer& line, const model::ScenarioAnswers* base, CheckOutcome& out) {
  const std::string metric(model::to_string(out.metric));
  out.value = model::metric_value(line, out.metric);
  if (!out.value) {
    out.passed = false;
    if (!line.route) {
      out.message = "no route" + (line.unreachable.empty() ? "" : ": " + line.unreachable);
    } else if (out.metric == model::Metric::on_time_share && !line.demand.deadline_days) {
      out.message = "on_time_share needs a deadline_days on the line";
    } else {
      out.message = metric + " was not simulated";
    }
    return;
  }
  const double v = *out.value;
  const std::string shown = format_metric(out.metric, v);
  if (out.bound == Bound::max) {
    out.passed = v <= out.limit;
    out.message = metric + " " + shown + (out.passed ? " <= max " : " > max ") +
                  format_metric(out.metric, out.limit);
    return;
  }
  if (out.bound == Bound::min) {
    out.passed = v >= out.limit;
    out.message = metric + " " + shown + (out.passed ? " >= min " : " < min ") +
                  format_metric(out.metric, out.limit);
    return;
  }
  const model::LineAnswer* before = base ? find_line(*base, line.demand.id) : nullptr;
  if (before == nullptr) {
    out.skipped = true;
    out.message = base ? "no line " + line.demand.id + " in the base to compare with"
                       : "relative to a base: evaluated by corridor compare";
    return;
  }
  out.base_value = model::metric_value(*before, out.metric);
  if (!out.base_value) {
    out.passed = true;
    out.message = metric + " " + shown + "; the base has no value to compare with";
    return;
  }
  const double allowed = *out.base_value * (1.0 + out.limit / 100.0);
  out.passed = v <= allowed;
  const double change =
      *out.base_value != 0.0 ? (v - *out.base_value) / std::fabs(*out.base_value) * 100.0 : 0.0;
  out.message = metric + " " + format_metric(out.metric, *out.base_value) + " \u2192 " + shown +
                " (" + (change >= 0 ? "+" : "") + number(change, 1) + "%" +
                (out.passed ? ", at most " : ", more than ") + (out.limit >= 0 ? "+" : "") +
                number(out.limit, 1) + "%)";
}

}  // namespace

std::string format_metric(model::Metric metric, double value) {
  if (metric == model::Metric::reachable) return value >= 1.0 ? "yes" : "no";
  if (metric == model::Metric::on_time_share || metric == model::Metric::days_within_range_share ||
      metric == model::Metric::usd_within_range_share) {
    return number(value, 3);
  }
  return number(value, 2);
}

std::vector<CheckOutcome> evaluate(const model::Check& check, const CheckSource& source,
                                   const model::ScenarioAnswers& scenario,
                                   const model::ScenarioAnswers* base) {
  std::vector<CheckOutcome> out;
  for (const auto& line : scenario.lines) {
    if (check.demand != model::kAllLines && check.demand != line.demand.id) continue;
    CheckOutcome o;
    o.id = check.id;
    o.line = line.demand.id;
    o.scenario = scenario.name;
    o.metric = check.metric;
    o.bound = check.bound;
    o.limit = check.limit;
    o.where = source.where;
    o.origin = source.origin;
    judge(line, base, o);
    out.push_back(std::move(o));
  }
  if (out.empty() && check.demand != model::kAllLines) {
    // A line the other scenario of a comparison has: this one lost it.
    CheckOutcome o;
    o.id = check.id;
    o.line = check.demand;
    o.scenario = scenario.name;
    o.metric = check.metric;
    o.bound = check.bound;
    o.limit = check.limit;
    o.where = source.where;
    o.origin = source.origin;
    o.message = "scenario " + scenario.name + " has no demand line " + check.demand;
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace corridor::gates
