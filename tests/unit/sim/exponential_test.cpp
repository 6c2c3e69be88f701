// The exponential ziggurat against the exponential distribution: moments, the tail beyond the
// base layer, and the Kolmogorov-Smirnov distance of a large sample, for a fixed seed.

#include <algorithm>
#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/sim/exponential.hpp>

namespace corridor::sim {
namespace {

TEST_CASE("the exponential ziggurat draws Exp(1)", "[sim][exponential]") {
  constexpr std::size_t kN = 2'000'000;
  Xoshiro256pp rng(99);
  std::vector<double> x(kN);
  double sum = 0.0;
  double sum_sq = 0.0;
  std::size_t beyond_tail = 0;
  for (double& v : x) {
    v = standard_exponential(rng);
    REQUIRE(v >= 0.0);
    sum += v;
    sum_sq += v * v;
    beyond_tail += v > 7.69711747013104972 ? 1U : 0U;
  }
  const double n = static_cast<double>(kN);
  const double mean = sum / n;
  const double var = sum_sq / n - mean * mean;
  // Mean 1, variance 1: standard errors 1/sqrt(n) = 0.0007 and sqrt(8/n) = 0.002; 5 of them.
  CHECK(std::abs(mean - 1.0) < 5.0 * 0.0007);
  CHECK(std::abs(var - 1.0) < 5.0 * 0.002);
  // Beyond the tail start r: probability e^-r = 4.54e-4, 908 expected, sd 30.
  CHECK(std::abs(static_cast<double>(beyond_tail) - n * std::exp(-7.69711747013104972)) < 150.0);
  // Kolmogorov-Smirnov: sup |F_n - F| below 1.95 / sqrt(n) (0.1 % level).
  std::sort(x.begin(), x.end());
  double d = 0.0;
  for (std::size_t i = 0; i < kN; ++i) {
    const double f = 1.0 - std::exp(-x[i]);
    d = std::max({d, std::abs(f - static_cast<double>(i) / n),
                  std::abs(static_cast<double>(i + 1) / n - f)});
  }
  CHECK(d < 1.95 / std::sqrt(n));
}

TEST_CASE("the exponential ziggurat gives the same bits from the same stream",
          "[sim][exponential]") {
  Xoshiro256pp a(5);
  Xoshiro256pp b(5);
  for (int i = 0; i < 1000; ++i)
    REQUIRE(standard_exponential(a) == standard_exponential(b));
}

}  // namespace
}  // namespace corridor::sim
