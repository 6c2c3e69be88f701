#pragma once
// Private to report: a scatter chart of options in two quantities, a third shown by the size
// and shade of each point.

#include <string>
#include <vector>

#include "report/svg_chart.hpp"

namespace corridor::report::detail::svg {

struct ScatterPoint {
  double x = 0.0;
  double y = 0.0;
  double z = 0.0;       ///< shown by size and shade
  std::string label;    ///< written beside the point ("1", "P2")
  std::string title;    ///< tooltip and accessible name
  std::string classes;  ///< CSS classes of the point
};

struct ScatterSpec {
  ChartFrame frame;
  std::string x_label;
  std::string y_label;
  std::string z_label;  ///< the legend's caption
  int z_decimals = 0;   ///< decimals of the legend's values
  std::vector<ScatterPoint> points;
};

/// The points on round axes, each a circle whose area and shade (light to dark) grow with z
/// from its smallest to its largest value, labelled beside it; points drawn at the same place
/// share one label ("2, P1"). A legend shows the smallest and largest z. Points must be finite.
/// An empty string when there are no points. O(points^2).
[[nodiscard]] std::string scatter_svg(const ScatterSpec& spec);

}  // namespace corridor::report::detail::svg
