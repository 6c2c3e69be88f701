// Route choice: logit shares, the method of successive averages, and the equilibrium it
// reaches when the cheap route is a ferry too small for the demand.

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/capacity/route_choice.hpp>

#include "capacity_support.hpp"

namespace corridor::capacity {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST_CASE("logit shares", "[capacity][choice]") {
  // Costs 1000 and 1100 at scale 100: odds e^1 = 2.71828...
  const std::vector<double> two = logit_shares(std::vector<double>{1000.0, 1100.0}, 100.0);
  CHECK(two[0] == Approx(1.0 / (1.0 + std::exp(-1.0))).epsilon(1e-15));
  CHECK(two[1] == Approx(std::exp(-1.0) / (1.0 + std::exp(-1.0))).epsilon(1e-15));
  const std::vector<double> unusable = logit_shares(std::vector<double>{kInf, 5.0, 5.0}, 1.0);
  CHECK(unusable == std::vector<double>{0.0, 0.5, 0.5});
  CHECK(logit_shares(std::vector<double>{kInf, kInf}, 1.0) == std::vector<double>{0.0, 0.0});
}

TEST_CASE("successive averages and the gap", "[capacity][choice]") {
  const std::vector<double> x{1.0, 0.0};
  const std::vector<double> y{0.2, 0.8};
  CHECK(share_gap(x, y) == Approx(0.8));
  CHECK(average_shares(x, y, 1) == std::vector<double>{0.6, 0.4});
  CHECK(average_shares(x, y, 3) == std::vector<double>{0.8, 0.2});
}

// A -> Z by a cheap ferry that sails daily with 20 TEU (140 a week), or by an expensive rail
// line without limit. Demand: 200 TEU a week.
constexpr std::string_view kTwoRoutes = R"(
scenario: two-routes
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, source: "estimate: test"}
  - {id: Z, name: Z, country: AZ, kind: seaport, source: "estimate: test"}
links:
  - {id: SEA, from: A, to: Z, mode: ferry, distance_km: 400, hours: 20,
     schedule: {every_hours: 24, capacity_teu: 20}, tariff: {usd_per_teu: 200},
     source: "estimate: test"}
  - {id: LAND, from: A, to: Z, mode: road, distance_km: 1800, hours: 40,
     tariff: {usd_per_teu: 700}, source: "estimate: test"}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 87600, value_of_time_usd_per_teu_day: 48,
     source: "estimate: test"}
demand:
  - {from: A, to: Z, cargo: box, teu_per_week: 200}
policy: {alternatives: 2}
simulation: {horizon_days: 200, warmup_days: 30, seed: 5}
)";

TEST_CASE("equilibrium moves demand off a ferry too small for it", "[capacity][choice]") {
  const model::Scenario sc = corridor::test::scenario_from(kTwoRoutes);
  const model::RunResult routes = test::plan_routes(sc);
  REQUIRE(routes.results[0].routes.size() == 2);
  REQUIRE(routes.network.link(routes.results[0].routes[0].steps[0].link).id == "SEA");
  Options options = options_from(sc.simulation);
  options.replications = 4;
  options.logit_scale_usd = 50.0;

  SECTION("best route: everything queues for the ferry") {
    const model::CapacityRun run = simulate(sc, routes.results, options);
    CHECK(run.route_choice == "best");
    CHECK_FALSE(run.equilibrium);
    const model::CapacityLine& line = run.lines[0];
    CHECK(line.routes[0].share == 1.0);
    CHECK(line.routes[1].shipments == 0);
    // 200 TEU a week on 140 TEU of sailings: the backlog grows by 60 TEU a week.
    CHECK(test::link_id(run, run.resources[0]) == "SEA");
    CHECK(run.resources[0].utilisation > 0.99);
    CHECK(run.resources[0].max_queue_teu > 60.0 * 20.0);
  }
  SECTION("fixed shares") {
    options.route_choice = RouteChoice::shares;
    options.route_shares = {{1.0, 3.0}};
    const model::CapacityRun run = simulate(sc, routes.results, options);
    const model::CapacityLine& line = run.lines[0];
    CHECK(line.routes[0].share == 0.25);
    CHECK(line.routes[1].share == 0.75);
    // Realised: a binomial count of the line's shipments (sd about 0.007 of them).
    const auto sea = static_cast<double>(line.routes[0].shipments);
    const auto all = static_cast<double>(line.shipments.generated);
    CHECK(sea / all == Approx(0.25).margin(0.03));
    CHECK(run.warnings.empty());
  }
  SECTION("shares without the shares choice are ignored, with a warning") {
    options.route_shares = {{1.0, 3.0}};
    const model::CapacityRun run = simulate(sc, routes.results, options);
    CHECK(run.lines[0].routes[0].share == 1.0);
    CHECK(run.warnings ==
          std::vector<std::string>{"route shares are ignored: route choice is best"});
  }
  SECTION("equilibrium: the ferry's delay balances the land route's price") {
    options.route_choice = RouteChoice::equilibrium;
    options.tolerance = 0.02;
    const model::CapacityRun run = simulate(sc, routes.results, options);
    REQUIRE(run.equilibrium);
    const model::Equilibrium& eq = *run.equilibrium;
    INFO("iterations " << eq.iterations << ", gap " << eq.gap);
    CHECK(eq.converged);
    CHECK(eq.gap <= 0.02);
    CHECK(eq.iterations >= 2);
    const model::CapacityLine& line = run.lines[0];
    const double sea = line.routes[0].share;
    CHECK(sea + line.routes[1].share == Approx(1.0).epsilon(1e-12));
    CHECK(sea < 0.9);
    CHECK(sea > 0.5);
    REQUIRE(test::link_id(run, run.resources[0]) == "SEA");
    // The shares are the logit response to the delays they cause, within the gap: the sea
    // route costs its routed 264 USD (200 + 32 h x 2 USD/h) plus its delay at 2 USD/h, the
    // land route 780 USD (700 + 40 h x 2 USD/h).
    const double sea_cost = 264.0 + run.resources[0].mean_delay_hours * 2.0;
    CHECK(routes.results[0].routes[0].totals.generalized().value() == Approx(264.0));
    CHECK(routes.results[0].routes[1].totals.generalized().value() == Approx(780.0));
    const double response = 1.0 / (1.0 + std::exp((sea_cost - 780.0) / options.logit_scale_usd));
    CHECK(std::abs(response - sea) <= eq.gap + 1e-9);
    // Over a 200-day horizon the ferry stays in overload (more than 140 of 200 TEU a week): its
    // backlog, and so its delay, is still growing when the horizon ends.
    CHECK(run.resources[0].mean_delay_hours > 100.0);
  }
}

}  // namespace
}  // namespace corridor::capacity
