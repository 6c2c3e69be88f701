#include <algorithm>
#include <limits>
#include <span>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/sim/rng.hpp>
#include <corridor/sim/statistics.hpp>

#include "sim/order_statistics.hpp"

namespace corridor::sim {
namespace {

TEST_CASE("Moments of a small sample", "[sim][statistics]") {
  const std::vector<double> x{2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, 1.0, 3.0, 6.0};
  const Moments m = Moments::of(x);
  // Sum 50, mean 50/11; sum of squares 278.
  CHECK(m.count == 11);
  CHECK(m.mean == Approx(50.0 / 11.0));
  CHECK(m.variance() == Approx((278.0 - 50.0 * 50.0 / 11.0) / 10.0));
  CHECK(m.min == 1.0);
  CHECK(m.max == 9.0);
}

TEST_CASE("Moments of a constant sample are exact", "[sim][statistics]") {
  const std::vector<double> x(1001, 0.1);
  Moments m = Moments::of(x);
  CHECK(m.mean == 0.1);
  CHECK(m.m2 == 0.0);
  m.merge(Moments::of(std::vector<double>(77, 0.1)));
  CHECK(m.mean == 0.1);
  CHECK(m.sd() == 0.0);
  CHECK(m.count == 1078);
  const Moments c = Moments::constant(1001, 0.1);
  CHECK(c.mean == Moments::of(x).mean);
  CHECK(c.m2 == Moments::of(x).m2);
}

TEST_CASE("merged blocks give the moments of the whole", "[sim][statistics]") {
  Xoshiro256pp g(4);
  std::vector<double> x(10000);
  for (double& v : x)
    v = 1e6 + to_unit(g());  // a large offset tests the cancellation
  Moments merged;
  for (std::size_t i = 0; i < x.size(); i += 999) {
    merged.merge(Moments::of(
        std::span<const double>(x).subspan(i, std::min<std::size_t>(999, x.size() - i))));
  }
  const Moments whole = Moments::of(x);
  CHECK(merged.count == whole.count);
  CHECK(merged.mean == Approx(whole.mean).epsilon(1e-15));
  CHECK(merged.variance() == Approx(whole.variance()).epsilon(1e-9));
  CHECK(whole.variance() == Approx(1.0 / 12.0).epsilon(0.03));
}

TEST_CASE("type-7 percentiles", "[sim][statistics]") {
  const std::vector<double> x{1.0, 2.0, 3.0, 4.0};
  // h = (n - 1) p: numpy.percentile([1, 2, 3, 4], [50, 10, 95, 0, 100]) = 2.5, 1.3, 3.85, 1, 4.
  CHECK(percentile_of_sorted(x, 0.5) == 2.5);
  CHECK(percentile_of_sorted(x, 0.1) == Approx(1.3));
  CHECK(percentile_of_sorted(x, 0.95) == Approx(3.85));
  CHECK(percentile_of_sorted(x, 0.0) == 1.0);
  CHECK(percentile_of_sorted(x, 1.0) == 4.0);
  const std::vector<double> one{7.0};
  CHECK(percentile_of_sorted(one, 0.95) == 7.0);
  const PercentileRanks r = percentile_ranks(101, 0.05);
  CHECK(r.lo == 5);
  CHECK(r.hi == 6);
  CHECK(r.weight == 0.0);
}

TEST_CASE("histogram bins", "[sim][statistics]") {
  const model::Histogram h = empty_histogram(0.0, 10.0, 5);
  CHECK(h.width == 2.0);
  CHECK(histogram_bin(h, 0.0) == 0);
  CHECK(histogram_bin(h, 1.999) == 0);
  CHECK(histogram_bin(h, 2.0) == 1);
  CHECK(histogram_bin(h, 10.0) == 4);  // the upper edge belongs to the last bin
  const model::Histogram flat = empty_histogram(3.0, 3.0, 5);
  CHECK(flat.width == 0.0);
  CHECK(histogram_bin(flat, 3.0) == 0);
}

TEST_CASE("OrderStatistics selects exact order statistics in passes", "[sim][statistics]") {
  // A sample with an atom (a quarter of the values are 5.0) and a continuous part.
  Xoshiro256pp g(8);
  std::vector<double> x(50000);
  for (double& v : x)
    v = to_unit(g()) < 0.25 ? 5.0 : 10.0 * to_unit(g());
  const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
  std::vector<double> sorted = x;
  std::sort(sorted.begin(), sorted.end());

  for (const std::uint64_t limit :
       {std::uint64_t{0}, std::uint64_t{100}, std::uint64_t{1} << 30U}) {
    detail::OrderStatistics sel(1);
    std::vector<std::size_t> handles;
    const std::vector<std::uint64_t> ranks{0, 1, 2499, 12500, 25000, 25001, 47500, 49999};
    for (const auto r : ranks)
      handles.push_back(sel.request(0, r, x.size(), *lo, *hi));
    int passes = 0;
    while (!sel.resolved()) {
      const auto plan = sel.plan(limit);
      auto tally = plan.make_tally();
      // Two "threads", each seeing half of the values.
      auto other = plan.make_tally();
      plan.observe(tally, 0, std::span<const double>(x).first(20000));
      plan.observe(other, 0, std::span<const double>(x).subspan(20000));
      detail::OrderStatistics::merge(tally, std::move(other));
      sel.refine(plan, tally, std::vector<double>{*lo}, std::vector<double>{*hi});
      REQUIRE(++passes < 10);
    }
    INFO("collect limit " << limit);
    for (std::size_t i = 0; i < ranks.size(); ++i)
      CHECK(sel.value(handles[i]) == sorted[ranks[i]]);
  }
}

/// Runs `sel` to the end over `x` (in two halves, as two threads would) and returns the passes.
int resolve(detail::OrderStatistics& sel, const std::vector<double>& x, double min, double max) {
  const std::vector<double> mins{min};
  const std::vector<double> maxs{max};
  int passes = 0;
  while (!sel.resolved()) {
    const auto plan = sel.plan(100);
    auto tally = plan.make_tally();
    auto other = plan.make_tally();
    plan.observe(tally, 0, std::span<const double>(x).first(x.size() / 3));
    plan.observe(other, 0, std::span<const double>(x).subspan(x.size() / 3));
    detail::OrderStatistics::merge(tally, std::move(other));
    sel.refine(plan, tally, mins, maxs);
    REQUIRE(++passes < 12);
  }
  return passes;
}

TEST_CASE("OrderStatistics windows: one pass when the rank is inside, exact when it is not",
          "[sim][statistics]") {
  // A continuous part, an atom at 5 (a quarter of the values) and an atom at 7.5.
  Xoshiro256pp g(11);
  std::vector<double> x(40000);
  for (double& v : x) {
    const double u = to_unit(g());
    v = u < 0.25 ? 5.0 : u < 0.30 ? 7.5 : 10.0 * to_unit(g());
  }
  const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
  std::vector<double> sorted = x;
  std::sort(sorted.begin(), sorted.end());
  const double inf = std::numeric_limits<double>::infinity();
  // The ranks each atom spans: [first, last).
  auto ranks_of = [&](double atom) {
    const auto [first, last] = std::equal_range(sorted.begin(), sorted.end(), atom);
    return std::pair{static_cast<std::size_t>(first - sorted.begin()),
                     static_cast<std::size_t>(last - sorted.begin())};
  };
  const auto [first_5, end_5] = ranks_of(5.0);
  const auto [first_7_5, end_7_5] = ranks_of(7.5);
  REQUIRE(end_5 - first_5 > 9000);
  REQUIRE(end_7_5 - first_7_5 > 1500);
  const std::uint64_t at_5 = (first_5 + end_5) / 2;
  const std::uint64_t at_7_5 = (first_7_5 + end_7_5) / 2;

  struct Case {
    const char* what;
    std::uint64_t rank;
    double window_lo;
    double window_hi;
    int passes;  ///< 1: resolved by the window's pass; more: it went on by bins
  };
  const std::vector<Case> cases{
      {"inside", 30000, sorted[29000], sorted[31000], 1},
      {"at the window's low end (an atom)", at_5, 5.0, sorted[first_7_5 - 100], 1},
      {"at the window's high end (an atom)", at_7_5, sorted[first_5 - 100], 7.5, 1},
      {"open below", 100, -inf, sorted[400], 1},
      {"open above", 39990, sorted[39000], inf, 1},
      {"the whole line", 20000, -inf, inf, 1},
      {"left of the window", 2000, sorted[30000], sorted[31000], 3},
      {"right of the window", 38000, sorted[1000], sorted[2000], 3},
      {"a window of one atom", at_5, 5.0, 5.0, 1},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    detail::OrderStatistics sel(1);
    const std::size_t h = sel.request_window(0, c.rank, x.size(), c.window_lo, c.window_hi);
    const int passes = resolve(sel, x, *lo, *hi);
    CHECK(sel.value(h) == sorted[c.rank]);
    if (c.passes == 1) {
      CHECK(passes == 1);
    } else {
      CHECK(passes > 1);
    }
  }
}

}  // namespace
}  // namespace corridor::sim
