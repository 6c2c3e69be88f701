// With every resource unlimited the capacity simulation is the Monte Carlo engine, shipment by
// shipment: shipment n of line 0 in replication 0 draws from the stream of Monte Carlo
// replication n and adds its hours up in the same order. Without timetables and closures the
// transit times are the same bits, so the pooled percentiles are too. With them, the time
// depends on when a shipment is ready (here: the demand; there: a uniform draw) and on a
// closure history that a replication shares (there: one per journey): the distributions agree
// within sampling error.

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/sim/monte_carlo.hpp>

#include "capacity_support.hpp"

namespace corridor::capacity {
namespace {

// Rail 1520 to a border (dwell), on to a gauge change (transfer), then 1435 rail.
constexpr std::string_view kLine = R"(
scenario: line
nodes:
  - {id: A, name: A, country: CN, kind: terminal, source: "estimate: test"}
  - id: B
    name: B
    country: KZ
    kind: border
    dwell: {hours: {lognormal: {median: 6, p95: 30}}}
    source: "estimate: test"
  - id: C
    name: C
    country: KZ
    kind: terminal
    handling: {hours: {pert: [2, 5, 20]}, usd_per_teu: 50}
    source: "estimate: test"
  - {id: D, name: D, country: PL, kind: terminal, source: "estimate: test"}
links:
  - {id: A-B, from: A, to: B, mode: rail, gauge: 1520, distance_km: 900,
     hours: {triangular: [20, 30, 60]}, source: "estimate: test"}
  - {id: B-C, from: B, to: C, mode: rail, gauge: 1520, distance_km: 600,
     hours: {uniform: [15, 25]}, source: "estimate: test"}
  - {id: C-D, from: C, to: D, mode: rail, gauge: 1435, distance_km: 800,
     hours: {empirical: {samples: [20, 22, 23, 40]}}, source: "estimate: test"}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: "estimate: test"}
demand:
  - {from: A, to: D, cargo: box, teu_per_week: 60, deadline_days: 5}
simulation: {horizon_days: 365, warmup_days: 0, seed: 77}
)";

TEST_CASE("unlimited, untimed: transit times are the Monte Carlo engine's, bit for bit",
          "[capacity][monte-carlo]") {
  const model::Scenario sc = corridor::test::scenario_from(kLine);
  const model::RunResult routes = test::plan_routes(sc);
  REQUIRE(routes.results[0].routes.size() == 1);
  REQUIRE(routes.results[0].routes[0].steps.size() == 5);  // leg, dwell, leg, transfer, leg
  Options options = options_from(sc.simulation);
  options.replications = 1;
  const model::CapacityRun run = simulate(sc, routes.results, options);
  const model::CapacityLine& line = run.lines[0];
  CHECK(run.resources.empty());
  REQUIRE(line.shipments.generated > 2800);  // 60 a week for a year
  REQUIRE(line.transit_days);

  sim::MonteCarloOptions mc;
  mc.replications = line.shipments.generated;
  mc.seed = sc.simulation.seed;
  mc.threads = 1;
  const model::RouteSimulation ref =
      sim::simulate_route(sc, routes.results[0].routes[0], sc.cargo[0], 5.0, mc);
  const model::Summary& got = *line.transit_days;
  CHECK(got.min == ref.days.min);
  CHECK(got.p5 == ref.days.p5);
  CHECK(got.p50 == ref.days.p50);
  CHECK(got.p90 == ref.days.p90);
  CHECK(got.p95 == ref.days.p95);
  CHECK(got.p99 == ref.days.p99);
  CHECK(got.max == ref.days.max);
  // Means are sums in another order (the Monte Carlo engine merges blocks): equal to rounding.
  CHECK(got.mean == Approx(ref.days.mean).epsilon(1e-13));
  CHECK(got.sd == Approx(ref.days.sd).epsilon(1e-10));
  CHECK(*line.on_time_share == *ref.on_time_probability);
}

TEST_CASE("unlimited, with a timetable and storms: the distributions agree",
          "[capacity][monte-carlo]") {
  model::Scenario sc = corridor::test::scenario_from(kLine);
  sc.links[2].schedule = model::Schedule{model::Headway{72.0, 10.0}, std::nullopt};
  model::Disruption storm;
  storm.id = "STORM";
  storm.links = {"C-D"};
  storm.monthly_probability.fill(0.3);
  storm.duration_hours = model::Distribution::lognormal_from_median_p95(48.0, 120.0);
  sc.disruptions.push_back(storm);
  sc.simulation.departure_window_days = 365.0;  // = the horizon: ready times are alike
  const model::RunResult routes = test::plan_routes(sc);

  // Thirty independent runs of a year give the spread of the capacity simulation's mean (its
  // shipments share each run's storms); the Monte Carlo engine's is its sd / sqrt(n).
  std::vector<double> means;
  std::vector<double> pooled;
  Options options = options_from(sc.simulation);
  options.replications = 1;
  for (std::uint64_t i = 0; i < 30; ++i) {
    options.seed = 1000 + i;
    const model::CapacityRun run = simulate(sc, routes.results, options);
    means.push_back(run.lines[0].transit_days->mean);
    pooled.push_back(run.lines[0].transit_days->p90);
  }
  double grand = 0.0;
  for (const double m : means)
    grand += m;
  grand /= static_cast<double>(means.size());
  double var = 0.0;
  for (const double m : means)
    var += (m - grand) * (m - grand);
  const double se_capacity =
      std::sqrt(var / static_cast<double>(means.size() - 1) / static_cast<double>(means.size()));

  sim::MonteCarloOptions mc;
  mc.replications = 200'000;
  mc.seed = 5;
  const model::RouteSimulation ref =
      sim::simulate_route(sc, routes.results[0].routes[0], sc.cargo[0], std::nullopt, mc);
  const double se_mc = ref.days.sd / std::sqrt(200'000.0);
  INFO("capacity mean " << grand << " +- " << se_capacity << ", Monte Carlo " << ref.days.mean
                        << " +- " << se_mc);
  CHECK(std::abs(grand - ref.days.mean) <= 4.0 * std::hypot(se_capacity, se_mc));
  double p90 = 0.0;
  for (const double p : pooled)
    p90 += p;
  p90 /= static_cast<double>(pooled.size());
  INFO("capacity P90 " << p90 << ", Monte Carlo " << ref.days.p90);
  CHECK(p90 == Approx(ref.days.p90).epsilon(0.02));
}

}  // namespace
}  // namespace corridor::capacity
