// JSON and CSV reports of check and compare.

#include <cmath>

#include <corridor/report/gates.hpp>
#include <corridor/report/labels.hpp>
#include <corridor/report/report.hpp>

#include "report/csv.hpp"
#include "report/gates_machine.hpp"
#include "report/gates_tables.hpp"
#include "report/json.hpp"

namespace corridor::report::detail {

namespace {

Json number_or_null(std::optional<double> v) {
  if (!v || !std::isfinite(*v)) return nullptr;
  return rounded(*v, 4);
}

Json line_json(const model::LineAnswer& line, const model::NetworkView& net, bool simulated) {
  Json j;
  j["id"] = line.demand.id;
  j["from"] = line.demand.from;
  j["to"] = line.demand.to;
  j["cargo"] = line.demand.cargo;
  j["status"] = line.route ? "ok" : "unreachable";
  j["corridor"] = line.route ? Json(corridor_label(*line.route, net)) : Json(nullptr);
  j["modes"] = line.route ? Json(modes_label(*line.route)) : Json(nullptr);
  Json metrics = Json::object();
  for (const auto metric : shown_metrics(simulated))
    metrics[std::string(model::to_string(metric))] =
        number_or_null(model::metric_value(line, metric));
  j["metrics"] = std::move(metrics);
  return j;
}

Json variant_lines(const model::GateRun& run, std::size_t i) {
  const auto& base = run.scenarios.front();
  const auto& v = run.scenarios[i];
  Json lines = Json::array();
  for (const auto& [b, a] : matched_lines(base, v)) {
    Json j;
    j["id"] = (b ? b : a)->demand.id;
    j["corridor_changed"] = corridor_of(b, base.network) != corridor_of(a, v.network);
    Json deltas = Json::object();
    for (const auto metric : shown_metrics(run.simulated)) {
      const auto before = b ? model::metric_value(*b, metric) : std::nullopt;
      const auto after = a ? model::metric_value(*a, metric) : std::nullopt;
      Json d;
      d["base"] = number_or_null(before);
      d["variant"] = number_or_null(after);
      d["absolute"] = before && after ? number_or_null(*after - *before) : Json(nullptr);
      d["relative_pct"] =
          before && after ? number_or_null(relative_change(*before, *after)) : Json(nullptr);
      deltas[std::string(model::to_string(metric))] = std::move(d);
    }
    j["deltas"] = std::move(deltas);
    lines.push_back(std::move(j));
  }
  return lines;
}

Json check_json(const model::CheckOutcome& c) {
  Json j;
  j["id"] = c.id;
  j["line"] = c.line;
  j["scenario"] = c.scenario;
  j["metric"] = std::string(model::to_string(c.metric));
  j["bound"] = std::string(model::to_string(c.bound));
  j["limit"] = c.limit;
  j["value"] = number_or_null(c.value);
  j["base_value"] = number_or_null(c.base_value);
  j["status"] = c.skipped ? "skipped" : (c.passed ? "pass" : "fail");
  j["message"] = c.message;
  j["origin"] = c.origin;
  j["file"] = c.where.file;
  j["line_number"] = c.where.line > 0 ? Json(c.where.line) : Json(nullptr);
  j["column"] = c.where.column > 0 ? Json(c.where.column) : Json(nullptr);
  return j;
}

}  // namespace

void write_gates_json(const model::GateRun& run, std::ostream& out) {
  Json doc;
  doc["schema_version"] = std::string(kSchemaVersion);
  doc["kind"] = run.comparison() ? "comparison" : "check";
  doc["verdict"] = run.passed() ? "pass" : "fail";
  doc["failures"] = run.failures();
  doc["simulation"] =
      run.simulated ? Json{{"seed", run.seed}, {"replications", run.replications}} : Json(nullptr);
  Json scenarios = Json::array();
  for (const auto& s : run.scenarios) {
    Json j;
    j["name"] = s.name;
    j["file"] = s.file;
    Json lines = Json::array();
    for (const auto& line : s.lines)
      lines.push_back(line_json(line, s.network, run.simulated));
    j["lines"] = std::move(lines);
    scenarios.push_back(std::move(j));
  }
  doc["scenarios"] = std::move(scenarios);
  Json variants = Json::array();
  for (std::size_t i = 1; i < run.scenarios.size(); ++i) {
    Json v;
    v["name"] = run.scenarios[i].name;
    Json changes = Json::array();
    for (const auto& c : run.changes[i - 1]) {
      changes.push_back({{"kind", std::string(model::to_string(c.kind))},
                         {"path", c.path},
                         {"before", c.before},
                         {"after", c.after}});
    }
    v["changes"] = std::move(changes);
    v["lines"] = variant_lines(run, i);
    variants.push_back(std::move(v));
  }
  doc["variants"] = std::move(variants);
  Json checks = Json::array();
  for (const auto& c : run.checks)
    checks.push_back(check_json(c));
  doc["checks"] = std::move(checks);
  dump(doc, out);
}

void write_gates_csv(const model::GateRun& run, std::ostream& out) {
  csv_row(out,
          {"section", "scenario", "line_id", "metric", "base_value", "value", "delta", "delta_pct",
           "corridor", "check_id", "status", "message", "path", "before", "after"});
  const auto num = [](std::optional<double> v) {
    return v && std::isfinite(*v) ? fixed(*v, 4) : std::string();
  };
  for (std::size_t i = 1; i < run.scenarios.size(); ++i) {
    for (const auto& c : run.changes[i - 1]) {
      csv_row(out, {"change", run.scenarios[i].name, "", "", "", "", "", "", "", "",
                    std::string(model::to_string(c.kind)), "", c.path, c.before, c.after});
    }
  }
  const auto& base = run.scenarios.front();
  for (std::size_t i = 0; i < run.scenarios.size(); ++i) {
    const auto& s = run.scenarios[i];
    for (const auto& line : s.lines) {
      const auto* b = i > 0 ? find_line(base, line.demand.id) : nullptr;
      for (const auto metric : shown_metrics(run.simulated)) {
        const auto value = model::metric_value(line, metric);
        const auto before = b ? model::metric_value(*b, metric) : std::nullopt;
        const bool both = value && before;
        csv_row(out, {"answer", s.name, line.demand.id, std::string(model::to_string(metric)),
                      num(before), num(value), both ? num(*value - *before) : "",
                      both ? num(relative_change(*before, *value)) : "",
                      corridor_of(&line, s.network), "", "", "", "", "", ""});
      }
    }
  }
  for (const auto& c : run.checks) {
    csv_row(out,
            {"check", c.scenario, c.line, std::string(model::to_string(c.metric)),
             num(c.base_value), num(c.value), "", "", "", c.id,
             c.skipped ? "skipped" : (c.passed ? "pass" : "fail"), c.message, c.origin, "", ""});
  }
}

}  // namespace corridor::report::detail
