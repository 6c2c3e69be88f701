// Every format says what the JSON says: each CSV row has the header's field count and each CSV
// cell equals the JSON value of the same field; the text report's numbers are the JSON's at the
// text's precision. Run for every command that writes a report: run, routes, simulate.

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/report/report.hpp>

#include "csv_vs_json.hpp"
#include "support/scenario_text.hpp"
#include "text_vs_json.hpp"

namespace corridor {
namespace {

using test::check_csv_against_json;
using test::check_routes_text;
using test::check_simulation_text;

template <class Result>
std::string written(const Result& result, report::Format format) {
  std::ostringstream out;
  report::write(result, format, out);
  return out.str();
}

// --- cases ----------------------------------------------------------------------------------

const std::string kFlagship = std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-baltic.yaml";

TEST_CASE("run: CSV and text say what the JSON says", "[report][cross-format]") {
  const auto loaded = engine::load(kFlagship);
  const auto result = engine::plan(loaded.scenario, engine::prepare(loaded.scenario, {}));
  const std::string json = written(result, report::Format::json);
  check_csv_against_json(written(result, report::Format::csv), json);
  check_routes_text(written(result, report::Format::text), json);
}

TEST_CASE("routes: CSV and text say what the JSON says", "[report][cross-format]") {
  const auto loaded = engine::load(kFlagship);
  model::Overrides o;
  o.od = model::OdQuery{"KHORGOS", "VILNIUS_VIT", std::nullopt};
  o.policy.alternatives = 4;
  o.policy.pareto = true;
  const auto result = engine::plan(loaded.scenario, engine::prepare(loaded.scenario, o));
  const std::string json = written(result, report::Format::json);
  check_csv_against_json(written(result, report::Format::csv), json);
  check_routes_text(written(result, report::Format::text), json);
}

TEST_CASE("simulate: CSV and text say what the JSON says", "[report][cross-format]") {
  const auto loaded = engine::load(kFlagship);
  model::Overrides o;
  o.simulation.replications = 300;
  o.simulation.routes_per_line = 2;
  const auto result = engine::simulate(loaded.scenario, engine::prepare(loaded.scenario, o));
  const std::string json = written(result, report::Format::json);
  check_csv_against_json(written(result, report::Format::csv), json);
  check_simulation_text(written(result, report::Format::text), json);
}

// Journeys that never arrive (infinite percentiles, undefined moments) and a line without a
// route: empty CSV cells are JSON nulls, and the unreachable line has no row.
constexpr const char* kEdgeCases = R"(
scenario: edge-cases
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, storage_usd_per_teu_day: 10, source: s}
  - {id: B, name: B, country: AZ, kind: seaport, source: s}
  - {id: C, name: "C, the far one", country: GE, kind: terminal, source: s}
links:
  - {id: AB, from: A, to: B, mode: sea, distance_km: 500, hours: 20, tariff: {usd_per_teu: 300}, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500, source: s}
demand:
  - {from: A, to: B, cargo: box, teu_per_week: 7, deadline_days: 5}
  - {from: A, to: C, cargo: box, teu_per_week: 3}
disruptions:
  - {id: FOREVER, links: [AB], monthly_probability: 1, duration: {days: 60}, source: s}
)";

TEST_CASE("cross-format: journeys that never arrive and unreachable lines",
          "[report][cross-format]") {
  const auto scenario = io::load_scenario_from_string(kEdgeCases, "edge.yaml").scenario;
  model::Overrides o;
  o.simulation.replications = 200;
  const auto prepared = engine::prepare(scenario, o);
  const auto simulated = engine::simulate(scenario, prepared);
  REQUIRE(simulated.results.at(0).simulated.at(0).never_arrive > 0);
  const std::string json = written(simulated, report::Format::json);
  check_csv_against_json(written(simulated, report::Format::csv), json);
  check_simulation_text(written(simulated, report::Format::text), json);
  const auto planned = engine::plan(scenario, prepared);
  const std::string routes_json = written(planned, report::Format::json);
  check_csv_against_json(written(planned, report::Format::csv), routes_json);
  check_routes_text(written(planned, report::Format::text), routes_json);
}

}  // namespace
}  // namespace corridor
