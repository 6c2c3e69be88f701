#include <algorithm>

#include <catch2/catch.hpp>

#include <corridor/network/network.hpp>
#include <corridor/network/shortest_paths.hpp>

#include "support/labels.hpp"
#include "support/scenario_text.hpp"

namespace corridor::network {
namespace {

constexpr const char* kTwoGauges = R"(
scenario: two-gauges
nodes:
  - {id: A, name: A, country: PL, kind: terminal}
  - {id: B, name: B, country: LT, kind: border, handling: {hours: 6, usd_per_teu: 100}, dwell: {hours: 2}}
  - {id: C, name: C, country: LT, kind: terminal}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1435, distance_km: 100, hours: 10}
  - {id: BC, from: B, to: C, mode: rail, gauge: 1520, distance_km: 200, hours: 4, bidirectional: false}
  - {id: AC, from: A, to: C, mode: road, distance_km: 250, hours: 5, open: false}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 1000}
)";

TEST_CASE("the virtual network has one arrival and departure vertex per port", "[network]") {
  const auto s = test::scenario_from(kTwoGauges);
  const Network net(s);
  // A: origin, destination, rail 1435 in/out = 4; B: 2 + 2 ports x 2 = 6; C: 2 + 1 port x 2 = 4.
  // The closed road link AC adds no port.
  CHECK(net.vertex_count() == 14);
  // Per port: start, finish, dwell = 3 x (1 + 2 + 1) = 12; transfers at B: 2; legs: AB both
  // ways + BC one way = 3.
  CHECK(net.edge_count() == 17);
  const auto transfers =
      std::count_if(net.edges().begin(), net.edges().end(),
                    [](const EdgeInfo& e) { return e.kind == EdgeKind::transfer; });
  CHECK(transfers == 2);
  for (const auto& e : net.edges()) {
    if (e.kind == EdgeKind::transfer) {
      CHECK(e.gauge_change);
      CHECK(e.hours == 8.0);  // dwell 2 + handling 6
      CHECK(e.usd == 100.0);
      CHECK(e.co2e_kg_per_teu == 10.0);  // the default handling factor
    }
  }
}

TEST_CASE("edge ids are grouped by source vertex", "[network]") {
  const auto s = test::scenario_from(kTwoGauges);
  const Network net(s);
  std::size_t total = 0;
  for (VertexId v = 0; v < net.vertex_count(); ++v) {
    for (EdgeId e : net.out_edges(v)) {
      CHECK(net.edge(e).source == v);
      ++total;
    }
  }
  CHECK(total == net.edge_count());
}

TEST_CASE("Boost.Graph Dijkstra gives distances both ways", "[network]") {
  const auto s = test::scenario_from(kTwoGauges);
  const Network net(s);
  std::vector<double> hours;
  for (const auto& e : net.edges())
    hours.push_back(e.hours);
  const auto a = *net.find_node("A");
  const auto c = *net.find_node("C");
  const auto to_c = distances_to(net, net.destination(c), hours);
  CHECK(to_c[net.origin(a)] == 22.0);  // 10 + 2 + 6 + 4
  CHECK(to_c[net.origin(*net.find_node("B"))] == 4.0);
  const auto from_a = shortest_paths_from(net, net.origin(a), hours);
  CHECK(from_a.distance[net.destination(c)] == 22.0);
  // Journeys start at an origin vertex and end at a destination vertex, so from A to A is a
  // round trip: 10 h to B, B's 2 h dwell, 10 h back.
  CHECK(from_a.distance[net.destination(a)] == 22.0);
  // C cannot be left: BC is one way.
  const auto from_c = shortest_paths_from(net, net.origin(c), hours);
  CHECK(from_c.distance[net.destination(a)] == kUnreachable);
  // The tree leads back from C's destination to A's origin.
  std::vector<EdgeId> path;
  for (VertexId v = net.destination(c); from_a.parent_edge[v] != kNoEdge;
       v = net.edge(from_a.parent_edge[v]).source) {
    path.push_back(from_a.parent_edge[v]);
  }
  std::reverse(path.begin(), path.end());
  const auto route = net.describe(path, s.cargo[0]);
  CHECK(test::corridor_of(route, s) == "A\u2013B\u2013C");
  CHECK(route.totals.hours().value() == 22.0);
}

}  // namespace
}  // namespace corridor::network
