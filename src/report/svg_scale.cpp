#include "report/svg_scale.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "report/format.hpp"

namespace corridor::report::detail::svg {

double LinearScale::operator()(double value) const {
  if (d1 == d0) return (r0 + r1) / 2.0;
  return r0 + (value - d0) / (d1 - d0) * (r1 - r0);
}

std::vector<double> Ticks::values() const {
  std::vector<double> out;
  const long long count = std::llround((last - first) / step);
  for (long long i = 0; i <= count; ++i)
    out.push_back(first + static_cast<double>(i) * step);
  return out;
}

std::string Ticks::label(double value) const {
  return grouped(value, decimals);
}

Ticks nice_ticks(double lo, double hi, int max_intervals) {
  if (hi - lo <= 0.0) {
    lo -= 0.5;
    hi += 0.5;
  }
  // Powers of ten by repeated multiplication: exact for the positive ones, and the same bits
  // everywhere for the others.
  double power = 1.0;
  int exponent = 0;
  const double rough = (hi - lo) / max_intervals;
  while (power * 10.0 <= rough) {
    power *= 10.0;
    ++exponent;
  }
  while (power > rough) {
    power /= 10.0;
    --exponent;
  }
  // Rounding the ends out to multiples adds up to two intervals, so steps up to fifty times the
  // power are tried; the last one is taken whatever its count (only when max_intervals < 4).
  constexpr std::array<double, 6> kSteps{1.0, 2.0, 5.0, 10.0, 20.0, 50.0};
  Ticks ticks;
  for (double m : kSteps) {
    const double step = m * power;
    ticks = Ticks{std::floor(lo / step) * step, std::ceil(hi / step) * step, step,
                  m >= 10.0 ? std::max(0, -(exponent + 1)) : std::max(0, -exponent)};
    if ((ticks.last - ticks.first) / step <= max_intervals + 1e-9) break;
  }
  return ticks;
}

}  // namespace corridor::report::detail::svg
