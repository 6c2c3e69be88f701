// The batch path of Sampler: one value per lane, the common case vectorised.
//
// Each family's lane loop is built for several instruction sets (sim/lane_clones.hpp).
// Rejection samplers run their first attempt for all lanes at once; a lane whose attempt
// is rejected (1.5 % of normals, a few % of PERT draws) is finished by the scalar algorithm on
// that lane's stream, which is exactly what `Sampler::sample` would have done.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include <corridor/model/overloaded.hpp>
#include <corridor/sim/sampler.hpp>

#include "sim/lane_clones.hpp"
#include "sim/sampler_math.hpp"
#include "sim/ziggurat.hpp"

namespace corridor::sim {

namespace {

using detail::ZigguratTables;
using Flags = std::array<unsigned char, kLanes>;
using Bits = std::array<std::uint64_t, kLanes>;

// Each lane loop first draws into a local array, then computes from it through restrict
// pointers: with the generator update and the arithmetic in separate loops, and no possible
// aliasing, both vectorise.

[[gnu::always_inline]] inline void draw(LaneStreams& s, std::uint64_t* __restrict bits) {
  for (std::size_t j = 0; j < kLanes; ++j)
    bits[j] = s.next(j);
}

CORRIDOR_LANE_CLONES
void uniform_lanes(const UniformParams p, LaneStreams& s, double* __restrict out) {
  alignas(64) Bits bits;
  draw(s, bits.data());
  for (std::size_t j = 0; j < kLanes; ++j)
    out[j] = p.min + p.width * to_unit(bits[j]);
}

CORRIDOR_LANE_CLONES
void triangular_lanes(const TriangularParams p, LaneStreams& s, double* __restrict out) {
  alignas(64) Bits bits;
  draw(s, bits.data());
  for (std::size_t j = 0; j < kLanes; ++j)
    out[j] = detail::triangular_at(p, to_unit(bits[j]));
}

CORRIDOR_LANE_CLONES
void samples_lanes(const double* __restrict values, std::size_t n, LaneStreams& s,
                   double* __restrict out) {
  alignas(64) Bits bits;
  draw(s, bits.data());
  for (std::size_t j = 0; j < kLanes; ++j) {
    out[j] = values[detail::sample_index(to_unit(bits[j]), n)];
  }
}

/// Fast path of the ziggurat on every lane; `rejected[j]` marks lanes to finish one by one,
/// `first[j]` keeps their draw.
CORRIDOR_LANE_CLONES
void lognormal_lanes(const LogNormalParams p, const ZigguratTables& t, LaneStreams& s,
                     double* __restrict out, std::uint64_t* __restrict first,
                     unsigned char* __restrict rejected) {
  draw(s, first);
  const double* __restrict ratio = t.ratio.data();
  const double* __restrict width = t.width.data();
  for (std::size_t j = 0; j < kLanes; ++j) {
    const std::size_t layer = detail::zig_layer(first[j]);
    const double u = detail::zig_signed_unit(first[j]);
    rejected[j] = std::abs(u) < ratio[layer] ? 0 : 1;
    out[j] = detail::lognormal_from_normal(p, u * width[layer]);
  }
}

/// One Marsaglia-Tsang attempt for Gamma(shape) on every lane, with a fast-path normal and
/// its uniform already drawn. Returns d v^3 and marks lanes where the attempt failed.
[[gnu::always_inline]] inline void gamma_attempt(const GammaParams& g, const ZigguratTables& t,
                                                 const std::uint64_t* __restrict normal_bits,
                                                 const std::uint64_t* __restrict uniform_bits,
                                                 double* __restrict out,
                                                 unsigned char* __restrict rejected) {
  const double* __restrict ratio = t.ratio.data();
  const double* __restrict width = t.width.data();
  for (std::size_t j = 0; j < kLanes; ++j) {
    const std::size_t layer = detail::zig_layer(normal_bits[j]);
    const double su = detail::zig_signed_unit(normal_bits[j]);
    const double z = su * width[layer];
    const double u = to_open_unit(uniform_bits[j]);
    double v = 1.0 + g.c * z;
    // Three flags combined without short-circuit, which would put branches in the loop.
    const int fast_normal = std::abs(su) < ratio[layer] ? 1 : 0;
    const int positive = v > 0.0 ? 1 : 0;
    const int squeezed = detail::gamma_squeeze_accepts(u, z) ? 1 : 0;
    v = v * v * v;
    rejected[j] =
        static_cast<unsigned char>(rejected[j] | ((fast_normal & positive & squeezed) ^ 1));
    out[j] = g.d * v;
  }
}

/// First attempt of both Gamma variates on every lane: draws z, u for alpha, then z, u for
/// beta, as the scalar sampler does when all its tests pass.
CORRIDOR_LANE_CLONES
void pert_lanes(const PertParams p, const ZigguratTables& t, LaneStreams& s, double* __restrict out,
                unsigned char* __restrict rejected) {
  alignas(64) Bits za_bits;
  alignas(64) Bits ua_bits;
  alignas(64) Bits zb_bits;
  alignas(64) Bits ub_bits;
  draw(s, za_bits.data());
  draw(s, ua_bits.data());
  draw(s, zb_bits.data());
  draw(s, ub_bits.data());
  alignas(64) std::array<double, kLanes> x;
  alignas(64) std::array<double, kLanes> y;
  for (std::size_t j = 0; j < kLanes; ++j)
    rejected[j] = 0;
  gamma_attempt(p.alpha, t, za_bits.data(), ua_bits.data(), x.data(), rejected);
  gamma_attempt(p.beta, t, zb_bits.data(), ub_bits.data(), y.data(), rejected);
  for (std::size_t j = 0; j < kLanes; ++j)
    out[j] = detail::pert_from_gammas(p, x[j], y[j]);
}

}  // namespace

void Sampler::sample_lanes(LaneStreams& lanes, std::span<double, kLanes> out) const {
  double* o = out.data();
  std::visit(model::Overloaded{
                 [&](const FixedParams& p) { std::fill(out.begin(), out.end(), p.value); },
                 [&](const UniformParams& p) { uniform_lanes(p, lanes, o); },
                 [&](const TriangularParams& p) { triangular_lanes(p, lanes, o); },
                 [&](const SamplesParams& p) {
                   samples_lanes(p.values.data(), p.values.size(), lanes, o);
                 },
                 [&](const QuantilesParams& p) {
                   for (std::size_t j = 0; j < kLanes; ++j) {
                     o[j] = detail::quantile_at(p, to_unit(lanes.next(j)));
                   }
                 },
                 [&](const LogNormalParams& p) {
                   const auto& t = detail::ziggurat_tables();
                   alignas(64) Bits first;
                   alignas(64) Flags rejected;
                   lognormal_lanes(p, t, lanes, o, first.data(), rejected.data());
                   for (std::size_t j = 0; j < kLanes; ++j) {
                     if (rejected[j] == 0) continue;
                     Xoshiro256pp g = lanes.get(j);  // already past the first draw
                     o[j] = detail::lognormal_from_normal(
                         p, detail::normal_after_rejection(first[j], g, t));
                     lanes.set(j, g);
                   }
                 },
                 [&](const PertParams& p) {
                   if (p.alpha.boosted || p.beta.boosted) {  // shapes below 1: scalar algorithm
                     for (std::size_t j = 0; j < kLanes; ++j) {
                       Xoshiro256pp g = lanes.get(j);
                       o[j] = sample(g);
                       lanes.set(j, g);
                     }
                     return;
                   }
                   const LaneStreams before = lanes;
                   alignas(64) Flags rejected;
                   pert_lanes(p, detail::ziggurat_tables(), lanes, o, rejected.data());
                   for (std::size_t j = 0; j < kLanes; ++j) {
                     if (rejected[j] == 0) continue;
                     Xoshiro256pp g = before.get(j);  // replay the whole draw on this lane
                     o[j] = sample(g);
                     lanes.set(j, g);
                   }
                 },
             },
             params_);
}

}  // namespace corridor::sim
