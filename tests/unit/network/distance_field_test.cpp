// Distances to a target settled on demand (network::DistanceField): by hand on a small network,
// and against a textbook Dijkstra, bit for bit, on random networks with and without exact ties.

#include <algorithm>
#include <cmath>
#include <random>

#include <catch2/catch.hpp>

#include <corridor/network/distance_field.hpp>
#include <corridor/network/network.hpp>

#include "support/random_networks.hpp"
#include "support/reference_dijkstra.hpp"
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
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 1000}
)";

/// The arrival vertex of `node` on rail of `gauge`.
VertexId arrival(const Network& net, model::NodeId node, int gauge) {
  for (VertexId v = 0; v < net.vertex_count(); ++v) {
    const auto& info = net.vertex(v);
    if (info.node == node.index() && info.kind == VertexKind::arrival &&
        info.port.gauge_mm == gauge) {
      return v;
    }
  }
  FAIL("no such vertex");
  return kNoVertex;
}

TEST_CASE("a distance field settles outward from its target, only as far as asked", "[network]") {
  const auto s = test::scenario_from(kTwoGauges);
  const Network net(s);
  std::vector<double> hours;
  for (const auto& e : net.edges())
    hours.push_back(e.hours);
  const ReverseGraph graph(net, hours);
  const auto a = *net.find_node("A");
  const auto b = *net.find_node("B");
  const auto c = *net.find_node("C");
  DistanceField field(graph, net.destination(c));
  CHECK(field.radius() < 0.0);
  CHECK(field.distance(net.origin(b)) == kUnreachable);  // nothing settled yet

  // Within 5 h of C: C itself, and B on 1520 mm (the 4 h leg BC). B arriving on 1520 mm is 6 h
  // away (its 2 h dwell first), A 22 h (10 h to B, 8 h to change gauge, 4 h to C).
  field.settle_within(5.0);
  CHECK(field.radius() == 5.0);
  CHECK_FALSE(field.complete());
  CHECK(field.distance(net.destination(c)) == 0.0);
  CHECK(field.distance(net.origin(b)) == 4.0);
  // B arriving on 1520 mm is found (6 h), not settled; A not even found.
  CHECK(field.distance(arrival(net, b, 1520)) == 6.0);
  CHECK(field.distance(net.origin(a)) == kUnreachable);

  field.settle(net.origin(a));
  CHECK(field.distance(net.origin(a)) == 22.0);
  CHECK(field.distance(arrival(net, b, 1520)) == 6.0);
  CHECK(field.radius() == 22.0);

  // Nothing leaves C (BC is one way), so a journey from C cannot end at C.
  field.settle(net.origin(c));
  CHECK(field.complete());
  CHECK(field.radius() == kUnreachable);
  CHECK(field.distance(net.origin(c)) == kUnreachable);

  // reset() starts again from another target.
  field.reset(graph, net.destination(b));
  field.settle_all();
  CHECK(field.distance(net.origin(a)) == 12.0);  // 10 h to B, whose 2 h dwell ends it
  CHECK(field.distance(net.destination(c)) == kUnreachable);
}

/// The departure vertex of `node` on rail of `gauge`.
VertexId departure(const Network& net, model::NodeId node, int gauge) {
  return arrival(net, node, gauge) + 1;
}

TEST_CASE("a reverse graph merges the vertices as far from every target as another", "[network]") {
  const auto s = test::scenario_from(kTwoGauges);
  const Network net(s);
  std::vector<double> hours;
  for (const auto& e : net.edges())
    hours.push_back(e.hours);
  const ReverseGraph graph(net, hours);
  const auto a = *net.find_node("A");
  const auto b = *net.find_node("B");
  const auto c = *net.find_node("C");
  // A has one port and no dwell: its origin (a free start) and its arrival (a dwell of 0 h)
  // are as far from anywhere as its departure.
  CHECK(graph.merged(net.origin(a)));
  CHECK(graph.merged(arrival(net, a, 1435)));
  CHECK_FALSE(graph.merged(departure(net, a, 1435)));
  CHECK(graph.class_of(net.origin(a)) == graph.class_of(departure(net, a, 1435)));
  CHECK(graph.class_of(arrival(net, a, 1435)) == graph.class_of(departure(net, a, 1435)));
  // B has two ports (a gauge change) and a 2 h dwell: nothing merges.
  CHECK_FALSE(graph.merged(net.origin(b)));
  CHECK_FALSE(graph.merged(arrival(net, b, 1435)));
  // Destinations have no way on: no class.
  CHECK(graph.class_of(net.destination(c)) == ReverseGraph::kNoClass);
  // A's class: departure, arrival and origin; its only arc is the leg from B (1435 mm).
  const auto arcs = graph.arcs(graph.class_of(departure(net, a, 1435)));
  REQUIRE(arcs.size() == 1);
  CHECK(graph.arc_list()[arcs.first].weight == 10.0);
  CHECK(graph.arc_list()[arcs.first].source == graph.class_of(departure(net, b, 1435)));
}

/// Random weights per edge: the edges' hours, or whole numbers from 0 to 3 (exact ties and
/// zero-weight edges everywhere), with about one edge in ten removed. Every network has
/// vertices merged into others' classes (origins of one-port nodes at least).
std::vector<double> random_weights(const Network& net, std::mt19937_64& rng, bool whole) {
  std::uniform_int_distribution<int> small(0, 3);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<double> w;
  for (const auto& e : net.edges()) {
    const double value = whole ? small(rng) : e.hours;
    w.push_back(unit(rng) < 0.1 ? kUnreachable : value);
  }
  return w;
}

TEST_CASE("distance fields equal a plain Dijkstra bit for bit, settled in any steps",
          "[network][property]") {
  const auto seed = GENERATE(range(1, 101));
  std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
  const auto s = test::random_scenario(rng);
  const Network net(s);
  const auto weights = random_weights(net, rng, seed % 2 == 0);
  const ReverseGraph graph(net, weights);
  DistanceField field(graph, 0);
  for (VertexId target = 0; target < net.vertex_count(); ++target) {
    INFO("seed " << seed << ", target " << target);
    const auto expected = test::reference_distances_to(net, target, weights);
    field.reset(graph, target);
    // Settle a third of the way to the farthest vertex, then to a random vertex, then all.
    double farthest = 0.0;
    for (const double d : expected)
      farthest = d == kUnreachable ? farthest : std::max(farthest, d);
    field.settle_within(farthest / 3.0);
    std::uniform_int_distribution<VertexId> vertex(0,
                                                   static_cast<VertexId>(net.vertex_count() - 1));
    const VertexId some = vertex(rng);
    for (int step = 0; step < 3; ++step) {
      if (step == 1) field.settle(some);
      if (step == 2) field.settle_all();
      for (VertexId v = 0; v < net.vertex_count(); ++v) {
        const double got = field.distance(v);
        if (got <= field.radius() || field.complete()) {
          CHECK(got == expected[v]);  // settled
        } else {
          CHECK(got >= expected[v]);
          CHECK(expected[v] > field.radius());
        }
      }
      if (step == 1) CHECK(field.distance(some) == expected[some]);
    }
    CHECK(field.complete());
  }
}

}  // namespace
}  // namespace corridor::network
