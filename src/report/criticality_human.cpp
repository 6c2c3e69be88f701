// Text and Markdown reports of criticality.

#include "report/criticality_human.hpp"

#include <algorithm>

#include <corridor/report/labels.hpp>

#include "report/closure_length.hpp"
#include "report/elements.hpp"
#include "report/totals.hpp"

namespace corridor::report::detail {

namespace {

using Align = Table::Align;

std::string signed_fixed(double value, int decimals) {
  const std::string text = grouped(value, decimals);
  return value > 0.0 && text != grouped(0.0, decimals) ? "+" + text : text;
}

/// "—" when there is no value (journeys that never arrive).
std::string optional_signed(const std::optional<double>& value, int decimals) {
  return value ? signed_fixed(*value, decimals) : "\u2014";
}

Table ranking_table(const std::vector<model::ElementImpact>& ranking,
                    const model::CriticalityRun& run) {
  const auto& net = run.base.network;
  Table t({{"#", Align::right},
           {"closed", Align::left},
           {"kind", Align::left},
           {"name", Align::left},
           {"lines hit", Align::right},
           {"lines cut", Align::right},
           {"TEU/week cut", Align::right},
           {"USD+time/week", Align::right},
           {"USD/week", Align::right},
           {"TEU-days/week", Align::right}});
  if (run.closure) t.add_column({"TEU-days/closure", Align::right});
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    const auto& r = ranking[i];
    if (r.lines.empty()) continue;
    std::string kinds;
    for (const auto& e : r.closed)
      kinds += (kinds.empty() ? "" : " + ") + element_kind(e, net);
    std::vector<std::string> row{std::to_string(i + 1),
                                 closure_ids(r.closed, net),
                                 kinds,
                                 closure_names(r.closed, net),
                                 std::to_string(r.lines_affected()),
                                 std::to_string(r.lines_cut),
                                 grouped(r.teu_per_week_cut, 0),
                                 signed_fixed(r.generalized_usd_per_week, 0),
                                 signed_fixed(r.usd_per_week, 0),
                                 signed_fixed(r.teu_days_per_week, 1)};
    if (run.closure) row.push_back(optional_signed(r.closure_teu_days, 1));
    t.add(std::move(row));
  }
  return t;
}

Table lines_table(const model::ElementImpact& impact, const model::CriticalityRun& run) {
  Table t({{"line", Align::left},
           {"TEU/week", Align::right},
           {"replacement corridor", Align::left},
           {"modes", Align::left},
           {"days", Align::right},
           {"\u0394 days", Align::right},
           {"\u0394 USD/TEU", Align::right},
           {"\u0394 USD+time/TEU", Align::right}});
  if (run.closure) {
    t.add_column({"closure delay h", Align::right});
    t.add_column({"TEU-days/closure", Align::right});
  }
  for (const auto& li : impact.lines) {
    const auto& od = run.base.results[li.line];
    const std::string line = line_title(od.demand);
    const std::string teu = grouped(od.demand.teu_per_week, 0);
    std::vector<std::string> row;
    if (li.replacement) {
      const auto& r = *li.replacement;
      row = {line,
             teu,
             corridor_label(r, run.base.network),
             modes_label(r),
             fixed(model::to_days(r.totals.hours()), 1),
             signed_fixed(li.delta_hours / 24.0, 1),
             signed_fixed(li.delta_usd, 0),
             signed_fixed(li.delta_generalized_usd, 0)};
    } else {
      row = {line, teu, li.complete ? "cut off: no route left" : "none found within the budget",
             "",   "",  "",
             "",   ""};
    }
    if (run.closure) {
      row.push_back(optional_signed(li.closure_delay_hours, 1));
      row.push_back(optional_signed(li.closure_teu_days, 1));
    }
    t.add(std::move(row));
  }
  return t;
}

void render_set(const std::vector<model::ElementImpact>& set, const model::CriticalityRun& run,
                const std::string& what, Document& doc) {
  const auto& net = run.base.network;
  const auto hit = static_cast<std::size_t>(
      std::count_if(set.begin(), set.end(), [](const auto& r) { return !r.lines.empty(); }));
  doc.paragraph(std::to_string(set.size()) + " " + what + " closed; " + std::to_string(hit) +
                " change a best route, " + std::to_string(set.size() - hit) +
                " change none (no best route passes them)");
  if (hit == 0) return;
  doc.table(ranking_table(set, run));
  for (std::size_t i = 0; i < set.size(); ++i) {
    if (set[i].lines.empty()) continue;
    doc.heading(3, std::to_string(i + 1) + ". " + closure_ids(set[i].closed, net) + " (" +
                       closure_names(set[i].closed, net) + ")");
    doc.table(lines_table(set[i], run));
  }
}

}  // namespace

void render_criticality(const model::CriticalityRun& run, Document& doc) {
  const auto& base = run.base;
  doc.heading(1, base.scenario + (base.description.empty() ? "" : " \u2014 " + base.description));
  doc.field("objective", describe_objective(base.objective));
  doc.field("constraints", describe_constraints(base.constraints));
  doc.field("damage",
            "lines cut off; then, over the lines re-routed, TEU a week \u00d7 change per TEU");
  doc.field("origins and destinations",
            run.ends_included ? "closed like any element"
                              : "not closed unless named (closing one cuts its own lines)");
  if (run.closure) {
    doc.field("closure simulated", describe_closure(*run.closure));
  }
  doc.heading(2, "Best routes with nothing closed");
  for (const auto& od : base.results) {
    const std::string line = line_title(od.demand) + ": ";
    if (od.routes.empty()) {
      doc.paragraph(line + "no route" + (od.unreachable ? ": " + od.unreachable->reason : ""));
    } else {
      const auto& r = od.routes.front();
      doc.paragraph(line + corridor_label(r, base.network) + " (" +
                    fixed(model::to_days(r.totals.hours()), 1) + " days, " +
                    grouped(r.totals.usd().value(), 0) + " USD/TEU)");
    }
  }
  doc.heading(2, "Elements closed one at a time");
  render_set(run.ranking, run, "elements", doc);
  if (run.pair_top >= 2) {
    doc.heading(2,
                "Pairs closed together (N-2, among the top " + std::to_string(run.pair_top) + ")");
    render_set(run.pairs, run, "pairs", doc);
  }
  render_totals(base.totals, "on its best route with nothing closed, at expected values", doc);
}

}  // namespace corridor::report::detail
