#pragma once
// Test support for the capacity simulation: a scenario's routes as routing plans them, and the
// simulation of them.

#include <string>
#include <string_view>

#include <corridor/capacity/simulate.hpp>
#include <corridor/model/capacity_result.hpp>
#include <corridor/model/result.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/plan.hpp>

#include "support/scenario_text.hpp"

namespace corridor::capacity::test {

/// Every demand line's routes under the scenario's policy.
inline model::RunResult plan_routes(const model::Scenario& scenario) {
  const network::Network net(scenario);
  return routing::plan(net, scenario.policy);
}

/// The id of the link a resource belongs to ("" for a node's resource).
inline std::string link_id(const model::CapacityRun& run, const model::CapacityResource& r) {
  return r.link.valid() ? run.network.link(r.link).id : std::string();
}

/// The line's counts add up: generated = delivered + in system + not served.
inline bool conserved(const model::CapacityLine& line) {
  const auto& s = line.shipments;
  return s.generated == s.delivered + s.in_system + s.not_served;
}

}  // namespace corridor::capacity::test
