#include <catch2/catch.hpp>

#include <corridor/model/schedule.hpp>

namespace corridor::model {
namespace {

TEST_CASE("Headway timetable", "[model][schedule]") {
  const Schedule s{Headway{24.0, 6.0}, std::nullopt};
  CHECK(s.next_departure(0.0, 0) == 6.0);
  CHECK(s.next_departure(6.0, 0) == 6.0);
  CHECK(s.next_departure(6.5, 0) == 30.0);
  CHECK(s.next_departure(100.0, 0) == 102.0);
  CHECK(s.next_departure(102.0, 3) == 102.0);  // the weekday does not matter
  CHECK(s.expected_wait_hours() == 12.0);
  CHECK(s.departures_per_week() == 7.0);
}

TEST_CASE("Headway departures are on the grid for non-integral headways", "[model][schedule]") {
  const Schedule s{Headway{0.1, 0.0}, std::nullopt};
  for (int k = 1; k < 1000; ++k) {
    const double t = k * 0.1 - 1e-9;
    const double d = s.next_departure(t, 0);
    REQUIRE(d >= t);
    REQUIRE(d - t < 0.1);
  }
}

TEST_CASE("Weekly timetable", "[model][schedule]") {
  // Tue 10:00 and Fri 18:00, as hours after Monday 00:00.
  const Schedule s{Weekly{{34.0, 114.0}}, std::nullopt};
  SECTION("expected wait is sum(gap^2) / (2 * 168)") {
    // Gaps: 114 - 34 = 80 and 168 - 114 + 34 = 88.
    CHECK(s.expected_wait_hours() == Approx((80.0 * 80.0 + 88.0 * 88.0) / 336.0).epsilon(1e-15));
    CHECK(s.departures_per_week() == 2.0);
  }
  SECTION("next departure depends on the epoch's weekday") {
    // Epoch on a Wednesday (2): hour 0 is hour 48 of the week.
    CHECK(s.next_departure(0.0, 2) == 114.0 - 48.0);
    CHECK(s.next_departure(66.0, 2) == 66.0);
    CHECK(s.next_departure(66.5, 2) == 168.0 + 34.0 - 48.0);
    // Epoch on a Monday: hour 0 is Monday 00:00.
    CHECK(s.next_departure(0.0, 0) == 34.0);
    CHECK(s.next_departure(1000.0, 0) == 168.0 * 6 + 34.0);  // 1000 h = week 5, hour 160
  }
  SECTION("the mean wait over a week equals the closed form") {
    // Midpoint rule over 168 * 1000 points: exact up to O(step) at the two jumps.
    double sum = 0.0;
    constexpr int kPoints = 168000;
    for (int i = 0; i < kPoints; ++i) {
      const double t = (i + 0.5) * (168.0 / kPoints);
      sum += s.next_departure(t, 0) - t;
    }
    CHECK(sum / kPoints == Approx(s.expected_wait_hours()).epsilon(1e-6));
  }
}

TEST_CASE("Weekly timetable with one departure", "[model][schedule]") {
  const Schedule s{Weekly{{0.0}}, 120.0};
  CHECK(s.expected_wait_hours() == 84.0);  // 168^2 / 336
  CHECK(s.next_departure(0.0, 0) == 0.0);
  CHECK(s.next_departure(0.25, 0) == 168.0);
}

}  // namespace
}  // namespace corridor::model
