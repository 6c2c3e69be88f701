#include "report/gates_tables.hpp"

#include <array>
#include <cmath>

#include <corridor/report/labels.hpp>

namespace corridor::report::detail {

namespace {

using Align = Table::Align;

/// Values longer than this are shortened in tables (sources, descriptions).
constexpr std::size_t kLongValue = 60;

std::string shortened(const std::string& value) {
  if (display_width(value) <= kLongValue) return value;
  // Cut at a code point boundary.
  std::size_t cut = kLongValue - 1;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0U) == 0x80U)
    --cut;
  return value.substr(0, cut) + "\u2026";
}

std::string value_text(model::Metric metric, std::optional<double> v) {
  if (!v) return "\u2014";
  if (!std::isfinite(*v)) return non_finite(*v);
  switch (metric) {
    case model::Metric::reachable:
      return *v >= 1.0 ? "yes" : "no";
    case model::Metric::on_time_share:
      return fixed(*v * 100.0, 1) + " %";
    case model::Metric::usd:
    case model::Metric::co2e_kg:
    case model::Metric::generalized_cost:
      return grouped(*v, 0);
    default:
      return fixed(*v, 1);
  }
}

std::string signed_text(model::Metric metric, double d) {
  if (!std::isfinite(d)) return non_finite(d);
  if (metric == model::Metric::on_time_share) d *= 100.0;  // percentage points
  const int decimals = metric == model::Metric::usd || metric == model::Metric::co2e_kg ||
                               metric == model::Metric::generalized_cost
                           ? 0
                           : 1;
  std::string text = decimals == 0 ? grouped(d, 0) : fixed(d, decimals);
  if (text == "-0" || text == "-0.0") text = text.substr(1);
  return (d > 0 && text != "0" && text != "0.0" ? "+" : "") + text +
         (metric == model::Metric::on_time_share ? " pp" : "");
}

}  // namespace

std::vector<model::Metric> shown_metrics(bool simulated) {
  using M = model::Metric;
  constexpr std::array<M, 8> kShown{M::days,     M::usd,      M::co2e_kg,  M::generalized_cost,
                                    M::p50_days, M::p90_days, M::p95_days, M::on_time_share};
  return {kShown.begin(), kShown.begin() + (simulated ? 8 : 4)};
}

std::string verdict(const model::GateRun& run) {
  std::size_t evaluated = 0;
  for (const auto& c : run.checks)
    evaluated += c.skipped ? 0U : 1U;
  const std::string checks = std::to_string(evaluated) + (evaluated == 1 ? " check" : " checks");
  if (evaluated == 0) return "PASS: no checks evaluated";
  if (run.passed()) return "PASS: " + checks + " passed";
  return "FAIL: " + std::to_string(run.failures()) + " of " + checks + " failed";
}

const model::LineAnswer* find_line(const model::ScenarioAnswers& s, const std::string& id) {
  for (const auto& line : s.lines) {
    if (line.demand.id == id) return &line;
  }
  return nullptr;
}

std::vector<std::pair<const model::LineAnswer*, const model::LineAnswer*>> matched_lines(
    const model::ScenarioAnswers& base, const model::ScenarioAnswers& variant) {
  std::vector<std::pair<const model::LineAnswer*, const model::LineAnswer*>> out;
  for (const auto& line : base.lines)
    out.emplace_back(&line, find_line(variant, line.demand.id));
  for (const auto& line : variant.lines) {
    if (find_line(base, line.demand.id) == nullptr) out.emplace_back(nullptr, &line);
  }
  return out;
}

std::string corridor_of(const model::LineAnswer* line, const model::NetworkView& net) {
  if (line == nullptr) return "(no such line)";
  return line->route ? corridor_label(*line->route, net) : "no route";
}

std::optional<double> relative_change(double base, double variant) {
  if (base == 0.0 || !std::isfinite(base) || !std::isfinite(variant)) return std::nullopt;
  return (variant - base) / std::fabs(base) * 100.0;
}

Table changes_table(const std::vector<model::InputChange>& changes) {
  Table t({{"change", Align::left},
           {"path", Align::left},
           {"before", Align::left},
           {"after", Align::left}});
  for (const auto& c : changes) {
    t.add({std::string(model::to_string(c.kind)), c.path, shortened(c.before), shortened(c.after)});
  }
  return t;
}

Table routes_table(const model::ScenarioAnswers& base, const model::ScenarioAnswers& variant) {
  Table t({{"line", Align::left},
           {"corridor in " + base.name, Align::left},
           {"corridor in " + variant.name, Align::left}});
  for (const auto& [b, v] : matched_lines(base, variant)) {
    const std::string before = corridor_of(b, base.network);
    const std::string after = corridor_of(v, variant.network);
    t.add({line_title((b ? b : v)->demand), before, after == before ? "same" : after});
  }
  return t;
}

Table deltas_table(const model::GateRun& run, std::size_t variant) {
  const auto& base = run.scenarios.front();
  const auto& other = run.scenarios[variant];
  Table t({{"line", Align::left},
           {"metric", Align::left},
           {base.name, Align::right},
           {other.name, Align::right},
           {"\u0394", Align::right},
           {"\u0394 %", Align::right}});
  for (const auto& [b, v] : matched_lines(base, other)) {
    bool first = true;
    for (const auto metric : shown_metrics(run.simulated)) {
      const auto before = b ? model::metric_value(*b, metric) : std::nullopt;
      const auto after = v ? model::metric_value(*v, metric) : std::nullopt;
      std::string delta = "\u2014";
      std::string relative = "\u2014";
      if (before && after) {
        delta = signed_text(metric, *after - *before);
        if (auto r = relative_change(*before, *after)) {
          relative = signed_text(model::Metric::days, *r) + " %";
        }
      }
      t.add({first ? line_title((b ? b : v)->demand) : "", std::string(model::to_string(metric)),
             value_text(metric, before), value_text(metric, after), delta, relative});
      first = false;
    }
  }
  return t;
}

Table answers_table(const model::GateRun& run) {
  const auto& s = run.scenarios.front();
  std::vector<Table::Column> columns{{"line", Align::left}, {"corridor", Align::left}};
  const auto metrics = shown_metrics(run.simulated);
  for (const auto metric : metrics)
    columns.push_back({std::string(model::to_string(metric)), Align::right});
  Table t(std::move(columns));
  for (const auto& line : s.lines) {
    std::vector<std::string> row{line_title(line.demand), corridor_of(&line, s.network)};
    for (const auto metric : metrics)
      row.push_back(value_text(metric, model::metric_value(line, metric)));
    t.add(std::move(row));
  }
  return t;
}

std::string where_text(const SourceLocation& where) {
  if (where.line == 0) return where.file;
  return where.file + ":" + std::to_string(where.line);
}

std::string status_text(const model::CheckOutcome& c) {
  if (c.skipped) return "skipped";
  return c.passed ? "pass" : "FAIL";
}

Table checks_table(const std::vector<model::CheckOutcome>& checks) {
  Table t({{"result", Align::left},
           {"check", Align::left},
           {"line", Align::left},
           {"scenario", Align::left},
           {"why", Align::left},
           {"written at", Align::left}});
  for (const auto& c : checks) {
    t.add({status_text(c), c.id, c.line, c.scenario, c.message,
           c.origin.starts_with("--") ? c.origin : where_text(c.where)});
  }
  return t;
}

}  // namespace corridor::report::detail
