#pragma once
// The commands; each returns the process exit code or throws corridor::Error.

#include "cli/options.hpp"

namespace corridor::cli {

int run_validate(const Options& options);
int run_plan(const Options& options);      // `corridor run`
int run_routes(const Options& options);    // `corridor routes`
int run_simulate(const Options& options);  // `corridor simulate`

}  // namespace corridor::cli
