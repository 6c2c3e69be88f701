#include <array>

#include <corridor/report/report.hpp>

#include "report/capacity.hpp"
#include "report/criticality_csv.hpp"
#include "report/criticality_human.hpp"
#include "report/criticality_json.hpp"
#include "report/csv.hpp"
#include "report/dispatch.hpp"
#include "report/geojson.hpp"
#include "report/html.hpp"
#include "report/json.hpp"
#include "report/routes_human.hpp"
#include "report/simulation.hpp"
#include "report/sweep_writers.hpp"

namespace corridor::report {

namespace {
constexpr std::array<std::pair<Format, std::string_view>, 6> kNames{{{Format::text, "text"},
                                                                     {Format::md, "md"},
                                                                     {Format::json, "json"},
                                                                     {Format::csv, "csv"},
                                                                     {Format::html, "html"},
                                                                     {Format::geojson, "geojson"}}};
}

std::optional<Format> parse_format(std::string_view name) {
  for (const auto& [f, n] : kNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

std::string_view to_string(Format format) {
  for (const auto& [f, n] : kNames) {
    if (f == format) return n;
  }
  return "?";
}

void write(const model::RunResult& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  static const detail::Writers<model::RunResult> kWriters{
      detail::render_routes, detail::write_routes_json, detail::write_routes_csv,
      detail::write_routes_html, detail::write_routes_geojson};
  detail::dispatch(result, format, out, options, kWriters);
}

void write(const model::SimulationRun& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  static const detail::Writers<model::SimulationRun> kWriters{
      detail::render_simulation, detail::write_simulation_json, detail::write_simulation_csv,
      detail::write_simulation_html, detail::write_simulation_geojson};
  detail::dispatch(result, format, out, options, kWriters);
}

void write(const model::CapacityRun& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  static const detail::Writers<model::CapacityRun> kWriters{
      detail::render_capacity, detail::write_capacity_json, detail::write_capacity_csv,
      detail::write_capacity_html, detail::write_capacity_geojson};
  detail::dispatch(result, format, out, options, kWriters);
}

void write(const model::CriticalityRun& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  static const detail::Writers<model::CriticalityRun> kWriters{
      detail::render_criticality, detail::write_criticality_json, detail::write_criticality_csv,
      detail::write_criticality_html, detail::write_criticality_geojson};
  detail::dispatch(result, format, out, options, kWriters);
}

void write(const model::SweepTable& table, Format format, std::ostream& out,
           const WriteOptions& options) {
  static const detail::Writers<model::SweepTable> kWriters{
      .render = detail::render_sweep,
      .json = detail::write_sweep_json,
      .csv = detail::write_sweep_csv,
      .refusal = "sweep tables are text, md, json or csv"};
  detail::dispatch(table, format, out, options, kWriters);
}

}  // namespace corridor::report
