// When cargo is ready at the origin: at a uniformly random time (it waits for the first
// departure and pays storage meanwhile), or just in time for the first departure.

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>

#include "support/scenario_text.hpp"

namespace corridor::sim {
namespace {

// A weekly sailing A -> B (every 168 h from hour 0) of 10 h; storage at A 24 USD a day.
std::string scenario_with(const std::string& ready) {
  return R"(
scenario: ready
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, storage_usd_per_teu_day: 24, source: s}
  - {id: B, name: B, country: AZ, kind: seaport, source: s}
links:
  - {id: AB, from: A, to: B, mode: sea, distance_km: 500, hours: 10, tariff: {usd_per_teu: 100}, schedule: {every_hours: 168}, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0, source: s}
demand:
  - {from: A, to: B, cargo: box, teu_per_week: 1)" +
         ready + R"(}
simulation: {replications: 4000, departure_window_days: 350}
)";
}

model::RouteSimulation simulated(const std::string& ready) {
  const auto s = test::scenario_from(scenario_with(ready));
  return engine::simulate(s, engine::prepare(s, {})).results.at(0).simulated.at(0);
}

TEST_CASE("cargo ready at a uniform time waits half a headway on average", "[sim][ready]") {
  for (const std::string ready : {"", ", ready: uniform"}) {
    const auto sim = simulated(ready);
    // 50 whole weeks: the wait is uniform on (0, 168], mean 84 h, sd 48.5 h; the mean of 4000
    // has a standard error of 0.77 h. 4 standard errors.
    CHECK(sim.days.mean * 24.0 == Approx(10.0 + 84.0).margin(3.1));
    CHECK(sim.usd.mean == Approx(100.0 + 84.0).margin(3.1));  // storage 1 USD an hour
  }
}

TEST_CASE("cargo ready for the first departure does not wait for it", "[sim][ready]") {
  const auto sim = simulated(", ready: first_departure");
  CHECK(sim.days.min == 10.0 / 24.0);
  CHECK(sim.days.max == 10.0 / 24.0);
  CHECK(sim.usd.max == 100.0);
  REQUIRE(sim.steps.size() == 1);
  CHECK(sim.steps[0].mean_wait_hours == 0.0);
}

TEST_CASE("an unknown ready is an error that lists the choices", "[sim][ready]") {
  CHECK(test::errors_of(scenario_with(", ready: soon")) ==
        "test.yaml:11:51: error: demand[0].ready: unknown ready 'soon'\n"
        "  hint: ready is uniform or first_departure\n");
}

}  // namespace
}  // namespace corridor::sim
