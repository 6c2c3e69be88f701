#pragma once
// Private to report: the machine and CI formats of check and compare.

#include <ostream>

#include <corridor/model/gate_result.hpp>

namespace corridor::report::detail {

void write_gates_json(const model::GateRun& run, std::ostream& out);
void write_gates_csv(const model::GateRun& run, std::ostream& out);
void write_github(const model::GateRun& run, std::ostream& out);

}  // namespace corridor::report::detail
