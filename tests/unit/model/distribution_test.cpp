#include <cmath>

#include <catch2/catch.hpp>

#include <corridor/model/det_math.hpp>
#include <corridor/model/distribution.hpp>

namespace corridor::model {
namespace {

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

TEST_CASE("Fixed and uniform", "[model][distribution]") {
  const Distribution f(Fixed{7.5});
  CHECK(f.is_fixed());
  CHECK(f.mean() == 7.5);
  CHECK(f.variance() == 0.0);
  CHECK(f.lower_bound() == 7.5);
  CHECK(f.quantile(0.3) == 7.5);

  const Distribution u(Uniform{2.0, 10.0});
  CHECK(u.mean() == 6.0);
  CHECK(u.variance() == Approx(64.0 / 12.0));
  CHECK(u.lower_bound() == 2.0);
  CHECK(u.quantile(0.25) == 4.0);
  CHECK(u.quantile(1.0) == 10.0);
}

TEST_CASE("Triangular", "[model][distribution]") {
  const Distribution t(Triangular{1.0, 2.0, 4.0});
  CHECK(t.mean() == Approx(7.0 / 3.0));
  // (a^2 + b^2 + c^2 - ab - ac - bc) / 18 = (1 + 16 + 4 - 4 - 2 - 8) / 18
  CHECK(t.variance() == Approx(7.0 / 18.0));
  // CDF at the mode is (2 - 1) / (4 - 1) = 1/3. Left: 1 + sqrt(p * 3 * 1); right: 4 - sqrt((1-p) *
  // 3 * 2).
  CHECK_THAT(t.quantile(1.0 / 12.0), WithinRel(1.5, 1e-15));
  CHECK_THAT(t.quantile(0.5), WithinRel(4.0 - std::sqrt(3.0), 1e-15));
  CHECK(t.quantile(0.0) == 1.0);
  CHECK(t.quantile(1.0) == 4.0);
}

TEST_CASE("PERT", "[model][distribution]") {
  SECTION("symmetric: Beta(3, 3) on [0, 1]") {
    const Distribution p(Pert{0.0, 0.5, 1.0, 4.0});
    CHECK(p.mean() == 0.5);
    // alpha beta / ((alpha + beta)^2 (alpha + beta + 1)) = 9 / (36 * 7)
    CHECK(p.variance() == Approx(1.0 / 28.0));
    // Beta(3,3) CDF is 10x^3 - 15x^4 + 6x^5: at 1/4 it is 0.103515625 exactly.
    CHECK_THAT(p.quantile(0.103515625), WithinAbs(0.25, 1e-12));
    CHECK_THAT(p.quantile(0.5), WithinAbs(0.5, 1e-12));
    CHECK_THAT(p.quantile(1.0 - 0.103515625), WithinAbs(0.75, 1e-12));
  }
  SECTION("skewed, scaled") {
    const Distribution p(Pert{10.0, 20.0, 40.0, 4.0});
    CHECK(p.mean() == Approx((10.0 + 4.0 * 20.0 + 40.0) / 6.0));
    // alpha = 1 + 4 * 10/30 = 7/3, beta = 1 + 4 * 20/30 = 11/3.
    const double a = 7.0 / 3.0;
    const double b = 11.0 / 3.0;
    CHECK(p.variance() == Approx(900.0 * a * b / ((a + b) * (a + b) * (a + b + 1.0))));
    CHECK(p.lower_bound() == 10.0);
    CHECK(p.quantile(0.0) == 10.0);
    CHECK(p.quantile(1.0) == 40.0);
    // Beta(a, 1) with lambda chosen so that beta = 1 has CDF x^a: a = 3 here.
    const Distribution q(Pert{0.0, 1.0, 1.0, 2.0});
    CHECK_THAT(q.quantile(0.125), WithinAbs(0.5, 1e-12));
  }
}

TEST_CASE("Log-normal factories", "[model][distribution]") {
  SECTION("median and p95 are recovered by quantile") {
    const Distribution d = Distribution::lognormal_from_median_p95(48.0, 120.0);
    CHECK_THAT(d.quantile(0.5), WithinRel(48.0, 1e-14));
    CHECK_THAT(d.quantile(0.95), WithinRel(120.0, 1e-14));
    const auto& ln = std::get<LogNormal>(d.variant());
    CHECK_THAT(ln.mu, WithinRel(std::log(48.0), 1e-15));
    CHECK_THAT(ln.sigma, WithinRel(std::log(2.5) / kZ95, 1e-14));
  }
  SECTION("with a shift") {
    const Distribution d = Distribution::lognormal_from_median_p95(48.0, 120.0, 10.0);
    CHECK(d.lower_bound() == 10.0);
    CHECK(d.quantile(0.0) == 10.0);
    CHECK_THAT(d.quantile(0.5), WithinRel(48.0, 1e-14));
    CHECK_THAT(d.quantile(0.95), WithinRel(120.0, 1e-14));
  }
  SECTION("mean and sd are recovered by mean and variance") {
    const Distribution d = Distribution::lognormal_from_mean_sd(10.0, 3.0, 2.0);
    CHECK_THAT(d.mean(), WithinRel(10.0, 1e-14));
    CHECK_THAT(d.variance(), WithinRel(9.0, 1e-13));
    // A tiny sd stays accurate (log1p / expm1 avoid cancellation).
    const Distribution tight = Distribution::lognormal_from_mean_sd(10.0, 1e-6);
    CHECK_THAT(tight.variance(), WithinRel(1e-12, 1e-8));
  }
  SECTION("standard normal quantiles") {
    const Distribution d(LogNormal{0.0, 1.0, 0.0});
    // log of the log-normal quantile is the normal quantile (reference values to 16 digits).
    CHECK_THAT(det_log(d.quantile(0.975)), WithinAbs(1.959963984540054, 2e-15));
    CHECK_THAT(det_log(d.quantile(0.025)), WithinAbs(-1.959963984540054, 2e-15));
    CHECK_THAT(det_log(d.quantile(1e-9)), WithinRel(-5.997807015007686, 1e-14));
    CHECK_THAT(det_log(d.quantile(0.3)), WithinAbs(-0.5244005127080407, 2e-15));
    CHECK(d.quantile(0.5) == 1.0);
  }
}

TEST_CASE("Empirical samples", "[model][distribution]") {
  const Distribution d(EmpiricalSamples{{1.0, 2.0, 3.0, 10.0}});
  CHECK(d.mean() == 4.0);
  CHECK(d.variance() == Approx((9.0 + 4.0 + 1.0 + 36.0) / 4.0));
  CHECK(d.lower_bound() == 1.0);
  // The smallest sample whose CDF reaches p.
  CHECK(d.quantile(0.0) == 1.0);
  CHECK(d.quantile(0.25) == 1.0);
  CHECK(d.quantile(0.26) == 2.0);
  CHECK(d.quantile(0.75) == 3.0);
  CHECK(d.quantile(1.0) == 10.0);
}

TEST_CASE("Empirical quantiles", "[model][distribution]") {
  const Distribution d(EmpiricalQuantiles{{0.0, 0.5, 1.0}, {0.0, 10.0, 30.0}});
  CHECK(d.quantile(0.25) == 5.0);
  CHECK(d.quantile(0.75) == 20.0);
  CHECK(d.quantile(1.0) == 30.0);
  // Halves uniform on [0, 10] and [10, 30]: mean 0.5 * 5 + 0.5 * 20,
  // E[X^2] = 0.5 * 100/3 + 0.5 * (30^3 - 10^3) / 60.
  CHECK(d.mean() == Approx(12.5));
  CHECK(d.variance() == Approx(0.5 * 100.0 / 3.0 + 0.5 * 26000.0 / 60.0 - 12.5 * 12.5));
  CHECK(d.lower_bound() == 0.0);
}

TEST_CASE("scaled multiplies every value", "[model][distribution]") {
  CHECK(Distribution(Uniform{1.0, 3.0}).scaled(24.0).mean() == 48.0);
  CHECK(Distribution(Triangular{1.0, 2.0, 4.0}).scaled(2.0).quantile(1.0) == 8.0);
  const Distribution ln = Distribution::lognormal_from_median_p95(2.0, 5.0, 1.0).scaled(24.0);
  CHECK_THAT(ln.quantile(0.5), WithinRel(48.0, 1e-14));
  CHECK(ln.lower_bound() == 24.0);
  CHECK(Distribution(EmpiricalQuantiles{{0.0, 1.0}, {1.0, 2.0}}).scaled(3.0).quantile(0.5) == 4.5);
  CHECK(Distribution(Pert{0.0, 0.5, 1.0, 4.0}).scaled(2.0).mean() == 1.0);
}

}  // namespace
}  // namespace corridor::model
