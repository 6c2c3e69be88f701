#include "sim/ziggurat.hpp"

#include <cmath>

#include <corridor/model/det_math.hpp>

namespace corridor::sim::detail {

namespace {

using model::det_exp;
using model::det_log;

double gauss(double x) {
  return det_exp(-0.5 * x * x);
}

/// Mills ratio (1 - Phi(x)) / phi(x) for x > 0 by its continued fraction
/// 1 / (x + 1 / (x + 2 / (x + 3 / (x + ...)))), evaluated backwards; 200 terms are far more than
/// enough at x = 3.65.
double mills_ratio(double x) {
  double t = x;
  for (int k = 200; k >= 1; --k)
    t = x + k / t;
  return 1.0 / t;
}

ZigguratTables build() {
  ZigguratTables t;
  // The tail start that makes 256 equal-area layers close exactly at the top (the recursion
  // below then ends within 2e-13 of area v at x_256 = 0).
  t.r = 3.6541528853610088;
  const double f_r = gauss(t.r);
  t.area = t.r * f_r + f_r * mills_ratio(t.r);

  std::array<double, kZigLayers + 1> x{};
  x[0] = t.area / f_r;
  x[1] = t.r;
  for (std::size_t i = 1; i + 1 < kZigLayers; ++i) {
    // Layer i has area v: x_i (f(x_{i+1}) - f(x_i)) = v.
    x[i + 1] = std::sqrt(-2.0 * det_log(t.area / x[i] + gauss(x[i])));
  }
  x[kZigLayers] = 0.0;
  for (std::size_t i = 0; i < kZigLayers; ++i) {
    t.width[i] = x[i];
    t.ratio[i] = x[i + 1] / x[i];
    t.f_outer[i] = gauss(x[i]);
    t.f_inner[i] = gauss(x[i + 1]);
  }
  return t;
}

/// The tail beyond r (Marsaglia 1964): with E1, E2 exponential, r + E1 / r is accepted when
/// 2 E2 > (E1 / r)^2.
double tail(double r, Xoshiro256pp& rng) {
  for (;;) {
    const double a = -det_log(to_open_unit(rng())) / r;
    const double b = -det_log(to_open_unit(rng()));
    if (b + b >= a * a) return r + a;
  }
}

}  // namespace

const ZigguratTables& ziggurat_tables() {
  static const ZigguratTables tables = build();
  return tables;
}

double normal_after_rejection(std::uint64_t first, Xoshiro256pp& rng, const ZigguratTables& t) {
  std::uint64_t bits = first;
  for (;;) {
    const std::size_t layer = zig_layer(bits);
    const double u = zig_signed_unit(bits);
    const double x = u * t.width[layer];
    if (std::abs(u) < t.ratio[layer]) return x;
    if (layer == 0) {
      const double magnitude = tail(t.r, rng);
      return u < 0.0 ? -magnitude : magnitude;
    }
    // Wedge: a uniform height in the layer, accepted below the curve.
    const double y = t.f_outer[layer] + to_unit(rng()) * (t.f_inner[layer] - t.f_outer[layer]);
    if (y < gauss(x)) return x;
    bits = rng();
  }
}

}  // namespace corridor::sim::detail
