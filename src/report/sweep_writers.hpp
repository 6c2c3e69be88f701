#pragma once
// Private to report: the writers of a sweep table.

#include <ostream>

#include <corridor/model/sweep_result.hpp>

#include "report/document.hpp"

namespace corridor::report::detail {

void write_sweep_json(const model::SweepTable& table, std::ostream& out);
void write_sweep_csv(const model::SweepTable& table, std::ostream& out);
void render_sweep(const model::SweepTable& table, Document& doc);

}  // namespace corridor::report::detail
