#pragma once
/// Exact order statistics of samples too large to keep in memory.
///
/// The samples are not stored: each pass re-simulates every replication (reproducible from its
/// seed) and shows the values to `OrderStatistics`, which narrows each requested rank down to
/// a smaller value interval. An interval holding few values is collected and sorted; a large
/// one is cut into `kBins` equal bins, and the next interval becomes the [min, max] of the bin
/// holding the rank. Bins are monotone in the value, so the values in [min, max] of a bin are
/// exactly the bin's values. With continuous samples two passes suffice; atoms (a value taken
/// many times) are resolved when a bin's min equals its max. Counts are integers and a rank
/// is selected from the collected values as a value (not a position), so results do not depend
/// on thread order.
///
/// A request may start from a guessed window [lo, hi] instead of the metric's [min, max]
/// (`request_window`), typically the pilot estimate of a quantile with a wide margin: the pass
/// then counts the values below, at and above the window and collects those strictly inside.
/// When the rank falls in the window it is resolved by that one pass; otherwise the request
/// goes on, exactly, from the side of the window that holds it (`refine`'s min and max bound
/// that side). So a good guess saves passes and a bad one costs passes, never exactness.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace corridor::sim::detail {

class OrderStatistics {
 public:
  static constexpr std::size_t kBins = 1024;

  /// Values collected strictly inside one window, at most (beyond it the window's values are
  /// counted, not kept, and the request goes on by bins).
  static constexpr std::uint64_t kWindowCap = std::uint64_t{1} << 20U;

  /// How a watch looks at its interval.
  enum class Look : std::uint8_t {
    bins,     ///< counts, mins and maxs per bin
    collect,  ///< every value in [lo, hi]
    window,   ///< counts below lo, at lo, at hi, above hi; values strictly inside
  };

  /// One interval a pass watches, for one metric.
  struct Watch {
    std::size_t metric = 0;
    double lo = 0.0;
    double hi = 0.0;
    double scale = 0.0;  ///< kBins / (hi - lo)
    Look look = Look::bins;
  };

  /// A window watch's counts (see Look::window).
  struct WindowCounts {
    std::uint64_t below = 0;
    std::uint64_t at_lo = 0;
    std::uint64_t inside = 0;
    std::uint64_t at_hi = 0;
  };

  /// What one thread saw during a pass, per watch.
  struct Tally {
    std::vector<std::vector<double>> values;         ///< collect and window watches
    std::vector<std::vector<std::uint64_t>> counts;  ///< bin watches
    std::vector<std::vector<double>> mins, maxs;     ///< per bin
    std::vector<WindowCounts> windows;               ///< window watches
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
  /// Requests the value of 0-based rank `rank` of `metric` (n values), guessed to lie in
  /// [lo, hi] (lo <= hi; lo may be -inf and hi +inf). Returns a handle for `value`.
  std::size_t request_window(std::size_t metric, std::uint64_t rank, std::uint64_t n, double lo,
                             double hi);

  [[nodiscard]] bool resolved() const;
  /// The value of a request; precondition: resolved().
  [[nodiscard]] double value(std::size_t handle) const { return targets_[handle].value; }

  /// Watches for the unresolved requests; intervals of at most `collect_limit` values are
  /// collected, larger ones binned.
  [[nodiscard]] Plan plan(std::uint64_t collect_limit) const;
  /// Folds in the merged tally of a pass made with `plan`. `mins` and `maxs` are each
  /// metric's smallest and largest value: a window that missed its rank continues from them.
  void refine(const Plan& plan, Tally& tally, std::span<const double> mins,
              std::span<const double> maxs);
  /// Merges `from` into `into` (both made by the same plan's make_tally).
  static void merge(Tally& into, Tally&& from);

 private:
  struct Target {
    std::size_t metric = 0;
    std::uint64_t rank = 0;   ///< among the values in [lo, hi]
    std::uint64_t count = 0;  ///< values in [lo, hi]
    double lo = 0.0;
    double hi = 0.0;
    bool windowed = false;  ///< [lo, hi] is a guess, count unknown
    bool done = false;
    double value = 0.0;
  };

  /// Resolves `t` from its window's counts and values, or moves it to the side that holds it.
  static void refine_window(Target& t, const WindowCounts& c, std::vector<double>& inside,
                            double min, double max);
  /// Finds a watch of `plan` on t's interval.
  [[nodiscard]] static std::size_t watch_of(const Plan& plan, const Target& t);

  std::size_t metrics_;
  std::vector<Target> targets_;
};

}  // namespace corridor::sim::detail
