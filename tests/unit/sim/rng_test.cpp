#include <array>
#include <set>

#include <catch2/catch.hpp>

#include <corridor/sim/rng.hpp>

namespace corridor::sim {
namespace {

TEST_CASE("SplitMix64 matches the reference output", "[sim][rng]") {
  // First output of the reference splitmix64.c seeded with 0.
  SplitMix64 g(0);
  CHECK(g.next() == 0xE220A8397B1DCDAFULL);
}

TEST_CASE("xoshiro256++ matches a hand-computed start", "[sim][rng]") {
  // State {1, 2, 3, 4}: first output rotl(1 + 4, 23) + 1. After one step the state is
  // {7, 0, 2 ^ 2^17, rotl(6, 45)}, so the second is rotl(7 + 6 * 2^45, 23) + 7.
  Xoshiro256pp g(1, 2, 3, 4);
  CHECK(g() == (5ULL << 23U) + 1U);
  CHECK(g() == 58720352ULL + 7U);
}

TEST_CASE("LaneStreams advance exactly like Xoshiro256pp", "[sim][rng]") {
  LaneStreams lanes;
  lanes.seed(42, 1000);
  for (std::size_t j = 0; j < kLanes; j += 7) {
    Xoshiro256pp reference(stream_key(42, 1000 + j));
    LaneStreams copy = lanes;
    for (int i = 0; i < 10; ++i)
      REQUIRE(copy.next(j) == reference());
    REQUIRE(copy.get(j).state() == reference.state());
  }
}

TEST_CASE("stream keys differ between replications and seeds", "[sim][rng]") {
  std::set<std::uint64_t> keys;
  for (std::uint64_t i = 0; i < 10000; ++i)
    keys.insert(stream_key(7, i));
  CHECK(keys.size() == 10000);
  CHECK(stream_key(7, 0) != stream_key(8, 0));
}

TEST_CASE("to_unit and to_open_unit", "[sim][rng]") {
  CHECK(to_unit(0) == 0.0);
  CHECK(to_unit(~0ULL) == 1.0 - 0x1p-52);
  CHECK(to_open_unit(0) == 0x1p-53);
  CHECK(to_open_unit(~0ULL) == 1.0 - 0x1p-53);

  SECTION("uniform: chi-square over 20 bins") {
    // 200000 draws; the 0.999 quantile of chi-square with 19 degrees of freedom is 43.8.
    Xoshiro256pp g(stream_key(1, 2));
    std::array<int, 20> bins{};
    constexpr int kDraws = 200000;
    for (int i = 0; i < kDraws; ++i)
      ++bins[static_cast<std::size_t>(to_unit(g()) * 20.0)];
    double chi2 = 0.0;
    for (const int count : bins) {
      const double expected = kDraws / 20.0;
      chi2 += (count - expected) * (count - expected) / expected;
    }
    CHECK(chi2 < 43.8);
  }
}

}  // namespace
}  // namespace corridor::sim
