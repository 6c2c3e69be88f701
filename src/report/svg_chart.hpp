#pragma once
// Private to report: the frame and axes every SVG chart of the HTML reports is drawn in.

#include <string>
#include <string_view>

#include "report/svg.hpp"
#include "report/svg_scale.hpp"

namespace corridor::report::detail::svg {

/// A chart's size, plot area and accessible name.
struct ChartFrame {
  std::string id;           ///< the svg element's id; also prefixes ids inside it
  std::string title;        ///< accessible name (the visible caption is the page's)
  std::string description;  ///< what it shows, for screen readers
  double width = 640.0;
  double height = 320.0;
  Rect plot{64.0, 28.0, 520.0, 244.0};  ///< where data are drawn; axes sit outside it
};

/// `<svg id=... class="chart KIND" viewBox=... role="img" aria-labelledby=...>` with its
/// `<title>` and `<desc>`.
[[nodiscard]] std::string open_chart(const ChartFrame& frame, std::string_view kind);

/// The horizontal axis under the plot: grid lines, ticks, tick labels and the axis label.
[[nodiscard]] std::string x_axis(const ChartFrame& frame, const LinearScale& x, const Ticks& ticks,
                                 std::string_view label);

/// A vertical axis left of the plot (with grid lines) or right of it (without).
[[nodiscard]] std::string y_axis(const ChartFrame& frame, const LinearScale& y, const Ticks& ticks,
                                 std::string_view label, bool right_side = false);

}  // namespace corridor::report::detail::svg
