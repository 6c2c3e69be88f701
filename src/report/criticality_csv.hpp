#pragma once
// Private to report: the criticality CSV (one row per closure and affected line).

#include <ostream>

#include <corridor/model/criticality_result.hpp>

namespace corridor::report::detail {

/// One row per (closure, affected line); a closure that affects no line gets one row with the
/// line columns empty. Closures in rank order, singles then pairs. Values as in the JSON.
void write_criticality_csv(const model::CriticalityRun& run, std::ostream& out);

}  // namespace corridor::report::detail
