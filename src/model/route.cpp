#include <corridor/model/route.hpp>

namespace corridor::model {

void summarise(Route& route, double value_of_time_usd_per_teu_hour) {
  RouteTotals t;
  int transshipments = 0;
  int gauge_changes = 0;
  for (const Step& s : route.steps) {
    t.km += s.km;
    t.running += s.running;
    t.waiting += s.waiting;
    t.handling += s.handling;
    t.dwell += s.dwell;
    t.tariff += s.tariff;
    t.handling_usd += s.handling_usd;
    t.fees_usd += s.fees_usd;
    t.storage_usd += s.storage_usd;
    t.co2e += s.co2e;
    if (s.kind == Step::Kind::transfer) {
      ++transshipments;
      if (s.is_gauge_change()) ++gauge_changes;
    }
  }
  t.time_value = Usd(t.hours().value() * value_of_time_usd_per_teu_hour);
  route.totals = t;
  route.transshipments = transshipments;
  route.gauge_changes = gauge_changes;
}

}  // namespace corridor::model
