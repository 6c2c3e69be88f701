#include <algorithm>
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
      sel.refine(plan, tally);
      REQUIRE(++passes < 10);
    }
    INFO("collect limit " << limit);
    for (std::size_t i = 0; i < ranks.size(); ++i)
      CHECK(sel.value(handles[i]) == sorted[ranks[i]]);
  }
}

}  // namespace
}  // namespace corridor::sim
