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
  bool transships = false;  ///< has handling: containers can change mode or gauge here
};

/// What running over a link is expected to take per TEU, as routing prices it (see
/// cost::leg_cost): mean running time, expected wait for the next departure, tariff.
struct LinkPrice {
  Hours running{0.0};
  Hours waiting{0.0};
  Usd tariff{0.0};
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
  bool open = true;                            ///< false: closed in the scenario
  std::vector<std::string> transit_countries;  ///< countries crossed between the end nodes
  std::optional<LinkPrice> price;              ///< set by the engine's pipeline
  /// The policy constraints that forbid the link ("avoid_countries: RU"); empty when routes
  /// may use it. Set by the engine's pipeline (see model::avoided_by).
  std::vector<std::string> avoided_by;
};

/// Every place and link of a scenario, indexed by NodeId and LinkId.
struct NetworkView {
  std::vector<Place> places;
  std::vector<LinkView> links;

  /// Precondition: the id belongs to this view.
  [[nodiscard]] const Place& place(NodeId id) const { return places.at(id.index()); }
  [[nodiscard]] const LinkView& link(LinkId id) const { return links.at(id.index()); }
};

/// The view of a scenario (O(nodes + links)), without prices or avoided links.
/// Precondition: link ends name existing nodes.
[[nodiscard]] NetworkView view_of(const Scenario& scenario);

/// The constraints that forbid routes to use `link`, whose ends are `from` and `to`, as
/// "avoid_countries: RU" (a country of an end or crossed on the way), "avoid_modes: road",
/// "avoid_links: ID" or "avoid_nodes: ID"; empty when none does. The rule the route searches
/// apply to links. O(size of the constraint lists).
[[nodiscard]] std::vector<std::string> avoided_by(const Constraints& constraints, const Link& link,
                                                  const Node& from, const Node& to);

}  // namespace corridor::model
