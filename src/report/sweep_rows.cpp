// A variant's headline figures, one row per demand line, rounded as the JSON report rounds.

#include <corridor/report/labels.hpp>
#include <corridor/report/sweep.hpp>

#include "report/format.hpp"

namespace corridor::report {

namespace {

// Decimals of the JSON report (docs/reports.md): days 3, USD and kg 2, shares 4.
constexpr int kDays = 3;
constexpr int kUsd = 2;
constexpr int kKg = 2;
constexpr int kShare = 4;

model::SweepRow row_of(std::size_t variant, const model::OdResult& od,
                       const model::NetworkView& net) {
  model::SweepRow row;
  row.variant = variant;
  row.line = od.demand.id;
  row.from = od.demand.from;
  row.to = od.demand.to;
  row.cargo = od.demand.cargo;
  if (od.routes.empty()) {
    row.unreachable = od.unreachable ? od.unreachable->reason : "no route";
    return row;
  }
  const auto& r = od.routes.front();
  const auto& t = r.totals;
  row.best = model::SweepBest{corridor_label(r, net),
                              modes_label(r),
                              detail::rounded(model::to_days(t.hours()), kDays),
                              detail::rounded(t.usd().value(), kUsd),
                              detail::rounded(t.co2e.value(), kKg),
                              detail::rounded(t.generalized().value(), kUsd),
                              std::nullopt};
  return row;
}

}  // namespace

std::vector<model::SweepRow> sweep_rows(std::size_t variant, const model::RunResult& plan) {
  std::vector<model::SweepRow> rows;
  for (const auto& od : plan.results)
    rows.push_back(row_of(variant, od, plan.network));
  return rows;
}

std::vector<model::SweepRow> sweep_rows(std::size_t variant, const model::SimulationRun& run) {
  std::vector<model::SweepRow> rows;
  for (const auto& line : run.results) {
    auto row = row_of(variant, line.od, run.network);
    if (row.best && !line.simulated.empty()) {
      const auto& s = line.simulated.front();
      model::SweepSpread spread{detail::rounded(s.days.p50, kDays),
                                detail::rounded(s.days.p90, kDays),
                                detail::rounded(s.days.p95, kDays), std::nullopt};
      if (s.on_time_probability) spread.on_time = detail::rounded(*s.on_time_probability, kShare);
      row.best->simulated = spread;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace corridor::report
