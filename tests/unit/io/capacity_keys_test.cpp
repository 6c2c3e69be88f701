// The keys of the capacity simulation: throughput limits, shipments, arrivals, horizon,
// warm-up and demand scale; what they load to and the errors for bad values.

#include <catch2/catch.hpp>

#include "support/scenario_text.hpp"

namespace corridor::io {
namespace {

using test::errors_of;
using test::scenario_from;

constexpr const char* kBase = R"(scenario: base
nodes:
  - {id: KHORGOS, name: Khorgos, country: KZ, kind: border, capacity: {teu_per_day: 320}, source: s}
  - {id: AKTAU, name: Aktau, country: KZ, kind: seaport, source: s}
links:
  - {id: KA, from: KHORGOS, to: AKTAU, mode: rail, gauge: 1520, distance_km: 2800, hours: 90, capacity: {teu_per_day: 500}, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: s}
demand:
  - {from: KHORGOS, to: AKTAU, cargo: box, teu_per_week: 164, shipment_teu: 82, arrivals: regular}
simulation: {horizon_days: 180, warmup_days: 14, demand_scale: 3}
)";

std::string with(std::string_view find, std::string_view replace, std::string text = kBase) {
  const auto at = text.find(find);
  REQUIRE(at != std::string::npos);
  text.replace(at, find.size(), replace);
  return text;
}

TEST_CASE("capacity keys load into the scenario", "[io][capacity]") {
  REQUIRE(errors_of(kBase).empty());
  const model::Scenario s = scenario_from(kBase);
  CHECK(s.nodes[0].capacity.teu_per_day == 320.0);
  CHECK_FALSE(s.nodes[1].capacity.limited());
  CHECK(s.links[0].capacity.teu_per_day == 500.0);
  CHECK(s.demand[0].shipment_teu == 82.0);
  CHECK(s.demand[0].arrivals == model::Arrivals::regular);
  CHECK(s.simulation.horizon_days == 180.0);
  CHECK(s.simulation.warmup_days == 14.0);
  CHECK(s.simulation.demand_scale == 3.0);
}

TEST_CASE("capacity keys have defaults", "[io][capacity]") {
  const model::Scenario s =
      scenario_from(with("{horizon_days: 180, warmup_days: 14, demand_scale: 3}", "{seed: 1}",
                         with(", shipment_teu: 82, arrivals: regular", "")));
  CHECK(s.demand[0].shipment_teu == 1.0);
  CHECK(s.demand[0].arrivals == model::Arrivals::poisson);
  CHECK(s.simulation.horizon_days == 365.0);
  CHECK(s.simulation.warmup_days == 30.0);
  CHECK(s.simulation.demand_scale == 1.0);
}

TEST_CASE("bad capacity values are located errors", "[io][capacity]") {
  CHECK(errors_of(with("teu_per_day: 320", "teu_per_day: 0")) ==
        "test.yaml:3:72: error: nodes[0].capacity.teu_per_day: must be > 0, got 0\n");
  CHECK(errors_of(with("teu_per_day: 500", "teu_per_day: -5")) ==
        "test.yaml:6:106: error: links[0].capacity.teu_per_day: must be > 0, got -5\n");
  CHECK(errors_of(with("capacity: {teu_per_day: 320}", "capacity: {trains_per_day: 8}")) ==
        "test.yaml:3:72: error: nodes[0].capacity.trains_per_day: unknown key 'trains_per_day'\n"
        "  hint: did you mean 'teu_per_day'?\n");
  CHECK(errors_of(with("shipment_teu: 82", "shipment_teu: 0")) ==
        "test.yaml:10:63: error: demand[0].shipment_teu: must be > 0, got 0\n");
  CHECK(errors_of(with("arrivals: regular", "arrivals: weekly")) ==
        "test.yaml:10:81: error: demand[0].arrivals: unknown arrivals 'weekly'\n"
        "  hint: arrivals are poisson, regular\n");
  CHECK(errors_of(with("horizon_days: 180", "horizon_days: 0")) ==
        "test.yaml:11:14: error: simulation.horizon_days: must be > 0, got 0\n");
  CHECK(errors_of(with("warmup_days: 14", "warmup_days: 180")) ==
        "test.yaml:11:33: error: simulation.warmup_days: warmup_days (180) must be less than "
        "horizon_days (180)\n");
  CHECK(errors_of(with("horizon_days: 180, warmup_days: 14", "horizon_days: 20")) ==
        "test.yaml:11:14: error: simulation.horizon_days: warmup_days (30) must be less than "
        "horizon_days (20)\n"
        "  hint: the warm-up is 30 days unless warmup_days says otherwise\n");
  CHECK(errors_of(with("demand_scale: 3", "demand_scale: -1")) ==
        "test.yaml:11:50: error: simulation.demand_scale: must be >= 0, got -1\n");
}

}  // namespace
}  // namespace corridor::io
