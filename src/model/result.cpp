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

}  // namespace corridor::model
