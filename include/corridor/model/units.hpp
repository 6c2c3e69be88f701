#pragma once
/// Strong types for the quantities corridor computes with.
///
/// A `Hours` cannot be added to a `Usd` by accident; the arithmetic that makes sense (sum of two
/// durations, a duration times a scalar) is allowed, the rest does not compile. Values are
/// `double` underneath; `value()` gives the raw number where a formula needs it.

#include <compare>

namespace corridor::model {

template <class Tag>
class Quantity {
 public:
  constexpr Quantity() = default;
  constexpr explicit Quantity(double value) : value_(value) {}

  [[nodiscard]] constexpr double value() const { return value_; }

  constexpr Quantity& operator+=(Quantity other) {
    value_ += other.value_;
    return *this;
  }
  constexpr Quantity& operator-=(Quantity other) {
    value_ -= other.value_;
    return *this;
  }
  friend constexpr Quantity operator+(Quantity a, Quantity b) {
    return Quantity(a.value_ + b.value_);
  }
  friend constexpr Quantity operator-(Quantity a, Quantity b) {
    return Quantity(a.value_ - b.value_);
  }
  friend constexpr Quantity operator*(Quantity a, double k) { return Quantity(a.value_ * k); }
  friend constexpr Quantity operator*(double k, Quantity a) { return Quantity(k * a.value_); }
  friend constexpr Quantity operator/(Quantity a, double k) { return Quantity(a.value_ / k); }
  friend constexpr double operator/(Quantity a, Quantity b) { return a.value_ / b.value_; }
  friend constexpr auto operator<=>(Quantity, Quantity) = default;

 private:
  double value_ = 0.0;
};

using Hours = Quantity<struct HoursTag>;    ///< elapsed time
using Km = Quantity<struct KmTag>;          ///< distance
using Usd = Quantity<struct UsdTag>;        ///< money, US dollars
using KgCo2e = Quantity<struct KgCo2eTag>;  ///< greenhouse-gas emissions, kg CO2-equivalent
using Tonnes = Quantity<struct TonnesTag>;  ///< cargo mass

inline constexpr double kHoursPerDay = 24.0;

/// Days as a plain number, for reports.
[[nodiscard]] constexpr double to_days(Hours h) {
  return h.value() / kHoursPerDay;
}

}  // namespace corridor::model
