#pragma once
/// Probability distributions of durations (hours).
///
/// A `Distribution` is a plain value: which family and its parameters. The routing engine uses
/// its `mean()`; the Monte Carlo engine samples it (corridor/sim/sampler.hpp). Constructors do
/// not validate: io/validate.hpp reports bad parameters with their location in the scenario.

#include <utility>
#include <variant>
#include <vector>

namespace corridor::model {

struct Fixed {
  double value = 0.0;
};

/// Continuous uniform on [min, max].
struct Uniform {
  double min = 0.0;
  double max = 0.0;
};

/// Triangular with lower limit `min`, mode `mode` and upper limit `max`.
struct Triangular {
  double min = 0.0;
  double mode = 0.0;
  double max = 0.0;
};

/// PERT (scaled Beta) on [min, max] with the given mode; `lambda` = 4 is the classic PERT.
struct Pert {
  double min = 0.0;
  double mode = 0.0;
  double max = 0.0;
  double lambda = 4.0;
};

/// Log-normal: ln(X - shift) ~ Normal(mu, sigma). Built from (median, p95) or (mean, sd) by the
/// factory functions below; `shift` moves the whole distribution (a minimum time).
struct LogNormal {
  double mu = 0.0;
  double sigma = 0.0;
  double shift = 0.0;
};

/// Resampling of observed values: every sample equally likely.
struct EmpiricalSamples {
  std::vector<double> values;  ///< sorted ascending
};

/// Piecewise-linear quantile function through (probability, value) knots; the first knot has
/// probability 0 and the last probability 1.
struct EmpiricalQuantiles {
  std::vector<double> probabilities;  ///< strictly increasing, from 0 to 1
  std::vector<double> values;         ///< non-decreasing
};

/// z such that Phi(z) = 0.95.
inline constexpr double kZ95 = 1.6448536269514722;

class Distribution {
 public:
  using Variant = std::variant<Fixed, Uniform, Triangular, Pert, LogNormal, EmpiricalSamples,
                               EmpiricalQuantiles>;

  Distribution() : v_(Fixed{0.0}) {}
  Distribution(Variant v) : v_(std::move(v)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] const Variant& variant() const { return v_; }
  [[nodiscard]] bool is_fixed() const { return std::holds_alternative<Fixed>(v_); }

  [[nodiscard]] double mean() const;
  [[nodiscard]] double variance() const;
  /// Smallest value the distribution can take (the shift for a log-normal).
  [[nodiscard]] double lower_bound() const;
  /// Inverse CDF at probability p in [0, 1]. Exact for every family except PERT, where it is
  /// found by bisection on the regularised incomplete beta function to 1e-12.
  [[nodiscard]] double quantile(double p) const;

  /// Log-normal whose median and 95th percentile are the given values (p95 > median > shift).
  [[nodiscard]] static Distribution lognormal_from_median_p95(double median, double p95,
                                                              double shift = 0.0);
  /// Log-normal with the given mean and standard deviation (mean > shift, sd > 0).
  [[nodiscard]] static Distribution lognormal_from_mean_sd(double mean, double sd,
                                                           double shift = 0.0);

  /// The same distribution with every value multiplied by k > 0.
  [[nodiscard]] Distribution scaled(double k) const;

 private:
  Variant v_;
};

}  // namespace corridor::model
