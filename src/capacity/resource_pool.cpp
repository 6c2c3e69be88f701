#include "capacity/resource_pool.hpp"

#include <algorithm>

#include <corridor/model/units.hpp>

namespace corridor::capacity::detail {

namespace {
using model::ResourceKind;
constexpr double kHoursPerWeek = 168.0;
}  // namespace

ResourcePool::ResourcePool(const std::vector<ResourceSpec>& specs, des::Window window,
                           std::size_t weeks)
    : specs_(specs), window_(window) {
  for (const ResourceSpec& spec : specs) {
    switch (spec.kind) {
      case ResourceKind::handling:
        slot_.push_back(static_cast<std::uint32_t>(servers_.size()));
        servers_.emplace_back(static_cast<int>(spec.capacity), window);
        break;
      case ResourceKind::departures:
        slot_.push_back(static_cast<std::uint32_t>(batches_.size()));
        batches_.emplace_back(spec.capacity, window);
        break;
      case ResourceKind::throughput:
        slot_.push_back(static_cast<std::uint32_t>(gates_.size()));
        gates_.emplace_back(spec.capacity / model::kHoursPerDay, window);
        break;
    }
  }
  for (std::uint32_t r = 0; r < specs.size(); ++r)
    line(r).track_periods(kHoursPerWeek, weeks);
}

des::WaitingLine& ResourcePool::line(std::uint32_t r) {
  switch (specs_[r].kind) {
    case ResourceKind::handling:
      return servers(r).line();
    case ResourceKind::departures:
      return departures(r).line();
    case ResourceKind::throughput:
      break;
  }
  return throughput(r).line();
}

void ResourcePool::observe(double now) {
  for (std::uint32_t r = 0; r < specs_.size(); ++r)
    line(r).observe(now);
}

void ResourcePool::close(const std::function<std::uint64_t(const ResourceSpec&)>& departures_run,
                         std::vector<ResourceTally>& tallies) {
  for (std::uint32_t r = 0; r < specs_.size(); ++r) {
    const ResourceSpec& spec = specs_[r];
    ResourceTally& tally = tallies[r];
    const des::WaitingLine& queue = line(r);
    tally.mean_queue_teu = queue.mean_level();
    tally.max_queue_teu = queue.max_level();
    for (std::size_t k = 0; k < queue.period_area().size(); ++k) {
      const double from = kHoursPerWeek * static_cast<double>(k);
      const double to = std::min(from + kHoursPerWeek, window_.to);
      tally.weekly_queue_teu.push_back(queue.period_area()[k] / (to - from));
    }
    switch (spec.kind) {
      case ResourceKind::handling:
        tally.utilisation = servers(r).utilisation();
        tally.teu_carried = servers(r).served_weight();
        break;
      case ResourceKind::departures: {
        const auto offered = static_cast<double>(departures_run(spec)) * spec.capacity;
        tally.teu_carried = departures(r).carried_weight();
        tally.utilisation = offered > 0.0 ? tally.teu_carried / offered : 0.0;
        break;
      }
      case ResourceKind::throughput:
        tally.utilisation = throughput(r).utilisation();
        tally.teu_carried = throughput(r).passed_weight();
        break;
    }
  }
}

}  // namespace corridor::capacity::detail
