#pragma once
/// Checks of a scenario's meaning (references, ranges, consistency), separate from parsing.

#include <vector>

#include <corridor/error.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::io {

/// Every rule the scenario breaks, in document order, each located through `where`.
/// Pure: reads nothing but its arguments.
[[nodiscard]] std::vector<Issue> validate(const model::Scenario& scenario, const SourceMap& where);

}  // namespace corridor::io
