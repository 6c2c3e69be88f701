#pragma once
// Private to report: the distribution of a simulated quantity — histogram, cumulative curve
// and marked values (percentiles, a deadline).

#include <cstdint>
#include <string>
#include <vector>

#include <corridor/model/simulation_result.hpp>

#include "report/svg_chart.hpp"

namespace corridor::report::detail::svg {

/// A value marked by a vertical line across the plot, named above it.
struct ValueMarker {
  double value = 0.0;
  std::string label;    ///< "P90 31.2"
  std::string classes;  ///< CSS classes of the line ("percentile", "deadline")
};

struct DistributionSpec {
  ChartFrame frame;
  std::string x_label;
  std::string unit;  ///< of the x values, in bar titles ("days")
  model::Histogram histogram;
  std::uint64_t total = 0;  ///< the sample size the shares are of
  /// The x axis covers [x_min, x_max], rounded out, so that charts of the same quantity can
  /// share it. It may end before the histogram does: a long tail then goes undrawn and a note
  /// says how much of the sample it holds.
  double x_min = 0.0;
  double x_max = 1.0;
  std::vector<ValueMarker> markers;
};

/// Bars for the share of the sample in each bin (left axis) and the cumulative share at the
/// bins' upper edges, joined by straight lines (right axis, 0-100 %), for the bins that end
/// within the axis; a note under the axis (the frame leaves 60 units below the plot) gives the
/// share in the bins beyond, from where and
/// up to what value (the histogram's upper edge, the sample's maximum); markers as vertical
/// lines, their names above the plot in as many rows as keep them apart (the frame's plot must
/// leave 13 units a row above it, one row a marker at most). Every bar has a title
/// with its range, count and share. Precondition: the histogram's lower edge and width are
/// finite, total > 0. O(bins + markers^2).
[[nodiscard]] std::string distribution_svg(const DistributionSpec& spec);

}  // namespace corridor::report::detail::svg
