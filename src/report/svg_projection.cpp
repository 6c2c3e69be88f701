#include "report/svg_projection.hpp"

#include <algorithm>
#include <cmath>

namespace corridor::report::detail::svg {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Taylor series on |r| <= pi/4, in Horner form, to the first term below 1e-17 there.
double sin_series(double r) {
  const double r2 = r * r;
  double p = 1.0 / 1307674368000.0;  // 1/15!
  p = 1.0 / 6227020800.0 - r2 * p;   // 1/13!
  p = 1.0 / 39916800.0 - r2 * p;
  p = 1.0 / 362880.0 - r2 * p;
  p = 1.0 / 5040.0 - r2 * p;
  p = 1.0 / 120.0 - r2 * p;
  p = 1.0 / 6.0 - r2 * p;
  return r - r * r2 * p;
}

double cos_series(double r) {
  const double r2 = r * r;
  double p = 1.0 / 20922789888000.0;  // 1/16!
  p = 1.0 / 87178291200.0 - r2 * p;   // 1/14!
  p = 1.0 / 479001600.0 - r2 * p;
  p = 1.0 / 3628800.0 - r2 * p;
  p = 1.0 / 40320.0 - r2 * p;
  p = 1.0 / 720.0 - r2 * p;
  p = 1.0 / 24.0 - r2 * p;
  p = 0.5 - r2 * p;
  return 1.0 - r2 * p;
}

/// sin (quadrant offset 0) or cos (offset 1) of an angle in degrees: reduce to a multiple of
/// 90 degrees plus |r| <= 45 degrees, exactly (degrees are reduced before converting to
/// radians, so no digits of pi are lost), then pick the series and sign by quadrant.
double sin_cos(double degrees, int quadrant_offset) {
  const double k = std::nearbyint(degrees / 90.0);
  const double r = (degrees - k * 90.0) * (kPi / 180.0);
  const int quadrant = (static_cast<int>(k) + quadrant_offset) & 3;
  switch (quadrant) {
    case 0:
      return sin_series(r);
    case 1:
      return cos_series(r);
    case 2:
      return -sin_series(r);
    default:
      return -cos_series(r);
  }
}

}  // namespace

double sin_degrees(double degrees) {
  return sin_cos(degrees, 0);
}

double cos_degrees(double degrees) {
  return sin_cos(degrees, 1);
}

Point Projection::raw(model::LatLon place) const {
  const double dlon = place.lon - lon0_;
  if (n_ == 0.0) return {dlon * (kPi / 180.0) * cos_lat0_, place.lat * (kPi / 180.0)};
  const double rho = std::sqrt(c_ - 2.0 * n_ * sin_degrees(place.lat)) / n_;
  const double theta = n_ * dlon;  // degrees
  return {rho * sin_degrees(theta), rho0_ - rho * cos_degrees(theta)};
}

Point Projection::operator()(model::LatLon place) const {
  const Point r = raw(place);
  return {(r.x - x0_) * scale_, (y0_ - r.y) * scale_};
}

Projection Projection::fit(std::span<const model::LatLon> places, double width, double margin,
                           double min_aspect, double max_aspect) {
  double lat_min = places.front().lat, lat_max = lat_min;
  double lon_min = places.front().lon, lon_max = lon_min;
  for (const auto& p : places) {
    lat_min = std::min(lat_min, p.lat);
    lat_max = std::max(lat_max, p.lat);
    lon_min = std::min(lon_min, p.lon);
    lon_max = std::max(lon_max, p.lon);
  }
  Projection proj;
  proj.lon0_ = (lon_min + lon_max) / 2.0;
  const double lat1 = lat_min + (lat_max - lat_min) / 6.0;
  const double lat2 = lat_max - (lat_max - lat_min) / 6.0;
  const double n = (sin_degrees(lat1) + sin_degrees(lat2)) / 2.0;
  if (std::abs(n) < 0.05) {  // a cone this flat is a cylinder: draw it as one
    proj.n_ = 0.0;
    proj.cos_lat0_ = cos_degrees((lat_min + lat_max) / 2.0);
  } else {
    const double cos1 = cos_degrees(lat1);
    proj.n_ = n;
    proj.c_ = cos1 * cos1 + 2.0 * n * sin_degrees(lat1);
    proj.rho0_ = std::sqrt(proj.c_ - 2.0 * n * sin_degrees((lat_min + lat_max) / 2.0)) / n;
  }
  // The extent of the places, at least a degree (about 111 km) each way.
  double x_min = 0, x_max = 0, y_min = 0, y_max = 0;
  bool first = true;
  for (const auto& p : places) {
    const Point r = proj.raw(p);
    x_min = first ? r.x : std::min(x_min, r.x);
    x_max = first ? r.x : std::max(x_max, r.x);
    y_min = first ? r.y : std::min(y_min, r.y);
    y_max = first ? r.y : std::max(y_max, r.y);
    first = false;
  }
  constexpr double kMinSpan = kPi / 180.0;
  auto widen = [](double& lo, double& hi, double span) {
    if (hi - lo >= span) return;
    const double mid = (lo + hi) / 2.0;
    lo = mid - span / 2.0;
    hi = mid + span / 2.0;
  };
  widen(x_min, x_max, kMinSpan);
  widen(y_min, y_max, kMinSpan);
  const double inner = width - 2.0 * margin;
  // Keep the aspect within bounds: widen the narrower direction around its middle.
  const double aspect = (y_max - y_min) / (x_max - x_min);
  if (aspect * inner + 2.0 * margin < min_aspect * width) {
    widen(y_min, y_max, (min_aspect * width - 2.0 * margin) / inner * (x_max - x_min));
  } else if (aspect * inner + 2.0 * margin > max_aspect * width) {
    const double x_span = (y_max - y_min) * inner / (max_aspect * width - 2.0 * margin);
    widen(x_min, x_max, x_span);
  }
  proj.scale_ = inner / (x_max - x_min);
  proj.x0_ = x_min - margin / proj.scale_;
  proj.y0_ = y_max + margin / proj.scale_;
  proj.width_ = width;
  proj.height_ = (y_max - y_min) * proj.scale_ + 2.0 * margin;
  return proj;
}

}  // namespace corridor::report::detail::svg
