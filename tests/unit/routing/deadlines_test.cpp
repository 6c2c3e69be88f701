// Deadlines: every report marks routes slower than the demand line's deadline_days, and a
// max_days constraint (policy key or --max-days) rules them out, explained like the other
// constraints when nothing is left.

#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/network/network.hpp>
#include <corridor/report/report.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/plan.hpp>

#include "support/labels.hpp"
#include "support/scenario_text.hpp"

namespace corridor {
namespace {

// Three ways from O to D: sea 50 h for 100 USD, road 30 h for 200 USD, rail 10 h for 500 USD.
constexpr const char* kThreeWays = R"(
scenario: deadlines
nodes:
  - {id: O, name: O, country: LT, kind: terminal}
  - {id: D, name: D, country: LT, kind: terminal}
links:
  - {id: SEA, from: O, to: D, mode: sea, distance_km: 500, hours: 50, tariff: {usd_per_teu: 100}}
  - {id: ROAD, from: O, to: D, mode: road, distance_km: 400, hours: 30, tariff: {usd_per_teu: 200}}
  - {id: RAIL, from: O, to: D, mode: rail, gauge: 1520, distance_km: 450, hours: 10, tariff: {usd_per_teu: 500}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0}
demand:
  - {from: O, to: D, cargo: box, deadline_days: 1.5}
policy: {objective: cost, alternatives: 3}
)";

std::string report(const model::RunResult& run, report::Format format) {
  std::ostringstream out;
  report::write(run, format, out);
  return out.str();
}

TEST_CASE("routes slower than the deadline are marked in every format", "[routing][deadline]") {
  const auto s = test::scenario_from(kThreeWays);
  const network::Network net(s);
  const auto run = routing::plan(net, s.policy);
  const auto& routes = run.results.at(0).routes;
  REQUIRE(routes.size() == 3);
  // Cheapest first: sea (50 h = 2.08 days, late for 1.5 days), road (1.25 days), rail.
  CHECK(routes[0].on_time == false);
  CHECK(routes[1].on_time == true);
  CHECK(routes[2].on_time == true);

  const std::string json = report(run, report::Format::json);
  CHECK(json.find("\"on_time\": false") != std::string::npos);
  CHECK(json.find("\"on_time\": true") != std::string::npos);
  const std::string csv = report(run, report::Format::csv);
  CHECK(csv.find(",complete,on_time,") != std::string::npos);
  CHECK(csv.find(",2.083,100.00,") != std::string::npos);
  CHECK(csv.find(",true,false,1,leg,SEA,") != std::string::npos);
  CHECK(csv.find(",true,true,1,leg,ROAD,") != std::string::npos);
  const std::string text = report(run, report::Format::text);
  CHECK(text.find("on time") != std::string::npos);
  CHECK(text.find("2.1      100") != std::string::npos);
  const std::string md = report(run, report::Format::md);
  CHECK(md.find("| on time |") != std::string::npos);

  // Without a deadline nothing is marked.
  auto free = s;
  free.demand[0].deadline_days.reset();
  const network::Network free_net(free);
  const auto unmarked = routing::plan(free_net, free.policy);
  CHECK_FALSE(unmarked.results[0].routes[0].on_time.has_value());
  CHECK(report(unmarked, report::Format::json).find("\"on_time\": null") != std::string::npos);
  CHECK(report(unmarked, report::Format::text).find("on time") == std::string::npos);
}

TEST_CASE("max_days rules out slower routes", "[routing][deadline]") {
  auto s = test::scenario_from(kThreeWays);
  s.policy.constraints.max_days = 1.5;
  const network::Network net(s);
  const auto od = routing::plan_od(net, s.demand[0], s.policy);
  REQUIRE(od.routes.size() == 2);
  CHECK(test::modes_of(od.routes[0]) == "road");
  CHECK(test::modes_of(od.routes[1]) == "rail");
  CHECK(od.complete);
}

TEST_CASE("max_days is explained like the other constraints when no route is left",
          "[routing][deadline]") {
  auto s = test::scenario_from(kThreeWays);
  s.policy.constraints.max_days = 0.3;
  const network::Network net(s);
  const auto od = routing::plan_od(net, s.demand[0], s.policy);
  CHECK(od.routes.empty());
  REQUIRE(od.unreachable);
  CHECK(od.unreachable->reason ==
        "every route from O to D breaks max_days: 0.3 (the fastest route takes 0.4 days)");
  CHECK(od.unreachable->blocked_by == std::vector<std::string>{"max_days: 0.3"});

  // Together with another constraint: each one that opens a route when dropped is named.
  s.policy.constraints.avoid_modes = {model::Mode::rail};
  s.policy.constraints.max_days = 1.0;
  const network::Network net2(s);
  const auto both = routing::plan_od(net2, s.demand[0], s.policy);
  REQUIRE(both.unreachable);
  CHECK(both.unreachable->reason ==
        "every route from O to D breaks one of: avoid_modes: rail, max_days: 1 (the fastest "
        "route takes 1.2 days)");
}

TEST_CASE("max_days is checked in the file and on the command line with one message",
          "[io][deadline]") {
  std::string yaml = kThreeWays;
  yaml.replace(yaml.find("alternatives: 3}"), 16, "alternatives: 3, max_days: 0}");
  CHECK(test::errors_of(yaml).find(
            "test.yaml:14:44: error: policy.max_days: must be > 0, got 0\n") != std::string::npos);

  const auto s = test::scenario_from(kThreeWays);
  model::Overrides o;
  o.policy.max_days = -2.0;
  try {
    (void)engine::prepare(s, o);
    FAIL("no error");
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 1);
    CHECK(format_issue(e.issues()[0]) == "error: --max-days: must be > 0, got -2");
  }
  o.policy.max_days = 2.5;
  CHECK(engine::prepare(s, o).policy.constraints.max_days == 2.5);
}

}  // namespace
}  // namespace corridor
