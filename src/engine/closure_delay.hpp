#pragma once
// Private to engine: `corridor criticality --simulate`, the Monte Carlo delay of each
// closure (model::ClosureSimulation).

#include <vector>

#include <corridor/engine/pipeline.hpp>
#include <corridor/error.hpp>
#include <corridor/model/criticality_result.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::engine::detail {

/// Adds an issue when a closure of `length` (hours) cannot last more than 0 or can last more
/// than half of `scenario`'s departure window: its largest value (a log-normal's 1 - 1e-9
/// quantile) must be in (0, half the window]. O(1) (PERT: a bisection).
void check_closure_length(const model::Scenario& scenario, const model::Distribution& length,
                          std::vector<Issue>& issues);

/// Sets `run.closure` and the closure delays of every line of every impact in `run` (ranking
/// and pairs): each closure lasts a draw of `length` and starts by `start` (each journey draws
/// its own, on a stream of its own), added to `scenario`'s own disruptions; every affected
/// line's best route is simulated with `prepared`'s replications and seed without and with it
/// (the same seed: common random numbers), on `prepared.threads` threads; the result does not
/// depend on the thread count. Throws ValidationError when a line reaches a closed element
/// later after leaving (expected hours) than the earliest closure starts: shipments ready
/// before the window would then meet it, and the delay would be understated. Preconditions:
/// check_closure_length passed; `run` was analysed on `scenario`. O((lines + affected lines) x
/// replications x steps).
void simulate_closures(const model::Scenario& scenario, const Prepared& prepared,
                       const model::Distribution& length, model::ClosureStart start,
                       model::CriticalityRun& run);

}  // namespace corridor::engine::detail
