#pragma once
// Private to report: horizontal stacked bars — one bar per item, one segment per part.

#include <string>
#include <vector>

#include "report/svg_chart.hpp"

namespace corridor::report::detail::svg {

struct BarSegment {
  double value = 0.0;
  std::string classes;  ///< CSS classes (the category's)
  std::string title;    ///< tooltip and accessible name
};

struct Bar {
  std::string label;  ///< written left of the bar ("Route 1")
  std::vector<BarSegment> segments;
  std::string total;  ///< written right of the bar ("31.2 days")
};

/// A legend entry: the classes its swatch is drawn with and its name.
struct BarCategory {
  std::string classes;
  std::string name;
};

struct StackedBarsSpec {
  ChartFrame frame;  ///< width and id; the height and plot area follow from the bars
  std::string x_label;
  std::vector<BarCategory> legend;
  std::vector<Bar> bars;
};

/// The bars on one round axis from 0, segments in order from the left, a legend of the
/// categories above the plot (wrapping into rows), each segment with its title. Segments of
/// zero or negative value are left out. An empty string when there are no bars.
/// O(segments + categories).
[[nodiscard]] std::string stacked_bars_svg(const StackedBarsSpec& spec);

}  // namespace corridor::report::detail::svg
