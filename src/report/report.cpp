#include <array>

#include <corridor/report/report.hpp>

#include "report/csv.hpp"
#include "report/document.hpp"
#include "report/human.hpp"

namespace corridor::report {

namespace detail {
void write_routes_json(const model::RunResult& run, std::ostream& out);
void write_simulation_json(const model::SimulationRun& run, std::ostream& out);
}  // namespace detail

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

void write(const model::RunResult& result, Format format, std::ostream& out) {
  switch (format) {
    case Format::text:
    case Format::md: {
      detail::Document doc(
          format == Format::md ? detail::Document::Style::markdown : detail::Document::Style::text,
          out);
      detail::render_routes(result, doc);
      return;
    }
    case Format::json:
      detail::write_routes_json(result, out);
      return;
    case Format::csv:
      detail::write_routes_csv(result, out);
      return;
  }
}

void write(const model::SimulationRun& result, Format format, std::ostream& out) {
  switch (format) {
    case Format::text:
    case Format::md: {
      detail::Document doc(
          format == Format::md ? detail::Document::Style::markdown : detail::Document::Style::text,
          out);
      detail::render_simulation(result, doc);
      return;
    }
    case Format::json:
      detail::write_simulation_json(result, out);
      return;
    case Format::csv:
      detail::write_simulation_csv(result, out);
      return;
  }
}

}  // namespace corridor::report
