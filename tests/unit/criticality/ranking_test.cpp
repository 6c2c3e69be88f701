// Criticality on a network small enough to work out by hand.
//
//        rail AB 10 h, 100 USD     rail BD 10 h, 100 USD
//     A ─────────────────── B ─────────────────── D ── rail DE 10 h, 100 USD ── E
//      \                                         /
//       road AC 5 h, 300 USD ── C ── road CD 5 h, 300 USD
//
// Value of time 24 USD/TEU/day = 1 USD/TEU/hour. Line A → D (10 TEU/week) runs A–B–D:
// 200 USD + 20 h = 220 USD+time per TEU; its replacement A–C–D costs 600 USD + 10 h = 610.
// Line D → E (5 TEU/week) has only link DE.

#include <sstream>

#include <catch2/catch.hpp>

#include <corridor/criticality/criticality.hpp>
#include <corridor/criticality/wire.hpp>
#include <corridor/engine/criticality.hpp>
#include <corridor/report/report.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

constexpr const char* kDiamond = R"(
scenario: diamond
nodes:
  - {id: A, name: Alpha, country: KZ, kind: terminal}
  - {id: B, name: Bravo, country: KZ, kind: border}
  - {id: C, name: Charlie, country: AZ, kind: junction}
  - {id: D, name: Delta, country: LT, kind: terminal}
  - {id: E, name: Echo, country: LT, kind: terminal}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: BD, from: B, to: D, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: AC, from: A, to: C, mode: road, distance_km: 100, hours: 5, tariff: {usd_per_teu: 300}}
  - {id: CD, from: C, to: D, mode: road, distance_km: 100, hours: 5, tariff: {usd_per_teu: 300}}
  - {id: DE, from: D, to: E, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 10000, value_of_time_usd_per_teu_day: 24}
demand:
  - {from: A, to: D, cargo: box, teu_per_week: 10}
  - {from: D, to: E, cargo: box, teu_per_week: 5}
)";

model::CriticalityRun run_of(const model::Scenario& s, engine::CriticalityRequest request = {},
                             int threads = 1) {
  auto prepared = engine::prepare(s, {});
  prepared.threads = threads;
  return engine::criticality(s, prepared, request);
}

std::string closed_ids(const model::CriticalityRun& run, std::size_t rank) {
  std::string out;
  for (const auto& e : run.ranking.at(rank).closed) {
    out += (out.empty() ? "" : "+") + (e.kind == model::Element::Kind::node
                                           ? run.base.network.place(e.node()).id
                                           : run.base.network.link(e.link()).id);
  }
  return out;
}

TEST_CASE("the element whose loss cuts a line off ranks first", "[criticality]") {
  const auto s = test::scenario_from(kDiamond);
  const auto run = run_of(s);
  // Ends (A, D, E) are not closed: B, C and the five links are.
  REQUIRE(run.ranking.size() == 7);
  CHECK(closed_ids(run, 0) == "DE");
  CHECK(run.ranking[0].lines_cut == 1);
  CHECK(run.ranking[0].teu_per_week_cut == 5.0);
  REQUIRE(run.ranking[0].lines.size() == 1);
  CHECK_FALSE(run.ranking[0].lines[0].replacement);
  // Then B (a node before links of equal damage), AB, BD: each sends A → D over C.
  CHECK(closed_ids(run, 1) == "B");
  CHECK(closed_ids(run, 2) == "AB");
  CHECK(closed_ids(run, 3) == "BD");
  for (std::size_t r = 1; r <= 3; ++r) {
    const auto& impact = run.ranking[r];
    CHECK(impact.lines_cut == 0);
    REQUIRE(impact.lines.size() == 1);
    const auto& li = impact.lines[0];
    REQUIRE(li.replacement);
    CHECK(li.replacement->corridor.nodes.size() >= 2);
    CHECK(li.delta_usd == Approx(400.0));              // 600 - 200
    CHECK(li.delta_hours == Approx(-10.0));            // 10 - 20
    CHECK(li.delta_generalized_usd == Approx(390.0));  // 610 - 220
    CHECK(impact.generalized_usd_per_week == Approx(3900.0));
    CHECK(impact.usd_per_week == Approx(4000.0));
    CHECK(impact.teu_days_per_week == Approx(-10.0 * 10.0 / 24.0));
  }
  // The replacement passes C.
  const auto& via = run.ranking[1].lines[0].replacement->steps;
  CHECK(std::any_of(via.begin(), via.end(),
                    [](const model::Step& st) { return st.from == model::NodeId(2); }));
}

TEST_CASE("an element no best route uses has zero impact", "[criticality]") {
  const auto s = test::scenario_from(kDiamond);
  const auto run = run_of(s);
  for (std::size_t r = 4; r < 7; ++r) {
    const auto& impact = run.ranking[r];
    INFO(closed_ids(run, r));
    CHECK(impact.lines.empty());
    CHECK(impact.lines_cut == 0);
    CHECK(impact.generalized_usd_per_week == 0.0);
    CHECK(impact.usd_per_week == 0.0);
    CHECK(impact.teu_days_per_week == 0.0);
  }
  CHECK(closed_ids(run, 4) == "C");
  CHECK(closed_ids(run, 5) == "AC");
  CHECK(closed_ids(run, 6) == "CD");
}

TEST_CASE("closing a line's origin or destination cuts it off", "[criticality]") {
  const auto s = test::scenario_from(kDiamond);
  engine::CriticalityRequest request;
  request.ends = true;
  const auto run = run_of(s, request);
  REQUIRE(run.ranking.size() == 10);
  CHECK(closed_ids(run, 0) == "D");  // both lines
  CHECK(run.ranking[0].lines_cut == 2);
  CHECK(run.ranking[0].teu_per_week_cut == 15.0);
  CHECK(closed_ids(run, 1) == "A");  // 10 TEU/week
  CHECK(closed_ids(run, 2) == "E");  // 5 TEU/week, before DE (a node)
  CHECK(closed_ids(run, 3) == "DE");
}

TEST_CASE("selectors pick nodes by kind, links by mode, and elements by country", "[criticality]") {
  const auto s = test::scenario_from(kDiamond);
  engine::CriticalityRequest request;
  request.kinds = {"border", "road"};
  auto run = run_of(s, request);
  REQUIRE(run.ranking.size() == 3);
  CHECK(closed_ids(run, 0) == "B");
  CHECK(closed_ids(run, 1) == "AC");
  CHECK(closed_ids(run, 2) == "CD");

  request = {};
  request.countries = {"AZ"};  // C, and the links touching it
  run = run_of(s, request);
  REQUIRE(run.ranking.size() == 3);
  CHECK(closed_ids(run, 0) == "C");

  request = {};
  request.nodes = {"D"};  // named: closed although it is an end
  request.links = {"AC"};
  run = run_of(s, request);
  REQUIRE(run.ranking.size() == 2);
  CHECK(closed_ids(run, 0) == "D");
  CHECK(closed_ids(run, 1) == "AC");
}

TEST_CASE("unknown names in a criticality request are errors with hints", "[criticality]") {
  const auto s = test::scenario_from(kDiamond);
  engine::CriticalityRequest request;
  request.nodes = {"BB"};
  request.kinds = {"bridge"};
  try {
    (void)run_of(s, request);
    FAIL("no error");
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 2);
    CHECK(format_issue(e.issues()[0]) ==
          "error: --nodes: unknown node 'BB'\n  hint: did you mean 'B'?");
    CHECK(e.issues()[1].message == "unknown kind 'bridge'");
  }
}

TEST_CASE("pairs: closing AB and CD together cuts A → D off", "[criticality]") {
  const auto s = test::scenario_from(kDiamond);
  engine::CriticalityRequest request;
  request.links = {"AB", "CD", "DE"};
  request.pair_top = 3;
  const auto run = run_of(s, request);
  REQUIRE(run.pairs.size() == 3);
  // DE + anything cuts D → E; AB + CD cuts A → D (10 TEU/week): that pair ranks first.
  const auto& top = run.pairs[0];
  REQUIRE(top.closed.size() == 2);
  CHECK(top.lines_cut == 1);
  CHECK(top.teu_per_week_cut == 10.0);
}

TEST_CASE("criticality reports are identical for any thread count", "[criticality]") {
  const auto s = test::scenario_from(kDiamond);
  engine::CriticalityRequest request;
  request.ends = true;
  request.pair_top = 6;
  for (auto format : {report::Format::json, report::Format::csv, report::Format::text}) {
    std::ostringstream one;
    std::ostringstream four;
    report::write(run_of(s, request, 1), format, one);
    report::write(run_of(s, request, 4), format, four);
    CHECK(one.str() == four.str());
  }
}

TEST_CASE("impacts survive encoding as bytes bit for bit", "[criticality]") {
  const auto s = test::scenario_from(kDiamond);
  engine::CriticalityRequest request;
  request.ends = true;
  request.pair_top = 4;
  const auto run = run_of(s, request);
  auto copy = run;
  for (auto* set : {&copy.ranking, &copy.pairs}) {
    for (auto& impact : *set)
      impact = criticality::decode(criticality::encode(impact));
  }
  for (auto format : {report::Format::json, report::Format::csv}) {
    std::ostringstream a;
    std::ostringstream b;
    report::write(run, format, a);
    report::write(copy, format, b);
    CHECK(a.str() == b.str());
  }
  const std::string bytes = criticality::encode(run.ranking.at(4));  // B: a replacement route
  REQUIRE(run.ranking.at(4).lines.at(0).replacement);
  CHECK(criticality::encode(criticality::decode(bytes)) == bytes);
  CHECK_THROWS_AS(criticality::decode(bytes.substr(0, bytes.size() - 1)), std::invalid_argument);
  CHECK_THROWS_AS(criticality::decode(bytes + "x"), std::invalid_argument);
}

}  // namespace
}  // namespace corridor
