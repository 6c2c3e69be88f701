#pragma once
/// The calibration report (`corridor calibrate`, model::CalibrationRun): each observation's
/// observed figures against the model's with the error, the summary metrics and the checks.

#include <ostream>

#include <corridor/model/calibration_result.hpp>
#include <corridor/report/report.hpp>

namespace corridor::report {

/// Writes `run` as text, Markdown, JSON (docs/schema/calibration.schema.json) or CSV (one row
/// per observation; the summary and the checks are JSON's and the human formats'). Throws
/// std::invalid_argument for HTML and GeoJSON and for a byte order mark on a format other than
/// CSV.
void write(const model::CalibrationRun& run, Format format, std::ostream& out,
           const WriteOptions& options = {});

}  // namespace corridor::report
