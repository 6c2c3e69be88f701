#pragma once
// Private to report: the map section of the HTML reports — the network map, its legend, and a
// list of each demand line's routes that picks which of them the map highlights. The picking
// is CSS only (radio buttons and sibling selectors): no script, works offline and in print.

#include <string>
#include <vector>

#include <corridor/model/network_view.hpp>
#include <corridor/model/route.hpp>

#include "report/svg_map.hpp"

namespace corridor::report::detail::html {

/// One route a demand line offers.
struct MapOption {
  const model::Route* route = nullptr;
  std::string key;       ///< unique within its line, [a-z0-9]: "1" for route 1, "p2" for option P2
  std::string name;      ///< "Route 1", "Pareto option 2 (fastest)"
  std::string figures;   ///< its totals: "29.8 days · 3,989 USD/TEU · 2,631 kg CO2e/TEU"
  std::string corridor;  ///< the places that define it
  bool chosen = false;   ///< the line's best route: highlighted until something else is picked
};

struct MapLine {
  std::string name;  ///< "Xi'an → Kaunas KIT"
  model::NodeId from;
  model::NodeId to;
  std::vector<MapOption> options;  ///< empty when the line has no route
  std::string note;                ///< shown instead of options ("no route: ...")
};

/// The section's HTML and the style rules that make its picker work (for the page's head).
struct MapSection {
  std::string css;
  std::string html;
};

/// What a report draws on the map besides the network and the routes: a figure per element.
struct MapOverlay {
  std::vector<svg::MapMark> marks;
  std::string legend;       ///< legend entries of the marks (`<li>` elements, see mark_legend)
  std::string description;  ///< for screen readers: what the marks show
};

/// A legend entry (`<li>`) for marks with `classes`: a band (`band`) or a disc of `size`.
[[nodiscard]] std::string mark_legend(const std::string& classes, bool band, double size,
                                      const std::string& text);

/// The map of `net` with every line's routes and `overlay`'s marks, a legend of what it draws (only
/// the modes, gauges and kinds of place present) and the picker: the chosen route of every line
/// (the default), all routes of one line (alternatives dashed), or one route. `title` names the map
/// for screen readers. O(size of the network + routes).
[[nodiscard]] MapSection map_section(const model::NetworkView& net,
                                     const std::vector<MapLine>& lines, const std::string& title,
                                     const MapOverlay& overlay = {});

}  // namespace corridor::report::detail::html
