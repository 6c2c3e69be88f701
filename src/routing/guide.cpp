#include "routing/guide.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace corridor::routing::detail {

namespace {

/// Relative slack over a search's expected pops: f along an optimal path varies by rounding
/// only (about 1e-16 per edge).
constexpr double kSlack = 1e-9;

/// A radius r such that g0 + r, rounded, exceeds `f`.
double radius_above(double g0, double f) {
  double r = std::max(f - g0, 0.0);
  const double step = std::max(std::abs(f), 1.0) * 1e-12;
  while (!(g0 + r > f))
    r += step;
  return r;
}

}  // namespace

Guide::Guide(const SearchSpace& space)
    : field_(std::in_place, space.net(), space.in_weights(), space.target()) {}

Guide::Guide(std::vector<double> distances) : complete_(std::move(distances)) {}

void Guide::prepare(VertexId v, double g0) {
  if (!field_ || field_->complete()) return;
  field_->settle(v);
  const double h = field_->distances()[v];
  if (h == kInfinity) return;
  field_->settle_within(radius_above(g0, (g0 + h) * (1.0 + kSlack)));
}

bool Guide::certifies(double g0, double max_f) const {
  if (!field_ || field_->complete()) return true;
  return max_f < g0 + field_->radius();
}

void Guide::widen(double g0, double max_f) {
  if (!field_) return;
  if (max_f == kInfinity) {
    field_->settle_all();
  } else {
    field_->settle_within(radius_above(g0, max_f * (1.0 + kSlack)));
  }
}

}  // namespace corridor::routing::detail
