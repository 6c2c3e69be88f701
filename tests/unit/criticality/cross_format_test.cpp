// The criticality CSV says what the JSON says: one row per (closure, affected line), or one row
// for a closure that affects no line, each cell equal to the JSON value of the same field; and
// the text report lists the same closures in the same order.

#include <sstream>

#include <catch2/catch.hpp>

#include <corridor/engine/criticality.hpp>
#include <corridor/report/report.hpp>

#include "support/csv.hpp"
#include "unit/report/mismatches.hpp"

namespace corridor {
namespace {

using test::Json;

std::string written(const model::CriticalityRun& run, report::Format format) {
  std::ostringstream out;
  report::write(run, format, out);
  return out.str();
}

std::string joined(const Json& closed, const char* key) {
  std::string out;
  for (const auto& e : closed)
    out += (out.empty() ? "" : " + ") + e.at(key).get<std::string>();
  return out;
}

/// The JSON value of a CSV column for a closure and one of its lines (null: no line).
Json value_of(const std::string& column, const std::string& set, const Json& closure,
              const Json* line) {
  if (column == "set") return set;
  if (column == "rank") return closure.at("rank");
  if (column == "closed") return joined(closure.at("closed"), "id");
  if (column == "closed_type") return joined(closure.at("closed"), "type");
  if (column == "closed_kind") return joined(closure.at("closed"), "kind");
  if (column == "closed_name") return joined(closure.at("closed"), "name");
  for (const char* key :
       {"lines_affected", "lines_cut", "teu_per_week_cut", "generalized_usd_per_week",
        "usd_per_week", "teu_days_per_week", "closure_teu_days"}) {
    if (column == key) return closure.at(key);
  }
  if (line == nullptr) return nullptr;
  if (column == "line_id") return line->at("id");
  // The line's own simulated closure delay (the closure's total is closure_teu_days).
  if (column == "line_closure_delay_hours") return line->at("closure_delay_hours");
  if (column == "line_closure_teu_days") return line->at("closure_teu_days");
  for (const char* key : {"from", "to", "cargo", "teu_per_week", "status", "complete", "delta_days",
                          "delta_usd", "delta_generalized_usd"}) {
    if (column == key) return line->at(key);
  }
  const Json& r = line->at("replacement");
  if (r.is_null()) return nullptr;
  if (column == "replacement_corridor") return r.at("corridor");
  if (column == "replacement_modes") return r.at("modes");
  if (column == "replacement_days") return r.at("days");
  throw std::runtime_error("no JSON field for the CSV column '" + column + "'");
}

void check_csv_against_json(const std::string& csv_text, const std::string& json_text) {
  const auto rows = test::read_csv(csv_text);
  const Json doc = Json::parse(json_text);
  REQUIRE_FALSE(rows.empty());
  const auto& header = rows.front();
  test::Mismatches mismatches;
  std::size_t next = 1;
  const auto check_row = [&](const std::string& set, const Json& closure, const Json* line) {
    REQUIRE(next < rows.size());
    const auto& row = rows[next++];
    REQUIRE(row.size() == header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
      mismatches.compare("row " + std::to_string(next - 1) + " " + header[c], row[c],
                         value_of(header[c], set, closure, line));
    }
  };
  for (const auto& [set, key] : {std::pair{"single", "ranking"}, std::pair{"pair", "pairs"}}) {
    for (const auto& closure : doc.at(key)) {
      if (closure.at("lines").empty()) check_row(set, closure, nullptr);
      for (const auto& line : closure.at("lines"))
        check_row(set, closure, &line);
    }
  }
  CHECK(next == rows.size());
  INFO((mismatches.list().empty() ? "" : mismatches.list().front()));
  CHECK(mismatches.list().empty());
}

TEST_CASE("criticality: the CSV says what the JSON says", "[criticality][cross-format]") {
  const auto loaded =
      engine::load(std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-baltic.yaml");
  const auto prepared = engine::prepare(loaded.scenario, {});
  engine::CriticalityRequest request;
  request.ends = true;  // cut-off lines too
  request.pair_top = 4;
  const auto run = engine::criticality(loaded.scenario, prepared, request);
  REQUIRE(run.ranking.front().lines_cut > 0);
  const std::string json = written(run, report::Format::json);
  check_csv_against_json(written(run, report::Format::csv), json);

  // The text ranking lists the closures that change a route, in the JSON's order.
  const std::string text = written(run, report::Format::text);
  std::size_t at = 0;
  const Json doc = Json::parse(json);  // named: a loop over a temporary's member dangles
  for (const auto& closure : doc.at("ranking")) {
    if (closure.at("lines").empty()) continue;
    const std::string row = std::to_string(closure.at("rank").get<int>()) + "  " +
                            joined(closure.at("closed"), "id") + " ";
    const auto found = text.find(row, at);
    INFO(row);
    REQUIRE(found != std::string::npos);
    at = found;
  }
}

/// A simulated TEU-days cell as the text report writes it: one decimal, signed, "—" for none.
std::string text_cell(const Json& value) {
  if (value.is_null()) return "\u2014";
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(1);
  out << value.get<double>();
  const std::string text = out.str();
  return value.get<double>() > 0.0 && text != "0.0" ? "+" + text : text;
}

TEST_CASE("criticality --simulate: the CSV and the text say what the JSON says",
          "[criticality][cross-format]") {
  const auto loaded =
      engine::load(std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-baltic.yaml");
  model::Overrides overrides;
  overrides.simulation.replications = 500;
  const auto prepared = engine::prepare(loaded.scenario, overrides);
  engine::CriticalityRequest request;
  request.to = {"KAUNAS_KIT", "VILNIUS_VIT"};
  request.pair_top = 3;
  request.closure_length = model::Distribution(model::Fixed{72.0});
  const auto run = engine::criticality(loaded.scenario, prepared, request);
  REQUIRE(run.closure);
  const std::string json = written(run, report::Format::json);
  check_csv_against_json(written(run, report::Format::csv), json);

  // Each ranking row of the text ends with the closure's TEU-days, as the JSON has them.
  const std::string text = written(run, report::Format::text);
  const Json doc = Json::parse(json);
  REQUIRE(doc.at("closure").at("hours") == 72.0);
  std::size_t at = 0;
  std::size_t simulated = 0;
  for (const auto& closure : doc.at("ranking")) {
    if (closure.at("lines").empty()) continue;
    const std::string row = std::to_string(closure.at("rank").get<int>()) + "  " +
                            joined(closure.at("closed"), "id") + " ";
    at = text.find(row, at);
    INFO(row);
    REQUIRE(at != std::string::npos);
    const std::string line = text.substr(at, text.find('\n', at) - at);
    const std::string cell = text_cell(closure.at("closure_teu_days"));
    CHECK(line.substr(line.size() - cell.size()) == cell);
    if (!closure.at("closure_teu_days").is_null()) ++simulated;
  }
  CHECK(simulated > 0);
}

}  // namespace
}  // namespace corridor
