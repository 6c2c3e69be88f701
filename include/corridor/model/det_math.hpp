#pragma once
/// Elementary functions whose results are the same on every machine.
///
/// libm's `exp` and `log` are accurate to about one unit in the last place, but which way the
/// last bit falls differs between libm implementations and versions. A simulation that must be
/// byte-identical everywhere therefore cannot call them. These functions use only IEEE-754
/// addition, multiplication, division and exact bit manipulation, in a fixed order; with
/// floating-point contraction disabled (`-ffp-contract=off`, set for every target) they give
/// the same bits on every conforming machine, and they vectorise. Accuracy: within about one
/// ulp of the true value over the whole double range.

#include <bit>
#include <cstdint>
#include <limits>

namespace corridor::model {

namespace det_detail {

// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11 (the high part has 32 significant bits).
inline constexpr double kLn2Hi = 6.93147180369123816490e-01;
inline constexpr double kLn2Lo = 1.90821492927058770002e-10;
inline constexpr double kLog2E = 1.4426950408889634074;
inline constexpr double kSqrt2 = 1.4142135623730951455;
// Adding 1.5 * 2^52 rounds any |y| < 2^51 to the nearest integer, which then sits in the low
// mantissa bits: rounding without a float-to-int conversion instruction.
inline constexpr double kRoundMagic = 6755399441055744.0;
inline constexpr std::uint64_t kExponentOne = 0x3FF0000000000000ULL;
inline constexpr std::uint64_t kMantissaMask = 0x000FFFFFFFFFFFFFULL;

/// 2^k for an integer k held in the low bits of `magic_sum` (a value + kRoundMagic).
[[gnu::always_inline]] constexpr double pow2_from_magic(double magic_sum) {
  const std::uint64_t k = std::bit_cast<std::uint64_t>(magic_sum) -
                          std::bit_cast<std::uint64_t>(kRoundMagic);  // two's complement k
  return std::bit_cast<double>((k + 1023U) << 52U);
}

}  // namespace det_detail

/// e^x. Saturates to +inf above about 709.78 and to 0 below about -745.1; NaN gives NaN.
/// Cody-Waite reduction x = k ln2 + r, |r| <= ln2 / 2, then the Taylor series of e^r to degree
/// 13 (truncation error below 1e-17) and an exact scaling by 2^k. Branch-free, so loops over it
/// vectorise.
[[nodiscard, gnu::always_inline]] constexpr double det_exp(double x) {
  using namespace det_detail;
  // Clamping keeps k within [-1076, 1024]; the result still saturates correctly. Two
  // unconditional selects (not a nested ?:) so that loops over det_exp can be if-converted.
  const double above = x < -746.0 ? -746.0 : x;
  const double xc = above > 710.0 ? 710.0 : above;
  const double k_magic = xc * kLog2E + kRoundMagic;
  const double kd = k_magic - kRoundMagic;
  const double r = (xc - kd * kLn2Hi) - kd * kLn2Lo;

  double p = 1.0 / 6227020800.0;  // 1/13!
  p = p * r + 1.0 / 479001600.0;
  p = p * r + 1.0 / 39916800.0;
  p = p * r + 1.0 / 3628800.0;
  p = p * r + 1.0 / 362880.0;
  p = p * r + 1.0 / 40320.0;
  p = p * r + 1.0 / 5040.0;
  p = p * r + 1.0 / 720.0;
  p = p * r + 1.0 / 120.0;
  p = p * r + 1.0 / 24.0;
  p = p * r + 1.0 / 6.0;
  p = p * r + 0.5;
  p = p * r + 1.0;
  p = p * r + 1.0;

  // 2^k as 2^k1 * 2^k2 with k1 = round(k / 2): both factors stay normal numbers, so results in
  // the subnormal range and overflow to infinity come out right.
  const double k1_magic = kd * 0.5 + kRoundMagic;
  const double k2_magic = (kd - (k1_magic - kRoundMagic)) + kRoundMagic;
  return (p * pow2_from_magic(k1_magic)) * pow2_from_magic(k2_magic);
}

/// Natural logarithm. log(0) = -inf, log(x < 0) = NaN, log(+inf) = +inf.
/// x = 2^e m with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(s), s = (m-1)/(m+1), summed as
/// f - f^2/2 + s (f^2/2 + R(s^2)) with R the odd atanh series to s^21 (|s| <= 0.1716, so the
/// truncation error is below 1e-18).
[[nodiscard]] constexpr double det_log(double x) {
  using namespace det_detail;
  if (!(x > 0.0)) {
    return x == 0.0 ? -std::numeric_limits<double>::infinity()
                    : std::numeric_limits<double>::quiet_NaN();
  }
  if (x == std::numeric_limits<double>::infinity()) return x;
  std::uint64_t bits = std::bit_cast<std::uint64_t>(x);
  std::int64_t e = 0;
  if (bits < 0x0010000000000000ULL) {  // subnormal: scale into the normal range first
    bits = std::bit_cast<std::uint64_t>(x * 18014398509481984.0);  // 2^54
    e = -54;
  }
  e += static_cast<std::int64_t>(bits >> 52U) - 1023;
  double m = std::bit_cast<double>((bits & kMantissaMask) | kExponentOne);
  if (m > kSqrt2) {
    m *= 0.5;
    e += 1;
  }
  const double f = m - 1.0;  // exact
  const double s = f / (2.0 + f);
  const double z = s * s;
  double series = 2.0 / 21.0;
  series = series * z + 2.0 / 19.0;
  series = series * z + 2.0 / 17.0;
  series = series * z + 2.0 / 15.0;
  series = series * z + 2.0 / 13.0;
  series = series * z + 2.0 / 11.0;
  series = series * z + 2.0 / 9.0;
  series = series * z + 2.0 / 7.0;
  series = series * z + 2.0 / 5.0;
  series = series * z + 2.0 / 3.0;
  const double big_r = z * series;
  const double hfsq = 0.5 * f * f;
  const auto dk = static_cast<double>(e);
  return dk * kLn2Hi - ((hfsq - (s * (hfsq + big_r) + dk * kLn2Lo)) - f);
}

/// log(1 + x), accurate for small |x| (the rounding of 1 + x is compensated).
[[nodiscard]] constexpr double det_log1p(double x) {
  const double u = 1.0 + x;
  if (u == 1.0) return x;
  return det_log(u) * (x / (u - 1.0));
}

/// e^x - 1, accurate for small |x| (Kahan's compensation of the rounding of e^x).
[[nodiscard]] constexpr double det_expm1(double x) {
  const double u = det_exp(x);
  if (!(x > -0.5 && x < 0.5)) return u - 1.0;
  if (u == 1.0) return x;
  return (u - 1.0) * (x / det_log(u));
}

/// x^y for x > 0, as e^(y log x). Relative error grows with |y log x|; fine for the moderate
/// arguments of the samplers.
[[nodiscard]] constexpr double det_pow(double x, double y) {
  return det_exp(y * det_log(x));
}

}  // namespace corridor::model
