#include <string>
#include <vector>

#include <corridor/model/units.hpp>
#include <corridor/report/calibration.hpp>
#include <corridor/report/labels.hpp>

#include "report/csv.hpp"
#include "report/dispatch.hpp"
#include "report/document.hpp"
#include "report/format.hpp"
#include "report/json.hpp"

namespace corridor::report {

namespace {

using detail::Document;
using detail::fixed;
using detail::grouped;
using detail::Json;
using detail::Table;

/// "15-20" or "11" (days with `decimals`, USD grouped).
std::string observed_text(const model::ObservedRange& r, int decimals, bool group) {
  const auto one = [&](double v) { return group ? grouped(v, decimals) : fixed(v, decimals); };
  return r.is_range() ? one(r.low) + "\u2013" + one(r.high) : one(r.low);
}

std::string error_text(const model::FigureComparison& c) {
  std::string text = fixed(c.error_pct, 0);
  if (text == "-0") text = "0";
  return (c.error_pct > 0 && text != "0" ? "+" : "") + text + " %";
}

std::string within_text(const model::FigureComparison& c) {
  if (!c.observed.is_range()) return "";
  return c.within ? "yes" : "no";
}

std::string share_text(const model::FigureSummary& s) {
  if (!s.within_share) return "no ranges";
  return std::to_string(s.within) + " of " + std::to_string(s.ranges) + " (" +
         fixed(*s.within_share * 100.0, 0) + " %)";
}

std::string mape_text(const model::FigureSummary& s) {
  if (!s.mape_pct) return "nothing compared";
  return fixed(*s.mape_pct, 1) + " % over " + std::to_string(s.compared);
}

void summary_section(const model::CalibrationRun& run, Document& doc) {
  const auto& s = run.summary;
  doc.heading(2, "Summary");
  doc.field("observations", std::to_string(s.observations) + " (" + std::to_string(s.fitted) +
                                " fitted and left out, " + std::to_string(s.unreachable) +
                                " without a route)");
  doc.field("days: mean absolute percentage error", mape_text(s.days));
  doc.field("days: model within the observed range", share_text(s.days));
  doc.field("USD per container: mean absolute percentage error", mape_text(s.usd));
  doc.field("USD per container: model within the observed range", share_text(s.usd));
  doc.finish();
}

Table days_table(const model::CalibrationRun& run) {
  std::vector<Table::Column> columns{{"id", Table::Align::left},
                                     {"from \u2192 to", Table::Align::left},
                                     {"date", Table::Align::left},
                                     {"observed days", Table::Align::right},
                                     {"model days", Table::Align::right}};
  if (run.simulated) {
    columns.push_back({"P50", Table::Align::right});
    columns.push_back({"P90", Table::Align::right});
  }
  columns.push_back({"error", Table::Align::right});
  columns.push_back({"in range", Table::Align::left});
  columns.push_back({"note", Table::Align::left});
  Table t(std::move(columns));
  for (const auto& r : run.results) {
    const auto& o = r.observation;
    if (!o.days) continue;
    std::vector<std::string> row{o.id, o.from + " \u2192 " + o.to, o.date,
                                 observed_text(*o.days, 1, false),
                                 r.days ? fixed(r.days->model, 1) : "\u2014"};
    if (run.simulated) {
      row.push_back(r.p50_days ? fixed(*r.p50_days, 1) : "\u2014");
      row.push_back(r.p90_days ? fixed(*r.p90_days, 1) : "\u2014");
    }
    row.push_back(r.days ? error_text(*r.days) : "\u2014");
    row.push_back(r.days ? within_text(*r.days) : "");
    row.push_back(o.fitted ? "fitted" : (r.route ? "" : "no route"));
    t.add(std::move(row));
  }
  return t;
}

Table usd_table(const model::CalibrationRun& run) {
  Table t({{"id", Table::Align::left},
           {"from \u2192 to", Table::Align::left},
           {"date", Table::Align::left},
           {"container", Table::Align::left},
           {"observed USD", Table::Align::right},
           {"model USD", Table::Align::right},
           {"error", Table::Align::right},
           {"in range", Table::Align::left},
           {"note", Table::Align::left}});
  for (const auto& r : run.results) {
    const auto& o = r.observation;
    if (!o.usd_per_container || !o.container) continue;
    t.add({o.id, o.from + " \u2192 " + o.to, o.date, std::string(model::to_string(*o.container)),
           observed_text(*o.usd_per_container, 0, true),
           r.usd ? grouped(r.usd->model, 0) : "\u2014", r.usd ? error_text(*r.usd) : "\u2014",
           r.usd ? within_text(*r.usd) : "", o.fitted ? "fitted" : (r.route ? "" : "no route")});
  }
  return t;
}

void render(const model::CalibrationRun& run, Document& doc) {
  doc.heading(1, "Calibration: " + run.scenario);
  doc.paragraph(
      "Each observation priced by its best route (objective " +
      std::string(model::to_string(run.objective)) +
      ", the scenario's constraints with the observation's via nodes and allowed countries). "
      "Error = (model - "
      "observed) / observed, against the middle of an observed range; a range holds the model "
      "or not. Model days are expected door-to-door days; USD per container is the route's "
      "USD per TEU times the container's TEU." +
      (run.simulated ? " P50 and P90 from " + std::to_string(run.replications) +
                           " simulated journeys (seed " + std::to_string(run.seed) + ")."
                     : ""));
  summary_section(run, doc);
  doc.heading(2, "Days");
  doc.table(days_table(run));
  doc.heading(2, "USD per container");
  doc.table(usd_table(run));
  doc.heading(2, "Routes and sources");
  for (const auto& r : run.results) {
    const auto& o = r.observation;
    std::string text =
        o.id + ": " +
        (r.route ? corridor_label(*r.route, run.network) + " (" + modes_label(*r.route) + ")"
                 : "no route: " + r.unreachable) +
        ". " + (o.measures.empty() ? "" : o.measures + ". ") + "Source: " + o.source;
    doc.paragraph(text);
  }
  if (!run.checks.empty()) {
    doc.heading(2, "Checks");
    Table t({{"check", Table::Align::left},
             {"status", Table::Align::left},
             {"message", Table::Align::left}});
    for (const auto& c : run.checks)
      t.add({c.id, c.passed ? "pass" : "FAIL", c.message});
    doc.table(t);
  }
}

Json figure_json(const std::optional<model::ObservedRange>& observed,
                 const std::optional<model::FigureComparison>& c, int decimals) {
  if (!observed) return nullptr;
  Json j;
  j["observed_low"] = observed->low;
  j["observed_high"] = observed->high;
  j["model"] = c ? Json(detail::rounded(c->model, decimals)) : Json(nullptr);
  j["error_pct"] = c ? Json(detail::rounded(c->error_pct, 2)) : Json(nullptr);
  j["within"] = c && observed->is_range() ? Json(c->within) : Json(nullptr);
  return j;
}

Json summary_json(const model::FigureSummary& s) {
  Json j;
  j["compared"] = s.compared;
  j["mape_pct"] = s.mape_pct ? Json(detail::rounded(*s.mape_pct, 2)) : Json(nullptr);
  j["ranges"] = s.ranges;
  j["within"] = s.within;
  j["within_range_share"] =
      s.within_share ? Json(detail::rounded(*s.within_share, 4)) : Json(nullptr);
  return j;
}

Json observation_json(const model::CalibrationRun& run, const model::ObservationResult& r) {
  const auto& o = r.observation;
  Json j;
  j["id"] = o.id;
  j["from"] = o.from;
  j["to"] = o.to;
  j["via"] = o.via;
  j["allow_countries"] = o.allow;
  j["cargo"] = r.cargo;
  j["date"] = o.date;
  j["fitted"] = o.fitted;
  j["status"] = r.route ? "ok" : "unreachable";
  j["corridor"] = r.route ? Json(corridor_label(*r.route, run.network)) : Json(r.unreachable);
  j["days"] = figure_json(o.days, r.days, 2);
  j["p50_days"] = r.p50_days ? Json(detail::rounded(*r.p50_days, 2)) : Json(nullptr);
  j["p90_days"] = r.p90_days ? Json(detail::rounded(*r.p90_days, 2)) : Json(nullptr);
  j["container"] = o.container ? Json(std::string(model::to_string(*o.container))) : Json(nullptr);
  j["usd_per_container"] = figure_json(o.usd_per_container, r.usd, 0);
  j["measures"] = o.measures;
  j["source"] = o.source;
  return j;
}

void write_json(const model::CalibrationRun& run, std::ostream& out) {
  Json doc;
  doc["schema_version"] = std::string(kSchemaVersion);
  doc["kind"] = "calibration";
  doc["scenario"] = {{"name", run.scenario}, {"description", run.description}};
  doc["command"] = run.command;
  doc["objective"] = std::string(model::to_string(run.objective));
  doc["simulated"] = run.simulated;
  doc["seed"] = run.simulated ? Json(run.seed) : Json(nullptr);
  doc["replications"] = run.simulated ? Json(run.replications) : Json(nullptr);
  const auto& s = run.summary;
  doc["summary"] = {{"observations", s.observations},
                    {"fitted", s.fitted},
                    {"unreachable", s.unreachable},
                    {"days", summary_json(s.days)},
                    {"usd_per_container", summary_json(s.usd)}};
  auto& observations = doc["observations"] = Json::array();
  for (const auto& r : run.results)
    observations.push_back(observation_json(run, r));
  auto& checks = doc["checks"] = Json::array();
  for (const auto& c : run.checks) {
    checks.push_back({{"id", c.id},
                      {"metric", std::string(model::to_string(c.metric))},
                      {"bound", std::string(model::to_string(c.bound))},
                      {"limit", c.limit},
                      {"value", c.value ? Json(detail::rounded(*c.value, 4)) : Json(nullptr)},
                      {"status", c.passed ? "pass" : "fail"},
                      {"message", c.message},
                      {"origin", c.origin}});
  }
  detail::dump(doc, out);
}

std::string optional_fixed(const std::optional<double>& v, int decimals) {
  return v ? fixed(*v, decimals) : "";
}

void write_csv(const model::CalibrationRun& run, std::ostream& out) {
  detail::csv_row(out, {"scenario",
                        "id",
                        "from",
                        "to",
                        "date",
                        "fitted",
                        "status",
                        "observed_days_low",
                        "observed_days_high",
                        "model_days",
                        "p50_days",
                        "p90_days",
                        "days_error_pct",
                        "days_within",
                        "container",
                        "observed_usd_low",
                        "observed_usd_high",
                        "model_usd",
                        "usd_error_pct",
                        "usd_within",
                        "source"});
  const auto within = [](const std::optional<model::FigureComparison>& c) -> std::string {
    if (!c || !c->observed.is_range()) return "";
    return c->within ? "true" : "false";
  };
  for (const auto& r : run.results) {
    const auto& o = r.observation;
    detail::csv_row(out, {run.scenario,
                          o.id,
                          o.from,
                          o.to,
                          o.date,
                          o.fitted ? "true" : "false",
                          r.route ? "ok" : "unreachable",
                          o.days ? detail::shortest(o.days->low) : "",
                          o.days ? detail::shortest(o.days->high) : "",
                          r.days ? fixed(r.days->model, 2) : "",
                          optional_fixed(r.p50_days, 2),
                          optional_fixed(r.p90_days, 2),
                          r.days ? fixed(r.days->error_pct, 2) : "",
                          within(r.days),
                          o.container ? std::string(model::to_string(*o.container)) : "",
                          o.usd_per_container ? detail::shortest(o.usd_per_container->low) : "",
                          o.usd_per_container ? detail::shortest(o.usd_per_container->high) : "",
                          r.usd ? fixed(r.usd->model, 0) : "",
                          r.usd ? fixed(r.usd->error_pct, 2) : "",
                          within(r.usd),
                          o.source});
  }
}

}  // namespace

void write(const model::CalibrationRun& run, Format format, std::ostream& out,
           const WriteOptions& options) {
  static const detail::Writers<model::CalibrationRun> kWriters{
      .render = render,
      .json = write_json,
      .csv = write_csv,
      .refusal = "a calibration report is text, md, json or csv"};
  detail::dispatch(run, format, out, options, kWriters);
}

}  // namespace corridor::report
