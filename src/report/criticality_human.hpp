#pragma once
// Private to report: the criticality report as text and Markdown.

#include <corridor/model/criticality_result.hpp>

#include "report/document.hpp"

namespace corridor::report::detail {

/// The ranking of the elements whose closure changes a best route, then per such element the
/// lines affected and their replacement corridors; the same for pairs; then the totals.
void render_criticality(const model::CriticalityRun& run, Document& doc);

}  // namespace corridor::report::detail
