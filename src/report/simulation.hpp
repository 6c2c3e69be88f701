#pragma once
// Private to report: the reports of Monte Carlo runs, in every format.

#include <ostream>

#include <corridor/model/simulation_result.hpp>

#include "report/document.hpp"

namespace corridor::report::detail {

void render_simulation(const model::SimulationRun& run, Document& doc);
void write_simulation_json(const model::SimulationRun& run, std::ostream& out);
void write_simulation_csv(const model::SimulationRun& run, std::ostream& out);

}  // namespace corridor::report::detail
