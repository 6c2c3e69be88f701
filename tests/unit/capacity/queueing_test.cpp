// The capacity simulation against queueing theory: the handling servers of one gauge-change
// node fed by Poisson demand are an M/G/c queue; and on a network of several resources, each
// one's time-average queue is its arrival rate times its mean wait (Little's law).

#include <string>

#include <catch2/catch.hpp>

#include "capacity_support.hpp"

namespace corridor::capacity {
namespace {

/// A -(rail 1520)- B -(rail 1435)- C with `handling` at B on one server; 0.8 shipments of
/// 1 TEU an hour from A to C (134.4 a week).
model::Scenario gauge_change(const std::string& handling) {
  return corridor::test::scenario_from(R"(
scenario: gauge-change
nodes:
  - {id: A, name: A, country: CN, kind: terminal, source: "estimate: test"}
  - {id: B, name: B, country: KZ, kind: terminal, handling: {hours: )" +
                                       handling + R"(, servers: 1}, source: "estimate: test"}
  - {id: C, name: C, country: KZ, kind: terminal, source: "estimate: test"}
links:
  - {id: A-B, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 5,
     source: "estimate: test"}
  - {id: B-C, from: B, to: C, mode: rail, gauge: 1435, distance_km: 100, hours: 5,
     source: "estimate: test"}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: "estimate: test"}
demand:
  - {from: A, to: C, cargo: box, teu_per_week: 134.4}
simulation: {horizon_days: 13000, warmup_days: 100, seed: 11}
)");
}

/// Mean wait at the servers over 4 replications of 12,900 days in the window: about 990,000
/// shipments. The relative standard error of such a mean at rho = 0.8 is about 1.3 % (from
/// batch means of the same runs), so 5 % is about four standard errors.
double mean_wait(const model::Scenario& sc) {
  const model::RunResult routes = test::plan_routes(sc);
  Options options = options_from(sc.simulation);
  options.replications = 4;
  const model::CapacityRun run = simulate(sc, routes.results, options);
  REQUIRE(run.resources.size() == 1);
  CHECK(run.resources[0].kind == model::ResourceKind::handling);
  CHECK(run.resources[0].utilisation == Approx(0.8).epsilon(0.01));
  return run.resources[0].mean_wait_hours;
}

TEST_CASE("M/D/1 at the handling servers: Wq = rho / (2 mu (1 - rho)) = 2 h",
          "[capacity][queueing]") {
  CHECK(mean_wait(gauge_change("1")) == Approx(2.0).epsilon(0.05));
}

TEST_CASE("M/G/1 with uniform handling: Wq = lambda E[S^2] / (2 (1 - rho)) = 8/3 h",
          "[capacity][queueing]") {
  // S uniform on [0, 2]: E[S] = 1, E[S^2] = 4/3; lambda = 0.8.
  CHECK(mean_wait(gauge_change("{uniform: [0, 2]}")) ==
        Approx(0.8 * 4.0 / 3.0 / 0.4).epsilon(0.05));
}

TEST_CASE("Little's law holds at every resource of a network", "[capacity][queueing]") {
  // Two lines share a port's crane, a ferry and a rail line with a daily limit; the first
  // also needs a gauge change with two servers. L (time-average TEU waiting) must equal
  // lambda (TEU reaching the resource per hour) x W (mean wait), up to the shipments whose
  // wait straddles the ends of the window.
  const model::Scenario sc = corridor::test::scenario_from(R"(
scenario: network
nodes:
  - {id: A, name: A, country: CN, kind: terminal, source: "estimate: test"}
  - id: B
    name: B
    country: KZ
    kind: terminal
    handling: {hours: {triangular: [1, 2, 3]}, servers: 2}
    source: "estimate: test"
  - id: C
    name: C
    country: KZ
    kind: seaport
    handling: {hours: {uniform: [0.2, 1.8]}, servers: 1}
    source: "estimate: test"
  - {id: D, name: D, country: AZ, kind: seaport, handling: {hours: 0.5}, source: "estimate: test"}
  - {id: E, name: E, country: GE, kind: terminal, source: "estimate: test"}
  - {id: F, name: F, country: KZ, kind: terminal, source: "estimate: test"}
links:
  - {id: A-B, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100,
     hours: {uniform: [4, 8]}, source: "estimate: test"}
  - {id: B-C, from: B, to: C, mode: rail, gauge: 1435, distance_km: 100, hours: 5,
     source: "estimate: test"}
  - {id: F-C, from: F, to: C, mode: rail, gauge: 1435, distance_km: 100, hours: 3,
     source: "estimate: test"}
  - {id: C-D, from: C, to: D, mode: ferry, distance_km: 300, hours: 12,
     schedule: {every_hours: 12, capacity_teu: 24}, source: "estimate: test"}
  - {id: D-E, from: D, to: E, mode: rail, gauge: 1435, distance_km: 300, hours: 8,
     capacity: {teu_per_day: 40}, source: "estimate: test"}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: "estimate: test"}
demand:
  - {from: A, to: E, cargo: box, teu_per_week: 168, shipment_teu: 2}
  - {from: F, to: E, cargo: box, teu_per_week: 56, shipment_teu: 2, arrivals: regular}
simulation: {horizon_days: 3000, warmup_days: 50, seed: 21}
)");
  const model::RunResult routes = test::plan_routes(sc);
  Options options = options_from(sc.simulation);
  options.replications = 2;
  const model::CapacityRun run = simulate(sc, routes.results, options);
  REQUIRE(run.resources.size() == 4);  // B's and C's servers, the ferry, D-E's limit
  const double window_hours = (3000.0 - 50.0) * 24.0 * options.replications;
  for (const model::CapacityResource& r : run.resources) {
    INFO(test::link_id(run, r) << " " << model::to_string(r.kind));
    const double lambda = static_cast<double>(r.shipments) * 2.0 / window_hours;  // TEU/h
    CHECK(r.shipments > 10000);
    CHECK(r.mean_queue_teu > 0.1);
    CHECK(r.mean_queue_teu == Approx(lambda * r.mean_wait_hours).epsilon(0.005));
  }
}

}  // namespace
}  // namespace corridor::capacity
