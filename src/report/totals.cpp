// The scenario totals in every format. Decimals: TEU, USD and kg to 2 places in JSON and CSV
// (documented in docs/reports.md); whole numbers in text.

#include "report/totals.hpp"

#include <cmath>

#include "report/format.hpp"

namespace corridor::report::detail {

namespace {

constexpr int kDecimals = 2;

std::string lines_text(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " demand line" : " demand lines");
}

}  // namespace

void render_totals(const model::Totals& t, const std::string& basis, Document& doc) {
  doc.heading(2, "Totals");
  doc.paragraph(lines_text(t.lines) + ", " + grouped(t.teu_per_week, 0) +
                " TEU a week, each line " + basis + "; a year is 52.18 weeks");
  if (t.routed_lines < t.lines) {
    const std::size_t n = t.lines - t.routed_lines;
    doc.paragraph("not carried: " + lines_text(n) + " (" +
                  grouped(t.teu_per_week - t.routed_teu_per_week, 0) + " TEU a week) " +
                  (n == 1 ? "has" : "have") + " no route, and no USD or CO2e in the totals");
  }
  Table table({{"", Table::Align::left},
               {"TEU", Table::Align::right},
               {"USD", Table::Align::right},
               {"kg CO2e", Table::Align::right}});
  table.add({"per week", grouped(t.teu_per_week, 0), grouped(t.usd_per_week.value(), 0),
             grouped(t.co2e_per_week.value(), 0)});
  table.add({"per year", grouped(t.teu_per_year(), 0), grouped(t.usd_per_year().value(), 0),
             grouped(t.co2e_per_year().value(), 0)});
  doc.table(table);
}

Json totals_json(const model::Totals& t) {
  return Json{{"demand_lines", t.lines},
              {"routed_lines", t.routed_lines},
              {"teu_per_week", rounded(t.teu_per_week, kDecimals)},
              {"routed_teu_per_week", rounded(t.routed_teu_per_week, kDecimals)},
              {"usd_per_week", rounded(t.usd_per_week.value(), kDecimals)},
              {"co2e_kg_per_week", rounded(t.co2e_per_week.value(), kDecimals)},
              {"teu_per_year", rounded(t.teu_per_year(), kDecimals)},
              {"usd_per_year", rounded(t.usd_per_year().value(), kDecimals)},
              {"co2e_kg_per_year", rounded(t.co2e_per_year().value(), kDecimals)}};
}

std::vector<std::string> totals_csv_header() {
  return {"total_teu_per_week", "total_usd_per_week", "total_co2e_kg_per_week",
          "total_teu_per_year", "total_usd_per_year", "total_co2e_kg_per_year"};
}

std::vector<std::string> totals_csv_cells(const model::Totals& t) {
  // An infinite cost (journeys that never arrive, charged storage) is an empty cell.
  const auto cell = [](double v) { return std::isfinite(v) ? fixed(v, kDecimals) : ""; };
  return {cell(t.teu_per_week),   cell(t.usd_per_week.value()),   cell(t.co2e_per_week.value()),
          cell(t.teu_per_year()), cell(t.usd_per_year().value()), cell(t.co2e_per_year().value())};
}

}  // namespace corridor::report::detail
