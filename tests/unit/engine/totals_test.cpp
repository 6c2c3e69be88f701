// Scenario totals: every demand line's weekly TEU on its best route, in TEU, USD and kg CO2e a
// week and a year, in the JSON of run and simulate (the other formats are checked against the
// JSON by tests/unit/report/cross_format_test.cpp).

#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/report/report.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

using Json = nlohmann::ordered_json;

// A -> B: 400 USD and 500 km x 10 t x 20 g/tkm = 100 kg CO2e per TEU, 7 TEU a week.
// A -> C has no link: its 3 TEU a week count in the TEU but have no cost.
constexpr const char* kTwoLines = R"(
scenario: totals
nodes:
  - {id: A, name: A, country: KZ, kind: terminal, source: s}
  - {id: B, name: B, country: LT, kind: terminal, source: s}
  - {id: C, name: C, country: LT, kind: terminal, source: s}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 500, hours: 10, tariff: {usd_per_teu: 400}, co2e_g_per_tkm: 20, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0, source: s}
demand:
  - {from: A, to: B, cargo: box, teu_per_week: 7}
  - {from: A, to: C, cargo: box, teu_per_week: 3}
simulation: {replications: 100}
)";

template <class Result>
Json json_of(const Result& result) {
  std::ostringstream out;
  report::write(result, report::Format::json, out);
  return Json::parse(out.str());
}

void check_totals(const Json& t) {
  CHECK(t.at("demand_lines") == 2);
  CHECK(t.at("routed_lines") == 1);
  CHECK(t.at("teu_per_week") == 10.0);
  CHECK(t.at("routed_teu_per_week") == 7.0);
  CHECK(t.at("usd_per_week") == 2800.0);     // 7 x 400
  CHECK(t.at("co2e_kg_per_week") == 700.0);  // 7 x 100
  // A year is 365.25 days, 52.18 weeks.
  CHECK(t.at("teu_per_year") == 521.79);       // 10 x 365.25 / 7, to 2 decimals
  CHECK(t.at("usd_per_year") == 146100.0);     // 2800 x 365.25 / 7
  CHECK(t.at("co2e_kg_per_year") == 36525.0);  // 700 x 365.25 / 7
}

TEST_CASE("run totals the demand lines on their best routes", "[engine][totals]") {
  const auto s = test::scenario_from(kTwoLines);
  check_totals(json_of(engine::plan(s, engine::prepare(s, {}))).at("totals"));
}

TEST_CASE("simulate totals the demand lines at their simulated mean cost", "[engine][totals]") {
  const auto s = test::scenario_from(kTwoLines);
  // Fixed durations and no timetable: every journey costs the routed 400 USD.
  check_totals(json_of(engine::simulate(s, engine::prepare(s, {}))).at("totals"));
}

}  // namespace
}  // namespace corridor
