#include <algorithm>
#include <string_view>

#include <corridor/huge_pages.hpp>
#include <corridor/model/id_set.hpp>
#include <corridor/model/network_view.hpp>

namespace corridor::model {

NetworkView view_of(const Scenario& scenario) {
  NetworkView view;
  IdSet node_ids;
  node_ids.reserve(scenario.nodes.size());
  reserve_huge(view.places, scenario.nodes.size());
  for (std::size_t i = 0; i < scenario.nodes.size(); ++i) {
    const Node& n = scenario.nodes[i];
    view.places.push_back(
        Place{n.id, n.name, n.kind, n.country, n.location, n.handling.has_value()});
    node_ids.add(n.id);
  }
  reserve_huge(view.links, scenario.links.size());
  for (const Link& l : scenario.links) {
    view.links.push_back(LinkView{l.id,
                                  NodeId::at(*node_ids.find(l.from)),
                                  NodeId::at(*node_ids.find(l.to)),
                                  l.mode,
                                  l.gauge_mm,
                                  l.distance,
                                  l.bidirectional,
                                  l.open,
                                  l.transit_countries,
                                  std::nullopt,
                                  {}});
  }
  return view;
}

namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

std::vector<std::string> avoided_by(const Constraints& constraints, const Link& link,
                                    const Node& from, const Node& to) {
  const Constraints& c = constraints;
  std::vector<std::string> reasons;
  std::vector<std::string> countries;
  for (const auto* country : {&from.country, &to.country}) {
    if (contains(c.avoid_countries, *country) && !contains(countries, *country)) {
      countries.push_back(*country);
    }
  }
  for (const auto& country : link.transit_countries) {
    if (contains(c.avoid_countries, country) && !contains(countries, country)) {
      countries.push_back(country);
    }
  }
  if (!countries.empty()) {
    std::string text = "avoid_countries: ";
    for (std::size_t i = 0; i < countries.size(); ++i)
      text += (i > 0 ? ", " : "") + countries[i];
    reasons.push_back(std::move(text));
  }
  if (std::find(c.avoid_modes.begin(), c.avoid_modes.end(), link.mode) != c.avoid_modes.end()) {
    reasons.push_back("avoid_modes: " + std::string(to_string(link.mode)));
  }
  if (contains(c.avoid_links, link.id)) reasons.push_back("avoid_links: " + link.id);
  for (const auto* node : {&from, &to}) {
    if (contains(c.avoid_nodes, node->id)) reasons.push_back("avoid_nodes: " + node->id);
  }
  return reasons;
}

}  // namespace corridor::model
