#include "sim/order_statistics.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <limits>

namespace corridor::sim::detail {

namespace {

constexpr std::size_t kObserveBatch = 256;

/// Counts the values of `values` around `watch`'s window and keeps those strictly inside
/// (up to kWindowCap; the count decides whether they were all kept).
void observe_window(const OrderStatistics::Watch& watch, OrderStatistics::WindowCounts& counts,
                    std::vector<double>& inside, std::span<const double> values) {
  // One pass: a branch-free count below, and a rarely taken branch for the few values in
  // [lo, hi] (a window holds a small share of the sample).
  const double lo = watch.lo;
  const double hi = watch.hi;
  std::uint64_t below = 0;
  for (const double x : values) {
    below += x < lo ? 1U : 0U;
    if (x >= lo && x <= hi) [[unlikely]] {
      if (x == lo) {
        ++counts.at_lo;
      } else if (x == hi) {
        ++counts.at_hi;
      } else {
        ++counts.inside;
        if (inside.size() < OrderStatistics::kWindowCap) inside.push_back(x);
      }
    }
  }
  counts.below += below;
}

std::uint32_t bin_of(const OrderStatistics::Watch& w, double x) {
  const double position = (x - w.lo) * w.scale;
  const auto last = static_cast<double>(OrderStatistics::kBins - 1);
  // NaN (an infinite value in an interval with an infinite end) goes to the last bin, which
  // keeps the bins monotone in x. The int32 conversion vectorises where a 64-bit one may not.
  return position < last ? static_cast<std::uint32_t>(static_cast<std::int32_t>(position))
                         : static_cast<std::uint32_t>(OrderStatistics::kBins - 1);
}

/// The value of 0-based rank `k` among `values`, which it reorders. O(n).
double select_rank(std::vector<double>& values, std::size_t k) {
  const auto nth = values.begin() + static_cast<std::ptrdiff_t>(k);
  std::nth_element(values.begin(), nth, values.end());
  return *nth;
}

}  // namespace

std::size_t OrderStatistics::request_window(std::size_t metric, std::uint64_t rank, std::uint64_t n,
                                            double lo, double hi) {
  assert(metric < metrics_ && rank < n && lo <= hi);
  Target t;
  t.metric = metric;
  t.rank = rank;
  t.count = n;
  t.lo = lo;
  t.hi = hi;
  t.windowed = true;
  targets_.push_back(t);
  return targets_.size() - 1;
}

std::size_t OrderStatistics::request(std::size_t metric, std::uint64_t rank, std::uint64_t n,
                                     double min, double max) {
  assert(metric < metrics_ && rank < n);
  Target t;
  t.metric = metric;
  t.rank = rank;
  t.count = n;
  t.lo = min;
  t.hi = max;
  t.done = !(min < max);
  t.value = min;
  targets_.push_back(t);
  return targets_.size() - 1;
}

bool OrderStatistics::resolved() const {
  return std::all_of(targets_.begin(), targets_.end(), [](const Target& t) { return t.done; });
}

OrderStatistics::Plan OrderStatistics::plan(std::uint64_t collect_limit) const {
  Plan p;
  p.by_metric.resize(metrics_);
  for (const Target& t : targets_) {
    if (t.done) continue;
    auto& list = p.by_metric[t.metric];
    const bool known = std::any_of(list.begin(), list.end(), [&](std::size_t w) {
      return p.watches[w].lo == t.lo && p.watches[w].hi == t.hi &&
             (p.watches[w].look == Look::window) == t.windowed;
    });
    if (known) continue;
    list.push_back(p.watches.size());
    const double scale = static_cast<double>(kBins) / (t.hi - t.lo);
    // An interval too narrow to cut into bins (the scale overflows) is collected whatever its
    // size.
    const Look look = t.windowed                                          ? Look::window
                      : t.count <= collect_limit || !std::isfinite(scale) ? Look::collect
                                                                          : Look::bins;
    p.watches.push_back(Watch{t.metric, t.lo, t.hi, scale, look});
  }
  return p;
}

OrderStatistics::Tally OrderStatistics::Plan::make_tally() const {
  Tally tally;
  tally.values.resize(watches.size());
  tally.counts.resize(watches.size());
  tally.mins.resize(watches.size());
  tally.maxs.resize(watches.size());
  tally.windows.resize(watches.size());
  for (std::size_t w = 0; w < watches.size(); ++w) {
    if (watches[w].look != Look::bins) continue;
    // One spare slot past the bins takes the values outside the interval (see observe).
    tally.counts[w].assign(kBins + 1, 0);
    tally.mins[w].assign(kBins + 1, watches[w].hi);
    tally.maxs[w].assign(kBins + 1, watches[w].lo);
  }
  return tally;
}

void OrderStatistics::Plan::observe(Tally& tally, std::size_t metric,
                                    std::span<const double> values) const {
  for (const std::size_t w : by_metric[metric]) {
    const Watch& watch = watches[w];
    if (watch.look == Look::collect) {
      auto& out = tally.values[w];
      for (const double x : values) {
        if (x >= watch.lo && x <= watch.hi) out.push_back(x);
      }
      continue;
    }
    if (watch.look == Look::window) {
      observe_window(watch, tally.windows[w], tally.values[w], values);
      continue;
    }
    // Bin numbers first, in a loop without branches (values outside the interval get kBins, a
    // spare slot past the real bins), then the scattered updates, also without branches.
    std::uint64_t* counts = tally.counts[w].data();
    double* mins = tally.mins[w].data();
    double* maxs = tally.maxs[w].data();
    std::array<std::uint32_t, kObserveBatch> bins{};
    for (std::size_t start = 0; start < values.size(); start += kObserveBatch) {
      const std::size_t n = std::min(kObserveBatch, values.size() - start);
      const double* x = values.data() + start;
      for (std::size_t i = 0; i < n; ++i) {
        const bool inside = x[i] >= watch.lo && x[i] <= watch.hi;
        bins[i] = inside ? bin_of(watch, x[i]) : static_cast<std::uint32_t>(kBins);
      }
      for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t b = bins[i];
        ++counts[b];
        mins[b] = x[i] < mins[b] ? x[i] : mins[b];
        maxs[b] = x[i] > maxs[b] ? x[i] : maxs[b];
      }
    }
  }
}

void OrderStatistics::merge(Tally& into, Tally&& from) {
  for (std::size_t w = 0; w < into.values.size(); ++w) {
    WindowCounts& c = into.windows[w];
    const WindowCounts& f = from.windows[w];
    c.below += f.below;
    c.at_lo += f.at_lo;
    c.at_hi += f.at_hi;
    c.inside += f.inside;
    into.values[w].insert(into.values[w].end(), from.values[w].begin(), from.values[w].end());
    for (std::size_t b = 0; b < into.counts[w].size(); ++b) {
      into.counts[w][b] += from.counts[w][b];
      into.mins[w][b] = std::min(into.mins[w][b], from.mins[w][b]);
      into.maxs[w][b] = std::max(into.maxs[w][b], from.maxs[w][b]);
    }
  }
}

std::size_t OrderStatistics::watch_of(const Plan& plan, const Target& t) {
  const auto& list = plan.by_metric[t.metric];
  const auto it = std::find_if(list.begin(), list.end(), [&](std::size_t w) {
    return plan.watches[w].lo == t.lo && plan.watches[w].hi == t.hi &&
           (plan.watches[w].look == Look::window) == t.windowed;
  });
  assert(it != list.end());
  return *it;
}

void OrderStatistics::refine_window(Target& t, const WindowCounts& c, std::vector<double>& inside,
                                    double min, double max) {
  t.windowed = false;
  if (t.rank < c.below) {
    // Left of the window: the values in [min, lo).
    t.count = c.below;
    t.hi = std::nextafter(t.lo, -std::numeric_limits<double>::infinity());
    t.lo = min;
  } else if (const std::uint64_t above = c.below + c.at_lo + c.inside + c.at_hi; t.rank >= above) {
    // Right of the window: the values in (hi, max].
    t.rank -= above;
    t.count = t.count - above;
    t.lo = std::nextafter(t.hi, std::numeric_limits<double>::infinity());
    t.hi = max;
  } else if (t.rank < c.below + c.at_lo) {
    t.hi = t.lo;
  } else if (t.rank >= c.below + c.at_lo + c.inside) {
    t.lo = t.hi;
  } else if (c.inside > kWindowCap) {
    // Inside, but too many values to have kept: go on by bins over the window.
    t.rank -= c.below + c.at_lo;
    t.count = c.inside;
    t.lo = std::nextafter(t.lo, std::numeric_limits<double>::infinity());
    t.hi = std::nextafter(t.hi, -std::numeric_limits<double>::infinity());
  } else {
    assert(inside.size() == c.inside);
    t.value = select_rank(inside, t.rank - c.below - c.at_lo);
    t.done = true;
    return;
  }
  t.value = t.lo;
  t.done = !(t.lo < t.hi);
}

void OrderStatistics::refine(const Plan& plan, Tally& tally, std::span<const double> mins,
                             std::span<const double> maxs) {
  for (Target& t : targets_) {
    if (t.done) continue;
    const std::size_t w = watch_of(plan, t);
    if (plan.watches[w].look == Look::window) {
      refine_window(t, tally.windows[w], tally.values[w], mins[t.metric], maxs[t.metric]);
      continue;
    }
    if (plan.watches[w].look == Look::collect) {
      auto& values = tally.values[w];
      assert(values.size() == t.count);
      t.value = select_rank(values, std::min<std::size_t>(t.rank, values.size() - 1));
      t.done = true;
      continue;
    }
    std::uint64_t before = 0;
    std::size_t b = 0;
    while (b + 1 < kBins && before + tally.counts[w][b] <= t.rank)
      before += tally.counts[w][b++];
    t.rank -= before;
    t.count = tally.counts[w][b];
    t.lo = tally.mins[w][b];
    t.hi = tally.maxs[w][b];
    t.value = t.lo;
    t.done = !(t.lo < t.hi);
  }
}

}  // namespace corridor::sim::detail
