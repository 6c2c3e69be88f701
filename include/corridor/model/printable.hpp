#pragma once
/// Text from a scenario, made safe to show on a terminal.

#include <string>
#include <string_view>

namespace corridor::model {

/// `text` with every control character written as an escape: "\n", "\t", "\r", "\x1b" for the
/// other C0 controls and DEL, "\u009b" for C1 controls, "\xff" for a byte that is not UTF-8.
/// Printable UTF-8 is kept as it is. A name or id from a scenario can then never move the
/// cursor, recolour or retitle the terminal that shows a report or an error. O(n).
[[nodiscard]] std::string printable(std::string_view text);

}  // namespace corridor::model
