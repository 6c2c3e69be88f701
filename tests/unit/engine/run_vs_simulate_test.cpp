// With every duration fixed, `corridor run` (expected values, timetables followed exactly) and
// `corridor simulate` (journeys from uniform departure times) describe the same journeys: their
// mean days and USD agree up to the Monte Carlo error.

#include <cmath>

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

// The issue's example: weekly (Tue 10:00, Fri 18:00) -> 4 h dwell -> daily -> Monday 08:00,
// over the default departure window (365 days from Wednesday 2025-01-01).
constexpr const char* kTimetables = R"(
scenario: timetables
nodes:
  - {id: O, name: O, country: LT, kind: seaport, storage_usd_per_teu_day: 12}
  - {id: A, name: A, country: LT, kind: seaport, dwell: {hours: 4}, storage_usd_per_teu_day: 24}
  - {id: B, name: B, country: LT, kind: seaport, storage_usd_per_teu_day: 48}
  - {id: D, name: D, country: LT, kind: seaport}
links:
  - {id: OA, from: O, to: A, mode: sea, distance_km: 500, hours: 40, tariff: {usd_per_teu: 500}, schedule: {weekly: ["Tue 10:00", "Fri 18:00"]}}
  - {id: AB, from: A, to: B, mode: sea, distance_km: 300, hours: 20, tariff: {usd_per_teu: 300}, schedule: {every_hours: 24, offset_hours: 6}}
  - {id: BD, from: B, to: D, mode: sea, distance_km: 150, hours: 10, tariff: {usd_per_teu: 200}, schedule: {weekly: ["Mon 08:00"]}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500}
demand:
  - {from: O, to: D, cargo: box}
simulation:
  replications: 1000000
)";

TEST_CASE("for fixed durations, run and simulate agree to 0.1 % in days and USD",
          "[engine][timetable]") {
  // Cargo ready at a uniform time waits for the first sailing; cargo ready for the first
  // departure does not, in both engines.
  const auto ready = GENERATE(model::Ready::uniform, model::Ready::first_departure);
  auto s = test::scenario_from(kTimetables);
  s.demand.at(0).ready = ready;
  INFO("ready: " << model::to_string(ready));
  const auto prepared = engine::prepare(s, {});
  const auto planned = engine::plan(s, prepared);
  REQUIRE(planned.results.at(0).routes.size() == 1);
  const auto& route = planned.results[0].routes[0];
  const double run_days = route.totals.hours().value() / 24.0;
  const double run_usd = route.totals.usd().value();

  const auto simulated = engine::simulate(s, prepared);
  const auto& sim = simulated.results.at(0).simulated.at(0);
  // Journey times spread from about 6 to 14 days (sd about 2 days): over 10^6 journeys the
  // standard error of the mean is about 0.002 days, so 0.1 % (0.01 days) is 4-5 standard errors.
  const double se_days = sim.days.sd / std::sqrt(static_cast<double>(sim.replications));
  const double se_usd = sim.usd.sd / std::sqrt(static_cast<double>(sim.replications));
  INFO("run " << run_days << " d, " << run_usd << " USD; simulate " << sim.days.mean << " d (se "
              << se_days << "), " << sim.usd.mean << " USD (se " << se_usd << ")");
  CHECK(std::abs(sim.days.mean - run_days) <= 0.001 * run_days);
  CHECK(std::abs(sim.usd.mean - run_usd) <= 0.001 * run_usd);
  CHECK(std::abs(sim.days.mean - run_days) <= 4.0 * se_days);
  CHECK(std::abs(sim.usd.mean - run_usd) <= 4.0 * se_usd);
}

}  // namespace
}  // namespace corridor
