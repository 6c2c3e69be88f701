#pragma once
/// What a variant changes in the inputs of its base: a semantic diff of two merged scenarios.

#include <vector>

#include <corridor/io/settings.hpp>
#include <corridor/model/gate_result.hpp>

namespace corridor::gates {

/// The settings `variant` adds, removes or changes against `base`, matched by path (list items
/// by id): an item one side lacks is one change ("nodes.X added"), not one per field. Removals
/// first (in the base's order), then changes and additions (in the variant's). O(n log n).
[[nodiscard]] std::vector<model::InputChange> diff(const io::Settings& base,
                                                   const io::Settings& variant);

}  // namespace corridor::gates
