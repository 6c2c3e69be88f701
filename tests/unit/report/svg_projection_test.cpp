// The map projection: its own sine and cosine, and the Albers equal-area conic it builds.

#include "report/svg_projection.hpp"

#include <cmath>
#include <vector>

#include <catch2/catch.hpp>

namespace corridor::report::detail::svg {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr long double kPiLong = 3.14159265358979323846264338327950288L;

TEST_CASE("sine and cosine of degrees are within an ulp of the true values", "[report][svg]") {
  CHECK(sin_degrees(0.0) == 0.0);
  CHECK(cos_degrees(0.0) == 1.0);
  CHECK(sin_degrees(90.0) == 1.0);  // exact: the reduction to quadrants is exact in degrees
  CHECK(cos_degrees(180.0) == -1.0);
  CHECK(sin_degrees(-90.0) == -1.0);
  CHECK(sin_degrees(30.0) == Approx(0.5).epsilon(1e-15));
  for (int i = -7200; i <= 7200; ++i) {
    const double deg = i * 0.1 + 0.0371;  // off the round values
    // The reference works in long double (64-bit mantissa on x86-64), so that the rounding of
    // the angle in radians does not count against the function under test.
    const long double rad = static_cast<long double>(deg) * kPiLong / 180.0L;
    INFO(deg);
    REQUIRE(std::abs(sin_degrees(deg) - static_cast<double>(std::sin(rad))) <= 2.3e-16);
    REQUIRE(std::abs(cos_degrees(deg) - static_cast<double>(std::cos(rad))) <= 2.3e-16);
  }
}

TEST_CASE("the projection fits the places into the drawing", "[report][svg]") {
  const std::vector<model::LatLon> places{{40.0, 10.0}, {55.0, 60.0}, {45.0, 35.0}};
  const auto proj = Projection::fit(places, 1000.0, 40.0, 0.3, 0.8);
  CHECK(proj.width() == 1000.0);
  double x_min = 1e9, x_max = -1e9, y_min = 1e9, y_max = -1e9;
  for (const auto& p : places) {
    const Point at = proj(p);
    x_min = std::min(x_min, at.x);
    x_max = std::max(x_max, at.x);
    y_min = std::min(y_min, at.y);
    y_max = std::max(y_max, at.y);
  }
  // The widest extent fills the width less the margins; nothing falls outside.
  CHECK(x_min >= 40.0 - 1e-9);
  CHECK(x_max <= 960.0 + 1e-9);
  CHECK(((x_min == Approx(40.0)) && (x_max == Approx(960.0))));
  CHECK(y_min >= 40.0 - 1e-9);
  CHECK(y_max <= proj.height() - 40.0 + 1e-9);
  // North is up, east is right; the central meridian (35 E) is vertical.
  CHECK(proj({55.0, 35.0}).y < proj({45.0, 35.0}).y);
  CHECK(proj({50.0, 35.0}).x == Approx(proj({40.0, 35.0}).x));
  CHECK(proj({50.0, 20.0}).x < proj({50.0, 50.0}).x);
}

TEST_CASE("the projection keeps areas in proportion", "[report][svg]") {
  // Albers is equal-area: a one-degree cell at 60 N covers cos 60 / cos 30 = 0.577 of one at
  // 30 N (on a sphere, the area of a cell is proportional to the cosine of its latitude).
  const std::vector<model::LatLon> places{{30.0, 0.0}, {60.0, 40.0}};
  const auto proj = Projection::fit(places, 1000.0, 0.0, 0.1, 2.0);
  auto cell_area = [&](double lat, double lon) {
    // The cell's four corners, as a polygon (shoelace formula).
    const Point a = proj({lat, lon}), b = proj({lat, lon + 0.01}),
                c = proj({lat + 0.01, lon + 0.01}), d = proj({lat + 0.01, lon});
    return std::abs((a.x * b.y - b.x * a.y) + (b.x * c.y - c.x * b.y) + (c.x * d.y - d.x * c.y) +
                    (d.x * a.y - a.x * d.y)) /
           2.0;
  };
  const double expected = std::cos(60.005 * kPi / 180.0) / std::cos(30.005 * kPi / 180.0);
  CHECK(cell_area(60.0, 10.0) / cell_area(30.0, 30.0) == Approx(expected).epsilon(1e-4));
}

TEST_CASE("one place, or places on one parallel near the equator, still make a map",
          "[report][svg]") {
  const std::vector<model::LatLon> one{{54.9, 23.9}};
  const auto a = Projection::fit(one, 1000.0, 40.0, 0.4, 0.8);
  CHECK(a({54.9, 23.9}).x == Approx(500.0));
  // A degree each way is square, taller than the largest aspect: the drawing is 0.8 x wide.
  CHECK(a.height() == Approx(800.0));
  const std::vector<model::LatLon> equator{{-1.0, 30.0}, {1.0, 40.0}};
  const auto b = Projection::fit(equator, 1000.0, 40.0, 0.4, 0.8);  // equirectangular
  CHECK(b({1.0, 40.0}).x == Approx(960.0));
  CHECK(b({0.0, 35.0}).y == Approx(b.height() / 2.0));
}

}  // namespace
}  // namespace corridor::report::detail::svg
