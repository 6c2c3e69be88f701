#pragma once
// Private to io: numbers and words as scenario text spells them, shared by the YAML reader and
// the table reader so that both accept the same values and say the same about the others.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace corridor::io::detail {

/// A finite number as written ("12", "+1.5", "1e3"); nullopt for anything else. O(length).
[[nodiscard]] inline std::optional<double> number_from_text(std::string_view text) {
  double value = 0.0;
  const char* first = text.data();
  const char* last = first + text.size();
  if (!text.empty() && *first == '+') ++first;
  auto [ptr, ec] = std::from_chars(first, last, value);
  if (text.empty() || ec != std::errc() || ptr != last || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

/// An optional minus sign and decimal digits: a whole number however large.
[[nodiscard]] inline bool whole_number_text(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// "must be between 500 and 2000, got 3000": a whole number outside its range, as written.
[[nodiscard]] inline std::string out_of_range(std::int64_t min, std::int64_t max,
                                              std::string_view text) {
  return "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " +
         std::string(text);
}

/// The hint for an unknown node kind.
inline constexpr const char* kNodeKindHint =
    "kinds are terminal, seaport, dry_port, border, city, junction";
/// The hint for a gauge out of range.
inline constexpr const char* kGaugeHint = "gauges are in millimetres, e.g. 1520 or 1435";

/// "give usd_per_teu or usd_per_container, not both": a charge given both per TEU (`teu_key`)
/// and per container (`container_key`), reported at the second with kChargeUnitHint.
[[nodiscard]] inline std::string both_units(std::string_view teu_key,
                                            std::string_view container_key) {
  return "give " + std::string(teu_key) + " or " + std::string(container_key) + ", not both";
}
/// The hint for a charge given in both units.
inline constexpr const char* kChargeUnitHint =
    "a charge is per TEU or per container (a box of any size pays the same): write it as its "
    "source publishes it";

}  // namespace corridor::io::detail
