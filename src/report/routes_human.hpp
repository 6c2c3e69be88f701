#pragma once
// Private to report: the human-readable (text / Markdown) report of routes.

#include <corridor/model/result.hpp>

#include "report/document.hpp"

namespace corridor::report::detail {

/// A route's step-by-step breakdown with a total row.
[[nodiscard]] Table steps_table(const model::Route& route, const model::NetworkView& net);

void render_routes(const model::RunResult& run, Document& doc);

}  // namespace corridor::report::detail
