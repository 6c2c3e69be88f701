#pragma once
/// What a route search is asked: from where to where, for which cargo, best by what, under
/// which constraints.

#include <corridor/model/ids.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::routing {

struct Query {
  model::NodeId origin;
  model::NodeId destination;
  model::CargoId cargo{0};  ///< the scenario's first cargo profile unless set
  model::Objective objective = model::Objective::generalized;
  model::Constraints constraints;
  model::Ready ready = model::Ready::uniform;  ///< the demand line's `ready`, for route prices
  /// The demand line's container: charges per container are shared by its TEU.
  model::Container container = model::Container::ft20;
};

/// Route universe shared by every search: a route runs from the origin to the destination in
/// the virtual network, obeys every constraint, and never passes the same virtual vertex twice
/// with the same set of via nodes already visited (so "to Klaipeda and back" is a route when
/// Klaipeda is a via node, and a pointless loop never is).

}  // namespace corridor::routing
