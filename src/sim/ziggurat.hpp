#pragma once
/// The 256-layer ziggurat for the standard normal (Marsaglia and Tsang 2000), shared by the
/// scalar and the batch samplers.
///
/// Layout: f(x) = exp(-x^2/2). Edges x_1 = r > x_2 > ... > x_255 > x_256 = 0 are chosen so that
/// every layer has the same area v: layer i >= 1 is the box [0, x_i] x [f(x_i), f(x_{i+1})],
/// layer 0 is the base box [0, r] x [0, f(r)] plus the tail beyond r, drawn as a box of width
/// x_0 = v / f(r). One 64-bit draw gives the layer (top 8 bits) and a signed uniform u (low 52
/// bits); x = u x_i is accepted at once when |u| < x_{i+1} / x_i.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#include <corridor/sim/rng.hpp>

namespace corridor::sim::detail {

inline constexpr std::size_t kZigLayers = 256;

struct ZigguratTables {
  double r = 0.0;                            ///< start of the tail
  std::array<double, kZigLayers> width{};    ///< x_i (x_0 = v / f(r))
  std::array<double, kZigLayers> ratio{};    ///< x_{i+1} / x_i
  std::array<double, kZigLayers> f_outer{};  ///< f(x_i), bottom of layer i's wedge (i >= 1)
  std::array<double, kZigLayers> f_inner{};  ///< f(x_{i+1}), top of layer i
  double area = 0.0;                         ///< v
};

/// The tables, built once on first use from deterministic arithmetic (immutable afterwards).
[[nodiscard]] const ZigguratTables& ziggurat_tables();

/// The layer of a 64-bit draw.
[[nodiscard]] inline std::size_t zig_layer(std::uint64_t bits) {
  return bits >> 56U;
}

/// The signed uniform of a 64-bit draw, in [-1, 1) with steps of 2^-51, from the low 52 bits.
[[nodiscard]] inline double zig_signed_unit(std::uint64_t bits) {
  const double one_two =
      std::bit_cast<double>((bits & 0x000FFFFFFFFFFFFFULL) | 0x3FF0000000000000ULL);  // [1, 2)
  return 2.0 * one_two - 3.0;
}

/// Completes a normal draw whose first 64 bits `first` failed the fast test: wedge and tail
/// tests, and further attempts, drawing from `rng`.
[[nodiscard]] double normal_after_rejection(std::uint64_t first, Xoshiro256pp& rng,
                                            const ZigguratTables& t);

}  // namespace corridor::sim::detail
