// Text and Markdown reports of routes.

#include "report/routes_human.hpp"

#include <corridor/model/result.hpp>
#include <corridor/report/labels.hpp>

#include "report/totals.hpp"

namespace corridor::report::detail {

namespace {

using Align = Table::Align;

std::string days(model::Hours h) {
  return fixed(model::to_days(h), 1);
}

std::string demand_line(const model::OdResult& od) {
  std::string text = od.demand.cargo + " \u00b7 " +
                     std::string(model::to_string(od.demand.container)) + " \u00b7 " +
                     fixed(od.demand.teu_per_week, 0) + " TEU/week";
  if (od.demand.deadline_days)
    text += " \u00b7 deadline " + fixed(*od.demand.deadline_days, 0) + " days";
  text += " \u00b7 value of time " + grouped(od.value_of_time_usd_per_teu_hour * 24.0, 0) +
          " USD/TEU/day";
  return text;
}

/// The columns of a route table; "on time" only for a line with a deadline.
std::vector<Table::Column> route_columns(bool deadline, model::UsdPer per) {
  std::vector<Table::Column> columns{
      {"#", Align::right},        {"corridor", Align::left},      {"modes", Align::left},
      {"days", Align::right},     {usd_label(per), Align::right}, {"kg CO2e/TEU", Align::right},
      {"USD+time", Align::right}, {"km", Align::right},           {"transshipments", Align::right}};
  if (deadline) columns.push_back({"on time", Align::left});
  return columns;
}

std::vector<std::string> route_cells(std::size_t rank, const model::Route& r,
                                     const std::string& label, bool deadline) {
  std::vector<std::string> cells{std::to_string(rank),
                                 label,
                                 modes_label(r),
                                 days(r.totals.hours()),
                                 grouped(r.totals.usd().value(), 0),
                                 grouped(r.totals.co2e.value(), 0),
                                 grouped(r.totals.generalized().value(), 0),
                                 grouped(r.totals.km.value(), 0),
                                 std::to_string(r.transshipments)};
  if (deadline) cells.emplace_back(r.on_time.value_or(true) ? "yes" : "no");
  return cells;
}

Table options_table(const model::OdResult& od, const LineLabels& labels, model::UsdPer per) {
  const bool deadline = od.demand.deadline_days.has_value();
  Table t(route_columns(deadline, per));
  for (std::size_t i = 0; i < od.routes.size(); ++i)
    t.add(route_cells(i + 1, od.routes[i], labels.routes[i], deadline));
  return t;
}

Table pareto_table(const model::OdResult& od, const LineLabels& labels, model::UsdPer per) {
  const bool deadline = od.demand.deadline_days.has_value();
  auto columns = route_columns(deadline, per);
  columns.push_back({"best in", Align::left});
  Table t(std::move(columns));
  for (std::size_t i = 0; i < od.pareto.size(); ++i) {
    auto cells = route_cells(i + 1, od.pareto[i].route, labels.pareto[i], deadline);
    cells.push_back(wins_text(od.pareto[i].wins));
    t.add(std::move(cells));
  }
  return t;
}

std::string hours_cell(model::Hours h) {
  return h.value() == 0.0 ? "" : fixed(h.value(), 1);
}

}  // namespace

std::string usd_label(model::UsdPer per) {
  return per == model::UsdPer::teu ? "USD/TEU" : "USD/container";
}

Table steps_table(const model::Route& route, const model::NetworkView& net, model::UsdPer per) {
  Table t({{"step", Align::left},
           {"where", Align::left},
           {"mode", Align::left},
           {"km", Align::right},
           {"running h", Align::right},
           {"waiting h", Align::right},
           {"handling h", Align::right},
           {"border h", Align::right},
           {usd_label(per), Align::right},
           {"kg CO2e", Align::right}});
  for (const auto& s : route.steps) {
    const bool leg = s.kind == model::Step::Kind::leg;
    t.add({std::string(kind_name(s.kind)), step_where(s, net),
           s.kind == model::Step::Kind::transfer ? port_change(s.from_port, s.to_port)
                                                 : model::describe(s.from_port),
           leg ? grouped(s.km.value(), 0) : "", hours_cell(s.running), hours_cell(s.waiting),
           hours_cell(s.handling), hours_cell(s.dwell), grouped(s.usd().value(), 0),
           fixed(s.co2e.value(), 1)});
  }
  const auto& tot = route.totals;
  t.add({"total", days(tot.hours()) + " days", "", grouped(tot.km.value(), 0),
         fixed(tot.running.value(), 1), fixed(tot.waiting.value(), 1),
         fixed(tot.handling.value(), 1), fixed(tot.dwell.value(), 1), grouped(tot.usd().value(), 0),
         fixed(tot.co2e.value(), 1)});
  return t;
}

void render_routes(const model::RunResult& run, Document& doc) {
  doc.heading(1, run.scenario + (run.description.empty() ? "" : " \u2014 " + run.description));
  doc.field("objective", describe_objective(run.objective));
  doc.field("constraints", describe_constraints(run.constraints));
  doc.field("routes per demand line",
            std::to_string(run.alternatives) + (run.pareto ? ", plus Pareto options" : ""));
  if (run.usd_per == model::UsdPer::container) {
    doc.field("money", "USD per container of each line (its TEU x USD per TEU); kg CO2e per TEU");
  }
  for (const auto& od : run.results) {
    doc.heading(2, line_title(od.demand));
    doc.paragraph(demand_line(od));
    for (const auto& w : od.warnings)
      doc.paragraph("note: " + w);
    if (od.unreachable) {
      doc.paragraph("no route: " + od.unreachable->reason);
      continue;
    }
    const LineLabels labels = line_labels(od, run.network);
    doc.table(options_table(od, labels, run.usd_per));
    if (!od.pareto.empty()) {
      doc.heading(3, "Pareto options over days, USD and CO2e");
      doc.table(pareto_table(od, labels, run.usd_per));
    }
    doc.heading(3, "Route 1 step by step: " + labels.routes.front());
    doc.table(steps_table(od.routes.front(), run.network, run.usd_per));
  }
  render_totals(run.totals, "on its route 1, at expected values", doc);
}

}  // namespace corridor::report::detail
