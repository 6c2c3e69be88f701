// What happens when a closure ends: the shipment takes the next regular departure
// (`resume: next_departure`), or an extra sailing leaves as soon as the closure is over
// (`resume: when_open`) for the departures it cancelled.

#include <catch2/catch.hpp>

#include <corridor/model/scenario.hpp>
#include <corridor/sim/closures.hpp>
#include <corridor/sim/journey.hpp>
#include <corridor/sim/monte_carlo.hpp>

#include "support/scenario_text.hpp"

namespace corridor::sim {
namespace {

// Sailings A -> B every day at 00:00 (hours 0, 24, 48, 72, ...). STORM closes the link from
// hour 44 to 54 (cancelling the sailing at 48) and from hour 5 to 10 (cancelling none).
std::string scenario_text(const std::string& resume) {
  return R"(
scenario: resume
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, source: s}
  - {id: B, name: B, country: AZ, kind: seaport, source: s}
links:
  - {id: AB, from: A, to: B, mode: sea, distance_km: 500, hours: 10, schedule: {every_hours: 24}, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0, source: s}
disruptions:
  - id: STORM
    links: [AB])" +
         resume + R"(
    windows:
      - {from: "2025-01-02T20:00", to: "2025-01-03T06:00"}
      - {from: "2025-01-01T05:00", to: "2025-01-01T10:00"}
    source: s
)";
}

/// The departure a shipment ready at `ready` takes on the scenario's only leg.
double departure(const model::Scenario& s, double ready) {
  model::Route route;
  model::Step leg;
  leg.link = model::LinkId(0);
  leg.from = model::NodeId(0);
  leg.to = model::NodeId(1);
  route.steps.push_back(leg);
  const JourneyModel journey(s, route, s.cargo.at(0));
  const ClosureModel closures(s);
  return departure_after(closures, journey.steps().at(0), 0, ready, 1);
}

TEST_CASE("resume: next_departure waits for the next regular sailing", "[sim][resume]") {
  for (const std::string resume : {"", "\n    resume: next_departure"}) {
    const auto s = test::scenario_from(scenario_text(resume));
    CHECK(departure(s, 40.0) == 72.0);  // the 48:00 sailing is cancelled
    CHECK(departure(s, 50.0) == 72.0);  // ready during the closure
    CHECK(departure(s, 6.0) == 24.0);   // the closure cancelled nothing this shipment needed
    CHECK(departure(s, 55.0) == 72.0);
  }
}

TEST_CASE("resume: when_open sails as soon as the closure ends", "[sim][resume]") {
  const auto s = test::scenario_from(scenario_text("\n    resume: when_open"));
  CHECK(s.disruptions.at(0).resume == model::Resume::when_open);
  CHECK(departure(s, 40.0) == 54.0);  // the cancelled 48:00 sailing leaves at 54:00
  CHECK(departure(s, 50.0) == 54.0);  // ready during the closure: boards it too
  CHECK(departure(s, 6.0) == 24.0);   // no sailing was cancelled: no extra one
  CHECK(departure(s, 55.0) == 72.0);  // after the extra sailing: the timetable
  CHECK(departure(s, 20.0) == 24.0);
}

TEST_CASE("overlapping closures: an extra sailing once all are over", "[sim][resume]") {
  // A port strike at A (next_departure) from 50 to 60 overlaps the storm (when_open) that
  // cancelled the 48:00 sailing: the extra sailing leaves when both are over, at 60.
  std::string text = scenario_text("\n    resume: when_open");
  text +=
      "  - {id: STRIKE, nodes: [A], windows: [{from: \"2025-01-03T02:00\", to: "
      "\"2025-01-03T12:00\"}], source: s}\n";
  const auto s = test::scenario_from(text);
  CHECK(departure(s, 40.0) == 60.0);
  // Ready at 58, when only the strike is on: the extra sailing for the cancelled 48:00 one is
  // still pending, and leaves at 60 with this shipment.
  CHECK(departure(s, 58.0) == 60.0);
  CHECK(departure(s, 61.0) == 72.0);
}

TEST_CASE("an unknown resume is an error that lists the choices", "[sim][resume]") {
  CHECK(test::errors_of(scenario_text("\n    resume: later")) ==
        "test.yaml:13:5: error: disruptions[0].resume: unknown resume 'later'\n"
        "  hint: resume is next_departure or when_open\n");
}

}  // namespace
}  // namespace corridor::sim

namespace corridor::sim {
namespace {

// Storms at a Poisson rate with extra sailings, on a ferry every 72 h; a port closure at A that
// resumes with the next departure.
constexpr const char* kStorms = R"(
scenario: storms
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, storage_usd_per_teu_day: 12, source: s}
  - {id: B, name: B, country: AZ, kind: seaport, source: s}
links:
  - {id: AB, from: A, to: B, mode: ferry, distance_km: 500, hours: {triangular: [18, 22, 40]}, schedule: {every_hours: 72}, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500, source: s}
disruptions:
  - {id: STORMS, links: [AB], monthly_rate: [3, 2, 1, 0.5, 0, 0, 0, 0, 0, 0.5, 2, 3], duration: {hours: {lognormal: {median: 48, p95: 120}}}, resume: when_open, source: s}
  - {id: PORT, nodes: [A], monthly_probability: 0.2, duration: {days: 3}, source: s}
)";

model::Route only_leg() {
  model::Route route;
  model::Step leg;
  leg.link = model::LinkId(0);
  leg.from = model::NodeId(0);
  leg.to = model::NodeId(1);
  route.steps.push_back(leg);
  model::summarise(route, 10.0 / 24.0);
  return route;
}

TEST_CASE("storms with extra sailings: the same bits for any batch and thread count",
          "[sim][resume]") {
  const auto s = test::scenario_from(kStorms);
  const model::Route route = only_leg();
  const JourneyModel model(s, route, s.cargo.at(0));
  JourneyBlock all;
  model.run(11, 0, 300, all);
  JourneyBlock part;
  model.run(11, 123, 77, part);
  for (std::size_t i = 0; i < part.size(); ++i) {
    REQUIRE(part.journey(i).hours == all.journey(123 + i).hours);
    REQUIRE(part.journey(i).usd == all.journey(123 + i).usd);
  }
  MonteCarloOptions one;
  one.replications = 5000;
  one.threads = 1;
  MonteCarloOptions four = one;
  four.threads = 4;
  const auto a = simulate_route(s, route, s.cargo.at(0), 5.0, one);
  const auto b = simulate_route(s, route, s.cargo.at(0), 5.0, four);
  CHECK(a.days.mean == b.days.mean);
  CHECK(a.days.p95 == b.days.p95);
  CHECK(a.usd.sd == b.usd.sd);
  CHECK(a.on_time_probability == b.on_time_probability);
}

TEST_CASE("extra sailings shorten the waits that storms cause", "[sim][resume]") {
  // The same storms (the same draws: resume changes no random number), with and without extra
  // sailings: every journey is at least as fast with them, and some are faster.
  const auto with = test::scenario_from(kStorms);
  std::string text = kStorms;
  text.replace(text.find("resume: when_open"), 17, "resume: next_departure");
  const auto without = test::scenario_from(text);
  const model::Route route = only_leg();
  JourneyBlock fast;
  JourneyModel(with, route, with.cargo.at(0)).run(3, 0, 2000, fast);
  JourneyBlock slow;
  JourneyModel(without, route, without.cargo.at(0)).run(3, 0, 2000, slow);
  int faster = 0;
  for (std::size_t i = 0; i < fast.size(); ++i) {
    REQUIRE(fast.hours()[i] <= slow.hours()[i]);
    faster += fast.hours()[i] < slow.hours()[i] ? 1 : 0;
  }
  CHECK(faster > 20);
}

}  // namespace
}  // namespace corridor::sim
