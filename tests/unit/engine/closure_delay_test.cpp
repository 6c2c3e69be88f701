// `corridor criticality --simulate`: the Monte Carlo delay of a closure, of fixed or random
// length, centred or at a random time, against the delay worked out by hand for cargo arriving
// at an even rate.

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

model::Distribution hours(double h) {
  return model::Distribution(model::Fixed{h});
}

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
  request.closure_length = hours(48.0);
  request.closure_start = model::ClosureStart::middle;
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
  request.closure_length = hours(30.0);
  const auto a = engine::criticality(s, engine::prepare(s, one), request);
  const auto b = engine::criticality(s, engine::prepare(s, three), request);
  REQUIRE(a.ranking.size() == b.ranking.size());
  for (std::size_t i = 0; i < a.ranking.size(); ++i)
    CHECK(a.ranking[i].closure_teu_days == b.ranking[i].closure_teu_days);
}

TEST_CASE("a closure longer than half the departure window is refused", "[engine][criticality]") {
  const auto s = test::scenario_from(kChain);
  engine::CriticalityRequest request;
  request.closure_length = hours(49.0);
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
  request.closure_length = hours(48.0);
  request.closure_start = model::ClosureStart::middle;
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
  request.closure_length = hours(36.0);
  request.closure_start = model::ClosureStart::middle;
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

namespace corridor {
namespace {

TEST_CASE("a closure of random length costs the mean of its squared length",
          "[engine][criticality]") {
  // Centred in the 96-hour window, a closure of L hours holds the shipments reaching OM in its
  // L hours for L / 2 hours on average: a mean delay of L^2 / (2 x 96). Half of the journeys
  // draw 24 hours, half 48: (24^2 + 48^2) / 2 / 192 = 7.5 h (sd 12.6, standard error 0.028 h);
  // 1 TEU a day x 4 days x 7.5 / 24 = 1.25 TEU-days.
  const auto s = test::scenario_from(kChain);
  engine::CriticalityRequest request;
  request.closure_length = model::Distribution(model::EmpiricalSamples{{24.0, 48.0}});
  request.closure_start = model::ClosureStart::middle;
  const auto run = engine::criticality(s, engine::prepare(s, {}), request);
  REQUIRE(run.closure);
  CHECK(run.closure->hours == 36.0);
  CHECK(run.closure->longest_hours == 48.0);
  CHECK(run.closure->from_hours == 24.0);  // the longest closure, centred
  CHECK(run.closure->until_hours == 72.0);
  const auto& om = impact_of(run, "OM");
  REQUIRE(om.lines[0].closure_delay_hours);
  CHECK(*om.lines[0].closure_delay_hours == Approx(7.5).margin(0.15));
  REQUIRE(om.closure_teu_days);
  CHECK(*om.closure_teu_days == Approx(1.25).margin(0.025));
  // Each journey draws its closure on a stream of the closure's own: closing M or MD, the same
  // closure meets the same shipments.
  CHECK(impact_of(run, "M").lines[0].closure_delay_hours ==
        impact_of(run, "MD").lines[0].closure_delay_hours);
}

// One link with a departure every 24 hours (hours 0, 24, 48, ...) taking 10 hours: a closure
// of 12 hours cancels the departure inside it, if any, and its shipments (those ready in the
// 24 hours before it) take the next one, 24 hours later.
constexpr const char* kDaily = R"(
scenario: daily
nodes:
  - {id: O, name: O, country: LT, kind: terminal}
  - {id: D, name: D, country: LT, kind: terminal}
links:
  - {id: OD, from: O, to: D, mode: rail, gauge: 1520, distance_km: 300, hours: 10,
     tariff: {usd_per_teu: 100},
     schedule: {every_hours: 24}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500}
demand:
  - {from: O, to: D, cargo: box, teu_per_week: 7}
simulation:
  replications: 200000
  departure_window_days: 4
)";

TEST_CASE("a closure at a uniform time costs the expected delay over its start",
          "[engine][criticality]") {
  const auto s = test::scenario_from(kDaily);
  engine::CriticalityRequest request;
  request.links = {"OD"};
  request.closure_length = hours(12.0);

  SECTION("centred: it cancels the departure at hour 48") {
    // Hours 42 to 54: the 1 TEU ready in (24, 48] waits 24 hours more. Mean over the 96-hour
    // window: 24 / 96 x 24 = 6 h (sd 10.4, standard error 0.023 h); 4 x 6 / 24 = 1 TEU-day.
    request.closure_start = model::ClosureStart::middle;
    const auto run = engine::criticality(s, engine::prepare(s, {}), request);
    CHECK(run.closure->from_hours == 42.0);
    const auto& od = impact_of(run, "OD");
    CHECK(*od.lines[0].closure_delay_hours == Approx(6.0).margin(0.12));
    CHECK(*od.closure_teu_days == Approx(1.0).margin(0.02));
  }
  SECTION("uniform: it cancels a departure a third of the time") {
    // Starts uniform in [24, 96 - 24 - 12] = [24, 60]: the departure at 48 falls in [S, S + 12)
    // for S in (36, 48], a third of the range (that at 24 only for S = 24, that at 72 never).
    // Expected delay 1/3 x 6 = 2 h (P(24 h) = 1/12: sd 6.6, standard error 0.015 h); 1/3
    // TEU-day.
    const auto run = engine::criticality(s, engine::prepare(s, {}), request);
    CHECK(run.closure->start == model::ClosureStart::uniform);
    CHECK(run.closure->from_hours == 24.0);
    CHECK(run.closure->until_hours == 72.0);
    const auto& od = impact_of(run, "OD");
    CHECK(*od.lines[0].closure_delay_hours == Approx(2.0).margin(0.08));
    CHECK(*od.closure_teu_days == Approx(1.0 / 3.0).margin(0.0134));
  }
}

TEST_CASE("a closure that can last longer than half the window is refused",
          "[engine][criticality]") {
  const auto s = test::scenario_from(kChain);
  engine::CriticalityRequest request;
  const auto message = [&](model::Distribution length) {
    request.closure_length = std::move(length);
    try {
      (void)engine::criticality(s, engine::prepare(s, {}), request);
    } catch (const ValidationError& e) {
      REQUIRE(e.issues().size() == 1);
      return e.issues()[0].message;
    }
    return std::string("no error");
  };
  // Bounded: by its largest value.
  CHECK(message(model::Distribution(model::Triangular{12.0, 24.0, 49.0})) ==
        "a closure must last more than 0 and at most half the departure window (48 h), got one "
        "that can last 49 h (its largest value)");
  // A log-normal of median 12 h and p95 24 h: sigma = ln 2 / 1.645, its 1 - 1e-9 quantile
  // 12 x 2^(5.998 / 1.645) = 150.3 h.
  CHECK(message(model::Distribution::lognormal_from_median_p95(12.0, 24.0)) ==
        "a closure must last more than 0 and at most half the departure window (48 h), got one "
        "whose 1 - 1e-9 quantile is 150.3 h");
  CHECK(message(hours(0.0)) ==
        "a closure must last more than 0 and at most half the departure window (48 h), got 0");
}

TEST_CASE(
    "a closure at a uniform time that shipments ready before the window would meet is "
    "refused",
    "[engine][criticality]") {
  // D is reached 30 hours after leaving; uniform closures start from hour 96 / 4 = 24.
  const auto s = test::scenario_from(kLong);
  engine::CriticalityRequest request;
  request.nodes = {"D"};
  request.closure_length = hours(24.0);
  try {
    (void)engine::criticality(s, engine::prepare(s, {}), request);
    FAIL("no error");
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 1);
    CHECK(e.issues()[0].message ==
          "a closure from hour 24 would also hold shipments ready before the departure window: "
          "O \u2192 D reaches D 30.0 h after leaving (expected)");
    // 4 x 30 hours = 5 days; centred, 24 hours start at hour 36, after 30.
    CHECK(e.issues()[0].hint ==
          "a closure starts at a uniform hour from a quarter of "
          "simulation.departure_window_days (4 days) on; this line needs at least 5.0 days, or "
          "--closure-at middle");
  }
}

}  // namespace
}  // namespace corridor
