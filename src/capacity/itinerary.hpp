#pragma once
// Private to capacity: the resources found on the routes, and each route compiled into the
// stages a shipment goes through.

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <corridor/model/capacity_result.hpp>
#include <corridor/model/ids.hpp>
#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/sim/journey.hpp>

namespace corridor::capacity::detail {

inline constexpr std::uint32_t kNoResource = ~std::uint32_t{0};

/// One capacity-limited resource.
struct ResourceSpec {
  model::ResourceKind kind = model::ResourceKind::handling;
  model::LinkId link;     ///< a link direction's resource: the link
  model::NodeId node;     ///< a node's resource: the node
  model::NodeId from;     ///< a link direction's resource: where it is entered ...
  model::NodeId to;       ///< ... and left
  double capacity = 0.0;  ///< servers, TEU per departure or TEU per day
  /// departures: the leg as compiled for the Monte Carlo engine (timetable and closures), to
  /// count the departures that run.
  sim::CompiledStep leg;
};

/// The resources of a scenario that routes use, each created once on first use.
class ResourceTable {
 public:
  explicit ResourceTable(const model::Scenario& scenario);

  /// The node's throughput limit, or kNoResource when it has none.
  std::uint32_t node_throughput(model::NodeId node);
  /// The node's handling servers, or kNoResource when it has no server count.
  std::uint32_t node_handling(model::NodeId node);
  /// The throughput limit of `link` entered at `from`, or kNoResource.
  std::uint32_t link_throughput(model::LinkId link, model::NodeId from);
  /// The departures of `link` from `from` (compiled as `leg`), or kNoResource when the link
  /// has no timetable with a capacity.
  std::uint32_t link_departures(model::LinkId link, model::NodeId from,
                                const sim::CompiledStep& leg);

  [[nodiscard]] const model::Scenario& scenario() const { return scenario_; }
  [[nodiscard]] std::vector<ResourceSpec> take() { return std::move(specs_); }

 private:
  using Key = std::tuple<model::ResourceKind, std::uint32_t, std::uint32_t, std::uint32_t>;
  std::uint32_t add(ResourceSpec spec);
  [[nodiscard]] ResourceSpec link_spec(model::ResourceKind kind, model::LinkId link,
                                       model::NodeId from) const;

  const model::Scenario& scenario_;
  std::unordered_map<std::string, std::uint32_t> nodes_;  ///< node id -> index
  std::map<Key, std::uint32_t> index_;
  std::vector<ResourceSpec> specs_;
};

/// What a shipment does at one stage of its journey.
enum class Op : std::uint8_t {
  gate,    ///< pass a throughput limit
  depart,  ///< wait for the leg's link and node to open and its departure (a resource if full)
  run,     ///< the leg's running time
  enter,   ///< wait until the node is open
  dwell,   ///< the node's dwell
  handle,  ///< the node's handling, on a server when the node has servers
};

struct Stage {
  Op op = Op::run;
  std::uint32_t step = 0;                ///< the route step it belongs to
  std::uint32_t resource = kNoResource;  ///< the resource it uses, if any
};

/// A route compiled for the capacity simulation. Its steps are compiled exactly as the Monte
/// Carlo engine compiles them (same samplers, timetables, closures), and a shipment draws its
/// samples in the same order: the leg's running time; the node's dwell, then its handling.
struct Itinerary {
  std::vector<sim::CompiledStep> steps;
  std::vector<Stage> stages;
  std::vector<std::uint32_t> resources;  ///< in the order visited
  /// The largest shipment that fits every departure on the way (TEU).
  double max_shipment_teu = std::numeric_limits<double>::infinity();
};

/// Compiles `route` (built on the table's scenario, carrying `cargo`). Throughput limits apply
/// where the shipment starts, at every node it passes and where it ends; handling servers at
/// the nodes where it is transshipped; departure capacities on the timetabled legs.
[[nodiscard]] Itinerary compile_itinerary(const model::Route& route, const model::Cargo& cargo,
                                          ResourceTable& table);

}  // namespace corridor::capacity::detail
