#pragma once
// The commands: each parses nothing and computes nothing itself. It calls the pipeline
// (corridor/engine/pipeline.hpp), picks a writer and returns the process exit code, or throws
// corridor::Error.

#include <string>

#include <corridor/report/report.hpp>

#include "cli/options.hpp"

namespace corridor::cli {

int run_validate(const Options& options);
int run_plan(const Options& options);         // `corridor run` and `corridor routes`
int run_simulate(const Options& options);     // `corridor simulate`
int run_capacity(const Options& options);     // `corridor capacity`
int run_criticality(const Options& options);  // `corridor criticality`
int run_check(const Options& options);        // `corridor check` (gates_commands.cpp)
int run_compare(const Options& options);      // `corridor compare` (gates_commands.cpp)
int run_calibrate(const Options& options);    // `corridor calibrate` (calibrate.cpp)

/// The report's format from --format or -o's extension, checked against the options that only
/// some formats take (--csv-bom). Throws ValidationError.
[[nodiscard]] report::Format checked_format(const OutputOptions& o);

/// checked_format for a report that is text, md, json or csv only: html and geojson are
/// refused in the words of `reports` ("a calibration report is", "sweep tables are"). Throws
/// ValidationError.
[[nodiscard]] report::Format checked_table_format(const OutputOptions& o,
                                                  const std::string& reports);

/// The overrides the command line asks for, typed. An unknown name gets the message a scenario
/// file would get for it; everything else is checked by the pipeline.
[[nodiscard]] model::Overrides overrides_of(const Options& options);
int run_sweep(const Options& options);  // `corridor sweep`
int run_merge(const Options& options);  // `corridor merge`

}  // namespace corridor::cli
