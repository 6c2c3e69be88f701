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
  double x_min = 0.0;       ///< the x axis covers [x_min, x_max] (rounded out), so that charts
  double x_max = 1.0;       ///< of the same quantity can share it
  std::vector<ValueMarker> markers;
};

/// Bars for the share of the sample in each bin (left axis) and the cumulative share at the
/// bins' upper edges, joined by straight lines (right axis, 0-100 %); markers as vertical
/// lines, their names above the plot in as many rows as keep them apart. Every bar has a title
/// with its range, count and share. Precondition: the histogram's lower edge and width are
/// finite, total > 0. O(bins + markers^2).
[[nodiscard]] std::string distribution_svg(const DistributionSpec& spec);

}  // namespace corridor::report::detail::svg
