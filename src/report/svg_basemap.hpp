#pragma once
// Private to report: the map's frame of reference — the base layer under the network and the
// scale bar over it.

#include <string>

#include "report/svg.hpp"
#include "report/svg_projection.hpp"

namespace corridor::report::detail::svg {

/// The water, the land (even-odd filled rings) and the country borders of the base map
/// (basemap.hpp), projected; shapes wholly outside the drawing and `margin` around it are left
/// out. Hidden from screen readers. O(base map points).
[[nodiscard]] std::string base_layer(const Projection& proj, double margin);

/// A scale bar at the bottom left, a round length of about a sixth of the drawing's width
/// (1, 2 or 5 times a power of ten km, along the standard parallels); `box` receives the area it
/// takes, to keep names off it.
[[nodiscard]] std::string scale_bar(const Projection& proj, Rect& box);

}  // namespace corridor::report::detail::svg
