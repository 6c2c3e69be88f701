#include "capacity/aggregate.hpp"

#include <algorithm>
#include <numeric>

#include <corridor/sim/statistics.hpp>

namespace corridor::capacity::detail {

namespace {

/// Moments and type-7 percentiles of a pooled sample. Precondition: not empty.
model::Summary summarise(std::vector<double> values) {
  const sim::Moments m = sim::Moments::of(values);
  std::sort(values.begin(), values.end());
  auto p = [&](double q) { return sim::percentile_of_sorted(values, q); };
  return model::Summary{m.mean, m.sd(), m.min, m.max, p(0.05), p(0.50), p(0.90), p(0.95), p(0.99)};
}

model::CapacityLine line_result(const LinePlan& plan, const model::OdResult& od,
                                const std::vector<double>& shares,
                                const std::vector<ReplicationTally>& tallies, std::size_t l) {
  model::CapacityLine line;
  line.demand = od.demand;
  std::vector<double> transit;
  std::vector<std::uint64_t> per_route(plan.itineraries.size(), 0);
  std::uint64_t on_time = 0;
  for (const ReplicationTally& rep : tallies) {
    const LineTally& t = rep.lines[l];
    line.shipments.generated += t.counts.generated;
    line.shipments.delivered += t.counts.delivered;
    line.shipments.in_system += t.counts.in_system;
    line.shipments.not_served += t.counts.not_served;
    line.never_arrive += t.never_arrive;
    on_time += t.on_time;
    transit.insert(transit.end(), t.transit_days.begin(), t.transit_days.end());
    for (std::size_t i = 0; i < per_route.size(); ++i)
      per_route[i] += t.route_shipments[i];
  }
  const double teu = plan.shipment_teu / static_cast<double>(tallies.size());
  line.teu_generated = static_cast<double>(line.shipments.generated) * teu;
  line.teu_delivered = static_cast<double>(line.shipments.delivered) * teu;
  line.teu_in_system = static_cast<double>(line.shipments.in_system) * teu;
  line.teu_not_served = static_cast<double>(line.shipments.not_served) * teu;
  if (!transit.empty()) {
    if (plan.deadline_days) {
      line.on_time_share = static_cast<double>(on_time) / static_cast<double>(transit.size());
    }
    line.transit_days = summarise(std::move(transit));
  }
  for (std::size_t i = 0; i < od.routes.size(); ++i)
    line.routes.push_back({od.routes[i], shares[i], per_route[i]});
  return line;
}

model::CapacityResource resource_result(const ResourceSpec& spec,
                                        const std::vector<ReplicationTally>& tallies,
                                        std::size_t r) {
  model::CapacityResource res;
  res.kind = spec.kind;
  res.link = spec.link;
  res.node = spec.node;
  res.from = spec.from;
  res.to = spec.to;
  res.capacity = spec.capacity;
  std::vector<double> waits;
  double delay = 0.0;
  for (const ReplicationTally& rep : tallies) {
    const ResourceTally& t = rep.resources[r];
    res.utilisation += t.utilisation;
    res.mean_queue_teu += t.mean_queue_teu;
    res.max_queue_teu = std::max(res.max_queue_teu, t.max_queue_teu);
    res.delay_teu_hours += t.delay_teu_hours;
    res.teu_carried += t.teu_carried;
    delay += t.delay_hours;
    waits.insert(waits.end(), t.waits.begin(), t.waits.end());
  }
  const auto n = static_cast<double>(tallies.size());
  res.utilisation /= n;
  res.mean_queue_teu /= n;
  res.delay_teu_hours /= n;
  res.teu_carried /= n;
  res.shipments = waits.size();
  if (!waits.empty()) {
    res.mean_delay_hours = delay / static_cast<double>(waits.size());
    const model::Summary s = summarise(std::move(waits));
    res.mean_wait_hours = s.mean;
    res.p95_wait_hours = s.p95;
  }
  return res;
}

}  // namespace

std::vector<double> aggregate(const CapacityModel& model, std::span<const model::OdResult> ods,
                              const std::vector<std::vector<double>>& shares,
                              const std::vector<ReplicationTally>& tallies, int queue_series,
                              model::CapacityRun& run) {
  run.lines.clear();
  for (std::size_t l = 0; l < model.lines.size(); ++l) {
    run.lines.push_back(line_result(model.lines[l], ods[l], shares[l], tallies, l));
  }
  std::vector<model::CapacityResource> by_spec;
  std::vector<double> mean_delay;
  for (std::size_t r = 0; r < model.resources.size(); ++r) {
    by_spec.push_back(resource_result(model.resources[r], tallies, r));
    mean_delay.push_back(by_spec.back().mean_delay_hours);
  }
  // Bottleneck ranking: the delay a resource causes (TEU x hours), then how busy it is.
  std::vector<std::size_t> order(by_spec.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (by_spec[a].delay_teu_hours != by_spec[b].delay_teu_hours) {
      return by_spec[a].delay_teu_hours > by_spec[b].delay_teu_hours;
    }
    return by_spec[a].utilisation > by_spec[b].utilisation;
  });
  run.resources.clear();
  run.weekly_queues.clear();
  for (const std::size_t r : order) {
    run.resources.push_back(by_spec[r]);
    if (static_cast<int>(run.weekly_queues.size()) >= queue_series || by_spec[r].shipments == 0) {
      continue;
    }
    model::QueueSeries series;
    series.resource = run.resources.size() - 1;
    series.teu.assign(series_weeks(model), 0.0);
    for (const ReplicationTally& rep : tallies) {
      for (std::size_t k = 0; k < series.teu.size(); ++k)
        series.teu[k] += rep.resources[r].weekly_queue_teu[k];
    }
    for (double& v : series.teu)
      v /= static_cast<double>(tallies.size());
    run.weekly_queues.push_back(std::move(series));
  }
  return mean_delay;
}

}  // namespace corridor::capacity::detail
