#pragma once
// Private to report: CSV writing (RFC 4180: CRLF line ends, quotes doubled).

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <corridor/model/result.hpp>

namespace corridor::report::detail {

[[nodiscard]] std::string csv_field(std::string_view text);
void csv_row(std::ostream& out, const std::vector<std::string>& cells);
/// The shortest text that reads back as `value` (as JSON writes a number given as is).
[[nodiscard]] std::string shortest(double value);

void write_routes_csv(const model::RunResult& run, std::ostream& out);

}  // namespace corridor::report::detail
