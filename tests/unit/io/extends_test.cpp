// What-if scenarios that extend a base file.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <corridor/io/load_scenario.hpp>

#include "support/temp_files.hpp"

namespace corridor::io {
namespace {

/// A fresh directory with the given files, removed at the end of the test.
class Files : public test::TempFiles {
 public:
  Files() : TempFiles("corridor-extends") {}
};

constexpr const char* kBase = R"(scenario: base
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, source: s}
  - {id: B, name: B, country: AZ, kind: seaport, source: s}
  - {id: C, name: C, country: GE, kind: terminal, source: s}
links:
  - {id: AB, from: A, to: B, mode: sea, distance_km: 470, hours: 22, schedule: {every_hours: 72}, tariff: {usd_per_teu: 900}, source: s}
  - {id: BC, from: B, to: C, mode: road, distance_km: 500, hours: 10, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: s}
demand:
  - {from: A, to: C, cargo: box}
policy: {objective: cost, alternatives: 2}
)";

TEST_CASE("a what-if changes, adds and removes items by id", "[io][extends]") {
  Files files;
  files.write("base.yaml", kBase);
  const auto what_if = files.write("what-if.yaml", R"(scenario: daily
extends: base.yaml
links:
  - id: AB
    schedule: {every_hours: 24}
    tariff: {usd_per_teu_km: 1}
  - {id: BC, remove: true}
  - {id: AC, from: A, to: C, mode: road, distance_km: 900, days: 1, source: s}
policy: {objective: time}
)");
  const auto s = load_scenario(what_if).scenario;
  CHECK(s.name == "daily");
  REQUIRE(s.links.size() == 2);
  const auto& ab = s.links[0];
  CHECK(ab.id == "AB");
  CHECK(std::get<model::Headway>(ab.schedule->pattern).every_hours == 24.0);
  CHECK(ab.tariff.usd_per_teu.value() == 900.0);  // kept from the base
  CHECK(ab.tariff.usd_per_teu_km == 1.0);         // added by the what-if
  CHECK(ab.hours->mean() == 22.0);
  CHECK(s.links[1].id == "AC");
  CHECK(s.links[1].hours->mean() == 24.0);
  CHECK(s.policy.objective == model::Objective::time);
  CHECK(s.policy.alternatives == 2);  // kept from the base
  CHECK(s.demand.size() == 1);
}

TEST_CASE("errors point into the file that wrote the value", "[io][extends]") {
  Files files;
  files.write("base.yaml", kBase);
  const auto what_if = files.write("what-if.yaml", R"(scenario: broken
extends: base.yaml
links:
  - {id: AB, hours: {triangular: [30, 20, 10]}}
  - {id: XY, remove: true}
nodes:
  - {id: B, country: az}
)");
  try {
    (void)load_scenario(what_if);
    FAIL("expected a ValidationError");
  } catch (const ValidationError& e) {
    std::vector<std::string> lines;
    for (const auto& issue : e.issues())
      lines.push_back(format_issue(issue));
    const std::string w = what_if.string();
    CHECK(lines ==
          std::vector<std::string>{
              w + ":4:22: error: links[0].hours.triangular: triangular needs min <= mode <= "
                  "max and min < max, got [30, 20, 10]\n  hint: write [min, mode, max]",
              w + ":5:6: error: links[1].id: cannot remove 'XY': the base has no such links item",
              w + ":7:13: error: nodes[0].country: country must be an ISO 3166-1 alpha-2 "
                  "code, got 'az'\n  hint: two capital letters, e.g. KZ, GE, LT"});
  }
}

TEST_CASE("an error in the base is reported in the base file", "[io][extends]") {
  Files files;
  std::string base = kBase;
  base.replace(base.find("distance_km: 500"), 16, "distance_km: -1");
  const auto base_path = files.write("base.yaml", base);
  const auto what_if = files.write("what-if.yaml", "scenario: w\nextends: base.yaml\n");
  try {
    (void)load_scenario(what_if);
    FAIL("expected a ValidationError");
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 1);
    CHECK(e.issues()[0].where.file == base_path.lexically_normal().string());
    CHECK(e.issues()[0].where.line == 8);
    CHECK(e.issues()[0].path == "links[1].distance_km");
  }
}

TEST_CASE("extends cycles and missing bases are errors", "[io][extends]") {
  Files files;
  files.write("a.yaml", "scenario: a\nextends: b.yaml\n");
  const auto b = files.write("b.yaml", "scenario: b\nextends: a.yaml\n");
  CHECK_THROWS_WITH(load_scenario(b), Catch::Contains("1 error in"));
  try {
    (void)load_scenario(b);
  } catch (const ValidationError& e) {
    CHECK(e.issues().at(0).message == "'b.yaml' extends this file again: the chain never ends");
  }
  const auto lonely = files.write("c.yaml", "scenario: c\nextends: nowhere.yaml\n");
  try {
    (void)load_scenario(lonely);
    FAIL("expected a ValidationError");
  } catch (const ValidationError& e) {
    CHECK(e.issues().at(0).message.starts_with("the base scenario '"));
    CHECK(e.issues().at(0).hint == "extends is relative to the file that names it");
  }
}

TEST_CASE("maps merge key by key, lists and durations are replaced", "[io][extends]") {
  Files files;
  std::string base = kBase;
  base.replace(base.find("schedule: {every_hours: 72}"), 27,
               "schedule: {every_hours: 72, offset_hours: 6, capacity_teu: 120}");
  base += "emission_factors: {rail: {g_per_tkm: 20, source: s}}\n";
  files.write("base.yaml", base);
  const auto what_if = files.write("what-if.yaml", R"(scenario: merged
extends: base.yaml
links:
  - id: AB
    schedule: {every_hours: 24}
    hours: {triangular: [20, 22, 30]}
  - id: BC
    speed_kmh: 50
nodes:
  - {id: A, location: [43.6, 51.2]}
emission_factors: {rail: {g_per_tkm: 25}}
)");
  const auto s = load_scenario(what_if).scenario;
  const auto& ab = s.links[0];
  // The schedule map merges: every_hours changes, offset and capacity stay.
  const auto& headway = std::get<model::Headway>(ab.schedule->pattern);
  CHECK(headway.every_hours == 24.0);
  CHECK(headway.offset_hours == 6.0);
  CHECK(ab.schedule->capacity_teu == 120.0);
  // A duration is one value: replaced whole.
  CHECK(std::get<model::Triangular>(ab.hours->variant()).max == 30.0);
  // speed_kmh replaces the base's hours instead of standing beside them.
  CHECK(!s.links[1].hours);
  CHECK(s.links[1].speed_kmh == 50.0);
  CHECK(s.nodes[0].location->lat == 43.6);
  CHECK(s.nodes[0].name == "A");
  CHECK(s.emission_factors.factor(model::Mode::rail) == 25.0);
  CHECK(s.emission_factors.source[static_cast<std::size_t>(model::Mode::rail)] == "s");
}

TEST_CASE("a weekly timetable replaces a headway and its offset", "[io][extends]") {
  Files files;
  std::string base = kBase;
  base.replace(base.find("schedule: {every_hours: 72}"), 27,
               "schedule: {every_hours: 72, offset_hours: 6, capacity_teu: 120}");
  files.write("base.yaml", base);
  const auto what_if = files.write("what-if.yaml", R"(scenario: weekly
extends: base.yaml
links:
  - {id: AB, schedule: {weekly: ["Tue 10:00"]}}
)");
  const auto s = load_scenario(what_if).scenario;
  const auto& weekly = std::get<model::Weekly>(s.links[0].schedule->pattern);
  CHECK(weekly.hours_of_week == std::vector<double>{34.0});  // Tuesday 10:00 = 24 + 10
  CHECK(s.links[0].schedule->capacity_teu == 120.0);
}

TEST_CASE("remove and give again replaces an item whole, in its place", "[io][extends]") {
  Files files;
  files.write("base.yaml", kBase);
  const auto what_if = files.write("what-if.yaml", R"(scenario: replaced
extends: base.yaml
links:
  - {id: AB, remove: true}
  - {id: AB, from: A, to: B, mode: sea, distance_km: 500, hours: 30, source: new}
)");
  const auto s = load_scenario(what_if).scenario;
  REQUIRE(s.links.size() == 2);
  CHECK(s.links[0].id == "AB");
  CHECK(s.links[0].distance.value() == 500.0);
  CHECK(!s.links[0].schedule);                          // the base's schedule is gone
  CHECK(s.links[0].tariff.usd_per_teu.value() == 0.0);  // and so is its tariff
  CHECK(s.links[1].id == "BC");
}

TEST_CASE("the shipped what-if keeps the capacity of the sailing it changes", "[io][extends]") {
  const auto s =
      load_scenario(std::filesystem::path(CORRIDOR_SOURCE_DIR) / "scenarios/titr-ferry-daily.yaml")
          .scenario;
  const auto link = std::find_if(s.links.begin(), s.links.end(),
                                 [](const model::Link& l) { return l.id == "AKTAU-ALAT"; });
  REQUIRE(link != s.links.end());
  CHECK(std::get<model::Headway>(link->schedule->pattern).every_hours == 24.0);
  CHECK(link->schedule->capacity_teu == 350.0);  // titr-baltic.yaml's, not dropped
}

TEST_CASE("extends chains of 8 levels load, 9 do not", "[io][extends]") {
  Files files;
  files.write("level8.yaml", kBase);
  for (int i = 7; i >= 0; --i) {
    files.write("level" + std::to_string(i) + ".yaml", "scenario: level" + std::to_string(i) +
                                                           "\nextends: level" +
                                                           std::to_string(i + 1) + ".yaml\n");
  }
  // level0 -> level1 -> ... -> level8: eight extends.
  const auto root = files.write("level0.yaml", "scenario: level0\nextends: level1.yaml\n");
  CHECK(load_scenario(root).files.size() == 9);
  const auto nine = files.write("nine.yaml", "scenario: nine\nextends: level0.yaml\n");
  try {
    (void)load_scenario(nine);
    FAIL("expected a ValidationError");
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 1);
    // Reported where the ninth extends is written: in level7.yaml, which names level8.yaml.
    CHECK(e.issues()[0].where.file.ends_with("level7.yaml"));
    CHECK(e.issues()[0].message == "'level8.yaml' would be level 9 of extends; the limit is 8");
  }
}

}  // namespace
}  // namespace corridor::io
