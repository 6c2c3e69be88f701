#pragma once
// Private to report: the criticality JSON document (docs/schema/criticality.schema.json).

#include <ostream>

#include <corridor/model/criticality_result.hpp>

#include "report/json.hpp"

namespace corridor::report::detail {

/// The simulated closure (`criticality --simulate`): length (its distribution, mean and
/// longest), start rule, the hours closures fall in, window, replications, seed; null
/// without one. Shared by the JSON document and the GeoJSON collection.
[[nodiscard]] Json closure_json(const std::optional<model::ClosureSimulation>& c);

void write_criticality_json(const model::CriticalityRun& run, std::ostream& out);

}  // namespace corridor::report::detail
