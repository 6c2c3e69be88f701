#pragma once
/// Sample statistics with a fixed evaluation order, so that results are reproducible bit for
/// bit: moments that merge block by block in replication order, type-7 percentiles and
/// equal-width histograms.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>

#include <corridor/model/simulation_result.hpp>

namespace corridor::sim {

/// Count, mean, sum of squared deviations, minimum and maximum of a sample.
struct Moments {
  std::uint64_t count = 0;
  double mean = 0.0;
  double m2 = 0.0;  ///< sum of (x - mean)^2
  double min = std::numeric_limits<double>::infinity();
  double max = -std::numeric_limits<double>::infinity();

  /// Moments of `values` in one pass over deviations from the first value. Sums run over
  /// eight interleaved accumulators (value i goes to accumulator i mod 8, then the eight are
  /// added pairwise): a fixed order that vectorises without reassociation. A constant sample
  /// gives its value as mean exactly and m2 = 0. O(n).
  [[nodiscard]] static Moments of(std::span<const double> values);
  /// The moments of `count` copies of `value` (what `of` returns for them). O(1).
  [[nodiscard]] static Moments constant(std::uint64_t count, double value);

  /// Appends the sample `later` (Chan, Golub and LeVeque's pairwise update). Merging the
  /// same blocks in the same order always gives the same bits.
  void merge(const Moments& later);

  /// Sample variance (n - 1 in the denominator); 0 for fewer than two values.
  [[nodiscard]] double variance() const;
  [[nodiscard]] double sd() const;
};

/// The two order statistics (0-based ranks) and the weight that give the type-7 percentile p
/// of n values: x[lo] + weight (x[hi] - x[lo]), with h = (n - 1) p, lo = floor(h).
struct PercentileRanks {
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
  double weight = 0.0;
};

/// Precondition: n >= 1, 0 <= p <= 1.
[[nodiscard]] PercentileRanks percentile_ranks(std::uint64_t n, double p);

/// x_lo + weight (x_hi - x_lo); exactly x_lo when the weight is 0 or the values are equal.
[[nodiscard]] double interpolate(double x_lo, double x_hi, double weight);

/// Type-7 percentile of an ascending sample. Precondition: not empty.
[[nodiscard]] double percentile_of_sorted(std::span<const double> sorted, double p);

/// An empty histogram of `bins` equal bins spanning [min, max]. When min == max the width is 0
/// and every value falls into the first bin.
[[nodiscard]] model::Histogram empty_histogram(double min, double max, int bins);

/// The bin of x in `h` (values at the upper edge go to the last bin; out-of-range values are
/// clamped into the first or last bin).
[[nodiscard]] std::size_t histogram_bin(const model::Histogram& h, double x);

}  // namespace corridor::sim
