// What each edge weighs in a query's searches, worked by hand on one leg with a timetable and a
// charge per container: the lower bound leaves out the wait and the storage during it, and a
// box of two TEU pays half the per-container charge per TEU.

#include "routing/edge_weights.hpp"

#include <catch2/catch.hpp>

#include <corridor/network/network.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

// O --sea, 500 km, 40 h, a sailing every 24 h (an expected wait of 12 h), USD 100 per TEU +
// USD 0.125 per container-km (USD 62.5 per container)--> D. Storage at O: USD 24 per TEU-day, so
// USD 12 per TEU during the wait.
constexpr const char* kLeg = R"(
scenario: weights
nodes:
  - {id: O, name: O, country: LT, kind: seaport, storage_usd_per_teu_day: 24}
  - {id: D, name: D, country: LT, kind: seaport}
links:
  - {id: OD, from: O, to: D, mode: sea, distance_km: 500, hours: 40, schedule: {every_hours: 24},
     tariff: {usd_per_teu: 100, usd_per_container_km: 0.125}, co2e_g_per_tkm: 10}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0}
demand:
  - {from: O, to: D, cargo: box}
)";

/// The weight of the leg OD under `objective` for a `container`.
double leg_weight(const network::Network& net, model::Objective objective,
                  model::Container container, routing::detail::Weights kind) {
  routing::Query q;
  q.origin = *net.find_node("O");
  q.destination = *net.find_node("D");
  q.objective = objective;
  q.container = container;
  const auto weights = routing::detail::edge_weights(net, q, kind);
  const auto edges = net.edges();
  for (std::size_t e = 0; e < edges.size(); ++e) {
    if (edges[e].kind == network::EdgeKind::leg) return weights->by_edge[e];
  }
  FAIL("no leg");
  return 0.0;
}

TEST_CASE(
    "edge weights leave the timetable's wait out of the lower bound and share the "
    "per-container charge by TEU",
    "[routing][weights]") {
  const auto s = test::scenario_from(kLeg);
  const network::Network net(s);
  using model::Container;
  using model::Objective;
  using routing::detail::Weights;
  // Lower bound: 40 h; USD 100 + 62.5 per 20 ft box, 100 + 62.5 / 2 per 40 ft box.
  CHECK(leg_weight(net, Objective::time, Container::ft20, Weights::lower_bound) == 40.0);
  CHECK(leg_weight(net, Objective::time, Container::ft40, Weights::lower_bound) == 40.0);
  CHECK(leg_weight(net, Objective::cost, Container::ft20, Weights::lower_bound) == 162.5);
  CHECK(leg_weight(net, Objective::cost, Container::ft40, Weights::lower_bound) == 131.25);
  // Estimate: 12 h more, and the USD 12 of storage during them.
  CHECK(leg_weight(net, Objective::time, Container::ft20, Weights::estimate) == 52.0);
  CHECK(leg_weight(net, Objective::cost, Container::ft20, Weights::estimate) == 174.5);
  CHECK(leg_weight(net, Objective::cost, Container::ft40, Weights::estimate) == 143.25);
  // CO2e: 500 km x 10 t x 10 g per tonne-km = 50 kg per TEU, wait or not, box or not.
  CHECK(leg_weight(net, Objective::co2, Container::ft20, Weights::lower_bound) == Approx(50.0));
  CHECK(leg_weight(net, Objective::co2, Container::ft40, Weights::estimate) == Approx(50.0));
  // Generalized with no value of time: the USD.
  CHECK(leg_weight(net, Objective::generalized, Container::ft40, Weights::lower_bound) == 131.25);
}

}  // namespace
}  // namespace corridor
