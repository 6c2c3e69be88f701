// `corridor criticality --simulate HOURS`: the Monte Carlo delay of a closure, against the
// delay worked out by hand for cargo arriving at an even rate.

#include <cmath>
#include <optional>

#include <catch2/catch.hpp>

#include <corridor/engine/criticality.hpp>
#include <corridor/error.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

// O -> M -> D by two links of fixed duration, without timetables or handling; 7 TEU a week
// (1 TEU a day) ready at a uniform time in a 4-day departure window; a second line, E -> F,
// that shares nothing with the first.
constexpr const char* kChain = R"(
scenario: closure
nodes:
  - {id: O, name: O, country: LT, kind: terminal}
  - {id: M, name: M, country: LT, kind: terminal}
  - {id: D, name: D, country: LT, kind: terminal}
  - {id: E, name: E, country: LT, kind: terminal}
  - {id: F, name: F, country: LT, kind: terminal}
links:
  - {id: OM, from: O, to: M, mode: road, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: MD, from: M, to: D, mode: road, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: EF, from: E, to: F, mode: road, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500}
demand:
  - {from: O, to: D, cargo: box, teu_per_week: 7}
  - {from: E, to: F, cargo: box, teu_per_week: 70}
simulation:
  replications: 200000
  departure_window_days: 4
)";

const model::ElementImpact& impact_of(const model::CriticalityRun& run, const std::string& id) {
  for (const auto& r : run.ranking) {
    const auto& e = r.closed.at(0);
    const auto& name = e.kind == model::Element::Kind::node ? run.base.network.place(e.node()).id
                                                            : run.base.network.link(e.link()).id;
    if (name == id) return r;
  }
  FAIL("no impact for " << id);
  throw;
}

TEST_CASE("a closure's simulated delay is the hand-worked one", "[engine][criticality]") {
  const auto s = test::scenario_from(kChain);
  const auto prepared = engine::prepare(s, {});
  engine::CriticalityRequest request;
  request.closure_hours = 48.0;
  const auto run = engine::criticality(s, prepared, request);
  REQUIRE(run.closure);
  CHECK(run.closure->hours == 48.0);
  // Centred in the 96-hour window: hours 24 to 72.
  CHECK(run.closure->from_hours == 24.0);
  CHECK(run.closure->replications == 200000);

  // Cargo reaches OM when it is ready, MD 10 hours later, both uniform over 96 hours: with
  // probability 48/96 it arrives during the closure and waits until it ends, on average 24
  // hours, so the mean delay is 12 hours (sd about 15.5, standard error 0.035 h). One TEU a day
  // for 4 days x 12 hours = 2 TEU-days: the 2 TEU that arrive in the 2 closed days wait a day
  // each on average.
  for (const char* id : {"OM", "MD", "M"}) {
    INFO(id);
    const auto& impact = impact_of(run, id);
    REQUIRE(impact.lines.size() == 1);
    const auto& line = impact.lines[0];
    REQUIRE(line.closure_delay_hours);
    CHECK(*line.closure_delay_hours == Approx(12.0).margin(0.15));
    REQUIRE(line.closure_teu_days);
    CHECK(*line.closure_teu_days == Approx(2.0).margin(0.025));
    CHECK(impact.closure_teu_days == line.closure_teu_days);
  }
  // A closed node dispatches nothing, so closing M holds a shipment at M exactly as long as
  // closing MD does (from its arrival at M, hour t + 10, until hour 72): with common random
  // numbers, the same journeys and the same delays to the last bit. Closing OM instead holds
  // the shipments ready in hours 24 to 72, not those reaching M then: the same expected delay
  // but other journeys, so its estimate differs from MD's by sampling noise.
  CHECK(impact_of(run, "M").lines[0].closure_delay_hours ==
        impact_of(run, "MD").lines[0].closure_delay_hours);
  // E -> F shares no element with O -> D: closing EF touches only its own line.
  const auto& ef = impact_of(run, "EF");
  REQUIRE(ef.lines.size() == 1);
  CHECK(*ef.closure_teu_days == Approx(20.0).margin(0.25));
}

TEST_CASE("the closure's delay does not depend on the thread count", "[engine][criticality]") {
  const auto s = test::scenario_from(kChain);
  model::Overrides one;
  one.simulation.threads = 1;
  one.simulation.replications = 20000;
  model::Overrides three = one;
  three.simulation.threads = 3;
  engine::CriticalityRequest request;
  request.closure_hours = 30.0;
  const auto a = engine::criticality(s, engine::prepare(s, one), request);
  const auto b = engine::criticality(s, engine::prepare(s, three), request);
  REQUIRE(a.ranking.size() == b.ranking.size());
  for (std::size_t i = 0; i < a.ranking.size(); ++i)
    CHECK(a.ranking[i].closure_teu_days == b.ranking[i].closure_teu_days);
}

TEST_CASE("a closure longer than half the departure window is refused", "[engine][criticality]") {
  const auto s = test::scenario_from(kChain);
  engine::CriticalityRequest request;
  request.closure_hours = 49.0;
  try {
    (void)engine::criticality(s, engine::prepare(s, {}), request);
    FAIL("no error");
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 1);
    CHECK(e.issues()[0].path == "--simulate");
    CHECK(e.issues()[0].message ==
          "a closure must last more than 0 and at most half the departure window (48 h), got 49");
  }
}

// One link of 30 hours: a shipment reaches D 30 hours after it leaves.
constexpr const char* kLong = R"(
scenario: long
nodes:
  - {id: O, name: O, country: LT, kind: terminal}
  - {id: D, name: D, country: LT, kind: terminal}
links:
  - {id: OD, from: O, to: D, mode: road, distance_km: 300, hours: 30, tariff: {usd_per_teu: 100}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500}
demand:
  - {from: O, to: D, cargo: box, teu_per_week: 7}
simulation:
  replications: 200000
  departure_window_days: 4
)";

TEST_CASE("a closure that shipments ready before the window would meet is refused",
          "[engine][criticality]") {
  const auto s = test::scenario_from(kLong);
  engine::CriticalityRequest request;
  request.nodes = {"D"};
  // 48 hours centred in 96 start at hour 24, and the shipments reaching D then left at hour -6.
  request.closure_hours = 48.0;
  try {
    (void)engine::criticality(s, engine::prepare(s, {}), request);
    FAIL("no error");
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 1);
    CHECK(e.issues()[0].path == "--simulate");
    CHECK(e.issues()[0].message ==
          "a closure from hour 24 would also hold shipments ready before the departure window: "
          "O \u2192 D reaches D 30.0 h after leaving (expected)");
    CHECK(e.issues()[0].hint ==
          "the closure is centred in simulation.departure_window_days (4 days); this line needs "
          "at least 4.5 days, or a closure of at most 36.0 h");
  }
}

TEST_CASE("a closure met by the first shipments of the window is simulated",
          "[engine][criticality]") {
  const auto s = test::scenario_from(kLong);
  engine::CriticalityRequest request;
  request.nodes = {"D"};
  // 36 hours from hour 30 to 66: the shipments ready at t in [0, 36) reach D during it and wait
  // 66 - (t + 30) = 36 - t hours. Mean over t uniform in [0, 96): 36^2 / 2 / 96 = 6.75 h
  // (sd 10.8, standard error 0.024 h); 1 TEU a day x 4 days x 6.75 / 24 = 1.125 TEU-days.
  request.closure_hours = 36.0;
  const auto run = engine::criticality(s, engine::prepare(s, {}), request);
  REQUIRE(run.closure);
  CHECK(run.closure->from_hours == 30.0);
  const auto& d = impact_of(run, "D");
  CHECK(d.lines_cut == 1);  // closed for good, D cuts its line off; for 36 hours, it delays it
  REQUIRE(d.lines.size() == 1);
  REQUIRE(d.lines[0].closure_delay_hours);
  CHECK(*d.lines[0].closure_delay_hours == Approx(6.75).margin(0.1));
  REQUIRE(d.closure_teu_days);
  CHECK(*d.closure_teu_days == Approx(1.125).margin(0.017));
}

}  // namespace
}  // namespace corridor
