#include <limits>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/model/scenario.hpp>
#include <corridor/sim/closures.hpp>
#include <corridor/sim/rng.hpp>

namespace corridor::sim {
namespace {

model::Scenario with_disruptions(std::vector<model::Disruption> disruptions,
                                 model::CivilDate start = {2025, 1, 15}) {
  model::Scenario s;
  s.simulation.start_date = start;
  s.disruptions = std::move(disruptions);
  return s;
}

model::Disruption random_disruption(double probability, model::Distribution duration) {
  model::Disruption d;
  d.id = "storms";
  d.links = {"L0"};
  d.monthly_probability.fill(probability);
  d.duration_hours = std::move(duration);
  return d;
}

TEST_CASE("months are counted from the start date's month", "[sim][closures]") {
  const ClosureModel c(with_disruptions({}));
  // 2025-01-15: January starts 14 days earlier, February 17 days later.
  CHECK(c.month_start_hours(0) == -14 * 24.0);
  CHECK(c.month_start_hours(1) == 17 * 24.0);
  CHECK(c.month_start_hours(-1) == -(14 + 31) * 24.0);  // 2024-12-01
  CHECK(c.month_start_hours(12) == (365 - 14) * 24.0);  // 2026-01-01
  CHECK(c.month_index(0.0) == 0);
  CHECK(c.month_index(17 * 24.0) == 1);
  CHECK(c.month_index(17 * 24.0 - 0.01) == 0);
  CHECK(c.month_index(-14 * 24.0 - 0.01) == -1);
}

TEST_CASE("fixed windows", "[sim][closures]") {
  model::Disruption a;
  a.windows = {{100.0, 150.0}};
  model::Disruption b;
  b.windows = {{140.0, 200.0}, {300.0, 310.0}};
  const ClosureModel c(with_disruptions({a, b}));
  const std::vector<std::uint32_t> only_a{0};
  const std::vector<std::uint32_t> both{0, 1};
  CHECK(c.reopen(only_a, 99.0, 1) == 99.0);
  CHECK(c.reopen(only_a, 100.0, 1) == 150.0);
  CHECK(c.reopen(only_a, 150.0, 1) == 150.0);  // windows are half-open
  CHECK(c.reopen(both, 120.0, 1) == 200.0);    // overlapping closures are chained
  CHECK(c.reopen(both, 305.0, 1) == 310.0);
  CHECK(c.reopen({}, 120.0, 1) == 120.0);
}

TEST_CASE("random closures are a function of (replication, disruption, month)", "[sim][closures]") {
  const ClosureModel c(
      with_disruptions({random_disruption(0.5, model::Distribution(model::Fixed{24.0}))}));
  int months_with_closure = 0;
  constexpr int kMonths = 4000;
  for (int m = 0; m < kMonths; ++m) {
    const std::uint64_t key = stream_key(3, static_cast<std::uint64_t>(m));
    const auto closure = c.random_closure(0, m % 40 - 20, key);
    const auto again = c.random_closure(0, m % 40 - 20, key);
    REQUIRE(closure.has_value() == again.has_value());
    if (!closure) continue;
    ++months_with_closure;
    REQUIRE(closure->from_hours == again->from_hours);
    REQUIRE_THAT(closure->to_hours - closure->from_hours, Catch::Matchers::WithinAbs(24.0, 1e-9));
    REQUIRE(closure->from_hours >= c.month_start_hours(m % 40 - 20));
    REQUIRE(closure->from_hours < c.month_start_hours(m % 40 - 20 + 1));
  }
  // Binomial(4000, 0.5): standard deviation 31.6.
  CHECK(std::abs(months_with_closure - 2000) < 5 * 31.7);
}

TEST_CASE("monthly probabilities follow the calendar month", "[sim][closures]") {
  model::Disruption d = random_disruption(0.0, model::Distribution(model::Fixed{1.0}));
  d.monthly_probability[1] = 1.0;  // February only
  const ClosureModel c(with_disruptions({d}, {2025, 1, 1}));
  for (std::uint64_t r = 0; r < 50; ++r) {
    const std::uint64_t key = stream_key(1, r);
    CHECK_FALSE(c.random_closure(0, 0, key));  // January 2025
    CHECK(c.random_closure(0, 1, key));        // February 2025
    CHECK(c.random_closure(0, -11, key));      // February 2024
    CHECK_FALSE(c.random_closure(0, 2, key));  // March 2025
  }
}

TEST_CASE("long closures are seen from later months", "[sim][closures]") {
  // A closure in every month lasting 1000 h (about six weeks): lookback ceil(1000/672) + 1.
  const ClosureModel c(
      with_disruptions({random_disruption(1.0, model::Distribution(model::Fixed{1000.0}))}));
  CHECK(c.lookback_months(0) == 3);
  const std::vector<std::uint32_t> d{0};
  int delayed = 0;
  for (std::uint64_t r = 0; r < 50; ++r) {
    const std::uint64_t key = stream_key(2, r);
    const double t = 2000.0;
    const double open = c.reopen(d, t, key);
    REQUIRE(open >= t);
    delayed += open > t ? 1 : 0;
    // Brute force over a wide range of months: no closure covers the reopening time.
    for (std::int64_t m = -10; m <= 40; ++m) {
      const auto closure = c.random_closure(0, m, key);
      REQUIRE(closure);
      REQUIRE_FALSE((closure->from_hours <= open && open < closure->to_hours));
    }
  }
  // A month's closure covers t unless it started more than 1000 h before; with one per month
  // nearly every time is closed (P(open) < 0.1 here).
  CHECK(delayed > 40);
}

TEST_CASE("a link closed for ever never reopens", "[sim][closures]") {
  // Closures of 2000 h every month overlap without end.
  const ClosureModel c(
      with_disruptions({random_disruption(1.0, model::Distribution(model::Fixed{2000.0}))}));
  const std::vector<std::uint32_t> d{0};
  CHECK(c.reopen(d, 100.0, stream_key(1, 1)) == std::numeric_limits<double>::infinity());
}

TEST_CASE("lookback follows the duration's far quantile", "[sim][closures]") {
  const ClosureModel c(with_disruptions(
      {random_disruption(0.1, model::Distribution::lognormal_from_median_p95(48.0, 120.0)),
       random_disruption(0.1, model::Distribution(model::Fixed{10.0}))}));
  // Lognormal: the 1 - 1e-9 quantile is 48 * 2.5^(5.998 / 1.645) = 1356 h: 3 months + 1.
  CHECK(c.lookback_months(0) == 4);
  CHECK(c.lookback_months(1) == 2);
}

}  // namespace
}  // namespace corridor::sim
