#pragma once
// Private to report: the layouts of the human-readable (text / Markdown) reports.

#include <corridor/model/result.hpp>
#include <corridor/model/simulation_result.hpp>

#include "report/document.hpp"

namespace corridor::report::detail {

/// A route's step-by-step breakdown with a total row.
[[nodiscard]] Table steps_table(const model::Route& route, const model::NetworkView& net);

void render_routes(const model::RunResult& run, Document& doc);
void render_simulation(const model::SimulationRun& run, Document& doc);

}  // namespace corridor::report::detail
