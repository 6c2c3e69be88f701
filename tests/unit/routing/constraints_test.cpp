// Routing constraints on a network whose answers are worked out by hand.
//
//   O (KZ) --rail-- N (RU) --rail-- D (LT)                      northern   20 h, 0 transfers
//   O --rail-- P (KZ port) ~~sea~~ Q (AZ port) --rail-- D        middle     29 h, 2 transfers
//   O --road-- V (LT) --rail-- D                                 road-rail  28 h, 1 transfer
//   D --rail-- K (a dead end, 3 h each way)

#include <catch2/catch.hpp>

#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/pareto.hpp>
#include <corridor/routing/shortest.hpp>
#include <corridor/routing/unreachable.hpp>

#include "support/labels.hpp"
#include "support/scenario_text.hpp"

namespace corridor {
namespace {

constexpr const char* kNetwork = R"(
scenario: constraints
nodes:
  - {id: O, name: O, country: KZ, kind: terminal}
  - {id: N, name: N, country: RU, kind: junction}
  - {id: P, name: P, country: KZ, kind: seaport, handling: {hours: 2, usd_per_teu: 20}}
  - {id: Q, name: Q, country: AZ, kind: seaport, handling: {hours: 2, usd_per_teu: 20}}
  - {id: V, name: V, country: LT, kind: terminal, handling: {hours: 1, usd_per_teu: 5}}
  - {id: D, name: D, country: LT, kind: terminal}
  - {id: K, name: K, country: LT, kind: seaport}
links:
  - {id: ON, from: O, to: N, mode: rail, gauge: 1520, distance_km: 800, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: ND, from: N, to: D, mode: rail, gauge: 1520, distance_km: 800, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: OP, from: O, to: P, mode: rail, gauge: 1520, distance_km: 400, hours: 5, tariff: {usd_per_teu: 50}}
  - {id: PQ, from: P, to: Q, mode: sea, distance_km: 500, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: QD, from: Q, to: D, mode: rail, gauge: 1520, distance_km: 900, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: OV, from: O, to: V, mode: road, distance_km: 1500, hours: 25, tariff: {usd_per_teu: 300}}
  - {id: VD, from: V, to: D, mode: rail, gauge: 1520, distance_km: 100, hours: 2, tariff: {usd_per_teu: 10}}
  - {id: DK, from: D, to: K, mode: rail, gauge: 1520, distance_km: 200, hours: 3, tariff: {usd_per_teu: 30}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 10000}
)";

struct Fixture {
  model::Scenario scenario = test::scenario_from(kNetwork);
  network::Network net{scenario};

  routing::Query query(model::Constraints c = {}) const {
    routing::Query q;
    q.origin = *net.find_node("O");
    q.destination = *net.find_node("D");
    q.objective = model::Objective::time;
    q.constraints = std::move(c);
    return q;
  }
  std::optional<model::Route> best(model::Constraints c = {}) const {
    return routing::shortest_path(net, query(std::move(c)));
  }
};

TEST_CASE_METHOD(Fixture, "constraints steer the fastest route", "[routing][constraints]") {
  SECTION("unconstrained: northern, 20 h") {
    const auto r = best();
    REQUIRE(r);
    // N is where the route crosses into Russia, so the corridor shows it.
    CHECK(test::corridor_of(*r, scenario) == "O\u2013N\u2013D");
    CHECK(r->totals.hours().value() == Approx(20.0));
  }
  SECTION("avoid RU: road then rail via V, 25 + 1 + 2 = 28 h") {
    model::Constraints c;
    c.avoid_countries = {"RU"};
    const auto r = best(c);
    REQUIRE(r);
    CHECK(test::corridor_of(*r, scenario) == "O\u2013V\u2013D");
    CHECK(r->totals.hours().value() == Approx(28.0));
  }
  SECTION("avoid RU and road: the sea route, 5 + 2 + 10 + 2 + 10 = 29 h") {
    model::Constraints c;
    c.avoid_countries = {"RU"};
    c.avoid_modes = {model::Mode::road};
    const auto r = best(c);
    REQUIRE(r);
    CHECK(test::corridor_of(*r, scenario) == "O\u2013P\u2013Q\u2013D");
    CHECK(r->totals.hours().value() == Approx(29.0));
    CHECK(r->transshipments == 2);
  }
  SECTION("avoid node N and link OV: the sea route") {
    model::Constraints c;
    c.avoid_nodes = {"N"};
    c.avoid_links = {"OV"};
    const auto r = best(c);
    REQUIRE(r);
    CHECK(test::corridor_of(*r, scenario) == "O\u2013P\u2013Q\u2013D");
  }
  SECTION("via P forces the sea route") {
    model::Constraints c;
    c.via = {"P"};
    const auto r = best(c);
    REQUIRE(r);
    CHECK(test::corridor_of(*r, scenario) == "O\u2013P\u2013Q\u2013D");
  }
  SECTION("via the dead end K: out to K and back, 20 + 3 + 3 = 26 h") {
    model::Constraints c;
    c.via = {"K"};
    const auto r = best(c);
    REQUIRE(r);
    CHECK(r->totals.hours().value() == Approx(26.0));
    REQUIRE(r->steps.size() == 4);
    const auto id = [&](model::NodeId n) { return scenario.nodes[n.index()].id; };
    CHECK(id(r->steps[2].from) == "D");
    CHECK(id(r->steps[2].to) == "K");
    CHECK(id(r->steps[3].from) == "K");
    CHECK(id(r->steps[3].to) == "D");
  }
  SECTION("at most one transshipment and no RU: road-rail") {
    model::Constraints c;
    c.avoid_countries = {"RU"};
    c.max_transshipments = 1;
    const auto r = best(c);
    REQUIRE(r);
    CHECK(test::corridor_of(*r, scenario) == "O\u2013V\u2013D");
  }
}

TEST_CASE_METHOD(Fixture, "constraints apply to alternatives and Pareto options alike",
                 "[routing][constraints]") {
  model::Constraints c;
  c.avoid_countries = {"RU"};
  const auto alternatives = routing::k_alternatives(net, query(c), 5);
  REQUIRE(alternatives.routes.size() == 2);
  CHECK(test::corridor_of(alternatives.routes[0], scenario) == "O\u2013V\u2013D");
  CHECK(test::corridor_of(alternatives.routes[1], scenario) == "O\u2013P\u2013Q\u2013D");

  // Without RU: road-rail 28 h / 315 USD and sea 29 h / 290 USD; emissions:
  //   road-rail 10 t x (1500 x 84.7 + 100 x 31.6) g + 10 kg = 1270.5 + 31.6 + 10 = 1312.1 kg
  //   sea 10 t x (400 x 31.6 + 500 x 29.7 + 900 x 31.6) g + 2 x 10 kg = 126.4 + 148.5 + 284.4 + 20
  //   = 579.3 kg;
  // neither dominates the other in (hours, USD), so both are Pareto options.
  const auto found = routing::pareto_routes(net, query(c));
  CHECK(found.complete);
  const auto& pareto = found.options;
  REQUIRE(pareto.size() == 2);
  CHECK(test::corridor_of(pareto[0].route, scenario) == "O\u2013V\u2013D");
  CHECK(pareto[0].wins == std::vector<model::Criterion>{model::Criterion::time});
  CHECK(test::corridor_of(pareto[1].route, scenario) == "O\u2013P\u2013Q\u2013D");
  CHECK(pareto[1].wins ==
        std::vector<model::Criterion>{model::Criterion::cost, model::Criterion::co2});
  CHECK(pareto[1].route.totals.co2e.value() == Approx(579.3));
}

TEST_CASE_METHOD(Fixture, "an unreachable destination names the constraint responsible",
                 "[routing][constraints]") {
  SECTION("one constraint") {
    model::Constraints c;
    c.avoid_countries = {"RU", "AZ"};
    c.avoid_modes = {model::Mode::road};
    CHECK_FALSE(best(c));
    const auto why = routing::diagnose_unreachable(net, query(c));
    CHECK(why.reason ==
          "every route from O to D breaks one of: avoid_countries: RU, AZ, avoid_modes: road");
    CHECK(why.blocked_by ==
          std::vector<std::string>{"avoid_countries: RU, AZ", "avoid_modes: road"});
  }
  SECTION("a transshipment limit") {
    model::Constraints c;
    c.avoid_nodes = {"N"};
    c.max_transshipments = 0;
    CHECK_FALSE(best(c));
    const auto why = routing::diagnose_unreachable(net, query(c));
    CHECK(why.reason ==
          "every route from O to D breaks one of: avoid_nodes: N, max_transshipments: 0");
  }
  SECTION("only the combination") {
    // Every corridor is closed twice over, so no single relaxation opens one.
    model::Constraints c;
    c.avoid_nodes = {"N", "Q"};
    c.avoid_links = {"ND", "OV"};
    c.avoid_modes = {model::Mode::road};
    c.avoid_countries = {"AZ"};
    CHECK_FALSE(best(c));
    const auto why = routing::diagnose_unreachable(net, query(c));
    CHECK(why.reason ==
          "no route from O to D meets all constraints together (avoid_countries: AZ, avoid_modes: "
          "road, avoid_links: ND, OV, avoid_nodes: N, Q)");
  }
}

}  // namespace
}  // namespace corridor
