#pragma once
/// The single best route.

#include <optional>

#include <corridor/model/route.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::routing {

/// The route minimising the query's objective, or nullopt when none exists (see
/// diagnose_unreachable). Ties are broken deterministically. O((V + E) log V) without
/// constraints; layered by via nodes and transshipment limits otherwise.
[[nodiscard]] std::optional<model::Route> shortest_path(const network::Network& net,
                                                        const Query& query);

}  // namespace corridor::routing
