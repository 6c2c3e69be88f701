// corridor compare: the input diff, and answers computed with common random numbers.

#include <catch2/catch.hpp>

#include <corridor/gates/diff.hpp>
#include <corridor/gates/evaluate.hpp>
#include <corridor/gates/gates.hpp>

#include "unit/gates/gates_support.hpp"

namespace corridor {
namespace {

using model::Metric;

std::string changes_text(const std::vector<model::InputChange>& changes) {
  std::string out;
  for (const auto& c : changes) {
    out += std::string(model::to_string(c.kind)) + " " + c.path + " [" + c.before + "] [" +
           c.after + "]\n";
  }
  return out;
}

TEST_CASE("a variant identical to its base gives exactly zero deltas", "[gates]") {
  // The A - B leg is random, so the Monte Carlo figures are random; the variant adds a link no
  // best route uses. With the same seed and streams (common random numbers), every figure of
  // every line is the same to the last bit.
  const auto base = test::gate_input("base.yaml", test::three_nodes("{triangular: [10, 20, 60]}"));
  const auto variant = test::gate_input(
      "variant.yaml",
      test::three_nodes("{triangular: [10, 20, 60]}",
                        "checks:\n  - {demand: all, metric: p95_days, max_increase_pct: 0}\n"));
  gates::Options options;
  options.simulate = true;
  const auto run = gates::compare(base, {variant}, options);
  REQUIRE(run.scenarios.size() == 2);
  CHECK(run.simulated);
  CHECK(run.seed == 7);
  CHECK(run.replications == 2000);
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& b = run.scenarios[0].lines.at(i);
    const auto& v = run.scenarios[1].lines.at(i);
    CHECK(b.demand.id == v.demand.id);
    for (const auto m : {Metric::days, Metric::usd, Metric::co2e_kg, Metric::generalized_cost,
                         Metric::p50_days, Metric::p90_days, Metric::p95_days}) {
      REQUIRE(model::metric_value(b, m));
      CHECK(*model::metric_value(v, m) - *model::metric_value(b, m) == 0.0);
    }
  }
  // The only input change is the checks the variant adds.
  CHECK(changes_text(run.changes.at(0)) == "added checks.all.p95_days [] []\n");
  REQUIRE(run.checks.size() == 2);  // one per line
  CHECK(run.passed());
  CHECK(run.checks[0].message ==
        "p95_days " + gates::format_metric(Metric::p95_days, *run.checks[0].value) + " \u2192 " +
            gates::format_metric(Metric::p95_days, *run.checks[0].value) +
            " (+0.0%, at most +0.0%)");

  // Without common random numbers the same scenario gives other percentiles: the test above
  // would see noise (seed 8 for the variant).
  auto other = variant;
  other.loaded.scenario.simulation.seed = 8;
  gates::Options own;
  own.simulate = true;
  const auto alone_base = gates::check(base, own);
  const auto alone_other = gates::check(other, own);
  CHECK(*alone_base.scenarios[0].lines[0].p95_days != *alone_other.scenarios[0].lines[0].p95_days);
}

TEST_CASE("a slower leg shows in the diff and the deltas", "[gates]") {
  const auto base = test::gate_input("base.yaml", test::three_nodes("24"));
  auto slower = test::three_nodes("48");
  const std::string sim = "simulation: {replications: 2000, seed: 7}";
  slower.replace(slower.find(sim), sim.size(),
                 "simulation: {replications: 2000, seed: 7, departure_window_days: 365}");
  // Also: a new node, the avoided countries emptied.
  slower.replace(slower.find("  avoid_countries: [RU]"), 23, "  avoid_countries: []");
  slower.replace(slower.find("links:"), 6,
                 "  - {id: D, name: D, country: LT, kind: terminal, source: \"test\"}\nlinks:");
  const auto variant = test::gate_input("slower.yaml", slower);
  const auto run = gates::compare(base, {variant}, {});
  CHECK_FALSE(run.simulated);
  CHECK(changes_text(run.changes.at(0)) ==
        "changed links.AB.hours [24] [48]\n"
        "changed policy.avoid_countries [[RU]] [[]]\n"
        "added nodes.D [] []\n"
        "added simulation.departure_window_days [] [365]\n");
  // A->C: 24 + E[triangular(24, 48, 72)] = 72 h = 3 days; the variant 96 h = 4 days.
  const auto& b = run.scenarios[0].lines[0];
  const auto& v = run.scenarios[1].lines[0];
  CHECK(b.demand.id == "A->C");
  CHECK(*model::metric_value(b, Metric::days) == Approx(3.0).epsilon(1e-12));
  CHECK(*model::metric_value(v, Metric::days) == Approx(4.0).epsilon(1e-12));
  CHECK(*model::metric_value(b, Metric::usd) == Approx(300.0));
}

}  // namespace
}  // namespace corridor
