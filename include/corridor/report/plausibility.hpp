#pragma once
/// The plausibility table (`corridor validate --plausibility`): every link's implied speed and
/// detour against the great circle, a summary per mode, and the findings
/// (corridor/model/plausibility.hpp).

#include <ostream>

#include <corridor/model/plausibility.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/report/report.hpp>

namespace corridor::report {

/// Writes `checks` of `scenario` as text, Markdown, JSON or CSV (one row per link; the
/// findings are JSON's `findings` and, in the other formats, a list after the table). Throws
/// std::invalid_argument for HTML and GeoJSON and for a byte order mark on a format other than
/// CSV.
void write(const model::Scenario& scenario, const model::Plausibility& checks, Format format,
           std::ostream& out, const WriteOptions& options = {});

}  // namespace corridor::report
