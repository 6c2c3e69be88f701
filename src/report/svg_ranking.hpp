#pragma once
// Private to report: a ranking as horizontal bars — one bar per item, longest or most
// important first, each with its name on the left and its figures on the right.

#include <string>
#include <vector>

#include "report/svg_chart.hpp"

namespace corridor::report::detail::svg {

struct RankedBar {
  std::string label;    ///< written left of the bar ("1. Aktau")
  double value = 0.0;   ///< the bar's length in axis units; 0 or less draws no bar
  std::string classes;  ///< CSS classes of the bar
  std::string title;    ///< tooltip and accessible name of the bar
  std::string figures;  ///< written right of the bar ("92.1 %")
  /// Drawn as a hatched bar across the whole axis instead of `value`: an item whose figure is
  /// off the scale (a closure that cuts demand off), told apart by pattern and text, not
  /// colour alone.
  bool off_scale = false;
};

struct RankedBarsSpec {
  ChartFrame frame;  ///< id, title, description; height and plot area follow from the bars
  std::string x_label;
  double x_max = 0.0;  ///< the axis reaches at least this far (e.g. 100 for a percentage)
  std::vector<RankedBar> bars;
};

/// The bars in the order given, on one round axis from 0, each with its title; room on the
/// left for the longest label and on the right for the longest figures. An empty string when
/// there are no bars. O(bars).
[[nodiscard]] std::string ranked_bars_svg(const RankedBarsSpec& spec);

}  // namespace corridor::report::detail::svg
