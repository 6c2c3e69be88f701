#include <corridor/model/result.hpp>

namespace corridor::model {

std::string_view to_string(Criterion criterion) {
  switch (criterion) {
    case Criterion::time:
      return "time";
    case Criterion::cost:
      return "cost";
    case Criterion::co2:
      return "co2";
  }
  return "?";
}

Totals totals_of(const std::vector<OdResult>& results) {
  Totals t;
  for (const OdResult& od : results) {
    if (od.routes.empty()) {
      t.add_unrouted(od.demand.teu_per_week);
    } else {
      const Route& best = od.routes.front();
      t.add_routed(od.demand.teu_per_week, best.totals.usd(), best.totals.co2e);
    }
  }
  return t;
}

namespace {

void scale_money(Route& route, double k, Objective objective) {
  const auto scale = [k](Usd& usd) { usd = usd * k; };
  for (Step& s : route.steps) {
    scale(s.tariff);
    scale(s.handling_usd);
    scale(s.fees_usd);
    scale(s.storage_usd);
  }
  scale(route.totals.tariff);
  scale(route.totals.handling_usd);
  scale(route.totals.fees_usd);
  scale(route.totals.storage_usd);
  scale(route.totals.time_value);
  if (objective == Objective::cost || objective == Objective::generalized) {
    route.objective_value *= k;
  }
}

}  // namespace

RunResult per_container(RunResult run) {
  for (OdResult& od : run.results) {
    const double k = teu_of(od.demand.container);
    for (Route& r : od.routes)
      scale_money(r, k, od.objective);
    for (ParetoOption& o : od.pareto)
      scale_money(o.route, k, od.objective);
  }
  run.usd_per = UsdPer::container;
  return run;
}

}  // namespace corridor::model
