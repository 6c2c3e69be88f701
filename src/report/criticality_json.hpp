#pragma once
// Private to report: the criticality JSON document (docs/schema/criticality.schema.json).

#include <ostream>

#include <corridor/model/criticality_result.hpp>

namespace corridor::report::detail {

void write_criticality_json(const model::CriticalityRun& run, std::ostream& out);

}  // namespace corridor::report::detail
