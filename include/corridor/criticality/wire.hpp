#pragma once
/// Closure impacts as bytes, so that processes (MPI ranks) can send them to each other. The
/// encoding is the in-memory representation of the numbers (no conversion): every process of
/// one run must be the same build on the same kind of machine, as MPI runs are.

#include <string>
#include <string_view>

#include <corridor/model/criticality_result.hpp>

namespace corridor::criticality {

/// The impact as bytes; decode() gives it back exactly (every double bit for bit).
/// O(size of the impact).
[[nodiscard]] std::string encode(const model::ElementImpact& impact);

/// Reads what encode() wrote. Throws std::invalid_argument on bytes that are not an encoded
/// impact (truncated or with trailing data).
[[nodiscard]] model::ElementImpact decode(std::string_view bytes);

}  // namespace corridor::criticality
