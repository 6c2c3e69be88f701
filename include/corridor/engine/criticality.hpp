#pragma once
/// The criticality step of the pipeline: after load and prepare, close each selected element
/// (see corridor/criticality/criticality.hpp) instead of planning or simulating.
///
///   auto loaded = engine::load("scenarios/titr-baltic.yaml");
///   auto prepared = engine::prepare(loaded.scenario, overrides);
///   engine::CriticalityRequest request;
///   request.kinds = {"border", "seaport"};
///   model::CriticalityRun run = engine::criticality(loaded.scenario, prepared, request);

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <corridor/criticality/criticality.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/model/criticality_result.hpp>

namespace corridor::engine {

/// Which elements to close, by name as a user types them, and what else to compute.
struct CriticalityRequest {
  std::vector<std::string> nodes;      ///< node ids
  std::vector<std::string> links;      ///< link ids
  std::vector<std::string> kinds;      ///< node kinds (border, seaport, ...) or link modes
  std::vector<std::string> countries;  ///< ISO codes
  bool ends = false;                   ///< also close demand lines' origins and destinations
  std::vector<std::string> to;         ///< only the demand lines to these nodes (empty: all)
  std::size_t pair_top = 0;            ///< N-2 over pairs of the top this many (0: none)
  /// Also simulate a closure of each element (and pair) lasting this many hours (a
  /// distribution: each journey draws one) through the Monte Carlo engine, with `prepared`'s
  /// replications and seed (model::ClosureSimulation).
  std::optional<model::Distribution> closure_length;
  /// When that closure starts.
  model::ClosureStart closure_start = model::ClosureStart::uniform;
  /// How closures are evaluated (empty: in this process; see corridor/distributed/ for MPI).
  criticality::Distribute distribute;
};

/// Checks the request's names against `scenario` (every unknown one is reported, with a "did
/// you mean" hint; ValidationError) and runs criticality::analyse on `prepared`'s demand lines
/// (those to `request.to` when given) and policy with `prepared.threads` threads. With
/// `closure_length`, also the Monte Carlo delay of each closure (model::ClosureSimulation);
/// ValidationError when the closure can last no more than 0 hours or more than half the
/// departure window, or when an affected line reaches a closed element (expected hours) only
/// after the earliest closure has started. Deterministic for any thread count.
[[nodiscard]] model::CriticalityRun criticality(const model::Scenario& scenario,
                                                const Prepared& prepared,
                                                const CriticalityRequest& request);

}  // namespace corridor::engine
