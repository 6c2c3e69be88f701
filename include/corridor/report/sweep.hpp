#pragma once
/// The table of a sweep (`corridor sweep`, `corridor merge`): one row per variant and demand
/// line, in text, md, json and csv; and the rows as bytes, for splitting a sweep over
/// processes.

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <corridor/model/result.hpp>
#include <corridor/model/simulation_result.hpp>
#include <corridor/model/sweep_result.hpp>
#include <corridor/report/report.hpp>

namespace corridor::report {

/// One row per demand line of variant `variant`: the line's best route with its corridor
/// label, days, USD, kg CO2e and generalized USD per TEU at the JSON report's decimals, or why
/// it has none. O(lines × steps).
[[nodiscard]] std::vector<model::SweepRow> sweep_rows(std::size_t variant,
                                                      const model::RunResult& plan);

/// The same for a simulated variant, with each best route's P50, P90 and P95 days and on-time
/// share. O(lines × steps).
[[nodiscard]] std::vector<model::SweepRow> sweep_rows(std::size_t variant,
                                                      const model::SimulationRun& run);

/// Rows as bytes (their JSON) and back, exactly. decode_rows throws std::invalid_argument for
/// bytes encode_rows did not write.
[[nodiscard]] std::string encode_rows(const std::vector<model::SweepRow>& rows);
[[nodiscard]] std::vector<model::SweepRow> decode_rows(std::string_view bytes);

/// The table a sweep's JSON report holds, exactly as written. Throws std::invalid_argument
/// saying what is wrong when `json` is not a sweep report of this schema version. O(size).
[[nodiscard]] model::SweepTable read_sweep_json(std::string_view json);

/// The table as text, md, json or csv; throws std::invalid_argument for html and geojson and
/// for a byte order mark on a format other than CSV.
void write(const model::SweepTable& table, Format format, std::ostream& out,
           const WriteOptions& options = {});

}  // namespace corridor::report
