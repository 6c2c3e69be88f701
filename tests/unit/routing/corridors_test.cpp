// The k best corridors: found whenever they exist, in cost order, k = 3 always the first three
// of k = 10, with no budget that stops the search early.

#include <string>

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/plan.hpp>

#include "support/labels.hpp"
#include "support/scenario_text.hpp"

namespace corridor {
namespace {

routing::Query flagship_query(const network::Network& net, std::string_view from,
                              std::string_view to) {
  const auto& s = net.scenario();
  routing::Query q;
  q.origin = *net.find_node(from);
  q.destination = *net.find_node(to);
  q.cargo = model::CargoId::at(s.cargo_index("general").value());
  q.objective = s.policy.objective;
  q.constraints = s.policy.constraints;
  return q;
}

TEST_CASE("the flagship lists five corridors from Xi'an to Klaipeda, in cost order",
          "[routing][corridors]") {
  const auto loaded =
      engine::load(std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-baltic.yaml");
  const auto& s = loaded.scenario;
  const network::Network net(s);
  const auto q = flagship_query(net, "XIAN", "KLAIPEDA_PORT");

  const auto five = routing::k_alternatives(net, q, 5);
  CHECK(five.complete);
  REQUIRE(five.routes.size() == 5);
  for (std::size_t i = 1; i < five.routes.size(); ++i) {
    INFO("route " << i + 1 << ": " << test::corridor_of(five.routes[i], s));
    CHECK(five.routes[i - 1].objective_value <= five.routes[i].objective_value);
    CHECK(five.routes[i - 1].corridor != five.routes[i].corridor);
  }
  // The sea route via Hamburg is cheapest for general cargo; the Middle Corridor (TITR) by
  // Aktau and Alat is among the next ones.
  CHECK(test::corridor_of(five.routes[0], s) == "Xi'an\u2013Shanghai\u2013Hamburg\u2013Klaipeda");
  bool titr = false;
  for (const auto& r : five.routes)
    titr = titr || test::corridor_of(r, s).find("Aktau") != std::string::npos;
  CHECK(titr);

  // k = 3 and k = 5 are the first three and five of k = 10.
  const auto three = routing::k_alternatives(net, q, 3);
  const auto ten = routing::k_alternatives(net, q, 10);
  REQUIRE(ten.routes.size() >= 5);
  for (std::size_t i = 0; i < 3; ++i)
    CHECK(three.routes.at(i).corridor == ten.routes[i].corridor);
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(five.routes[i].corridor == ten.routes[i].corridor);
    CHECK(five.routes[i].objective_value == ten.routes[i].objective_value);
  }
}

TEST_CASE("a demand line lists its corridors without a budget warning", "[routing][corridors]") {
  const auto loaded =
      engine::load(std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-baltic.yaml");
  const auto& s = loaded.scenario;
  const network::Network net(s);
  model::Policy policy = s.policy;
  policy.alternatives = 5;
  model::Demand d{"XIAN", "KLAIPEDA_PORT", "general", 20.0, std::nullopt};
  const auto od = routing::plan_od(net, d, policy);
  CHECK(od.complete);
  CHECK(od.warnings.empty());
  CHECK(od.routes.size() == 5);
}

}  // namespace
}  // namespace corridor
