// Dates in a scenario mean what a planner reads: a closure window `to: 2025-03-05` includes
// March 5; a time of day is exact; log-normal median and p95 are those of the shifted result.

#include <catch2/catch.hpp>

#include <corridor/model/distribution.hpp>

#include "support/scenario_text.hpp"

namespace corridor::io {
namespace {

std::string scenario_with(const std::string& windows) {
  return R"(
scenario: dates
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, source: s}
  - {id: B, name: B, country: AZ, kind: seaport, source: s}
links:
  - {id: AB, from: A, to: B, mode: sea, distance_km: 500, hours: {lognormal: {median: 48, p95: 120, shift: 12}}, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0, source: s}
disruptions:
  - {id: WORKS, links: [AB], windows: )" +
         windows + R"(, source: s}
simulation: {start_date: "2025-01-01"}
)";
}

constexpr double kMarch1 = (31 + 28) * 24.0;  // hours from 2025-01-01 to 2025-03-01

TEST_CASE("a date-only window end includes that day", "[io][dates]") {
  const auto s = test::scenario_from(scenario_with(R"([{from: "2025-03-01", to: "2025-03-05"}])"));
  const auto& w = s.disruptions.at(0).windows.at(0);
  CHECK(w.from_hours == kMarch1);           // March 1, 00:00
  CHECK(w.to_hours == kMarch1 + 5 * 24.0);  // March 6, 00:00: the end of March 5
}

TEST_CASE("a window of one date closes that whole day", "[io][dates]") {
  const auto s = test::scenario_from(scenario_with(R"([{from: "2025-03-01", to: "2025-03-01"}])"));
  const auto& w = s.disruptions.at(0).windows.at(0);
  CHECK(w.from_hours == kMarch1);
  CHECK(w.to_hours == kMarch1 + 24.0);
}

TEST_CASE("a window end with a time of day is exact", "[io][dates]") {
  const auto s =
      test::scenario_from(scenario_with(R"([{from: "2025-03-01T06:30", to: "2025-03-05T12:00"}])"));
  const auto& w = s.disruptions.at(0).windows.at(0);
  CHECK(w.from_hours == kMarch1 + 6.5);
  CHECK(w.to_hours == kMarch1 + 4 * 24.0 + 12.0);
}

TEST_CASE("a shifted log-normal keeps its median and p95", "[io][dates]") {
  // {median: 48, p95: 120, shift: 12}: the running time itself has median 48 h and p95 120 h
  // (ln(X - 12) is normal with median ln 36 and p95 ln 108).
  const auto s = test::scenario_from(scenario_with(R"([{from: "2025-03-01", to: "2025-03-01"}])"));
  const model::Distribution d = s.links.at(0).running_time();
  CHECK(d.quantile(0.5) == Approx(48.0).epsilon(1e-12));
  CHECK(d.quantile(0.95) == Approx(120.0).epsilon(1e-12));
  CHECK(d.lower_bound() == 12.0);
}

}  // namespace
}  // namespace corridor::io
