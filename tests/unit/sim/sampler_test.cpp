#include <algorithm>
#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/model/distribution.hpp>
#include <corridor/sim/rng.hpp>
#include <corridor/sim/sampler.hpp>
#include <corridor/sim/statistics.hpp>

#include "sim/ziggurat.hpp"

namespace corridor::sim {
namespace {

using model::Distribution;

/// n draws through the batch path, lane by lane in replication order.
std::vector<double> draw_lanes(const Sampler& s, std::uint64_t seed, std::size_t n) {
  std::vector<double> out;
  std::array<double, kLanes> batch{};
  for (std::uint64_t first = 0; out.size() < n; first += kLanes) {
    LaneStreams lanes;
    lanes.seed(seed, first);
    s.sample_lanes(lanes, batch);
    out.insert(out.end(), batch.begin(), batch.end());
  }
  out.resize(n);
  return out;
}

/// Checks mean and variance of `n` batch draws against the distribution's own moments.
/// The mean's tolerance is 5 standard errors (sd / sqrt(n)); the variance's is 5 standard
/// errors of a sample variance, sd^2 sqrt((excess kurtosis + 2) / n), with an upper bound
/// of the excess kurtosis given per family.
void check_moments(const Distribution& d, double excess_kurtosis, std::size_t n = 200000) {
  const Moments m = Moments::of(draw_lanes(Sampler(d), 99, n));
  const double var = d.variance();
  const auto count = static_cast<double>(n);
  CHECK(std::abs(m.mean - d.mean()) < 5.0 * std::sqrt(var / count));
  CHECK(std::abs(m.variance() - var) < 5.0 * var * std::sqrt((excess_kurtosis + 2.0) / count));
  CHECK(m.min >= d.lower_bound());
}

TEST_CASE("each family's sample moments match its distribution", "[sim][sampler]") {
  SECTION("uniform") {
    check_moments(Distribution(model::Uniform{2.0, 10.0}), -1.2);
  }
  SECTION("triangular") {
    check_moments(Distribution(model::Triangular{10.0, 20.0, 40.0}), -0.6);
  }
  SECTION("triangular, mode at an end") {
    check_moments(Distribution(model::Triangular{0.0, 0.0, 1.0}), -0.6);
  }
  SECTION("PERT") {
    check_moments(Distribution(model::Pert{10.0, 20.0, 40.0, 4.0}), 0.0);
  }
  SECTION("PERT, lambda 0 (uniform)") {
    check_moments(Distribution(model::Pert{0.0, 0.3, 1.0, 0.0}), -1.2);
  }
  SECTION("log-normal") {
    // sigma = ln 2.5 / 1.645 = 0.557: excess kurtosis e^(4s^2) + 2e^(3s^2) + 3e^(2s^2) - 6 = 8.1.
    check_moments(Distribution::lognormal_from_median_p95(24.0, 60.0, 5.0), 8.2);
  }
  SECTION("empirical samples") {
    check_moments(Distribution(model::EmpiricalSamples{{1.0, 2.0, 3.0, 10.0}}), 0.0);
  }
  SECTION("empirical quantiles") {
    check_moments(
        Distribution(model::EmpiricalQuantiles{{0.0, 0.5, 0.9, 1.0}, {0.0, 10.0, 30.0, 80.0}}),
        3.0);
  }
}

TEST_CASE("batch sampling returns exactly the scalar samples", "[sim][sampler]") {
  const std::vector<Distribution> families{
      Distribution(model::Fixed{3.25}),
      Distribution(model::Uniform{2.0, 10.0}),
      Distribution(model::Triangular{10.0, 20.0, 40.0}),
      Distribution(model::Pert{10.0, 20.0, 40.0, 4.0}),
      Distribution(model::Pert{0.0, 0.01, 1.0, 30.0}),  // skewed: more first-attempt rejections
      Distribution::lognormal_from_median_p95(24.0, 48.0),
      Distribution::lognormal_from_median_p95(5.0, 50.0, 2.0),  // wide: sigma = 1.64
      Distribution(model::EmpiricalSamples{{5.0, 1.0, 7.0}}),
      Distribution(model::EmpiricalQuantiles{{0.0, 0.2, 1.0}, {1.0, 2.0, 9.0}}),
  };
  for (std::size_t f = 0; f < families.size(); ++f) {
    const Sampler s(families[f]);
    // 100 batches of 64 lanes meet about 100 ziggurat rejections per normal draw.
    for (std::uint64_t batch = 0; batch < 100; ++batch) {
      LaneStreams lanes;
      lanes.seed(5, batch * kLanes);
      const LaneStreams start = lanes;
      std::array<double, kLanes> out{};
      s.sample_lanes(lanes, out);
      s.sample_lanes(lanes, out);  // a second draw, from where the first left each stream
      for (std::size_t j = 0; j < kLanes; ++j) {
        Xoshiro256pp g = start.get(j);
        (void)s.sample(g);
        INFO("family " << f << ", batch " << batch << ", lane " << j);
        REQUIRE(s.sample(g) == out[j]);
        REQUIRE(g.state() == lanes.get(j).state());
      }
    }
  }
}

TEST_CASE("log-normal median and p95 are recovered from samples", "[sim][sampler]") {
  // 200000 draws: the standard error of a sample p-quantile is sqrt(p(1-p)/n) / f(x_p), about
  // 0.13 % of the median and 0.3 % of the p95 here; 1 % and 2 % are over 5 of them.
  std::vector<double> x =
      draw_lanes(Sampler(Distribution::lognormal_from_median_p95(48.0, 120.0)), 3, 200000);
  std::sort(x.begin(), x.end());
  CHECK_THAT(percentile_of_sorted(x, 0.5), Catch::Matchers::WithinRel(48.0, 0.01));
  CHECK_THAT(percentile_of_sorted(x, 0.95), Catch::Matchers::WithinRel(120.0, 0.02));
}

TEST_CASE("standard normal from the ziggurat", "[sim][sampler]") {
  Xoshiro256pp g(21);
  constexpr int kDraws = 1000000;
  std::vector<double> z(kDraws);
  int tail = 0;
  const double r = detail::ziggurat_tables().r;
  for (double& v : z) {
    v = standard_normal(g);
    tail += std::abs(v) > r ? 1 : 0;
  }
  const Moments m = Moments::of(z);
  CHECK(std::abs(m.mean) < 5.0 / 1000.0);  // 5 standard errors of 1/sqrt(n)
  CHECK(std::abs(m.variance() - 1.0) < 5.0 * std::sqrt(2.0 / kDraws));
  // P(|Z| > r) = 2.58e-4 for r = 3.6542: 258 expected, standard deviation 16.
  CHECK(std::abs(tail - 258.0) < 5.0 * 16.1);
  // The ziggurat's layers close: the top layer has area v too.
  const auto& t = detail::ziggurat_tables();
  const double top = t.width[255] * (1.0 - t.f_outer[255]);
  CHECK_THAT(top, Catch::Matchers::WithinRel(t.area, 1e-9));
}

TEST_CASE("Gamma variates, including shapes below 1", "[sim][sampler]") {
  for (const double alpha : {0.4, 1.0, 2.5, 30.0}) {
    Xoshiro256pp g(31);
    constexpr int kDraws = 200000;
    std::vector<double> x(kDraws);
    for (double& v : x)
      v = gamma_variate(gamma_params(alpha), g);
    const Moments m = Moments::of(x);
    // Gamma(alpha, 1): mean = variance = alpha, excess kurtosis 6 / alpha.
    INFO("alpha " << alpha);
    CHECK(std::abs(m.mean - alpha) < 5.0 * std::sqrt(alpha / kDraws));
    CHECK(std::abs(m.variance() - alpha) < 5.0 * alpha * std::sqrt((6.0 / alpha + 2.0) / kDraws));
    CHECK(m.min > 0.0);
  }
}

TEST_CASE("empirical samplers pick the right values", "[sim][sampler]") {
  SECTION("samples: each value equally likely") {
    const auto x =
        draw_lanes(Sampler(Distribution(model::EmpiricalSamples{{5.0, 1.0, 7.0}})), 8, 90000);
    const auto ones = std::count(x.begin(), x.end(), 1.0);
    const auto fives = std::count(x.begin(), x.end(), 5.0);
    const auto sevens = std::count(x.begin(), x.end(), 7.0);
    CHECK(ones + fives + sevens == 90000);
    // Binomial(90000, 1/3): standard deviation 141.
    for (const auto c : {ones, fives, sevens})
      CHECK(std::abs(static_cast<double>(c) - 30000.0) < 5 * 141.5);
  }
  SECTION("quantiles: the CDF at the knots") {
    const auto x = draw_lanes(
        Sampler(Distribution(model::EmpiricalQuantiles{{0.0, 0.2, 1.0}, {1.0, 2.0, 9.0}})), 9,
        100000);
    const auto below2 = std::count_if(x.begin(), x.end(), [](double v) { return v < 2.0; });
    const auto below5 = std::count_if(x.begin(), x.end(), [](double v) { return v < 5.5; });
    // P(X < 2) = 0.2 and P(X < 5.5) = 0.2 + 0.8 * 3.5 / 7 = 0.6; standard deviations 126, 155.
    CHECK(std::abs(static_cast<double>(below2) - 20000.0) < 5 * 126.5);
    CHECK(std::abs(static_cast<double>(below5) - 60000.0) < 5 * 155.0);
    CHECK(*std::min_element(x.begin(), x.end()) >= 1.0);
    CHECK(*std::max_element(x.begin(), x.end()) <= 9.0);
  }
}

TEST_CASE("fixed distributions draw nothing", "[sim][sampler]") {
  const Sampler s(Distribution(model::Fixed{4.0}));
  CHECK(s.is_fixed());
  CHECK(s.fixed_value() == 4.0);
  Xoshiro256pp g(1);
  const auto before = g.state();
  CHECK(s.sample(g) == 4.0);
  CHECK(g.state() == before);
  CHECK(Sampler().sample(g) == 0.0);
}

}  // namespace
}  // namespace corridor::sim
