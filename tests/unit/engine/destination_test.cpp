// The destination holds cargo too: its dwell (customs, a terminal's gate) counts in the route's
// price and in every journey, and cargo arriving while it is closed (a port strike) waits.

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

// A -> B in 10 h; B's customs take 5 h and 30 USD; waiting at B costs 24 USD a day.
constexpr const char* kLine = R"(
scenario: destination
nodes:
  - {id: A, name: A, country: KZ, kind: terminal, source: s}
  - {id: B, name: B, country: LT, kind: terminal, dwell: {hours: 5, usd_per_teu: 30}, storage_usd_per_teu_day: 24, source: s}
  - {id: C, name: C, country: LT, kind: terminal, source: s}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 500, hours: 10, tariff: {usd_per_teu: 400}, source: s}
  - {id: AC, from: A, to: C, mode: rail, gauge: 1520, distance_km: 500, hours: 10, tariff: {usd_per_teu: 400}, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0, source: s}
demand:
  - {from: A, to: B, cargo: box, teu_per_week: 1}
simulation: {departure_window_days: 1, replications: 4000}
)";

TEST_CASE("the destination's dwell is priced by routing", "[engine][destination]") {
  const auto s = test::scenario_from(kLine);
  const auto result = engine::plan(s, engine::prepare(s, {}));
  const model::Route& r = result.results.at(0).routes.at(0);
  REQUIRE(r.steps.size() == 2);
  CHECK(r.steps[1].kind == model::Step::Kind::dwell);
  CHECK(r.steps[1].from == model::NodeId(1));
  CHECK(r.totals.hours().value() == 15.0);  // 10 h running + 5 h at B
  CHECK(r.totals.usd().value() == 430.0);   // 400 tariff + 30 at B
}

TEST_CASE("the destination's dwell counts in every journey", "[engine][destination]") {
  const auto s = test::scenario_from(kLine);
  const auto run = engine::simulate(s, engine::prepare(s, {}));
  const auto& sim = run.results.at(0).simulated.at(0);
  CHECK(sim.days.min == 15.0 / 24.0);
  CHECK(sim.days.max == 15.0 / 24.0);
  CHECK(sim.usd.mean == 430.0);
}

TEST_CASE("cargo reaching a closed destination waits for it to reopen", "[engine][destination]") {
  // B is closed from hour 0 to hour 100; shipments leave A uniformly in [0, 24) h, reach B at
  // d + 10 < 34, wait until 100, then clear customs in 5 h: door to door 105 - d hours, mean 93.
  std::string text = kLine;
  text +=
      "disruptions:\n  - {id: STRIKE, nodes: [B], windows: [{from: \"2025-01-01\", to: "
      "\"2025-01-05T04:00\"}], source: s}\n";
  const auto s = test::scenario_from(text);
  const auto run = engine::simulate(s, engine::prepare(s, {}));
  const auto& sim = run.results.at(0).simulated.at(0);
  CHECK(sim.days.max <= 105.0 / 24.0);
  CHECK(sim.days.min >= 81.0 / 24.0);
  // The departure is uniform on 24 h: sd 24 / sqrt(12) = 6.93 h, so the mean of 4000 has a
  // standard error of 0.11 h; 4 standard errors.
  CHECK(sim.days.mean * 24.0 == Approx(93.0).margin(0.44));
  // Waiting at B: 100 - (d + 10), mean 78 h, charged 1 USD an hour.
  REQUIRE(sim.steps.size() == 2);
  CHECK(sim.steps[1].mean_wait_hours == Approx(78.0).margin(0.44));
  CHECK(sim.usd.mean == Approx(430.0 + 78.0).margin(0.44));
}

TEST_CASE("a destination that a disruption can close gets a step", "[engine][destination]") {
  std::string text = kLine;
  text +=
      "disruptions:\n  - {id: STRIKE, nodes: [C], windows: [{from: \"2025-01-01\", to: "
      "\"2025-01-05T04:00\"}], source: s}\n";
  auto s = test::scenario_from(text);
  model::Overrides o;
  o.od = model::OdQuery{"A", "C", std::nullopt};
  const auto result = engine::plan(s, engine::prepare(s, o));
  const model::Route& r = result.results.at(0).routes.at(0);
  REQUIRE(r.steps.size() == 2);
  CHECK(r.steps[1].kind == model::Step::Kind::dwell);
  CHECK(r.steps[1].from == model::NodeId(2));
  CHECK(r.totals.hours().value() == 10.0);
}

}  // namespace
}  // namespace corridor
