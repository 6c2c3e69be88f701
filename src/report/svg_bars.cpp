#include "report/svg_bars.hpp"

#include <algorithm>

namespace corridor::report::detail::svg {

namespace {

constexpr double kBarHeight = 22.0;
constexpr double kBarGap = 12.0;
constexpr double kLegendRow = 18.0;
constexpr double kLabelWidth = 70.0;

/// The legend, wrapped into rows of `width`; returns its height through `height`.
std::string legend(const StackedBarsSpec& spec, double left, double width, double& height) {
  std::string out = "<g class=\"legend\">";
  double x = left;
  double y = 8.0;
  for (const auto& c : spec.legend) {
    const double w = 18.0 + text_width(c.name, 11.0) + 14.0;
    if (x > left && x + w > left + width) {
      x = left;
      y += kLegendRow;
    }
    out += "<rect" + attr("class", c.classes) + attr("x", x) + attr("y", y) + attr("width", 12) +
           attr("height", 12) + "/><text" + attr("x", x + 17) + attr("y", y + 10) + ">" +
           escape(c.name) + "</text>";
    x += w;
  }
  height = y + kLegendRow + 6.0;
  return out + "</g>\n";
}

}  // namespace

std::string stacked_bars_svg(const StackedBarsSpec& spec) {
  if (spec.bars.empty()) return "";
  ChartFrame frame = spec.frame;
  double legend_height = 0.0;
  const double left = kLabelWidth;
  const double right_room = 80.0;
  const std::string key = legend(spec, left, frame.width - left - right_room, legend_height);
  const double plot_height =
      static_cast<double>(spec.bars.size()) * (kBarHeight + kBarGap) - kBarGap + 2 * 8.0;
  frame.plot = Rect{left, legend_height, frame.width - left - right_room, plot_height};
  frame.height = legend_height + plot_height + 44.0;

  double longest = 0.0;
  for (const auto& b : spec.bars) {
    double sum = 0.0;
    for (const auto& s : b.segments)
      sum += std::max(s.value, 0.0);
    longest = std::max(longest, sum);
  }
  const Ticks xt = nice_ticks(0.0, longest, 6);
  const Rect& p = frame.plot;
  const LinearScale xs{0.0, xt.last, p.x, p.right()};

  std::string out = open_chart(frame, "stacked") + key + x_axis(frame, xs, xt, spec.x_label);
  out += "<g class=\"stacks\">";
  for (std::size_t i = 0; i < spec.bars.size(); ++i) {
    const auto& bar = spec.bars[i];
    const double y = p.y + 8.0 + static_cast<double>(i) * (kBarHeight + kBarGap);
    out += "<text class=\"bar-label\"" + attr("x", p.x - 8) + attr("y", y + kBarHeight / 2 + 4) +
           " text-anchor=\"end\">" + escape(bar.label) + "</text>";
    double at = 0.0;
    for (const auto& s : bar.segments) {
      if (!(s.value > 0.0)) continue;
      out += "<rect" + attr("class", s.classes) + attr("x", xs(at)) + attr("y", y) +
             attr("width", xs(at + s.value) - xs(at)) + attr("height", kBarHeight) + ">" +
             title(s.title) + "</rect>";
      at += s.value;
    }
    out += "<text class=\"bar-total\"" + attr("x", xs(at) + 6) + attr("y", y + kBarHeight / 2 + 4) +
           ">" + escape(bar.total) + "</text>\n";
  }
  return out + "</g></svg>";
}

}  // namespace corridor::report::detail::svg
