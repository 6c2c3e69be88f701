#pragma once
// Private to routing: what the searches of a plan keep from one query to the next.

#include <memory>

#include <corridor/network/distance_field.hpp>

#include "routing/edge_weights.hpp"
#include "routing/rule_search.hpp"

namespace corridor::routing::detail {

/// The edge weights of every (objective, cargo, avoided elements) met so far, and the memory of
/// the corridor search and of its guide, reused by each query instead of allocated (most of a
/// short query's time on a large network). One per thread; a query uses it until it returns.
struct Workspace {
  explicit Workspace(const network::Network& net) : weights(net) {}

  WeightCache weights;
  std::unique_ptr<network::DistanceField> field;  ///< made on first use
  RuleSearchMemory rule;
};

}  // namespace corridor::routing::detail
