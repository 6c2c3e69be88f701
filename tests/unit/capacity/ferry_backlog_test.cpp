// A ferry with a capacity, a storm that cancels three sailings, and the backlog worked out by
// hand.
//
// Ferry P -> Q: a sailing every 24 h from hour 0, 50 TEU each, 10 h at sea. Demand P -> Q:
// 280 TEU/week in shipments of 10 TEU, evenly spaced: one every 6 h, at p + 6k for a random
// phase p in (0, 6). Horizon 30 days (720 h), no warm-up: shipments k = 0 .. 119 count.
// The storm closes the ferry from 2025-01-03 through 2025-01-05 (hours 48 to 120): the sailings at
// 48, 72 and 96 are cancelled.
//
// - k = 0..3 (p .. p+18) sail at 24, 40 TEU; the sailing at 24 takes them.
// - k = 4..19 (p+24 .. p+114) find the next sailing at 120: 16 shipments, 160 TEU, the most
//   ever waiting. Each sailing takes 5 (50 TEU) while 4 more arrive per day, so the backlog
//   shrinks by one shipment a day: sailing 120 + 24m takes queue positions 5m .. 5m+4
//   (k = 4 + 5m .. 8 + 5m), full up to m = 11 (sailing 384 takes k = 59..63).
// - k = 64..119 are back to normal: k = 4j .. 4j+3 sail at 24 (j + 1).
// Sum of sailings boarded: 4 x 24 + 5 x (12 x 120 + 24 x 66) + 96 x (17 + ... + 30)
//   = 96 + 15,120 + 31,584 = 46,800; sum of ready times 120 p + 6 x 7,140 = 120 p + 42,840;
//   mean wait 33 - p hours. The shortest wait is 6 - p (k = 4j + 3 in normal days), the longest
//   96 - p (k = 4, ready at p + 24, sailing at 120).
// Delay caused by capacity (wait beyond the first sailing that runs): k = 4..19 board 120,
//   144, 168, 192 (5, 5, 5, 1) instead of 120: 24 x (5 + 2 x 5 + 3) = 432 h; k = 20..63 board
//   12,768 h of sailings (15,120 - 2,352) where 96 x (6 + ... + 16) = 11,616 h would have run:
//   1,152 h. Mean delay (432 + 1,152) / 120 = 13.2 h; x 10 TEU = 15,840 TEU-hours.
// At the horizon: k = 116..119 (ready after 696) sail at 720 and arrive at 730: in the system;
//   116 delivered. Sailings within [0, 720): 30 timetabled, 27 run, offering 1,350 TEU; they
//   carry the 116 shipments that left before 720: 1,160 TEU.

#include <catch2/catch.hpp>

#include "capacity_support.hpp"

namespace corridor::capacity {
namespace {

constexpr std::string_view kFerry = R"(
scenario: ferry-backlog
nodes:
  - {id: P, name: P, country: KZ, kind: seaport, source: "estimate: test"}
  - {id: Q, name: Q, country: AZ, kind: seaport, source: "estimate: test"}
links:
  - id: P-Q
    from: P
    to: Q
    mode: ferry
    distance_km: 400
    hours: 10
    schedule: {every_hours: 24, capacity_teu: 50}
    source: "estimate: test"
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 10000, source: "estimate: test"}
demand:
  - {from: P, to: Q, cargo: box, teu_per_week: 280, shipment_teu: 10, arrivals: regular}
disruptions:
  - id: STORM
    links: [P-Q]
    windows: [{from: "2025-01-03", to: "2025-01-05"}]  # to: includes that day: hours 48 to 120
    source: "estimate: test"
simulation: {horizon_days: 30, warmup_days: 0, seed: 9}
)";

TEST_CASE("the backlog of a cancelled ferry clears as worked out by hand", "[capacity][ferry]") {
  const model::Scenario sc = corridor::test::scenario_from(kFerry);
  const model::RunResult routes = test::plan_routes(sc);
  Options options = options_from(sc.simulation);
  options.replications = GENERATE(1, 3);
  const model::CapacityRun run = simulate(sc, routes.results, options);

  REQUIRE(run.lines.size() == 1);
  const model::CapacityLine& line = run.lines[0];
  const auto n = static_cast<std::uint64_t>(options.replications);
  CHECK(line.shipments.generated == 120 * n);
  CHECK(line.shipments.delivered == 116 * n);
  CHECK(line.shipments.in_system == 4 * n);
  CHECK(line.shipments.not_served == 0);
  CHECK(line.teu_generated == 1200.0);
  CHECK(line.teu_delivered == 1160.0);
  CHECK(line.teu_in_system == 40.0);

  REQUIRE(run.resources.size() == 1);
  const model::CapacityResource& ferry = run.resources[0];
  CHECK(ferry.kind == model::ResourceKind::departures);
  CHECK(test::link_id(run, ferry) == "P-Q");
  CHECK(run.network.place(ferry.from).id == "P");
  CHECK(run.network.place(ferry.to).id == "Q");
  CHECK_FALSE(ferry.node.valid());
  CHECK(ferry.capacity == 50.0);
  CHECK(ferry.shipments == 120 * n);
  CHECK(ferry.max_queue_teu == 160.0);
  CHECK(ferry.teu_carried == 1160.0);
  CHECK(ferry.utilisation == Approx(1160.0 / 1350.0).epsilon(1e-12));
  CHECK(ferry.mean_delay_hours == Approx(13.2).epsilon(1e-12));
  CHECK(ferry.delay_teu_hours == Approx(15840.0).epsilon(1e-12));

  if (options.replications == 1) {
    // Everything phase-dependent follows from the shortest transit, 10 + (6 - p) hours.
    const model::Summary& days = *line.transit_days;
    const double p = 6.0 - (days.min * 24.0 - 10.0);
    CHECK(p > 0.0);
    CHECK(p < 6.0);
    CHECK(days.max * 24.0 == Approx(10.0 + 96.0 - p).epsilon(1e-12));
    CHECK(days.mean * 24.0 == Approx(10.0 + 33.0 - p).epsilon(1e-12));
    CHECK(ferry.mean_wait_hours == Approx(33.0 - p).epsilon(1e-12));
    // Little's law on the sample path: every wait lies inside the window.
    CHECK(ferry.mean_queue_teu == Approx(10.0 * 120.0 * (33.0 - p) / 720.0).epsilon(1e-12));
  }
  REQUIRE(run.weekly_queues.size() == 1);
  const model::QueueSeries& weekly = run.weekly_queues[0];
  CHECK(weekly.resource == 0);
  REQUIRE(weekly.teu.size() == 5);  // weeks from hours 0, 168, 336, 504 and 672 (to 720)
  // Week by week the time-average queues add up to the window's.
  const double area = (weekly.teu[0] + weekly.teu[1] + weekly.teu[2] + weekly.teu[3]) * 168.0 +
                      weekly.teu[4] * 48.0;
  CHECK(area == Approx(ferry.mean_queue_teu * 720.0).epsilon(1e-12));
  if (options.replications == 1) {
    // From day 16 on the ferry is back to normal: each day, shipments ready at p, p + 6,
    // p + 12 and p + 18 wait 24 - p, 18 - p, 12 - p and 6 - p hours: 10 (60 - 4p) / 24 TEU on
    // average.
    const double p = 6.0 - (line.transit_days->min * 24.0 - 10.0);
    CHECK(weekly.teu[3] == Approx(10.0 * (60.0 - 4.0 * p) / 24.0).epsilon(1e-12));
    CHECK(weekly.teu[4] == Approx(10.0 * (60.0 - 4.0 * p) / 24.0).epsilon(1e-12));
  }
}

}  // namespace
}  // namespace corridor::capacity
