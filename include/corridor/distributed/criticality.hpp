#pragma once
/// `corridor criticality` over MPI ranks: closures split with distributed::all_gather, impacts
/// sent as criticality::encode() bytes.

#include <corridor/criticality/criticality.hpp>

namespace corridor::distributed {

/// A criticality::Distribute that evaluates each rank's share of the closures on `threads`
/// threads and gives every rank every impact, in closure order. Collective: every rank must
/// run the same analysis.
[[nodiscard]] criticality::Distribute criticality_over_ranks();

}  // namespace corridor::distributed
