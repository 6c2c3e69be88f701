// Corridor labels show what a route does: every node where it changes mode, crosses a border
// or turns back; and two routes of one demand line never read the same.

#include <catch2/catch.hpp>

#include <corridor/network/network.hpp>
#include <corridor/report/labels.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/pareto.hpp>
#include <corridor/routing/plan.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

// Mockava (LT border station) --rail--> Kaunas KIT --rail--> Klaipeda (seaport), and a line
// Mockava --rail--> Siauliai --rail--> Klaipeda that misses Kaunas. Kaunas is a terminal
// passed without transshipment, so it is no corridor place of its own.
constexpr const char* kLithuania = R"(
scenario: labels
nodes:
  - {id: WARSAW, name: Warsaw, country: PL, kind: junction}
  - {id: MOCKAVA, name: Mockava, country: LT, kind: terminal}
  - {id: KAUNAS, name: Kaunas KIT, country: LT, kind: terminal}
  - {id: SIAULIAI, name: Siauliai, country: LT, kind: junction}
  - {id: KLAIPEDA, name: Klaipeda, country: LT, kind: seaport}
links:
  - {id: WM, from: WARSAW, to: MOCKAVA, mode: rail, gauge: 1520, distance_km: 300, hours: 10}
  - {id: MK, from: MOCKAVA, to: KAUNAS, mode: rail, gauge: 1520, distance_km: 100, hours: 3, tariff: {usd_per_teu: 100}}
  - {id: KP, from: KAUNAS, to: KLAIPEDA, mode: rail, gauge: 1520, distance_km: 220, hours: 6, tariff: {usd_per_teu: 200}}
  - {id: MS, from: MOCKAVA, to: SIAULIAI, mode: rail, gauge: 1520, distance_km: 250, hours: 12, tariff: {usd_per_teu: 250}}
  - {id: SP, from: SIAULIAI, to: KLAIPEDA, mode: rail, gauge: 1520, distance_km: 160, hours: 8, tariff: {usd_per_teu: 150}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500}
)";

routing::Query query(const network::Network& net, std::string_view from, std::string_view to) {
  routing::Query q;
  q.origin = *net.find_node(from);
  q.destination = *net.find_node(to);
  q.objective = model::Objective::cost;
  return q;
}

TEST_CASE("a route that passes its destination and comes back shows the first pass",
          "[report][labels]") {
  const auto s = test::scenario_from(kLithuania);
  const network::Network net(s);
  const auto view = model::view_of(s);
  auto q = query(net, "WARSAW", "KAUNAS");
  q.constraints.via = {"KLAIPEDA"};
  const auto found = routing::k_alternatives(net, q, 5);
  REQUIRE(found.routes.size() == 2);
  // Cheapest: through Kaunas to Klaipeda and back (100 + 200 + 200 USD); then out by Siauliai
  // and back through Kaunas (250 + 150 + 200). Mockava is where the route enters Lithuania.
  CHECK(report::corridor_label(found.routes[0], view) ==
        "Warsaw\u2013Mockava\u2013Kaunas KIT\u2013Klaipeda\u2013Kaunas KIT");
  CHECK(report::corridor_label(found.routes[1], view) ==
        "Warsaw\u2013Mockava\u2013Klaipeda\u2013Kaunas KIT");
}

TEST_CASE("a route that turns back shows where", "[report][labels]") {
  // Warsaw -> Mockava -> Kaunas -> Mockava -> Siauliai -> Klaipeda with Kaunas as via node:
  // the route turns back at Kaunas and passes Mockava twice.
  const auto s = test::scenario_from(kLithuania);
  const network::Network net(s);
  auto q = query(net, "WARSAW", "KLAIPEDA");
  q.constraints.via = {"KAUNAS"};
  q.constraints.avoid_links = {"KP"};
  const auto found = routing::k_alternatives(net, q, 5);
  REQUIRE(found.routes.size() == 1);
  CHECK(report::corridor_label(found.routes[0], model::view_of(s)) ==
        "Warsaw\u2013Mockava\u2013Kaunas KIT\u2013Mockava\u2013Klaipeda");
}

TEST_CASE("a border crossing away from border posts is shown where it enters the country",
          "[report][labels]") {
  const auto s = test::scenario_from(kLithuania);
  const network::Network net(s);
  const auto found = routing::k_alternatives(net, query(net, "WARSAW", "KAUNAS"), 5);
  REQUIRE_FALSE(found.routes.empty());
  // Mockava, a terminal passed on the same track, is where the route enters Lithuania.
  CHECK(report::corridor_label(found.routes[0], model::view_of(s)) ==
        "Warsaw\u2013Mockava\u2013Kaunas KIT");
}

TEST_CASE("two routes of one line never read the same", "[report][labels]") {
  // A second, faster and dearer line Mockava -> Kaunas of the same gauge: one corridor with two
  // routes, both Pareto options.
  auto s = test::scenario_from(kLithuania);
  model::Link fast = s.links[1];
  fast.id = "MK2";
  fast.hours = model::Distribution(model::Fixed{2.0});
  fast.tariff.usd_per_teu = model::Usd(150.0);
  s.links.push_back(fast);
  const network::Network net(s);
  const auto view = model::view_of(s);
  model::Policy policy;
  policy.objective = model::Objective::cost;
  policy.alternatives = 1;
  policy.pareto = true;
  const auto od = routing::plan_od(net, {"MOCKAVA", "KAUNAS", "box", 0.0, std::nullopt}, policy);
  REQUIRE(od.routes.size() == 1);
  REQUIRE(od.pareto.size() == 2);
  const auto labels = report::line_labels(od, view);
  // The cheaper line (MK) is the corridor's best route and the cheapest option; the faster one
  // (MK2) is the fastest option. Each label says which line it takes.
  CHECK(labels.routes[0] == "Mockava\u2013Kaunas KIT (by link MK)");
  CHECK(labels.pareto[0] == "Mockava\u2013Kaunas KIT (by link MK2)");
  CHECK(labels.pareto[1] == "Mockava\u2013Kaunas KIT (by link MK)");
  // Alone, a route needs nothing more.
  model::OdResult alone;
  alone.routes = od.routes;
  CHECK(report::line_labels(alone, view).routes[0] == "Mockava\u2013Kaunas KIT");
}

}  // namespace
}  // namespace corridor
