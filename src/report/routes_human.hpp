#pragma once
// Private to report: the human-readable (text / Markdown) report of routes.

#include <corridor/model/result.hpp>

#include "report/document.hpp"

namespace corridor::report::detail {

/// "USD/TEU" or "USD/container": the unit of a route's money.
[[nodiscard]] std::string usd_label(model::UsdPer per);

/// A route's step-by-step breakdown with a total row; its money is per `per`.
[[nodiscard]] Table steps_table(const model::Route& route, const model::NetworkView& net,
                                model::UsdPer per);

void render_routes(const model::RunResult& run, Document& doc);

}  // namespace corridor::report::detail
