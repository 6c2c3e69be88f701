#include "report/criticality_csv.hpp"

#include <corridor/report/labels.hpp>

#include "report/csv.hpp"
#include "report/elements.hpp"
#include "report/format.hpp"

namespace corridor::report::detail {

namespace {

std::vector<std::string> closure_cells(const std::string& set, std::size_t rank,
                                       const model::ElementImpact& r,
                                       const model::NetworkView& net) {
  std::string types;
  std::string kinds;
  for (const auto& e : r.closed) {
    types += (types.empty() ? "" : " + ") + element_type(e);
    kinds += (kinds.empty() ? "" : " + ") + element_kind(e, net);
  }
  return {set,
          std::to_string(rank),
          closure_ids(r.closed, net),
          types,
          kinds,
          closure_names(r.closed, net),
          std::to_string(r.lines_affected()),
          std::to_string(r.lines_cut),
          shortest(r.teu_per_week_cut),
          fixed(r.generalized_usd_per_week, 2),
          fixed(r.usd_per_week, 2),
          fixed(r.teu_days_per_week, 3)};
}

/// "" when there is no value (not simulated, or not finite).
std::string optional_fixed(const std::optional<double>& v, int decimals) {
  return v ? fixed(*v, decimals) : "";
}

void set_rows(std::ostream& out, const std::string& set,
              const std::vector<model::ElementImpact>& impacts, const model::CriticalityRun& run) {
  const auto& net = run.base.network;
  for (std::size_t i = 0; i < impacts.size(); ++i) {
    const auto head = closure_cells(set, i + 1, impacts[i], net);
    if (impacts[i].lines.empty()) {
      auto row = head;
      row.resize(head.size() + 13);
      row.push_back(optional_fixed(impacts[i].closure_teu_days, 3));
      row.resize(row.size() + 2);
      csv_row(out, row);
      continue;
    }
    for (const auto& li : impacts[i].lines) {
      const auto& od = run.base.results[li.line];
      auto row = head;
      row.insert(row.end(),
                 {od.demand.id, od.demand.from, od.demand.to, od.demand.cargo,
                  shortest(od.demand.teu_per_week), li.replacement ? "rerouted" : "cut_off",
                  li.complete ? "true" : "false"});
      if (li.replacement) {
        const auto& r = *li.replacement;
        row.insert(row.end(), {fixed(li.delta_hours / 24.0, 3), fixed(li.delta_usd, 2),
                               fixed(li.delta_generalized_usd, 2), corridor_label(r, net),
                               modes_label(r), fixed(model::to_days(r.totals.hours()), 3)});
      } else {
        row.resize(row.size() + 6);
      }
      row.insert(row.end(), {optional_fixed(impacts[i].closure_teu_days, 3),
                             optional_fixed(li.closure_delay_hours, 3),
                             optional_fixed(li.closure_teu_days, 3)});
      csv_row(out, row);
    }
  }
}

}  // namespace

void write_criticality_csv(const model::CriticalityRun& run, std::ostream& out) {
  csv_row(out, {"set",
                "rank",
                "closed",
                "closed_type",
                "closed_kind",
                "closed_name",
                "lines_affected",
                "lines_cut",
                "teu_per_week_cut",
                "generalized_usd_per_week",
                "usd_per_week",
                "teu_days_per_week",
                "line_id",
                "from",
                "to",
                "cargo",
                "teu_per_week",
                "status",
                "complete",
                "delta_days",
                "delta_usd",
                "delta_generalized_usd",
                "replacement_corridor",
                "replacement_modes",
                "replacement_days",
                "closure_teu_days",
                "line_closure_delay_hours",
                "line_closure_teu_days"});
  set_rows(out, "single", run.ranking, run);
  set_rows(out, "pair", run.pairs, run);
}

}  // namespace corridor::report::detail
