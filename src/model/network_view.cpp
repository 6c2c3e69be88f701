#include <string_view>
#include <unordered_map>

#include <corridor/model/network_view.hpp>

namespace corridor::model {

NetworkView view_of(const Scenario& scenario) {
  NetworkView view;
  std::unordered_map<std::string_view, NodeId> node_ids;
  view.places.reserve(scenario.nodes.size());
  for (std::size_t i = 0; i < scenario.nodes.size(); ++i) {
    const Node& n = scenario.nodes[i];
    view.places.push_back(Place{n.id, n.name, n.kind, n.country, n.location});
    node_ids.emplace(n.id, NodeId::at(i));
  }
  view.links.reserve(scenario.links.size());
  for (const Link& l : scenario.links) {
    view.links.push_back(LinkView{l.id, node_ids.at(l.from), node_ids.at(l.to), l.mode, l.gauge_mm,
                                  l.distance, l.bidirectional, l.open});
  }
  return view;
}

}  // namespace corridor::model
