#include <array>

#include <corridor/report/report.hpp>

#include "report/capacity.hpp"
#include "report/criticality_csv.hpp"
#include "report/criticality_human.hpp"
#include "report/criticality_json.hpp"
#include "report/csv.hpp"
#include "report/document.hpp"
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

namespace {

/// The UTF-8 encoding of U+FEFF.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

/// The writers of one kind of result. Text and Markdown share one layout (`render`); every
/// other format has a writer of its own.
template <class Result>
struct Writers {
  void (*render)(const Result&, detail::Document&);
  void (*json)(const Result&, std::ostream&);
  void (*csv)(const Result&, std::ostream&);
  void (*html)(const Result&, std::ostream&);
  void (*geojson)(const Result&, std::ostream&);
};

template <class Result>
void dispatch(const Result& result, Format format, std::ostream& out, const WriteOptions& options,
              const Writers<Result>& w) {
  if (options.byte_order_mark && format != Format::csv) {
    throw std::invalid_argument("a byte order mark is written only before CSV reports");
  }
  switch (format) {
    case Format::text:
    case Format::md: {
      detail::Document doc(
          format == Format::md ? detail::Document::Style::markdown : detail::Document::Style::text,
          out);
      w.render(result, doc);
      return;
    }
    case Format::json:
      w.json(result, out);
      return;
    case Format::csv:
      if (options.byte_order_mark) out << kByteOrderMark;
      w.csv(result, out);
      return;
    case Format::html:
      if (w.html == nullptr) break;
      w.html(result, out);
      return;
    case Format::geojson:
      if (w.geojson == nullptr) break;
      w.geojson(result, out);
      return;
  }
  throw std::invalid_argument("this report has no " + std::string(to_string(format)) + " format");
}

}  // namespace

void write(const model::RunResult& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  static constexpr Writers<model::RunResult> kWriters{
      detail::render_routes, detail::write_routes_json, detail::write_routes_csv,
      detail::write_routes_html, detail::write_routes_geojson};
  dispatch(result, format, out, options, kWriters);
}

void write(const model::SimulationRun& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  static constexpr Writers<model::SimulationRun> kWriters{
      detail::render_simulation, detail::write_simulation_json, detail::write_simulation_csv,
      detail::write_simulation_html, detail::write_simulation_geojson};
  dispatch(result, format, out, options, kWriters);
}

void write(const model::CapacityRun& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  static constexpr Writers<model::CapacityRun> kWriters{
      detail::render_capacity, detail::write_capacity_json, detail::write_capacity_csv,
      detail::write_capacity_html, detail::write_capacity_geojson};
  dispatch(result, format, out, options, kWriters);
}

void write(const model::CriticalityRun& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  static constexpr Writers<model::CriticalityRun> kWriters{
      detail::render_criticality, detail::write_criticality_json, detail::write_criticality_csv,
      detail::write_criticality_html, detail::write_criticality_geojson};
  dispatch(result, format, out, options, kWriters);
}

void write(const model::SweepTable& table, Format format, std::ostream& out,
           const WriteOptions& options) {
  static constexpr Writers<model::SweepTable> kWriters{
      detail::render_sweep, detail::write_sweep_json, detail::write_sweep_csv, nullptr, nullptr};
  dispatch(table, format, out, options, kWriters);
}

}  // namespace corridor::report
