#pragma once
/// Evaluating checks on answers (pure functions, no I/O).

#include <string>
#include <vector>

#include <corridor/error.hpp>
#include <corridor/model/check.hpp>
#include <corridor/model/gate_result.hpp>

namespace corridor::gates {

/// Where a check comes from, for its outcomes.
struct CheckSource {
  SourceLocation where;  ///< its item under `checks:`, or the scenario file for --fail-if
  std::string origin;    ///< "checks[2]", "--fail-if 'usd > +10%'"
};

/// The outcomes of `check` on `scenario`: one per line it names (every line for `all`). A
/// relative check compares each line with the line of the same id in `base`; without a base it
/// is skipped, with a line missing from the base too. A line without a route fails every check
/// about it but `reachable`'s. A value exactly at the limit passes. O(lines).
[[nodiscard]] std::vector<model::CheckOutcome> evaluate(const model::Check& check,
                                                        const CheckSource& source,
                                                        const model::ScenarioAnswers& scenario,
                                                        const model::ScenarioAnswers* base);

/// A metric's value for messages: "yes"/"no" for reachable, a share (on_time_share, the
/// within-range shares) with 3 decimals, else 2.
[[nodiscard]] std::string format_metric(model::Metric metric, double value);

}  // namespace corridor::gates
