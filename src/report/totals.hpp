#pragma once
// Private to report: the scenario totals (model::Totals) in every format.

#include <string>
#include <vector>

#include <corridor/model/totals.hpp>

#include "report/document.hpp"
#include "report/json.hpp"

namespace corridor::report::detail {

/// A "Totals" section: what the lines carry, and a table of TEU, USD and kg CO2e per week and
/// per year. `basis` says how a line's cost was taken ("at expected values").
void render_totals(const model::Totals& totals, const std::string& basis, Document& doc);

/// {demand_lines, routed_lines, teu_per_week, routed_teu_per_week, usd_per_week,
/// co2e_kg_per_week, teu_per_year, usd_per_year, co2e_kg_per_year}
[[nodiscard]] Json totals_json(const model::Totals& totals);

/// The CSV columns repeated on every row: total_teu_per_week ... total_co2e_kg_per_year.
[[nodiscard]] std::vector<std::string> totals_csv_header();
[[nodiscard]] std::vector<std::string> totals_csv_cells(const model::Totals& totals);

}  // namespace corridor::report::detail
