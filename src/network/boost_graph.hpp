#pragma once
// Private to the network module: the Boost.Graph type behind Network.

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <corridor/network/network.hpp>

namespace corridor::network {

struct Network::BoostGraph {
  using Graph =
      boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                         boost::no_property, boost::no_property, VertexId, EdgeId>;
  Graph graph;
};

}  // namespace corridor::network
