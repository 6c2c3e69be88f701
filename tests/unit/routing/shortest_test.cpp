// Route pricing on small networks whose answers are worked out by hand in the comments.

#include <catch2/catch.hpp>

#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/routing/shortest.hpp>

#include "support/labels.hpp"
#include "support/scenario_text.hpp"

namespace corridor {
namespace {

using model::Step;

// A (1435 mm) --rail 100 km--> B (gauge change) --rail 200 km, 1520 mm--> C
constexpr const char* kGaugeChange = R"(
scenario: gauge
nodes:
  - {id: A, name: A, country: PL, kind: terminal}
  - id: B
    name: B
    country: LT
    kind: border
    handling: {hours: {triangular: [4, 5, 9]}, usd_per_teu: 100, kg_co2e_per_teu: 20}
    dwell: {hours: 2, usd_per_teu: 10}
  - {id: C, name: C, country: LT, kind: terminal}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1435, distance_km: 100, hours: 10, tariff: {usd_per_teu_km: 1}}
  - {id: BC, from: B, to: C, mode: rail, gauge: 1520, distance_km: 200, speed_kmh: 50, tariff: {usd_per_teu: 300}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500}
demand:
  - {from: A, to: C, cargo: box}
)";

routing::Query query(const network::Network& net, std::string_view from, std::string_view to,
                     model::Objective objective = model::Objective::generalized) {
  routing::Query q;
  q.origin = *net.find_node(from);
  q.destination = *net.find_node(to);
  q.cargo = model::CargoId(0);
  q.objective = objective;
  return q;
}

TEST_CASE("a gauge change is priced with the node's handling and dwell", "[routing]") {
  const auto s = test::scenario_from(kGaugeChange);
  const network::Network net(s);
  const auto route = routing::shortest_path(net, query(net, "A", "C"));
  REQUIRE(route);
  REQUIRE(route->steps.size() == 3);

  // Leg A->B: 10 h; 1 USD/km x 100 km = 100 USD; 10 t x 100 km x 31.6 g/tkm = 31.6 kg.
  const Step& ab = route->steps[0];
  CHECK(ab.kind == Step::Kind::leg);
  CHECK(s.links[ab.link.index()].id == "AB");
  CHECK(ab.running.value() == Approx(10.0));
  CHECK(ab.usd().value() == Approx(100.0));
  CHECK(ab.co2e.value() == Approx(31.6));

  // Transfer at B, 1435 -> 1520: dwell 2 h + triangular(4, 5, 9) mean 6 h; 10 + 100 USD; 20 kg.
  const Step& b = route->steps[1];
  CHECK(b.kind == Step::Kind::transfer);
  CHECK(b.is_gauge_change());
  CHECK(b.from_port.gauge_mm == 1435);
  CHECK(b.to_port.gauge_mm == 1520);
  CHECK(b.dwell.value() == Approx(2.0));
  CHECK(b.handling.value() == Approx(6.0));
  CHECK(b.usd().value() == Approx(110.0));
  CHECK(b.co2e.value() == Approx(20.0));

  // Leg B->C: 200 km at 50 km/h = 4 h; 300 USD flat; 10 t x 200 km x 31.6 g = 63.2 kg.
  const Step& bc = route->steps[2];
  CHECK(bc.running.value() == Approx(4.0));
  CHECK(bc.usd().value() == Approx(300.0));
  CHECK(bc.co2e.value() == Approx(63.2));

  // Totals: 22 h, 510 USD, 114.8 kg; value of time 36,500 x 10 %/365 = 10 USD/day.
  CHECK(route->totals.hours().value() == Approx(22.0));
  CHECK(route->totals.usd().value() == Approx(510.0));
  CHECK(route->totals.co2e.value() == Approx(114.8));
  CHECK(route->totals.km.value() == Approx(300.0));
  CHECK(route->totals.generalized().value() == Approx(510.0 + 10.0 * 22.0 / 24.0));
  CHECK(route->objective_value == Approx(510.0 + 10.0 * 22.0 / 24.0));
  CHECK(route->transshipments == 1);
  CHECK(route->gauge_changes == 1);
  CHECK(test::corridor_of(*route, s) == "A\u2013B\u2013C");
  // The gauge change shows in the modes.
  CHECK(test::modes_of(*route) == "rail 1435 \u2192 rail 1520");
}

TEST_CASE("a node without handling cannot change gauge", "[routing]") {
  std::string yaml = kGaugeChange;
  const auto at = yaml.find("    handling:");
  yaml.erase(at, yaml.find('\n', at) - at + 1);
  const auto s = test::scenario_from(yaml);
  const network::Network net(s);
  CHECK_FALSE(routing::shortest_path(net, query(net, "A", "C")));
  // Starting at B on either gauge needs no transshipment.
  CHECK(routing::shortest_path(net, query(net, "B", "C")));
  CHECK(routing::shortest_path(net, query(net, "A", "B")));
}

// Factory F to market M: either truck all the way (fast, dear, dirty) or rail to port P, then
// sea to M (slow, cheap, clean). P transships rail -> sea.
constexpr const char* kModeChoice = R"(
scenario: modes
nodes:
  - {id: F, name: Factory, country: KZ, kind: terminal}
  - id: P
    name: Port
    country: KZ
    kind: seaport
    handling: {hours: 12, usd_per_teu: 150}
    storage_usd_per_teu_day: 24
  - {id: M, name: Market, country: AZ, kind: terminal}
links:
  - {id: FM, from: F, to: M, mode: road, distance_km: 1000, hours: 20, tariff: {usd_per_teu: 2000}}
  - {id: FP, from: F, to: P, mode: rail, gauge: 1520, distance_km: 600, hours: 30, tariff: {usd_per_teu: 400}}
  - id: PM
    from: P
    to: M
    mode: sea
    distance_km: 500
    hours: 24
    tariff: {usd_per_teu: 500}
    schedule: {every_hours: 72}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500, value_of_time_usd_per_teu_day: 240}
simulation:
  departure_window_days: 360  # 120 sailings: a shipment ready at a uniform time waits 36 h
)";

TEST_CASE("the objective decides between a road and a rail-sea route", "[routing]") {
  const auto s = test::scenario_from(kModeChoice);
  const network::Network net(s);
  // Road: 20 h, 2000 USD, 10 t x 1000 km x 84.7 g = 847 kg.
  // Rail-sea: 30 h + handling 12 h + expected wait 72/2 = 36 h + 24 h = 102 h;
  //   400 + 150 + 500 + storage 24 USD/day x 36 h = 36 USD -> 1086 USD;
  //   10 t x (600 km x 31.6 + 500 km x 29.7) g + 10 kg handling = 189.6 + 148.5 + 10 = 348.1 kg.
  const auto cheapest = routing::shortest_path(net, query(net, "F", "M", model::Objective::cost));
  REQUIRE(cheapest);
  CHECK(test::corridor_of(*cheapest, s) == "Factory\u2013Port\u2013Market");
  CHECK(test::modes_of(*cheapest) == "rail \u2192 sea");
  CHECK(cheapest->totals.hours().value() == Approx(102.0));
  CHECK(cheapest->totals.waiting.value() == Approx(36.0));
  CHECK(cheapest->totals.usd().value() == Approx(1086.0));
  CHECK(cheapest->totals.storage_usd.value() == Approx(36.0));
  CHECK(cheapest->totals.co2e.value() == Approx(348.1));

  const auto fastest = routing::shortest_path(net, query(net, "F", "M", model::Objective::time));
  REQUIRE(fastest);
  CHECK(test::modes_of(*fastest) == "road");
  CHECK(fastest->totals.hours().value() == Approx(20.0));
  CHECK(fastest->totals.co2e.value() == Approx(847.0));

  const auto greenest = routing::shortest_path(net, query(net, "F", "M", model::Objective::co2));
  REQUIRE(greenest);
  CHECK(test::modes_of(*greenest) == "rail \u2192 sea");

  // Generalized at 240 USD/day = 10 USD/h: road 2000 + 200 = 2200; rail-sea 1086 + 1020 = 2106.
  const auto general = routing::shortest_path(net, query(net, "F", "M"));
  REQUIRE(general);
  CHECK(test::modes_of(*general) == "rail \u2192 sea");
  CHECK(general->objective_value == Approx(2106.0));
}

TEST_CASE("alternatives are listed best first, one per corridor", "[routing]") {
  const auto s = test::scenario_from(kModeChoice);
  const network::Network net(s);
  const auto found = routing::k_alternatives(net, query(net, "F", "M"), 5);
  REQUIRE(found.routes.size() == 2);  // only two corridors exist
  CHECK(found.complete);
  CHECK(found.routes[0].objective_value == Approx(2106.0));
  CHECK(found.routes[1].objective_value == Approx(2200.0));
  CHECK(test::modes_of(found.routes[1]) == "road");
}

TEST_CASE("plan prices every demand line and explains unreachable ones", "[routing]") {
  auto s = test::scenario_from(kGaugeChange);
  s.demand.push_back({"C", "A", "box", 5.0, std::nullopt});
  s.links[1].bidirectional = false;  // C cannot be left
  const network::Network net(s);
  const auto run = routing::plan(net, s.policy);
  REQUIRE(run.results.size() == 2);
  CHECK(run.results[0].routes.size() == 1);
  CHECK_FALSE(run.results[0].unreachable);
  REQUIRE(run.results[1].unreachable);
  CHECK(run.results[1].routes.empty());
  CHECK(run.results[1].unreachable->reason == "the network has no connection from C to A");
}

}  // namespace
}  // namespace corridor
