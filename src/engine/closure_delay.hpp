#pragma once
// Private to engine: `corridor criticality --simulate HOURS`, the Monte Carlo delay of each
// closure (model::ClosureSimulation).

#include <vector>

#include <corridor/engine/pipeline.hpp>
#include <corridor/error.hpp>
#include <corridor/model/criticality_result.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::engine::detail {

/// Adds an issue when a closure of `hours` does not last more than 0 and at most half of
/// `scenario`'s departure window (it sits in the window's middle, with departures on both
/// sides). O(1).
void check_closure_hours(const model::Scenario& scenario, double hours, std::vector<Issue>& issues);

/// Sets `run.closure` and the closure delays of every line of every impact in `run` (ranking
/// and pairs): each closure is one window of `hours`, centred in the departure window, added to
/// `scenario`'s own disruptions; every affected line's best route is simulated with
/// `prepared`'s replications and seed without and with it (the same seed: common random
/// numbers), on `prepared.threads` threads; the result does not depend on the thread count.
/// Throws ValidationError when a line reaches a closed element later after leaving (expected
/// hours) than the closure starts: shipments ready before the window would then meet it, and
/// the delay would be understated. Preconditions: check_closure_hours passed; `run` was
/// analysed on `scenario`. O((lines + affected lines) x replications x steps).
void simulate_closures(const model::Scenario& scenario, const Prepared& prepared, double hours,
                       model::CriticalityRun& run);

}  // namespace corridor::engine::detail
