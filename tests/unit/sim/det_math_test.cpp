#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include <corridor/model/det_math.hpp>
#include <corridor/sim/rng.hpp>

namespace corridor::model {
namespace {

using Catch::Matchers::WithinULP;

// libm is accurate to within about half an ulp on glibc; the deterministic functions promise
// about one, so two ulps apart from libm is the bound checked.
constexpr std::uint64_t kUlps = 2;

TEST_CASE("det_exp agrees with libm", "[sim][det_math]") {
  sim::Xoshiro256pp g(11);
  for (int i = 0; i < 200000; ++i) {
    const double x = -745.0 + 1454.0 * sim::to_unit(g());
    REQUIRE_THAT(det_exp(x), WithinULP(std::exp(x), kUlps));
  }
  CHECK(det_exp(0.0) == 1.0);
  CHECK(det_exp(-1e-300) == 1.0);
  CHECK(det_exp(710.0) == std::numeric_limits<double>::infinity());
  CHECK(det_exp(-746.0) == 0.0);
  CHECK(std::isnan(det_exp(std::numeric_limits<double>::quiet_NaN())));
  CHECK_THAT(det_exp(-740.0), WithinULP(std::exp(-740.0), kUlps));  // subnormal result
}

TEST_CASE("det_log agrees with libm", "[sim][det_math]") {
  sim::Xoshiro256pp g(12);
  for (int i = 0; i < 200000; ++i) {
    const double x = std::ldexp(1.0 + sim::to_unit(g()), static_cast<int>(g() % 2000) - 1000);
    REQUIRE_THAT(det_log(x), WithinULP(std::log(x), kUlps));
  }
  CHECK(det_log(1.0) == 0.0);
  CHECK_THAT(det_log(5e-320), WithinULP(std::log(5e-320), kUlps));  // subnormal argument
  CHECK(det_log(0.0) == -std::numeric_limits<double>::infinity());
  CHECK(std::isnan(det_log(-1.0)));
  CHECK(det_log(std::numeric_limits<double>::infinity()) ==
        std::numeric_limits<double>::infinity());
}

TEST_CASE("det_log1p and det_expm1 keep small arguments accurate", "[sim][det_math]") {
  for (const double x : {1e-300, 1e-17, -3e-12, 2e-8, 0.3, -0.45, 0.7, 5.0}) {
    CHECK_THAT(det_log1p(x), WithinULP(std::log1p(x), kUlps));
    CHECK_THAT(det_expm1(x), WithinULP(std::expm1(x), kUlps));
  }
  CHECK_THAT(det_pow(2.0, 10.0), WithinULP(1024.0, kUlps));
}

TEST_CASE("det_exp and det_log are usable in constant expressions", "[sim][det_math]") {
  constexpr double e = det_exp(1.0);
  constexpr double one = det_log(e);
  STATIC_REQUIRE(e > 2.718281828 && e < 2.718281829);
  STATIC_REQUIRE(one > 0.999999999999 && one < 1.000000000001);
}

}  // namespace
}  // namespace corridor::model
