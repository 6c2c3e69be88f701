#pragma once
/// Rendering results for people (terminal text, Markdown, a self-contained HTML page with a map
/// and charts) and machines (JSON, CSV, GeoJSON).
///
/// Writers only format: they compute nothing new, never touch files, the clock or the logger,
/// and give the same bytes for the same result. Number formats are fixed (see docs/reports.md).

#include <optional>
#include <ostream>
#include <stdexcept>
#include <string_view>

#include <corridor/model/capacity_result.hpp>
#include <corridor/model/criticality_result.hpp>
#include <corridor/model/result.hpp>
#include <corridor/model/simulation_result.hpp>

namespace corridor::report {

enum class Format : std::uint8_t { text, md, json, csv, html, geojson };

[[nodiscard]] std::optional<Format> parse_format(std::string_view name);
[[nodiscard]] std::string_view to_string(Format format);

/// Version of the JSON documents; bumped when a field changes meaning or disappears.
inline constexpr std::string_view kSchemaVersion = "1.1";

/// How a report is written, beyond its format.
struct WriteOptions {
  /// CSV only: start with a UTF-8 byte order mark (EF BB BF), so that spreadsheet programs that
  /// otherwise assume a legacy code page (Excel) read names like "Alat (Baku)–Poti" right.
  bool byte_order_mark = false;
};

/// Routes per demand line (`corridor run`, `corridor routes`). Throws std::invalid_argument for
/// a byte order mark on a format other than CSV.
void write(const model::RunResult& result, Format format, std::ostream& out,
           const WriteOptions& options = {});

/// Monte Carlo distributions per demand line (`corridor simulate`). Throws as write() above.
void write(const model::SimulationRun& result, Format format, std::ostream& out,
           const WriteOptions& options = {});

/// The capacity simulation (`corridor capacity`): lines, resources, weekly queues, in text, md,
/// json or csv. Throws as write() above, and std::invalid_argument for html and geojson.
void write(const model::CapacityRun& result, Format format, std::ostream& out,
           const WriteOptions& options = {});

/// Elements ranked by the damage their closure does (`corridor criticality`), as text, md,
/// json or csv; throws std::invalid_argument for html and geojson (not written yet) and as
/// write() above.
void write(const model::CriticalityRun& result, Format format, std::ostream& out,
           const WriteOptions& options = {});

}  // namespace corridor::report
