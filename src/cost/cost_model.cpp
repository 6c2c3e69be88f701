#include <corridor/cost/cost_model.hpp>

namespace corridor::cost {

ElementCost ElementCost::for_container(double teu_per_container) const {
  ElementCost c = *this;
  c.tariff_usd += tariff_container_usd / teu_per_container;
  c.handling_usd += handling_container_usd / teu_per_container;
  c.fees_usd += fees_container_usd / teu_per_container;
  c.tariff_container_usd = c.handling_container_usd = c.fees_container_usd = 0.0;
  return c;
}

ElementCost leg_cost(const model::Link& link, const model::Node& from,
                     const model::EmissionFactors& factors) {
  ElementCost c;
  c.km = link.distance.value();
  c.running_hours = link.running_time().mean();
  if (link.schedule) {
    c.waiting_hours = link.schedule->expected_wait_hours();
    c.storage_usd = from.storage_usd_per_teu_day.value() * c.waiting_hours / model::kHoursPerDay;
  }
  c.tariff_usd = link.tariff.usd_per_teu.value() + link.tariff.usd_per_teu_km * c.km;
  c.tariff_container_usd =
      link.tariff.usd_per_container.value() + link.tariff.usd_per_container_km * c.km;
  const double g_per_tkm = link.co2e_g_per_tkm.value_or(factors.factor(link.mode));
  c.co2e_kg_per_tonne = g_per_tkm * c.km / 1000.0;
  return c;
}

ElementCost dwell_cost(const model::Node& node) {
  ElementCost c;
  if (node.dwell) {
    c.dwell_hours = node.dwell->hours.mean();
    c.fees_usd = node.dwell->usd_per_teu.value();
    c.fees_container_usd = node.dwell->usd_per_container.value();
  }
  return c;
}

ElementCost transfer_cost(const model::Node& node, const model::EmissionFactors& factors) {
  ElementCost c = dwell_cost(node);
  if (node.handling) {
    c.handling_hours = node.handling->hours.mean();
    c.handling_usd = node.handling->usd_per_teu.value();
    c.handling_container_usd = node.handling->usd_per_container.value();
    c.co2e_kg_per_teu =
        node.handling->kg_co2e_per_teu.value_or(model::KgCo2e(factors.handling_kg_per_teu)).value();
  }
  return c;
}

}  // namespace corridor::cost
