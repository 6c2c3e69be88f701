// Random closures at a monthly rate: a Poisson number of closures starts in each calendar month,
// so a month can see several (storms in a bad January), and the old yes/no form stays as it was.

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/sim/closures.hpp>
#include <corridor/sim/rng.hpp>

#include "support/scenario_text.hpp"

namespace corridor::sim {
namespace {

std::string scenario_with(const std::string& disruption) {
  return R"(
scenario: storms
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, source: s}
  - {id: B, name: B, country: AZ, kind: seaport, source: s}
links:
  - {id: AB, from: A, to: B, mode: sea, distance_km: 500, hours: 10, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 0, source: s}
disruptions:
  - {id: STORMS, links: [AB], )" +
         disruption + R"(, source: s}
)";
}

TEST_CASE("closures at a monthly rate overlap as a Poisson process predicts", "[sim][closures]") {
  // Six closures of 24 h a month: in June (720 h) a time is closed unless no closure started in
  // the 24 h before it, which has probability exp(-6 x 24 / 720) (M/G/infinity): P(closed) =
  // 1 - exp(-0.2) = 0.18127. A yes/no draw per month could never close it this often.
  const auto s = test::scenario_from(scenario_with("monthly_rate: 6, duration: {hours: 24}"));
  const ClosureModel c(s);
  const std::vector<std::uint32_t> d{0};
  const double june_15_noon = (31 + 28 + 31 + 30 + 31 + 14) * 24.0 + 12.0;
  constexpr int kKeys = 20000;
  int closed = 0;
  for (std::uint64_t r = 0; r < kKeys; ++r)
    closed += c.reopen(d, june_15_noon, stream_key(9, r)) > june_15_noon ? 1 : 0;
  // Binomial standard error sqrt(p (1 - p) / n) = 0.00272; 4 of them.
  CHECK(static_cast<double>(closed) / kKeys == Approx(1.0 - std::exp(-0.2)).margin(0.0109));
}

TEST_CASE("a month starts a Poisson number of closures", "[sim][closures]") {
  const auto s = test::scenario_from(scenario_with("monthly_rate: 2.5, duration: {hours: 24}"));
  const ClosureModel c(s);
  constexpr int kMonths = 4000;
  double sum = 0.0;
  double sum_sq = 0.0;
  int none = 0;
  for (int m = 0; m < kMonths; ++m) {
    const auto month = static_cast<std::int64_t>(m % 48) - 24;
    const auto closures = c.random_closures(0, month, stream_key(5, static_cast<std::uint64_t>(m)));
    for (const ClosureInterval& ci : closures) {
      REQUIRE(ci.from_hours >= c.month_start_hours(month));
      REQUIRE(ci.from_hours < c.month_start_hours(month + 1));
      REQUIRE(ci.to_hours - ci.from_hours == Approx(24.0));
    }
    const auto n = static_cast<double>(closures.size());
    sum += n;
    sum_sq += n * n;
    none += closures.empty() ? 1 : 0;
  }
  const double mean = sum / kMonths;
  const double variance = sum_sq / kMonths - mean * mean;
  // Poisson(2.5): mean and variance 2.5; the mean of 4000 has a standard error of 0.025, the
  // variance about sqrt((2.5 + 2 x 2.5^2) / 4000) = 0.061; P(0) = exp(-2.5) = 0.0821 with a
  // standard error of 0.0043. 4 standard errors each.
  CHECK(mean == Approx(2.5).margin(0.1));
  CHECK(variance == Approx(2.5).margin(0.25));
  CHECK(static_cast<double>(none) / kMonths == Approx(std::exp(-2.5)).margin(0.0174));
}

TEST_CASE("monthly_probability still means at most one closure a month", "[sim][closures]") {
  const auto s =
      test::scenario_from(scenario_with("monthly_probability: 0.5, duration: {hours: 24}"));
  const ClosureModel c(s);
  for (std::uint64_t r = 0; r < 500; ++r) {
    const auto list = c.random_closures(0, 3, stream_key(1, r));
    const auto one = c.random_closure(0, 3, stream_key(1, r));
    REQUIRE(list.size() == (one ? 1U : 0U));
    if (one) REQUIRE(list[0].from_hours == one->from_hours);
  }
}

TEST_CASE("monthly_rate and monthly_probability exclude each other", "[sim][closures]") {
  CHECK(test::errors_of(scenario_with("monthly_rate: 1, monthly_probability: 0.5, "
                                      "duration: {hours: 24}")) ==
        "test.yaml:11:31: error: disruptions[0].monthly_rate: give either monthly_probability "
        "(at most one closure a month) or monthly_rate (a Poisson number of closures a month), "
        "not both\n");
}

}  // namespace
}  // namespace corridor::sim
