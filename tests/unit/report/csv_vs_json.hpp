#pragma once
// Test support: a CSV report against its JSON document. Every row has the header's field count
// and every cell reads back as the JSON value of the same field.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "mismatches.hpp"
#include "support/csv.hpp"

namespace corridor::test {

/// "rail 1520", "sea": a port as the CSV spells it, from its JSON object.
inline std::string port_text(const Json& port) {
  std::string text = port.at("mode").get<std::string>();
  if (!port.at("gauge_mm").is_null()) text += " " + std::to_string(port.at("gauge_mm").get<int>());
  return text;
}

struct RowContext {
  const Json* demand = nullptr;
  const Json* route = nullptr;  ///< routes: the route; simulation: the simulated route
  const Json* step = nullptr;   ///< routes only
  std::string set;              ///< routes only: best | pareto
  std::size_t position = 0;     ///< rank among its set (1-based)
  std::size_t step_number = 0;  ///< routes only (1-based)
};

/// Values shared by both documents: the scenario, the demand line and the scenario totals.
inline std::optional<Json> common_value(const Json& doc, const std::string& column,
                                        const RowContext& r) {
  if (column == "scenario") return doc.at("scenario").at("name");
  if (column == "line_id") return r.demand->at("id");
  for (const char* key :
       {"from", "to", "cargo", "container", "teu_per_week", "complete", "ready"}) {
    if (column == key) return r.demand->at(key);
  }
  if (column == "usd_per") return doc.at("usd_per");
  if (column.rfind("total_", 0) == 0) return doc.at("totals").at(column.substr(6));
  return std::nullopt;
}

inline Json routes_value(const Json& doc, const std::string& column, const RowContext& r) {
  if (auto v = common_value(doc, column, r)) return *v;
  const Json& route = *r.route;
  const Json& step = *r.step;
  const bool leg = step.at("kind") == "leg";
  if (column == "set") return r.set;
  if (column == "rank") return r.position;
  if (column == "corridor" || column == "modes" || column == "transshipments" ||
      column == "on_time") {
    return route.at(column);
  }
  if (column == "route_days") return route.at("days");
  if (column == "route_usd") return route.at("usd").at("total");
  if (column == "route_generalized_usd") return route.at("usd").at("generalized");
  if (column == "route_co2e_kg") return route.at("co2e_kg");
  if (column == "route_km") return route.at("km");
  if (column == "step") return r.step_number;
  if (column == "kind") return step.at("kind");
  if (column == "link") return leg ? step.at("link") : Json("");
  if (column == "step_from") return leg ? step.at("from") : step.at("node");
  if (column == "step_to") return leg ? step.at("to") : step.at("node");
  if (column == "from_port") return port_text(leg ? step.at("port") : step.at("from_port"));
  if (column == "to_port") return port_text(leg ? step.at("port") : step.at("to_port"));
  if (column == "km" || column == "co2e_kg") return step.at(column);
  if (column == "usd") return step.at("usd").at("total");
  if (column == "hours") return step.at("hours").at("total");
  for (const char* part : {"running", "waiting", "handling", "dwell"}) {
    if (column == std::string(part) + "_h") return step.at("hours").at(part);
  }
  throw std::runtime_error("no JSON field for the CSV column '" + column + "'");
}

inline Json simulation_value(const Json& doc, const std::string& column, const RowContext& r) {
  if (auto v = common_value(doc, column, r)) return *v;
  const Json& route = *r.route;
  if (column == "corridor" || column == "modes") return route.at("routed").at(column);
  if (column == "rank" || column == "replications" || column == "never_arrive" ||
      column == "on_time_probability") {
    return route.at(column);
  }
  for (const char* metric : {"generalized_usd", "days", "usd"}) {
    const std::string prefix = std::string(metric) + "_";
    if (column.rfind(prefix, 0) == 0) return route.at(metric).at(column.substr(prefix.size()));
  }
  throw std::runtime_error("no JSON field for the CSV column '" + column + "'");
}

/// The rows a CSV report must have, in order, from its JSON document.
inline std::vector<RowContext> expected_rows(const Json& doc) {
  std::vector<RowContext> rows;
  const bool simulation = doc.at("kind") == "simulation";
  for (const Json& demand : doc.at("demands")) {
    const auto add_routes = [&](const Json& list, const std::string& set) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (simulation) {
          rows.push_back({&demand, &list[i], nullptr, set, i + 1, 0});
          continue;
        }
        const Json& steps = list[i].at("steps");
        for (std::size_t k = 0; k < steps.size(); ++k)
          rows.push_back({&demand, &list[i], &steps[k], set, i + 1, k + 1});
      }
    };
    add_routes(demand.at("routes"), "best");
    if (demand.contains("pareto")) add_routes(demand.at("pareto"), "pareto");
  }
  return rows;
}

/// Every CSV row has the header's field count, and every cell is its JSON value.
inline void check_csv_against_json(const std::string& csv, const std::string& json) {
  const Json doc = Json::parse(json);
  const auto records = test::read_csv(csv);
  REQUIRE_FALSE(records.empty());
  const test::CsvRow& header = records.front();
  const auto rows = expected_rows(doc);
  REQUIRE(records.size() == rows.size() + 1);
  const bool simulation = doc.at("kind") == "simulation";
  Mismatches mismatches;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const test::CsvRow& record = records[i + 1];
    if (record.size() != header.size()) {
      mismatches.add("row " + std::to_string(i + 1) + " has " + std::to_string(record.size()) +
                     " fields, the header " + std::to_string(header.size()));
      continue;
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
      const Json value = simulation ? simulation_value(doc, header[c], rows[i])
                                    : routes_value(doc, header[c], rows[i]);
      mismatches.compare("row " + std::to_string(i + 1) + " " + header[c], record[c], value);
    }
  }
  INFO((mismatches.list().empty() ? std::string() : mismatches.list().front()));
  CHECK(mismatches.list().empty());
}

}  // namespace corridor::test
