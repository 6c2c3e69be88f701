#pragma once
/// Routing every demand line of a scenario.

#include <corridor/model/result.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing {

/// For each demand line of the scenario: the policy's k best routes (or why there is none) and,
/// when asked, the Pareto options. Deterministic.
[[nodiscard]] model::RunResult plan(const network::Network& net, const model::Policy& policy);

/// The same for the given demand lines instead of the scenario's.
[[nodiscard]] model::RunResult plan(const network::Network& net, const model::Policy& policy,
                                    const std::vector<model::Demand>& demand);

/// The search query of a demand line under a policy. Precondition: the demand line's node and
/// cargo ids exist in the network's scenario.
[[nodiscard]] Query query_of(const network::Network& net, const model::Demand& demand,
                             const model::Policy& policy);

/// Sets route.on_time from the demand line's deadline_days (unset without one). O(1).
void mark_deadline(model::Route& route, const model::Demand& demand);

/// One origin-destination pair under a policy; `demand` names the nodes and the cargo.
[[nodiscard]] model::OdResult plan_od(const network::Network& net, const model::Demand& demand,
                                      const model::Policy& policy);

}  // namespace corridor::routing
