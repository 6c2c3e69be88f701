#pragma once
// Private to report: the network map of the HTML reports, as an inline SVG element. Reports
// that draw something over the network (routes now; later flows, utilisation, criticality)
// pass overlays and class names; the page's style sheet gives them their look.

#include <string>
#include <vector>

#include <corridor/model/network_view.hpp>
#include <corridor/model/route.hpp>

namespace corridor::report::detail::svg {

/// A route drawn over the map along its legs' geometry.
struct MapRoute {
  const model::Route* route = nullptr;
  std::string classes;  ///< CSS classes, so that a page can show, hide or emphasise it
  std::string title;    ///< accessible name and tooltip
};

/// A value drawn on one element of the network: a band along a link (under its line) or a
/// disc behind a place, with an optional badge (a rank, say) written at it. Reports show a
/// figure per element this way (utilisation, criticality); width or radius carry the figure
/// besides the colour, so that it reads without colour too.
struct MapMark {
  model::LinkId link;   ///< the link of a band; invalid for a place's disc
  model::NodeId place;  ///< the place of a disc (when `link` is invalid)
  double size = 0.0;    ///< band width or disc radius, in map units (the map is 1000 wide)
  std::string classes;  ///< CSS classes besides "mark band" or "mark disc"
  std::string title;    ///< accessible name and tooltip
  std::string badge;    ///< short text in a circle at the mark ("1"); none when empty
};

struct MapSpec {
  std::string id;           ///< the svg element's id; also prefixes ids inside it
  std::string title;        ///< accessible name of the map
  std::string description;  ///< what it shows, for screen readers
  std::vector<MapRoute> routes;
  /// Places labelled first and drawn larger (the ends of demand lines), then places labelled
  /// next (e.g. the transshipment points of chosen routes); the rest follow by kind.
  std::vector<model::NodeId> emphasised;
  std::vector<model::NodeId> labelled_first;
  /// Drawn over the base map and routes, under the links and places; badges on top, and names
  /// of places kept clear of them. Marks whose element has no location are left out.
  std::vector<MapMark> marks;
};

/// The network on a light base map (land, country borders): every link by mode and gauge
/// (classes "link rail standard g1435", "link rail broad g1520", "link road", "link sea",
/// "link ferry"; "closed" when the scenario closes it or the policy forbids it, marked with a
/// cross), places by kind ("place border", "place seaport", ...; "hub" where containers can be
/// transshipped), names placed where they do not collide, a scale bar and the base map's
/// attribution. Sea and ferry
/// links are drawn as arcs whose length follows their sailing distance (capped), since the
/// scenario knows their distance but not their path. Links and places without a location are
/// left out and counted in the description. An empty string when no place has a location.
/// O(places^2 + links + base map points).
[[nodiscard]] std::string map_svg(const model::NetworkView& net, const MapSpec& spec);

}  // namespace corridor::report::detail::svg
