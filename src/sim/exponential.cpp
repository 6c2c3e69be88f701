#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#include <corridor/model/det_math.hpp>
#include <corridor/sim/exponential.hpp>

namespace corridor::sim {

namespace {

using model::det_exp;
using model::det_log;

constexpr std::size_t kLayers = 256;

/// Layout, as for the normal ziggurat (sim/ziggurat.hpp) with f(x) = exp(-x) on x >= 0: edges
/// x_1 = r > x_2 > ... > x_256 = 0 give every layer the area v = (r + 1) e^-r; layer i >= 1 is
/// the box [0, x_i] x [f(x_i), f(x_{i+1})]; layer 0 is the box [0, r] x [0, f(r)] plus the tail
/// beyond r, drawn as a box of width x_0 = v / f(r).
struct Tables {
  double r = 0.0;
  std::array<double, kLayers> width{};    ///< x_i
  std::array<double, kLayers> ratio{};    ///< x_{i+1} / x_i: below it, accepted at once
  std::array<double, kLayers> f_outer{};  ///< f(x_i)
  std::array<double, kLayers> f_inner{};  ///< f(x_{i+1})
};

Tables build() {
  Tables t;
  // The tail start that makes 256 equal-area layers close at the top (Marsaglia and Tsang).
  t.r = 7.69711747013104972;
  const double f_r = det_exp(-t.r);
  const double area = (t.r + 1.0) * f_r;
  std::array<double, kLayers + 1> x{};
  x[0] = area / f_r;
  x[1] = t.r;
  for (std::size_t i = 1; i + 1 < kLayers; ++i) {
    // Layer i has area v: x_i (f(x_{i+1}) - f(x_i)) = v.
    x[i + 1] = -det_log(area / x[i] + det_exp(-x[i]));
  }
  x[kLayers] = 0.0;
  for (std::size_t i = 0; i < kLayers; ++i) {
    t.width[i] = x[i];
    t.ratio[i] = x[i + 1] / x[i];
    t.f_outer[i] = det_exp(-x[i]);
    t.f_inner[i] = det_exp(-x[i + 1]);
  }
  return t;
}

const Tables& tables() {
  static const Tables t = build();
  return t;
}

}  // namespace

double standard_exponential(Xoshiro256pp& rng) {
  const Tables& t = tables();
  double shift = 0.0;  // the exponential is memoryless: past the tail start, start again there
  for (;;) {
    const std::uint64_t bits = rng();
    const std::size_t layer = bits >> 56U;
    // Uniform on [0, 1) from the low 52 bits (disjoint from the layer's 8).
    const double u =
        std::bit_cast<double>((bits & 0x000FFFFFFFFFFFFFULL) | 0x3FF0000000000000ULL) - 1.0;
    const double x = u * t.width[layer];
    if (u < t.ratio[layer]) return shift + x;
    if (layer == 0) {
      shift += t.r;
      continue;
    }
    // Wedge: a uniform height in the layer, accepted below the curve.
    const double y = t.f_outer[layer] + to_unit(rng()) * (t.f_inner[layer] - t.f_outer[layer]);
    if (y < det_exp(-x)) return shift + x;
  }
}

}  // namespace corridor::sim
