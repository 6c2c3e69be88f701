#pragma once
/// Compiled samplers: a `model::Distribution` turned into the constants its sampling algorithm
/// needs, computed once instead of at every draw.
///
/// Algorithms (all exact up to floating-point rounding; none calls libm's transcendental
/// functions, see corridor/model/det_math.hpp):
/// - fixed: the value, no draw;
/// - uniform, triangular: inverse CDF of one uniform draw;
/// - PERT: Beta(alpha, beta) = X / (X + Y) with X, Y Gamma variates (Marsaglia and Tsang 2000);
/// - log-normal: shift + exp(mu + sigma Z), Z standard normal from a 256-layer ziggurat
///   (Marsaglia and Tsang 2000; 98.5 % of draws are accepted on the fast path);
/// - empirical samples: one sample picked uniformly;
/// - empirical quantiles: the piecewise-linear quantile function at one uniform draw.
///
/// `sample` draws one value; `sample_lanes` draws one value on each of `kLanes` streams and
/// returns, lane by lane, exactly the bits `sample` would return on that stream (the batch path
/// runs the common case vectorised and replays the rare rejections lane by lane).

#include <cstdint>
#include <span>
#include <variant>
#include <vector>

#include <corridor/model/distribution.hpp>
#include <corridor/sim/rng.hpp>

namespace corridor::sim {

struct FixedParams {
  double value = 0.0;
};

struct UniformParams {
  double min = 0.0;
  double width = 0.0;  ///< max - min
};

struct TriangularParams {
  double min = 0.0;
  double max = 0.0;
  double split = 0.0;        ///< CDF at the mode: (mode - min) / (max - min)
  double left_scale = 0.0;   ///< (max - min) (mode - min)
  double right_scale = 0.0;  ///< (max - min) (max - mode)
};

/// Marsaglia-Tsang constants for Gamma(alpha, 1): d = a - 1/3, c = 1 / sqrt(9 d) with a = alpha,
/// or a = alpha + 1 and a final factor U^(1/alpha) when alpha < 1 (`boosted`).
struct GammaParams {
  double d = 0.0;
  double c = 0.0;
  double inv_alpha = 0.0;
  bool boosted = false;
};

struct PertParams {
  double min = 0.0;
  double width = 0.0;  ///< max - min
  GammaParams alpha;
  GammaParams beta;
};

struct LogNormalParams {
  double mu = 0.0;
  double sigma = 0.0;
  double shift = 0.0;
};

struct SamplesParams {
  std::vector<double> values;
};

struct QuantilesParams {
  std::vector<double> probabilities;
  std::vector<double> values;
  std::vector<double> slopes;  ///< value change per unit probability, one per segment
};

class Sampler {
 public:
  using Params = std::variant<FixedParams, UniformParams, TriangularParams, PertParams,
                              LogNormalParams, SamplesParams, QuantilesParams>;

  /// Always 0, without drawing.
  Sampler() = default;
  /// Precondition: the distribution passed io/validate (e.g. min < max, sorted quantiles). An
  /// empty sample list or quantile table compiles to a fixed 0 (or its single value).
  explicit Sampler(const model::Distribution& distribution);

  /// One value from `rng`. O(1) expected; O(log n) for empirical quantiles.
  [[nodiscard]] double sample(Xoshiro256pp& rng) const;

  /// out[j] = sample(stream of lane j), for every j < kLanes, advancing each lane's stream as
  /// `sample` would.
  void sample_lanes(LaneStreams& lanes, std::span<double, kLanes> out) const;

  /// True when sampling draws nothing and always returns `fixed_value()`.
  [[nodiscard]] bool is_fixed() const { return std::holds_alternative<FixedParams>(params_); }
  [[nodiscard]] double fixed_value() const;
  [[nodiscard]] const Params& params() const { return params_; }

 private:
  Params params_{FixedParams{}};
};

/// A standard normal variate from the ziggurat (the sampler of log-normals and of Gamma).
[[nodiscard]] double standard_normal(Xoshiro256pp& rng);

/// A Gamma(alpha, 1) variate for the compiled `params` (see `gamma_params`).
[[nodiscard]] double gamma_variate(const GammaParams& params, Xoshiro256pp& rng);

/// Marsaglia-Tsang constants for Gamma(alpha, 1), alpha > 0.
[[nodiscard]] GammaParams gamma_params(double alpha);

}  // namespace corridor::sim
