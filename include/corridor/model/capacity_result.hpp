#pragma once
/// What the capacity simulation computes: a horizon of shipments competing for ferries,
/// terminals and borders. Report writers render this and compute nothing new.
///
/// Counting. A shipment counts when it is generated inside the statistics window (after the
/// warm-up, before the horizon). Counted shipments are followed until they arrive, even past
/// the horizon, so that transit times are not biased towards the quick ones; the simulation
/// keeps generating (uncounted) demand meanwhile, so that they meet realistic queues. At the
/// horizon every counted shipment is delivered, still in the system, or was not served (its
/// line has no usable route): generated = delivered + in_system + not_served, exactly.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <corridor/model/ids.hpp>
#include <corridor/model/network_view.hpp>
#include <corridor/model/provenance.hpp>
#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/model/simulation_result.hpp>

namespace corridor::model {

/// What limits a resource.
enum class ResourceKind : std::uint8_t {
  handling,    ///< a node's handling.servers: shipments transshipped there, one per server
  departures,  ///< a timetabled link direction with schedule.capacity_teu per departure
  throughput,  ///< capacity.teu_per_day of a node, or of a link direction
};
[[nodiscard]] std::string_view to_string(ResourceKind kind);

/// Shipment counts of a demand line, summed over replications. TEU = count x shipment_teu.
struct ShipmentCounts {
  std::uint64_t generated = 0;   ///< counted shipments
  std::uint64_t delivered = 0;   ///< arrived by the horizon
  std::uint64_t in_system = 0;   ///< still travelling or queueing at the horizon
  std::uint64_t not_served = 0;  ///< no usable route: never entered the network
};

struct RouteShare {
  Route route;                  ///< one of the line's routes, as routing priced it
  double share = 0.0;           ///< probability that a shipment takes it (the choice model's)
  std::uint64_t shipments = 0;  ///< counted shipments that took it, over all replications
};

struct CapacityLine {
  Demand demand;             ///< the line as written (before demand_scale)
  ShipmentCounts shipments;  ///< over all replications
  /// TEU per replication (a mean): shipments x shipment_teu / replications.
  double teu_generated = 0.0;
  double teu_delivered = 0.0;
  double teu_in_system = 0.0;
  double teu_not_served = 0.0;
  /// Counted shipments held for ever by closures that keep overlapping (infinite transit).
  std::uint64_t never_arrive = 0;
  /// Door-to-door days of every counted, served shipment, pooled over replications (followed
  /// to arrival; shipments that never arrive count as infinite). Absent when there is none.
  std::optional<Summary> transit_days;
  /// Share of counted, served shipments that arrived within deadline_days.
  std::optional<double> on_time_share;
  std::vector<RouteShare> routes;  ///< the routes the line chose from, best first
  std::vector<std::string> warnings;
};

/// One capacity-limited resource on the routes simulated.
struct CapacityResource {
  ResourceKind kind = ResourceKind::handling;
  LinkId link;  ///< departures and a link's throughput: the link (else invalid)
  NodeId node;  ///< handling and a node's throughput: the node (else invalid)
  NodeId from;  ///< a link's resource: the direction, entered at `from`, left at `to`
  NodeId to;
  /// handling: servers; departures: TEU per departure; throughput: TEU per day.
  double capacity = 0.0;
  /// Share of capacity used within the window, mean over replications: busy server time /
  /// available server time; TEU carried / TEU offered by the departures that ran; gate time
  /// busy / window.
  double utilisation = 0.0;
  double mean_queue_teu = 0.0;  ///< time-average TEU waiting, mean over replications
  double max_queue_teu = 0.0;   ///< largest TEU waiting in any replication
  /// Wait from reaching the resource to being served (service start, departure boarded,
  /// passing), per shipment, pooled over replications.
  double mean_wait_hours = 0.0;
  double p95_wait_hours = 0.0;
  /// The part of the wait that capacity causes: for departures, the wait beyond the first
  /// departure that runs; for the others, the whole wait. Per shipment.
  double mean_delay_hours = 0.0;
  double delay_teu_hours = 0.0;  ///< TEU x delay summed within the window, per replication
  double teu_carried = 0.0;      ///< TEU served within the window, per replication
  std::uint64_t shipments = 0;   ///< counted in the wait statistics, over all replications
};

/// Queue length over time at one resource, for charts: the time-average TEU waiting in each
/// week from hour 0 (warm-up included; the last week ends at the horizon), mean over
/// replications.
struct QueueSeries {
  std::size_t resource = 0;  ///< index into CapacityRun::resources
  std::vector<double> teu;   ///< week k: hours 168 k to 168 (k + 1)
};

/// How route choice ended in equilibrium mode.
struct Equilibrium {
  int iterations = 0;  ///< simulations run
  /// Largest, over demand lines, total-variation distance between the shares simulated and
  /// the logit response to the costs they produced (0 = a fixed point).
  double gap = 0.0;
  bool converged = false;
};

struct CapacityRun {
  std::string scenario;
  std::string description;
  std::uint64_t seed = 0;
  int replications = 0;
  double horizon_days = 0.0;
  double warmup_days = 0.0;
  double demand_scale = 1.0;
  std::string route_choice;  ///< best, shares, logit or equilibrium
  std::optional<Equilibrium> equilibrium;
  NetworkView network;              ///< the places and links the results refer to
  std::vector<CapacityLine> lines;  ///< one per demand line simulated, in order
  /// Resources on the routes simulated, worst bottleneck first: by delay_teu_hours, then
  /// utilisation, then first use.
  std::vector<CapacityResource> resources;
  std::vector<QueueSeries> weekly_queues;  ///< for the first few resources
  std::vector<std::string> warnings;
  Provenance provenance;  ///< what produced the result, from which sources
};

}  // namespace corridor::model
