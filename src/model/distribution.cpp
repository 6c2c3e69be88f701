#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>

#include <corridor/model/det_math.hpp>
#include <corridor/model/distribution.hpp>
#include <corridor/model/overloaded.hpp>

// Every transcendental function here comes from det_math.hpp, so that parameters derived from a
// scenario (a log-normal's mu, a mean used for routing) are the same bits on every machine.

namespace corridor::model {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kSqrtPi = 1.7724538509055160273;
constexpr double kSqrt2Pi = 2.5066282746310005024;
constexpr double kHalfLog2Pi = 0.91893853320467274178;
constexpr double kInvSqrt2 = 0.70710678118654752440;

/// erfc(x) for x >= 0. Below 0.5 as 1 - erf from the all-positive series
/// erf x = 2/sqrt(pi) e^(-x^2) sum 2^n x^(2n+1) / (1*3*...*(2n+1)) (erfc > 0.47 there, so the
/// subtraction loses nothing); from 0.5 on from the continued fraction
/// erfc x = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated backwards
/// from a depth at which it has converged to 1e-16 (1000 terms at x = 0.5, 100 beyond 1.5).
double erfc_nonnegative(double x) {
  const double gauss = det_exp(-x * x);
  if (x < 0.5) {
    double term = x;
    double sum = 0.0;
    for (int n = 1; n < 200 && term > sum * 1e-17; ++n) {
      sum += term;
      term *= 2.0 * x * x / (2.0 * n + 1.0);
    }
    return 1.0 - 2.0 / kSqrtPi * gauss * sum;
  }
  double t = x;
  for (int k = x < 1.5 ? 1000 : 100; k >= 1; --k)
    t = x + (0.5 * k) / t;
  return gauss / kSqrtPi / t;
}

/// Standard normal CDF at z <= 0 (relative accuracy about 1e-15 down to the far tail).
double normal_cdf_nonpositive(double z) {
  return 0.5 * erfc_nonnegative(-z * kInvSqrt2);
}

/// Phi^-1(p) for 0 < p < 1: the Abramowitz-Stegun 26.2.23 start (error < 5e-4), then Halley
/// steps on Phi(z) = p, which converge cubically; four or five reach full precision.
double normal_quantile(double p) {
  if (p <= 0.0) return -kInf;
  if (p >= 1.0) return kInf;
  if (p == 0.5) return 0.0;
  if (p > 0.5) return -normal_quantile(1.0 - p);  // 1 - p is exact for p >= 0.5
  const double t = std::sqrt(-2.0 * det_log(p));
  double z = -(t - (2.515517 + t * (0.802853 + t * 0.010328)) /
                       (1.0 + t * (1.432788 + t * (0.189269 + t * 0.001308))));
  for (int i = 0; i < 12; ++i) {
    const double excess = normal_cdf_nonpositive(std::min(z, 0.0)) - p;
    const double u = excess * kSqrt2Pi * det_exp(0.5 * z * z);
    const double step = u / (1.0 + 0.5 * z * u);
    z -= step;
    if (std::abs(step) <= 1e-16 * std::abs(z)) break;
  }
  return z;
}

/// log Gamma(z) for z > 0: shifted up to z >= 10, then Stirling's series to z^-13 (error below
/// 3e-17 there).
double log_gamma(double z) {
  double shift_log = 0.0;
  double product = 1.0;
  while (z < 10.0) {
    product *= z;
    z += 1.0;
  }
  shift_log = det_log(product);
  const double inv = 1.0 / z;
  const double inv2 = inv * inv;
  double series = 1.0 / 156.0;
  series = series * inv2 - 691.0 / 360360.0;
  series = series * inv2 + 1.0 / 1188.0;
  series = series * inv2 - 1.0 / 1680.0;
  series = series * inv2 + 1.0 / 1260.0;
  series = series * inv2 - 1.0 / 360.0;
  series = series * inv2 + 1.0 / 12.0;
  return (z - 0.5) * det_log(z) - z + kHalfLog2Pi + series * inv - shift_log;
}

/// Continued fraction of the regularised incomplete beta function, by the modified Lentz
/// method; converges fast for x < (a + 1) / (a + b + 2).
double beta_continued_fraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300;
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  d = 1.0 / (std::abs(d) < kTiny ? kTiny : d);
  double h = d;
  for (int m = 1; m <= 500; ++m) {
    const double dm = m;
    const double even = dm * (b - dm) * x / ((a + 2.0 * dm - 1.0) * (a + 2.0 * dm));
    const double odd = -(a + dm) * (a + b + dm) * x / ((a + 2.0 * dm) * (a + 2.0 * dm + 1.0));
    for (const double coefficient : {even, odd}) {
      d = 1.0 + coefficient * d;
      d = 1.0 / (std::abs(d) < kTiny ? kTiny : d);
      c = 1.0 + coefficient / c;
      if (std::abs(c) < kTiny) c = kTiny;
      h *= d * c;
    }
    if (std::abs(d * c - 1.0) < 1e-16) break;
  }
  return h;
}

/// I_x(a, b), the CDF of Beta(a, b) at x.
double incomplete_beta(double a, double b, double x) {
  if (x <= 0.0) return 0.0;
  if (x >= 1.0) return 1.0;
  const double log_front =
      a * det_log(x) + b * det_log1p(-x) - (log_gamma(a) + log_gamma(b) - log_gamma(a + b));
  const double front = det_exp(log_front);
  if (x < (a + 1.0) / (a + b + 2.0)) return front * beta_continued_fraction(a, b, x) / a;
  return 1.0 - front * beta_continued_fraction(b, a, 1.0 - x) / b;
}

struct PertShape {
  double alpha;
  double beta;
};

PertShape pert_shape(const Pert& d) {
  const double range = d.max - d.min;
  return {1.0 + d.lambda * (d.mode - d.min) / range, 1.0 + d.lambda * (d.max - d.mode) / range};
}

double triangular_quantile(const Triangular& d, double p) {
  const double range = d.max - d.min;
  const double split = (d.mode - d.min) / range;
  if (p < split) return d.min + std::sqrt(p * (range * (d.mode - d.min)));
  return d.max - std::sqrt((1.0 - p) * (range * (d.max - d.mode)));
}

double pert_quantile(const Pert& d, double p) {
  if (p <= 0.0) return d.min;
  if (p >= 1.0) return d.max;
  const auto [alpha, beta] = pert_shape(d);
  double lo = 0.0;
  double hi = 1.0;
  // Bisection until the bracket stops shrinking (about 1e-16 of the range): I_x is monotone,
  // so this cannot fail, and its fixed sequence of steps keeps the result reproducible.
  for (int i = 0; i < 200; ++i) {
    const double mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    (incomplete_beta(alpha, beta, mid) < p ? lo : hi) = mid;
  }
  return d.min + (d.max - d.min) * (0.5 * (lo + hi));
}

double quantiles_quantile(const EmpiricalQuantiles& d, double p) {
  const auto& ps = d.probabilities;
  const auto& vs = d.values;
  if (vs.empty()) return 0.0;
  if (vs.size() == 1 || p <= 0.0) return vs.front();
  if (p >= 1.0) return vs.back();
  const auto it = std::upper_bound(ps.begin(), ps.end(), p);
  const auto j = std::min(
      static_cast<std::size_t>(std::max(it - ps.begin(), std::ptrdiff_t{1})) - 1, vs.size() - 2);
  return vs[j] + (p - ps[j]) * ((vs[j + 1] - vs[j]) / (ps[j + 1] - ps[j]));
}

}  // namespace

double Distribution::mean() const {
  return std::visit(
      Overloaded{
          [](const Fixed& d) { return d.value; },
          [](const Uniform& d) { return 0.5 * (d.min + d.max); },
          [](const Triangular& d) { return (d.min + d.mode + d.max) / 3.0; },
          [](const Pert& d) { return (d.min + d.lambda * d.mode + d.max) / (d.lambda + 2.0); },
          [](const LogNormal& d) { return d.shift + det_exp(d.mu + 0.5 * d.sigma * d.sigma); },
          [](const EmpiricalSamples& d) {
            if (d.values.empty()) return 0.0;
            return std::accumulate(d.values.begin(), d.values.end(), 0.0) /
                   static_cast<double>(d.values.size());
          },
          [](const EmpiricalQuantiles& d) {
            if (d.values.size() < 2) return d.values.empty() ? 0.0 : d.values.front();
            double sum = 0.0;  // each segment is uniform in probability, linear in value
            for (std::size_t j = 0; j + 1 < d.values.size(); ++j) {
              sum += (d.probabilities[j + 1] - d.probabilities[j]) *
                     (0.5 * (d.values[j] + d.values[j + 1]));
            }
            return sum;
          },
      },
      v_);
}

double Distribution::variance() const {
  return std::visit(Overloaded{
                        [](const Fixed&) { return 0.0; },
                        [](const Uniform& d) { return (d.max - d.min) * (d.max - d.min) / 12.0; },
                        [](const Triangular& d) {
                          const double a = d.min;
                          const double b = d.max;
                          const double c = d.mode;
                          return (a * a + b * b + c * c - a * b - a * c - b * c) / 18.0;
                        },
                        [](const Pert& d) {
                          const auto [alpha, beta] = pert_shape(d);
                          const double range = d.max - d.min;
                          const double sum = alpha + beta;
                          return range * range * alpha * beta / (sum * sum * (sum + 1.0));
                        },
                        [](const LogNormal& d) {
                          const double s2 = d.sigma * d.sigma;
                          return det_expm1(s2) * det_exp(2.0 * d.mu + s2);
                        },
                        [this](const EmpiricalSamples& d) {
                          if (d.values.empty()) return 0.0;
                          const double m = mean();
                          double sum = 0.0;
                          for (const double v : d.values)
                            sum += (v - m) * (v - m);
                          return sum / static_cast<double>(d.values.size());
                        },
                        [this](const EmpiricalQuantiles& d) {
                          if (d.values.size() < 2) return 0.0;
                          // E[(X - m)^2] segment by segment: X - m is linear in the probability
                          // there, and the mean of a squared linear function over the segment is
                          // (u^2 + u v + v^2) / 3.
                          const double m = mean();
                          double sum = 0.0;
                          for (std::size_t j = 0; j + 1 < d.values.size(); ++j) {
                            const double u = d.values[j] - m;
                            const double v = d.values[j + 1] - m;
                            sum += (d.probabilities[j + 1] - d.probabilities[j]) *
                                   (u * u + u * v + v * v) / 3.0;
                          }
                          return sum;
                        },
                    },
                    v_);
}

double Distribution::lower_bound() const {
  return std::visit(
      Overloaded{
          [](const Fixed& d) { return d.value; },
          [](const Uniform& d) { return d.min; },
          [](const Triangular& d) { return d.min; },
          [](const Pert& d) { return d.min; },
          [](const LogNormal& d) { return d.shift; },
          [](const EmpiricalSamples& d) {
            if (d.values.empty()) return 0.0;
            return *std::min_element(d.values.begin(), d.values.end());
          },
          [](const EmpiricalQuantiles& d) { return d.values.empty() ? 0.0 : d.values.front(); },
      },
      v_);
}

double Distribution::quantile(double p) const {
  assert(p >= 0.0 && p <= 1.0);
  return std::visit(
      Overloaded{
          [](const Fixed& d) { return d.value; },
          [p](const Uniform& d) { return d.min + (d.max - d.min) * p; },
          [p](const Triangular& d) { return triangular_quantile(d, p); },
          [p](const Pert& d) { return pert_quantile(d, p); },
          [p](const LogNormal& d) {
            if (p <= 0.0) return d.shift;
            return d.shift + det_exp(d.mu + d.sigma * normal_quantile(p));
          },
          [p](const EmpiricalSamples& d) {
            // The step CDF's inverse: the smallest sample x with F(x) >= p.
            if (d.values.empty()) return 0.0;
            const double n = static_cast<double>(d.values.size());
            const double rank = std::max(std::ceil(p * n) - 1.0, 0.0);
            return d.values[std::min(static_cast<std::size_t>(rank), d.values.size() - 1)];
          },
          [p](const EmpiricalQuantiles& d) { return quantiles_quantile(d, p); },
      },
      v_);
}

Distribution Distribution::lognormal_from_median_p95(double median, double p95, double shift) {
  const double mu = det_log(median - shift);
  const double sigma = (det_log(p95 - shift) - mu) / kZ95;
  return Distribution(LogNormal{mu, sigma, shift});
}

Distribution Distribution::lognormal_from_mean_sd(double mean, double sd, double shift) {
  const double m = mean - shift;
  const double sigma2 = det_log1p((sd * sd) / (m * m));
  return Distribution(LogNormal{det_log(m) - 0.5 * sigma2, std::sqrt(sigma2), shift});
}

Distribution Distribution::scaled(double k) const {
  return std::visit(Overloaded{
                        [k](const Fixed& d) { return Distribution(Fixed{d.value * k}); },
                        [k](const Uniform& d) {
                          return Distribution(Uniform{d.min * k, d.max * k});
                        },
                        [k](const Triangular& d) {
                          return Distribution(Triangular{d.min * k, d.mode * k, d.max * k});
                        },
                        [k](const Pert& d) {
                          return Distribution(Pert{d.min * k, d.mode * k, d.max * k, d.lambda});
                        },
                        [k](const LogNormal& d) {
                          return Distribution(LogNormal{d.mu + det_log(k), d.sigma, d.shift * k});
                        },
                        [k](const EmpiricalSamples& d) {
                          EmpiricalSamples out = d;
                          for (double& v : out.values)
                            v *= k;
                          return Distribution(std::move(out));
                        },
                        [k](const EmpiricalQuantiles& d) {
                          EmpiricalQuantiles out = d;
                          for (double& v : out.values)
                            v *= k;
                          return Distribution(std::move(out));
                        },
                    },
                    v_);
}

}  // namespace corridor::model
