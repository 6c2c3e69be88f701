#include <algorithm>
#include <cmath>
#include <cstdint>

#include <corridor/model/det_math.hpp>
#include <corridor/model/overloaded.hpp>
#include <corridor/sim/sampler.hpp>

#include "sim/sampler_math.hpp"
#include "sim/ziggurat.hpp"

namespace corridor::sim {

namespace {

using model::det_exp;
using model::det_log;

using model::Overloaded;

Sampler::Params compile(const model::Distribution& distribution) {
  return std::visit(
      Overloaded{
          [](const model::Fixed& d) -> Sampler::Params { return FixedParams{d.value}; },
          [](const model::Uniform& d) -> Sampler::Params {
            return UniformParams{d.min, d.max - d.min};
          },
          [](const model::Triangular& d) -> Sampler::Params {
            const double range = d.max - d.min;
            return TriangularParams{d.min, d.max, (d.mode - d.min) / range,
                                    range * (d.mode - d.min), range * (d.max - d.mode)};
          },
          [](const model::Pert& d) -> Sampler::Params {
            const double range = d.max - d.min;
            const double alpha = 1.0 + d.lambda * (d.mode - d.min) / range;
            const double beta = 1.0 + d.lambda * (d.max - d.mode) / range;
            return PertParams{d.min, range, gamma_params(alpha), gamma_params(beta)};
          },
          [](const model::LogNormal& d) -> Sampler::Params {
            return LogNormalParams{d.mu, d.sigma, d.shift};
          },
          [](const model::EmpiricalSamples& d) -> Sampler::Params {
            if (d.values.empty()) return FixedParams{0.0};
            return SamplesParams{d.values};
          },
          [](const model::EmpiricalQuantiles& d) -> Sampler::Params {
            if (d.values.size() < 2 || d.probabilities.size() != d.values.size()) {
              return FixedParams{d.values.empty() ? 0.0 : d.values.front()};
            }
            QuantilesParams q{d.probabilities, d.values, {}};
            for (std::size_t j = 0; j + 1 < d.values.size(); ++j) {
              q.slopes.push_back((d.values[j + 1] - d.values[j]) /
                                 (d.probabilities[j + 1] - d.probabilities[j]));
            }
            return q;
          },
      },
      distribution.variant());
}

/// The Marsaglia-Tsang loop for a >= 1 (d = a - 1/3).
double gamma_core(const GammaParams& p, Xoshiro256pp& rng) {
  for (;;) {
    const double z = standard_normal(rng);
    double v = 1.0 + p.c * z;
    if (v <= 0.0) continue;
    v = v * v * v;
    const double u = to_open_unit(rng());
    if (detail::gamma_squeeze_accepts(u, z)) return p.d * v;
    if (det_log(u) < 0.5 * z * z + p.d * (1.0 - v + det_log(v))) return p.d * v;
  }
}

}  // namespace

GammaParams gamma_params(double alpha) {
  const bool boosted = alpha < 1.0;
  const double d = (boosted ? alpha + 1.0 : alpha) - 1.0 / 3.0;
  return GammaParams{d, 1.0 / std::sqrt(9.0 * d), 1.0 / alpha, boosted};
}

double gamma_variate(const GammaParams& params, Xoshiro256pp& rng) {
  const double g = gamma_core(params, rng);
  if (!params.boosted) return g;
  // Gamma(a) = Gamma(a + 1) U^(1/a) for a < 1.
  return g * det_exp(det_log(to_open_unit(rng())) * params.inv_alpha);
}

double standard_normal(Xoshiro256pp& rng) {
  const auto& t = detail::ziggurat_tables();
  const std::uint64_t bits = rng();
  const std::size_t layer = detail::zig_layer(bits);
  const double u = detail::zig_signed_unit(bits);
  if (std::abs(u) < t.ratio[layer]) return u * t.width[layer];
  return detail::normal_after_rejection(bits, rng, t);
}

Sampler::Sampler(const model::Distribution& distribution) : params_(compile(distribution)) {}

double Sampler::fixed_value() const {
  const auto* fixed = std::get_if<FixedParams>(&params_);
  return fixed ? fixed->value : 0.0;
}

double Sampler::sample(Xoshiro256pp& rng) const {
  return std::visit(
      Overloaded{
          [](const FixedParams& p) { return p.value; },
          [&](const UniformParams& p) { return p.min + p.width * to_unit(rng()); },
          [&](const TriangularParams& p) { return detail::triangular_at(p, to_unit(rng())); },
          [&](const PertParams& p) {
            const double x = gamma_variate(p.alpha, rng);
            const double y = gamma_variate(p.beta, rng);
            return detail::pert_from_gammas(p, x, y);
          },
          [&](const LogNormalParams& p) {
            return detail::lognormal_from_normal(p, standard_normal(rng));
          },
          [&](const SamplesParams& p) {
            return p.values[detail::sample_index(to_unit(rng()), p.values.size())];
          },
          [&](const QuantilesParams& p) { return detail::quantile_at(p, to_unit(rng())); },
      },
      params_);
}

}  // namespace corridor::sim
