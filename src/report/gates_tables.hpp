#pragma once
// Private to report: the tables `corridor check` and `corridor compare` reports share.

#include <optional>
#include <string>
#include <vector>

#include <corridor/model/gate_result.hpp>

#include "report/format.hpp"

namespace corridor::report::detail {

/// The metrics a report shows: the routed ones, and the simulated ones when simulated.
[[nodiscard]] std::vector<model::Metric> shown_metrics(bool simulated);

/// "PASS: 5 checks" / "FAIL: 2 of 5 checks failed" / "no checks".
[[nodiscard]] std::string verdict(const model::GateRun& run);

/// The line of `id` in `s`, or nullptr.
[[nodiscard]] const model::LineAnswer* find_line(const model::ScenarioAnswers& s,
                                                 const std::string& id);

/// The lines of the base and a variant, matched by id: the base's order, then the variant's
/// new lines. Each pair has at least one side.
[[nodiscard]] std::vector<std::pair<const model::LineAnswer*, const model::LineAnswer*>>
matched_lines(const model::ScenarioAnswers& base, const model::ScenarioAnswers& variant);

/// The corridor of a line's best route, or "no route".
[[nodiscard]] std::string corridor_of(const model::LineAnswer* line, const model::NetworkView& net);

/// (variant - base) / |base| x 100, when base is not 0.
[[nodiscard]] std::optional<double> relative_change(double base, double variant);

/// What changed in the inputs: change, path, before, after (long values shortened).
[[nodiscard]] Table changes_table(const std::vector<model::InputChange>& changes);
/// The best route of each line in the base and in the variant.
[[nodiscard]] Table routes_table(const model::ScenarioAnswers& base,
                                 const model::ScenarioAnswers& variant);
/// Per line and metric: base, variant, delta and relative delta.
[[nodiscard]] Table deltas_table(const model::GateRun& run, std::size_t variant);
/// A single scenario's answers per line (corridor check).
[[nodiscard]] Table answers_table(const model::GateRun& run);
/// Every check outcome: result, check, line, scenario, message, where.
[[nodiscard]] Table checks_table(const std::vector<model::CheckOutcome>& checks);

/// "file:line" of a check, or the file alone.
[[nodiscard]] std::string where_text(const SourceLocation& where);
/// "pass", "FAIL", "skipped".
[[nodiscard]] std::string status_text(const model::CheckOutcome& c);

}  // namespace corridor::report::detail
