// Closures that keep overlapping: journeys that never arrive are counted, not hidden.

#include <cmath>

#include <catch2/catch.hpp>

#include <corridor/network/network.hpp>
#include <corridor/routing/shortest.hpp>
#include <corridor/sim/monte_carlo.hpp>

#include "support/scenario_text.hpp"

namespace corridor::sim {
namespace {

// A closure of 60 days starts every month: the link is closed almost all the time, and gaps
// between closures grow rarer the longer a shipment has waited.
constexpr const char* kForever = R"(
scenario: forever
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, source: s}
  - {id: B, name: B, country: AZ, kind: seaport, source: s}
links:
  - {id: AB, from: A, to: B, mode: sea, distance_km: 500, hours: 20, tariff: {usd_per_teu: 300}, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 36500, source: s}
disruptions:
  - {id: FOREVER, links: [AB], monthly_probability: 1, duration: {days: 60}, source: s}
)";

TEST_CASE("journeys held by never-ending closures are counted", "[sim]") {
  const auto loaded = io::load_scenario_from_string(kForever, "forever.yaml");
  REQUIRE(loaded.warnings.size() == 1);
  CHECK(loaded.warnings[0].message ==
        "closures last 60 days on average and start with probability 1 in a month: they can "
        "follow each other without end, and shipments may never arrive");
  const auto& s = loaded.scenario;
  const network::Network net(s);
  routing::Query q;
  q.origin = model::NodeId(0);
  q.destination = model::NodeId(1);
  const auto route = routing::shortest_path(net, q);
  REQUIRE(route);
  MonteCarloOptions options;
  options.replications = 400;
  options.threads = 2;
  const auto result = simulate_route(s, *route, s.cargo[0], 5.0, options);
  CHECK(result.never_arrive > 0);
  CHECK(result.never_arrive < result.replications);
  CHECK(std::isinf(result.days.p99));
  CHECK(std::isinf(result.days.max));
  CHECK(std::isfinite(result.days.p5));
  // No storage is charged at A, so the cash cost stays the tariff even for endless waits.
  CHECK(result.usd.max == 300.0);
  CHECK(result.on_time_probability == 0.0);
}

}  // namespace
}  // namespace corridor::sim
