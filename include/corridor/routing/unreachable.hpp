#pragma once
/// Why a destination cannot be reached.

#include <corridor/model/result.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing {

/// Explains a query without routes: either the network itself has no connection, or some
/// constraint rules out every connection (each constraint is dropped in turn to find which).
[[nodiscard]] model::Unreachable diagnose_unreachable(const network::Network& net,
                                                      const Query& query);

}  // namespace corridor::routing
