#pragma once
/// Civil dates and the simulation clock.
///
/// Simulation time is hours since 00:00 UTC of the scenario's start date. Dates are proleptic
/// Gregorian; weekdays are 0 = Monday ... 6 = Sunday.

#include <optional>
#include <string>
#include <string_view>

namespace corridor::model {

struct CivilDate {
  int year = 1970;
  int month = 1;  ///< 1..12
  int day = 1;    ///< 1..31

  friend constexpr auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

inline constexpr double kHoursPerWeek = 168.0;

/// Days since 1970-01-01 (negative before).
[[nodiscard]] long days_from_civil(CivilDate date);
[[nodiscard]] CivilDate civil_from_days(long days);
/// 0 = Monday.
[[nodiscard]] int weekday_from_days(long days);
/// Parses "YYYY-MM-DD"; nullopt when malformed or not a real date.
[[nodiscard]] std::optional<CivilDate> parse_date(std::string_view text);
/// Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" into hours since `epoch`.
[[nodiscard]] std::optional<double> parse_timestamp_hours(std::string_view text, CivilDate epoch);
[[nodiscard]] std::string format_date(CivilDate date);

/// Calendar month (1..12) that simulation hour `t` falls in, for a clock starting at `epoch`.
[[nodiscard]] int month_at(double t, CivilDate epoch);

}  // namespace corridor::model
