// CSV: one row per route step, with the scenario, the demand line, the route's identity and
// totals, and the scenario totals repeated on each row so that a spreadsheet can filter and
// pivot without joins. Numbers have the decimals of the JSON document, so that each cell reads
// back as the JSON value of the same field.

#include "report/csv.hpp"

#include <array>
#include <charconv>

#include <corridor/model/printable.hpp>
#include <corridor/report/labels.hpp>
#include <corridor/report/report.hpp>

#include "report/format.hpp"
#include "report/totals.hpp"

namespace corridor::report::detail {

std::string csv_field(std::string_view raw) {
  // A CSV file printed to a terminal must not carry its control codes either.
  const std::string text = model::printable(raw);
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void csv_row(std::ostream& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i)
    out << (i ? "," : "") << csv_field(cells[i]);
  out << "\r\n";
}

std::string shortest(double value) {
  std::array<char, 32> buf{};
  const auto [end, error] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  return error == std::errc() ? std::string(buf.data(), end) : fixed(value, 6);
}

namespace {

/// One row per step of `r`, with the line's and the route's figures repeated on each.
void route_rows(std::ostream& out, const model::RunResult& run, const model::OdResult& od,
                const std::string& set, std::size_t rank, const model::Route& r,
                const std::string& label, const std::vector<std::string>& totals) {
  const auto& net = run.network;
  const auto& t = r.totals;
  const std::vector<std::string> head{run.scenario,
                                      od.demand.id,
                                      od.demand.from,
                                      od.demand.to,
                                      od.demand.cargo,
                                      std::string(model::to_string(od.demand.container)),
                                      std::string(model::to_string(run.usd_per)),
                                      shortest(od.demand.teu_per_week),
                                      set,
                                      std::to_string(rank),
                                      label,
                                      modes_label(r),
                                      fixed(model::to_days(t.hours()), 3),
                                      fixed(t.usd().value(), 2),
                                      fixed(t.generalized().value(), 2),
                                      fixed(t.co2e.value(), 2),
                                      fixed(t.km.value(), 1),
                                      std::to_string(r.transshipments),
                                      od.complete ? "true" : "false",
                                      r.on_time ? (*r.on_time ? "true" : "false") : ""};
  std::size_t n = 0;
  for (const auto& s : r.steps) {
    std::vector<std::string> row = head;
    const bool leg = s.kind == model::Step::Kind::leg;
    row.insert(row.end(),
               {std::to_string(++n), std::string(kind_name(s.kind)), leg ? net.link(s.link).id : "",
                net.place(s.from).id, net.place(s.to).id, model::describe(s.from_port),
                model::describe(s.to_port), leg ? fixed(s.km.value(), 1) : "0.0",
                fixed(s.running.value(), 2), fixed(s.waiting.value(), 2),
                fixed(s.handling.value(), 2), fixed(s.dwell.value(), 2),
                fixed(s.hours().value(), 2), fixed(s.usd().value(), 2), fixed(s.co2e.value(), 2)});
    row.insert(row.end(), totals.begin(), totals.end());
    csv_row(out, row);
  }
}

}  // namespace

void write_routes_csv(const model::RunResult& run, std::ostream& out) {
  std::vector<std::string> header{"scenario",
                                  "line_id",
                                  "from",
                                  "to",
                                  "cargo",
                                  "container",
                                  "usd_per",
                                  "teu_per_week",
                                  "set",
                                  "rank",
                                  "corridor",
                                  "modes",
                                  "route_days",
                                  "route_usd",
                                  "route_generalized_usd",
                                  "route_co2e_kg",
                                  "route_km",
                                  "transshipments",
                                  "complete",
                                  "on_time",
                                  "step",
                                  "kind",
                                  "link",
                                  "step_from",
                                  "step_to",
                                  "from_port",
                                  "to_port",
                                  "km",
                                  "running_h",
                                  "waiting_h",
                                  "handling_h",
                                  "dwell_h",
                                  "hours",
                                  "usd",
                                  "co2e_kg"};
  const auto totals_header = totals_csv_header();
  header.insert(header.end(), totals_header.begin(), totals_header.end());
  csv_row(out, header);
  const auto totals = totals_csv_cells(run.totals);
  for (const auto& od : run.results) {
    const LineLabels labels = line_labels(od, run.network);
    for (std::size_t i = 0; i < od.routes.size(); ++i)
      route_rows(out, run, od, "best", i + 1, od.routes[i], labels.routes[i], totals);
    for (std::size_t i = 0; i < od.pareto.size(); ++i) {
      route_rows(out, run, od, "pareto", i + 1, od.pareto[i].route, labels.pareto[i], totals);
    }
  }
}

}  // namespace corridor::report::detail
