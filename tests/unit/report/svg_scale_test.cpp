// Scales and round ticks for chart axes.

#include "report/svg_scale.hpp"

#include <catch2/catch.hpp>

namespace corridor::report::detail::svg {
namespace {

TEST_CASE("a linear scale maps the data interval onto the drawing interval", "[report][svg]") {
  const LinearScale y{0.0, 100.0, 300.0, 20.0};  // upwards, as a chart's y axis
  CHECK(y(0.0) == Approx(300.0));
  CHECK(y(100.0) == Approx(20.0));
  CHECK(y(25.0) == Approx(230.0));
  const LinearScale flat{5.0, 5.0, 0.0, 10.0};
  CHECK(flat(5.0) == Approx(5.0));  // an empty interval maps to the middle
}

TEST_CASE("ticks are round and enclose the data", "[report][svg]") {
  // 0..7.3 in at most 5 intervals: the rough step 1.46 rounds up to 2; 0, 2, 4, 6, 8.
  const Ticks a = nice_ticks(0.0, 7.3, 5);
  CHECK(a.first == 0.0);
  CHECK(a.last == 8.0);
  CHECK(a.step == 2.0);
  CHECK(a.values() == std::vector<double>{0.0, 2.0, 4.0, 6.0, 8.0});
  CHECK(a.decimals == 0);
  // 28.3..31.6 in at most 6: rough 0.55; 0.5 gives 28..32 = 8 intervals, too many; 1 gives 4.
  const Ticks b = nice_ticks(28.3, 31.6, 6);
  CHECK(b.first == 28.0);
  CHECK(b.last == 32.0);
  CHECK(b.step == 1.0);
  // 2,150..7,080 USD in at most 5: rough 986; 500 gives 2,000..7,500 = 11 intervals, 1,000
  // gives 2,000..8,000 = 6, still too many; 2,000 gives 3.
  const Ticks c = nice_ticks(2150.0, 7080.0, 5);
  CHECK(c.step == 2000.0);
  CHECK(c.first == 2000.0);
  CHECK(c.last == 8000.0);
  CHECK(c.label(4000.0) == "4,000");
  // Small steps print their decimals: 0..0.9 in at most 4, rough 0.225; 0.2 gives 0..1.0 = 5
  // intervals, 0.5 gives 2.
  const Ticks d = nice_ticks(0.0, 0.9, 4);
  CHECK(d.step == 0.5);
  CHECK(d.last == 1.0);
  CHECK(d.decimals == 1);
  CHECK(d.label(0.5) == "0.5");
}

TEST_CASE("an empty interval gets a unit around it", "[report][svg]") {
  const Ticks t = nice_ticks(30.0, 30.0, 4);
  CHECK(t.first <= 29.5);
  CHECK(t.last >= 30.5);
  CHECK(t.first < t.last);
}

}  // namespace
}  // namespace corridor::report::detail::svg
