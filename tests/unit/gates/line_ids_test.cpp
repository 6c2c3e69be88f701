// Demand line ids and checks as a scenario writes them.

#include <catch2/catch.hpp>

#include "support/scenario_text.hpp"

namespace corridor {
namespace {

constexpr const char* kNetwork = R"(
scenario: ids
nodes:
  - {id: A, name: A, country: KZ, kind: terminal, source: "test"}
  - {id: B, name: B, country: KZ, kind: terminal, source: "test"}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 10, source: "test"}
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 10000, source: "test"}
  - {id: reefer, tonnes_per_teu: 12, value_usd_per_teu: 50000, source: "test"}
)";

TEST_CASE("demand lines are named FROM->TO, with the cargo when that is ambiguous", "[gates]") {
  const auto s = test::scenario_from(std::string(kNetwork) + R"(demand:
  - {from: A, to: B, cargo: general}
  - {from: A, to: B, cargo: reefer}
  - {from: B, to: A, cargo: general}
  - {id: express, from: B, to: A, cargo: reefer}
)");
  REQUIRE(s.demand.size() == 4);
  CHECK(s.demand[0].id == "A->B/general");
  CHECK(s.demand[1].id == "A->B/reefer");
  // B->A is shared with a line that has its own id: still ambiguous, so the cargo is added.
  CHECK(s.demand[2].id == "B->A/general");
  CHECK(s.demand[3].id == "express");
}

TEST_CASE("duplicate line ids are an error at the second line", "[gates]") {
  CHECK(test::errors_of(std::string(kNetwork) + R"(demand:
  - {from: A, to: B, cargo: general}
  - {from: A, to: B, cargo: general}
  - {id: x, from: B, to: A, cargo: general}
  - {id: x, from: A, to: B, cargo: reefer}
)") == "test.yaml:13:5: error: demand[1]: duplicate demand line id 'A->B/general'\n"
       "  hint: the other is demand[0] at line 12; give one of them its own id (id: NAME)\n"
       "test.yaml:15:6: error: demand[3].id: duplicate demand line id 'x'\n"
       "  hint: the other is demand[2] at line 14; give one of them its own id (id: NAME)\n");
}

TEST_CASE("checks name known lines and metrics, with one bound", "[gates]") {
  CHECK(test::errors_of(std::string(kNetwork) + R"(demand:
  - {from: A, to: B, cargo: general}
checks:
  - {demand: A->C, metric: days, max: 3}
  - {demand: A->B, metric: p95_day, max: 3}
  - {demand: all, metric: usd, max: 3, min: 1}
  - {demand: all, metric: usd}
  - {demand: all, metric: on_time_share, min: 2}
  - {demand: all, metric: reachable}
)") == "test.yaml:14:6: error: checks[0].demand: unknown demand line 'A->C'\n"
       "  hint: did you mean 'A->B'?\n"
       "test.yaml:15:20: error: checks[1].metric: unknown metric 'p95_day'\n"
       "  hint: did you mean 'p95_days'?\n"
       "test.yaml:16:40: error: checks[2].min: a check takes one of max, min and max_increase_pct\n"
       "  hint: write one check per bound\n"
       "test.yaml:17:5: error: checks[3]: a check needs a bound: max, min or max_increase_pct\n"
       "  hint: e.g. max: 40 (passes when the value is at most 40)\n"
       "test.yaml:18:42: error: checks[4].min: must be <= 1, got 2\n"
       "  hint: on_time_share is a share from 0 to 1\n");
  // `reachable` alone means min: 1; default ids are LINE.METRIC.
  const auto s = test::scenario_from(std::string(kNetwork) + R"(demand:
  - {from: A, to: B, cargo: general}
checks:
  - {demand: all, metric: reachable}
  - {demand: A->B, metric: days, max: 3}
  - {demand: A->B, metric: days, min: 1}
)");
  REQUIRE(s.checks.size() == 3);
  CHECK(s.checks[0].id == "all.reachable");
  CHECK(s.checks[0].bound == model::Bound::min);
  CHECK(s.checks[0].limit == 1.0);
  CHECK(s.checks[1].id == "A->B.days.max");
  CHECK(s.checks[2].id == "A->B.days.min");
}

}  // namespace
}  // namespace corridor
