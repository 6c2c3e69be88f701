#pragma once
/// Exact order statistics of samples too large to keep in memory.
///
/// The samples are not stored: each pass re-simulates every replication (reproducible from its
/// seed) and shows the values to `OrderStatistics`, which narrows each requested rank down to
/// a smaller value interval. An interval holding few values is collected and sorted; a large
/// one is cut into `kBins` equal bins, and the next interval becomes the [min, max] of the bin
/// holding the rank. Bins are monotone in the value, so the values in [min, max] of a bin are
/// exactly the bin's values. With continuous samples two passes suffice; atoms (a value taken
/// many times) are resolved when a bin's min equals its max. Counts are integers and
/// collected values are sorted, so results do not depend on thread order.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace corridor::sim::detail {

class OrderStatistics {
 public:
  static constexpr std::size_t kBins = 1024;

  /// One interval a pass watches, for one metric.
  struct Watch {
    std::size_t metric = 0;
    double lo = 0.0;
    double hi = 0.0;
    double scale = 0.0;  ///< kBins / (hi - lo)
    bool collect = false;
  };

  /// What one thread saw during a pass, per watch.
  struct Tally {
    std::vector<std::vector<double>> values;         ///< collect watches
    std::vector<std::vector<std::uint64_t>> counts;  ///< bin watches
    std::vector<std::vector<double>> mins, maxs;     ///< per bin
  };

  /// The watches of the coming pass, grouped by metric.
  struct Plan {
    std::vector<Watch> watches;
    std::vector<std::vector<std::size_t>> by_metric;

    [[nodiscard]] Tally make_tally() const;
    /// Records the values of `metric` that fall in its watched intervals. O(n x watches).
    void observe(Tally& tally, std::size_t metric, std::span<const double> values) const;
  };

  explicit OrderStatistics(std::size_t metrics) : metrics_(metrics) {}

  /// Requests the value of 0-based rank `rank` of `metric`, whose n values lie in [min, max].
  /// Returns a handle for `value`.
  std::size_t request(std::size_t metric, std::uint64_t rank, std::uint64_t n, double min,
                      double max);

  [[nodiscard]] bool resolved() const;
  /// The value of a request; precondition: resolved().
  [[nodiscard]] double value(std::size_t handle) const { return targets_[handle].value; }

  /// Watches for the unresolved requests; intervals of at most `collect_limit` values are
  /// collected, larger ones binned.
  [[nodiscard]] Plan plan(std::uint64_t collect_limit) const;
  /// Folds in the merged tally of a pass made with `plan`.
  void refine(const Plan& plan, Tally& tally);
  /// Merges `from` into `into` (both made by the same plan's make_tally).
  static void merge(Tally& into, Tally&& from);

 private:
  struct Target {
    std::size_t metric = 0;
    std::uint64_t rank = 0;   ///< among the values in [lo, hi]
    std::uint64_t count = 0;  ///< values in [lo, hi]
    double lo = 0.0;
    double hi = 0.0;
    bool done = false;
    double value = 0.0;
  };

  std::size_t metrics_;
  std::vector<Target> targets_;
};

}  // namespace corridor::sim::detail
