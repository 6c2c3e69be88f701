#include <catch2/catch.hpp>

#include <corridor/model/calendar.hpp>

namespace corridor::model {
namespace {

TEST_CASE("days_from_civil counts days from 1970-01-01", "[model][calendar]") {
  // Reference day numbers from Python's datetime (proleptic Gregorian).
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(days_from_civil({1969, 12, 31}) == -1);
  CHECK(days_from_civil({2000, 3, 1}) == 11017);
  CHECK(days_from_civil({2025, 1, 1}) == 20089);
  CHECK(days_from_civil({1600, 2, 29}) == -135081);
  CHECK(days_from_civil({2400, 12, 31}) == 157419);
}

TEST_CASE("civil_from_days inverts days_from_civil", "[model][calendar]") {
  for (long d = -1000000; d <= 1000000; d += 97) {
    const CivilDate date = civil_from_days(d);
    REQUIRE(days_from_civil(date) == d);
    REQUIRE(date.month >= 1);
    REQUIRE(date.month <= 12);
  }
  CHECK(civil_from_days(11017) == CivilDate{2000, 3, 1});
  CHECK(civil_from_days(-135081) == CivilDate{1600, 2, 29});
}

TEST_CASE("weekday_from_days, Monday = 0", "[model][calendar]") {
  CHECK(weekday_from_days(0) == 3);                                // 1970-01-01, Thursday
  CHECK(weekday_from_days(-1) == 2);                               // 1969-12-31, Wednesday
  CHECK(weekday_from_days(days_from_civil({2025, 1, 1})) == 2);    // Wednesday
  CHECK(weekday_from_days(days_from_civil({2400, 12, 31})) == 6);  // Sunday
  CHECK(weekday_from_days(days_from_civil({1600, 2, 29})) == 1);   // Tuesday
}

TEST_CASE("parse_date accepts real dates only", "[model][calendar]") {
  CHECK(parse_date("2024-02-29") == CivilDate{2024, 2, 29});
  CHECK(parse_date("2000-02-29") == CivilDate{2000, 2, 29});
  CHECK_FALSE(parse_date("2023-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));
  CHECK_FALSE(parse_date("2025-13-01"));
  CHECK_FALSE(parse_date("2025-04-31"));
  CHECK_FALSE(parse_date("2025-1-01"));
  CHECK_FALSE(parse_date("2025-01-01x"));
  CHECK_FALSE(parse_date("2025/01/01"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("parse_timestamp_hours measures from the epoch", "[model][calendar]") {
  const CivilDate epoch{2025, 1, 1};
  CHECK(parse_timestamp_hours("2025-01-01", epoch) == 0.0);
  // 2025-03-01 is 31 + 28 = 59 days after 2025-01-01.
  CHECK(parse_timestamp_hours("2025-03-01T12:30", epoch) == 59 * 24.0 + 12.5);
  CHECK(parse_timestamp_hours("2024-12-31T23:00", epoch) == -1.0);
  CHECK_FALSE(parse_timestamp_hours("2025-03-01T24:00", epoch));
  CHECK_FALSE(parse_timestamp_hours("2025-03-01T12:60", epoch));
  CHECK_FALSE(parse_timestamp_hours("2025-03-01 12:30", epoch));
}

TEST_CASE("format_date pads with zeros", "[model][calendar]") {
  CHECK(format_date({2025, 3, 7}) == "2025-03-07");
  CHECK(format_date({987, 12, 31}) == "0987-12-31");
}

TEST_CASE("month_at follows the calendar from the epoch", "[model][calendar]") {
  const CivilDate epoch{2025, 1, 31};
  CHECK(month_at(0.0, epoch) == 1);
  CHECK(month_at(23.99, epoch) == 1);
  CHECK(month_at(24.0, epoch) == 2);       // 2025-02-01
  CHECK(month_at(29 * 24.0, epoch) == 3);  // 2025-03-01 (2025 is not a leap year)
  CHECK(month_at(-0.5, CivilDate{2025, 1, 1}) == 12);
}

}  // namespace
}  // namespace corridor::model
