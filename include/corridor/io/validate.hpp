#pragma once
/// Checks of a scenario's meaning (references, ranges, consistency), separate from parsing.

#include <vector>

#include <corridor/error.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/model/overrides.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::io {

/// Every rule the scenario breaks, in document order, each located through `where`.
/// Pure: reads nothing but its arguments.
[[nodiscard]] std::vector<Issue> validate(const model::Scenario& scenario, const SourceMap& where);

/// Every rule the overrides break, checked against `scenario` with the rules and messages of
/// the scenario's own values (an unknown id gets a "did you mean" hint, a number outside its
/// range is reported as given). Issues name the command-line option of each value
/// ("--avoid-link") and carry no file position. Pure.
[[nodiscard]] std::vector<Issue> check_overrides(const model::Scenario& scenario,
                                                 const model::Overrides& overrides);

}  // namespace corridor::io
