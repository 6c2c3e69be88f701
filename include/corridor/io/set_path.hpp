#pragma once
/// `--set PATH=V1,V2,...`: values to put at a YAML path of a fully merged scenario, one variant
/// per value (corridor sweep).
///
/// A path names map keys and list items separated by dots; an item of a list whose items have
/// an `id` is named by that id (`links.AKTAU-ALAT.schedule.every_hours`,
/// `nodes.KAUNAS_KIT.handling.servers`), an item of a list without ids by its 0-based index
/// (`demand.0.teu_per_week`). Values are YAML flow scalars, sequences or maps, separated by the
/// commas outside brackets and quotes (`[],[RU, BY]` is two values).

#include <string>
#include <string_view>
#include <vector>

namespace corridor::io {

/// One `--set` argument, read.
struct SetAxis {
  std::string argument;               ///< as typed, for messages: "links.X.hours=24,42"
  std::string path;                   ///< "links.X.hours"
  std::vector<std::string> segments;  ///< the path's dot-separated parts
  std::vector<std::string> values;    ///< each value's text, trimmed ("24", "[RU, BY]")
};

/// Most values one --set argument may list.
inline constexpr std::size_t kMaxSetValues = 10'000;

/// Reads `argument` (PATH=V1,V2,...). Throws ValidationError naming the argument for a missing
/// '=', an empty path or path part, no value or an empty one, unbalanced brackets or quotes, a
/// value that is not YAML, or more than kMaxSetValues values. O(length).
[[nodiscard]] SetAxis parse_set(std::string_view argument);

/// "--set 'links.X.hours=24,42'": how messages name an argument.
[[nodiscard]] std::string set_option_name(const SetAxis& axis);

}  // namespace corridor::io
