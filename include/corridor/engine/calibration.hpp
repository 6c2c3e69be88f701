#pragma once
/// The calibration step of the pipeline: price every observation of a scenario (its published
/// journeys, model/observation.hpp) as `corridor routes` would price the trip, and compare.
///
///   auto loaded = engine::load("scenarios/titr-baltic.yaml");
///   auto prepared = engine::prepare(loaded.scenario, overrides);
///   model::CalibrationRun run = engine::calibrate(loaded.scenario, prepared, false);

#include <corridor/engine/pipeline.hpp>
#include <corridor/model/calibration_result.hpp>

namespace corridor::engine {

/// Each observation priced by its best route under `prepared`'s policy (its objective and
/// constraints), with the observation's via nodes instead of the policy's and its
/// allow_countries taken off the avoided countries; the cargo is the observation's, else as an
/// OdQuery without one. Days are the route's expected door-to-door days; USD per container is the
/// route's USD per TEU, priced for the observation's container (its per-container charges
/// shared by the box's TEU), times the box's TEU. With `simulate`, each route is also simulated
/// (prepared's seed and replications) for its P50 and P90 days. The summary leaves fitted
/// observations out. Deterministic for any thread count. O(observations x one route search).
[[nodiscard]] model::CalibrationRun calibrate(const model::Scenario& scenario,
                                              const Prepared& prepared, bool simulate);

}  // namespace corridor::engine
