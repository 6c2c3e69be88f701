#pragma once
// The commands: each parses nothing and computes nothing itself. It calls the pipeline
// (corridor/engine/pipeline.hpp), picks a writer and returns the process exit code, or throws
// corridor::Error.

#include "cli/options.hpp"

namespace corridor::cli {

int run_validate(const Options& options);
int run_plan(const Options& options);         // `corridor run` and `corridor routes`
int run_simulate(const Options& options);     // `corridor simulate`
int run_capacity(const Options& options);     // `corridor capacity`
int run_criticality(const Options& options);  // `corridor criticality`
int run_sweep(const Options& options);        // `corridor sweep`
int run_merge(const Options& options);        // `corridor merge`

}  // namespace corridor::cli
