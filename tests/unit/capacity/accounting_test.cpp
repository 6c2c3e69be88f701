// Every generated TEU is accounted for, and results do not depend on the thread count.

#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>

#include "busy_corridor.hpp"
#include "capacity_support.hpp"

namespace corridor::capacity {
namespace {

bool same(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

void require_same(const model::Summary& a, const model::Summary& b) {
  REQUIRE(same(a.mean, b.mean));
  REQUIRE(same(a.sd, b.sd));
  REQUIRE(same(a.min, b.min));
  REQUIRE(same(a.max, b.max));
  REQUIRE(same(a.p5, b.p5));
  REQUIRE(same(a.p50, b.p50));
  REQUIRE(same(a.p90, b.p90));
  REQUIRE(same(a.p95, b.p95));
  REQUIRE(same(a.p99, b.p99));
}

/// Every number of two runs, bit for bit.
void require_same(const model::CapacityRun& a, const model::CapacityRun& b) {
  REQUIRE(a.lines.size() == b.lines.size());
  for (std::size_t l = 0; l < a.lines.size(); ++l) {
    const auto& x = a.lines[l];
    const auto& y = b.lines[l];
    REQUIRE(x.shipments.generated == y.shipments.generated);
    REQUIRE(x.shipments.delivered == y.shipments.delivered);
    REQUIRE(x.shipments.in_system == y.shipments.in_system);
    REQUIRE(x.shipments.not_served == y.shipments.not_served);
    REQUIRE(x.never_arrive == y.never_arrive);
    REQUIRE(same(x.teu_generated, y.teu_generated));
    REQUIRE(x.transit_days.has_value() == y.transit_days.has_value());
    if (x.transit_days) require_same(*x.transit_days, *y.transit_days);
    REQUIRE(x.on_time_share == y.on_time_share);
    REQUIRE(x.routes.size() == y.routes.size());
    for (std::size_t i = 0; i < x.routes.size(); ++i) {
      REQUIRE(same(x.routes[i].share, y.routes[i].share));
      REQUIRE(x.routes[i].shipments == y.routes[i].shipments);
    }
  }
  REQUIRE(a.resources.size() == b.resources.size());
  for (std::size_t r = 0; r < a.resources.size(); ++r) {
    const auto& x = a.resources[r];
    const auto& y = b.resources[r];
    REQUIRE(x.link == y.link);
    REQUIRE(x.node == y.node);
    REQUIRE(x.from == y.from);
    REQUIRE(x.kind == y.kind);
    REQUIRE(same(x.utilisation, y.utilisation));
    REQUIRE(same(x.mean_queue_teu, y.mean_queue_teu));
    REQUIRE(same(x.max_queue_teu, y.max_queue_teu));
    REQUIRE(same(x.mean_wait_hours, y.mean_wait_hours));
    REQUIRE(same(x.p95_wait_hours, y.p95_wait_hours));
    REQUIRE(same(x.mean_delay_hours, y.mean_delay_hours));
    REQUIRE(same(x.delay_teu_hours, y.delay_teu_hours));
    REQUIRE(same(x.teu_carried, y.teu_carried));
    REQUIRE(x.shipments == y.shipments);
  }
  REQUIRE(a.weekly_queues.size() == b.weekly_queues.size());
  for (std::size_t s = 0; s < a.weekly_queues.size(); ++s) {
    REQUIRE(a.weekly_queues[s].resource == b.weekly_queues[s].resource);
    REQUIRE(a.weekly_queues[s].teu.size() == b.weekly_queues[s].teu.size());
    for (std::size_t k = 0; k < a.weekly_queues[s].teu.size(); ++k)
      REQUIRE(same(a.weekly_queues[s].teu[k], b.weekly_queues[s].teu[k]));
  }
  REQUIRE(a.warnings == b.warnings);
}

TEST_CASE("every generated TEU is delivered, in the system or not served", "[capacity]") {
  model::Scenario sc = corridor::test::scenario_from(test::kBusyCorridor);
  SECTION("a busy corridor") {}
  SECTION("with a closure of a port that never ends") {
    model::Disruption forever;
    forever.id = "FOREVER";
    forever.nodes = {"Q"};
    forever.windows.push_back({100.0 * 24.0, 1e9});
    sc.disruptions.push_back(forever);
  }
  const model::RunResult routes = test::plan_routes(sc);
  Options options = options_from(sc.simulation);
  options.replications = 4;
  const model::CapacityRun run = simulate(sc, routes.results, options);
  REQUIRE(run.lines.size() == 4);
  for (const model::CapacityLine& line : run.lines) {
    INFO(line.demand.from << " -> " << line.demand.to);
    CHECK(test::conserved(line));
    CHECK(line.teu_generated ==
          Approx(line.teu_delivered + line.teu_in_system + line.teu_not_served).epsilon(1e-12));
    CHECK(line.never_arrive <= line.shipments.in_system);
  }
  // The two lines through the ferry are served; the 80 TEU trains do not fit it (60 TEU per
  // sailing); X has no route.
  CHECK(run.lines[0].shipments.not_served == 0);
  CHECK(run.lines[1].shipments.not_served == 0);
  CHECK(run.lines[2].shipments.not_served == run.lines[2].shipments.generated);
  CHECK(run.lines[3].shipments.not_served == run.lines[3].shipments.generated);
  CHECK(run.lines[2].shipments.generated > 0);
  // Demand over the ferry (240 TEU/week) exceeds its 210: a backlog is still waiting at the
  // horizon, and the ferry is the worst bottleneck.
  CHECK(run.lines[0].shipments.in_system > 0);
  REQUIRE_FALSE(run.resources.empty());
  CHECK(test::link_id(run, run.resources[0]) == "P-Q");
  CHECK(run.resources[0].kind == model::ResourceKind::departures);
  REQUIRE(run.warnings.size() == 2);
  CHECK(run.warnings[0] ==
        "P -> Z: not served: shipments of 80 TEU do not fit the departures of any of its routes");
  CHECK(run.warnings[1].rfind("A -> X: not served, no route", 0) == 0);
}

TEST_CASE("results are the same bits for any thread count", "[capacity][threads]") {
  const model::Scenario sc = corridor::test::scenario_from(test::kBusyCorridor);
  const model::RunResult routes = test::plan_routes(sc);
  Options options = options_from(sc.simulation);
  options.replications = 6;
  options.threads = 1;
  const model::CapacityRun one = simulate(sc, routes.results, options);
  for (const int threads : {2, 4}) {
    options.threads = threads;
    require_same(one, simulate(sc, routes.results, options));
  }
}

}  // namespace
}  // namespace corridor::capacity

namespace corridor::capacity {
namespace {

TEST_CASE("options out of range are refused", "[capacity]") {
  const model::Scenario sc = corridor::test::scenario_from(test::kBusyCorridor);
  const model::RunResult routes = test::plan_routes(sc);
  Options options = options_from(sc.simulation);
  auto refusal = [&](const Options& o) -> std::string {
    try {
      (void)simulate(sc, routes.results, o);
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "";
  };
  Options o = options;
  o.replications = 0;
  CHECK(refusal(o) == "replications must be between 1 and 1048576");
  o = options;
  o.warmup_days = o.horizon_days;
  CHECK(refusal(o) == "warmup_days must be >= 0 and less than horizon_days");
  o = options;
  o.route_choice = RouteChoice::logit;
  o.logit_scale_usd = 0.0;
  CHECK(refusal(o) == "logit_scale_usd must be > 0");
  o = options;
  o.demand_scale = 1e9;
  CHECK(refusal(o) == "demand A -> Z generates too many shipments per replication");
}

}  // namespace
}  // namespace corridor::capacity
