#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

#include <corridor/sim/statistics.hpp>

namespace corridor::sim {

namespace {

constexpr std::size_t kWays = 8;
using Accumulators = std::array<double, kWays>;

double pairwise_total(const Accumulators& a) {
  return ((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7]));
}

}  // namespace

Moments Moments::of(std::span<const double> values) {
  Moments m;
  const std::size_t n = values.size();
  if (n == 0) return m;
  const double* x = values.data();
  // Sums of d = x - shift and d^2 with shift = the first value: one pass, and accurate because
  // the shift is a value of the sample itself (so |mean - shift| is of the order of the spread).
  // A constant sample gives d = 0 throughout: its mean is exact and m2 is 0.
  const double shift = x[0];
  Accumulators sum{};
  Accumulators sq{};
  Accumulators lo;
  Accumulators hi;
  lo.fill(shift);
  hi.fill(shift);
  std::size_t i = 0;
  for (; i + kWays <= n; i += kWays) {
    for (std::size_t l = 0; l < kWays; ++l) {
      const double v = x[i + l];
      const double d = v - shift;
      sum[l] += d;
      sq[l] += d * d;
      lo[l] = v < lo[l] ? v : lo[l];
      hi[l] = v > hi[l] ? v : hi[l];
    }
  }
  for (std::size_t l = 0; i < n; ++i, ++l) {
    const double d = x[i] - shift;
    sum[l] += d;
    sq[l] += d * d;
    lo[l] = std::min(lo[l], x[i]);
    hi[l] = std::max(hi[l], x[i]);
  }
  const auto count = static_cast<double>(n);
  const double total = pairwise_total(sum);
  m.count = n;
  m.mean = shift + total / count;
  m.m2 = std::max(pairwise_total(sq) - total * (total / count), 0.0);
  m.min = *std::min_element(lo.begin(), lo.end());
  m.max = *std::max_element(hi.begin(), hi.end());
  return m;
}

Moments Moments::constant(std::uint64_t count, double value) {
  Moments m;
  m.count = count;
  if (count == 0) return m;
  m.mean = value;
  m.min = value;
  m.max = value;
  return m;
}

void Moments::merge(const Moments& later) {
  if (later.count == 0) return;
  if (count == 0) {
    *this = later;
    return;
  }
  const auto na = static_cast<double>(count);
  const auto nb = static_cast<double>(later.count);
  const double n = na + nb;
  const double delta = later.mean - mean;
  mean += delta * (nb / n);
  m2 += later.m2 + delta * delta * (na * nb / n);
  count += later.count;
  min = std::min(min, later.min);
  max = std::max(max, later.max);
}

double Moments::variance() const {
  return count < 2 ? 0.0 : m2 / static_cast<double>(count - 1);
}

double Moments::sd() const {
  return std::sqrt(variance());
}

PercentileRanks percentile_ranks(std::uint64_t n, double p) {
  assert(n >= 1 && p >= 0.0 && p <= 1.0);
  const double h = static_cast<double>(n - 1) * p;
  const double lo = std::floor(h);
  PercentileRanks r;
  r.lo = std::min(static_cast<std::uint64_t>(lo), n - 1);
  r.hi = std::min(r.lo + 1, n - 1);
  r.weight = h - lo;
  return r;
}

double interpolate(double x_lo, double x_hi, double weight) {
  if (weight == 0.0 || x_lo == x_hi) return x_lo;
  return x_lo + weight * (x_hi - x_lo);
}

double percentile_of_sorted(std::span<const double> sorted, double p) {
  const PercentileRanks r = percentile_ranks(sorted.size(), p);
  return interpolate(sorted[r.lo], sorted[r.hi], r.weight);
}

model::Histogram empty_histogram(double min, double max, int bins) {
  model::Histogram h;
  h.lower = min;
  h.width = max > min ? (max - min) / static_cast<double>(bins) : 0.0;
  h.counts.assign(static_cast<std::size_t>(std::max(bins, 1)), 0);
  return h;
}

std::size_t histogram_bin(const model::Histogram& h, double x) {
  const std::size_t last = h.counts.size() - 1;
  if (!(h.width > 0.0) || !(x > h.lower)) return 0;
  const double position = std::floor((x - h.lower) / h.width);
  // Written so that NaN (from an infinite value) also lands in the last bin.
  return position < static_cast<double>(last) ? static_cast<std::size_t>(position) : last;
}

}  // namespace corridor::sim
