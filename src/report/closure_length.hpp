#pragma once
// Private to report: how the reports name a simulated closure (`criticality --simulate`).

#include <string>

#include <corridor/model/criticality_result.hpp>
#include <corridor/model/distribution.hpp>

#include "report/json.hpp"

namespace corridor::report::detail {

/// A closure length in the scenario's syntax: a number for a fixed length, else one
/// {family: parameters} member ({"triangular": [24, 48, 96]}; a log-normal by its mu, sigma
/// and shift; a PERT with its lambda). O(parameters).
[[nodiscard]] Json length_json(const model::Distribution& length);

/// "72.0 h"; "triangular (24, 48, 96) h, mean 56.0 h". O(parameters).
[[nodiscard]] std::string describe_length(const model::Distribution& length);

/// The closure line of the text and Markdown reports: length, start rule, journeys, seed.
[[nodiscard]] std::string describe_closure(const model::ClosureSimulation& c);

}  // namespace corridor::report::detail
