#include <array>

#include <corridor/report/report.hpp>

#include "report/csv.hpp"
#include "report/document.hpp"
#include "report/json.hpp"
#include "report/routes_human.hpp"
#include "report/simulation.hpp"

namespace corridor::report {

namespace {
constexpr std::array<std::pair<Format, std::string_view>, 4> kNames{
    {{Format::text, "text"}, {Format::md, "md"}, {Format::json, "json"}, {Format::csv, "csv"}}};
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

/// Text and Markdown share one layout; JSON and CSV have a writer each.
/// The UTF-8 encoding of U+FEFF.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

template <class Result, class Render, class Json, class Csv>
void dispatch(const Result& result, Format format, std::ostream& out, const WriteOptions& options,
              Render render, Json json, Csv csv) {
  if (options.byte_order_mark && format != Format::csv) {
    throw std::invalid_argument("a byte order mark is written only before CSV reports");
  }
  switch (format) {
    case Format::text:
    case Format::md: {
      detail::Document doc(
          format == Format::md ? detail::Document::Style::markdown : detail::Document::Style::text,
          out);
      render(result, doc);
      return;
    }
    case Format::json:
      json(result, out);
      return;
    case Format::csv:
      if (options.byte_order_mark) out << kByteOrderMark;
      csv(result, out);
      return;
  }
}

}  // namespace

void write(const model::RunResult& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  dispatch(result, format, out, options, detail::render_routes, detail::write_routes_json,
           detail::write_routes_csv);
}

void write(const model::SimulationRun& result, Format format, std::ostream& out,
           const WriteOptions& options) {
  dispatch(result, format, out, options, detail::render_simulation, detail::write_simulation_json,
           detail::write_simulation_csv);
}

}  // namespace corridor::report
