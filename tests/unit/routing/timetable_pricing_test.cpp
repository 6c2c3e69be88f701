// Route prices follow the timetables: a downstream sailing is reached at times set by the legs
// before it, not at a random time. Worked by hand on the issue's example.

#include <catch2/catch.hpp>

#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/routing/shortest.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

// O --sea, weekly Tue 10:00 and Fri 18:00, 40 h--> A (4 h dwell)
//   --sea, daily at 06:00, 20 h--> B --sea, weekly Mon 08:00, 10 h--> D.
// Shipments are ready uniformly over one week from Monday 2025-01-06 00:00 (hour 0).
constexpr const char* kIssueExample = R"(
scenario: timetables
nodes:
  - {id: O, name: O, country: LT, kind: seaport}
  - {id: A, name: A, country: LT, kind: seaport, dwell: {hours: 4}, storage_usd_per_teu_day: 24}
  - {id: B, name: B, country: LT, kind: seaport, storage_usd_per_teu_day: 48}
  - {id: D, name: D, country: LT, kind: seaport}
links:
  - {id: OA, from: O, to: A, mode: sea, distance_km: 500, hours: 40, schedule: {weekly: ["Tue 10:00", "Fri 18:00"]}}
  - {id: AB, from: A, to: B, mode: sea, distance_km: 300, hours: 20, schedule: {every_hours: 24, offset_hours: 6}}
  - {id: BD, from: B, to: D, mode: sea, distance_km: 150, hours: 10, schedule: {weekly: ["Mon 08:00"]}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0}
demand:
  - {from: O, to: D, cargo: box}
simulation:
  start_date: "2025-01-06"
  departure_window_days: 7
)";

routing::Query query_od(const network::Network& net, model::Objective objective) {
  routing::Query q;
  q.origin = *net.find_node("O");
  q.destination = *net.find_node("D");
  q.objective = objective;
  return q;
}

TEST_CASE("a route is priced by following its timetables from the departure window",
          "[routing][timetable]") {
  const auto s = test::scenario_from(kIssueExample);
  const network::Network net(s);
  const auto route = routing::shortest_path(net, query_od(net, model::Objective::time));
  REQUIRE(route);
  REQUIRE(route->steps.size() == 4);  // leg OA, dwell A, leg AB, leg BD
  // Ready at t in [0, 34]: sails Tue 10:00 (h 34), reaches A at 74, leaves the dwell at 78 =
  //   Thu 06:00, sails at once, reaches B at 98 (Fri 02:00), waits 78 h for Mon 08:00 (h 176),
  //   arrives at 186.
  // Ready in (34, 114]: sails Fri 18:00 (h 114), at A 154, ready 158, waits 16 h for Mon 06:00
  //   (h 174), at B 194 (Tue 02:00), waits 150 h for the next Monday 08:00 (h 344), arrives 354.
  // Ready in (114, 168): sails the next Tuesday (h 202) and arrives at 186 + 168 = 354.
  // Waits, averaged over the week:
  //   OA: (34^2 / 2 + 80^2 / 2 + (88^2 - 34^2) / 2) / 168 = 7072 / 168 = 42.095 h
  //   AB: 80 x 16 / 168 = 7.619 h;  BD: (34 x 78 + 80 x 150 + 54 x 78) / 168 = 112.286 h.
  const auto& steps = route->steps;
  CHECK(steps[0].waiting.value() == Approx(7072.0 / 168.0).epsilon(1e-12));
  CHECK(steps[1].waiting.value() == 0.0);
  CHECK(steps[2].waiting.value() == Approx(1280.0 / 168.0).epsilon(1e-12));
  CHECK(steps[3].waiting.value() == Approx(18864.0 / 168.0).epsilon(1e-12));
  // Door to door: E[arrival] - E[ready] = (34 x 186 + 134 x 354) / 168 - 84 = 320 - 84 = 236 h
  // (the half-headway estimate, 70 + 4 + 42.095 + 12 + 84 = 212.095 h, is 10 % low).
  CHECK(route->totals.hours().value() == Approx(236.0).epsilon(1e-12));
  // Storage: 7.619 h at 1 USD/h (A) + 112.286 h at 2 USD/h (B) = (1280 + 2 x 18864) / 168 USD.
  CHECK(steps[2].storage_usd.value() == Approx(1280.0 / 168.0).epsilon(1e-12));
  CHECK(steps[3].storage_usd.value() == Approx(2.0 * 18864.0 / 168.0).epsilon(1e-12));
  CHECK(route->totals.storage_usd.value() == Approx(39008.0 / 168.0).epsilon(1e-12));
  CHECK(route->objective_value == Approx(236.0).epsilon(1e-12));
}

TEST_CASE("cargo ready for the first departure does not wait for the first leg",
          "[routing][timetable]") {
  auto s = test::scenario_from(kIssueExample);
  s.demand.at(0).ready = model::Ready::first_departure;
  const network::Network net(s);
  const auto run = routing::plan(net, s.policy);
  REQUIRE(run.results.at(0).routes.size() == 1);
  const auto& route = run.results[0].routes[0];
  const auto& steps = route.steps;
  REQUIRE(steps.size() == 4);
  // The same journeys as above, each starting at its Tue 10:00 or Fri 18:00 sailing: no wait
  // for OA, the same later waits, and 236 - 7072 / 168 = 32576 / 168 h door to door
  // ((34 x 152 + 80 x 240 + 54 x 152) / 168 from the sailing to the arrival).
  CHECK(steps[0].waiting.value() == 0.0);
  CHECK(steps[2].waiting.value() == Approx(1280.0 / 168.0).epsilon(1e-12));
  CHECK(steps[3].waiting.value() == Approx(18864.0 / 168.0).epsilon(1e-12));
  CHECK(route.totals.hours().value() == Approx(32576.0 / 168.0).epsilon(1e-12));
}

TEST_CASE("a departure window that is not a whole number of periods is integrated exactly",
          "[routing][timetable]") {
  // One leg, a departure every 10 h from hour 0, and a 15 h window: ready in [0, 10] waits
  // 10 - t, ready in (10, 15) waits 20 - t. Mean wait = (10^2 / 2 + (10^2 - 5^2) / 2) / 15
  // = (50 + 37.5) / 15 = 5.8333 h, not the half headway of 5 h.
  const auto s = test::scenario_from(R"(
scenario: window
nodes:
  - {id: O, name: O, country: LT, kind: terminal}
  - {id: D, name: D, country: LT, kind: terminal}
links:
  - {id: OD, from: O, to: D, mode: rail, gauge: 1520, distance_km: 100, hours: 3, schedule: {every_hours: 10}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0}
simulation:
  departure_window_days: 0.625
)");
  const network::Network net(s);
  const auto route = routing::shortest_path(net, query_od(net, model::Objective::time));
  REQUIRE(route);
  CHECK(route->totals.waiting.value() == Approx(87.5 / 15.0).epsilon(1e-12));
  CHECK(route->totals.hours().value() == Approx(3.0 + 87.5 / 15.0).epsilon(1e-12));
}

}  // namespace
}  // namespace corridor
