#pragma once
// Private to report: a line chart of quantities over time — one line per series, told apart
// by dash pattern as well as colour, with a legend above the plot.

#include <string>
#include <vector>

#include "report/svg_chart.hpp"

namespace corridor::report::detail::svg {

/// One series: `values[k]` is the mean over period k, [k step, (k + 1) step) on the time
/// axis; the last period ends at the axis's end.
struct TimeSeries {
  std::string name;   ///< legend text ("1. Aktau")
  std::string title;  ///< tooltip and accessible name of its line
  std::vector<double> values;
};

struct TimeSeriesSpec {
  ChartFrame frame;  ///< id, title, description, width; height and plot follow from the legend
  std::string x_label;
  std::string y_label;
  double step = 7.0;    ///< length of a period in axis units (days)
  double x_end = 0.0;   ///< where the axis ends (the horizon); at least the periods' extent
  double shaded = 0.0;  ///< a band from 0 to here, labelled `shaded_label` (the warm-up)
  std::string shaded_label;
  std::vector<TimeSeries> series;
};

/// Each series as a line through the middles of its periods (class "series sN", N from 1,
/// cycling through 6 dash patterns), a legend of the series above the plot, the shaded band,
/// axes from 0. An empty string without series. O(values).
[[nodiscard]] std::string time_series_svg(const TimeSeriesSpec& spec);

}  // namespace corridor::report::detail::svg
