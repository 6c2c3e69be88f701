// corridor calibrate on a hand-worked case (gates/calibration.hpp over engine/calibration.hpp).

#include <catch2/catch.hpp>

#include <corridor/gates/calibration.hpp>

#include "unit/gates/gates_support.hpp"

namespace corridor {
namespace {

/// The first issue of the ValidationError `f` throws, as the command line prints it.
template <class F>
std::string first_issue(F f) {
  try {
    f();
  } catch (const ValidationError& e) {
    REQUIRE_FALSE(e.issues().empty());
    return format_issue(e.issues().front());
  }
  FAIL("no ValidationError");
  return {};
}

// three_nodes: A -> C takes 24 + 48 = 72 h = 3 days for 100 + 200 = 300 USD/TEU; B -> C takes
// 48 h = 2 days for 200 USD/TEU. By hand:
//   o1 A->C days [2, 4]: model 3, middle 3, error 0 %, in range
//   o2 A->C days 2.5: error (3 - 2.5) / 2.5 = +20 %, a value (no range)
//   o3 B->C days [2.5, 3.5]: model 2, middle 3, error -33.33 %, out of range
//   o4 A->C 40ft USD 500: model 2 x 300 = 600, error +20 %, a value
//   o5 A->C 40hc USD [700, 900]: model 600, middle 800, error -25 %, out of range
//   o6 B->C days 10, fitted: left out of the metrics
// days: MAPE (0 + 20 + 33.333) / 3 = 17.778 %, ranges 2 (o1, o3), in range 1: share 0.5
// USD:  MAPE (20 + 25) / 2 = 22.5 %, ranges 1 (o5), in range 0: share 0
constexpr const char* kObservations = R"(
observations:
  - {id: o1, from: A, to: C, days: [2, 4], date: 2024-07, source: "test"}
  - {id: o2, from: A, to: C, days: 2.5, date: "2024", source: "test"}
  - {id: o3, from: B, to: C, days: [2.5, 3.5], date: 2024-07-15, source: "test"}
  - {id: o4, from: A, to: C, usd_per_container: 500, container: 40ft, date: 2024, source: "test"}
  - {id: o5, from: A, to: C, usd_per_container: [700, 900], container: 40hc, date: 2024, source: "test"}
  - {id: o6, from: B, to: C, days: 10, fitted: true, date: 2024, source: "test"}
checks:
  - {id: days-mape-under-15, metric: days_mape, max: 15}
  - {metric: usd_within_range_share, min: 0}
)";

TEST_CASE("calibrate compares each observation with its best route", "[gates][calibration]") {
  const auto input = test::gate_input("calibration.yaml", test::three_nodes("24", kObservations));
  const auto run = gates::calibrate(input, {});
  REQUIRE(run.results.size() == 6);
  const auto& r = run.results;
  CHECK(r[0].days->model == Approx(3.0));
  CHECK(r[0].days->error_pct == Approx(0.0).margin(1e-9));
  CHECK(r[0].days->within);
  CHECK(r[1].days->error_pct == Approx(20.0));
  CHECK(r[2].days->model == Approx(2.0));
  CHECK(r[2].days->error_pct == Approx(-100.0 / 3.0));
  CHECK_FALSE(r[2].days->within);
  CHECK(r[3].usd->model == Approx(600.0));
  CHECK(r[3].usd->error_pct == Approx(20.0));
  CHECK(r[4].usd->model == Approx(600.0));
  CHECK(r[4].usd->error_pct == Approx(-25.0));
  CHECK_FALSE(r[4].usd->within);

  const auto& s = run.summary;
  CHECK(s.observations == 6);
  CHECK(s.fitted == 1);
  CHECK(s.unreachable == 0);
  CHECK(s.days.compared == 3);
  CHECK(*s.days.mape_pct == Approx((0.0 + 20.0 + 100.0 / 3.0) / 3.0));  // 17.778
  CHECK(s.days.ranges == 2);
  CHECK(s.days.within == 1);
  CHECK(*s.days.within_share == Approx(0.5));
  CHECK(s.usd.compared == 2);
  CHECK(*s.usd.mape_pct == Approx(22.5));
  CHECK(s.usd.ranges == 1);
  CHECK(*s.usd.within_share == Approx(0.0));

  REQUIRE(run.checks.size() == 2);
  CHECK(run.checks[0].id == "days-mape-under-15");
  CHECK_FALSE(run.checks[0].passed);
  CHECK(run.checks[0].message == "days_mape 17.78 > max 15.00");
  CHECK(run.checks[1].id == "observations.usd_within_range_share");
  CHECK(run.checks[1].passed);
  CHECK(run.checks[1].message == "usd_within_range_share 0.000 >= min 0.000");
  CHECK(run.failures() == 1);
}

TEST_CASE("calibrate gates with --fail-if on calibration metrics only", "[gates][calibration]") {
  const auto input = test::gate_input("calibration.yaml", test::three_nodes("24", kObservations));
  gates::Options options;
  options.fail_if.push_back(gates::parse_fail_if("usd_mape > 20"));
  auto run = gates::calibrate(input, options);
  REQUIRE(run.checks.size() == 3);
  CHECK(run.checks[2].origin == "--fail-if 'usd_mape > 20'");
  CHECK(run.checks[2].message == "usd_mape 22.50 > max 20.00");

  options.fail_if = {gates::parse_fail_if("p95_days > 20")};
  CHECK(first_issue([&] { (void)gates::calibrate(input, options); }) ==
        "error: --fail-if 'p95_days > 20': p95_days is not a calibration metric\n"
        "  hint: calibrate gates days_mape, usd_mape, days_within_range_share and "
        "usd_within_range_share; corridor check gates the demand lines");
  CHECK(first_issue([] { (void)gates::parse_fail_if("A->C.days_mape > 20"); }) ==
        "error: --fail-if 'A->C.days_mape > 20': at column 1: days_mape is about the scenario's "
        "observations, not a demand line\n  hint: write 'days_mape > LIMIT'");
  CHECK(first_issue([] { (void)gates::parse_fail_if("days_mape > +5%"); }) ==
        "error: --fail-if 'days_mape > +5%': at column 13: days_mape is not compared with a base "
        "scenario\n  hint: write an absolute limit, e.g. 'days_mape > 25'");
}

TEST_CASE("corridor check evaluates calibration checks too", "[gates][calibration]") {
  const auto input = test::gate_input("calibration.yaml", test::three_nodes("24", kObservations));
  const auto run = gates::check(input, {});
  std::size_t calibration = 0;
  for (const auto& c : run.checks) {
    if (c.line != "observations") continue;
    ++calibration;
    if (c.id == "days-mape-under-15") CHECK_FALSE(c.passed);
  }
  CHECK(calibration == 2);
}

TEST_CASE("an observation's via and allow_countries constrain its route", "[gates][calibration]") {
  const auto input = test::gate_input("unreachable.yaml", test::three_nodes("24", R"(
observations:
  - {id: o1, from: A, to: C, days: 3, date: 2024, source: "test"}
  - {id: o2, from: A, to: C, via: B, allow_countries: [RU], days: [1, 2], date: 2024, source: "test"}
)"));
  const auto run = gates::calibrate(input, {});
  CHECK(run.summary.unreachable == 0);
  REQUIRE(run.results[1].route);
  CHECK(run.results[1].days->model == Approx(3.0));
  CHECK(run.summary.days.compared == 2);
  CHECK(*run.summary.days.mape_pct == Approx((0.0 + 100.0) / 2.0));  // 3 vs middle 1.5: +100 %
}

}  // namespace
}  // namespace corridor
