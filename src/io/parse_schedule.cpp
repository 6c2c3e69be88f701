// Timetables: a departure every N hours, or fixed weekly departures.

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>

#include "io/parse.hpp"

namespace corridor::io::detail {

namespace {
std::optional<double> parse_weekly_time(const Field& f) {
  static constexpr std::array<std::string_view, 7> kDays{"mon", "tue", "wed", "thu",
                                                         "fri", "sat", "sun"};
  auto text = f.string();
  if (!text) return std::nullopt;
  std::string s = *text;
  for (char& c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int hh = -1;
  int mm = -1;
  if (s.size() == 9 && s[3] == ' ' && s[6] == ':') {
    std::from_chars(s.data() + 4, s.data() + 6, hh);
    std::from_chars(s.data() + 7, s.data() + 9, mm);
    const auto day = std::find(kDays.begin(), kDays.end(), s.substr(0, 3));
    if (day != kDays.end() && hh >= 0 && hh < 24 && mm >= 0 && mm < 60) {
      return static_cast<double>(day - kDays.begin()) * 24.0 + hh + mm / 60.0;
    }
  }
  f.error("expected a weekly departure like \"Tue 10:00\", got \"" + *text + "\"");
  return std::nullopt;
}
}  // namespace

std::optional<model::Schedule> parse_schedule(const Field& f) {
  if (!f.expect_map({"every_hours", "offset_hours", "weekly", "capacity_teu"})) {
    return std::nullopt;
  }
  model::Schedule schedule;
  const bool headway = f["every_hours"].present();
  if (headway == f["weekly"].present()) {
    f.error("a schedule needs either every_hours or weekly");
    return std::nullopt;
  }
  if (headway) {
    auto every = f["every_hours"].number();
    if (!every) return std::nullopt;
    if (!(*every > 0.0)) {
      f["every_hours"].error("every_hours must be > 0");
      return std::nullopt;
    }
    if (*every < model::kMinHeadwayHours || *every > model::kMaxHeadwayHours) {
      f["every_hours"].error("every_hours must be between " + number_text(model::kMinHeadwayHours) +
                             " (6 minutes) and " + number_text(model::kMaxHeadwayHours) +
                             " (a year), got " + number_text(*every));
      return std::nullopt;
    }
    double offset = 0.0;
    if (f["offset_hours"].present()) {
      auto o = f["offset_hours"].number();
      if (!o) return std::nullopt;
      if (*o < 0.0 || *o > model::kMaxHeadwayHours) {
        f["offset_hours"].error("offset_hours must be between 0 and " +
                                number_text(model::kMaxHeadwayHours) + ", got " + number_text(*o));
        return std::nullopt;
      }
      offset = *o;
    }
    schedule.pattern = model::Headway{*every, offset};
  } else {
    if (f["offset_hours"].present()) {
      f["offset_hours"].error("offset_hours goes with every_hours, not weekly");
      return std::nullopt;
    }
    model::Weekly weekly;
    bool readable = true;
    for (const Field& item : f["weekly"].items()) {
      // Every bad entry is reported, not only the first.
      auto h = parse_weekly_time(item);
      if (h) weekly.hours_of_week.push_back(*h);
      readable = readable && h.has_value();
    }
    if (!readable || !f["weekly"].node().IsSequence()) return std::nullopt;
    if (weekly.hours_of_week.empty()) {
      f["weekly"].error("a weekly timetable needs at least one departure");
      return std::nullopt;
    }
    std::sort(weekly.hours_of_week.begin(), weekly.hours_of_week.end());
    schedule.pattern = std::move(weekly);
  }
  if (f["capacity_teu"].present()) {
    auto c = f["capacity_teu"].number();
    if (!c) return std::nullopt;
    if (!(*c > 0.0 && *c <= model::kMaxCapacityTeu)) {
      f["capacity_teu"].error("capacity_teu must be > 0 and <= " +
                              number_text(model::kMaxCapacityTeu) + ", got " + number_text(*c));
      return std::nullopt;
    }
    schedule.capacity_teu = *c;
  }
  return schedule;
}

}  // namespace corridor::io::detail
