#pragma once
/// The places and links of a scenario as results carry them, so that a writer (a table, a map,
/// GeoJSON) needs nothing but the result to name, place and draw what a route passes.

#include <optional>
#include <string>
#include <vector>

#include <corridor/model/ids.hpp>
#include <corridor/model/mode.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/model/units.hpp>

namespace corridor::model {

/// A node as reports show it.
struct Place {
  std::string id;
  std::string name;
  NodeKind kind = NodeKind::terminal;
  std::string country;  ///< ISO 3166-1 alpha-2
  std::optional<LatLon> location;
};

/// A link as reports show it.
struct LinkView {
  std::string id;
  NodeId from;
  NodeId to;
  Mode mode = Mode::rail;
  std::optional<int> gauge_mm;  ///< rail only
  Km distance{0.0};
  bool bidirectional = true;
  bool open = true;
};

/// Every place and link of a scenario, indexed by NodeId and LinkId.
struct NetworkView {
  std::vector<Place> places;
  std::vector<LinkView> links;

  /// Precondition: the id belongs to this view.
  [[nodiscard]] const Place& place(NodeId id) const { return places.at(id.index()); }
  [[nodiscard]] const LinkView& link(LinkId id) const { return links.at(id.index()); }
};

/// The view of a scenario (O(nodes + links)). Precondition: link ends name existing nodes.
[[nodiscard]] NetworkView view_of(const Scenario& scenario);

}  // namespace corridor::model
