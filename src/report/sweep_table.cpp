// The sweep table as text, Markdown and CSV, and the choice of writer.

#include <stdexcept>

#include <corridor/report/sweep.hpp>

#include "report/csv.hpp"
#include "report/format.hpp"
#include "report/sweep_writers.hpp"

namespace corridor::report {

namespace detail {

namespace {

using Align = Table::Align;

std::vector<std::string> values_of(const model::SweepTable& t, std::size_t variant) {
  std::vector<std::string> out;
  const auto choice = model::sweep_choice(t.axes, variant);
  for (std::size_t a = 0; a < t.axes.size(); ++a)
    out.push_back(t.axes[a].values[choice[a]]);
  return out;
}

std::string grid_of(const model::SweepTable& t) {
  std::string text = std::to_string(t.variants);
  if (t.axes.size() > 1) {
    text += " (";
    for (std::size_t a = 0; a < t.axes.size(); ++a)
      text += (a ? " \u00d7 " : "") + std::to_string(t.axes[a].values.size());
    text += ")";
  }
  return text;
}

Table table_of(const model::SweepTable& t) {
  std::vector<Table::Column> columns{{"#", Align::right}};
  for (const auto& a : t.axes)
    columns.push_back({a.path, Align::left});
  columns.insert(columns.end(), {{"line", Align::left},
                                 {"best corridor", Align::left},
                                 {"days", Align::right},
                                 {"USD/TEU", Align::right},
                                 {"kg CO2e/TEU", Align::right},
                                 {"USD+time/TEU", Align::right}});
  if (t.simulated) {
    columns.insert(columns.end(), {{"P50 days", Align::right},
                                   {"P90 days", Align::right},
                                   {"P95 days", Align::right},
                                   {"on time", Align::right}});
  }
  Table table(std::move(columns));
  for (const auto& r : t.rows) {
    std::vector<std::string> row{std::to_string(r.variant + 1)};
    for (auto& v : values_of(t, r.variant))
      row.push_back(std::move(v));
    row.push_back(r.line);
    if (!r.best) {
      row.push_back("no route: " + r.unreachable);
      row.resize(row.size() + (t.simulated ? 8 : 4));
      table.add(std::move(row));
      continue;
    }
    const auto& b = *r.best;
    row.insert(row.end(), {b.corridor, fixed(b.days, 1), grouped(b.usd, 0), grouped(b.co2e_kg, 0),
                           grouped(b.generalized_usd, 0)});
    if (t.simulated) {
      if (b.simulated) {
        const auto& s = *b.simulated;
        row.insert(row.end(), {fixed(s.p50_days, 1), fixed(s.p90_days, 1), fixed(s.p95_days, 1),
                               s.on_time ? fixed(*s.on_time * 100.0, 1) + " %" : "no deadline"});
      } else {
        row.resize(row.size() + 4);
      }
    }
    table.add(std::move(row));
  }
  return table;
}

}  // namespace

void render_sweep(const model::SweepTable& t, Document& doc) {
  doc.heading(1, t.scenario + " \u2014 sweep of " + std::to_string(t.variants) +
                     (t.variants == 1 ? " variant" : " variants"));
  for (const auto& a : t.axes) {
    std::string values;
    for (std::size_t v = 0; v < a.values.size(); ++v)
      values += (v ? " | " : "") + a.values[v];
    doc.field("--set " + a.path, values);
  }
  doc.field("variants", grid_of(t) + ", the first --set varying slowest");
  doc.field("routes", "each line's best route by the variant's policy");
  if (t.simulated) {
    doc.field("Monte Carlo", std::to_string(t.replications) + " journeys per line, seed " +
                                 std::to_string(t.seed) +
                                 " for every variant (common random numbers)");
  }
  if (t.shard) {
    doc.field("shard", std::to_string(t.shard->index) + " of " + std::to_string(t.shard->count) +
                           ": variants " + std::to_string(t.shard->index) + ", " +
                           std::to_string(t.shard->index + t.shard->count) +
                           ", ... (corridor merge joins the shards)");
  }
  doc.table(table_of(t));
  doc.finish();
}

void write_sweep_csv(const model::SweepTable& t, std::ostream& out) {
  std::vector<std::string> header{"variant"};
  for (const auto& a : t.axes)
    header.push_back(a.path);
  header.insert(header.end(), {"line", "from", "to", "cargo", "status", "corridor", "modes", "days",
                               "usd", "co2e_kg", "generalized_usd"});
  if (t.simulated) header.insert(header.end(), {"p50_days", "p90_days", "p95_days", "on_time"});
  header.push_back("reason");
  csv_row(out, header);
  for (const auto& r : t.rows) {
    std::vector<std::string> row{std::to_string(r.variant + 1)};
    for (auto& v : values_of(t, r.variant))
      row.push_back(std::move(v));
    row.insert(row.end(), {r.line, r.from, r.to, r.cargo, r.best ? "routed" : "unreachable"});
    if (r.best) {
      const auto& b = *r.best;
      row.insert(row.end(), {b.corridor, b.modes, fixed(b.days, 3), fixed(b.usd, 2),
                             fixed(b.co2e_kg, 2), fixed(b.generalized_usd, 2)});
    } else {
      row.resize(row.size() + 6);
    }
    if (t.simulated) {
      if (r.best && r.best->simulated) {
        const auto& s = *r.best->simulated;
        row.insert(row.end(), {fixed(s.p50_days, 3), fixed(s.p90_days, 3), fixed(s.p95_days, 3),
                               s.on_time ? fixed(*s.on_time, 4) : ""});
      } else {
        row.resize(row.size() + 4);
      }
    }
    row.push_back(r.best ? "" : r.unreachable);
    csv_row(out, row);
  }
}

}  // namespace detail

}  // namespace corridor::report
