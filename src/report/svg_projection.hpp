#pragma once
// Private to report: the map projection of the HTML reports — an Albers equal-area conic fitted
// to the places a map shows.

#include <span>

#include <corridor/model/scenario.hpp>

#include "report/svg.hpp"

namespace corridor::report::detail::svg {

/// Longitude and latitude, in degrees, to drawing units. An Albers equal-area conic with its
/// central meridian in the middle of the places' longitudes and its standard parallels at one
/// sixth and five sixths of their latitudes (Snyder, "Map Projections — A Working Manual",
/// USGS 1987, p. 98-101): areas keep their proportions and shapes stay close to true over the
/// span of a continent. Networks near the equator (standard parallels that nearly cancel) get
/// an equirectangular projection instead. Uses only arithmetic and its own sine and cosine, so
/// drawings are the same bits on every machine.
class Projection {
 public:
  /// Fits the projection so that `places` fill `width` units less `margin` on each side. The
  /// drawing's height follows from their extent, widened where needed so that it lies between
  /// `min_aspect` and `max_aspect` times the width. Precondition: `places` is not empty, spans
  /// less than 180 degrees of longitude, and 0 < min_aspect <= max_aspect. O(places).
  [[nodiscard]] static Projection fit(std::span<const model::LatLon> places, double width,
                                      double margin, double min_aspect, double max_aspect);

  /// Where a place is drawn.
  [[nodiscard]] Point operator()(model::LatLon place) const;

  [[nodiscard]] double width() const { return width_; }
  [[nodiscard]] double height() const { return height_; }
  /// Kilometres per drawing unit along the standard parallels (the scale of the drawing).
  [[nodiscard]] double km_per_unit() const { return 6371.0 / scale_; }

 private:
  /// Unscaled coordinates on a sphere of radius 1, y up.
  [[nodiscard]] Point raw(model::LatLon place) const;

  double lon0_ = 0.0;  // degrees
  double n_ = 0.0;     // cone constant; 0 selects the equirectangular fallback
  double c_ = 0.0;
  double rho0_ = 0.0;
  double cos_lat0_ = 1.0;  // equirectangular fallback only
  double scale_ = 1.0;
  double x0_ = 0.0;  // raw coordinates of the drawing's top left corner
  double y0_ = 0.0;
  double width_ = 0.0;
  double height_ = 0.0;
};

/// Sine and cosine of an angle in degrees, within about 1e-16 of the true values, from
/// arithmetic alone (the same bits on every machine, unlike libm). Precondition: |degrees| <=
/// 720.
[[nodiscard]] double sin_degrees(double degrees);
[[nodiscard]] double cos_degrees(double degrees);

}  // namespace corridor::report::detail::svg
