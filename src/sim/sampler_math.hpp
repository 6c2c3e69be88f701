#pragma once
/// The arithmetic that turns uniform and normal draws into samples, written once and used by
/// both the scalar and the batch samplers, so that the two give the same bits.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

#include <corridor/model/det_math.hpp>
#include <corridor/sim/sampler.hpp>

namespace corridor::sim::detail {

/// Inverse CDF of a triangular distribution at u in [0, 1).
[[gnu::always_inline]] inline double triangular_at(const TriangularParams& p, double u) {
  // Both sides are computed and one is selected, so that a loop over lanes has no branch.
  const bool left = u < p.split;
  const double left_area = u * p.left_scale;
  const double right_area = (1.0 - u) * p.right_scale;
  const double s = std::sqrt(left ? left_area : right_area);
  const double from_min = p.min + s;
  const double from_max = p.max - s;
  return left ? from_min : from_max;
}

/// Marsaglia-Tsang's cheap acceptance test u < 1 - 0.0331 z^4 (taken by about 98 % of draws).
[[gnu::always_inline]] inline bool gamma_squeeze_accepts(double u, double z) {
  const double z2 = z * z;
  return u < 1.0 - 0.0331 * (z2 * z2);
}

[[gnu::always_inline]] inline double pert_from_gammas(const PertParams& p, double x, double y) {
  return p.min + p.width * (x / (x + y));
}

[[gnu::always_inline]] inline double lognormal_from_normal(const LogNormalParams& p, double z) {
  return p.shift + model::det_exp(p.mu + p.sigma * z);
}

/// Index of the sample that a uniform u in [0, 1) picks among n (u n < n always holds, since
/// u <= 1 - 2^-52; the clamp is for safety only).
[[gnu::always_inline]] inline std::size_t sample_index(double u, std::size_t n) {
  const auto i = static_cast<std::size_t>(static_cast<std::int64_t>(u * static_cast<double>(n)));
  return std::min(i, n - 1);
}

/// The piecewise-linear quantile function at u in [0, 1).
inline double quantile_at(const QuantilesParams& p, double u) {
  const auto& ps = p.probabilities;
  const auto it = std::upper_bound(ps.begin() + 1, ps.end() - 1, u);
  const auto j = static_cast<std::size_t>(it - ps.begin()) - 1;
  return p.values[j] + (u - ps[j]) * p.slopes[j];
}

}  // namespace corridor::sim::detail
