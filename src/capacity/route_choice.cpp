#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

#include <corridor/capacity/route_choice.hpp>
#include <corridor/model/det_math.hpp>

namespace corridor::capacity {

std::vector<double> logit_shares(std::span<const double> costs_usd, double scale_usd) {
  std::vector<double> shares(costs_usd.size(), 0.0);
  double best = std::numeric_limits<double>::infinity();
  for (const double c : costs_usd)
    best = std::min(best, c);
  if (!std::isfinite(best)) return shares;
  // Relative to the cheapest route, so that the exponents are <= 0 and nothing overflows.
  double total = 0.0;
  for (std::size_t i = 0; i < costs_usd.size(); ++i) {
    if (!std::isfinite(costs_usd[i])) continue;
    shares[i] = model::det_exp(-(costs_usd[i] - best) / scale_usd);
    total += shares[i];
  }
  for (double& s : shares)
    s /= total;
  return shares;
}

std::vector<double> average_shares(std::span<const double> x, std::span<const double> y,
                                   int iteration) {
  assert(x.size() == y.size());
  const double step = 1.0 / static_cast<double>(iteration + 1);
  std::vector<double> out(x.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    out[i] = x[i] + (y[i] - x[i]) * step;
  return out;
}

double share_gap(std::span<const double> x, std::span<const double> y) {
  assert(x.size() == y.size());
  double sum = 0.0;
  for (std::size_t i = 0; i < x.size(); ++i)
    sum += std::abs(x[i] - y[i]);
  return sum / 2.0;
}

}  // namespace corridor::capacity
