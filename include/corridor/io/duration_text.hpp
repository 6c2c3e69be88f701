#pragma once
/// A duration typed on the command line (`corridor criticality --simulate`), in the syntax a
/// scenario uses for durations.

#include <string>
#include <string_view>

#include <corridor/model/distribution.hpp>

namespace corridor::io {

/// Reads `text` as hours: a number ("72"), or one distribution written as in a scenario, in
/// YAML flow style ("{triangular: [24, 48, 96]}", "{lognormal: {median: 48, p95: 120}}",
/// "{empirical: {samples: [24, 48]}}"). Throws ValidationError whose issues name `option` and
/// the part at fault ("--simulate.triangular: ...") when the text is not YAML or not such a
/// duration (the checks of a scenario's durations: not negative, at most 10 years, ...).
/// O(length).
[[nodiscard]] model::Distribution parse_duration_text(std::string_view text,
                                                      const std::string& option);

}  // namespace corridor::io
