#pragma once
// Private to report: the human reports of check and compare (gates_human.cpp).

#include <ostream>

#include <corridor/model/gate_result.hpp>

#include "report/document.hpp"

namespace corridor::report::detail {

void render_gates(const model::GateRun& run, Document& doc);
void render_summary(const model::GateRun& run, std::ostream& out);

}  // namespace corridor::report::detail
