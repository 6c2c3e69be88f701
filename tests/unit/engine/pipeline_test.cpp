// The pipeline, driven from code as a library user would, gives what the command line gives.

#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/report/report.hpp>
#include <corridor/version.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("the pipeline prices the flagship exactly as `corridor run` does", "[engine]") {
  const std::string root = CORRIDOR_SOURCE_DIR;
  // The golden file is the output of `corridor run scenarios/titr-baltic.yaml --format json`.
  const auto loaded = engine::load(root + "/scenarios/titr-baltic.yaml");
  const auto prepared = engine::prepare(loaded.scenario, {});
  CHECK(prepared.warnings.empty());
  const auto result = engine::plan(loaded.scenario, prepared);
  std::ostringstream json;
  report::write(result, report::Format::json, json);
  CHECK(json.str() == file_text(root + "/tests/golden/titr-baltic/run.json"));
}

constexpr const char* kTwoLines = R"(
scenario: two-lines
nodes:
  - {id: A, name: A, country: KZ, kind: terminal}
  - {id: B, name: B, country: KZ, kind: terminal}
  - {id: C, name: C, country: LT, kind: terminal}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: BC, from: B, to: C, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 10000}
  - {id: reefer, tonnes_per_teu: 12, value_usd_per_teu: 50000}
demand:
  - {from: A, to: C, cargo: reefer, teu_per_week: 5}
)";

TEST_CASE("an origin-destination query takes the cargo of the matching demand line", "[engine]") {
  const auto s = test::scenario_from(kTwoLines);
  model::Overrides o;
  o.od = model::OdQuery{"A", "C", std::nullopt};
  CHECK(engine::prepare(s, o).demand.at(0).cargo == "reefer");
  CHECK(engine::prepare(s, o).demand.at(0).teu_per_week == 5.0);
  // No demand line from B to C: the first cargo profile.
  o.od = model::OdQuery{"B", "C", std::nullopt};
  CHECK(engine::prepare(s, o).demand.at(0).cargo == "general");
  o.od = model::OdQuery{"B", "C", std::string("reefer")};
  CHECK(engine::prepare(s, o).demand.at(0).cargo == "reefer");
}

/// The formatted issues prepare() throws for `o`.
std::string errors_of(const model::Scenario& s, const model::Overrides& o) {
  try {
    (void)engine::prepare(s, o);
  } catch (const ValidationError& e) {
    CHECK(e.file().empty());
    std::string out;
    for (const auto& i : e.issues())
      out += format_issue(i) + "\n";
    return out;
  }
  return "";
}

TEST_CASE("overrides are checked with the scenario file's rules and messages", "[engine]") {
  const auto s = test::scenario_from(kTwoLines);
  model::Overrides o;
  o.policy.alternatives = 4294967297;  // would wrap to 1 in 32 bits
  o.policy.avoid_links = {"AB", "BD"};
  o.policy.max_transshipments = -1;
  o.simulation.replications = 0;
  o.od = model::OdQuery{"A", "CC", std::string("reefers")};
  CHECK(errors_of(s, o) ==
        "error: --alternatives: must be between 1 and 100, got 4294967297\n"
        "error: --max-transshipments: must be between 0 and 64, got -1\n"
        "error: --avoid-link: unknown link 'BD'\n"
        "  hint: did you mean 'BC'?\n"
        "error: --replications: must be between 1 and 100000000, got 0\n"
        "error: --to: unknown node 'CC'\n"
        "  hint: did you mean 'C'?\n"
        "error: --cargo: unknown cargo profile 'reefers'\n"
        "  hint: did you mean 'reefer'?\n");
}

TEST_CASE("overrides that conflict with the scenario's policy are named", "[engine]") {
  auto s = test::scenario_from(kTwoLines);
  s.policy.constraints.avoid_nodes = {"B"};
  model::Overrides o;
  o.policy.via = {"B"};
  CHECK(errors_of(s, o) ==
        "error: --via: 'B' is both required and avoided (by the scenario's policy)\n");
  // --no-avoid drops the scenario's avoid_* lists first.
  o.policy.clear_avoid = true;
  CHECK(errors_of(s, o).empty());
  CHECK(engine::prepare(s, o).policy.constraints.via == std::vector<std::string>{"B"});
  CHECK(engine::prepare(s, o).policy.constraints.avoid_nodes.empty());
}

TEST_CASE("an override that has no effect is a warning", "[engine]") {
  const auto s = test::scenario_from(kTwoLines);
  model::Overrides o;
  o.policy.avoid_countries = {"RU"};
  const auto prepared = engine::prepare(s, o);
  REQUIRE(prepared.warnings.size() == 1);
  CHECK(format_issue(prepared.warnings[0]) ==
        "warning: --avoid-country: no node or link of the scenario is in 'RU'");
}

}  // namespace
}  // namespace corridor

namespace corridor {
namespace {

constexpr const char* kClosed = R"(
scenario: closed
nodes:
  - {id: A, name: A, country: KZ, kind: terminal, source: "estimate: node A"}
  - {id: B, name: B, country: RU, kind: terminal}
  - {id: C, name: C, country: LT, kind: terminal}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}, source: "estimate: link AB"}
  - {id: AC, from: A, to: C, mode: sea, distance_km: 300, hours: 30, tariff: {usd_per_teu: 5, usd_per_teu_km: 1}, schedule: {every_hours: 24}}
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 10000, source: "estimate: cargo"}
demand:
  - {from: A, to: C, cargo: general, teu_per_week: 5}
policy:
  avoid_countries: [RU]
)";

TEST_CASE("results carry the links' prices, the closures and where they come from", "[engine]") {
  const auto s = test::scenario_from(kClosed);
  const auto prepared = engine::prepare(s, {});
  for (const model::NetworkView& net :
       {engine::plan(s, prepared).network, engine::simulate(s, prepared).network}) {
    const auto& ab = net.links.at(0);
    REQUIRE(ab.price);
    CHECK(ab.price->running.value() == 10.0);
    CHECK(ab.price->waiting.value() == 0.0);
    CHECK(ab.price->tariff.value() == 100.0);
    CHECK(ab.avoided_by == std::vector<std::string>{"avoid_countries: RU"});
    const auto& ac = net.links.at(1);
    CHECK(ac.price->waiting.value() == 12.0);  // half the 24-hour headway
    CHECK(ac.price->tariff.value() == 305.0);  // 5 + 1 x 300 km
    CHECK(ac.avoided_by.empty());
  }
  const auto run = engine::plan(s, prepared);
  CHECK(run.provenance.version == kVersion);
  CHECK(run.provenance.command.empty());  // the command line's to fill
  const auto& sources = run.provenance.sources;
  REQUIRE(sources.size() >= 4);
  using E = model::Citation::Element;
  CHECK((sources[0].element == E::node && sources[0].id == "A" &&
         sources[0].source == "estimate: node A"));
  CHECK((sources[1].element == E::link && sources[1].id == "AB"));
  CHECK((sources[2].element == E::cargo && sources[2].id == "general"));
  CHECK((sources.back().element == E::policy && sources.back().id == "capital_cost_rate_per_year"));
  CHECK(engine::simulate(s, prepared).provenance.sources.size() == sources.size());
}

}  // namespace
}  // namespace corridor
