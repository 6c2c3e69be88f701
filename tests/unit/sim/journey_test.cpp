#include <catch2/catch.hpp>

#include <corridor/model/distribution.hpp>
#include <corridor/model/schedule.hpp>
#include <corridor/sim/journey.hpp>

#include "line_scenario.hpp"

namespace corridor::sim {
namespace {

using model::Distribution;
using test::LineScenario;

/// Three legs with awkward fixed values, a border dwell and a transshipment.
LineScenario fixed_line() {
  LineScenario line(3);
  line.link(0).hours = Distribution(model::Fixed{22.1});
  line.link(1).hours.reset();
  line.link(1).speed_kmh = 57.0;
  line.link(1).distance = model::Km(1000.0);
  line.link(2).hours = Distribution(model::Fixed{1.0 / 3.0});
  for (std::size_t i = 0; i < 3; ++i)
    line.link(i).tariff.usd_per_teu = model::Usd(100.3 + 7.1 * static_cast<double>(i));
  line.node(1).dwell = model::Dwell{Distribution(model::Fixed{2.7}), model::Usd(45.1)};
  line.node(2).dwell = model::Dwell{Distribution(model::Fixed{0.1}), model::Usd(0.7)};
  line.node(2).handling =
      model::Handling{Distribution(model::Fixed{17.3}), model::Usd(180.9), {}, {}};
  return line;
}

TEST_CASE("with every duration fixed, each journey is the deterministic route", "[sim][journey]") {
  const LineScenario line = fixed_line();
  const model::Route route = line.route();
  REQUIRE(route.steps.size() == 5);
  const JourneyModel model(line.scenario, route, line.cargo);
  CHECK_FALSE(model.time_dependent());
  JourneyBlock block;
  model.run(42, 0, 300, block);
  for (std::size_t i = 0; i < block.size(); ++i) {
    const Journey j = block.journey(i);
    REQUIRE(j.hours == route.totals.hours().value());
    REQUIRE(j.usd == route.totals.usd().value());
    REQUIRE(j.generalized_usd == route.totals.generalized().value());
    for (std::size_t k = 0; k < route.steps.size(); ++k) {
      REQUIRE(j.step_hours[k] == route.steps[k].hours().value());
      REQUIRE(j.step_wait_hours[k] == 0.0);
    }
  }
}

TEST_CASE("a replication is the same alone or in any batch", "[sim][journey]") {
  LineScenario line(3);
  line.link(0).hours = Distribution(model::Triangular{10.0, 20.0, 40.0});
  line.link(1).hours = Distribution::lognormal_from_median_p95(24.0, 48.0);
  line.link(2).hours = Distribution(model::Pert{5.0, 6.0, 12.0, 4.0});
  line.node(1).handling =
      model::Handling{Distribution(model::Uniform{3.0, 9.0}), model::Usd(10.0), {}, {}};
  SECTION("time-independent") {}
  SECTION("with a timetable and a closure") {
    line.link(2).schedule = model::Schedule{model::Headway{24.0, 3.0}, std::nullopt};
    model::Disruption d;
    d.nodes = {"N1"};
    d.monthly_probability.fill(0.4);
    d.duration_hours = Distribution(model::Uniform{10.0, 100.0});
    line.scenario.disruptions.push_back(d);
  }
  const model::Route route = line.route();
  const JourneyModel model(line.scenario, route, line.cargo);
  JourneyBlock all;
  model.run(7, 0, 200, all);
  JourneyBlock part;
  model.run(7, 37, 100, part);  // starts mid-batch
  for (std::size_t i = 0; i < 100; ++i) {
    const Journey a = all.journey(37 + i);
    const Journey b = part.journey(i);
    REQUIRE(a.hours == b.hours);
    REQUIRE(a.usd == b.usd);
    REQUIRE(a.departure_hours == b.departure_hours);
    REQUIRE(a.step_hours == b.step_hours);
    REQUIRE(a.step_wait_hours == b.step_wait_hours);
  }
  const Journey alone = model.journey(7, 150);
  CHECK(alone.hours == all.journey(150).hours);
  CHECK(alone.step_wait_hours == all.journey(150).step_wait_hours);
}

TEST_CASE("a fixed closure window delays by exactly the time left in it", "[sim][journey]") {
  LineScenario line(1);
  line.link(0).hours = Distribution(model::Fixed{10.0});
  line.node(0).storage_usd_per_teu_day = model::Usd(24.0);  // 1 USD per hour
  line.scenario.simulation.departure_window_days = 1.0;     // ready in [0, 24) h
  model::Disruption works;
  works.links = {"L0"};
  works.windows = {{0.0, 48.0}};
  line.scenario.disruptions.push_back(works);
  const model::Route route = line.route();
  const JourneyModel model(line.scenario, route, line.cargo);
  CHECK(model.time_dependent());
  JourneyBlock block;
  model.run(1, 0, 500, block);
  for (std::size_t i = 0; i < block.size(); ++i) {
    const Journey j = block.journey(i);
    const double wait = 48.0 - j.departure_hours;
    REQUIRE(j.step_wait_hours[0] == wait);
    REQUIRE(j.hours == 10.0 + wait);
    REQUIRE(j.usd == route.totals.usd().value() + wait * (24.0 / 24.0));
  }
}

TEST_CASE("a departure inside a closure is cancelled", "[sim][journey]") {
  LineScenario line(1);
  line.link(0).hours = Distribution(model::Fixed{5.0});
  line.link(0).schedule = model::Schedule{model::Headway{24.0, 0.0}, std::nullopt};
  line.scenario.simulation.departure_window_days = 0.25;  // ready in [0, 6) h
  model::Disruption storm;
  storm.links = {"L0"};
  storm.windows = {{20.0, 30.0}};  // closes over the 24 h departure
  line.scenario.disruptions.push_back(storm);
  const JourneyModel model(line.scenario, line.route(), line.cargo);
  JourneyBlock block;
  model.run(3, 0, 100, block);
  for (std::size_t i = 0; i < block.size(); ++i) {
    const Journey j = block.journey(i);
    // Next departure after the reopening at 30 h is 48 h.
    REQUIRE(j.step_wait_hours[0] == 48.0 - j.departure_hours);
    REQUIRE(j.hours == 5.0 + (48.0 - j.departure_hours));
  }
}

TEST_CASE("a closed node holds the shipment before its dwell", "[sim][journey]") {
  LineScenario line(2);
  line.link(0).hours = Distribution(model::Fixed{10.0});
  line.link(1).hours = Distribution(model::Fixed{10.0});
  line.node(1).dwell = model::Dwell{Distribution(model::Fixed{2.0}), model::Usd(0.0)};
  line.scenario.simulation.departure_window_days = 0.25;  // ready in [0, 6): arrive in [10, 16)
  model::Disruption inspection;
  inspection.nodes = {"N1"};
  inspection.windows = {{5.0, 100.0}};
  line.scenario.disruptions.push_back(inspection);
  const JourneyModel model(line.scenario, line.route(), line.cargo);
  const Journey j = model.journey(9, 4);
  const double arrival = j.departure_hours + 10.0;
  CHECK(j.step_wait_hours == std::vector<double>{0.0, 100.0 - arrival, 0.0});
  CHECK(j.step_hours[1] == (100.0 - arrival) + 2.0);
}

}  // namespace
}  // namespace corridor::sim
