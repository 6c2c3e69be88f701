#pragma once
/// The virtual (expanded) network that routes are searched on.
///
/// A shipment's state at a node is not just "at Kaunas" but "at Kaunas, having arrived by rail
/// on 1435 mm". Each physical node therefore becomes several vertices:
///   - one *origin* and one *destination* vertex (where journeys start and end),
///   - per port (mode + gauge) the node serves, an *arrival* and a *departure* vertex.
/// Edges:
///   start     origin -> departure(p)                 free
///   finish    arrival(p) -> destination              the node's dwell (customs on arrival)
///   dwell     arrival(p) -> departure(p)             the node's dwell (border formalities)
///   transfer  arrival(p) -> departure(q), p != q      dwell + handling; only at nodes with
///   handling leg       departure(u, p) -> arrival(v, p)        one direction of a link
/// so a shortest path prices every transshipment exactly, and each path maps back to physical
/// legs and stops (describe()). Closed links are left out.
///
/// The graph is stored in Boost.Graph's compressed sparse row format; other modules see only
/// the integer ids and ranges below.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <corridor/cost/cost_model.hpp>
#include <corridor/cost/timetable_waits.hpp>
#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::network {

using VertexId = std::uint32_t;
using EdgeId = std::uint32_t;
inline constexpr VertexId kNoVertex = ~VertexId{0};
inline constexpr EdgeId kNoEdge = ~EdgeId{0};

enum class VertexKind : std::uint8_t { origin, destination, arrival, departure };

struct VertexInfo {
  VertexKind kind = VertexKind::origin;
  std::uint32_t node = 0;  ///< index into Scenario::nodes
  model::Port port;        ///< arrival / departure vertices only
};

enum class EdgeKind : std::uint8_t { start, finish, dwell, transfer, leg };

/// A place a route's corridor records (model::CorridorKey): the node, and the port (mode and
/// gauge) of the stretch that reached it (none for the origin), as one integer, so that
/// corridors compare as integer sequences. The corridor of a path is the sequence of its edges'
/// tokens with a place repeated in a row counted once, followed by kEndToken.
using CorridorToken = std::uint64_t;
inline constexpr CorridorToken kNoToken = ~CorridorToken{0};
/// The end of a route, after its destination.
inline constexpr CorridorToken kEndToken = kNoToken - 1;
/// The node of a place token (index into Scenario::nodes).
[[nodiscard]] constexpr std::uint32_t token_node(CorridorToken t) {
  return static_cast<std::uint32_t>(t >> 32U);
}
/// The token of `node` reached on `port`; without a port, the origin's.
[[nodiscard]] CorridorToken place_token(std::uint32_t node, std::optional<model::Port> port);
/// The port of a place token; nullopt for the origin's.
[[nodiscard]] std::optional<model::Port> token_port(CorridorToken t);

struct EdgeInfo {
  VertexId source = 0;
  VertexId target = 0;
  EdgeKind kind = EdgeKind::start;
  bool gauge_change = false;  ///< a transfer between two rail gauges
  std::uint32_t element = 0;  ///< link index (leg) or node index (other kinds)
  double hours = 0.0;         ///< expected, with the estimated wait for a timetable
  double usd = 0.0;           ///< per TEU, with the storage charged during the estimated wait
  /// Charges per container: a box of n TEU pays this / n per TEU on top of `usd`.
  double usd_per_container = 0.0;
  double wait_hours = 0.0;  ///< part of `hours`: a leg's estimated wait, half its headway
  double wait_usd = 0.0;    ///< part of `usd`: the storage charged during that wait
  double co2e_kg_per_tonne = 0.0;
  double co2e_kg_per_teu = 0.0;
  /// The place this edge adds to the corridor, or kNoToken: start, the origin; finish and
  /// transfer, their node; a leg, its end when that is a seaport or a border post, or when the
  /// leg crosses into another country and neither end is a border post (see also token()).
  CorridorToken token = kNoToken;

  [[nodiscard]] double co2e_kg(double tonnes_per_teu) const {
    return co2e_kg_per_tonne * tonnes_per_teu + co2e_kg_per_teu;
  }
  /// USD per TEU for a container of `teu_per_container` TEU.
  [[nodiscard]] double usd_for(double teu_per_container) const {
    return usd + usd_per_container / teu_per_container;
  }
};

/// Consecutive edge ids [first, last): a vertex's outgoing edges.
struct EdgeRange {
  EdgeId first = 0;
  EdgeId last = 0;
  struct Iterator {
    EdgeId e;
    EdgeId operator*() const { return e; }
    Iterator& operator++() {
      ++e;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return e != o.e; }
  };
  [[nodiscard]] Iterator begin() const { return {first}; }
  [[nodiscard]] Iterator end() const { return {last}; }
  [[nodiscard]] std::size_t size() const { return last - first; }
};

class Network {
 public:
  /// Builds the virtual network. The scenario must be valid (io::validate) and must outlive the
  /// network. O(V + E log E).
  explicit Network(const model::Scenario& scenario);
  ~Network();
  Network(Network&&) noexcept;
  Network& operator=(Network&&) noexcept;
  Network(const Network&) = delete;
  Network& operator=(const Network&) = delete;

  [[nodiscard]] const model::Scenario& scenario() const { return *scenario_; }
  [[nodiscard]] std::size_t vertex_count() const { return vertices_.size(); }
  [[nodiscard]] std::size_t edge_count() const { return edges_.size(); }
  [[nodiscard]] const VertexInfo& vertex(VertexId v) const { return vertices_[v]; }
  [[nodiscard]] const EdgeInfo& edge(EdgeId e) const { return edges_[e]; }
  [[nodiscard]] std::span<const EdgeInfo> edges() const { return edges_; }
  [[nodiscard]] EdgeRange out_edges(VertexId v) const { return {row_start_[v], row_start_[v + 1]}; }
  /// The edges into every vertex, grouped by vertex (their *slots*: positions in the lists
  /// below): those into `v` have the slots in_slots(v), in increasing edge id order. O(1).
  [[nodiscard]] EdgeRange in_slots(VertexId v) const { return {in_start_[v], in_start_[v + 1]}; }
  /// Per slot: the edge.
  [[nodiscard]] std::span<const EdgeId> in_edge_ids() const { return in_edge_; }
  /// Per slot: the vertex the edge leaves.
  [[nodiscard]] std::span<const VertexId> in_sources() const { return in_source_; }
  /// Per edge: the vertex it enters (edge(e).target, side by side for passes over every edge).
  [[nodiscard]] std::span<const VertexId> targets() const { return target_; }
  /// Per edge: its hours less a timetable's expected wait (hours - wait_hours), side by side
  /// with bound_usd for the searches' lower-bound weights, which then read 16 bytes per edge
  /// instead of each whole EdgeInfo.
  [[nodiscard]] std::span<const double> bound_hours() const { return bound_hours_; }
  /// Per edge: its USD per TEU for `container` less the storage during the expected wait
  /// (usd_for(teu_of(container)) - wait_usd).
  [[nodiscard]] std::span<const double> bound_usd(model::Container container) const {
    return model::teu_of(container) == 1.0 ? bound_usd_1teu_ : bound_usd_2teu_;
  }

  [[nodiscard]] VertexId origin(model::NodeId node) const { return origin_[node.index()]; }
  [[nodiscard]] VertexId destination(model::NodeId node) const { return origin_[node.index()] + 1; }
  /// The node with this id, or nullopt. O(1) expected.
  [[nodiscard]] std::optional<model::NodeId> find_node(std::string_view id) const;

  /// The priced physical route of a path (start ... finish edges). A dwell or finish edge
  /// becomes a (dwell) step only where the node has a dwell or a disruption can close it. Waits
  /// for timetables are their exact expectation for a shipment ready at a uniform time in the
  /// scenario's departure window that follows the timetables with mean durations
  /// (cost/timetable_waits.hpp); storage is charged for them. With `ready` first_departure, a
  /// route whose first leg has a timetable does not wait for it (the demand line's `ready`).
  /// Charges per container are shared by the TEU of `container`. O(path) plus the timetable
  /// walk.
  [[nodiscard]] model::Route describe(std::span<const EdgeId> path, const model::Cargo& cargo,
                                      model::Ready ready = model::Ready::uniform,
                                      model::Container container = model::Container::ft20) const;

  /// The corridor tokens of a path from an origin vertex to a destination vertex, kEndToken
  /// last. O(path).
  [[nodiscard]] std::vector<CorridorToken> corridor_tokens(std::span<const EdgeId> path) const;
  /// The same for the first edges of a route from node `origin` to node `destination`.
  [[nodiscard]] std::vector<CorridorToken> corridor_tokens(std::span<const EdgeId> path,
                                                           std::uint32_t origin,
                                                           std::uint32_t destination) const;

  /// The token edge `e` adds to the corridor of a route from node `origin` to node
  /// `destination`: its own token, or for a leg into either of them (a route that passes its
  /// destination and comes back, or comes back to its origin) that node. O(1).
  [[nodiscard]] CorridorToken token(EdgeId e, std::uint32_t origin,
                                    std::uint32_t destination) const;

  /// Boost.Graph's view of this network, for the algorithms in network/shortest_paths.hpp.
  struct BoostGraph;
  /// Built on first use (thread-safe); routing's own searches do not need it. O(V + E).
  [[nodiscard]] const BoostGraph& boost_graph() const;

 private:
  /// Sets each leg's wait and storage to their expectations along the timetables.
  void follow_timetables(model::Route& route, model::Ready ready) const;

  const model::Scenario* scenario_;
  std::vector<VertexInfo> vertices_;
  std::vector<EdgeInfo> edges_;         // sorted by source vertex
  std::vector<EdgeId> row_start_;       // out-edges of v are [row_start_[v], row_start_[v + 1])
  std::vector<EdgeId> in_start_;        // in-edges of v have slots [in_start_[v], in_start_[v + 1])
  std::vector<EdgeId> in_edge_;         // per slot
  std::vector<VertexId> in_source_;     // per slot
  std::vector<VertexId> target_;        // per edge
  std::vector<double> bound_hours_;     // per edge
  std::vector<double> bound_usd_1teu_;  // per edge, a 20 ft box
  std::vector<double> bound_usd_2teu_;  // per edge, a 40 ft box
  std::vector<VertexId> origin_;        // per node; its destination vertex follows it
  std::vector<bool> closable_;          // per node: a disruption names it
  cost::DepartureWindow window_;        // when shipments are ready, for the timetable waits
  struct LazyGraph;
  std::unique_ptr<LazyGraph> graph_;
  struct Index;
  std::unique_ptr<Index> index_;
};

}  // namespace corridor::network
