#pragma once
// Private to sweep: one variant's outcome as bytes (its rows, or its errors, and its
// warnings), so that variants evaluated in other processes come back exactly.

#include <string>
#include <string_view>
#include <vector>

#include <corridor/error.hpp>
#include <corridor/model/sweep_result.hpp>

namespace corridor::sweep::detail {

struct Outcome {
  std::vector<model::SweepRow> rows;
  std::vector<Issue> errors;  ///< non-empty: the variant is invalid
  std::vector<Issue> warnings;
};

[[nodiscard]] std::string encode(const Outcome& outcome);
/// Throws std::invalid_argument for bytes encode() did not write.
[[nodiscard]] Outcome decode(std::string_view bytes);

}  // namespace corridor::sweep::detail
