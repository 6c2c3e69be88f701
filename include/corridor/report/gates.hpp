#pragma once
/// Reports of `corridor check` and `corridor compare` (model::GateRun): for people (text,
/// Markdown), machines (JSON, CSV) and CI systems (JUnit XML, a Markdown job summary, GitHub
/// workflow annotations).

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include <corridor/error.hpp>
#include <corridor/model/gate_result.hpp>

namespace corridor::report {

enum class GateFormat : std::uint8_t { text, md, json, csv, github };
[[nodiscard]] std::optional<GateFormat> parse_gate_format(std::string_view name);

/// The verdict, then per variant what changed in its inputs and the answers side by side with
/// absolute and relative deltas (for a check, the scenario's answers), then every check.
/// `github`: one `::error` annotation per failed check, at the check's YAML line (a --fail-if
/// at the scenario file), and a `::notice` with the verdict.
void write(const model::GateRun& run, GateFormat format, std::ostream& out);

/// JUnit XML: a test case per check outcome (suite "checks") and per demand line of each
/// scenario evaluated (suite "lines": failed when a check on the line failed).
void write_junit(const model::GateRun& run, std::ostream& out);

/// Markdown for a CI job summary: the verdict first, the failed checks, then the deltas table
/// (for a check, the answers).
void write_summary(const model::GateRun& run, std::ostream& out);

/// One `::error file=…,line=…,col=…::message` line per issue (an invalid scenario or option).
void write_annotations(const std::vector<Issue>& issues, std::ostream& out);

}  // namespace corridor::report
