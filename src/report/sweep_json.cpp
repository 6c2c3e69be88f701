// The sweep table as JSON, and read back from JSON (`corridor merge`).

#include <cmath>
#include <limits>
#include <stdexcept>

#include <corridor/report/sweep.hpp>

#include "report/json.hpp"
#include "report/sweep_writers.hpp"

namespace corridor::report {

namespace {

using detail::Json;

/// A figure, or null for an infinite one (a P95 of journeys that never arrive).
Json number(double value) {
  return std::isfinite(value) ? Json(value) : Json(nullptr);
}

double number_of(const Json& j) {
  return j.is_null() ? std::numeric_limits<double>::infinity() : j.get<double>();
}

Json optional_string(const std::optional<std::string>& s) {
  return s ? Json(*s) : Json(nullptr);
}

Json row_json(const model::SweepRow& row, const std::vector<model::SweepAxis>* axes) {
  Json j;
  j["variant"] = row.variant + 1;
  if (axes != nullptr) {
    Json values = Json::array();
    const auto choice = model::sweep_choice(*axes, row.variant);
    for (std::size_t a = 0; a < axes->size(); ++a)
      values.push_back((*axes)[a].values[choice[a]]);
    j["values"] = std::move(values);
  }
  j["line"] = row.line;
  j["from"] = row.from;
  j["to"] = row.to;
  j["cargo"] = row.cargo;
  j["status"] = row.best ? "routed" : "unreachable";
  const auto* b = row.best ? &*row.best : nullptr;
  const auto* s = b != nullptr && b->simulated ? &*b->simulated : nullptr;
  j["corridor"] = optional_string(b ? std::optional(b->corridor) : std::nullopt);
  j["modes"] = optional_string(b ? std::optional(b->modes) : std::nullopt);
  j["days"] = b ? number(b->days) : Json(nullptr);
  j["usd"] = b ? number(b->usd) : Json(nullptr);
  j["co2e_kg"] = b ? number(b->co2e_kg) : Json(nullptr);
  j["generalized_usd"] = b ? number(b->generalized_usd) : Json(nullptr);
  j["p50_days"] = s ? number(s->p50_days) : Json(nullptr);
  j["p90_days"] = s ? number(s->p90_days) : Json(nullptr);
  j["p95_days"] = s ? number(s->p95_days) : Json(nullptr);
  j["on_time"] = s && s->on_time ? Json(*s->on_time) : Json(nullptr);
  j["reason"] = b ? Json(nullptr) : Json(row.unreachable);
  return j;
}

model::SweepRow row_of(const Json& j) {
  model::SweepRow row;
  const auto variant = j.at("variant").get<std::size_t>();
  if (variant == 0) throw std::invalid_argument("a row's variant is 0; variants count from 1");
  row.variant = variant - 1;
  row.line = j.at("line").get<std::string>();
  row.from = j.at("from").get<std::string>();
  row.to = j.at("to").get<std::string>();
  row.cargo = j.at("cargo").get<std::string>();
  const auto status = j.at("status").get<std::string>();
  if (status == "unreachable") {
    row.unreachable = j.at("reason").get<std::string>();
    return row;
  }
  if (status != "routed") throw std::invalid_argument("unknown row status '" + status + "'");
  model::SweepBest b;
  b.corridor = j.at("corridor").get<std::string>();
  b.modes = j.at("modes").get<std::string>();
  b.days = number_of(j.at("days"));
  b.usd = number_of(j.at("usd"));
  b.co2e_kg = number_of(j.at("co2e_kg"));
  b.generalized_usd = number_of(j.at("generalized_usd"));
  if (!j.at("p50_days").is_null()) {
    model::SweepSpread s{number_of(j.at("p50_days")), number_of(j.at("p90_days")),
                         number_of(j.at("p95_days")), std::nullopt};
    if (!j.at("on_time").is_null()) s.on_time = j.at("on_time").get<double>();
    b.simulated = s;
  }
  row.best = std::move(b);
  return row;
}

Json table_json(const model::SweepTable& t) {
  Json doc;
  doc["schema_version"] = std::string(kSchemaVersion);
  doc["kind"] = "sweep";
  doc["scenario"] = {{"name", t.scenario}};
  doc["corridor_version"] = t.version;
  Json axes = Json::array();
  for (const auto& a : t.axes)
    axes.push_back({{"path", a.path}, {"values", a.values}});
  doc["axes"] = std::move(axes);
  doc["variants"] = t.variants;
  doc["simulation"] =
      t.simulated ? Json{{"seed", t.seed}, {"replications", t.replications}} : Json(nullptr);
  doc["shard"] =
      t.shard ? Json{{"index", t.shard->index}, {"count", t.shard->count}} : Json(nullptr);
  Json rows = Json::array();
  for (const auto& r : t.rows)
    rows.push_back(row_json(r, &t.axes));
  doc["rows"] = std::move(rows);
  return doc;
}

model::SweepTable table_of(const Json& doc) {
  if (doc.at("kind") != "sweep") throw std::invalid_argument("not a sweep report");
  if (doc.at("schema_version") != std::string(kSchemaVersion)) {
    throw std::invalid_argument("schema_version " + doc.at("schema_version").dump() +
                                ", this corridor reads " + std::string(kSchemaVersion));
  }
  model::SweepTable t;
  t.scenario = doc.at("scenario").at("name").get<std::string>();
  t.version = doc.at("corridor_version").get<std::string>();
  for (const auto& a : doc.at("axes")) {
    t.axes.push_back(model::SweepAxis{a.at("path").get<std::string>(),
                                      a.at("values").get<std::vector<std::string>>()});
  }
  t.variants = doc.at("variants").get<std::size_t>();
  if (const auto& sim = doc.at("simulation"); !sim.is_null()) {
    t.simulated = true;
    t.seed = sim.at("seed").get<std::uint64_t>();
    t.replications = sim.at("replications").get<int>();
  }
  if (const auto& shard = doc.at("shard"); !shard.is_null()) {
    t.shard = model::SweepShard{shard.at("index").get<std::size_t>(),
                                shard.at("count").get<std::size_t>()};
  }
  for (const auto& r : doc.at("rows"))
    t.rows.push_back(row_of(r));
  return t;
}

}  // namespace

std::string encode_rows(const std::vector<model::SweepRow>& rows) {
  Json out = Json::array();
  for (const auto& r : rows)
    out.push_back(row_json(r, nullptr));
  return out.dump();
}

std::vector<model::SweepRow> decode_rows(std::string_view bytes) {
  try {
    std::vector<model::SweepRow> rows;
    for (const auto& r : Json::parse(bytes.begin(), bytes.end()))
      rows.push_back(row_of(r));
    return rows;
  } catch (const Json::exception& e) {
    throw std::invalid_argument(std::string("sweep rows: ") + e.what());
  }
}

model::SweepTable read_sweep_json(std::string_view json) {
  try {
    return table_of(Json::parse(json.begin(), json.end()));
  } catch (const Json::exception& e) {
    throw std::invalid_argument(e.what());
  }
}

namespace detail {

void write_sweep_json(const model::SweepTable& table, std::ostream& out) {
  dump(table_json(table), out);
}

}  // namespace detail

}  // namespace corridor::report
