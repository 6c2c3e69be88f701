#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <boost/property_map/property_map.hpp>

#include <corridor/network/distance_field.hpp>
#include <corridor/network/shortest_paths.hpp>

#include "network/boost_graph.hpp"

namespace corridor::network {

namespace {

/// Records, for each vertex, the edge it was last relaxed through.
template <class EdgeIndexMap>
class ParentEdgeRecorder : public boost::default_dijkstra_visitor {
 public:
  ParentEdgeRecorder(std::vector<EdgeId>& parent, EdgeIndexMap index)
      : parent_(&parent), index_(index) {}

  template <class Edge, class Graph>
  void edge_relaxed(const Edge& e, const Graph& g) const {
    (*parent_)[target(e, g)] = get(index_, e);
  }

 private:
  std::vector<EdgeId>* parent_;
  EdgeIndexMap index_;
};

template <class Graph>
void run_dijkstra(const Graph& g, VertexId source, std::span<const double> weights,
                  std::vector<double>& distance, std::vector<EdgeId>& parent) {
  const auto n = num_vertices(g);
  distance.assign(n, kUnreachable);
  parent.assign(n, kNoEdge);
  const auto edge_index = get(boost::edge_index, g);
  const auto vertex_index = get(boost::vertex_index, g);
  auto weight_map = boost::make_function_property_map<typename Graph::edge_descriptor, double>(
      [&](const typename Graph::edge_descriptor& e) { return weights[get(edge_index, e)]; });
  auto distance_map = boost::make_iterator_property_map(distance.begin(), vertex_index);
  std::vector<VertexId> predecessor(n);
  auto predecessor_map = boost::make_iterator_property_map(predecessor.begin(), vertex_index);
  boost::dijkstra_shortest_paths(
      g, source,
      boost::weight_map(weight_map)
          .distance_map(distance_map)
          .predecessor_map(predecessor_map)
          .distance_inf(kUnreachable)
          .visitor(ParentEdgeRecorder<decltype(edge_index)>(parent, edge_index)));
}

}  // namespace

std::vector<double> distances_to(const Network& net, VertexId target,
                                 std::span<const double> weights) {
  const ReverseGraph graph(net, weights);
  return DistanceField(graph, target).release();
}

ShortestPathTree shortest_paths_from(const Network& net, VertexId source,
                                     std::span<const double> weights) {
  ShortestPathTree tree;
  run_dijkstra(net.boost_graph().graph, source, weights, tree.distance, tree.parent_edge);
  return tree;
}

}  // namespace corridor::network
