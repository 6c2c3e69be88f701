#include "sim/order_statistics.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

namespace corridor::sim::detail {

namespace {

constexpr std::size_t kObserveBatch = 256;

std::uint32_t bin_of(const OrderStatistics::Watch& w, double x) {
  const double position = (x - w.lo) * w.scale;
  const auto last = static_cast<double>(OrderStatistics::kBins - 1);
  // NaN (an infinite value in an interval with an infinite end) goes to the last bin, which
  // keeps the bins monotone in x. The int32 conversion vectorises where a 64-bit one may not.
  return position < last ? static_cast<std::uint32_t>(static_cast<std::int32_t>(position))
                         : static_cast<std::uint32_t>(OrderStatistics::kBins - 1);
}

}  // namespace

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
      return p.watches[w].lo == t.lo && p.watches[w].hi == t.hi;
    });
    if (known) continue;
    list.push_back(p.watches.size());
    const double scale = static_cast<double>(kBins) / (t.hi - t.lo);
    // An interval too narrow to cut into bins (the scale overflows) is collected whatever its
    // size.
    p.watches.push_back(
        Watch{t.metric, t.lo, t.hi, scale, t.count <= collect_limit || !std::isfinite(scale)});
  }
  return p;
}

OrderStatistics::Tally OrderStatistics::Plan::make_tally() const {
  Tally tally;
  tally.values.resize(watches.size());
  tally.counts.resize(watches.size());
  tally.mins.resize(watches.size());
  tally.maxs.resize(watches.size());
  for (std::size_t w = 0; w < watches.size(); ++w) {
    if (watches[w].collect) continue;
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
    if (watch.collect) {
      auto& out = tally.values[w];
      for (const double x : values) {
        if (x >= watch.lo && x <= watch.hi) out.push_back(x);
      }
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
    into.values[w].insert(into.values[w].end(), from.values[w].begin(), from.values[w].end());
    for (std::size_t b = 0; b < into.counts[w].size(); ++b) {
      into.counts[w][b] += from.counts[w][b];
      into.mins[w][b] = std::min(into.mins[w][b], from.mins[w][b]);
      into.maxs[w][b] = std::max(into.maxs[w][b], from.maxs[w][b]);
    }
  }
}

void OrderStatistics::refine(const Plan& plan, Tally& tally) {
  for (auto& values : tally.values)
    std::sort(values.begin(), values.end());
  for (Target& t : targets_) {
    if (t.done) continue;
    const auto& list = plan.by_metric[t.metric];
    const auto it = std::find_if(list.begin(), list.end(), [&](std::size_t w) {
      return plan.watches[w].lo == t.lo && plan.watches[w].hi == t.hi;
    });
    assert(it != list.end());
    const std::size_t w = *it;
    if (plan.watches[w].collect) {
      const auto& sorted = tally.values[w];
      assert(sorted.size() == t.count);
      t.value = sorted[std::min<std::size_t>(t.rank, sorted.size() - 1)];
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
