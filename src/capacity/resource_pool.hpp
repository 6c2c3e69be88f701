#pragma once
// Private to capacity: the des resources of one replication, one per resource of the model.

#include <cstdint>
#include <functional>
#include <vector>

#include <corridor/des/batch_server.hpp>
#include <corridor/des/resource.hpp>
#include <corridor/des/throughput_limit.hpp>
#include <corridor/des/waiting_line.hpp>
#include <corridor/des/window.hpp>

#include "capacity/itinerary.hpp"
#include "capacity/replication.hpp"

namespace corridor::capacity::detail {

class ResourcePool {
 public:
  /// A fresh resource for each of `specs`, measured over `window`, with weekly queue series
  /// over `weeks` weeks from hour 0.
  ResourcePool(const std::vector<ResourceSpec>& specs, des::Window window, std::size_t weeks);

  /// The resource `r` as what it is. Precondition: `r` is of that kind.
  des::Resource& servers(std::uint32_t r) { return servers_[slot_[r]]; }
  des::BatchServer& departures(std::uint32_t r) { return batches_[slot_[r]]; }
  des::ThroughputLimit& throughput(std::uint32_t r) { return gates_[slot_[r]]; }
  /// The queue in front of resource `r`, whatever its kind.
  des::WaitingLine& line(std::uint32_t r);

  /// Counts every queue at `now` towards its maximum (at the window's start).
  void observe(double now);

  /// Fills each resource's utilisation, queues, TEU carried and weekly queue series into
  /// `tallies` (one per resource). `departures_run(spec)` counts the departures of a
  /// departures resource that ran within the window, for its utilisation.
  void close(const std::function<std::uint64_t(const ResourceSpec&)>& departures_run,
             std::vector<ResourceTally>& tallies);

 private:
  const std::vector<ResourceSpec>& specs_;
  des::Window window_;
  std::vector<des::Resource> servers_;
  std::vector<des::BatchServer> batches_;
  std::vector<des::ThroughputLimit> gates_;
  std::vector<std::uint32_t> slot_;  // resource -> index in the vector of its kind
};

}  // namespace corridor::capacity::detail
