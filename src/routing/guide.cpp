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

Guide::Guide(const SearchSpace& space, network::DistanceField* field) : borrowed_(field) {
  if (field) {
    field->reset(space.reverse(), space.target());
  } else {
    own_.emplace(space.reverse(), space.target());
  }
}

Guide::Guide(std::vector<double> distances) : complete_(std::move(distances)) {}

void Guide::prepare(VertexId v, double g0) {
  auto* f = field();
  if (!f || f->complete()) return;
  f->settle(v);
  const double h = f->distance(v);
  if (h == kInfinity) return;
  f->settle_within(radius_above(g0, (g0 + h) * (1.0 + kSlack)));
}

bool Guide::certifies(double g0, double max_f) const {
  const auto* f = field();
  if (!f || f->complete()) return true;
  return max_f < g0 + f->radius();
}

void Guide::widen(double g0, double max_f) {
  auto* f = field();
  if (!f) return;
  if (max_f == kInfinity) {
    f->settle_all();
  } else {
    f->settle_within(radius_above(g0, max_f * (1.0 + kSlack)));
  }
}

}  // namespace corridor::routing::detail
