// Charges per container: a box of n TEU shares them among its TEU, routing prices each demand
// line for its own container, and `--per container` (model::per_container) reports USD per box.

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/model/result.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

// A -> B -> C by rail, or A -> C direct:
//   AB: USD 100 per TEU
//   B:  dwell USD 80 per container
//   BC: USD 300 per container + USD 1 per container-km x 100 km = 400 per container
//   AC: USD 450 per TEU
// By hand, per TEU via B: a 40 ft box (2 TEU) 100 + 80 / 2 + 400 / 2 = 340 < 450, so it goes via
// B; a 20 ft box (1 TEU) 100 + 80 + 400 = 580 > 450, so it goes direct. Per container: 680 and
// 450.
constexpr const char* kBoxes = R"(
scenario: boxes
nodes:
  - {id: A, name: A, country: KZ, kind: terminal}
  - {id: B, name: B, country: KZ, kind: terminal, dwell: {hours: 2, usd_per_container: 80}}
  - {id: C, name: C, country: KZ, kind: terminal}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: BC, from: B, to: C, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_container: 300, usd_per_container_km: 1}}
  - {id: AC, from: A, to: C, mode: rail, gauge: 1520, distance_km: 250, hours: 25, tariff: {usd_per_teu: 450}}
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 10000}
demand:
  - {id: forty, from: A, to: C, cargo: general, container: 40ft, teu_per_week: 2}
  - {id: twenty, from: A, to: C, cargo: general, teu_per_week: 1}
policy: {objective: cost}
)";

TEST_CASE("each demand line is routed and priced for its container", "[engine][container]") {
  const auto scenario = test::scenario_from(kBoxes);
  REQUIRE(scenario.demand[1].container == model::Container::ft20);  // the default
  const auto run = engine::plan(scenario, engine::prepare(scenario, {}));
  REQUIRE(run.results.size() == 2);
  const auto& forty = run.results[0].routes.front();
  CHECK(forty.steps.size() == 3);  // AB, the dwell at B, BC
  CHECK(forty.steps[0].tariff.value() == Approx(100.0));
  CHECK(forty.steps[1].fees_usd.value() == Approx(40.0));
  CHECK(forty.steps[2].tariff.value() == Approx(200.0));
  CHECK(forty.totals.usd().value() == Approx(340.0));
  const auto& twenty = run.results[1].routes.front();
  REQUIRE(twenty.steps.size() == 1);  // AC
  CHECK(twenty.totals.usd().value() == Approx(450.0));
  // The scenario's totals per week stay per TEU: 2 x 340 + 1 x 450.
  CHECK(run.totals.usd_per_week.value() == Approx(1130.0));

  const auto boxes = model::per_container(run);
  CHECK(boxes.usd_per == model::UsdPer::container);
  CHECK(boxes.results[0].routes.front().totals.usd().value() == Approx(680.0));
  CHECK(boxes.results[0].routes.front().steps[1].fees_usd.value() == Approx(80.0));
  CHECK(boxes.results[1].routes.front().totals.usd().value() == Approx(450.0));
  CHECK(boxes.totals.usd_per_week.value() == Approx(1130.0));
}

TEST_CASE("a charge is per TEU or per container, not both", "[engine][container]") {
  CHECK(test::errors_of(R"(
scenario: both
nodes:
  - {id: A, name: A, country: KZ, kind: terminal, source: "test"}
  - {id: B, name: B, country: KZ, kind: terminal, handling: {hours: 1, usd_per_teu: 10, usd_per_container: 20}, source: "test"}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu_km: 1, usd_per_container_km: 2}, source: "test"}
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 10000, source: "test"}
demand:
  - {from: A, to: B, cargo: general, container: 45ft}
)") == "test.yaml:5:89: error: nodes[1].handling.usd_per_container: give usd_per_teu or "
       "usd_per_container, not both\n  hint: a charge is per TEU or per container (a box of any "
       "size pays the same): write it as its source publishes it\n"
       "test.yaml:7:112: error: links[0].tariff.usd_per_container_km: give usd_per_teu_km or "
       "usd_per_container_km, not both\n  hint: a charge is per TEU or per container (a box of any "
       "size pays the same): write it as its source publishes it\n"
       "test.yaml:11:38: error: demand[0].container: unknown container '45ft'\n  hint: containers "
       "are 20ft (1 TEU), 40ft (2 TEU), 40hc (40 ft high-cube, 2 TEU)\n");
}

}  // namespace
}  // namespace corridor
