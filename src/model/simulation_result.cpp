#include <corridor/model/simulation_result.hpp>

namespace corridor::model {

Totals totals_of(const std::vector<OdSimulation>& results) {
  Totals t;
  for (const OdSimulation& od : results) {
    if (od.simulated.empty()) {
      t.add_unrouted(od.od.demand.teu_per_week);
    } else {
      const RouteSimulation& first = od.simulated.front();
      t.add_routed(od.od.demand.teu_per_week, Usd(first.usd.mean), first.route.totals.co2e);
    }
  }
  return t;
}

}  // namespace corridor::model
