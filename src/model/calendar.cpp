#include <cmath>
#include <cstdio>

#include <corridor/model/calendar.hpp>

namespace corridor::model {

namespace {

// Civil-date conversions use the 400-year era decomposition: a Gregorian era has exactly
// 146097 days, and counting years from March makes the leap day the last day of the year, so
// the day of the year follows from the month by a linear formula.
constexpr long kDaysPerEra = 146097;
constexpr long kEpochShift = 719468;  // days from 0000-03-01 to 1970-01-01

constexpr long floor_div(long a, long b) {
  return (a >= 0 ? a : a - b + 1) / b;
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

/// Parses exactly `width` decimal digits at `text[pos]`.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

long days_from_civil(CivilDate date) {
  const long y = static_cast<long>(date.year) - (date.month <= 2 ? 1 : 0);
  const long era = floor_div(y, 400);
  const long year_of_era = y - era * 400;                                    // [0, 399]
  const long month_from_march = (date.month + 9) % 12;                       // March = 0
  const long day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;  // [0, 365]
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * kDaysPerEra + day_of_era - kEpochShift;
}

CivilDate civil_from_days(long days) {
  const long z = days + kEpochShift;
  const long era = floor_div(z, kDaysPerEra);
  const long day_of_era = z - era * kDaysPerEra;  // [0, 146096]
  const long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long month_from_march = (5 * day_of_year + 2) / 153;
  const long day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  const long month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  const long year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

int weekday_from_days(long days) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const long w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::optional<CivilDate> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = digits(text, 0, 4);
  const auto month = digits(text, 5, 2);
  const auto day = digits(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  if (*month < 1 || *month > 12 || *day < 1 || *day > days_in_month(*year, *month)) {
    return std::nullopt;
  }
  return CivilDate{*year, *month, *day};
}

std::optional<double> parse_timestamp_hours(std::string_view text, CivilDate epoch) {
  const auto date = parse_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  int hour = 0;
  int minute = 0;
  if (text.size() != 10) {
    if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
    const auto h = digits(text, 11, 2);
    const auto m = digits(text, 14, 2);
    if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
    hour = *h;
    minute = *m;
  }
  const long days = days_from_civil(*date) - days_from_civil(epoch);
  return static_cast<double>(days) * 24.0 + static_cast<double>(hour) +
         static_cast<double>(minute) / 60.0;
}

std::string format_date(CivilDate date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

int month_at(double t, CivilDate epoch) {
  const auto day_offset = static_cast<long>(std::floor(t / 24.0));
  return civil_from_days(days_from_civil(epoch) + day_offset).month;
}

}  // namespace corridor::model
